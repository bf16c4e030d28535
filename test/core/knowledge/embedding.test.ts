/**
 * Hybrid retrieval for real (issue 15): when the admin has chosen an embedding model, the chat's
 * knowledge service embeds the passages through the model runtime once, stores the vectors with
 * the index and reuses them after a restart; without one, or when the model cannot embed, search
 * is keyword-only and says so.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runtimeEmbedding } from '../../../electron/core/chat/services.js';
import { EncryptedStore } from '../../../electron/core/db/store.js';
import { citationOf, KnowledgeService } from '../../../electron/core/knowledge/service.js';
import { ModelRuntime } from '../../../electron/core/llm/runtime.js';
import { ensureTinyModel } from '../../../models/tiny/generate.js';
import { makeTempDir } from '../../helpers/tempDir.js';

let store: EncryptedStore;
let runtime: ModelRuntime;
let embeddingFile: string;
let chatFile: string;
let cleanup: () => Promise<void>;
let vectorCacheDir: string;
const key = randomBytes(32);
const org = { id: 'org-embed', name: 'Vektor AS' };
let embedCalls = 0;

/** The runtime as the chat sees it, counting the texts it is asked to embed. */
function counted(rt: ModelRuntime) {
  return {
    generateJson: rt.generateJson.bind(rt),
    embeddingModel: () => rt.embeddingModel(),
    embed: async (texts: readonly string[]) => {
      embedCalls += texts.length;
      return rt.embed(texts);
    },
  };
}

beforeAll(async () => {
  const temp = await makeTempDir('inkludmi-embed-');
  cleanup = temp.cleanup;
  vectorCacheDir = path.join(temp.dir, 'data', 'cache', 'knowledge');
  store = new EncryptedStore({ dataDir: path.join(temp.dir, 'data') });
  await store.create(key, org);
  const tiny = await ensureTinyModel();
  chatFile = tiny;
  // The tiny generated model stands in for the embedding model, under a name of its own.
  embeddingFile = path.join(temp.dir, 'tiny-embed.gguf');
  await fs.copyFile(tiny, embeddingFile);
  runtime = new ModelRuntime({ models: { chat: tiny }, gpu: false, contextSize: 1024 });
}, 120_000);

afterAll(async () => {
  await runtime?.shutdown();
  await store?.close();
  await cleanup?.();
});

describe('knowledge search with the embedding model the admin chose', () => {
  it('is keyword-only while no embedding model is chosen (the chat model is never used for vectors)', async () => {
    expect(runtimeEmbedding(counted(runtime))).toBeNull();
    const service = new KnowledgeService({
      store,
      vectorCacheDir,
      embedding: () => runtimeEmbedding(counted(runtime)),
    });
    await service.vectorsReady();
    const answer = await service.search('Hva er arbeidsforberedende trening?');
    expect(answer.mode).toBe('keyword');
    expect(embedCalls).toBe(0);
    // The chat's citation keeps how it was found, for the sources list to say so.
    expect(answer.passages.map((p) => citationOf(p).mode)).toEqual(answer.passages.map(() => 'keyword'));
  });

  it('embeds every passage once through the runtime, then answers in hybrid mode', async () => {
    await runtime.setModels({
      chat: chatFile,
      embedding: embeddingFile,
    });
    const service = new KnowledgeService({
      store,
      vectorCacheDir,
      embedding: () => runtimeEmbedding(counted(runtime)),
    });
    const index = await service.index();
    await service.vectorsReady();
    const passages = index.passageCount;
    expect(embedCalls).toBe(passages);
    // The vectors were added to the keyword index, not to a second build of it.
    expect(await service.index()).toBe(index);
    expect(index.stats.embedded).toBe(passages);
    const answer = await service.search('Hva er arbeidsforberedende trening?');
    expect(answer.mode).toBe('hybrid');
    expect(answer.answer).toBe('passages');
    expect(citationOf(answer.passages[0]!).mode).toBe('hybrid');
  }, 300_000);

  it('reuses the stored vectors after the app is locked and unlocked (a restart), embedding only the question', async () => {
    const before = embedCalls;
    await store.close();
    await store.open(key, org.id);
    const service = new KnowledgeService({
      store,
      vectorCacheDir,
      embedding: () => runtimeEmbedding(counted(runtime)),
    });
    await service.vectorsReady();
    expect(embedCalls).toBe(before);
    const answer = await service.search('Hvordan søker jeg jobb?');
    expect(answer.mode).toBe('hybrid');
    expect(embedCalls).toBe(before + 1);
    expect((await service.index()).stats.embedded).toBe(0);
  }, 120_000);

  it('embeds again for another model file, even under the same name', async () => {
    const before = embedCalls;
    const other = path.join(path.dirname(embeddingFile), 'other', path.basename(embeddingFile));
    await fs.mkdir(path.dirname(other), { recursive: true });
    await fs.copyFile(embeddingFile, other);
    await fs.appendFile(other, Buffer.alloc(64));
    await runtime.setModels({ chat: chatFile, embedding: other });
    const service = new KnowledgeService({
      store,
      vectorCacheDir,
      embedding: () => runtimeEmbedding(counted(runtime)),
    });
    await service.vectorsReady();
    const passages = (await service.index()).passageCount;
    expect(embedCalls).toBe(before + passages);
    expect(await fs.readdir(vectorCacheDir)).toHaveLength(2);
    await runtime.setModels({ chat: chatFile, embedding: embeddingFile });
  }, 300_000);

  it('falls back to keywords, and says so, when the embedding model cannot embed', async () => {
    const broken = {
      generateJson: runtime.generateJson.bind(runtime),
      embeddingModel: () => path.join(path.dirname(embeddingFile), 'other-model.gguf'),
      embed: () => Promise.reject(new Error('modellen kunne ikke lastes')),
    };
    const service = new KnowledgeService({ store, vectorCacheDir, embedding: () => runtimeEmbedding(broken) });
    await service.vectorsReady();
    const answer = await service.search('Hva er arbeidsforberedende trening?');
    expect(answer.mode).toBe('keyword');
    expect(answer.passages[0]?.docId).toBe('arbeidsforberedende-trening');
  });
});
