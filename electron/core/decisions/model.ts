import type { CaseCovariates } from './case.js';
import { modelDiscrimination, weakDiscriminationText } from './discrimination.js';
import { DecisionError } from './errors.js';
import {
  COVARIATE_KEYS,
  type CovariateKey,
  type Evidence,
  type ModelLevel,
  type SurvivalModel,
} from './modelFileSchema.js';

/**
 * The pure prediction function over a model file (modelFile.ts). The model is a Weibull
 * proportional-hazards model of sick-leave duration:
 *
 *   cumulative baseline hazard  H0(t) = (t / scaleWeeks) ^ shape         (t in weeks of sick leave)
 *   person's hazard multiplier  m     = product of the hazard ratios of their covariate levels
 *   S(t | on leave at a)              = exp(-m * (H0(t) - H0(a)))
 *
 * Everything is deterministic: the same file and the same case always give the same numbers.
 */
export * from './modelFileSchema.js';
export * from './modelFile.js';

// ---------------------------------------------------------------------------------------------
// Prediction

export const QUANTILE_DOTS = 50;

export interface FactorContribution {
  covariate: CovariateKey;
  covariateLabel: string;
  level: string;
  levelLabel: string;
  hazardRatio: number;
  /** Change in the probability (percentage points) compared with the same person with this factor at its reference level (hazard ratio 1). */
  effectPercentagePoints: number;
  direction: 'up' | 'down' | 'none';
  evidence: Evidence;
  /** The model file's plain-language explanation of this level alone (without the movement sentence). */
  explanation: string;
  /** The labels and the explanation in nynorsk, when the model file has them (null: show bokmål). */
  nn: { covariateLabel: string; levelLabel: string; explanation: string } | null;
  /** Plain Norwegian: what this factor is and how it moves the estimate. */
  text: string;
  sourceIds: string[];
}

export interface RemainingWeeks {
  /** 50 quantile dots of the remaining weeks on sick leave, ascending (for a quantile dotplot). */
  dots: number[];
  p10: number;
  p50: number;
  p90: number;
  /** The most weeks that can remain (sickness benefit ends at maxWeek); dots at the cap mean "this long or longer". */
  capWeeks: number;
  dotsAtCap: number;
}

export interface Prediction {
  modelVersion: string;
  modelName: string;
  builtFrom: SurvivalModel['provenance']['builtFrom'];
  asOfWeek: number;
  horizonWeek: number;
  /** P(still on sick leave at horizonWeek | on sick leave at asOfWeek). */
  probability: number;
  /** The same as a frequency: of 100 people like this, how many are still on sick leave. */
  per100: number;
  riskBand: 'low' | 'medium' | 'high';
  riskBandLabel: string;
  remainingWeeks: RemainingWeeks;
  baseRate: {
    /** Everyone on sick leave at asOfWeek, without regard to this person's factors. */
    population: { probability: number; per100: number };
    text: string;
  };
  frequencyText: string;
  factors: FactorContribution[];
  /** Plain statement that this is decision support, built from published statistics. */
  caveat: string;
  /**
   * The model's recommendation: "møte trolig ikke nødvendig" below the policy threshold (default:
   * the population base rate, see the model card), otherwise "møte trolig nødvendig".
   */
  recommendation: Recommendation;
  /** How well the model separates people (exact over the model's own population), and a plain warning when weak. */
  discrimination: {
    auc: number;
    brierSkill: number;
    minPredicted: number;
    maxPredicted: number;
    weak: boolean;
    text: string | null;
  };
}

export interface Recommendation {
  kind: 'summon' | 'notNeeded';
  /** Probability below which the recommendation is "not needed". */
  threshold: number;
  /** Where the threshold came from: the organisation's policy, or the model's base rate (default). */
  thresholdSource: 'policy' | 'base-rate';
  text: string;
}

export interface PredictOptions {
  /** Policy threshold for "møte trolig ikke nødvendig"; null or absent: the population base rate. */
  notNeededBelow?: number | null;
}

/** The recommendation for a probability: below the threshold "not needed", otherwise "summon". */
export function recommendationFor(
  probability: number,
  threshold: number,
  source: Recommendation['thresholdSource'],
): Recommendation {
  const kind = probability < threshold ? 'notNeeded' : 'summon';
  // One decimal: an estimate of «om lag 70» can lie under a threshold of 70,2.
  const per100 = (Math.round(threshold * 1000) / 10).toFixed(1).replace('.', ',');
  const why =
    source === 'policy'
      ? `grensen organisasjonen har satt (${per100} av 100)`
      : `basisraten (${per100} av 100, for alle som er sykmeldt på dette tidspunktet)`;
  return {
    kind,
    threshold,
    thresholdSource: source,
    text:
      kind === 'notNeeded'
        ? `Møte trolig ikke nødvendig: anslaget ligger under ${why}.`
        : `Møte trolig nødvendig: anslaget ligger ikke under ${why}.`,
  };
}

function cumulativeHazard(model: SurvivalModel, week: number): number {
  return Math.pow(Math.max(0, week) / model.baseline.scaleWeeks, model.baseline.shape);
}

/** S(to | alive at from) for a hazard multiplier m. */
export function conditionalSurvival(
  model: SurvivalModel,
  fromWeek: number,
  toWeek: number,
  multiplier: number,
): number {
  if (toWeek <= fromWeek) return 1;
  return Math.exp(-multiplier * (cumulativeHazard(model, toWeek) - cumulativeHazard(model, fromWeek)));
}

/** The week t by which a share q of those on leave at fromWeek have returned (inverse of the conditional CDF). */
function conditionalQuantileWeek(model: SurvivalModel, fromWeek: number, q: number, multiplier: number): number {
  const h = cumulativeHazard(model, fromWeek) - Math.log(1 - q) / multiplier;
  return model.baseline.scaleWeeks * Math.pow(h, 1 / model.baseline.shape);
}

function levelFor(model: SurvivalModel, key: CovariateKey, value: string): ModelLevel {
  const level = model.covariates[key].levels.find((l) => l.value === value);
  if (!level)
    throw new DecisionError('INVALID_INPUT', `Modellen har ikke nivået «${value}» for ${model.covariates[key].label}.`);
  return level;
}

/** The model level each covariate of a case falls in. */
export function levelsOf(model: SurvivalModel, c: CaseCovariates): Record<CovariateKey, ModelLevel> {
  const grading = c.sickLeavePercent >= 100 ? 'full' : 'graded';
  const diag = model.covariates.diagnosisGroup.chapterToLevel[c.icpc2Chapter];
  if (!diag) throw new DecisionError('INVALID_INPUT', `ICPC-2-kapittel ${c.icpc2Chapter} er ikke dekket av modellen.`);
  const bin = model.covariates.previousSpells.bins.find(
    (b) => c.previousSpells3y >= b.min && (b.max === null || c.previousSpells3y <= b.max),
  );
  if (!bin) throw new DecisionError('INVALID_INPUT', 'Antall tidligere sykefravær er ikke dekket av modellen.');
  return {
    grading: levelFor(model, 'grading', grading),
    diagnosisGroup: levelFor(model, 'diagnosisGroup', diag),
    ageBand: levelFor(model, 'ageBand', c.ageBand),
    previousSpells: levelFor(model, 'previousSpells', bin.value),
  };
}

export function hazardMultiplier(levels: Record<CovariateKey, ModelLevel>): number {
  return COVARIATE_KEYS.reduce((m, key) => m * levels[key].hazardRatio, 1);
}

const round = (x: number, digits: number) => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

export function riskBandOf(model: SurvivalModel, probability: number): SurvivalModel['riskBands'][number] {
  const band = model.riskBands.find(
    (b) => probability >= b.min && (probability < b.max || (b.max === 1 && probability <= 1)),
  );
  return band ?? model.riskBands[model.riskBands.length - 1]!;
}

function pp(x: number): string {
  const v = Math.abs(round(x, 0));
  return `${v} prosentpoeng`;
}

/** The reference level of a covariate (hazard ratio 1), named for the factor texts. */
export function referenceLevelText(model: SurvivalModel, key: CovariateKey): string {
  const ref = model.covariates[key].levels.find((l) => l.evidence === 'reference');
  if (ref) return `${model.covariates[key].label.toLowerCase()} «${ref.label}»`;
  return `${model.covariates[key].label.toLowerCase()} som for alle samlet (hasardratio 1)`;
}

/**
 * The prediction for one case at asOfWeek (default 17): probability of still being on sick leave
 * at the horizon (26 weeks), 50 quantile dots of the remaining weeks with 10/50/90 % marks, the
 * population base rate as a frequency, and the factors behind the estimate. Pure and deterministic.
 */
export function predict(
  model: SurvivalModel,
  c: CaseCovariates,
  asOfWeek: number = model.defaultAsOfWeek,
  options: PredictOptions = {},
): Prediction {
  if (!Number.isInteger(asOfWeek) || asOfWeek < 1 || asOfWeek >= model.horizonWeek) {
    throw new DecisionError(
      'INVALID_INPUT',
      `Vurderingstidspunktet må være en hel uke mellom 1 og ${model.horizonWeek - 1}.`,
    );
  }
  const levels = levelsOf(model, c);
  const m = hazardMultiplier(levels);
  const horizon = model.horizonWeek;
  const probability = round(conditionalSurvival(model, asOfWeek, horizon, m), 6);
  const population = round(conditionalSurvival(model, asOfWeek, horizon, 1), 6);

  const capWeeks = model.maxWeek - asOfWeek;
  const remaining = (q: number) =>
    round(Math.min(capWeeks, conditionalQuantileWeek(model, asOfWeek, q, m) - asOfWeek), 1);
  const dots = Array.from({ length: QUANTILE_DOTS }, (_, i) => remaining((i + 0.5) / QUANTILE_DOTS));

  const factors: FactorContribution[] = COVARIATE_KEYS.map((key) => {
    const level = levels[key];
    const without = conditionalSurvival(model, asOfWeek, horizon, m / level.hazardRatio);
    const effect = round((probability - without) * 100, 1);
    const direction: FactorContribution['direction'] = Math.abs(effect) < 0.5 ? 'none' : effect > 0 ? 'up' : 'down';
    const reference = referenceLevelText(model, key);
    const movement =
      direction === 'none'
        ? `Sammenlignet med samme person med ${reference}, endrer dette anslaget lite eller ikke.`
        : direction === 'up'
          ? `Sammenlignet med samme person med ${reference}, trekker dette anslaget opp med om lag ${pp(effect)}.`
          : `Sammenlignet med samme person med ${reference}, trekker dette anslaget ned med om lag ${pp(effect)}.`;
    const basis =
      level.evidence === 'assumption'
        ? ' Merk: denne justeringen er en antakelse, ikke et tall fra offentlig statistikk.'
        : level.evidence === 'derived'
          ? ' Justeringen er beregnet fra offentlig statistikk (se modellkortet).'
          : '';
    return {
      covariate: key,
      covariateLabel: model.covariates[key].label,
      level: level.value,
      levelLabel: level.label,
      hazardRatio: level.hazardRatio,
      effectPercentagePoints: effect,
      direction,
      evidence: level.evidence,
      explanation: level.explanation,
      nn:
        level.labelNn && level.explanationNn
          ? {
              covariateLabel: model.covariates[key].labelNn ?? model.covariates[key].label,
              levelLabel: level.labelNn,
              explanation: level.explanationNn,
            }
          : null,
      text: `${level.explanation} ${movement}${basis}`,
      sourceIds: [...level.sourceIds],
    };
  });

  const per100 = Math.round(probability * 100);
  const disc = modelDiscrimination(model, asOfWeek);
  const popPer100 = Math.round(population * 100);
  const band = riskBandOf(model, probability);
  return {
    modelVersion: model.modelVersion,
    modelName: model.name,
    builtFrom: model.provenance.builtFrom,
    asOfWeek,
    horizonWeek: horizon,
    probability,
    per100,
    riskBand: band.id,
    riskBandLabel: band.label,
    remainingWeeks: {
      dots,
      p10: remaining(0.1),
      p50: remaining(0.5),
      p90: remaining(0.9),
      capWeeks,
      dotsAtCap: dots.filter((d) => d >= capWeeks).length,
    },
    baseRate: {
      population: { probability: population, per100: popPer100 },
      text: `Av 100 personer som fortsatt er sykmeldt etter ${asOfWeek} uker, er om lag ${popPer100} fortsatt sykmeldt etter ${horizon} uker.`,
    },
    frequencyText: `Av 100 personer i samme situasjon som denne personen, er om lag ${per100} fortsatt sykmeldt etter ${horizon} uker, og ${100 - per100} er tilbake i arbeid før det.`,
    factors,
    caveat:
      model.provenance.builtFrom === 'published-aggregates'
        ? 'Anslaget er beslutningsstøtte, ikke en beslutning. Modellen er bygget bare på offentlig statistikk på gruppenivå og kjenner ikke personen. Din egen vurdering og det du vet om saken, veier tyngst.'
        : 'Anslaget er beslutningsstøtte, ikke en beslutning. Din egen vurdering og det du vet om saken, veier tyngst.',
    recommendation:
      options.notNeededBelow === null || options.notNeededBelow === undefined
        ? recommendationFor(probability, population, 'base-rate')
        : recommendationFor(probability, options.notNeededBelow, 'policy'),
    discrimination: {
      auc: disc.auc,
      brierSkill: disc.brierSkill,
      minPredicted: disc.minPredicted,
      maxPredicted: disc.maxPredicted,
      weak: disc.weak,
      text: weakDiscriminationText(disc),
    },
  };
}
