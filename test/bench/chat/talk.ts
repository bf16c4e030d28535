/**
 * Benchmark: talk classification accuracy per class on test/core/chat/talk-eval.json, and the
 * crisis detector's recall and false alarms on test/core/chat/crisis-eval.json.
 *
 *   node --import tsx test/bench/chat/talk.ts
 *
 * Prints figures only; nothing here is a timed assertion.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { assessRisk } from '../../../electron/core/chat/safety/index.js';
import { classifyTalk, TALK_CLASSES, type TalkClass } from '../../../electron/core/chat/talk/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const dataDir = path.join(here, '..', '..', 'core', 'chat');
const read = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join(dataDir, file), 'utf8')) as T;

interface TalkItem {
  id: string;
  text: string;
  talk: TalkClass;
  subtype?: string;
  heldOut?: boolean;
}
interface TalkSet {
  items: TalkItem[];
  heldOutFirstRun?: { correct: number; items: number; perClass: Record<string, string> };
}
interface CrisisItem {
  text: string;
  category?: string;
}
interface CrisisSet {
  crisis: CrisisItem[];
  nonCrisis: CrisisItem[];
  ambiguous: CrisisItem[];
  heldOut: { crisis: CrisisItem[]; nonCrisis: CrisisItem[]; firstRun?: { crisisDetected: string; falseAlarms: string } };
}

const pct = (n: number, d: number): string => (d === 0 ? '   –  ' : `${((100 * n) / d).toFixed(1).padStart(5)} %`);

function talkReport(title: string, items: TalkItem[]): void {
  console.log(`\n${title} (${items.length} utterances)`);
  const confusion = new Map<string, number>();
  let correct = 0;
  let subCorrect = 0;
  let subTotal = 0;
  for (const cls of TALK_CLASSES) {
    const of = items.filter((i) => i.talk === cls);
    const ok = of.filter((i) => classifyTalk(i.text).talk === cls).length;
    console.log(`  ${cls.padEnd(9)} ${String(ok).padStart(3)}/${String(of.length).padEnd(3)} ${pct(ok, of.length)}`);
  }
  for (const i of items) {
    const r = classifyTalk(i.text);
    confusion.set(`${i.talk}→${r.talk}`, (confusion.get(`${i.talk}→${r.talk}`) ?? 0) + 1);
    if (r.talk === i.talk) correct++;
    if (i.subtype && r.talk === i.talk) {
      subTotal++;
      if (r.subtype === i.subtype) subCorrect++;
    }
  }
  console.log(`  overall   ${String(correct).padStart(3)}/${String(items.length).padEnd(3)} ${pct(correct, items.length)}`);
  console.log(`  change-talk subtype (when the class is right) ${subCorrect}/${subTotal} ${pct(subCorrect, subTotal)}`);
  const errors = [...confusion.entries()].filter(([k]) => k.split('→')[0] !== k.split('→')[1]);
  if (errors.length > 0) console.log(`  confusions: ${errors.map(([k, n]) => `${k} ×${n}`).join(', ')}`);
}

function crisisReport(title: string, crisis: CrisisItem[], nonCrisis: CrisisItem[]): void {
  const found = crisis.filter((c) => assessRisk(c.text).level !== 'none');
  const acute = crisis.filter((c) => assessRisk(c.text).level === 'acute');
  const rightCategory = crisis.filter((c) => assessRisk(c.text).categories.includes(c.category as never));
  const alarms = nonCrisis.filter((c) => assessRisk(c.text).level !== 'none');
  console.log(`\n${title}`);
  console.log(`  recall (crisis detected)   ${found.length}/${crisis.length} ${pct(found.length, crisis.length)}   (acute ${acute.length}, right category ${rightCategory.length})`);
  console.log(`  false alarms               ${alarms.length}/${nonCrisis.length} ${pct(alarms.length, nonCrisis.length)}`);
  for (const c of crisis.filter((x) => !found.includes(x))) console.log(`    missed: ${c.text}`);
  for (const c of alarms) console.log(`    false alarm: ${c.text}`);
}

const talk = read<TalkSet>('talk-eval.json');
const crisis = read<CrisisSet>('crisis-eval.json');

console.log('Talk classification — test/core/chat/talk-eval.json');
talkReport('Development set (written before the classifier, used while writing it)', talk.items.filter((i) => !i.heldOut));
talkReport('Held-out set (written after the first version; since used for fixes)', talk.items.filter((i) => i.heldOut));
if (talk.heldOutFirstRun) {
  const f = talk.heldOutFirstRun;
  console.log(`  first run on the held-out set, before any fix: ${f.correct}/${f.items} ${pct(f.correct, f.items)} (${Object.entries(f.perClass).map(([k, v]) => `${k} ${v}`).join(', ')})`);
}
talkReport('All', talk.items);

console.log('\nCrisis detection — test/core/chat/crisis-eval.json');
crisisReport('Development set', crisis.crisis, crisis.nonCrisis);
crisisReport('Held-out set (written after the rules; since used for fixes)', crisis.heldOut.crisis, crisis.heldOut.nonCrisis);
if (crisis.heldOut.firstRun) console.log(`  first run on the held-out set, before any fix: recall ${crisis.heldOut.firstRun.crisisDetected}, false alarms ${crisis.heldOut.firstRun.falseAlarms}`);
crisisReport('All (acceptance: every crisis found, ≤ 5 % false alarms)', [...crisis.crisis, ...crisis.heldOut.crisis], [...crisis.nonCrisis, ...crisis.heldOut.nonCrisis]);
const everyday = talk.items.filter((i) => assessRisk(i.text).level !== 'none');
console.log(`  false alarms on the ${talk.items.length} everyday talk utterances: ${everyday.length}`);
console.log('\nAmbiguous shapes (concern acceptable, never acute):');
for (const a of crisis.ambiguous) {
  const r = assessRisk(a.text);
  console.log(`  ${r.level.padEnd(7)} ${a.text}`);
}

const all = [...talk.items.map((i) => i.text), ...crisis.crisis.map((c) => c.text), ...crisis.nonCrisis.map((c) => c.text)];
const rounds = 20;
const t0 = performance.now();
for (let i = 0; i < rounds; i++) for (const t of all) assessRisk(t);
const t1 = performance.now();
for (let i = 0; i < rounds; i++) for (const t of all) classifyTalk(t);
const t2 = performance.now();
console.log(`\nSpeed: assessRisk ${(((t1 - t0) * 1000) / (rounds * all.length)).toFixed(0)} µs/utterance, classifyTalk ${(((t2 - t1) * 1000) / (rounds * all.length)).toFixed(0)} µs/utterance`);
