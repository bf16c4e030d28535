import { messageSentences, sharedScores } from './canonical.js';
import { crisisFeatures, FIXED_FEATURES } from './features.js';
import { tailsAfterTurns } from './normalize.js';

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

/**
 * The least risk a clause after a turn, read alone, must reach to count (tailsAfterTurns): a part
 * of a sentence has less context than the sentence, so it must be surer than the model's own
 * threshold. Set on the READ fresh sets: it keeps three quarters of the crises that an everyday
 * clause before "men" or a comma had hidden, and raised no alarm on their everyday messages.
 */
export const TAIL_MIN_RISK = 0.993;

export class CrisisModel {
  private readonly weights: Map<string, Float64Array>;
  /** The weights of FIXED_FEATURES by number (null: not in the model). */
  private readonly fixedWeights: readonly (Float64Array | null)[];
  readonly threshold: number;
  readonly version: number;
  private readonly bias: readonly number[];

  constructor(data: CrisisModelData) {
    if (data.format !== 'inkludmi-crisis-lr') throw new Error('not a crisis model file');
    if (data.classes.join(',') !== MODEL_CLASSES.join(',')) throw new Error('crisis model classes do not match');
    this.weights = new Map(Object.entries(data.weights).map(([f, w]) => [f, Float64Array.from(w)]));
    this.fixedWeights = FIXED_FEATURES.map((f) => this.weights.get(f) ?? null);
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

  /** The fixed features of the sentence being summed, by number, in order (reused). */
  private readonly fixedIds: number[] = [];

  /**
   * One sentence's summed weights, in the order the features come: each word's own features,
   * then the word pairs and negated stems, then the fixed features.
   */
  private sentenceSum(sentence: string): SentenceSum {
    const k = MODEL_CLASSES.length;
    const z = new Float64Array(k);
    let n = 0;
    const fixedIds = this.fixedIds;
    fixedIds.length = 0;
    const features = crisisFeatures(sentence, {
      word: (word, own) => {
        const part = this.wordPart(word, own);
        for (let c = 0; c < k; c++) (z[c] as number) += part[c] as number;
        n += own.length;
      },
      fixed: (id) => void fixedIds.push(id),
    });
    for (const f of features) {
      const w = this.weights.get(f);
      if (!w) continue;
      for (let c = 0; c < k; c++) (z[c] as number) += w[c] as number;
    }
    for (const id of fixedIds) {
      const w = this.fixedWeights[id];
      if (!w) continue;
      for (let c = 0; c < k; c++) (z[c] as number) += w[c] as number;
    }
    return { z, n: n + features.length + fixedIds.length };
  }

  /**
   * The riskiest sentence, pair of neighbouring sentences, or (for a short message) the whole
   * message. The score is linear in the feature counts, so each sentence's features are looked
   * up once and the pairs and the whole reuse the sums: the cost stays one pass over the text.
   */
  score(text: string): ModelScore {
    const sentences = messageSentences(text);
    const memo = sharedScores(this) as Map<string, SentenceSum> | null;
    const sums: SentenceSum[] = sentences.map((s) => {
      const cached = memo?.get(s);
      if (cached) return cached;
      const sum = this.sentenceSum(s);
      memo?.set(s, sum);
      return sum;
    });
    const best: ModelScore = { risk: 0, category: 'suicide' };
    for (let i = 0; i < sums.length; i++) {
      this.consider(sums, i, i + 1, best);
      if (i + 1 < sums.length) this.consider(sums, i, i + 2, best);
    }
    if (sums.length > 2 && text.length <= 300) this.consider(sums, 0, sums.length, best);
    // What follows a turn ("…, men jeg vil ikke leve mer") is also read alone, so the news before
    // it does not dilute it; read without the rest of its sentence, it must be surer to count.
    const tailBest: ModelScore = { risk: 0, category: 'suicide' };
    for (const s of sentences)
      for (const tail of tailsAfterTurns(s, true)) {
        let sum = memo?.get(tail);
        if (!sum) {
          sum = this.sentenceSum(tail);
          memo?.set(tail, sum);
        }
        this.consider([sum], 0, 1, tailBest);
      }
    if (tailBest.risk >= TAIL_MIN_RISK && tailBest.risk > best.risk) Object.assign(best, tailBest);
    return best;
  }

  /** Scratch space of `consider`: the part's class scores and probabilities. */
  private readonly zPart = new Float64Array(MODEL_CLASSES.length);
  private readonly pPart = new Float64Array(MODEL_CLASSES.length);

  /** Scores sentences [from, to) together (softmax of the summed, length-normalised weights) into `best` if riskier. */
  private consider(sums: readonly SentenceSum[], from: number, to: number, best: ModelScore): void {
    const k = MODEL_CLASSES.length;
    const z = this.zPart;
    const p = this.pPart;
    let n = 0;
    for (let i = from; i < to; i++) n += (sums[i] as SentenceSum).n;
    const norm = 1 / Math.sqrt(Math.max(1, n));
    let max = -Infinity;
    for (let c = 0; c < k; c++) {
      let sum = 0;
      for (let i = from; i < to; i++) sum += (sums[i] as SentenceSum).z[c] as number;
      z[c] = (this.bias[c] as number) + sum * norm;
      if ((z[c] as number) > max) max = z[c] as number;
    }
    let total = 0;
    for (let c = 0; c < k; c++) total += p[c] = Math.exp((z[c] as number) - max);
    for (let c = 0; c < k; c++) p[c] = (p[c] as number) / total;
    const risk = 1 - (p[0] as number);
    if (risk > best.risk) {
      best.risk = risk;
      best.category = topRiskClass(p);
    }
  }
}

export function softmax(z: readonly number[]): number[] {
  const m = Math.max(...z);
  const e = z.map((v) => Math.exp(v - m));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

function topRiskClass(p: ArrayLike<number>): Exclude<ModelClass, 'none'> {
  let best = 1;
  for (let c = 2; c < MODEL_CLASSES.length; c++) if ((p[c] ?? 0) > (p[best] ?? 0)) best = c;
  return MODEL_CLASSES[best] as Exclude<ModelClass, 'none'>;
}
