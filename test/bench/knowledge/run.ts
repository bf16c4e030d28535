/**
 * Knowledge retrieval benchmark: `node --import tsx test/bench/knowledge/run.ts [--verbose]`
 *
 * Prints top-1 and top-3 document accuracy, both error rates of the answer gate (in-scope answered
 * "none", out-of-scope answered) and the time per question (mean, p95) on the tuning set
 * (questions.json), two held-out sets and two fresh sets, for lexical (FTS5/bm25, the keyword path)
 * and hybrid retrieval with a deterministic character-n-gram stand-in embedder. The fresh sets'
 * misses are printed only with --show-fresh / --show-fresh-2; the first fresh set's misses were read
 * in round 3 to find classes of failure, so questions-fresh-2.json (written before that round) is
 * the untouched one, and questions-fresh-3.json (written before round 4) and questions-fresh-4.json
 * (written before the weak-hit round), questions-fresh-5.json (written before the gate-evidence
 * round) and questions-fresh-6.json (written before the no-answer-on-unseen-wording round) likewise.
 * questions-fresh-7.json to questions-fresh-11.json are study sets of that round (written during it,
 * their misses read to find kinds of failure; --show-fresh-7 … --show-fresh-11), and fresh-2 to
 * fresh-5, whose "no answer" questions were studied in it, joined the calibration pool.
 * questions-fresh-12.json (situational wording, written before the situational-wording round) is
 * not tuned on in its round (--show-fresh-12); questions-fresh-13.json to questions-fresh-15.json are
 * that round's study sets (their misses were read; --show-fresh-13 … --show-fresh-15). In the
 * situation-concept round fresh-12 became a study set too (its misses read by kind), and
 * questions-fresh-16.json (chat messages, written before that round) is the one never tuned on
 * (--show-fresh-16); it was written by the helper who then wrote the situation table, so its figure
 * is optimistic (fresh-6, by another hand, is the sterner unseen check). In the short round of helper
 * kb9 fresh-16 became a study set and questions-fresh-17.json (written before it) is never tuned on
 * (--show-fresh-17). In the round of helper kb10 fresh-17 became a study set (its "no answer"
 * questions and accepted out-of-scope ones read by kind) and questions-fresh-18.json (written
 * before that round by the helper, typed as different young people would) is never tuned on
 * (--show-fresh-18). In the round of helper kb11 fresh-18 became a study set and
 * questions-fresh-19.json (chat messages written before that round) is never tuned on
 * (--show-fresh-19). In the short round of helper kb12 fresh-6 became a study set (its four "no answer"
 * questions read by kind) and joined the calibration pool. questions-fresh-20.json (tester-style, from
 * the titles only, written before the round of helper kb13) was scored once before that round
 * (its firstRun field) and then became its study set (--show-fresh-20). `--calibrate` sweeps the answer gate and the weak-hit
 * thresholds on the tuning sets only (questions.json, questions-heldout.json, questions-fresh.json);
 * `--verbose` lists misses (held-out-2 only with --show-heldout). Every set's line says how many
 * in-scope and out-of-scope questions got a weak hit (offered with a caveat); an out-of-scope weak
 * hit counts as accepted.
 * Targets (issue 22, keyword path): top-3 ≥ 95 % tuning, ≥ 90 % held out, out-of-scope rejected
 * ≥ 95 %, p95 < 5 ms per question on one core. `npm run bench:knowledge` runs it with
 * `--single-threaded` (as bench:safety-speed does): V8 then compiles and collects garbage on the
 * thread that searches, so the times are one core's. Without it, V8's background compiler and
 * marker threads run during a set (after the tuning set warmed the code up) and their CPU time and
 * the contention on a 2-core machine land on a few questions: 3–9 ms on 2 of the first held-out
 * set's 34, its p95, while the same questions take about 1 ms with the flag or when run again.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  loadKnowledgeBase,
  buildKnowledgeIndex,
  openMemoryKnowledgeDb,
  defaultKnowledgeDir,
  type KnowledgeIndex,
  type SearchOptions,
  type GateThresholds,
} from '../../../electron/core/knowledge/index.js';
import { hashingEmbedder } from '../../core/knowledge/hashingEmbedder.js';

interface Questions {
  inScope: { q: string; doc: string; asker: string }[];
  outOfScope: { q: string; family?: string }[];
}

const here = path.dirname(fileURLToPath(import.meta.url));
const load = (name: string) =>
  JSON.parse(fs.readFileSync(path.join(here, '../../core/knowledge', name), 'utf8')) as Questions;
const SETS: [string, Questions][] = [
  ['questions.json (tuning set)', load('questions.json')],
  [
    'questions-heldout.json (first held-out set; seen during earlier tuning, optimistic)',
    load('questions-heldout.json'),
  ],
  ['questions-heldout-2.json (held out; wording never used, misses read in round 3)', load('questions-heldout-2.json')],
  [
    "questions-fresh.json (fresh set in young people's words; its misses were read in round 3, not its wording copied)",
    load('questions-fresh.json'),
  ],
  ['questions-fresh-2.json (second fresh set, written before round 3, never tuned on)', load('questions-fresh-2.json')],
  ['questions-fresh-3.json (third fresh set, written before round 4, never tuned on)', load('questions-fresh-3.json')],
  [
    'questions-fresh-4.json (fourth fresh set, written before the weak-hit round, never tuned on)',
    load('questions-fresh-4.json'),
  ],
  [
    'questions-fresh-5.json (fifth fresh set, out-of-scope near the topics, written before the gate-evidence round, never tuned on)',
    load('questions-fresh-5.json'),
  ],
  [
    'questions-fresh-6.json (sixth fresh set, written before the no-answer-on-unseen-wording round; a study set of the kb12 round: its "no answer" questions were read)',
    load('questions-fresh-6.json'),
  ],
  [
    'questions-fresh-7.json (seventh fresh set, a study set of the no-answer-on-unseen-wording round: its misses were read)',
    load('questions-fresh-7.json'),
  ],
  [
    'questions-fresh-8.json (eighth fresh set, a second study set of the no-answer-on-unseen-wording round: its misses were read)',
    load('questions-fresh-8.json'),
  ],
  [
    'questions-fresh-9.json (ninth fresh set, a third study set of the no-answer-on-unseen-wording round, much nynorsk: its misses were read)',
    load('questions-fresh-9.json'),
  ],
  [
    'questions-fresh-10.json (tenth fresh set, a fourth study set of the no-answer-on-unseen-wording round, search-box style: its misses were read)',
    load('questions-fresh-10.json'),
  ],
  [
    'questions-fresh-11.json (eleventh fresh set, a fifth study set of the no-answer-on-unseen-wording round, indirect wording: its misses were read)',
    load('questions-fresh-11.json'),
  ],
  [
    'questions-fresh-12.json (twelfth fresh set, situational wording, written before the situational-wording round; a study set of the situation-concept round: its misses were read)',
    load('questions-fresh-12.json'),
  ],
  [
    'questions-fresh-13.json (thirteenth fresh set, a study set of the situational-wording round: its misses were read)',
    load('questions-fresh-13.json'),
  ],
  [
    'questions-fresh-14.json (fourteenth fresh set, a second study set of the situational-wording round: its misses were read)',
    load('questions-fresh-14.json'),
  ],
  [
    'questions-fresh-15.json (fifteenth fresh set, a third study set of the situational-wording round: its misses were read)',
    load('questions-fresh-15.json'),
  ],
  [
    'questions-fresh-16.json (sixteenth fresh set, chat messages, mostly situational, written before the situation-concept round; a study set of the kb9 round: its misses were read)',
    load('questions-fresh-16.json'),
  ],
  [
    'questions-fresh-17.json (seventeenth fresh set, two thirds situational, written before the short round of helper kb9; a study set of the kb10 round: its misses were read)',
    load('questions-fresh-17.json'),
  ],
  [
    'questions-fresh-18.json (eighteenth fresh set, two thirds situational, typed by different hands, written before the round of helper kb10; a study set of the kb11 round: its misses were read)',
    load('questions-fresh-18.json'),
  ],
  [
    'questions-fresh-19.json (nineteenth fresh set, chat messages with inversions and references back, written before the round of helper kb11, never tuned on)',
    load('questions-fresh-19.json'),
  ],
  [
    'questions-fresh-20.json (twentieth fresh set, tester-style: plain, own words, employer and counselor askers, nynorsk, typos, slang; written before the round of helper kb13 from the titles only; a study set of that round: its misses were read)',
    load('questions-fresh-20.json'),
  ],
];
const verbose = process.argv.includes('--verbose');
/**
 * Misses are listed (with --verbose) for the tuning sets only; every other set's misses only with
 * --show-<set>, its file name without "questions-" and ".json" (--show-fresh-6, --show-heldout-2,
 * also --show-heldout for it), so nobody reads a held-out set's misses by accident.
 */
const ALWAYS_LISTED = new Set(['questions.json', 'questions-heldout.json']);
function missesListed(label: string): boolean {
  const file = /questions[\w-]*\.json/.exec(label)?.[0] ?? '';
  if (ALWAYS_LISTED.has(file)) return true;
  const set = file.replace(/^questions-/, '').replace(/\.json$/, '');
  return process.argv.includes(`--show-${set}`) || (set === 'heldout-2' && process.argv.includes('--show-heldout'));
}

async function evaluate(label: string, index: KnowledgeIndex, questions: Questions, options: SearchOptions = {}) {
  let top1 = 0;
  let top3 = 0;
  let falseNone = 0;
  let weak = 0;
  const misses: string[] = [];
  const times: number[] = [];
  /** CPU time of the process per question (ms): what one core spends, whatever else the machine runs. */
  const cpu: number[] = [];
  const cpuMs = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1000;
  const started = performance.now();
  for (const { q, doc } of questions.inScope) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const r = await index.search(q, { ...options, limit: 20 });
    cpu.push(cpuMs(process.cpuUsage(c0)));
    times.push(performance.now() - t0);
    if (r.answer === 'passages' && r.weak) weak++;
    const docs = [...new Set(r.passages.map((p) => p.docId))];
    if (r.answer === 'none') falseNone++;
    if (docs[0] === doc) top1++;
    if (docs.slice(0, 3).includes(doc)) top3++;
    else
      misses.push(
        `  miss  [${r.answer} c=${r.confidence}] ${q}\n        want ${doc}, got ${docs.slice(0, 3).join(', ') || '—'}`,
      );
  }
  let rejected = 0;
  let weakOut = 0;
  const leaks: string[] = [];
  for (const { q } of questions.outOfScope) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const r = await index.search(q, options);
    cpu.push(cpuMs(process.cpuUsage(c0)));
    times.push(performance.now() - t0);
    if (r.answer === 'none') rejected++;
    else {
      if (r.weak) weakOut++;
      leaks.push(`  leak  [${r.weak ? 'weak' : 'confident'} c=${r.confidence}] ${q} → ${r.passages[0]?.docId}`);
    }
  }
  const ms = performance.now() - started;
  const n = questions.inScope.length;
  const m = questions.outOfScope.length;
  const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)} %`;
  console.log(`\n${label}`);
  console.log(`  in-scope questions:      ${n}`);
  console.log(`  top-1 document:          ${top1}/${n} = ${pct(top1, n)}`);
  console.log(`  top-3 document:          ${top3}/${n} = ${pct(top3, n)}   (target ≥ 90 %)`);
  console.log(`  in-scope answered none:  ${falseNone}/${n} = ${pct(falseNone, n)}   (false "no answer")`);
  console.log(`  in-scope weak hits:      ${weak}/${n} = ${pct(weak, n)}   (offered with a caveat)`);
  console.log(
    `  out-of-scope rejected:   ${rejected}/${m} = ${pct(rejected, m)}   (accepted: ${pct(m - rejected, m)}, of them as weak hits ${weakOut}/${m} = ${pct(weakOut, m)})`,
  );
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const p95 = times[Math.min(times.length - 1, Math.floor(0.95 * times.length))] ?? 0;
  const cpuP95 = cpu[Math.min(cpu.length - 1, Math.floor(0.95 * cpu.length))] ?? 0;
  console.log(
    `  time per question:       mean ${(ms / (n + m)).toFixed(2)} ms, p95 ${p95.toFixed(2)} ms wall clock; CPU p95 ${cpuP95.toFixed(2)} ms`,
  );
  if (verbose && missesListed(label)) for (const line of [...misses, ...leaks]) console.log(line);
  return {
    top1: top1 / n,
    top3: top3 / n,
    rejected: rejected / m,
    falseNone: falseNone / n,
    weakIn: weak / n,
    weakOut: weakOut / m,
    p95,
    cpuP95,
  };
}

/**
 * `--calibrate`: sweeps the answer gate on the TUNING set only, with grouped splits: in-scope
 * questions are grouped by their document and out-of-scope ones by their family (weather, sport,
 * ...), and the groups are dealt into five folds. For each fold the setting with the lowest cost
 * (2 × false "no answer" + false acceptance) on the other four folds is chosen and scored on the
 * held fold, so the printed cross-validated error rates are those of a gate chosen without seeing
 * the kind of question it is scored on. Then the best setting on the whole tuning set is printed.
 */
interface GateResult {
  none: boolean[];
  top3: boolean[];
  accepted: boolean[];
}

async function calibrate(index: KnowledgeIndex, questions: Questions) {
  console.log(
    '\nCalibration of the answer gate and the weak-hit band on the tuning sets (questions.json, questions-heldout.json, questions-fresh.json to -18 and -20; grouped 5-fold splits)',
  );
  // The specific-evidence rule of the answer and weak-hit gates (gate-evidence round), with the
  // answer gate's evidence one step either side; the weak-hit band as calibrated before.
  // The weak-hit band (no-answer-on-unseen-wording round): how far below the answer gate's
  // topicality, coverage and evidence a passage with specific words of the question is still offered.
  const grid: Partial<GateThresholds>[] = [];
  for (const weakTopicality of [2.0, 1.5])
    for (const weakCoverage of [0.25, 0.35])
      for (const weakEvidence of [2.8, 3.5])
        for (const weakFullEvidence of [1.5, 2.0, 2.4, 2.8, 3.5])
          grid.push({ weakTopicality, weakCoverage, weakEvidence, weakFullEvidence, weakSpecific: 1 });
  // The least rarity a recognised need counts with (situation-concept round; 0: its own rarity).
  for (const needIdf of [0, 2.5, 2.8, 4.0]) grid.push({ needIdf });
  // The coverage a topical passage needs to answer on a single specific word when the question
  // also names a thing the knowledge base has never seen (round of helper kb10; 0: off).
  for (const singleCoverage of [0.38, 0.4, 0.42, 0.45, 0.5]) grid.push({ singleCoverage });
  const results: GateResult[] = [];
  for (const gate of grid) {
    const r: GateResult = { none: [], top3: [], accepted: [] };
    for (const { q, doc } of questions.inScope) {
      const a = await index.search(q, { gate, limit: 20 });
      r.none.push(a.answer === 'none');
      r.top3.push([...new Set(a.passages.map((p) => p.docId))].slice(0, 3).includes(doc));
    }
    for (const { q } of questions.outOfScope) r.accepted.push((await index.search(q, { gate })).answer !== 'none');
    results.push(r);
  }
  const groupsIn = questions.inScope.map((x) => `doc:${x.doc}`);
  const groupsOut = questions.outOfScope.map((x) => `family:${x.family ?? x.q}`);
  const names = [...new Set([...groupsIn, ...groupsOut])].sort();
  const fold = new Map(names.map((g, i) => [g, i % 5]));
  const foldIn = groupsIn.map((g) => fold.get(g) ?? 0);
  const foldOut = groupsOut.map((g) => fold.get(g) ?? 0);
  const rates = (r: GateResult, keep: (f: number) => boolean) => {
    let n = 0,
      none = 0,
      top3 = 0,
      m = 0,
      acc = 0;
    r.none.forEach((v, i) => {
      if (keep(foldIn[i] ?? 0)) {
        n++;
        if (v) none++;
        if (r.top3[i]) top3++;
      }
    });
    r.accepted.forEach((v, i) => {
      if (keep(foldOut[i] ?? 0)) {
        m++;
        if (v) acc++;
      }
    });
    return { n, none, top3, m, acc, cost: (2 * none) / Math.max(1, n) + acc / Math.max(1, m) };
  };
  const describe = (g: Partial<GateThresholds>) =>
    g.singleCoverage !== undefined
      ? `singleCoverage ${g.singleCoverage} (weak band as shipped)`
      : g.needIdf !== undefined
        ? `needIdf ${g.needIdf} (weak band as shipped)`
        : `weakTop ${g.weakTopicality} weakCov ${g.weakCoverage} weakEv ${g.weakEvidence} weakFullEv ${g.weakFullEvidence}`;
  let cvN = 0,
    cvNone = 0,
    cvTop3 = 0,
    cvM = 0,
    cvAcc = 0;
  for (let f = 0; f < 5; f++) {
    let best = 0;
    results.forEach((r, i) => {
      if (rates(r, (x) => x !== f).cost < rates(results[best]!, (x) => x !== f).cost) best = i;
    });
    const held = rates(results[best]!, (x) => x === f);
    cvN += held.n;
    cvNone += held.none;
    cvTop3 += held.top3;
    cvM += held.m;
    cvAcc += held.acc;
    console.log(
      `  fold ${f + 1}: chose ${describe(grid[best]!)} → held fold: false none ${held.none}/${held.n}, top-3 ${held.top3}/${held.n}, false accept ${held.acc}/${held.m}`,
    );
  }
  const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)} %`;
  console.log(
    `  cross-validated: false "no answer" ${pct(cvNone, cvN)}, top-3 ${pct(cvTop3, cvN)}, out-of-scope rejected ${pct(cvM - cvAcc, cvM)}`,
  );
  const ranked = results.map((r, i) => ({ i, all: rates(r, () => true) })).sort((a, b) => a.all.cost - b.all.cost);
  console.log('  best settings on the whole tuning set:');
  for (const { i, all } of ranked.slice(0, 12))
    console.log(
      `    ${describe(grid[i]!)} | false none ${pct(all.none, all.n)}, top-3 ${pct(all.top3, all.n)}, rejected ${pct(all.m - all.acc, all.m)}`,
    );
}

async function main() {
  const kb = await loadKnowledgeBase(defaultKnowledgeDir());
  console.log(`Knowledge base: ${kb.documents.length} documents, ${kb.passages.length} passages`);

  const db1 = await openMemoryKnowledgeDb();
  const lexical = await buildKnowledgeIndex(db1, kb);
  console.log(`Lexical index built in ${lexical.stats.ms} ms`);
  if (process.argv.includes('--calibrate')) {
    // The tuning sets: questions.json, the first held-out set (seen during earlier tuning) and the
    // first fresh set (its misses were read in round 3), and fresh-2 to fresh-5, whose "no answer"
    // questions were studied in the no-answer-on-unseen-wording round, and its study sets fresh-7 to fresh-11.
    // Never held-out-2 or fresh-6 until the round of helper kb12 (below).
    // The situational-wording round's study sets fresh-13 to fresh-15 joined them, and fresh-12 in
    // the situation-concept round, fresh-16 in the short round of helper kb9, fresh-17 in the round of
    // helper kb10, fresh-18 in the round of helper kb11, fresh-6 in the round of helper kb12, fresh-20
    // in the round of helper kb13.
    // Never held-out-2 or fresh-19.
    const tuning = [0, 1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 22].map((i) => SETS[i]![1]);
    await calibrate(lexical, {
      inScope: tuning.flatMap((t) => t.inScope),
      outOfScope: tuning.flatMap((t) => t.outOfScope),
    });
    await db1.close();
    return;
  }
  // Warm-up: one pass over every question, so the timings below are not of JIT compilation.
  for (const [, qs] of SETS) for (const { q } of [...qs.inScope, ...qs.outOfScope]) await lexical.search(q);
  const a = [];
  for (const [name, qs] of SETS)
    a.push(await evaluate(`Lexical (FTS5 bm25, Norwegian stemming + decompounding) — ${name}`, lexical, qs));
  await db1.close();

  const db2 = await openMemoryKnowledgeDb();
  const hybrid = await buildKnowledgeIndex(db2, kb, {
    embedding: { embed: hashingEmbedder(), modelId: 'hashing-ngram-512' },
  });
  console.log(`\nHybrid index built in ${hybrid.stats.ms} ms (${hybrid.stats.embedded} passages embedded)`);
  const b = [];
  for (const [name, qs] of SETS)
    b.push(await evaluate(`Hybrid (RRF of bm25 and cosine, stand-in n-gram embedder) — ${name}`, hybrid, qs));
  await db2.close();

  const pct = (x: number | undefined) => `${(100 * (x ?? 0)).toFixed(1)} %`;
  const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
  console.log('\nKeyword path (lexical) against the issue-22 targets:');
  console.log(`  top-3 tuning ≥ 95 %:            ${verdict((a[0]?.top3 ?? 0) >= 0.95)} (${pct(a[0]?.top3)})`);
  console.log(
    `  top-3 held out 2 ≥ 90 %: ${verdict((a[2]?.top3 ?? 0) >= 0.9)} (${pct(a[2]?.top3)}; first held-out set ${pct(a[1]?.top3)})`,
  );
  for (let i = 3; i < SETS.length; i++) {
    const n = i - 2;
    const note = n === 19 ? '; never tuned on' : (n >= 6 && n <= 18) || n === 20 ? '; study set' : '';
    console.log(
      `  top-3 fresh set${n === 1 ? '' : ` ${n}`} ≥ 90 %:`.padEnd(34) +
        `${verdict((a[i]?.top3 ?? 0) >= 0.9)} (${pct(a[i]?.top3)}; in-scope answered none ${pct(a[i]?.falseNone)}${note})`,
    );
  }
  for (const [i, name] of [
    [0, 'tuning'],
    [1, 'held out 1'],
    [2, 'held out 2'],
    [3, 'fresh'],
    [4, 'fresh 2'],
    [5, 'fresh 3'],
    [6, 'fresh 4'],
    [7, 'fresh 5'],
    [8, 'fresh 6'],
    [9, 'fresh 7'],
    [10, 'fresh 8'],
    [11, 'fresh 9'],
    [12, 'fresh 10'],
    [13, 'fresh 11'],
    [14, 'fresh 12'],
    [15, 'fresh 13'],
    [16, 'fresh 14'],
    [17, 'fresh 15'],
    [18, 'fresh 16'],
    [19, 'fresh 17'],
    [20, 'fresh 18'],
    [21, 'fresh 19'],
    [22, 'fresh 20'],
  ] as const)
    console.log(
      `  out-of-scope rejected ≥ 95 % (${name}): ${verdict((a[i]?.rejected ?? 0) >= 0.95)} (${pct(a[i]?.rejected)}; weak hits: in-scope ${pct(a[i]?.weakIn)}, out-of-scope ${pct(a[i]?.weakOut)})`,
    );
  console.log(
    `  p95 < 5 ms per question:         ${verdict(Math.max(...a.map((x) => x.p95)) < 5)} (worst set p95 ${Math.max(...a.map((x) => x.p95)).toFixed(2)} ms wall clock, which depends on machine load; CPU time p95 ${Math.max(...a.map((x) => x.cpuP95)).toFixed(2)} ms)`,
  );
  console.log(
    `Hybrid (stand-in embedder) top-3: tuning ${pct(b[0]?.top3)}, held out 2 ${pct(b[2]?.top3)}, fresh ${pct(b[3]?.top3)}, fresh 2 ${pct(b[4]?.top3)}, fresh 3 ${pct(b[5]?.top3)}, fresh 4 ${pct(b[6]?.top3)}, fresh 5 ${pct(b[7]?.top3)}, fresh 6 ${pct(b[8]?.top3)}, fresh 7 ${pct(b[9]?.top3)}, fresh 8 ${pct(b[10]?.top3)}, fresh 9 ${pct(b[11]?.top3)}, fresh 10 ${pct(b[12]?.top3)}, fresh 11 ${pct(b[13]?.top3)}, fresh 12 ${pct(b[14]?.top3)}, fresh 13 ${pct(b[15]?.top3)}, fresh 14 ${pct(b[16]?.top3)}, fresh 15 ${pct(b[17]?.top3)}, fresh 16 ${pct(b[18]?.top3)}, fresh 17 ${pct(b[19]?.top3)}, fresh 18 ${pct(b[20]?.top3)}, fresh 19 ${pct(b[21]?.top3)}, fresh 20 ${pct(b[22]?.top3)}`,
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
