import type { DecisionKind, DecisionRecord } from './record.js';
import { NOT_NEEDED_REASON_CODES, type NotNeededReason } from './decisionInput.js';
import type { OutcomeRecord } from './store.js';

/**
 * The oversight monitor's statistics for one group of decisions (one counselor, or everyone):
 * agreement with the model's recommendation, the switch rate, agreement by risk band (tertiles of
 * the predictions seen), time per decision, what was opened, own assessments, and — when outcomes
 * are recorded — the model alone against the decisions made.
 */

type Band = 'low' | 'medium' | 'high';
const BANDS: Band[] = ['low', 'medium', 'high'];

export interface BandStats {
  n: number;
  /** The band's range of predicted probability (tertiles of the predictions seen in this report). */
  from: number | null;
  to: number | null;
  agreementRate: number | null;
  summonRate: number | null;
}

export interface OutcomeCalibrationBand {
  band: Band;
  n: number;
  meanPredicted: number | null;
  observedRate: number | null;
}

export interface OutcomeStats {
  n: number;
  observedStillOnLeaveRate: number;
  /** The model alone: its implied decision vs what happened (summon is "right" when the person was still on leave at week 26). */
  model: { accuracy: number; brierScore: number; calibration: OutcomeCalibrationBand[] };
  /** The humans' decisions vs what happened. */
  decisions: { accuracy: number };
  /** The counselors' own assessments before seeing the prediction (where recorded and not "unsure"). */
  ownAssessment: { n: number; accuracy: number | null };
}

export interface GroupStats {
  decisions: number;
  summons: number;
  notNeeded: number;
  /** Of assessments for NAV (no decision, the organisation is not NAV or NAV's processor). */
  assessmentsForNav: number;
  /** Share of decisions equal to the model's recommendation. */
  agreementRate: number | null;
  /** Share of the model's recommendations that were "møte trolig ikke nødvendig". */
  recommendedNotNeededRate: number | null;
  /**
   * Switch rate: of the cases where the own leaning (recorded before the prediction) differed from
   * the recommendation, the share whose final decision went to the recommendation's side.
   */
  switchRate: number | null;
  switchOpportunities: number;
  byRiskBand: Record<Band, BandStats>;
  overrides: { total: number; summonWhereModelImpliedNotNeeded: number; notNeededWhereModelImpliedSummon: number };
  time: { medianSeconds: number; meanSeconds: number; p10Seconds: number } | null;
  predictionShownRate: number | null;
  explanationOpenedRate: number | null;
  calibrationViewedRate: number | null;
  ownAssessment: {
    recordedRate: number | null;
    beforePredictionRate: number | null;
    /** Own leaning (summon / not needed) equal to the final decision. */
    leaningMatchedFinalRate: number | null;
    /** Own leaning different from the final decision. */
    changedRate: number | null;
    /** Of those changes, how many moved to what the model implied. */
    changedTowardModelRate: number | null;
  };
  reasons: Record<NotNeededReason, number>;
  outcomes: OutcomeStats | null;
}

export const r4 = (x: number) => Math.round(x * 10000) / 10000;
const rate = (num: number, den: number) => (den > 0 ? r4(num / den) : null);

export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/** The model's recommendation frozen in the record (older records: the population base rate as the cut). */
export function recommendationOf(record: DecisionRecord): DecisionKind {
  const frozen = record.prediction.recommendation;
  if (frozen) return frozen.kind;
  return record.prediction.probability < record.prediction.populationPer100 / 100 ? 'notNeeded' : 'summon';
}

export function agrees(record: DecisionRecord): boolean {
  return recommendationOf(record) === record.decision;
}

/** The own leaning was recorded before the prediction and differs from the recommendation: a chance to switch. */
export function switchOpportunity(record: DecisionRecord): boolean {
  const own = record.ownAssessment;
  return (
    !!own &&
    own.beforePrediction &&
    record.predictionShown &&
    own.leaningTowards !== 'undecided' &&
    own.leaningTowards !== recommendationOf(record)
  );
}

export function medianSeconds(records: DecisionRecord[]): number {
  return r4(
    quantile(
      records.map((r) => r.timeSpentMs / 1000).sort((a, b) => a - b),
      0.5,
    ),
  );
}

/** Tertile cuts of the predictions seen: the bundled model's predictions lie in a narrow range, so fixed bands say little. */
export function relativeBandCuts(records: DecisionRecord[]): [number, number] | null {
  if (records.length === 0) return null;
  const ps = records.map((r) => r.prediction.probability).sort((a, b) => a - b);
  return [r4(quantile(ps, 1 / 3)), r4(quantile(ps, 2 / 3))];
}

function bandOf(p: number, cuts: [number, number]): Band {
  return p < cuts[0] ? 'low' : p < cuts[1] ? 'medium' : 'high';
}

function outcomeStats(
  records: DecisionRecord[],
  outcomes: Map<string, OutcomeRecord>,
  cuts: [number, number] | null,
): OutcomeStats | null {
  const withOutcome = records.filter((r) => outcomes.has(r.caseId));
  if (withOutcome.length === 0 || !cuts) return null;
  const truth = (r: DecisionRecord) => outcomes.get(r.caseId)!.stillOnLeaveAtWeek26;
  const decisionRight = (kind: DecisionKind, still: boolean) => (kind === 'summon') === still;
  const modelRight = withOutcome.filter((r) => decisionRight(recommendationOf(r), truth(r))).length;
  const humanRight = withOutcome.filter((r) => decisionRight(r.decision, truth(r))).length;
  const brier =
    withOutcome.reduce((s, r) => s + (r.prediction.probability - (truth(r) ? 1 : 0)) ** 2, 0) / withOutcome.length;
  const calibration = BANDS.map((band) => {
    const inBand = withOutcome.filter((r) => bandOf(r.prediction.probability, cuts) === band);
    return {
      band,
      n: inBand.length,
      meanPredicted: rate(
        inBand.reduce((s, r) => s + r.prediction.probability, 0),
        inBand.length,
      ),
      observedRate: rate(inBand.filter(truth).length, inBand.length),
    };
  });
  const own = withOutcome.filter((r) => r.ownAssessment && r.ownAssessment.expectation !== 'unsure');
  const ownRight = own.filter((r) => (r.ownAssessment!.expectation === 'still-on-leave') === truth(r)).length;
  return {
    n: withOutcome.length,
    observedStillOnLeaveRate: r4(withOutcome.filter(truth).length / withOutcome.length),
    model: { accuracy: r4(modelRight / withOutcome.length), brierScore: r4(brier), calibration },
    decisions: { accuracy: r4(humanRight / withOutcome.length) },
    ownAssessment: { n: own.length, accuracy: rate(ownRight, own.length) },
  };
}

export function groupStats(
  records: DecisionRecord[],
  outcomes: OutcomeRecord[],
  cuts: [number, number] | null = relativeBandCuts(records),
): GroupStats {
  const n = records.length;
  const agreeing = records.filter(agrees);
  const bandRange: Record<Band, [number | null, number | null]> = {
    low: [null, cuts?.[0] ?? null],
    medium: [cuts?.[0] ?? null, cuts?.[1] ?? null],
    high: [cuts?.[1] ?? null, null],
  };
  const byRiskBand = Object.fromEntries(
    BANDS.map((band) => {
      const inBand = cuts ? records.filter((r) => bandOf(r.prediction.probability, cuts) === band) : [];
      return [
        band,
        {
          n: inBand.length,
          from: bandRange[band][0],
          to: bandRange[band][1],
          agreementRate: rate(inBand.filter(agrees).length, inBand.length),
          summonRate: rate(inBand.filter((r) => r.decision === 'summon').length, inBand.length),
        },
      ];
    }),
  ) as Record<Band, BandStats>;
  const overrides = records.filter((r) => !agrees(r));
  const times = records.map((r) => r.timeSpentMs / 1000).sort((a, b) => a - b);
  const withOwn = records.filter((r) => r.ownAssessment);
  const withLeaning = withOwn.filter((r) => r.ownAssessment!.leaningTowards !== 'undecided');
  const changed = withLeaning.filter((r) => r.ownAssessment!.leaningTowards !== r.decision);
  const opportunities = records.filter(switchOpportunity);
  const reasons = Object.fromEntries(
    NOT_NEEDED_REASON_CODES.map((code) => [code, records.filter((r) => r.reasonCode === code).length]),
  ) as Record<NotNeededReason, number>;
  return {
    decisions: n,
    summons: records.filter((r) => r.decision === 'summon' && r.kind !== 'assessmentForNav').length,
    notNeeded: records.filter((r) => r.decision === 'notNeeded' && r.kind !== 'assessmentForNav').length,
    assessmentsForNav: records.filter((r) => r.kind === 'assessmentForNav').length,
    agreementRate: rate(agreeing.length, n),
    recommendedNotNeededRate: rate(records.filter((r) => recommendationOf(r) === 'notNeeded').length, n),
    switchRate: rate(opportunities.filter(agrees).length, opportunities.length),
    switchOpportunities: opportunities.length,
    byRiskBand,
    overrides: {
      total: overrides.length,
      summonWhereModelImpliedNotNeeded: overrides.filter((r) => r.decision === 'summon').length,
      notNeededWhereModelImpliedSummon: overrides.filter((r) => r.decision === 'notNeeded').length,
    },
    time: n
      ? {
          medianSeconds: r4(quantile(times, 0.5)),
          meanSeconds: r4(times.reduce((s, t) => s + t, 0) / n),
          p10Seconds: r4(quantile(times, 0.1)),
        }
      : null,
    predictionShownRate: rate(records.filter((r) => r.predictionShown).length, n),
    explanationOpenedRate: rate(records.filter((r) => r.explanationOpened).length, n),
    calibrationViewedRate: rate(records.filter((r) => r.calibrationViewed).length, n),
    ownAssessment: {
      recordedRate: rate(withOwn.length, n),
      beforePredictionRate: rate(withOwn.filter((r) => r.ownAssessment!.beforePrediction).length, n),
      leaningMatchedFinalRate: rate(withLeaning.length - changed.length, withLeaning.length),
      changedRate: rate(changed.length, withLeaning.length),
      changedTowardModelRate: rate(changed.filter(agrees).length, changed.length),
    },
    reasons,
    outcomes: outcomeStats(records, new Map(outcomes.map((o) => [o.caseId, o])), cuts),
  };
}
