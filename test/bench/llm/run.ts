/**
 * The chat's real path, measured: a scripted 12-turn conversation through `chat.send` and the
 * dispatcher, exactly as a participant's turns go (tekstvask, crisis check, MI policy, prompt,
 * the model process, checks, storage). The conversation is opened as the chat page opens it
 * (`chat.start`: the opening question), then the participant's turns follow. Prints figures;
 * asserts nothing.
 *
 *   npm run bench:llm [-- FILE.gguf] [-- --json] [--context 8192] [--max-tokens 48]
 *
 * Without a model file it uses the tiny test model (generated if missing).
 *
 * Per turn: tokens in the prompt, tokens the model evaluated (the rest was still in the
 * conversation's sequence), new tokens (what the conversation gained since the previous turn's
 * prompt: the previous answer and this message), their ratio, time to first token, generation
 * speed, and the app's overhead: wall time of chat.send minus the time inside node-llama-cpp and
 * tekstvask.
 */
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { LogFields, Logger } from '../../../electron/core/log.js';
import { seededRandom } from '../../../electron/core/util/random.js';
import { ensureTinyModel } from '../../../models/tiny/generate.js';
import { chatCore } from '../../core/chat/helpers.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: 'boolean', default: false },
    context: { type: 'string', default: '8192' },
    'max-tokens': { type: 'string', default: '48' },
    threads: { type: 'string' },
  },
});

/**
 * Prompt processing of Qwen3-4B Q4_K_M on a 4-core laptop CPU, tokens/s. Source: llama-bench
 * pp512 = 28.67 t/s for Llama-3.2-3B-Instruct Q4_K_M (3.21 B parameters) on a Framework 12
 * laptop, Intel i3-1315U, CPU backend (github.com/geerlingguy/sbc-reviews/issues/107), scaled by
 * parameter count to Qwen3-4B (4.02 B): 28.67 × 3.21 / 4.02 ≈ 23 t/s.
 */
const LAPTOP_PP_TOKENS_PER_S = 23;

const TURNS = [
  'Hei. Jeg vet ikke helt hvor jeg skal begynne med CV-en min.',
  'Jeg har jobbet litt i butikk, men det var bare en sommerjobb.',
  'Det føles som om ingen vil ansette meg uten mer erfaring.',
  'Kanskje jeg kunne spurt sjefen fra butikken om en attest?',
  'Men jeg er redd hun har glemt meg, det er to år siden.',
  'Jeg liker egentlig å jobbe med folk, det var det beste med butikken.',
  'Moren min sier jeg burde ta fagbrev, men jeg er ikke sikker.',
  'Hva er egentlig forskjellen på lærling og vanlig jobb?',
  'Jeg tror jeg vil prøve å snakke med veilederen min om det.',
  'Det er litt skummelt å ringe, jeg sender heller en melding.',
  'Jeg skal skrive et utkast til CV-en før fredag.',
  'Takk, det hjalp å snakke om det.',
];

interface AnswerEvent {
  promptTokens: number;
  evaluatedTokens: number;
  generatedTokens: number;
  ttftMs: number | null;
  modelMs: number;
  roundTripMs: number;
}

const events: { event: string; fields: LogFields }[] = [];
const capture: Logger = {
  info: (event, fields = {}) => events.push({ event, fields }),
  warn: () => undefined,
  error: () => undefined,
};

const modelPath = positionals[0] ? path.resolve(positionals[0]) : await ensureTinyModel();
const env = await chatCore({
  tinyModel: positionals[0] === undefined,
  logger: capture,
  modelRuntime: {
    contextSize: Number(values.context),
    sequences: 2,
    ...(values.threads ? { threads: Number(values.threads) } : {}),
  },
  generation: { maxTokens: Number(values['max-tokens']), temperature: 0.6, seed: 7 },
  // Seeded so every run draws the same fallbacks and moves: the figures then differ by machine
  // load only, not by which mix of turns a run happened to get.
  rng: seededRandom(7),
});
const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0
    ? null
    : s.length % 2
      ? (s[(s.length - 1) / 2] ?? null)
      : ((s[s.length / 2 - 1] ?? 0) + (s[s.length / 2] ?? 0)) / 2;
};
const fmt = (n: number | null | undefined, digits = 1) =>
  n === null || n === undefined || !Number.isFinite(n) ? '–' : n.toFixed(digits);

try {
  if (positionals[0]) {
    await env.ok(env.admin, 'model.import', { path: modelPath, stream: 'bench' });
    const overview = await env.ok(env.admin, 'model.overview', {});
    const chosen =
      overview.models.find((m) => m.purpose === 'chat' && m.fileName === path.basename(modelPath)) ??
      overview.models.find((m) => m.purpose === 'chat');
    if (!chosen) throw new Error('the model was not imported as a chat model');
    await env.ok(env.admin, 'model.setActive', { purpose: 'chat', fileName: chosen.fileName });
  }
  // The chat page opens a conversation with its opening question before the participant writes.
  let conversationId: string = (await env.ok(env.participantP, 'chat.start', { participantId: env.p })).conversationId;
  const rows: {
    turn: number;
    prompt: number;
    evaluated: number;
    fresh: number | null;
    ratio: number | null;
    ttft: number | null;
    genRate: number | null;
    overhead: number;
    /**
     * Of the overhead: the crisis layers, storing the turn (its one transaction, the disk flush
     * included), reading the stored turns, and the model-process round trips beyond the model's time.
     */
    safety: number;
    store: number;
    history: number;
    roundTrips: number;
    calls: number;
  }[] = [];
  let previousPrompt: number | null = null;
  for (const [i, text] of TURNS.entries()) {
    const from = events.length;
    const started = performance.now();
    const result = await env.ok(env.participantP, 'chat.send', {
      participantId: env.p,
      text,
      conversationId,
      stream: `bench-${i}`,
    });
    const wall = performance.now() - started;
    conversationId = result.conversationId;
    const mine = events.slice(from);
    const answers = mine.filter((e) => e.event === 'llm.answer').map((e) => e.fields as unknown as AnswerEvent);
    const turnFields = mine.find((e) => e.event === 'chat.turn')?.fields ?? {};
    const scrubMs = Number(turnFields.scrubMs ?? 0);
    const modelMs = answers.reduce((sum, a) => sum + a.modelMs, 0);
    const first = answers[0];
    const evaluated = answers.reduce((sum, a) => sum + a.evaluatedTokens, 0);
    const fresh = first && previousPrompt !== null ? first.promptTokens - previousPrompt : null;
    if (first) previousPrompt = first.promptTokens;
    rows.push({
      turn: i + 1,
      prompt: first?.promptTokens ?? 0,
      evaluated,
      fresh,
      ratio: fresh ? evaluated / fresh : null,
      ttft: first?.ttftMs ?? null,
      genRate:
        first && first.ttftMs !== null && first.generatedTokens > 1
          ? (first.generatedTokens - 1) / ((first.modelMs - first.ttftMs) / 1000)
          : null,
      overhead: wall - modelMs - scrubMs,
      safety: Number(turnFields.safetyMs ?? 0),
      store: Number(turnFields.storeMs ?? 0),
      history: Number(turnFields.historyMs ?? 0),
      roundTrips: answers.reduce((sum, a) => sum + a.roundTripMs, 0),
      calls: answers.length,
    });
  }
  const loaded = events.find((e) => e.event === 'llm.model.loaded')?.fields ?? {};
  const later = rows.slice(1).filter((r) => r.ratio !== null);
  const ratios = later.map((r) => r.ratio ?? 0);
  const summary = {
    model: path.basename(modelPath),
    turns: rows.length,
    reuseRatioMedian: median(ratios),
    reuseRatioMax: ratios.length ? Math.max(...ratios) : null,
    // Turn 1 also loads the model and indexes the knowledge base: one-off work, reported in its row.
    overheadMsMedian: median(rows.slice(1).map((r) => r.overhead)),
    // Parts of that overhead: the crisis layers and the turn's transaction (its disk flush included).
    safetyMsMedian: median(rows.slice(1).map((r) => r.safety)),
    storeMsMedian: median(rows.slice(1).map((r) => r.store)),
    historyMsMedian: median(rows.slice(1).map((r) => r.history)),
    roundTripMsMedian: median(rows.slice(1).map((r) => r.roundTrips)),
    ttftMsMedian: median(rows.map((r) => r.ttft).filter((t): t is number => t !== null)),
    evaluatedTokensMedian: median(later.map((r) => r.evaluated)),
    promptTokensLast: rows.at(-1)?.prompt ?? null,
    kvCacheBytes: loaded.kvCacheBytes ?? null,
    contextSize: loaded.contextSize ?? null,
    sequences: loaded.sequences ?? null,
    threads: loaded.threads ?? null,
    projectedTtftMsQwen3_4B: null as number | null,
    projectionPromptTokensPerS: LAPTOP_PP_TOKENS_PER_S,
    load: os.loadavg()[0],
  };
  const medianEvaluated = summary.evaluatedTokensMedian;
  summary.projectedTtftMsQwen3_4B = medianEvaluated === null ? null : (medianEvaluated / LAPTOP_PP_TOKENS_PER_S) * 1000;
  if (values.json) {
    process.stdout.write(`${JSON.stringify(summary)}\n`);
  } else {
    process.stdout.write(
      `model ${summary.model}; context ${String(summary.contextSize)} × ${String(summary.sequences)} sequences, KV cache ${fmt(Number(summary.kvCacheBytes) / 1024 ** 2)} MiB, threads ${String(summary.threads)}; load average ${fmt(summary.load, 2)}\n\n`,
    );
    process.stdout.write(
      'turn  prompt-tok  evaluated  new-tok  evaluated/new  ttft-ms  gen-tok/s  calls  app-overhead-ms  of it: safety  store  read  round-trips\n',
    );
    for (const r of rows) {
      process.stdout.write(
        `${String(r.turn).padStart(4)}  ${String(r.prompt).padStart(10)}  ${String(r.evaluated).padStart(9)}  ${String(r.fresh ?? '–').padStart(7)}  ${fmt(r.ratio, 2).padStart(13)}  ${fmt(r.ttft).padStart(7)}  ${fmt(r.genRate).padStart(9)}  ${String(r.calls).padStart(5)}  ${fmt(r.overhead, 2).padStart(15)}  ${fmt(r.safety, 2).padStart(14)}  ${fmt(r.store, 2).padStart(5)}  ${fmt(r.history, 2).padStart(4)}  ${fmt(r.roundTrips, 2).padStart(11)}\n`,
      );
    }
    process.stdout.write(
      `\nturns 2–${rows.length}: evaluated/new median ${fmt(summary.reuseRatioMedian, 2)} (target ≤ 1.2), max ${fmt(summary.reuseRatioMax, 2)} (target ≤ 1.5)\n`,
    );
    process.stdout.write(
      `app overhead per turn (turns 2–12), median ${fmt(summary.overheadMsMedian, 2)} ms (target < 5 ms; outside node-llama-cpp and tekstvask), of it the crisis layers ${fmt(summary.safetyMsMedian, 2)} ms, storing the turn ${fmt(summary.storeMsMedian, 2)} ms, reading the stored turns ${fmt(summary.historyMsMedian, 2)} ms and the model-process round trips ${fmt(summary.roundTripMsMedian, 2)} ms\n`,
    );
    process.stdout.write(`time to first token, median ${fmt(summary.ttftMsMedian)} ms on this machine\n`);
    process.stdout.write(
      `projected time to first token for Qwen3-4B Q4_K_M on a 4-core laptop: ${fmt(summary.projectedTtftMsQwen3_4B, 0)} ms per turn (median ${fmt(medianEvaluated, 0)} evaluated tokens at ${LAPTOP_PP_TOKENS_PER_S} tokens/s; source in this file)\n`,
    );
  }
} finally {
  await env.close();
}
