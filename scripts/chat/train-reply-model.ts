/**
 * Trains the reply stance vote on scripts/chat/reply-corpus and writes resources/mi/reply-model.json:
 *
 *   node --import tsx scripts/chat/train-reply-model.ts
 *
 * The threshold is chosen on out-of-fold scores (folds grouped by paraphrase family): the lowest
 * at which at most 1 % of the MI-consistent replies are refused by the vote, so it catches as
 * much as that allows. Prints the cross-validated figures at that threshold. Refuses to train on
 * a sentence that rewords a reply of the unseen benchmark sets.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { leaksIntoUnseen, readReplyCorpus } from './reply-corpus.js';
import { replyOutOfFold, trainReplyModel } from './reply-trainer.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const MAX_GOOD_REFUSED = 0.01;
const FOLDS = 5;

function main(): void {
  const corpus = readReplyCorpus();
  const leaks = leaksIntoUnseen(corpus, path.join(root, 'test/bench/chat'));
  if (leaks.length > 0) throw new Error(`corpus rewords unseen benchmark replies:\n${leaks.join('\n')}`);
  const oof = replyOutOfFold(corpus, FOLDS).map(({ sentence, model }) => ({
    sentence,
    vote: model.vote(sentence.text),
  }));
  const good = oof.filter((o) => o.sentence.label === 'ok');
  const bad = oof.filter((o) => o.sentence.label !== 'ok');
  // Just above the risk of the good reply ranked one past the 1 % allowed, to three decimals.
  const goodRisks = good.map((o) => o.vote.risk).sort((a, b) => b - a);
  const allowed = Math.floor(MAX_GOOD_REFUSED * goodRisks.length);
  const threshold = Math.min(0.999, Math.ceil(((goodRisks[allowed] ?? 0) + 1e-9) * 1000) / 1000);
  const refusedGood = good.filter((o) => o.vote.risk >= threshold).length;
  console.log(
    `grouped ${FOLDS}-fold CV, ${corpus.length} replies in ${new Set(corpus.map((s) => s.family)).size} families`,
  );
  console.log(`threshold ${threshold}: good refused ${refusedGood}/${good.length}`);
  const labels = [...new Set(bad.map((o) => o.sentence.label))].sort();
  for (const label of labels) {
    const of = bad.filter((o) => o.sentence.label === label);
    const caught = of.filter((o) => o.vote.risk >= threshold);
    const named = caught.filter((o) => o.vote.act === label);
    console.log(`  ${label.padEnd(13)} refused ${caught.length}/${of.length} (as ${label}: ${named.length})`);
  }
  const caught = bad.filter((o) => o.vote.risk >= threshold).length;
  console.log(`  all bad       refused ${caught}/${bad.length} (${((100 * caught) / bad.length).toFixed(1)} %)`);
  const file = path.join(root, 'resources/mi/reply-model.json');
  const previous = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as { version?: number }) : {};
  const data = { ...trainReplyModel(corpus, threshold), version: (previous.version ?? 0) + 1 };
  fs.writeFileSync(file, JSON.stringify(data) + '\n');
  console.log(`${file}: version ${data.version}, ${Object.keys(data.weights).length} features`);
}

main();
