/**
 * Multinomial logistic regression (AdaGrad, L2) over sparse named features: the one fitter of the
 * project's trained votes (the crisis classifier in scripts/safety/trainer.ts, the reply stance
 * vote in scripts/chat/reply-trainer.ts). Deterministic for a given `rand`.
 */
import { softmax } from '../../electron/core/chat/safety/classifier.js';
import { seededRandom } from '../../electron/core/util/random.js';

export interface Example {
  /** Feature name → value (already normalised by the caller). */
  feats: Map<string, number>;
  /** Class index. */
  y: number;
  weight: number;
}

export interface FitOptions {
  classes: number;
  epochs: number;
  rate: number;
  l2: number;
  rand: () => number;
}

export interface Fitted {
  bias: number[];
  /** Feature → one weight per class, sorted by name, small weights dropped, rounded to 1e-3. */
  weights: Record<string, number[]>;
}

/** Feature values of one text: each feature counted, scaled by 1/√(number of features). */
export function featureVector(list: readonly string[]): Map<string, number> {
  const norm = 1 / Math.sqrt(Math.max(1, list.length));
  const feats = new Map<string, number>();
  for (const f of list) feats.set(f, (feats.get(f) ?? 0) + norm);
  return feats;
}

export function fitLogistic(examples: readonly Example[], options: FitOptions): Fitted {
  const { classes: k, epochs, rate, l2, rand } = options;
  const w = new Map<string, number[]>();
  const g2 = new Map<string, number[]>();
  const bias = new Array<number>(k).fill(0);
  const biasG2 = new Array<number>(k).fill(1e-8);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const idx of order) {
      const ex = examples[idx];
      if (!ex) continue;
      const z = bias.slice();
      for (const [f, v] of ex.feats) {
        const wf = w.get(f);
        if (wf) for (let c = 0; c < k; c++) z[c] = (z[c] ?? 0) + (wf[c] ?? 0) * v;
      }
      const p = softmax(z);
      for (let c = 0; c < k; c++) {
        const grad = ex.weight * ((p[c] ?? 0) - (c === ex.y ? 1 : 0));
        biasG2[c] = (biasG2[c] ?? 0) + grad * grad;
        bias[c] = (bias[c] ?? 0) - (rate * grad) / Math.sqrt(biasG2[c] ?? 1);
      }
      for (const [f, v] of ex.feats) {
        let wf = w.get(f);
        let gf = g2.get(f);
        if (!wf || !gf) {
          wf = new Array<number>(k).fill(0);
          gf = new Array<number>(k).fill(1e-8);
          w.set(f, wf);
          g2.set(f, gf);
        }
        for (let c = 0; c < k; c++) {
          const grad = ex.weight * ((p[c] ?? 0) - (c === ex.y ? 1 : 0)) * v + l2 * (wf[c] ?? 0);
          gf[c] = (gf[c] ?? 0) + grad * grad;
          wf[c] = (wf[c] ?? 0) - (rate * grad) / Math.sqrt(gf[c] ?? 1);
        }
      }
    }
  }
  const weights: Record<string, number[]> = {};
  for (const [f, wf] of [...w.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (Math.max(...wf.map(Math.abs)) < 0.02) continue;
    weights[f] = wf.map((v) => Math.round(v * 1000) / 1000);
  }
  return { bias: bias.map((v) => Math.round(v * 1000) / 1000), weights };
}

/** Folds of family ids (seeded shuffle, round robin): no family is in both train and test. */
export function familyFolds(families: Iterable<string>, folds: number, seed = 7): Map<string, number> {
  const ids = [...new Set(families)].sort();
  const rand = seededRandom(seed);
  for (let i = ids.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [ids[i], ids[j]] = [ids[j] as string, ids[i] as string];
  }
  return new Map(ids.map((f, i) => [f, i % folds]));
}

/**
 * Out-of-fold models with folds grouped by family (no family in both train and test): for each
 * fold a model trained on the other folds, paired with each item of its own fold. `seed` draws
 * another split of the families into folds.
 */
export function outOfFold<S extends { family: string }, M>(
  items: readonly S[],
  train: (items: readonly S[]) => M,
  folds = 5,
  seed?: number,
): { sentence: S; model: M }[] {
  const foldOf = familyFolds(
    items.map((s) => s.family),
    folds,
    seed,
  );
  const out: { sentence: S; model: M }[] = [];
  for (let k = 0; k < folds; k++) {
    const model = train(items.filter((s) => foldOf.get(s.family) !== k));
    for (const s of items) if (foldOf.get(s.family) === k) out.push({ sentence: s, model });
  }
  return out;
}
