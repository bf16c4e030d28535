import {
  COVARIATE_KEYS,
  conditionalSurvival,
  hazardMultiplier,
  type CovariateKey,
  type ModelLevel,
  type SurvivalModel,
} from './model.js';

/**
 * How well a model can tell people apart, computed EXACTLY over the population the model file
 * describes (every combination of covariate levels, weighted by the shares in the file), with the
 * outcomes the model itself expects. That is the best the model could do if it were exactly right:
 * a ceiling, not a validation against real outcomes (none exist for the bundled baseline).
 *
 * - AUC: the chance that a person who is still on sick leave at the horizon got a higher estimate
 *   than a person who is back at work (0.5 = no better than a coin, 1 = perfect).
 * - Brier skill: how much the model's squared error is below that of giving everyone the base rate
 *   (0 = no gain, 1 = perfect).
 */
export interface Discrimination {
  auc: number;
  brierScore: number;
  brierScoreBaseRateOnly: number;
  brierSkill: number;
  baseRate: number;
  /** The spread of estimates: lowest and highest probability over the population. */
  minPredicted: number;
  maxPredicted: number;
  /** Weak: AUC under WEAK_AUC or Brier skill under WEAK_BRIER_SKILL. */
  weak: boolean;
}

/** Below this AUC a prediction separates people little (0.7 is a common rule of thumb for "acceptable"; an assumption, see the model card). */
export const WEAK_AUC = 0.7;
/** Below this Brier skill the model adds little over the base rate (an assumption, see the model card). */
export const WEAK_BRIER_SKILL = 0.05;

const r4 = (x: number) => Math.round(x * 10000) / 10000;

const cache = new WeakMap<SurvivalModel, Map<number, Discrimination>>();

export function modelDiscrimination(model: SurvivalModel, asOfWeek: number = model.defaultAsOfWeek): Discrimination {
  const known = cache.get(model)?.get(asOfWeek);
  if (known) return known;
  // Every combination of levels with its weight (shares are independent in the file's synthetic population).
  let combos: { weight: number; levels: Partial<Record<CovariateKey, ModelLevel>> }[] = [{ weight: 1, levels: {} }];
  for (const key of COVARIATE_KEYS) {
    combos = combos.flatMap((c) =>
      model.covariates[key].levels
        .filter((l) => l.syntheticShare > 0)
        .map((l) => ({ weight: c.weight * l.syntheticShare, levels: { ...c.levels, [key]: l } })),
    );
  }
  const points = combos.map((c) => ({
    w: c.weight,
    p: conditionalSurvival(
      model,
      asOfWeek,
      model.horizonWeek,
      hazardMultiplier(c.levels as Record<CovariateKey, ModelLevel>),
    ),
  }));
  const total = points.reduce((s, x) => s + x.w, 0);
  const baseRate = points.reduce((s, x) => s + x.w * x.p, 0) / total;
  const brier = points.reduce((s, x) => s + x.w * x.p * (1 - x.p), 0) / total;
  const brierBase = baseRate * (1 - baseRate);
  // AUC = P(p_i > p_j | i positive, j negative) + ½ P(tie).
  let concordant = 0;
  let pairs = 0;
  for (const a of points) {
    for (const b of points) {
      const weight = a.w * a.p * (b.w * (1 - b.p));
      pairs += weight;
      if (a.p > b.p + 1e-12) concordant += weight;
      else if (Math.abs(a.p - b.p) <= 1e-12) concordant += weight / 2;
    }
  }
  const auc = pairs > 0 ? concordant / pairs : 0.5;
  const brierSkill = brierBase > 0 ? 1 - brier / brierBase : 0;
  const ps = points.map((x) => x.p);
  const result: Discrimination = {
    auc: r4(auc),
    brierScore: r4(brier),
    brierScoreBaseRateOnly: r4(brierBase),
    brierSkill: r4(brierSkill),
    baseRate: r4(baseRate),
    minPredicted: r4(Math.min(...ps)),
    maxPredicted: r4(Math.max(...ps)),
    weak: auc < WEAK_AUC || brierSkill < WEAK_BRIER_SKILL,
  };
  const perWeek = cache.get(model) ?? new Map<number, Discrimination>();
  perWeek.set(asOfWeek, result);
  cache.set(model, perWeek);
  return result;
}

/** Plain Norwegian next to a prediction when the model separates people little (null otherwise). */
export function weakDiscriminationText(d: Discrimination): string | null {
  if (!d.weak) return null;
  const lo = Math.round(d.minPredicted * 100);
  const hi = Math.round(d.maxPredicted * 100);
  return `Anslaget skiller lite mellom personer: for alle personer modellen kjenner, ligger det mellom ${lo} og ${hi} av 100, og selv om modellen var helt riktig, ville den bare gitt den som fortsatt er sykmeldt et høyere anslag enn den som er tilbake i arbeid i ${Math.round(d.auc * 100)} av 100 slike par (50 av 100 er som å kaste mynt). Legg mest vekt på det du selv vet om personen.`;
}
