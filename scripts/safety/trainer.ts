/**
 * Training of the crisis classifier (multinomial logistic regression, scripts/ml/logistic.ts), shared by
 * the training script and the benchmark's grouped cross-validation. Deterministic.
 */
import { crisisFeatures } from '../../electron/core/chat/safety/features.js';
import { asTheLayersRead } from '../../electron/core/chat/safety/lexicon/denial.js';
import { CrisisModel, MODEL_CLASSES, type CrisisModelData } from '../../electron/core/chat/safety/classifier.js';
import { seededRandom } from '../../electron/core/util/random.js';
import { featureVector, fitLogistic, outOfFold, type Example } from '../ml/logistic.js';
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
  const examples: Example[] = [];
  const addExample = (text: string, y: number): void => {
    examples.push({
      feats: featureVector(crisisFeatures(asTheLayersRead(text))),
      y,
      weight: y === 0 ? 1 : CRISIS_WEIGHT,
    });
  };
  for (const s of sentences) {
    const y = MODEL_CLASSES.indexOf(s.category);
    addExample(s.text, y);
    addExample(withTypo(s.text, rand), y);
  }
  const { bias, weights } = fitLogistic(examples, { classes: k, epochs: EPOCHS, rate: RATE, l2: L2, rand });
  const families = new Set(sentences.map((s) => s.family));
  return {
    format: 'inkludmi-crisis-lr',
    version: 1,
    classes: [...MODEL_CLASSES],
    threshold: options.threshold ?? 0.5,
    bias,
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
  return outOfFold(sentences, (train) => new CrisisModel(trainCrisisModel(train)), folds);
}
