/**
 * Trains the person-name model (logistic regression over personFeatures) on NorNE Bokmål train
 * and writes resources/scrub/person-model.json (weights only). Run after build-gazetteer.ts:
 *
 *   node --import tsx scripts/scrub/train-person-model.ts [path/to/no_bokmaal-train.conll]
 *
 * The word statistics a sentence sees while training come from the other four fifths of the
 * file (jackknife), so the model learns how much to trust them on words it has not seen.
 * Candidates are capitalised words, as at run time. Deterministic: fixed folds, fixed shuffle.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { personFeatures } from '../../electron/core/scrub/names/features.js';
import { emptyStats, Lexicon, type WordStats } from '../../electron/core/scrub/names/lexicon.js';
import { COMMON_WORD_BOOST, countSentence, readCommonWords, readNameLists, tokenLabels } from './build-gazetteer.js';
import { readConll } from './norne.js';
import { seededRandom } from '../../electron/core/util/random.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FOLDS = 5;
const EPOCHS = 12;
const L2 = 1e-5;

function main(): void {
  const trainPath = process.argv[2] ?? path.resolve(root, '../shared/data/norne/no_bokmaal-train.conll');
  const sentences = readConll(trainPath);
  const names = readNameLists();
  const common = readCommonWords();
  const foldStats: Map<string, WordStats>[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const stats = new Map<string, WordStats>();
    sentences.forEach((s, i) => {
      if (i % FOLDS !== k) countSentence(stats, s);
    });
    for (const w of common) {
      const s = stats.get(w) ?? emptyStats();
      s.low += COMMON_WORD_BOOST;
      stats.set(w, s);
    }
    foldStats.push(stats);
  }
  const examples: { features: string[]; y: number }[] = [];
  sentences.forEach((sentence, i) => {
    const lex = new Lexicon(names.first, names.last, foldStats[i % FOLDS] ?? new Map());
    const { tokens, labels } = tokenLabels(sentence);
    tokens.forEach((t, j) => {
      if (t.kind !== 'w' || !t.cap) return;
      examples.push({ features: personFeatures(tokens, j, lex), y: (labels[j] ?? 'O').endsWith('-PER') ? 1 : 0 });
    });
  });
  const positives = examples.filter((e) => e.y === 1).length;
  console.log(`${examples.length} capitalised candidates, ${positives} in person names`);

  const w = new Map<string, number>();
  const g2 = new Map<string, number>();
  const rand = seededRandom(20260524);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    let loss = 0;
    for (const idx of order) {
      const ex = examples[idx];
      if (!ex) continue;
      let z = 0;
      for (const f of ex.features) z += w.get(f) ?? 0;
      const p = 1 / (1 + Math.exp(-z));
      loss += -(ex.y * Math.log(p + 1e-12) + (1 - ex.y) * Math.log(1 - p + 1e-12));
      const grad = p - ex.y;
      for (const f of ex.features) {
        const old = w.get(f) ?? 0;
        const g = grad + L2 * old;
        const acc = (g2.get(f) ?? 0) + g * g;
        g2.set(f, acc);
        w.set(f, old - (0.1 * g) / Math.sqrt(acc + 1e-8));
      }
    }
    console.log(`epoch ${epoch + 1}: mean log loss ${(loss / examples.length).toFixed(4)}`);
  }
  const lines = [...w.entries()]
    .filter(([, v]) => Math.abs(v) >= 0.005)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([f, v]) => `${f} ${v.toFixed(4)}`);
  const out = {
    version: 1,
    about:
      'Tekstvask person-name model: logistic regression weights over electron/core/scrub/names/features.ts, trained on NorNE Bokmål train (CC0 annotations) by scripts/scrub/train-person-model.ts. Weights only, no text.',
    weights: lines.join('\n'),
  };
  const target = path.join(root, 'resources/scrub/person-model.json');
  fs.writeFileSync(target, JSON.stringify(out) + '\n');
  console.log(`${lines.length} weights → ${path.relative(root, target)}`);
}

main();
