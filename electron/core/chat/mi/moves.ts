/**
 * The counselor moves the MI engine can make, with the variants it distinguishes and how each is
 * counted in MITI 4.2.1 terms (see chat/fidelity).
 */
export const MOVE_KINDS = [
  'open_question',
  'simple_reflection',
  'complex_reflection',
  'affirmation',
  'summary',
  'readiness_ruler',
  'ask_permission',
  'provide_information',
  'plan_next_step',
] as const;
export type MoveKind = (typeof MOVE_KINDS)[number];

export const MOVE_VARIANTS = {
  open_question: ['evoke', 'explore', 'elicit', 'check_back', 'ruler_followup'],
  simple_reflection: ['plain'],
  complex_reflection: ['meaning', 'amplified', 'double_sided', 'autonomy'],
  affirmation: ['plain'],
  summary: ['collecting', 'closing'],
  readiness_ruler: ['importance', 'confidence'],
  ask_permission: ['plain'],
  provide_information: ['grounded', 'no_knowledge'],
  plan_next_step: ['ask_step', 'offer_plan'],
} as const satisfies Record<MoveKind, readonly string[]>;

export type MoveVariant<K extends MoveKind = MoveKind> = (typeof MOVE_VARIANTS)[K][number];

/** Why the policy chose a move (stable codes, for logs, tests and the counselor's view). */
export type MoveReason =
  | 'opening'
  | 'closing'
  | 'participant_asked'
  | 'permission_granted'
  | 'permission_declined'
  | 'information_need'
  | 'commitment'
  | 'reflect_commitment'
  | 'periodic_summary'
  | 'ruler'
  | 'ruler_followup'
  | 'affirm_steps'
  | 'ambivalence'
  | 'sustain_talk'
  | 'change_talk'
  | 'evoke'
  | 'explore'
  | 'after_information'
  | 'keep_reflecting';

export interface Move<K extends MoveKind = MoveKind> {
  kind: K;
  variant: MoveVariant<K>;
  reason: MoveReason;
}

export function move<K extends MoveKind>(kind: K, variant: MoveVariant<K>, reason: MoveReason): Move<K> {
  return { kind, variant, reason };
}

/** MITI: questions (open or closed). Rulers and planning questions are open; permission and offers are closed. */
export function isQuestionMove(m: Pick<Move, 'kind' | 'variant'>): boolean {
  return (
    m.kind === 'open_question' ||
    m.kind === 'readiness_ruler' ||
    m.kind === 'ask_permission' ||
    m.kind === 'plan_next_step'
  );
}

export function isOpenQuestionMove(m: Pick<Move, 'kind' | 'variant'>): boolean {
  if (m.kind === 'open_question' || m.kind === 'readiness_ruler') return true;
  return m.kind === 'plan_next_step' && m.variant === 'ask_step';
}

/** MITI: reflections. Summaries are coded as (complex) reflections in MITI 4.2.1. */
export function isReflectionMove(m: Pick<Move, 'kind'>): boolean {
  return m.kind === 'simple_reflection' || m.kind === 'complex_reflection' || m.kind === 'summary';
}

export function isComplexReflectionMove(m: Pick<Move, 'kind'>): boolean {
  return m.kind === 'complex_reflection' || m.kind === 'summary';
}

/** Character bounds of the text of each move (checks and the output schema use the same numbers). */
export const LENGTH_BOUNDS: Readonly<Record<MoveKind, { min: number; max: number }>> = {
  open_question: { min: 10, max: 240 },
  simple_reflection: { min: 8, max: 240 },
  complex_reflection: { min: 15, max: 320 },
  affirmation: { min: 15, max: 240 },
  summary: { min: 60, max: 700 },
  readiness_ruler: { min: 30, max: 300 },
  ask_permission: { min: 15, max: 240 },
  provide_information: { min: 30, max: 900 },
  plan_next_step: { min: 20, max: 350 },
};
