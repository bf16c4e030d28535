/**
 * Figures on the held-out families whose id starts with a prefix (default "r3."), aggregate only:
 * it prints no sentences, so running it does not show the misses one could tune against.
 *
 *   node --import tsx scripts/safety/heldout-score.ts [prefix]
 */
import { assessRisk } from '../../electron/core/chat/safety/index.js';
import { classifyTalk } from '../../electron/core/chat/talk/index.js';
import { readCorpus, sentencesOf } from './corpus.js';

const prefix = process.argv[2] ?? 'r3';
const held = sentencesOf(readCorpus().filter((f) => f.heldOut && f.id.startsWith(prefix)));
const crisis = held.filter((s) => s.category !== 'none');
const safe = held.filter((s) => s.category === 'none');
const found = crisis.filter((s) => assessRisk(s.text).level !== 'none').length;
const alarms = safe.filter((s) => assessRisk(s.text).level !== 'none').length;
const byFamily = new Map<string, [number, number]>();
for (const s of held) {
  const hit = assessRisk(s.text).level !== 'none';
  const good = s.category === 'none' ? !hit : hit;
  const [ok, n] = byFamily.get(s.family) ?? [0, 0];
  byFamily.set(s.family, [ok + (good ? 1 : 0), n + 1]);
}
const talk = held.filter((s) => s.talk !== null);
const talkOk = talk.filter((s) => classifyTalk(s.text).talk === s.talk).length;
console.log(
  `held-out "${prefix}*": crisis recall ${found}/${crisis.length} (${((100 * found) / crisis.length).toFixed(1)} %), false alarms ${alarms}/${safe.length} (${((100 * alarms) / safe.length).toFixed(1)} %), talk ${talkOk}/${talk.length}`,
);
for (const [f, [ok, n]] of byFamily) console.log(`  ${f.padEnd(28)} right ${ok}/${n}`);
