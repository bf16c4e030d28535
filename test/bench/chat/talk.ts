/**
 * Benchmark: the crisis detector on the corpus in scripts/safety/corpus (cross-validation grouped
 * by paraphrase family, and the held-out families), talk classification accuracy, the older
 * labelled sets in test/core/chat, and the speed of the whole safety assessment.
 *
 *   node --import tsx test/bench/chat/talk.ts
 *
 * Prints figures only; nothing here is a timed assertion.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import {
  assessRisk,
  assessRules,
  defaultCrisisModel,
  type CrisisModel,
  RISK_CATEGORIES,
  type RiskAssessment,
} from '../../../electron/core/chat/safety/index.js';
import { readCorpus, sentencesOf, type CorpusSentence } from '../../../scripts/safety/corpus.js';
import { groupedOutOfFold } from '../../../scripts/safety/trainer.js';
import { classifyTalk, TALK_CLASSES, type TalkClass } from '../../../electron/core/chat/talk/index.js';
import { FRESH_ROUNDS, freshReport } from './freshRounds.js';

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
  heldOut: {
    crisis: CrisisItem[];
    nonCrisis: CrisisItem[];
    firstRun?: { crisisDetected: string; falseAlarms: string };
  };
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
  console.log(
    `  overall   ${String(correct).padStart(3)}/${String(items.length).padEnd(3)} ${pct(correct, items.length)}`,
  );
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
  console.log(
    `  recall (crisis detected)   ${found.length}/${crisis.length} ${pct(found.length, crisis.length)}   (acute ${acute.length}, right category ${rightCategory.length})`,
  );
  console.log(
    `  false alarms               ${alarms.length}/${nonCrisis.length} ${pct(alarms.length, nonCrisis.length)}`,
  );
  for (const c of crisis.filter((x) => !found.includes(x))) console.log(`    missed: ${c.text}`);
  for (const c of alarms) console.log(`    false alarm: ${c.text}`);
}

const talk = read<TalkSet>('talk-eval.json');
const crisis = read<CrisisSet>('crisis-eval.json');

console.log('Talk classification — test/core/chat/talk-eval.json');
talkReport(
  'Development set (written before the classifier, used while writing it)',
  talk.items.filter((i) => !i.heldOut),
);
talkReport(
  'Held-out set (written after the first version; since used for fixes)',
  talk.items.filter((i) => i.heldOut),
);
if (talk.heldOutFirstRun) {
  const f = talk.heldOutFirstRun;
  console.log(
    `  first run on the held-out set, before any fix: ${f.correct}/${f.items} ${pct(f.correct, f.items)} (${Object.entries(
      f.perClass,
    )
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')})`,
  );
}
talkReport('All', talk.items);

console.log('\nCrisis detection — test/core/chat/crisis-eval.json');
crisisReport('Development set', crisis.crisis, crisis.nonCrisis);
crisisReport(
  'Held-out set (written after the rules; since used for fixes)',
  crisis.heldOut.crisis,
  crisis.heldOut.nonCrisis,
);
if (crisis.heldOut.firstRun)
  console.log(
    `  first run on the held-out set, before any fix: recall ${crisis.heldOut.firstRun.crisisDetected}, false alarms ${crisis.heldOut.firstRun.falseAlarms}`,
  );
crisisReport(
  'All (acceptance: every crisis found, ≤ 5 % false alarms)',
  [...crisis.crisis, ...crisis.heldOut.crisis],
  [...crisis.nonCrisis, ...crisis.heldOut.nonCrisis],
);
const everyday = talk.items.filter((i) => assessRisk(i.text).level !== 'none');
console.log(`  false alarms on the ${talk.items.length} everyday talk utterances: ${everyday.length}`);
console.log('\nAmbiguous shapes (concern acceptable, never acute):');
for (const a of crisis.ambiguous) {
  const r = assessRisk(a.text);
  console.log(`  ${r.level.padEnd(7)} ${a.text}`);
}

const all = [
  ...talk.items.map((i) => i.text),
  ...crisis.crisis.map((c) => c.text),
  ...crisis.nonCrisis.map((c) => c.text),
];
const rounds = 20;
const t0 = performance.now();
for (let i = 0; i < rounds; i++) for (const t of all) assessRisk(t);
const t1 = performance.now();
for (let i = 0; i < rounds; i++) for (const t of all) classifyTalk(t);
const t2 = performance.now();
console.log(
  `\nSpeed: assessRisk ${(((t1 - t0) * 1000) / (rounds * all.length)).toFixed(0)} µs/utterance, classifyTalk ${(((t2 - t1) * 1000) / (rounds * all.length)).toFixed(0)} µs/utterance`,
);

// ─── The corpus: grouped cross-validation, held-out families, talk ──────────────────────────────
const ROWS = ['none', ...RISK_CATEGORIES] as const;

function detectorReport(title: string, scored: { s: CorpusSentence; r: RiskAssessment }[], showMisses: boolean): void {
  const crisis = scored.filter((x) => x.s.category !== 'none');
  const safe = scored.filter((x) => x.s.category === 'none');
  const found = crisis.filter((x) => x.r.level !== 'none');
  const alarms = safe.filter((x) => x.r.level !== 'none');
  console.log(`\n${title}: ${scored.length} sentences (${crisis.length} crisis, ${safe.length} not)`);
  console.log(
    `  crisis recall   ${String(found.length).padStart(4)}/${String(crisis.length).padEnd(4)} ${pct(found.length, crisis.length)}`,
  );
  console.log(
    `  false alarms    ${String(alarms.length).padStart(4)}/${String(safe.length).padEnd(4)} ${pct(alarms.length, safe.length)}`,
  );
  const levels = new Map<string, number>();
  for (const x of found) levels.set(x.r.level, (levels.get(x.r.level) ?? 0) + 1);
  console.log(`  levels of the found crisis: ${[...levels.entries()].map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log('  confusion (rows: true category; columns: none, or the category the detector named first)');
  console.log(`  ${''.padEnd(10)}${ROWS.map((c) => c.padStart(10)).join('')}`);
  for (const row of ROWS) {
    const of = scored.filter((x) => x.s.category === row);
    if (of.length === 0) continue;
    const cells = ROWS.map(
      (col) =>
        of.filter(
          (x) =>
            (x.r.level === 'none'
              ? 'none'
              : x.r.categories.includes(row as never)
                ? row
                : (x.r.categories[0] ?? 'none')) === col,
        ).length,
    );
    console.log(`  ${row.padEnd(10)}${cells.map((n) => String(n).padStart(10)).join('')}`);
  }
  if (showMisses) {
    for (const x of crisis.filter((c) => c.r.level === 'none').slice(0, 40))
      console.log(`    missed (${x.s.family}): ${x.s.text}`);
    for (const x of alarms.slice(0, 40))
      console.log(`    false alarm (${x.s.family}, ${x.r.matched.join(',')}): ${x.s.text}`);
  }
}

const families = readCorpus();
const dev = sentencesOf(families.filter((f) => !f.heldOut));
const heldOut = sentencesOf(families.filter((f) => f.heldOut));
console.log(
  `\n\n=== Crisis detector on scripts/safety/corpus: ${families.length} families, ${dev.length + heldOut.length} sentences (${[...dev, ...heldOut].filter((x) => x.category !== 'none').length} crisis); held out: ${families.filter((f) => f.heldOut).length} families, ${heldOut.length} sentences ===`,
);
const shipped = defaultCrisisModel();
console.log(`shipped model: threshold ${shipped.threshold}`);
const t0cv = performance.now();
const oof = groupedOutOfFold(dev);
console.log(
  `(5 folds grouped by family; the classifier is retrained per fold, ${((performance.now() - t0cv) / 1000).toFixed(0)} s; the rules are hand-written and the same in every fold)`,
);
detectorReport(
  'Grouped CV — whole detector (rules + classifier)',
  oof.map(({ sentence, model }) => ({
    s: sentence,
    r: assessRisk(sentence.text, { model: withThreshold(model, shipped.threshold) }),
  })),
  true,
);
detectorReport(
  'Grouped CV — layer 1 alone (rules + concept slots, no classifier)',
  oof.map(({ sentence }) => ({ s: sentence, r: assessRisk(sentence.text, { model: null }) })),
  false,
);
detectorReport(
  'Grouped CV — hand-written rules alone (lexicon.ts)',
  oof.map(({ sentence }) => ({ s: sentence, r: assessRules(sentence.text) })),
  false,
);
detectorReport(
  'Grouped CV — classifier alone',
  oof.map(({ sentence, model }) => ({
    s: sentence,
    r: assessRisk(sentence.text, { model: withThreshold(model, shipped.threshold) }).matched.some((m) =>
      m.startsWith('model.'),
    )
      ? { level: 'check_in', categories: [model.score(sentence.text).category], matched: [] }
      : { level: 'none', categories: [], matched: [] },
  })),
  false,
);
// Held-out families: never trained on. Their misses are NOT printed, so that running the bench
// does not show what one could tune against. Round 2's set (ids without "r3"/"r4") was written
// in the previous round (its misses were read in round 3); round 3's sets "r3." and "r4." were
// written before the concept layer, "r5." after it; the first run on each is recorded below.
const HELD_OUT_FIRST_RUN: Record<string, string> = {
  r3: 'recall 80/95 (84.2 %), false alarms 0/72 — before the concept layer (main at 200d88b)',
  r4: 'recall 33/40 (82.5 %), false alarms 2/30 — before the concept layer (main at 200d88b)',
  r5: 'recall 26/27 (96.3 %), false alarms 0/24 — written after the concept layer, first scored at commit f990a9a',
};
for (const [title, prefix] of [
  ['round 2 (previous round)', null],
  ['round 3, set r3', 'r3'],
  ['round 3, set r4', 'r4'],
  ['round 3, set r5', 'r5'],
] as const) {
  const set = heldOut.filter((s) => (prefix === null ? !/^r[345]/.test(s.family) : s.family.startsWith(prefix)));
  detectorReport(
    `Held-out families, ${title} (never trained on) — whole detector, shipped model`,
    set.map((s) => ({ s, r: assessRisk(s.text) })),
    false,
  );
  if (prefix) console.log(`  first run: ${HELD_OUT_FIRST_RUN[prefix]}`);
}

function withThreshold(model: CrisisModel, threshold: number): CrisisModel {
  Object.defineProperty(model, 'threshold', { value: threshold });
  return model;
}

function corpusTalk(title: string, items: CorpusSentence[]): void {
  const labelled = items.filter((x) => x.talk !== null && x.category === 'none');
  const ok = labelled.filter((x) => classifyTalk(x.text).talk === x.talk).length;
  console.log(`\n${title}: talk accuracy ${ok}/${labelled.length} ${pct(ok, labelled.length)}`);
  console.log('  confusion (rows: true class; columns: classified as)');
  console.log(`  ${''.padEnd(10)}${TALK_CLASSES.map((c) => c.padStart(10)).join('')}`);
  for (const row of TALK_CLASSES) {
    const of = labelled.filter((x) => x.talk === row);
    if (of.length === 0) continue;
    console.log(
      `  ${row.padEnd(10)}${TALK_CLASSES.map((col) => String(of.filter((x) => classifyTalk(x.text).talk === col).length).padStart(10)).join('')}`,
    );
  }
  const risky = items.filter((x) => x.category !== 'none');
  const change = risky.filter(
    (x) => classifyTalk(x.text, { riskFired: assessRisk(x.text).level !== 'none' }).talk === 'change',
  ).length;
  console.log(`  crisis sentences labelled change talk (with the risk guard): ${change}/${risky.length}`);
}
corpusTalk(
  'Talk on the corpus, development families (rule classifier, not trained; its cues were written with these families in view, so this is not an out-of-sample figure)',
  dev,
);
corpusTalk('Talk on the corpus, held-out families', heldOut);

// ─── Fresh paraphrases of the issue's examples, written after training ─────────────────────────
{
  const fresh = read<{ crisis: string[]; nonCrisis: string[] }>('../../bench/chat/fresh-paraphrases.json');
  const found = fresh.crisis.filter((t) => assessRisk(t).level !== 'none');
  const alarms = fresh.nonCrisis.filter((t) => assessRisk(t).level !== 'none');
  console.log(
    `\nFresh paraphrases of the issue's examples (test/bench/chat/fresh-paraphrases.json, written after training): recall ${found.length}/${fresh.crisis.length}, false alarms ${alarms.length}/${fresh.nonCrisis.length}`,
  );
  for (const t of fresh.crisis) console.log(`  ${assessRisk(t).level.padEnd(8)} ${t}`);
  for (const t of fresh.nonCrisis) console.log(`  ${assessRisk(t).level.padEnd(8)} (not crisis) ${t}`);
}

// ─── Fresh sets: written after training, never trained on, misses not printed until READ ───────
for (const [title, file] of FRESH_ROUNDS) freshReport(title, file);

// ─── Speed: the whole safety assessment of a 2,000-character message ───────────────────────────
// In its own process with V8 on one thread (--single-threaded: garbage collection and compilation
// run on the thread that assesses), so the CPU time measured is what one core spends.
execFileSync(process.execPath, ['--single-threaded', '--import', 'tsx', path.join(here, 'safetySpeed.ts')], {
  stdio: 'inherit',
});
