/**
 * Trains the crisis classifier on the corpus (held-out families excluded) and writes
 * resources/safety/crisis-model.json:
 *
 *   node --import tsx scripts/safety/train-crisis-model.ts
 *
 * The threshold is chosen on grouped out-of-fold scores of the training families only (never
 * the held-out set): the lowest threshold at which the whole detector (rules and classifier)
 * raises at most 5 % false alarms out of fold (rules and concept slots are layer 1), so recall is as high as that allows.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { assessRisk } from '../../electron/core/chat/safety/assessRisk.js';
import { readCorpus, sentencesOf } from './corpus.js';
import { groupedOutOfFold, trainCrisisModel } from './trainer.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const MAX_FALSE_ALARMS = 0.05;

function main(): void {
  const train = sentencesOf(readCorpus().filter((f) => !f.heldOut));
  const oof = groupedOutOfFold(train).map(({ sentence, model }) => ({
    crisis: sentence.category !== 'none',
    rules: assessRisk(sentence.text, { model: null }).level !== 'none',
    risk: model.score(sentence.text).risk,
  }));
  const negatives = oof.filter((o) => !o.crisis);
  const positives = oof.filter((o) => o.crisis);
  let threshold = 0.95;
  for (let t = 0.3; t <= 0.95; t += 0.01) {
    const fp = negatives.filter((o) => o.rules || o.risk >= t).length / negatives.length;
    if (fp <= MAX_FALSE_ALARMS) {
      threshold = Math.round(t * 100) / 100;
      break;
    }
  }
  const fp = negatives.filter((o) => o.rules || o.risk >= threshold).length / negatives.length;
  const recall = positives.filter((o) => o.rules || o.risk >= threshold).length / positives.length;
  console.log(
    `threshold ${threshold}: out of fold, rules + classifier recall ${(100 * recall).toFixed(1)} %, false alarms ${(100 * fp).toFixed(1)} %`,
  );
  const file = path.join(root, 'resources/safety/crisis-model.json');
  // Each retraining ships a new version, so a flag or a bench figure can say which model it used.
  const previous = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as { version?: number }) : {};
  const data = { ...trainCrisisModel(train, { threshold }), version: (previous.version ?? 0) + 1 };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(data) + '\n');
  console.log(
    `${file}: ${Object.keys(data.weights).length} features, trained on ${data.trainedOn.sentences} sentences in ${data.trainedOn.families} families (${data.trainedOn.crisis} crisis)`,
  );
}

main();
