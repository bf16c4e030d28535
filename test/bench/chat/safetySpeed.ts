/**
 * Benchmark: the speed of the whole safety assessment of a 2,000-character message, as the chat
 * path calls it (orchestrator.ts, step 1). Run alone or from talk.ts:
 *
 *   node --import tsx test/bench/chat/safetySpeed.ts
 *   node --cpu-prof --import tsx test/bench/chat/safetySpeed.ts   (profile)
 *
 * "On one core": the assessment is synchronous JavaScript on the main thread (no worker, no
 * thread pool), so the CPU time the process spends during one assessment (process.cpuUsage,
 * user + system) is the time one core needs for it; it includes V8's own helper threads (GC,
 * compilation), so it is an upper bound. Prints figures only; nothing here is a timed assertion.
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { isMainThread } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { assessRisk, safetyContextOf, type SafetyTurn } from '../../../electron/core/chat/safety/index.js';
import { readCorpus, sentencesOf } from '../../../scripts/safety/corpus.js';

const q = (xs: readonly number[], p: number): string => {
  const sorted = [...xs].sort((a, b) => a - b);
  return (sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0).toFixed(2);
};

export function safetySpeedReport(runs = 600): void {
  // 2,000 characters of different everyday sentences from the corpus (no sentence repeated, so
  // no cache inside the detector sees the same sentence twice in one message), 40 such messages.
  const everydaySentences = sentencesOf(readCorpus())
    .filter((x) => x.category === 'none')
    .map((x) => x.text);
  const messages: string[] = [];
  for (let k = 0; k < 40; k++) {
    let m = '';
    for (let i = k * 17; m.length < 1950; i += 11) m += `${everydaySentences[i % everydaySentences.length] ?? ''}. `;
    messages.push(`${m.slice(0, 1950)} Jeg vet ikke helt hva jeg vil.`);
  }
  const length = (messages[0] as string).length;
  // The chat path: assessRisk on the raw text with the conversation read from the stored turns by
  // safetyContextOf, both timed, as the orchestrator calls them per turn.
  const turns: SafetyTurn[] = [
    { author: 'participant', body: 'Jeg har gitt bort en del ting i det siste.' },
    { author: 'assistant', body: 'Det høres ut som det har skjedd mye. Hva tenker du om det?' },
    { author: 'participant', body: 'Det går greit med skolen.' },
    { author: 'assistant', body: 'Så bra. Hva er det som gjør at det går greit?' },
    { author: 'participant', body: 'Hei igjen.' },
    { author: 'assistant', body: 'Hei! Hva vil du snakke om i dag?' },
  ];
  const chatPath = (text: string): void => {
    assessRisk(text, { conversation: safetyContextOf(turns) });
  };
  const measure = (): { cpu: number[]; wall: number[] } => {
    const wall: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < runs; i++) {
      const text = messages[i % messages.length] as string;
      const c = process.cpuUsage();
      const t = performance.now();
      chatPath(text);
      wall.push(performance.now() - t);
      const d = process.cpuUsage(c);
      cpu.push((d.user + d.system) / 1000);
    }
    return { cpu, wall };
  };
  for (let i = 0; i < 40; i++) chatPath(messages[i % messages.length] as string);
  const early = measure();
  for (let i = 0; i < 400; i++) chatPath(messages[i % messages.length] as string);
  const steady = measure();
  console.log(
    `\nSpeed (acceptance 5): the whole safety assessment as the chat path calls it (assessRisk with safetyContextOf of 6 stored turns: rules, concept slots, classifier, conversation layer) of ${messages.length} different messages of ${length} characters, ${runs} runs each:`,
  );
  console.log(
    `  one core: synchronous on the ${isMainThread ? 'main' : 'worker'} thread, no worker or thread pool; UV_THREADPOOL_SIZE ${process.env.UV_THREADPOOL_SIZE ?? 'unset'}; flags ${process.execArgv.join(' ') || 'none'}`,
  );
  console.log(
    `  CPU time per 2,000-character assessment, after 40 warm-up runs (V8 still compiling on this thread): p50 ${q(early.cpu, 0.5)} ms, p95 ${q(early.cpu, 0.95)} ms (target p95 < 5 ms)`,
  );
  console.log(
    `  CPU time per 2,000-character assessment, steady (after ${40 + runs + 400} runs):                   p50 ${q(steady.cpu, 0.5)} ms, p95 ${q(steady.cpu, 0.95)} ms`,
  );
  console.log(
    `  wall clock, after 40 warm-up runs: p50 ${q(early.wall, 0.5)} ms, p95 ${q(early.wall, 0.95)} ms (load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} on ${os.availableParallelism()} cores; wall time includes waiting for a core)`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) safetySpeedReport();
