import { seededRandom } from '../util/index.js';
import type { AgeBand, CaseCovariates, Icpc2Chapter } from './case.js';
import {
  COVARIATE_KEYS,
  conditionalSurvival,
  hazardMultiplier,
  levelsOf,
  predict,
  type CovariateKey,
  type ModelLevel,
  type SurvivalModel,
} from './model.js';

/**
 * Synthetic people and outcomes for calibration checks and benchmarks. NOTHING here is real data:
 * covariates are drawn from the shares written in the model file, outcomes are drawn from a
 * "truth" model (by default the model itself, which makes the check a self-consistency test of the
 * code, not a validation of the model against reality).
 */

export { seededRandom };

function pickLevel(levels: ModelLevel[], u: number): ModelLevel {
  let acc = 0;
  for (const level of levels) {
    acc += level.syntheticShare;
    if (u < acc) return level;
  }
  return levels[levels.length - 1]!;
}

/** Draws one synthetic person on sick leave at the assessment week. */
export function drawCovariates(model: SurvivalModel, rand: () => number): CaseCovariates {
  const chosen = {} as Record<CovariateKey, ModelLevel>;
  for (const key of COVARIATE_KEYS) chosen[key] = pickLevel(model.covariates[key].levels, rand());
  const chapters = Object.entries(model.covariates.diagnosisGroup.chapterToLevel)
    .filter(([, level]) => level === chosen.diagnosisGroup.value)
    .map(([letter]) => letter)
    .sort();
  const bin = model.covariates.previousSpells.bins.find((b) => b.value === chosen.previousSpells.value);
  return {
    sickLeavePercent: chosen.grading.value === 'full' ? 100 : 50,
    icpc2Chapter: (chapters[0] ?? 'A') as Icpc2Chapter,
    ageBand: chosen.ageBand.value as AgeBand,
    previousSpells3y: bin?.min ?? 0,
  };
}

export interface SyntheticCase {
  covariates: CaseCovariates;
  predicted: number;
  /** Drawn outcome: still on sick leave at the horizon week. */
  stillOnLeave: boolean;
}

/** Draws n synthetic people and their outcomes; predictions come from `model`, outcomes from `truth`. */
export function drawSyntheticCases(
  model: SurvivalModel,
  n: number,
  seed: number,
  truth: SurvivalModel = model,
  asOfWeek = model.defaultAsOfWeek,
): SyntheticCase[] {
  // Two independent streams: who the people are, and what happens to them.
  const rand = seededRandom(seed);
  const outcomeRand = seededRandom(Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) >>> 0);
  const out: SyntheticCase[] = [];
  for (let i = 0; i < n; i++) {
    const covariates = drawCovariates(model, rand);
    const predicted = predict(model, covariates, asOfWeek).probability;
    const pTrue = conditionalSurvival(
      truth,
      asOfWeek,
      truth.horizonWeek,
      hazardMultiplier(levelsOf(truth, covariates)),
    );
    out.push({ covariates, predicted, stillOnLeave: outcomeRand() < pTrue });
  }
  return out;
}

export interface CalibrationBand {
  label: string;
  minPredicted: number;
  maxPredicted: number;
  n: number;
  meanPredicted: number | null;
  observedRate: number | null;
}

export interface CalibrationResult {
  bands: CalibrationBand[];
  brierScore: number;
  /** Brier score of always predicting the overall observed rate (a no-skill reference). */
  brierScoreBaseRateOnly: number;
  n: number;
  observedRate: number;
}

export const DEFAULT_CALIBRATION_EDGES = [0, 0.55, 0.6, 0.65, 0.7, 0.75, 1] as const;

const r4 = (x: number) => Math.round(x * 10000) / 10000;

/** Predicted vs observed per band of predicted probability, plus Brier scores. */
export function calibrationTable(
  cases: { predicted: number; stillOnLeave: boolean }[],
  edges: readonly number[] = DEFAULT_CALIBRATION_EDGES,
): CalibrationResult {
  const bands: CalibrationBand[] = [];
  for (let i = 0; i < edges.length - 1; i++) {
    const lo = edges[i]!;
    const hi = edges[i + 1]!;
    const inBand = cases.filter((c) => c.predicted >= lo && (c.predicted < hi || (hi === 1 && c.predicted <= 1)));
    const n = inBand.length;
    bands.push({
      label: `${Math.round(lo * 100)}–${Math.round(hi * 100)} %`,
      minPredicted: lo,
      maxPredicted: hi,
      n,
      meanPredicted: n ? r4(inBand.reduce((s, c) => s + c.predicted, 0) / n) : null,
      observedRate: n ? r4(inBand.filter((c) => c.stillOnLeave).length / n) : null,
    });
  }
  const n = cases.length;
  const observedRate = n ? cases.filter((c) => c.stillOnLeave).length / n : 0;
  const brier = n ? cases.reduce((s, c) => s + (c.predicted - (c.stillOnLeave ? 1 : 0)) ** 2, 0) / n : 0;
  const brierBase = n ? cases.reduce((s, c) => s + (observedRate - (c.stillOnLeave ? 1 : 0)) ** 2, 0) / n : 0;
  return { bands, brierScore: r4(brier), brierScoreBaseRateOnly: r4(brierBase), n, observedRate: r4(observedRate) };
}
