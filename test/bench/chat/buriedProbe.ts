/**
 * Does a long message hide a crisis that is found when said alone? Every crisis message of the
 * READ fresh sets that fires alone is wrapped in everyday news (a sentence before, a softener
 * after, a clause joined by "men" or a comma, a following sentence without punctuation), and the
 * wrappings that make it stop firing are counted by the layer that found it alone. Unread sets
 * are left out, so their errors stay unseen.
 *
 *   node --import tsx test/bench/chat/buriedProbe.ts [wrapping]   (a wrapping name lists its losses)
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { assessRisk } from '../../../electron/core/chat/safety/index.js';
import { FRESH_ROUNDS, type FreshItem } from './freshRounds.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const lower = (t: string): string => t.charAt(0).toLowerCase() + t.slice(1);
const WRAPPINGS: readonly [string, (t: string) => string][] = [
  ['sentenceBefore', (t) => `Hadde prøve på skolen i dag, det gikk dårlig. Læreren var sur. ${t}`],
  ['familyBefore', (t) => `Mamma og pappa har krangla hele helga. ${t}`],
  ['softenerAfter', (t) => `${t.replace(/[.!?]*$/, '')}. Men det går fint, uansett.`],
  ['laughAfter', (t) => `${t.replace(/[.!?]*$/, '')} haha. Anyway, hva skjer med deg?`],
  ['menJoin', (t) => `Jobben gikk fint i dag, men ${lower(t)}`],
  ['commaJoin', (t) => `Spilte FIFA med broren min og tapte, ${lower(t)}`],
  ['runOnAfter', (t) => `${t.replace(/[.!?]*$/, '')} Skal på skolen i morgen.`],
];

const layerOf = (matched: readonly string[]): string =>
  matched.every((m) => m.startsWith('model.'))
    ? 'classifier'
    : matched.every((m) => m.startsWith('model.') || m.startsWith('concept.'))
      ? 'concepts'
      : 'rules';

const listed = process.argv[2];
const lost: Record<string, Record<string, number>> = {};
let alone = 0;
for (const [, file] of FRESH_ROUNDS) {
  const set = JSON.parse(fs.readFileSync(path.join(here, file), 'utf8')) as { read?: string; crisis: FreshItem[] };
  if (!set.read) continue;
  for (const c of set.crisis) {
    if (c.afterCheckIn) continue;
    const a = assessRisk(c.text);
    if (a.level === 'none') continue;
    alone++;
    for (const [name, wrap] of WRAPPINGS) {
      if (assessRisk(wrap(c.text)).level !== 'none') continue;
      const byLayer = (lost[name] ??= {});
      byLayer[layerOf(a.matched)] = (byLayer[layerOf(a.matched)] ?? 0) + 1;
      if (listed === name) console.log(`  ${a.matched.join(',')} | ${wrap(c.text)}`);
    }
  }
}
console.log(
  `crisis messages of READ sets found alone: ${alone}; lost when wrapped, by the layer that found them alone:`,
);
for (const [name] of WRAPPINGS) console.log(`  ${name.padEnd(15)} ${JSON.stringify(lost[name] ?? {})}`);
