/**
 * Training of the crisis classifier (multinomial logistic regression, AdaGrad, L2), shared by
 * the training script and the benchmark's grouped cross-validation. Deterministic.
 */
import { crisisFeatures } from '../../electron/core/chat/safety/features.js';
import {
  CrisisModel,
  MODEL_CLASSES,
  softmax,
  type CrisisModelData,
} from '../../electron/core/chat/safety/classifier.js';
import { seededRandom } from '../../electron/core/util/random.js';
import type { CorpusSentence } from './corpus.js';

const EPOCHS = 25;
const RATE = 0.4;
const L2 = 2e-5;
/** Recall first: a missed crisis costs more than a caring question that was not needed. */
const CRISIS_WEIGHT = 1;

/** One typo in a copy of the sentence (drop, double or swap a letter in a longer word). */
function withTypo(text: string, rand: () => number): string {
  const words = text.split(' ');
  const long = words.map((w, i) => [w, i] as const).filter(([w]) => w.length >= 5);
  if (long.length === 0) return text;
  const [w, i] = long[Math.floor(rand() * long.length)] as readonly [string, number];
  const j = 1 + Math.floor(rand() * (w.length - 2));
  const kind = Math.floor(rand() * 3);
  const typo =
    kind === 0
      ? w.slice(0, j) + w.slice(j + 1)
      : kind === 1
        ? w.slice(0, j) + (w[j] ?? '') + w.slice(j)
        : w.slice(0, j - 1) + (w[j] ?? '') + (w[j - 1] ?? '') + w.slice(j + 1);
  words[i] = typo;
  return words.join(' ');
}

export interface TrainOptions {
  seed?: number;
  threshold?: number;
}

export function trainCrisisModel(sentences: readonly CorpusSentence[], options: TrainOptions = {}): CrisisModelData {
  const rand = seededRandom(options.seed ?? 20261204);
  const k = MODEL_CLASSES.length;
  const examples: { feats: Map<string, number>; y: number; weight: number }[] = [];
  const addExample = (text: string, y: number): void => {
    const list = crisisFeatures(text);
    const norm = 1 / Math.sqrt(Math.max(1, list.length));
    const feats = new Map<string, number>();
    for (const f of list) feats.set(f, (feats.get(f) ?? 0) + norm);
    examples.push({ feats, y, weight: y === 0 ? 1 : CRISIS_WEIGHT });
  };
  for (const s of sentences) {
    const y = MODEL_CLASSES.indexOf(s.category);
    addExample(s.text, y);
    addExample(withTypo(s.text, rand), y);
  }
  const w = new Map<string, number[]>();
  const g2 = new Map<string, number[]>();
  const bias = new Array<number>(k).fill(0);
  const biasG2 = new Array<number>(k).fill(1e-8);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
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
        bias[c] = (bias[c] ?? 0) - (RATE * grad) / Math.sqrt(biasG2[c] ?? 1);
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
          const grad = ex.weight * ((p[c] ?? 0) - (c === ex.y ? 1 : 0)) * v + L2 * (wf[c] ?? 0);
          gf[c] = (gf[c] ?? 0) + grad * grad;
          wf[c] = (wf[c] ?? 0) - (RATE * grad) / Math.sqrt(gf[c] ?? 1);
        }
      }
    }
  }
  const weights: Record<string, number[]> = {};
  for (const [f, wf] of [...w.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (Math.max(...wf.map(Math.abs)) < 0.02) continue;
    weights[f] = wf.map((v) => Math.round(v * 1000) / 1000);
  }
  const families = new Set(sentences.map((s) => s.family));
  return {
    format: 'inkludmi-crisis-lr',
    version: 1,
    classes: [...MODEL_CLASSES],
    threshold: options.threshold ?? 0.5,
    bias: bias.map((v) => Math.round(v * 1000) / 1000),
    weights,
    trainedOn: {
      sentences: sentences.length,
      families: families.size,
      crisis: sentences.filter((s) => s.category !== 'none').length,
    },
  };
}

/** Out-of-fold risk scores with folds grouped by paraphrase family (no family in train and test). */
export function groupedOutOfFold(
  sentences: readonly CorpusSentence[],
  folds = 5,
): { sentence: CorpusSentence; model: CrisisModel }[] {
  const familyIds = [...new Set(sentences.map((s) => s.family))].sort();
  const rand = seededRandom(7);
  for (let i = familyIds.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [familyIds[i], familyIds[j]] = [familyIds[j] as string, familyIds[i] as string];
  }
  const foldOf = new Map(familyIds.map((f, i) => [f, i % folds]));
  const out: { sentence: CorpusSentence; model: CrisisModel }[] = [];
  for (let k = 0; k < folds; k++) {
    const train = sentences.filter((s) => foldOf.get(s.family) !== k);
    const model = new CrisisModel(trainCrisisModel(train));
    for (const s of sentences) if (foldOf.get(s.family) === k) out.push({ sentence: s, model });
  }
  return out;
}
