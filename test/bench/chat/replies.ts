/**
 * Benchmark: the reply checks of `inkludmi chat check` (candidateReplyReasons in
 * electron/core/chat/cli.ts, the very function the CLI answers with) on labelled candidate replies:
 *
 *   node --import tsx test/bench/chat/replies.ts
 *
 * Sets in this folder:
 *   - study sets (STUDY_REPLY_SETS in scripts/chat/reply-corpus.ts: replies-study.json,
 *     replies-fresh-1.json, unseen until the second round of fixes, replies-fresh-2.json, unseen
 *     until the third, replies-fresh-4.json, unseen until the fourth, and replies-fresh-5.json,
 *     unseen until the fifth): the checks were tuned on them, and their misses are printed;
 *   - every other replies-*.json: replies written before any change and never tuned on (only their
 *     figures are printed, so that nobody tunes on them by reading the misses).
 * A set is a list of items or {about, firstRun, replies: items}. Each item is {text, ok, kind}: ok true for a reply that may be shown, kind the sort of bad
 * reply ("advice", "blame", "english", …) or "good".
 *
 * Then the trained reply vote on its corpus (scripts/chat/reply-corpus), cross-validated with folds
 * grouped by paraphrase family, at the shipped threshold.
 *
 * Prints figures only; nothing here is a timed assertion.
 */
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { candidateReplyReasons } from '../../../electron/core/chat/cli.js';
import { defaultScrubber } from '../../../electron/core/scrub/index.js';
import replyModelData from '../../../resources/mi/reply-model.json' with { type: 'json' };
import { readReplyBenchSet, readReplyCorpus, STUDY_REPLY_SETS as STUDY } from '../../../scripts/chat/reply-corpus.js';
import { replyOutOfFold } from '../../../scripts/chat/reply-trainer.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const files = fs
  .readdirSync(here)
  .filter((f) => /^replies-.*\.json$/.test(f))
  .sort((a, b) => Number(STUDY.has(b)) - Number(STUDY.has(a)) || (a < b ? -1 : 1));
const scrubber = defaultScrubber();
const pct = (n: number, d: number): string => (d === 0 ? '  -  ' : `${((100 * n) / d).toFixed(1).padStart(5)} %`);

let checked = 0;
const started = performance.now();
for (const file of files) {
  const { items, firstRun } = readReplyBenchSet(path.join(here, file));
  const study = STUDY.has(file);
  const byKind = new Map<string, { n: number; right: number }>();
  const misses: string[] = [];
  /** Replies refused by the trained vote alone (its codes and nothing else), good and bad. */
  const voteOnly = { good: 0, bad: 0 };
  for (const item of items) {
    const reasons = candidateReplyReasons(item.text, scrubber);
    checked++;
    const withoutVote = candidateReplyReasons(item.text, scrubber, { vote: false });
    if (reasons.length > 0 && withoutVote.length === 0) voteOnly[item.ok ? 'good' : 'bad']++;
    const right = item.ok ? reasons.length === 0 : reasons.length > 0;
    const k = byKind.get(item.kind) ?? { n: 0, right: 0 };
    k.n++;
    if (right) k.right++;
    byKind.set(item.kind, k);
    if (!right && study)
      misses.push(
        `  ${item.ok ? 'refused good' : `passed ${item.kind}`}: ${item.text}${item.ok ? ` [${reasons.join(',')}]` : ''}`,
      );
  }
  const good = items.filter((i) => i.ok);
  const bad = items.filter((i) => !i.ok);
  const goodRight = byKind.get('good')?.right ?? 0;
  const badRight = [...byKind.entries()].filter(([k]) => k !== 'good').reduce((a, [, v]) => a + v.right, 0);
  console.log(`\n${file} (${study ? 'study' : 'unseen'}): ${items.length} replies`);
  if (firstRun) console.log(`  first run: ${firstRun}`);
  console.log(`  good accepted ${String(goodRight).padStart(3)}/${good.length}  ${pct(goodRight, good.length)}`);
  console.log(`  bad refused   ${String(badRight).padStart(3)}/${bad.length}  ${pct(badRight, bad.length)}`);
  console.log(`  refused by the reply vote alone: good ${voteOnly.good}, bad ${voteOnly.bad}`);
  for (const [kind, v] of [...byKind.entries()].filter(([k]) => k !== 'good').sort(([a], [b]) => (a < b ? -1 : 1)))
    console.log(`    ${kind.padEnd(10)} refused ${String(v.right).padStart(2)}/${v.n}`);
  if (study && misses.length > 0) console.log(`  misses:\n${misses.join('\n')}`);
}

console.log(
  `\n${checked} replies checked, ${((performance.now() - started) / checked).toFixed(2)} ms per reply (with the lists-only rerun)`,
);

const corpus = readReplyCorpus();
const { threshold, version } = replyModelData as { threshold: number; version: number };
const oof = replyOutOfFold(corpus).map(({ sentence, model }) => ({
  label: sentence.label,
  risk: model.vote(sentence.text).risk,
}));
const goodOof = oof.filter((o) => o.label === 'ok');
const badOof = oof.filter((o) => o.label !== 'ok');
console.log(
  `\nreply vote v${version}, grouped 5-fold CV on ${corpus.length} replies in ${new Set(corpus.map((s) => s.family)).size} families, threshold ${threshold}:`,
);
console.log(`  good refused ${goodOof.filter((o) => o.risk >= threshold).length}/${goodOof.length}`);
for (const label of [...new Set(badOof.map((o) => o.label))].sort()) {
  const of = badOof.filter((o) => o.label === label);
  console.log(`  ${label.padEnd(13)} refused ${of.filter((o) => o.risk >= threshold).length}/${of.length}`);
}
