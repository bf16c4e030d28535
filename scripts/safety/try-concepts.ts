/**
 * The concept layer (and the whole detector) on sentences given on the command line:
 *
 *   node --import tsx scripts/safety/try-concepts.ts "jeg har kniven klar"
 */
import { assessConcepts } from '../../electron/core/chat/safety/concepts.js';
import { assessRisk } from '../../electron/core/chat/safety/index.js';

for (const text of process.argv.slice(2)) {
  const c = assessConcepts(text);
  const all = assessRisk(text);
  console.log(`${c.level.padEnd(9)} ${all.level.padEnd(9)} ${[...all.matched].join(',')} | ${text}`);
}
