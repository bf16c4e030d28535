/**
 * The model benchmark, shared by `inkludmi model bench` and test/bench/llm/run.ts: one conversation
 * through the same path the app uses (ModelRuntime → model process). Prints figures; asserts nothing.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ModelProcessLauncher } from './launcher.js';
import type { Answer, GpuSetting } from './protocol.js';
import { ModelRuntime } from './runtime.js';
import { installedPackageVersion } from '../system/versions.js';

export interface ModelBenchOptions {
  modelPath: string;
  threads?: number;
  gpu?: GpuSetting;
  turns?: number;
  maxTokens?: number;
  contextSize?: number;
  launcher?: ModelProcessLauncher;
  /** Receives the report, a few characters at a time. */
  write: (text: string) => void;
}

const fmt = (n: number | null, digits = 1) => (n === null || !Number.isFinite(n) ? '–' : n.toFixed(digits));

export async function runModelBench(options: ModelBenchOptions): Promise<void> {
  const { modelPath, write } = options;
  const threads = options.threads ?? Math.max(1, os.availableParallelism());
  const turns = Math.max(2, options.turns ?? 5);
  const maxTokens = options.maxTokens ?? 64;
  const contextSize = options.contextSize ?? 4096;
  const runtime = new ModelRuntime({
    models: { chat: modelPath },
    gpu: options.gpu ?? false,
    threads,
    contextSize,
    ...(options.launcher ? { launcher: options.launcher } : {}),
  });
  const out = { write };
  try {
    const SYSTEM_PROMPT = [
      'Du er en vennlig og tålmodig samtalepartner for unge som vil komme i jobb eller skole.',
      'Du bruker motiverende intervju: åpne spørsmål, bekreftelser, refleksjoner og oppsummeringer.',
      'Du gir ikke råd før personen ber om det, og du respekterer at personen bestemmer selv.',
      'Svar kort, på enkel norsk bokmål, og avslutt gjerne med ett åpent spørsmål.',
      'Dette vet du om personen: prosessfase er forberedelse; nåværende mål er å søke på to jobber denne måneden;',
      'neste steg er å oppdatere CV-en; motivasjonen har gått litt opp de siste to ukene.',
    ].join(' ');

    const QUESTIONS = [
      'Hei. Jeg vet ikke helt hvor jeg skal begynne med CV-en min.',
      'Jeg har jobbet litt i butikk, men det var bare en sommerjobb.',
      'Det føles som om ingen vil ansette meg uten mer erfaring.',
      'Kanskje jeg kunne spurt sjefen fra butikken om en attest?',
      'Hva burde jeg gjøre først i morgen?',
      'Jeg tror jeg klarer å skrive et utkast til fredag.',
      'Takk, det hjalp å snakke om det.',
    ];


    const size = (await fs.stat(modelPath)).size;

    out.write(`model          ${path.basename(modelPath)} (${(size / 1024 ** 2).toFixed(1)} MiB)\n`);
    out.write(`machine        ${os.cpus()[0]?.model ?? 'cpu'}, ${os.availableParallelism()} logical CPUs, ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB; node ${globalThis.process.version}; node-llama-cpp ${installedPackageVersion('node-llama-cpp') ?? '?'}\n`);

    const loadStarted = performance.now();
    const loaded = await runtime.load();
    const loadWallMs = performance.now() - loadStarted;
    out.write(`load           ${fmt(loadWallMs, 0)} ms total (process start + model ${loaded.loadMs} ms); context ${loaded.contextSize} tokens, threads ${loaded.threads}, gpu ${loaded.gpu || 'none'}\n\n`);

    interface TurnFigures {
      answer: Answer;
      wallMs: number;
      firstChunkWallMs: number | null;
    }

    const figures: TurnFigures[] = [];
    for (let turn = 0; turn < turns; turn++) {
      const question = QUESTIONS[turn % QUESTIONS.length] ?? 'Hva nå?';
      const started = performance.now();
      let firstChunkWallMs: number | null = null;
      const stream = runtime.chat('bench', question, { systemPrompt: SYSTEM_PROMPT, maxTokens, temperature: 0.7, seed: turn + 1 });
      for await (const _chunk of stream) firstChunkWallMs ??= performance.now() - started;
      const answer = await stream.result;
      figures.push({ answer, wallMs: performance.now() - started, firstChunkWallMs });
    }

    out.write('turn  prompt-tok  new-tok  evaluated/new  ttft-ms  prompt-tok/s  gen-tok  gen-tok/s  app-overhead-ms  stop\n');
    figures.forEach(({ answer, wallMs }, index) => {
      const s = answer.stats;
      const ttft = s.timeToFirstTokenMs;
      const ratio = s.newTokens ? s.promptTokens / s.newTokens : null;
      const promptRate = ttft ? s.promptTokens / (ttft / 1000) : null;
      const genRate = ttft !== null && s.generatedTokens > 1 ? (s.generatedTokens - 1) / ((s.modelMs - ttft) / 1000) : null;
      const overhead = wallMs - s.modelMs;
      out.write(
        `${String(index + 1).padStart(4)}  ${String(s.promptTokens).padStart(10)}  ${String(s.newTokens ?? '–').padStart(7)}  ${fmt(ratio, 2).padStart(13)}  ${fmt(ttft).padStart(7)}  ${fmt(promptRate, 0).padStart(12)}  ${String(s.generatedTokens).padStart(7)}  ${fmt(genRate, 1).padStart(9)}  ${fmt(overhead, 2).padStart(15)}  ${answer.stopReason}\n`,
      );
    });

    const first = figures[0]?.answer.stats;
    const fifth = figures[Math.min(4, figures.length - 1)]?.answer.stats;
    const later = figures.slice(1).map((f) => f.answer.stats).filter((s) => s.newTokens);
    const ratios = later.map((s) => s.promptTokens / (s.newTokens ?? 1));
    const overheads = figures.map((f) => f.wallMs - f.answer.stats.modelMs);
    const genRates = figures
      .map((f) => f.answer.stats)
      .filter((s) => s.timeToFirstTokenMs !== null && s.generatedTokens > 1)
      .map((s) => (s.generatedTokens - 1) / ((s.modelMs - (s.timeToFirstTokenMs ?? 0)) / 1000));
    const median = (xs: number[]) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? null : null);

    out.write('\nsummary\n');
    out.write(`  load time                         ${fmt(loadWallMs, 0)} ms\n`);
    out.write(`  prompt tokens/s (turn 1)          ${fmt(first?.timeToFirstTokenMs ? first.promptTokens / (first.timeToFirstTokenMs / 1000) : null, 0)}\n`);
    out.write(`  generation tokens/s (median)      ${fmt(median(genRates), 1)}\n`);
    out.write(`  time to first token, turn 1       ${fmt(first?.timeToFirstTokenMs ?? null)} ms\n`);
    out.write(`  time to first token, turn ${Math.min(5, figures.length)}       ${fmt(fifth?.timeToFirstTokenMs ?? null)} ms\n`);
    out.write(`  evaluated/new tokens, turns 2–${figures.length}    max ${fmt(ratios.length ? Math.max(...ratios) : null, 2)} (target ≤ 1.1)\n`);
    out.write(`  app overhead per turn (median)    ${fmt(median(overheads), 2)} ms, max ${fmt(Math.max(...overheads), 2)} ms (target < 5 ms; IPC + bookkeeping, outside node-llama-cpp)\n`);


  } finally {
    await runtime.shutdown();
  }
}
