/**
 * Training of the reply stance vote (electron/core/chat/checks/replyModel.ts) and its
 * cross-validation grouped by paraphrase family. Deterministic.
 */
import {
  REPLY_CLASSES,
  ReplyModel,
  replyFeatures,
  type ReplyModelData,
} from '../../electron/core/chat/checks/replyModel.js';
import { seededRandom } from '../../electron/core/util/random.js';
import { featureVector, fitLogistic, outOfFold, type Example } from '../ml/logistic.js';
import type { ReplySentence } from './reply-corpus.js';

export function trainReplyModel(corpus: readonly ReplySentence[], threshold = 0.5): ReplyModelData {
  const examples: Example[] = corpus.map((s) => ({
    feats: featureVector(replyFeatures(s.text)),
    y: REPLY_CLASSES.indexOf(s.label),
    weight: 1,
  }));
  const fitted = fitLogistic(examples, {
    classes: REPLY_CLASSES.length,
    epochs: 30,
    rate: 0.4,
    l2: 1e-4,
    rand: seededRandom(20261205),
  });
  return {
    format: 'inkludmi-reply-lr',
    version: 1,
    classes: [...REPLY_CLASSES],
    threshold,
    ...fitted,
    trainedOn: { sentences: corpus.length, families: new Set(corpus.map((s) => s.family)).size },
  };
}

/** Out-of-fold models, folds grouped by family (no family in both train and test). */
export function replyOutOfFold(
  corpus: readonly ReplySentence[],
  folds = 5,
  seed?: number,
): { sentence: ReplySentence; model: ReplyModel }[] {
  return outOfFold(corpus, (train) => new ReplyModel(trainReplyModel(train)), folds, seed);
}

/** How many of the MI-consistent replies the vote may refuse out of fold. */
export const MAX_GOOD_REFUSED = 0.01;

/**
 * The lowest threshold, to three decimals, at which at most MAX_GOOD_REFUSED of the good replies'
 * out-of-fold risks reach it: just above the risk of the good reply ranked one past those allowed.
 */
export function thresholdFor(goodRisks: readonly number[]): number {
  const sorted = [...goodRisks].sort((a, b) => b - a);
  const allowed = Math.floor(MAX_GOOD_REFUSED * sorted.length);
  return Math.min(0.999, Math.ceil(((sorted[allowed] ?? 0) + 1e-9) * 1000) / 1000);
}
