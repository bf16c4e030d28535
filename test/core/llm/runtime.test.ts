import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ModelError } from '../../../electron/core/llm/errors.js';
import { createForkLauncher } from '../../../electron/core/llm/launcher.js';
import type { LogFields, Logger } from '../../../electron/core/log.js';
import { ModelRuntime, type RuntimeStatus } from '../../../electron/core/llm/runtime.js';
import { ensureTinyModel } from '../../../models/tiny/generate.js';
import { makeTempDir } from '../../helpers/tempDir.js';

const TRIPWIRE = pathToFileURL(path.resolve(import.meta.dirname, '../../fixtures/network-tripwire.mjs')).href;
const SYSTEM = 'Du er en vennlig veileder som stiller åpne spørsmål.';

/** What the runtime wrote to the app's log, as the support person reads it. */
function captureLog() {
  const events: { event: string; fields: LogFields }[] = [];
  const logger: Logger = {
    info: (event, fields = {}) => events.push({ event, fields }),
    warn: (event, fields = {}) => events.push({ event, fields }),
    error: (event, fields = {}) => events.push({ event, fields }),
  };
  const statuses = () => events.filter((e) => e.event === 'llm.status').map((e) => e.fields);
  const pids = () => events.filter((e) => e.event === 'llm.worker.started').map((e) => Number(e.fields.pid));
  return { logger, statuses, pids };
}

/** Asks model.status's source until it matches, as the Modeller page does. */
async function waitForStatus(
  runtime: ModelRuntime,
  predicate: (s: RuntimeStatus) => boolean,
  timeoutMs = 10_000,
): Promise<RuntimeStatus> {
  const until = Date.now() + timeoutMs;
  while (!predicate(runtime.status())) {
    if (Date.now() > until) throw new Error(`status never matched; last ${JSON.stringify(runtime.status())}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return runtime.status();
}

describe('ModelRuntime with the tiny model in its own process', () => {
  let runtime: ModelRuntime;
  let tripwireLog: string;
  let cleanup: () => Promise<void>;
  const log = captureLog();
  const connectSpy = vi.spyOn(net.Socket.prototype, 'connect');

  beforeAll(async () => {
    const temp = await makeTempDir('inkludmi-llm-');
    cleanup = temp.cleanup;
    tripwireLog = path.join(temp.dir, 'network-attempts.log');
    runtime = new ModelRuntime({
      logger: log.logger,
      models: { chat: await ensureTinyModel() },
      gpu: false,
      contextSize: 1024,
      launcher: createForkLauncher({
        extraExecArgv: ['--import', TRIPWIRE],
        env: { ...process.env, INKLUDMI_TRIPWIRE_LOG: tripwireLog },
      }),
    });
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
    expect(runtime.status()).toMatchObject({ state: 'ready', contextSize: loaded.contextSize });
    // The app's log tells the story of the load: loading, its progress in tenths, then ready.
    const statuses = log.statuses();
    expect(statuses[0]).toMatchObject({ state: 'loading', progress: 0 });
    expect(statuses.at(-1)).toMatchObject({ state: 'ready', errorCode: null, restarts: 0 });
    expect(
      statuses.some((s) => s.state === 'loading' && typeof s.progress === 'number' && s.progress > 0 && s.progress < 1),
    ).toBe(true);
    // One model process, not this one; loading again reuses it.
    expect(log.pids()).toHaveLength(1);
    expect(log.pids()[0]).toBeGreaterThan(0);
    expect(log.pids()[0]).not.toBe(process.pid);
    expect(await runtime.load()).toBe(loaded);
    expect(log.pids()).toHaveLength(1);
  });

  const REPLY = {
    type: 'object',
    properties: { text: { type: 'string', maxLength: 60 } },
    required: ['text'],
  } as const;
  /** One turn of a conversation as the chat sends it: the history as evaluated, then the message. */
  async function turn(
    conversationId: string,
    history: { role: 'user' | 'model'; text: string }[],
    prompt: string,
    seed: number,
  ) {
    const answer = await runtime.generateJson({
      conversationId,
      systemPrompt: SYSTEM,
      history,
      prompt,
      schema: REPLY,
      options: { maxTokens: 160, seed },
    });
    history.push({ role: 'user', text: prompt }, { role: 'model', text: answer.text });
    return answer;
  }

  it('streams an answer chunk by chunk', async () => {
    const chunks: string[] = [];
    const answer = await runtime.generateJson({
      prompt: 'Hei! Jeg vil gjerne ha en jobb.',
      systemPrompt: SYSTEM,
      schema: REPLY,
      options: { maxTokens: 160, seed: 1 },
      onChunk: (c) => chunks.push(c),
    });
    expect(chunks.length).toBeGreaterThanOrEqual(5);
    expect(chunks.join('')).toBe(answer.text);
    expect(answer.stats.generatedTokens).toBeGreaterThan(5);
    expect(answer.stats.timeToFirstTokenMs).toBeGreaterThan(0);
  });

  it('evaluates only what is new in a later turn of the same conversation', async () => {
    const history: { role: 'user' | 'model'; text: string }[] = [];
    const first = await turn('prefix-reuse', history, 'Hva er neste steg for meg?', 2);
    expect(first.stats.rebuilt).toBe(true);
    let previous = first.stats.promptTokens;
    for (let n = 2; n <= 4; n++) {
      const answer = await turn('prefix-reuse', history, `Tur ${n}: jeg tenker på skole og arbeid.`, n);
      const grown = answer.stats.promptTokens - previous;
      previous = answer.stats.promptTokens;
      expect(answer.stats.rebuilt).toBe(false);
      // Everything the previous turn's prompt held is still in the sequence: not evaluated again.
      expect(answer.stats.evaluatedTokens).toBeLessThanOrEqual(grown);
      expect(answer.stats.promptTokens - answer.stats.evaluatedTokens).toBeGreaterThanOrEqual(first.stats.promptTokens);
    }
  });

  it('stops a JSON answer at the hard time limit with a clear code', async () => {
    // The limit must fall well inside the answer on any machine: on a quiet one the tiny model writes
    // these 900+ characters (about 370 tokens) in under 0.6 s, so a 1 s limit let the answer end
    // normally. The limit also applies before the first token, so a loaded machine hits it too.
    const schema = {
      type: 'object',
      properties: { story: { type: 'string', minLength: 900, maxLength: 1000 } },
      required: ['story'],
    } as const;
    await expect(
      runtime.generateJson({
        prompt: 'Skriv så mye du kan.',
        schema,
        options: { maxTokens: 1000, timeLimitMs: 150, temperature: 1 },
      }),
    ).rejects.toMatchObject({ code: 'MODEL_TIME_LIMIT' });
  });

  it('refuses a second answer in the same conversation while one is being written', async () => {
    const schema = {
      type: 'object',
      properties: { story: { type: 'string', minLength: 900, maxLength: 1000 } },
      required: ['story'],
    } as const;
    const controller = new AbortController();
    const first = runtime.generateJson({
      conversationId: 'busy',
      prompt: 'Første spørsmål',
      schema,
      options: { maxTokens: 1000 },
      signal: controller.signal,
    });
    await new Promise((r) => setTimeout(r, 300));
    await expect(
      runtime.generateJson({
        conversationId: 'busy',
        prompt: 'Andre spørsmål',
        schema: REPLY,
        options: { maxTokens: 160 },
      }),
    ).rejects.toMatchObject({ code: 'MODEL_BUSY' });
    controller.abort();
    await expect(first).rejects.toMatchObject({ code: 'MODEL_STOPPED' });
    expect(
      (
        await runtime.generateJson({
          conversationId: 'busy',
          prompt: 'Andre spørsmål',
          schema: REPLY,
          options: { maxTokens: 160 },
        })
      ).text,
    ).toMatch(/^\{/);
  });

  it('evicts the least recently used conversation whole, and it rebuilds from what it sends', async () => {
    // Two sequences (the default): a third conversation takes the least recently used one's place.
    const a: { role: 'user' | 'model'; text: string }[] = [];
    await turn('evict-a', a, 'Jeg liker skole, men jobb frister også.', 21);
    const a2 = await turn('evict-a', a, 'Hva med jobb?', 22);
    expect(a2.stats.rebuilt).toBe(false);
    await turn('evict-b', [], 'Hei fra B.', 23);
    await turn('evict-c', [], 'Hei fra C.', 24);
    const a3 = await turn('evict-a', a, 'Og hva nå?', 25);
    expect(a3.stats.rebuilt).toBe(true);
    // Rebuilt: its whole history was evaluated again, and the answer came as usual.
    expect(a3.stats.evaluatedTokens).toBeGreaterThan(a2.stats.promptTokens);
    expect(JSON.parse(a3.text)).toEqual(a3.value);
    const a4 = await turn('evict-a', a, 'Takk.', 26);
    expect(a4.stats.rebuilt).toBe(false);
    expect(a4.stats.evaluatedTokens).toBeLessThan(a4.stats.promptTokens / 2);
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
    const { value, text } = await runtime.generateJson({
      prompt: 'Oppsummer samtalen som JSON.',
      schema,
      systemPrompt: 'Svar bare med JSON.',
      options: { maxTokens: 200 },
    });
    expect(JSON.parse(text)).toEqual(value);
    expect(['forberedelse', 'handling', 'vedlikehold']).toContain(value.stage);
    expect(typeof value.needsFollowUp).toBe('boolean');
    expect(value.summary.length).toBeLessThanOrEqual(40);
  });

  it('stops a JSON generation on request, with an error rather than half a JSON value', async () => {
    const schema = {
      type: 'object',
      properties: { story: { type: 'string', minLength: 900, maxLength: 1000 } },
      required: ['story'],
    } as const;
    for (const abortAfterMs of [0, 30]) {
      const controller = new AbortController();
      const attempt = runtime.generateJson({
        prompt: 'Skriv en lang historie som JSON.',
        schema,
        options: { maxTokens: 1000, temperature: 1 },
        signal: controller.signal,
      });
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
    const history: { role: 'user' | 'model'; text: string }[] = [];
    const before = await turn('crash', history, 'Hei før krasjet.', 10);
    const pid = log.pids().at(-1);
    expect(pid).toBeGreaterThan(0);

    // An answer in flight when the process dies fails with a clear code instead of hanging.
    const schema = {
      type: 'object',
      properties: { story: { type: 'string', minLength: 900, maxLength: 1000 } },
      required: ['story'],
    } as const;
    let started: () => void = () => undefined;
    const firstChunk = new Promise<void>((resolve) => (started = resolve));
    const inFlight = runtime.generateJson({
      conversationId: 'in-flight',
      prompt: 'Skriv lenge.',
      schema,
      options: { maxTokens: 1000 },
      onChunk: () => started(),
    });
    await firstChunk;
    process.kill(pid ?? 0, 'SIGKILL');
    await expect(inFlight).rejects.toMatchObject({ code: 'MODEL_PROCESS_CRASHED' });
    const failed = await waitForStatus(runtime, (s) => s.state === 'error');
    expect(failed.errorCode).toBe('MODEL_PROCESS_CRASHED');
    expect(failed.message).toMatch(/stoppet uventet/);

    const answer = await turn('crash', history, 'Er du der fortsatt?', 12);
    expect(JSON.parse(answer.text)).toEqual(answer.value);
    expect(log.pids().at(-1)).not.toBe(pid);
    expect(runtime.status()).toMatchObject({ state: 'ready', restarts: 1 });
    expect(log.statuses().some((st) => st.state === 'error' && st.errorCode === 'MODEL_PROCESS_CRASHED')).toBe(true);
    // The new process rebuilt the conversation from what was sent (the first answer is in its context).
    expect(answer.stats.rebuilt).toBe(true);
    expect(answer.stats.promptTokens).toBeGreaterThan(before.stats.promptTokens + before.stats.generatedTokens);
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
    await expect(runtime.generateJson({ prompt: 'hei', schema: { type: 'string' } })).rejects.toMatchObject({
      code: 'MODEL_NOT_CONFIGURED',
    });
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
      const log = captureLog();
      const runtime = new ModelRuntime({ logger: log.logger, models: { chat: broken }, gpu: false, contextSize: 256 });
      await expect(runtime.load()).rejects.toMatchObject({ code: 'MODEL_LOAD_FAILED' });
      expect(runtime.status()).toMatchObject({ state: 'error', errorCode: 'MODEL_LOAD_FAILED' });
      expect(runtime.status().message).toMatch(/kunne ikke lastes/);
      expect(log.statuses().at(-1)).toMatchObject({ state: 'error', errorCode: 'MODEL_LOAD_FAILED' });
      await runtime.shutdown();
    } finally {
      await cleanup();
    }
  });
});
