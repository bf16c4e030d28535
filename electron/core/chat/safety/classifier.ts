import { sharedScores } from './canonical.js';
import { crisisFeatures } from './features.js';
import { splitSentences } from './normalize.js';

/**
 * Layer 2 of the crisis detector: a multinomial logistic regression over the features in
 * features.ts, trained by scripts/safety/train-crisis-model.ts on the corpus in
 * scripts/safety/corpus and shipped as resources/safety/crisis-model.json (weights only).
 *
 * A message is scored sentence by sentence and as a whole; the riskiest part counts, so one
 * crisis sentence inside a long everyday message is not averaged away.
 */
export const MODEL_CLASSES = ['none', 'suicide', 'self_harm', 'violence', 'abuse', 'welfare'] as const;
export type ModelClass = (typeof MODEL_CLASSES)[number];

export interface CrisisModelData {
  format: 'inkludmi-crisis-lr';
  version: number;
  classes: readonly string[];
  /** Probability of risk (1 − P(none)) from which the classifier raises a signal. */
  threshold: number;
  bias: readonly number[];
  /** Feature name → one weight per class. */
  weights: Readonly<Record<string, readonly number[]>>;
  trainedOn: { sentences: number; families: number; crisis: number };
}

export interface ModelScore {
  /** 1 − P(none) of the riskiest part of the message. */
  risk: number;
  /** The most likely risk class of that part. */
  category: Exclude<ModelClass, 'none'>;
}

/** One sentence's summed feature weights per class, and its feature count (the score is linear in them). */
interface SentenceSum {
  z: Float64Array;
  n: number;
}

export class CrisisModel {
  private readonly weights: Map<string, Float64Array>;
  readonly threshold: number;
  readonly version: number;
  private readonly bias: readonly number[];

  constructor(data: CrisisModelData) {
    if (data.format !== 'inkludmi-crisis-lr') throw new Error('not a crisis model file');
    if (data.classes.join(',') !== MODEL_CLASSES.join(',')) throw new Error('crisis model classes do not match');
    this.weights = new Map(Object.entries(data.weights).map(([f, w]) => [f, Float64Array.from(w)]));
    this.bias = data.bias;
    this.threshold = data.threshold;
    this.version = data.version;
  }

  /** Class probabilities of one piece of text. */
  probabilities(text: string): number[] {
    return this.probabilitiesOf(crisisFeatures(text));
  }

  probabilitiesOf(features: readonly string[]): number[] {
    const k = MODEL_CLASSES.length;
    const z = this.bias.slice(0, k);
    const counts = new Map<string, number>();
    for (const f of features) counts.set(f, (counts.get(f) ?? 0) + 1);
    const norm = 1 / Math.sqrt(Math.max(1, features.length));
    for (const [f, n] of counts) {
      const w = this.weights.get(f);
      if (!w) continue;
      const v = n * norm;
      for (let c = 0; c < k; c++) z[c] = (z[c] ?? 0) + (w[c] ?? 0) * v;
    }
    return softmax(z);
  }

  private readonly wordParts = new Map<string, Float64Array>();

  /** Summed weights of one word's own features (word, stem, character n-grams), cached per word. */
  private wordPart(word: string, own: readonly string[]): Float64Array {
    const cached = this.wordParts.get(word);
    if (cached) return cached;
    const k = MODEL_CLASSES.length;
    const z = new Float64Array(k);
    for (const f of own) {
      const w = this.weights.get(f);
      if (!w) continue;
      for (let c = 0; c < k; c++) (z[c] as number) += w[c] as number;
    }
    if (this.wordParts.size < 50_000) this.wordParts.set(word, z);
    return z;
  }

  /**
   * The riskiest sentence, pair of neighbouring sentences, or (for a short message) the whole
   * message. The score is linear in the feature counts, so each sentence's features are looked
   * up once and the pairs and the whole reuse the sums: the cost stays one pass over the text.
   */
  score(text: string): ModelScore {
    const sentences = messageSentences(text);
    const k = MODEL_CLASSES.length;
    const memo = sharedScores(this) as Map<string, SentenceSum> | null;
    const sums: SentenceSum[] = sentences.map((s) => {
      const cached = memo?.get(s);
      if (cached) return cached;
      const z = new Float64Array(k);
      let n = 0;
      const features = crisisFeatures(s, (word, own) => {
        const part = this.wordPart(word, own);
        for (let c = 0; c < k; c++) (z[c] as number) += part[c] as number;
        n += own.length;
      });
      for (const f of features) {
        const w = this.weights.get(f);
        if (!w) continue;
        for (let c = 0; c < k; c++) (z[c] as number) += w[c] as number;
      }
      const sum = { z, n: n + features.length };
      memo?.set(s, sum);
      return sum;
    });
    let best: ModelScore = { risk: 0, category: 'suicide' };
    const consider = (parts: readonly SentenceSum[]): void => {
      const n = parts.reduce((a, p) => a + p.n, 0);
      const norm = 1 / Math.sqrt(Math.max(1, n));
      const z = this.bias.slice(0, k).map((b, c) => b + parts.reduce((a, p) => a + (p.z[c] ?? 0), 0) * norm);
      const p = softmax(z);
      const risk = 1 - (p[0] ?? 1);
      if (risk > best.risk) best = { risk, category: topRiskClass(p) };
    };
    for (let i = 0; i < sums.length; i++) {
      consider([sums[i] as SentenceSum]);
      if (i + 1 < sums.length) consider([sums[i] as SentenceSum, sums[i + 1] as SentenceSum]);
    }
    if (sums.length > 2 && text.length <= 300) consider(sums);
    return best;
  }
}

export function softmax(z: readonly number[]): number[] {
  const m = Math.max(...z);
  const e = z.map((v) => Math.exp(v - m));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

function topRiskClass(p: readonly number[]): Exclude<ModelClass, 'none'> {
  let best = 1;
  for (let c = 2; c < MODEL_CLASSES.length; c++) if ((p[c] ?? 0) > (p[best] ?? 0)) best = c;
  return MODEL_CLASSES[best] as Exclude<ModelClass, 'none'>;
}

/** Sentences of a message; long ones are cut at 300 characters so the cost stays linear. */
export function messageSentences(text: string): string[] {
  return splitSentences(text);
}
