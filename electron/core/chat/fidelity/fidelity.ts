import { type MoveKind } from '../mi/moves.js';
import type { TalkClass } from '../talk/types.js';

/**
 * MI fidelity from the stored labels of a conversation: which move each assistant turn made and
 * which talk class each participant turn had. Nothing here reads message text.
 *
 * Summary scores follow MITI 4.2.1 (Moyers, Manuel & Ernst 2015): R:Q = reflections / questions,
 * % complex = complex / all reflections; summaries are coded as (complex) reflections. MITI 4
 * does not split questions into open and closed; % open questions and % MI-adherent come from
 * MITI 3.1.1 and are kept because the counselors' targets use them.
 */

/** Thresholds drawn on the chart. R:Q and % complex: MITI 4.2.1. % open and % adherent: MITI 3.1.1. */
export const MITI_THRESHOLDS = {
  fair: { reflectionToQuestion: 1, percentComplexReflections: 0.4, percentOpenQuestions: 0.5, percentMiAdherent: 0.9 },
  good: { reflectionToQuestion: 2, percentComplexReflections: 0.5, percentOpenQuestions: 0.7, percentMiAdherent: 1 },
} as const;

export const MITI_4_2_1_THRESHOLDS = {
  fair: {
    reflectionToQuestion: MITI_THRESHOLDS.fair.reflectionToQuestion,
    percentComplexReflections: MITI_THRESHOLDS.fair.percentComplexReflections,
  },
  good: {
    reflectionToQuestion: MITI_THRESHOLDS.good.reflectionToQuestion,
    percentComplexReflections: MITI_THRESHOLDS.good.percentComplexReflections,
  },
} as const;

/** Labels a coder (or an imported transcript) may store besides the engine's own moves. */
export const EXTRA_MOVE_LABELS = [
  'closed_question',
  'giving_information',
  'confront',
  'persuade',
  'advise_without_permission',
  'warn',
] as const;
export type ExtraMoveLabel = (typeof EXTRA_MOVE_LABELS)[number];
export type MoveLabel = MoveKind | ExtraMoveLabel;
const NON_ADHERENT = new Set<MoveLabel>(['confront', 'persuade', 'advise_without_permission', 'warn']);

export interface StoredTurnLabels {
  role: 'assistant' | 'participant';
  /** ISO 8601. */
  at?: string;
  /** Assistant turns: the move actually sent (a fallback counts as its move). Crisis turns have none. */
  move?: MoveLabel;
  variant?: string;
  /** Participant turns: the talk class. */
  talk?: TalkClass;
}

export interface ConversationLabels {
  id: string;
  /** ISO 8601; used to place the conversation in time. */
  startedAt: string;
  turns: readonly StoredTurnLabels[];
}

export interface FidelityCounts {
  assistantMoves: number;
  questions: number;
  openQuestions: number;
  closedQuestions: number;
  simpleReflections: number;
  complexReflections: number;
  affirmations: number;
  seekingCollaboration: number;
  emphasizingAutonomy: number;
  givingInformation: number;
  /** MITI 4.2.1 "MI-adherent": affirm + seeking collaboration + emphasizing autonomy. */
  miAdherent: number;
  /** MITI 4.2.1 "MI non-adherent": confront + persuade (without permission), plus warnings. */
  miNonAdherent: number;
  changeTalk: number;
  sustainTalk: number;
  neutralTalk: number;
  questionTalk: number;
}

export type Rating = 'good' | 'fair' | 'below' | 'n/a';

export interface FidelityMetrics {
  counts: FidelityCounts;
  /** Reflections per question; null without questions. */
  reflectionToQuestion: number | null;
  /** Complex share of reflections, 0..1; null without reflections. */
  percentComplexReflections: number | null;
  /** Open share of questions, 0..1; null without questions. */
  percentOpenQuestions: number | null;
  /** Share of assistant moves that are not MI non-adherent, 0..1; null without moves. */
  percentMiAdherent: number | null;
  /** Change talk share of change + sustain talk, 0..1; null without either. */
  percentChangeTalk: number | null;
  rating: {
    reflectionToQuestion: Rating;
    percentComplexReflections: Rating;
    percentOpenQuestions: Rating;
    percentMiAdherent: Rating;
  };
}

export function emptyCounts(): FidelityCounts {
  return {
    assistantMoves: 0,
    questions: 0,
    openQuestions: 0,
    closedQuestions: 0,
    simpleReflections: 0,
    complexReflections: 0,
    affirmations: 0,
    seekingCollaboration: 0,
    emphasizingAutonomy: 0,
    givingInformation: 0,
    miAdherent: 0,
    miNonAdherent: 0,
    changeTalk: 0,
    sustainTalk: 0,
    neutralTalk: 0,
    questionTalk: 0,
  };
}

/** Adds one turn's labels to the counts (mutates `c`). */
function countTurn(c: FidelityCounts, t: StoredTurnLabels): void {
  if (t.role === 'participant') {
    if (t.talk === 'change') c.changeTalk++;
    else if (t.talk === 'sustain') c.sustainTalk++;
    else if (t.talk === 'neutral') c.neutralTalk++;
    else if (t.talk === 'question') c.questionTalk++;
    return;
  }
  if (!t.move) return;
  c.assistantMoves++;
  switch (t.move) {
    case 'open_question':
    case 'readiness_ruler':
      c.questions++;
      c.openQuestions++;
      break;
    case 'plan_next_step':
      c.questions++;
      if (t.variant === 'offer_plan') {
        c.closedQuestions++;
        c.seekingCollaboration++;
      } else c.openQuestions++;
      break;
    case 'ask_permission':
      c.questions++;
      c.closedQuestions++;
      c.seekingCollaboration++;
      break;
    case 'closed_question':
      c.questions++;
      c.closedQuestions++;
      break;
    case 'simple_reflection':
      c.simpleReflections++;
      break;
    case 'complex_reflection':
      c.complexReflections++;
      if (t.variant === 'autonomy') c.emphasizingAutonomy++;
      break;
    case 'summary':
      c.complexReflections++;
      break;
    case 'affirmation':
      c.affirmations++;
      break;
    case 'provide_information':
    case 'giving_information':
      c.givingInformation++;
      break;
    default:
      break;
  }
  if (NON_ADHERENT.has(t.move)) c.miNonAdherent++;
  c.miAdherent = c.affirmations + c.seekingCollaboration + c.emphasizingAutonomy;
}

export function addCounts(a: FidelityCounts, b: FidelityCounts): FidelityCounts {
  const out = emptyCounts();
  for (const key of Object.keys(out) as (keyof FidelityCounts)[]) out[key] = a[key] + b[key];
  return out;
}

const ratio = (num: number, den: number): number | null => (den === 0 ? null : num / den);

function rate(value: number | null, fair: number, good: number): Rating {
  if (value === null) return 'n/a';
  if (value >= good) return 'good';
  if (value >= fair) return 'fair';
  return 'below';
}

export function metricsFromCounts(c: FidelityCounts): FidelityMetrics {
  const reflections = c.simpleReflections + c.complexReflections;
  // With reflections but no questions the ratio is unbounded: rated good, reported as null.
  const rq = ratio(reflections, c.questions);
  const m = {
    reflectionToQuestion: rq,
    percentComplexReflections: ratio(c.complexReflections, reflections),
    percentOpenQuestions: ratio(c.openQuestions, c.questions),
    percentMiAdherent: ratio(c.assistantMoves - c.miNonAdherent, c.assistantMoves),
    percentChangeTalk: ratio(c.changeTalk, c.changeTalk + c.sustainTalk),
  };
  const t = MITI_THRESHOLDS;
  return {
    counts: c,
    ...m,
    rating: {
      reflectionToQuestion:
        rq === null && reflections > 0 ? 'good' : rate(rq, t.fair.reflectionToQuestion, t.good.reflectionToQuestion),
      percentComplexReflections: rate(
        m.percentComplexReflections,
        t.fair.percentComplexReflections,
        t.good.percentComplexReflections,
      ),
      percentOpenQuestions: rate(m.percentOpenQuestions, t.fair.percentOpenQuestions, t.good.percentOpenQuestions),
      percentMiAdherent: rate(m.percentMiAdherent, t.fair.percentMiAdherent, t.good.percentMiAdherent),
    },
  };
}

export function countTurns(turns: readonly StoredTurnLabels[]): FidelityCounts {
  const c = emptyCounts();
  for (const t of turns) countTurn(c, t);
  return c;
}

/** Fidelity of one conversation. */
export function conversationFidelity(conversation: ConversationLabels): FidelityMetrics {
  return metricsFromCounts(countTurns(conversation.turns));
}

/** Fidelity over many conversations: counts are summed first, then the ratios are taken. */
export function aggregateFidelity(conversations: readonly ConversationLabels[]): FidelityMetrics {
  return metricsFromCounts(conversations.map((c) => countTurns(c.turns)).reduce(addCounts, emptyCounts()));
}

export type FidelityPeriod = 'day' | 'week' | 'month';

export interface FidelityPoint {
  /** First day of the period, YYYY-MM-DD (UTC; weeks start on Monday). */
  periodStart: string;
  conversations: number;
  metrics: FidelityMetrics;
}

export function periodStart(iso: string, period: FidelityPeriod): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) throw new Error('invalid date');
  const day = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  if (period === 'month') day.setUTCDate(1);
  if (period === 'week') day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day.toISOString().slice(0, 10);
}

/** One point per period with conversations, oldest first, for the counselor's chart. */
export function fidelityOverTime(
  conversations: readonly ConversationLabels[],
  period: FidelityPeriod = 'week',
): FidelityPoint[] {
  const buckets = new Map<string, ConversationLabels[]>();
  for (const c of conversations) {
    const key = periodStart(c.startedAt, period);
    const list = buckets.get(key) ?? [];
    list.push(c);
    buckets.set(key, list);
  }
  return [...buckets.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, list]) => ({ periodStart: key, conversations: list.length, metrics: aggregateFidelity(list) }));
}
