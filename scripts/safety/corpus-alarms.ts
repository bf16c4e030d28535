/**
 * The whole detector on the development families (never the held-out ones): misses and false
 * alarms, for working on the rules and concepts.
 *
 *   node --import tsx scripts/safety/corpus-alarms.ts
 */
import { assessRisk } from '../../electron/core/chat/safety/index.js';
import { readCorpus, sentencesOf } from './corpus.js';

const dev = sentencesOf(readCorpus().filter((f) => !f.heldOut));
const crisis = dev.filter((s) => s.category !== 'none');
const safe = dev.filter((s) => s.category === 'none');
const concept = (t: string) => assessRisk(t, { model: null });
const missed = crisis.filter((s) => concept(s.text).level === 'none');
const alarms = safe.filter((s) => concept(s.text).level !== 'none');
console.log(
  `rules + concepts (no classifier): recall ${crisis.length - missed.length}/${crisis.length}, false alarms ${alarms.length}/${safe.length}`,
);
for (const s of alarms) console.log(`  false alarm (${concept(s.text).matched.join(',')}): ${s.text}`);
if (process.argv.includes('--misses')) for (const s of missed) console.log(`  missed (${s.family}): ${s.text}`);
