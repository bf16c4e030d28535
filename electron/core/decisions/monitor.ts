import { z } from 'zod';
import type { DecisionRecord } from './record.js';
import type { OutcomeRecord } from './store.js';
import {
  agrees,
  groupStats,
  medianSeconds,
  r4,
  relativeBandCuts,
  switchOpportunity,
  type GroupStats,
} from './monitorStats.js';

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
