import { createHash } from 'node:crypto';
import dns from 'node:dns';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {
  getLlama,
  LlamaChatSession,
  LlamaLogLevel,
  readGgufFileInfo,
  type Llama,
  type LlamaContext,
  type LlamaModel,
} from 'node-llama-cpp';
import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from 'vitest';
import { ensureTinyModel, TINY_MODEL, writeTinyModel } from '../../../models/tiny/generate.js';
import { makeTempDir } from '../../helpers/tempDir.js';

const sha256 = async (file: string) =>
  createHash('sha256')
    .update(await fs.readFile(file))
    .digest('hex');

describe('tiny test model generator', () => {
  it('writes the same bytes on every run', async () => {
    const { dir, cleanup } = await makeTempDir();
    try {
      const a = path.join(dir, 'a.gguf');
      const b = path.join(dir, 'b.gguf');
      await writeTinyModel(a);
      await writeTinyModel(b);
      expect(await sha256(a)).toBe(await sha256(b));
      const size = (await fs.stat(a)).size;
      expect(size).toBeGreaterThan(100_000);
      expect(size).toBeLessThan(1_000_000);
    } finally {
      await cleanup();
    }
  });

  it('writes a GGUF v3 llama model with an SPM vocabulary, ChatML tokens and a chat template', async () => {
    const file = await ensureTinyModel();
    const info = await readGgufFileInfo(file, { logWarnings: false });
    expect(info.version).toBe(3);
    expect(info.metadata.general.architecture).toBe('llama');
    expect(info.metadata.tokenizer.ggml.model).toBe('llama');
    const tokens = info.metadata.tokenizer.ggml.tokens;
    expect(tokens).toContain('<|im_start|>');
    expect(tokens).toContain('<|im_end|>');
    expect(tokens).toContain('<0x0A>');
    expect(tokens.filter((t) => /^<0x[0-9A-F]{2}>$/.test(t))).toHaveLength(256);
    expect(info.metadata.tokenizer.chat_template).toContain('<|im_start|>');
    expect(info.architectureMetadata.embedding_length).toBe(TINY_MODEL.embeddingLength);
    expect(info.architectureMetadata.block_count).toBe(2);
    expect(info.tensorInfo?.map((t) => t.name)).toEqual(
      expect.arrayContaining(['token_embd.weight', 'output.weight', 'blk.1.ffn_down.weight']),
    );
    // Every tensor's data starts on a 32-byte boundary.
    for (const tensor of info.tensorInfo ?? []) expect(Number(tensor.fileOffset) % 32).toBe(0);
  });
});

describe('tiny test model through node-llama-cpp', () => {
  let llama: Llama;
  let model: LlamaModel;
  let context: LlamaContext;
  const spies: MockInstance[] = [];

  beforeAll(async () => {
    // Offline by construction: any TCP connection or DNS lookup while loading or generating fails the test.
    spies.push(
      vi.spyOn(net.Socket.prototype, 'connect'),
      vi.spyOn(net, 'connect'),
      vi.spyOn(net, 'createConnection'),
      vi.spyOn(dns, 'lookup'),
      vi.spyOn(dns.promises, 'lookup'),
    );
    const modelPath = await ensureTinyModel();
    llama = await getLlama({ gpu: false, build: 'never', skipDownload: true, logLevel: LlamaLogLevel.error });
    model = await llama.loadModel({ modelPath });
    context = await model.createContext({ contextSize: 512, threads: os.availableParallelism() });
  });

  afterAll(async () => {
    await context?.dispose();
    await model?.dispose();
    for (const spy of spies) spy.mockRestore();
  });

  it('streams tokens of a chat answer', async () => {
    const session = new LlamaChatSession({ contextSequence: context.getSequence() });
    const chunks: string[] = [];
    let tokenCalls = 0;
    const answer = await session.prompt('Hei! Hva er neste steg for meg?', {
      maxTokens: 24,
      onTextChunk: (text) => chunks.push(text),
      onToken: () => tokenCalls++,
    });
    expect(tokenCalls).toBeGreaterThanOrEqual(10);
    expect(chunks.length).toBeGreaterThanOrEqual(10);
    expect(chunks.join('')).toBe(answer);
    expect(answer.length).toBeGreaterThan(0);
    session.dispose({ disposeSequence: true });
  });

  it('generates JSON that parses and matches a schema under a grammar', async () => {
    const session = new LlamaChatSession({ contextSequence: context.getSequence() });
    const grammar = await llama.createGrammarForJsonSchema({
      type: 'object',
      properties: {
        mood: { enum: ['bra', 'middels', 'dårlig'] },
        readyForNextStep: { type: 'boolean' },
      },
      required: ['mood', 'readyForNextStep'],
    } as const);
    const text = await session.prompt('Svar i JSON.', { grammar, maxTokens: 200 });
    const parsed = JSON.parse(text) as { mood: unknown; readyForNextStep: unknown };
    expect(['bra', 'middels', 'dårlig']).toContain(parsed.mood);
    expect(typeof parsed.readyForNextStep).toBe('boolean');
    expect(grammar.parse(text)).toEqual(parsed);
    session.dispose({ disposeSequence: true });
  });

  it('gives 64-dimensional embeddings that differ between texts', async () => {
    const embeddings = await model.createEmbeddingContext({ contextSize: 128, threads: os.availableParallelism() });
    try {
      const a = await embeddings.getEmbeddingFor('jobb og skole');
      const b = await embeddings.getEmbeddingFor('hvordan har du det i dag?');
      expect(a.vector).toHaveLength(TINY_MODEL.embeddingLength);
      expect(a.vector.every(Number.isFinite)).toBe(true);
      expect(a.vector).not.toEqual(b.vector);
    } finally {
      await embeddings.dispose();
    }
  });

  it('opened no network socket while loading and generating', () => {
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });

  it('the socket spy would notice a connection attempt (so the check above can fail)', async () => {
    const spy = spies[0];
    const socket = net.connect({ host: '127.0.0.1', port: 9 });
    socket.on('error', () => undefined);
    socket.destroy();
    expect(spy).toHaveBeenCalled();
    spy?.mockClear();
    vi.mocked(net.connect).mockClear();
  });
});
