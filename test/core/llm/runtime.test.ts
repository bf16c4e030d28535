import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ModelError } from '../../../electron/core/llm/errors.js';
import { createForkLauncher } from '../../../electron/core/llm/launcher.js';
import { ModelRuntime, type RuntimeStatus } from '../../../electron/core/llm/runtime.js';
import { ensureTinyModel } from '../../../models/tiny/generate.js';
import { makeTempDir } from '../../helpers/tempDir.js';

const TRIPWIRE = pathToFileURL(path.resolve(import.meta.dirname, '../../fixtures/network-tripwire.mjs')).href;
const SYSTEM = 'Du er en vennlig veileder som stiller åpne spørsmål.';

async function collect(stream: AsyncIterable<string>): Promise<string[]> {
  const chunks: string[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return chunks;
}

function waitForStatus(runtime: ModelRuntime, predicate: (s: RuntimeStatus) => boolean, timeoutMs = 10_000): Promise<RuntimeStatus> {
  if (predicate(runtime.status())) return Promise.resolve(runtime.status());
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`status never matched; last ${JSON.stringify(runtime.status())}`)), timeoutMs);
    const off = runtime.onStatus((status) => {
      if (!predicate(status)) return;
      clearTimeout(timer);
      off();
      resolve(status);
    });
  });
}

describe('ModelRuntime with the tiny model in its own process', () => {
  let runtime: ModelRuntime;
  let tripwireLog: string;
  let cleanup: () => Promise<void>;
  const statuses: RuntimeStatus[] = [];
  const connectSpy = vi.spyOn(net.Socket.prototype, 'connect');

  beforeAll(async () => {
    const temp = await makeTempDir('inkludmi-llm-');
    cleanup = temp.cleanup;
    tripwireLog = path.join(temp.dir, 'network-attempts.log');
    runtime = new ModelRuntime({
      models: { chat: await ensureTinyModel() },
      gpu: false,
      contextSize: 1024,
      launcher: createForkLauncher({ extraExecArgv: ['--import', TRIPWIRE], env: { ...process.env, INKLUDMI_TRIPWIRE_LOG: tripwireLog } }),
    });
    runtime.onStatus((status) => statuses.push(status));
  });

  afterAll(async () => {
    await runtime?.shutdown();
    connectSpy.mockRestore();
    await cleanup?.();
  });

  it('loads the model once, reporting loading progress and then ready', async () => {
    expect(runtime.status().state).toBe('not-loaded');
    const loaded = await runtime.load();
    expect(loaded.contextSize).toBeGreaterThanOrEqual(1024);
    expect(loaded.threads).toBeGreaterThanOrEqual(1);
    expect(loaded.gpu).toBe(false);
    const states = statuses.map((s) => s.state);
    expect(states[0]).toBe('loading');
    expect(states.at(-1)).toBe('ready');
    expect(statuses.some((s) => s.state === 'loading' && s.progress !== null && s.progress > 0 && s.progress < 1)).toBe(true);
    const pid = runtime.processId();
    expect(pid).toBeGreaterThan(0);
    expect(pid).not.toBe(process.pid);
    expect(await runtime.load()).toBe(loaded);
    expect(runtime.processId()).toBe(pid);
  });

  it('streams an answer chunk by chunk', async () => {
    const stream = runtime.chat('streaming', 'Hei! Jeg vil gjerne ha en jobb.', { systemPrompt: SYSTEM, maxTokens: 24, seed: 1 });
    const chunks = await collect(stream);
    const answer = await stream.result;
    expect(chunks.length).toBeGreaterThanOrEqual(10);
    expect(chunks.join('')).toBe(answer.text);
    expect(answer.stopReason).toBe('max-tokens');
    expect(answer.stats.generatedTokens).toBe(24);
    expect(answer.stats.timeToFirstTokenMs).toBeGreaterThan(0);
    expect(runtime.conversation('streaming')?.turns).toEqual([{ user: 'Hei! Jeg vil gjerne ha en jobb.', answer: answer.text }]);
  });

  it('evaluates only the new tokens of a later turn (prefix reuse)', async () => {
    const id = 'prefix-reuse';
    const first = await runtime.chat(id, 'Hva er neste steg for meg?', { systemPrompt: SYSTEM, maxTokens: 16, seed: 2 }).result;
    expect(first.stats.newTokens).toBeNull();
    for (let turn = 2; turn <= 4; turn++) {
      const answer = await runtime.chat(id, `Tur ${turn}: jeg tenker på skole og arbeid.`, { systemPrompt: SYSTEM, maxTokens: 16, seed: turn }).result;
      const { promptTokens, newTokens, contextTokens } = answer.stats;
      expect(newTokens).not.toBeNull();
      expect(newTokens).toBeGreaterThan(10);
      // Everything before the new turn is already evaluated: the model reads only the new tokens.
      expect(promptTokens / (newTokens ?? 1)).toBeLessThanOrEqual(1.1);
      expect(promptTokens).toBeLessThan(contextTokens / 2);
    }
  });

  it('stops mid-answer and keeps the partial text, and the conversation goes on', async () => {
    const id = 'stop';
    const stream = runtime.chat(id, 'Fortell meg en lang historie.', { systemPrompt: SYSTEM, maxTokens: 600, seed: 3 });
    const chunks: string[] = [];
    for await (const chunk of stream) {
      chunks.push(chunk);
      if (chunks.length === 5) stream.stop();
    }
    const answer = await stream.result;
    expect(answer.stopReason).toBe('stopped');
    expect(answer.text.length).toBeGreaterThan(0);
    expect(answer.text).toBe(chunks.join(''));
    expect(answer.stats.generatedTokens).toBeLessThan(600);
    expect(runtime.conversation(id)?.turns.at(-1)?.answer).toBe(answer.text);

    const next = await runtime.chat(id, 'Takk, hva nå?', { systemPrompt: SYSTEM, maxTokens: 8, seed: 4 }).result;
    expect(next.stopReason).toBe('max-tokens');
    // The stopped answer stayed in the model's context: the next turn reused it.
    expect(next.stats.newTokens).not.toBeNull();
    expect(next.stats.promptTokens / (next.stats.newTokens ?? 1)).toBeLessThanOrEqual(1.1);
  });

  it('stops an answer at the hard time limit and keeps the partial text', async () => {
    // 1 s: long enough for the first tokens even on a loaded machine (150 ms was not, at load 10),
    // far too short for 900 tokens (the tiny model writes 100–300 per second).
    const answer = await runtime.chat('time-limit', 'Skriv så mye du kan.', { maxTokens: 900, timeLimitMs: 1_000, seed: 5 }).result;
    expect(answer.stopReason).toBe('time-limit');
    expect(answer.stats.generatedTokens).toBeGreaterThan(0);
    expect(answer.stats.generatedTokens).toBeLessThan(900);
    expect(answer.stats.modelMs).toBeLessThan(5_000);
  });

  it('refuses a second answer in the same conversation while one is being written', async () => {
    const first = runtime.chat('busy', 'Første spørsmål', { maxTokens: 400, seed: 6 });
    const second = runtime.chat('busy', 'Andre spørsmål', { maxTokens: 4 });
    await expect(second.result).rejects.toMatchObject({ code: 'MODEL_BUSY' });
    // Stopped before (or just after) its first token: still an answer, not an error.
    expect(runtime.stop('busy')).toBe(true);
    expect(runtime.stop('nobody-is-answering-here')).toBe(false);
    expect((await first.result).stopReason).toBe('stopped');
    expect(runtime.conversation('busy')?.turns).toHaveLength(1);
    expect((await runtime.chat('busy', 'Andre spørsmål', { maxTokens: 4 }).result).stopReason).toBe('max-tokens');
  });

  it('regenerates the last answer in place', async () => {
    const id = 'regenerate';
    await expect(runtime.regenerate(id).result).rejects.toMatchObject({ code: 'MODEL_NOTHING_TO_REGENERATE' });
    await runtime.chat(id, 'Hva kan jeg gjøre i dag?', { systemPrompt: SYSTEM, maxTokens: 20, seed: 7 }).result;
    const last = await runtime.chat(id, 'Og i morgen?', { systemPrompt: SYSTEM, maxTokens: 20, seed: 8 }).result;
    const stream = runtime.regenerate(id, { maxTokens: 20, seed: 9, temperature: 1 });
    const chunks = await collect(stream);
    const again = await stream.result;
    expect(chunks.join('')).toBe(again.text);
    expect(again.text).not.toBe(last.text);
    const turns = runtime.conversation(id)?.turns ?? [];
    expect(turns).toHaveLength(2);
    expect(turns[1]).toEqual({ user: 'Og i morgen?', answer: again.text });
    // Only the last answer was thrown away: the question before it was still evaluated.
    expect(again.stats.promptTokens).toBeLessThan(again.stats.contextTokens / 2);
  });

  it('drops the oldest turns when the conversation nears the context size', async () => {
    const id = 'long';
    const filler = 'Jeg tenker mye på jobb og skole og hva som er neste steg for meg. '.repeat(6);
    let trimmed = 0;
    for (let turn = 1; turn <= 10 && trimmed === 0; turn++) {
      const answer = await runtime.chat(id, `${turn}. ${filler}`, { systemPrompt: SYSTEM, maxTokens: 24, seed: turn }).result;
      trimmed = answer.stats.trimmedTurns;
      expect(answer.stats.contextTokens).toBeLessThan(runtime.loadedModel()?.contextSize ?? 0);
    }
    expect(trimmed).toBeGreaterThan(0);
    const turns = runtime.conversation(id)?.turns ?? [];
    expect(turns.at(0)?.user.startsWith('1. ')).toBe(false);
    // The next turn is back to reading only its own tokens.
    const next = await runtime.chat(id, 'Kort spørsmål.', { systemPrompt: SYSTEM, maxTokens: 8, seed: 99 }).result;
    expect(next.stats.promptTokens / (next.stats.newTokens ?? Infinity)).toBeLessThanOrEqual(1.1);
  });

  it('keeps a conversation going after other conversations took its place in the model, and forgets it on request', async () => {
    // The runtime keeps two conversations evaluated at once (sequences: 2); a third evicts the least recent.
    const a1 = await runtime.chat('evict-a', 'Jeg heter ikke noe her, men jeg liker skole.', { systemPrompt: SYSTEM, maxTokens: 12, seed: 21 }).result;
    await runtime.chat('evict-b', 'Hei fra B.', { maxTokens: 6, seed: 22 }).result;
    await runtime.chat('evict-c', 'Hei fra C.', { maxTokens: 6, seed: 23 }).result;
    const a2 = await runtime.chat('evict-a', 'Hva med jobb?', { systemPrompt: SYSTEM, maxTokens: 12, seed: 24 }).result;
    expect(a2.stats.newTokens).toBeNull(); // re-attached: its context was evaluated again…
    expect(a2.stats.contextTokens).toBeGreaterThan(a1.stats.contextTokens + a1.stats.generatedTokens); // …with its first turn in it
    expect(runtime.conversation('evict-a')?.turns).toHaveLength(2);

    await runtime.forget('evict-a');
    expect(runtime.conversation('evict-a')).toBeNull();
    const fresh = await runtime.chat('evict-a', 'Hva med jobb?', { systemPrompt: SYSTEM, maxTokens: 12, seed: 25 }).result;
    expect(fresh.stats.contextTokens).toBeLessThan(a2.stats.contextTokens);
  });

  it('refuses a message too long for the context instead of cutting it', async () => {
    const essay = 'Jeg tenker mye på jobb og skole og hva som er neste steg for meg. '.repeat(120);
    await expect(runtime.chat('too-long', essay, { maxTokens: 16 }).result).rejects.toMatchObject({ code: 'MODEL_INPUT_TOO_LONG' });
    expect(runtime.conversation('too-long')).toBeNull();
    // The conversation is still usable afterwards.
    expect((await runtime.chat('too-long', 'Kort nå.', { maxTokens: 4 }).result).stopReason).toBe('max-tokens');
  });

  it('generates JSON constrained by a schema that parses and validates', async () => {
    const schema = {
      type: 'object',
      properties: {
        stage: { enum: ['forberedelse', 'handling', 'vedlikehold'] },
        needsFollowUp: { type: 'boolean' },
        summary: { type: 'string', maxLength: 40 },
      },
      required: ['stage', 'needsFollowUp', 'summary'],
    } as const;
    const { value, text } = await runtime.generateJson({ prompt: 'Oppsummer samtalen som JSON.', schema, systemPrompt: 'Svar bare med JSON.', options: { maxTokens: 200 } });
    expect(JSON.parse(text)).toEqual(value);
    expect(['forberedelse', 'handling', 'vedlikehold']).toContain(value.stage);
    expect(typeof value.needsFollowUp).toBe('boolean');
    expect(value.summary.length).toBeLessThanOrEqual(40);
  });

  it('stops a JSON generation on request, with an error rather than half a JSON value', async () => {
    const schema = { type: 'object', properties: { story: { type: 'string', minLength: 900, maxLength: 1000 } }, required: ['story'] } as const;
    for (const abortAfterMs of [0, 30]) {
      const controller = new AbortController();
      const attempt = runtime.generateJson({ prompt: 'Skriv en lang historie som JSON.', schema, options: { maxTokens: 1000, temperature: 1 }, signal: controller.signal });
      setTimeout(() => controller.abort(), abortAfterMs);
      await expect(attempt).rejects.toMatchObject({ code: 'MODEL_STOPPED' });
    }
  });

  it('returns one embedding vector per text, the model width long', async () => {
    const vectors = await runtime.embed(['jobb og skole', 'hvordan har du det?', 'jobb og skole']);
    expect(vectors).toHaveLength(3);
    for (const vector of vectors) expect(vector).toHaveLength(64);
    expect(vectors[0]).toEqual(vectors[2]);
    expect(vectors[0]).not.toEqual(vectors[1]);
  });

  it('reports a killed model process, restarts it on the next request, and the conversation goes on', async () => {
    const id = 'crash';
    const before = await runtime.chat(id, 'Hei før krasjet.', { systemPrompt: SYSTEM, maxTokens: 12, seed: 10 }).result;
    const pid = runtime.processId();
    expect(pid).toBeDefined();

    // An answer in flight when the process dies fails with a clear code instead of hanging.
    const inFlight = runtime.chat('in-flight', 'Skriv lenge.', { maxTokens: 900, seed: 11 });
    await inFlight[Symbol.asyncIterator]().next();
    process.kill(pid ?? 0, 'SIGKILL');
    await expect(inFlight.result).rejects.toMatchObject({ code: 'MODEL_PROCESS_CRASHED' });
    const failed = await waitForStatus(runtime, (s) => s.state === 'error');
    expect(failed.errorCode).toBe('MODEL_PROCESS_CRASHED');
    expect(failed.message).toMatch(/stoppet uventet/);

    const answer = await runtime.chat(id, 'Er du der fortsatt?', { systemPrompt: SYSTEM, maxTokens: 12, seed: 12 }).result;
    expect(answer.text.length).toBeGreaterThan(0);
    expect(runtime.processId()).not.toBe(pid);
    expect(runtime.status()).toMatchObject({ state: 'ready', restarts: 1 });
    // The new process was re-seeded with the conversation so far (the first answer is in its context).
    expect(answer.stats.newTokens).toBeNull();
    expect(answer.stats.contextTokens).toBeGreaterThan(before.stats.contextTokens + before.stats.generatedTokens);
    expect(runtime.conversation(id)?.turns.map((t) => t.user)).toEqual(['Hei før krasjet.', 'Er du der fortsatt?']);
  });

  it('never opened a network socket, in the app process or in the model process', async () => {
    expect(connectSpy).not.toHaveBeenCalled();
    const attempts = await fs.readFile(tripwireLog, 'utf8').catch(() => '');
    expect(attempts).toBe('');
  });
});

describe('ModelRuntime failures', () => {
  it('says that no model is installed when none is chosen', async () => {
    const runtime = new ModelRuntime({ gpu: false });
    expect(runtime.status().state).toBe('not-installed');
    await expect(runtime.chat('x', 'hei').result).rejects.toMatchObject({ code: 'MODEL_NOT_CONFIGURED' });
    await expect(runtime.embed(['hei'])).rejects.toBeInstanceOf(ModelError);
    await runtime.shutdown();
  });

  it('reports a model that cannot be loaded, with a Norwegian message', async () => {
    const { dir, cleanup } = await makeTempDir();
    try {
      // A model file cut short while copying: the header is fine, the weights are missing.
      const broken = path.join(dir, 'broken.gguf');
      const whole = await fs.readFile(await ensureTinyModel());
      await fs.writeFile(broken, whole.subarray(0, Math.floor(whole.length / 2)));
      const runtime = new ModelRuntime({ models: { chat: broken }, gpu: false, contextSize: 256 });
      await expect(runtime.load()).rejects.toMatchObject({ code: 'MODEL_LOAD_FAILED' });
      expect(runtime.status()).toMatchObject({ state: 'error', errorCode: 'MODEL_LOAD_FAILED' });
      expect(runtime.status().message).toMatch(/kunne ikke lastes/);
      expect(runtime.processId()).toBeUndefined();
      await runtime.shutdown();
    } finally {
      await cleanup();
    }
  });
});
