import { z } from 'zod';
import type { DecisionKind, DecisionRecord, NotNeededReason } from './decision.js';
import { NOT_NEEDED_REASON_CODES } from './decision.js';
import type { OutcomeRecord } from './store.js';

/**
 * The oversight monitor: is the human involvement real, or has deciding become "autopilot"
 * (GDPR art. 22 in practice)? Per counselor and overall it measures agreement with the model by
 * risk band, the direction of overrides, time per decision, how often the explanation and the
 * calibration were opened, own assessment versus final decision, and — when outcomes are recorded —
 * how accurate and calibrated the model alone was compared with the decisions made.
 *
 * "Agreement" needs a reading of the prediction as a decision. The convention (a setting): a
 * probability at or above `impliedSummonThreshold` of still being on sick leave at week 26 reads
 * as "a meeting is relevant" (summon); below it as "expected back at work" (not needed).
 */

export const monitorSettingsSchema = z
  .object({
    /** Warn when agreement over the last `minDecisions` decisions is at or above this (default 95 %). */
    agreementThreshold: z.number().min(0.5).max(1),
    /** Decisions needed before a sustained-agreement warning can be raised (default 30). */
    minDecisions: z.number().int().min(5).max(10_000),
    /** Probability at or above which the prediction reads as "summon". */
    impliedSummonThreshold: z.number().min(0).max(1),
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
  impliedSummonThreshold: 0.5,
  trendWindowSize: 10,
  trendMinWindows: 3,
  trendAgreementRise: 0.2,
  trendTimeDrop: 0.4,
};

type Band = 'low' | 'medium' | 'high';
const BANDS: Band[] = ['low', 'medium', 'high'];

export interface BandStats {
  n: number;
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
  agreementRate: number | null;
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

export type AutopilotKind = 'sustained-agreement' | 'rising-agreement-falling-time';

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
    medianSeconds: number | null;
    explanationOpenedRate: number | null;
    overrides: number;
    windows?: WindowStats[];
  };
}

export interface CounselorReport {
  counselorId: string;
  counselorName: string;
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

export function impliedDecision(record: DecisionRecord, settings: MonitorSettings): DecisionKind {
  return record.prediction.probability >= settings.impliedSummonThreshold ? 'summon' : 'notNeeded';
}

function agrees(record: DecisionRecord, settings: MonitorSettings): boolean {
  return impliedDecision(record, settings) === record.decision;
}

function medianSeconds(records: DecisionRecord[]): number {
  return r4(quantile(records.map((r) => r.timeSpentMs / 1000).sort((a, b) => a - b), 0.5));
}

function outcomeStats(records: DecisionRecord[], outcomes: Map<string, OutcomeRecord>, settings: MonitorSettings): OutcomeStats | null {
  const withOutcome = records.filter((r) => outcomes.has(r.caseId));
  if (withOutcome.length === 0) return null;
  const truth = (r: DecisionRecord) => outcomes.get(r.caseId)!.stillOnLeaveAtWeek26;
  const decisionRight = (kind: DecisionKind, still: boolean) => (kind === 'summon') === still;
  const modelRight = withOutcome.filter((r) => decisionRight(impliedDecision(r, settings), truth(r))).length;
  const humanRight = withOutcome.filter((r) => decisionRight(r.decision, truth(r))).length;
  const brier = withOutcome.reduce((s, r) => s + (r.prediction.probability - (truth(r) ? 1 : 0)) ** 2, 0) / withOutcome.length;
  const calibration = BANDS.map((band) => {
    const inBand = withOutcome.filter((r) => r.prediction.riskBand === band);
    return {
      band,
      n: inBand.length,
      meanPredicted: rate(inBand.reduce((s, r) => s + r.prediction.probability, 0), inBand.length),
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

export function groupStats(records: DecisionRecord[], outcomes: OutcomeRecord[], settings: MonitorSettings = DEFAULT_MONITOR_SETTINGS): GroupStats {
  const n = records.length;
  const agreeing = records.filter((r) => agrees(r, settings));
  const byRiskBand = Object.fromEntries(
    BANDS.map((band) => {
      const inBand = records.filter((r) => r.prediction.riskBand === band);
      return [band, { n: inBand.length, agreementRate: rate(inBand.filter((r) => agrees(r, settings)).length, inBand.length), summonRate: rate(inBand.filter((r) => r.decision === 'summon').length, inBand.length) }];
    }),
  ) as Record<Band, BandStats>;
  const overrides = records.filter((r) => !agrees(r, settings));
  const times = records.map((r) => r.timeSpentMs / 1000).sort((a, b) => a - b);
  const withOwn = records.filter((r) => r.ownAssessment);
  const withLeaning = withOwn.filter((r) => r.ownAssessment!.leaningTowards !== 'undecided');
  const changed = withLeaning.filter((r) => r.ownAssessment!.leaningTowards !== r.decision);
  const reasons = Object.fromEntries(NOT_NEEDED_REASON_CODES.map((code) => [code, records.filter((r) => r.reasonCode === code).length])) as Record<NotNeededReason, number>;
  return {
    decisions: n,
    summons: records.filter((r) => r.decision === 'summon').length,
    notNeeded: records.filter((r) => r.decision === 'notNeeded').length,
    agreementRate: rate(agreeing.length, n),
    byRiskBand,
    overrides: {
      total: overrides.length,
      summonWhereModelImpliedNotNeeded: overrides.filter((r) => r.decision === 'summon').length,
      notNeededWhereModelImpliedSummon: overrides.filter((r) => r.decision === 'notNeeded').length,
    },
    time: n ? { medianSeconds: r4(quantile(times, 0.5)), meanSeconds: r4(times.reduce((s, t) => s + t, 0) / n), p10Seconds: r4(quantile(times, 0.1)) } : null,
    predictionShownRate: rate(records.filter((r) => r.predictionShown).length, n),
    explanationOpenedRate: rate(records.filter((r) => r.explanationOpened).length, n),
    calibrationViewedRate: rate(records.filter((r) => r.calibrationViewed).length, n),
    ownAssessment: {
      recordedRate: rate(withOwn.length, n),
      beforePredictionRate: rate(withOwn.filter((r) => r.ownAssessment!.beforePrediction).length, n),
      leaningMatchedFinalRate: rate(withLeaning.length - changed.length, withLeaning.length),
      changedRate: rate(changed.length, withLeaning.length),
      changedTowardModelRate: rate(changed.filter((r) => agrees(r, settings)).length, changed.length),
    },
    reasons,
    outcomes: outcomeStats(records, new Map(outcomes.map((o) => [o.caseId, o])), settings),
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
      agreementRate: r4(w.filter((r) => agrees(r, settings)).length / w.length),
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
const secs = (x: number | null) => (x === null ? 'ukjent tid' : x < 90 ? `${Math.round(x)} sekunder` : `${Math.round(x / 60)} minutter`);

function warningsFor(counselorId: string, counselorName: string, records: DecisionRecord[], windows: WindowStats[], settings: MonitorSettings): AutopilotWarning[] {
  const warnings: AutopilotWarning[] = [];
  const sorted = [...records].sort((a, b) => a.decidedAt.localeCompare(b.decidedAt));
  if (sorted.length >= settings.minDecisions) {
    const recent = sorted.slice(-settings.minDecisions);
    const agreement = recent.filter((r) => agrees(r, settings)).length / recent.length;
    if (agreement >= settings.agreementThreshold) {
      const median = medianSeconds(recent);
      const explanation = recent.filter((r) => r.explanationOpened).length / recent.length;
      const overrides = recent.length - recent.filter((r) => agrees(r, settings)).length;
      warnings.push({
        kind: 'sustained-agreement',
        counselorId,
        counselorName,
        message: `Mulig «autopilot»: ${counselorName} har fulgt modellens anslag i ${pct(agreement)} av de siste ${recent.length} beslutningene (grense ${pct(settings.agreementThreshold)}). Median tid per beslutning var ${secs(median)}, forklaringen ble åpnet i ${pct(explanation)} av sakene, og anslaget ble overstyrt ${overrides} ganger. Se gjennom sakene sammen, og vurder om beslutningene i praksis er blitt automatiske (personvernforordningen artikkel 22).`,
        evidence: { decisionsConsidered: recent.length, agreementRate: r4(agreement), threshold: settings.agreementThreshold, medianSeconds: median, explanationOpenedRate: r4(explanation), overrides },
      });
    }
  }
  if (windows.length >= settings.trendMinWindows) {
    const first = windows[0]!;
    const last = windows[windows.length - 1]!;
    const agreementSlope = slope(windows.map((w) => w.agreementRate));
    const timeSlope = slope(windows.map((w) => w.medianSeconds));
    const rise = last.agreementRate - first.agreementRate;
    const drop = first.medianSeconds > 0 ? 1 - last.medianSeconds / first.medianSeconds : 0;
    if (agreementSlope > 0 && timeSlope < 0 && rise >= settings.trendAgreementRise && drop >= settings.trendTimeDrop) {
      const all = sorted;
      warnings.push({
        kind: 'rising-agreement-falling-time',
        counselorId,
        counselorName,
        message: `Mulig «autopilot» på vei: hos ${counselorName} har enigheten med modellen økt fra ${pct(first.agreementRate)} til ${pct(last.agreementRate)}, mens median tid per beslutning har falt fra ${secs(first.medianSeconds)} til ${secs(last.medianSeconds)} (over ${windows.length} perioder à ${settings.trendWindowSize} beslutninger).`,
        evidence: {
          decisionsConsidered: all.length,
          agreementRate: last.agreementRate,
          medianSeconds: last.medianSeconds,
          explanationOpenedRate: r4(all.filter((r) => r.explanationOpened).length / all.length),
          overrides: all.filter((r) => !agrees(r, settings)).length,
          windows,
        },
      });
    }
  }
  return warnings;
}

/** The full oversight report from decision records (and outcomes, where recorded). Pure. */
export function buildMonitorReport(records: DecisionRecord[], outcomes: OutcomeRecord[], settings: MonitorSettings = DEFAULT_MONITOR_SETTINGS, now: Date = new Date()): MonitorReport {
  const s = monitorSettingsSchema.parse(settings);
  const byCounselor = new Map<string, DecisionRecord[]>();
  for (const r of records) byCounselor.set(r.counselorId, [...(byCounselor.get(r.counselorId) ?? []), r]);
  const counselors: CounselorReport[] = [...byCounselor.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([counselorId, own]) => {
      const counselorName = own[own.length - 1]!.counselorName;
      const windows = windowsOf(own, s);
      return { counselorId, counselorName, stats: groupStats(own, outcomes, s), windows, warnings: warningsFor(counselorId, counselorName, own, windows, s) };
    });
  const times = records.map((r) => r.decidedAt).sort();
  return {
    generatedAt: now.toISOString(),
    period: { from: times[0] ?? null, to: times[times.length - 1] ?? null },
    settings: s,
    modelVersions: [...new Set(records.map((r) => r.modelVersion))].sort(),
    overall: groupStats(records, outcomes, s),
    counselors,
    warnings: counselors.flatMap((c) => c.warnings),
  };
}
