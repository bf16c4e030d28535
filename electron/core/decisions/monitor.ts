import { z } from 'zod';
import type { DecisionKind, DecisionRecord } from './record.js';
import type { NotNeededReason } from './decisionInput.js';
import { NOT_NEEDED_REASON_CODES } from './decisionInput.js';
import type { OutcomeRecord } from './store.js';

/**
 * The oversight monitor: is the human involvement real, or has deciding become "autopilot"
 * (GDPR art. 22 in practice)? Per counselor and overall it measures agreement with the model's
 * RECOMMENDATION, the switch rate (own assessment disagreed with the recommendation, final decision
 * moved to the recommendation's side), agreement by risk band (bands cut at the tertiles of the
 * predictions actually seen), time per decision, how often the explanation was opened, and — when
 * outcomes are recorded — how the model alone compares with the decisions made.
 *
 * Agreement alone is not deference: summoning everyone (the legal main rule) agrees with every
 * "møte trolig nødvendig". Autopilot is raised only on high agreement TOGETHER WITH a high switch
 * rate (the counselor's own view gives way to the model) or falling time per decision.
 *
 * The recommendation is frozen in each record (prediction.recommendation). Records from before it
 * existed are read with the population base rate as the cut (the model card's default).
 */

export const monitorSettingsSchema = z
  .object({
    /** Warn when agreement over the last `minDecisions` decisions is at or above this (default 95 %). */
    agreementThreshold: z.number().min(0.5).max(1),
    /** Decisions needed before a sustained-agreement warning can be raised (default 30). */
    minDecisions: z.number().int().min(5).max(10_000),
    /** Switch rate at or above which high agreement counts as deference (default 50 %). */
    switchRateThreshold: z.number().min(0).max(1),
    /** Disagreements between own leaning and recommendation needed before the switch rate counts (default 5). */
    minSwitchOpportunities: z.number().int().min(1).max(10_000),
    /** Decisions per window for the trend check. */
    trendWindowSize: z.number().int().min(3).max(1000),
    /** Windows needed for the trend check. */
    trendMinWindows: z.number().int().min(2).max(100),
    /** Rise in agreement (last window minus first) that counts, e.g. 0.2 = 20 points. */
    trendAgreementRise: z.number().min(0).max(1),
    /** Relative fall in median time per decision (last vs first window) that counts, e.g. 0.4 = 40 % faster. */
    trendTimeDrop: z.number().min(0).max(1),
  })
  .strict();
export type MonitorSettings = z.infer<typeof monitorSettingsSchema>;

export const DEFAULT_MONITOR_SETTINGS: MonitorSettings = {
  agreementThreshold: 0.95,
  minDecisions: 30,
  switchRateThreshold: 0.5,
  minSwitchOpportunities: 5,
  trendWindowSize: 10,
  trendMinWindows: 3,
  trendAgreementRise: 0.2,
  trendTimeDrop: 0.4,
};

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

export interface WindowStats {
  index: number;
  from: string;
  to: string;
  n: number;
  agreementRate: number;
  medianSeconds: number;
}

export type AutopilotKind = 'agreement-with-switching' | 'agreement-with-falling-time';

export interface AutopilotWarning {
  kind: AutopilotKind;
  counselorId: string;
  counselorName: string;
  /** Norwegian, for the oversight screen and the DPIA report. */
  message: string;
  evidence: {
    decisionsConsidered: number;
    agreementRate: number;
    threshold?: number;
    switchRate: number | null;
    switchOpportunities: number;
    medianSeconds: number | null;
    explanationOpenedRate: number | null;
    overrides: number;
    windows?: WindowStats[];
  };
}

export interface CounselorReport {
  counselorId: string;
  counselorName: string;
  /** The monitor's verdict: true when an autopilot warning stands for this counselor. */
  autopilot: boolean;
  stats: GroupStats;
  windows: WindowStats[];
  warnings: AutopilotWarning[];
}

export interface MonitorReport {
  generatedAt: string;
  /** First and last decision time among the records (null when there are none). */
  period: { from: string | null; to: string | null };
  settings: MonitorSettings;
  modelVersions: string[];
  overall: GroupStats;
  counselors: CounselorReport[];
  warnings: AutopilotWarning[];
}

// ---------------------------------------------------------------------------------------------

const r4 = (x: number) => Math.round(x * 10000) / 10000;
const rate = (num: number, den: number) => (den > 0 ? r4(num / den) : null);

function quantile(sorted: number[], q: number): number {
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

function agrees(record: DecisionRecord): boolean {
  return recommendationOf(record) === record.decision;
}

/** The own leaning was recorded before the prediction and differs from the recommendation: a chance to switch. */
function switchOpportunity(record: DecisionRecord): boolean {
  const own = record.ownAssessment;
  return (
    !!own &&
    own.beforePrediction &&
    record.predictionShown &&
    own.leaningTowards !== 'undecided' &&
    own.leaningTowards !== recommendationOf(record)
  );
}

function medianSeconds(records: DecisionRecord[]): number {
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

function windowsOf(records: DecisionRecord[], settings: MonitorSettings): WindowStats[] {
  const sorted = [...records].sort((a, b) => a.decidedAt.localeCompare(b.decidedAt));
  const out: WindowStats[] = [];
  for (let i = 0; i + settings.trendWindowSize <= sorted.length; i += settings.trendWindowSize) {
    const w = sorted.slice(i, i + settings.trendWindowSize);
    out.push({
      index: out.length,
      from: w[0]!.decidedAt,
      to: w[w.length - 1]!.decidedAt,
      n: w.length,
      agreementRate: r4(w.filter(agrees).length / w.length),
      medianSeconds: medianSeconds(w),
    });
  }
  return out;
}

function slope(ys: number[]): number {
  const n = ys.length;
  const mx = (n - 1) / 2;
  const my = ys.reduce((s, y) => s + y, 0) / n;
  let num = 0;
  let den = 0;
  ys.forEach((y, x) => {
    num += (x - mx) * (y - my);
    den += (x - mx) ** 2;
  });
  return den === 0 ? 0 : num / den;
}

const pct = (x: number) => `${Math.round(x * 100)} %`;
const secs = (x: number | null) =>
  x === null ? 'ukjent tid' : x < 90 ? `${Math.round(x)} sekunder` : `${Math.round(x / 60)} minutter`;

/** Time per decision falls: the median of the last window is `trendTimeDrop` below the first, and the trend is downward. */
function timeFalls(windows: WindowStats[], settings: MonitorSettings): boolean {
  if (windows.length < settings.trendMinWindows) return false;
  const first = windows[0]!;
  const last = windows[windows.length - 1]!;
  const drop = first.medianSeconds > 0 ? 1 - last.medianSeconds / first.medianSeconds : 0;
  return slope(windows.map((w) => w.medianSeconds)) < 0 && drop >= settings.trendTimeDrop;
}

function warningsFor(
  counselorId: string,
  counselorName: string,
  records: DecisionRecord[],
  windows: WindowStats[],
  settings: MonitorSettings,
): AutopilotWarning[] {
  const sorted = [...records].sort((a, b) => a.decidedAt.localeCompare(b.decidedAt));
  if (sorted.length < settings.minDecisions) return [];
  const recent = sorted.slice(-settings.minDecisions);
  const agreement = recent.filter(agrees).length / recent.length;
  if (agreement < settings.agreementThreshold) return [];
  const opportunities = recent.filter(switchOpportunity);
  const switchRate = opportunities.length ? opportunities.filter(agrees).length / opportunities.length : null;
  const median = medianSeconds(recent);
  const explanation = recent.filter((r) => r.explanationOpened).length / recent.length;
  const overrides = recent.length - recent.filter(agrees).length;
  const evidence = {
    decisionsConsidered: recent.length,
    agreementRate: r4(agreement),
    threshold: settings.agreementThreshold,
    switchRate: switchRate === null ? null : r4(switchRate),
    switchOpportunities: opportunities.length,
    medianSeconds: median,
    explanationOpenedRate: r4(explanation),
    overrides,
  };
  const warnings: AutopilotWarning[] = [];
  if (
    switchRate !== null &&
    opportunities.length >= settings.minSwitchOpportunities &&
    switchRate >= settings.switchRateThreshold
  ) {
    warnings.push({
      kind: 'agreement-with-switching',
      counselorId,
      counselorName,
      message: `Mulig «autopilot»: ${counselorName} har fulgt modellens anbefaling i ${pct(agreement)} av de siste ${recent.length} beslutningene (grense ${pct(settings.agreementThreshold)}). I ${opportunities.length} saker hellet veilederen selv mot noe annet enn anbefalingen før anslaget ble vist, og i ${pct(switchRate)} av dem endte beslutningen likevel der modellen pekte. Median tid per beslutning var ${secs(median)}, og faktorene ble åpnet i ${pct(explanation)} av sakene. Se gjennom sakene sammen, og vurder om beslutningene i praksis er blitt automatiske (personvernforordningen artikkel 22).`,
      evidence,
    });
  }
  if (timeFalls(windows, settings)) {
    const first = windows[0]!;
    const last = windows[windows.length - 1]!;
    warnings.push({
      kind: 'agreement-with-falling-time',
      counselorId,
      counselorName,
      message: `Mulig «autopilot»: ${counselorName} har fulgt modellens anbefaling i ${pct(agreement)} av de siste ${recent.length} beslutningene, mens median tid per beslutning har falt fra ${secs(first.medianSeconds)} til ${secs(last.medianSeconds)} (over ${windows.length} perioder à ${settings.trendWindowSize} beslutninger). Se gjennom sakene sammen (personvernforordningen artikkel 22).`,
      evidence: { ...evidence, windows },
    });
  }
  return warnings;
}

/** The full oversight report from decision records (and outcomes, where recorded). Pure. */
export function buildMonitorReport(
  records: DecisionRecord[],
  outcomes: OutcomeRecord[],
  settings: MonitorSettings = DEFAULT_MONITOR_SETTINGS,
  now: Date = new Date(),
): MonitorReport {
  const s = monitorSettingsSchema.parse(settings);
  const cuts = relativeBandCuts(records);
  const byCounselor = new Map<string, DecisionRecord[]>();
  for (const r of records) byCounselor.set(r.counselorId, [...(byCounselor.get(r.counselorId) ?? []), r]);
  const counselors: CounselorReport[] = [...byCounselor.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([counselorId, own]) => {
      const counselorName = own[own.length - 1]!.counselorName;
      const windows = windowsOf(own, s);
      const warnings = warningsFor(counselorId, counselorName, own, windows, s);
      return {
        counselorId,
        counselorName,
        autopilot: warnings.length > 0,
        stats: groupStats(own, outcomes, cuts),
        windows,
        warnings,
      };
    });
  const times = records.map((r) => r.decidedAt).sort();
  return {
    generatedAt: now.toISOString(),
    period: { from: times[0] ?? null, to: times[times.length - 1] ?? null },
    settings: s,
    modelVersions: [...new Set(records.map((r) => r.modelVersion))].sort(),
    overall: groupStats(records, outcomes, cuts),
    counselors,
    warnings: counselors.flatMap((c) => c.warnings),
  };
}
