import type { Principal } from '../../auth/types.js';
import { norwegianDayMonth } from '../../util/index.js';

/**
 * Rule 7: only what is needed goes into the prompt. The model gets the context of a turn from an
 * explicit allowlist per purpose, built from facts a ContextProvider reads through the follow-up
 * services. Anything else a provider returns is ignored; every free-text value is pseudonymised by
 * the caller's scrub function before it gets here into a ContextEntry.
 */
export const CHAT_PURPOSES = ['participant_chat', 'meeting_prep', 'note_draft'] as const;
export type ChatPurpose = (typeof CHAT_PURPOSES)[number];

export const CONTEXT_FIELDS = [
  'processStage',
  'programme',
  'currentGoal',
  'nextStep',
  'motivationTrend',
  'lastAgreedStep',
] as const;
export type ContextField = (typeof CONTEXT_FIELDS)[number];

/** What the model may be told, per purpose. Nothing else reaches a prompt. */
export const CONTEXT_ALLOWLIST: Readonly<Record<ChatPurpose, readonly ContextField[]>> = {
  participant_chat: ['processStage', 'currentGoal', 'nextStep', 'motivationTrend', 'lastAgreedStep'],
  meeting_prep: ['processStage', 'programme', 'currentGoal', 'nextStep', 'motivationTrend', 'lastAgreedStep'],
  note_draft: ['processStage', 'programme', 'currentGoal'],
};

export const CONTEXT_LABELS: Readonly<Record<ContextField, string>> = {
  processStage: 'Fase i oppfølgingen',
  programme: 'Tiltak',
  currentGoal: 'Målet, med personens egne ord',
  nextStep: 'Neste steg i aktivitetsplanen',
  motivationTrend: 'Motivasjon over tid (skala 0–10)',
  lastAgreedStep: 'Steget som ble avtalt sist',
};

/** Process stages as the follow-up workspace codes them, in Norwegian for the prompt. */
const STAGE_NB: Readonly<Record<string, string>> = {
  assessment: 'kartlegging',
  clarification: 'avklaring',
  work_trial: 'utprøving eller arbeidstrening',
  job_search: 'jobbsøking',
  in_work_or_school: 'i jobb eller skole',
  ended: 'avsluttet',
};
const PROGRAMME_NB: Readonly<Record<string, string>> = {
  aft: 'arbeidsforberedende trening (AFT)',
  work_training: 'arbeidstrening',
  follow_up: 'oppfølging',
  vta: 'varig tilrettelagt arbeid (VTA)',
  ips: 'individuell jobbstøtte (IPS)',
  other: 'annet tiltak',
};

export interface StepFact {
  title: string;
  status: string;
  dueOn: string | null;
  agreed: boolean;
}

export interface MotivationFact {
  measuredOn: string;
  importance: number;
  confidence: number;
}

/** What a provider knows about a participant that a purpose may use. */
export interface ParticipantFacts {
  processStage: string | null;
  programme: string | null;
  currentGoal: string | null;
  /** The next open step (earliest due, else newest). */
  nextStep: StepFact | null;
  /** Motivation ruler readings, oldest first. */
  motivation: readonly MotivationFact[];
  /** The newest agreed step (the one "agreed last time"). */
  lastAgreedStep: StepFact | null;
}

export function emptyFacts(): ParticipantFacts {
  return {
    processStage: null,
    programme: null,
    currentGoal: null,
    nextStep: null,
    motivation: [],
    lastAgreedStep: null,
  };
}

/**
 * Reads the facts of one participant for the caller (the caller's access is checked by the
 * follow-up services it goes through). Implemented over core/followup; tests use a fake.
 */
export interface ContextProvider {
  participantFacts(principal: Principal, participantId: string): Promise<ParticipantFacts>;
}

/** One line of the context as the model was given it (value pseudonymised). */
export interface ContextEntry {
  key: ContextField;
  label: string;
  value: string;
}

const STATUS_NB: Readonly<Record<string, string>> = {
  proposed: 'foreslått',
  planned: 'planlagt',
  in_progress: 'pågår',
  done: 'fullført',
  cancelled: 'avbrutt',
};

function stepText(step: StepFact): string {
  const status = STATUS_NB[step.status] ?? step.status;
  return `${step.title} (${status}${step.dueOn ? `, frist ${norwegianDayMonth(step.dueOn)}` : ''})`;
}

/** "viktighet 5 → 7, mestringstro 4 → 6 (stigende)" from the newest few readings. */
export function motivationTrendText(readings: readonly MotivationFact[]): string | null {
  if (readings.length === 0) return null;
  const last = readings.slice(-4);
  const series = (pick: (r: MotivationFact) => number) => last.map(pick).join(' → ');
  const first = last[0] as MotivationFact;
  const newest = last[last.length - 1] as MotivationFact;
  const delta = newest.importance + newest.confidence - (first.importance + first.confidence);
  const trend = last.length < 2 ? 'én måling' : delta >= 2 ? 'stigende' : delta <= -2 ? 'synkende' : 'stabil';
  return `viktighet ${series((r) => r.importance)}, mestringstro ${series((r) => r.confidence)} (${trend})`;
}

function rawValue(field: ContextField, facts: ParticipantFacts): string | null {
  switch (field) {
    case 'processStage':
      return facts.processStage ? (STAGE_NB[facts.processStage] ?? null) : null;
    case 'programme':
      return facts.programme ? (PROGRAMME_NB[facts.programme] ?? null) : null;
    case 'currentGoal':
      return facts.currentGoal?.trim() || null;
    case 'nextStep':
      return facts.nextStep ? stepText(facts.nextStep) : null;
    case 'motivationTrend':
      return motivationTrendText(facts.motivation);
    case 'lastAgreedStep':
      return facts.lastAgreedStep ? stepText(facts.lastAgreedStep) : null;
  }
}

const MAX_VALUE = 300;

/**
 * The context entries for a purpose: only its allowlisted fields, in a fixed order, each value
 * passed through `pseudonymise` (the conversation's tekstvask; it throws to fail closed).
 */
export function buildModelContext(
  purpose: ChatPurpose,
  facts: ParticipantFacts,
  pseudonymise: (text: string) => string,
): ContextEntry[] {
  const entries: ContextEntry[] = [];
  for (const key of CONTEXT_ALLOWLIST[purpose]) {
    const raw = rawValue(key, facts);
    if (!raw) continue;
    const clipped = raw.length > MAX_VALUE ? `${raw.slice(0, MAX_VALUE).replace(/\s+\S*$/u, '')} …` : raw;
    entries.push({ key, label: CONTEXT_LABELS[key], value: pseudonymise(clipped) });
  }
  return entries;
}

/** The context as the lines of the system prompt. */
export function renderContext(entries: readonly ContextEntry[]): string {
  if (entries.length === 0) return 'Du vet ingenting om personen utover denne samtalen.';
  return [
    'Dette vet du om personen (fra oppfølgingen, pseudonymisert):',
    ...entries.map((e) => `- ${e.label}: ${e.value}`),
  ].join('\n');
}

/** Words of the current goal that make "jeg vil ta førerkortet" count as change talk. */
export function goalTerms(facts: ParticipantFacts): string[] {
  const goal = facts.currentGoal ?? '';
  return (goal.toLowerCase().match(/\p{L}{5,}/gu) ?? []).slice(0, 8);
}
