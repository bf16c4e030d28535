import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGgufInfo } from '../../../electron/core/llm/gguf-info.js';
import { importModel, type ImportProgress } from '../../../electron/core/llm/model-import.js';
import { listInstalledModels } from '../../../electron/core/llm/model-registry.js';
import { encodeGguf, type GgufTensor, type GgufValue } from '../../../models/tiny/gguf-writer.js';
import { ensureTinyModel, TINY_MODEL } from '../../../models/tiny/generate.js';
import { makeTempDir } from '../../helpers/tempDir.js';

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** Every file in the folder with its size and hash (or null when the folder does not exist). */
async function snapshot(dir: string): Promise<Record<string, string> | null> {
  const names = await fs.readdir(dir).catch(() => null);
  if (!names) return null;
  const entries = await Promise.all(
    names.sort().map(async (name) => [name, sha256(await fs.readFile(path.join(dir, name)))] as const),
  );
  return Object.fromEntries(entries);
}

/**
 * A GGUF header of a llama model far bigger than this machine's memory (twice os.totalmem()), with
 * no weights behind it: what a person might pick when they grab the wrong file.
 */
function hugeModelHeader(): Buffer {
  const width = 8192;
  const feedForward = 28672;
  const perBlock = (4 * width * width + 3 * width * feedForward) * 2;
  const blocks = Math.ceil((2 * os.totalmem()) / perBlock);
  const u32 = (value: number): GgufValue => ({ type: 'uint32', value });
  const metadata: Array<readonly [string, GgufValue]> = [
    ['general.architecture', { type: 'string', value: 'llama' }],
    ['general.name', { type: 'string', value: 'Huge' }],
    ['general.file_type', u32(1)],
    ['llama.context_length', u32(4096)],
    ['llama.embedding_length', u32(width)],
    ['llama.block_count', u32(blocks)],
    ['llama.feed_forward_length', u32(feedForward)],
    ['llama.attention.head_count', u32(64)],
    ['llama.attention.head_count_kv', u32(8)],
    ['llama.attention.layer_norm_rms_epsilon', { type: 'float32', value: 1e-5 }],
    ['llama.rope.dimension_count', u32(128)],
    ['tokenizer.ggml.model', { type: 'string', value: 'llama' }],
    ['tokenizer.ggml.tokens', { type: 'string[]', value: ['<unk>', '<s>', '</s>'] }],
  ];
  const tensors: GgufTensor[] = [{ name: 'token_embd.weight', dims: [width, 32000], type: 'F16' }];
  for (let b = 0; b < blocks; b++) {
    for (const name of ['attn_q', 'attn_k', 'attn_v', 'attn_output'])
      tensors.push({ name: `blk.${b}.${name}.weight`, dims: [width, width], type: 'F16' });
    for (const name of ['ffn_gate', 'ffn_up'])
      tensors.push({ name: `blk.${b}.${name}.weight`, dims: [width, feedForward], type: 'F16' });
    tensors.push({ name: `blk.${b}.ffn_down.weight`, dims: [feedForward, width], type: 'F16' });
  }
  return encodeGguf({ metadata, tensors }, { headerOnly: true });
}

describe('reading a GGUF header', () => {
  it('tells architecture, size, quantisation, context length and chat template of the tiny model', async () => {
    const info = await readGgufInfo(await ensureTinyModel());
    expect(info).toMatchObject({
      architecture: 'llama',
      name: TINY_MODEL.name,
      quantization: 'F16',
      contextLength: TINY_MODEL.contextLength,
      embeddingLength: TINY_MODEL.embeddingLength,
      hasChatTemplate: true,
      purpose: 'chat',
      supported: true,
    });
    expect(info.parameterCount).toBeGreaterThan(100_000);
    expect(info.parameterCount).toBeLessThan(200_000);
    expect(info.expectedFileSize).toBeLessThanOrEqual(info.fileSize);
    expect(info.requiredMemoryBytes).toBeGreaterThan(info.tensorBytes);
  });
});

describe('importing a model file', () => {
  let work: string;
  let modelsDir: string;
  let cleanup: () => Promise<void>;
  let tiny: Buffer;
  let tinyPath: string;

  beforeAll(async () => {
    const temp = await makeTempDir('inkludmi-import-');
    work = temp.dir;
    cleanup = temp.cleanup;
    modelsDir = path.join(work, 'models');
    tinyPath = path.join(work, 'Tiny Model (test).gguf');
    tiny = await fs.readFile(await ensureTinyModel());
    await fs.writeFile(tinyPath, tiny);
  });

  afterAll(async () => cleanup?.());

  it('imports a good file: copied under a safe name, sha256 recorded, progress reported', async () => {
    const progress: ImportProgress[] = [];
    const { model, alreadyInstalled } = await importModel(tinyPath, modelsDir, { onProgress: (p) => progress.push(p) });
    expect(alreadyInstalled).toBe(false);
    expect(model).toMatchObject({
      sha256: sha256(tiny),
      id: sha256(tiny).slice(0, 16),
      size: tiny.length,
      architecture: 'llama',
      quantization: 'F16',
      contextLength: TINY_MODEL.contextLength,
      hasChatTemplate: true,
      purpose: 'chat',
      source: 'import',
    });
    expect(model.fileName).toBe('Tiny-Model-test-.gguf');
    expect(sha256(await fs.readFile(path.join(modelsDir, model.fileName)))).toBe(sha256(tiny));
    expect(await listInstalledModels(modelsDir)).toEqual([model]);
    expect(Object.keys((await snapshot(modelsDir)) ?? {}).sort()).toEqual([model.fileName, 'models.json'].sort());
    const copying = progress.filter((p) => p.phase === 'copying');
    expect(copying.length).toBeGreaterThan(0);
    expect(copying.at(-1)).toMatchObject({ bytesDone: tiny.length, bytesTotal: tiny.length });
    expect(progress.at(-1)?.phase).toBe('done');
  });

  it('a cancelled import says so and leaves the models folder as it was', async () => {
    const before = await snapshot(modelsDir);
    const controller = new AbortController();
    const other = path.join(work, 'other-copy.gguf');
    // A different file (so it is not recognised as installed): the tiny model with trailing bytes.
    await fs.writeFile(other, Buffer.concat([tiny, Buffer.alloc(8 * 1024 * 1024)]));
    const error = await importModel(other, modelsDir, {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.phase === 'copying') controller.abort();
      },
    }).then(
      () => null,
      (e: unknown) => e as { code: string; message: string },
    );
    expect(error).toMatchObject({ code: 'IMPORT_CANCELLED', message: 'Importen ble avbrutt. Ingenting ble endret.' });
    expect(await snapshot(modelsDir)).toEqual(before);
  });

  it('recognises a file it already has and copies nothing', async () => {
    const before = await snapshot(modelsDir);
    const again = await importModel(tinyPath, modelsDir);
    expect(again.alreadyInstalled).toBe(true);
    expect(again.model.sha256).toBe(sha256(tiny));
    expect(await snapshot(modelsDir)).toEqual(before);
  });

  const refusals: Array<{
    what: string;
    code: string;
    message: RegExp;
    make: () => Promise<string>;
    totalMemoryBytes?: number;
  }> = [
    {
      what: 'a file that is not GGUF',
      code: 'IMPORT_NOT_GGUF',
      message: /ikke en språkmodell i GGUF-format/,
      make: async () => {
        const file = path.join(work, 'notes.gguf');
        await fs.writeFile(file, 'Dette er et notat, ikke en modell.\n');
        return file;
      },
    },
    {
      what: 'an empty file',
      code: 'IMPORT_NOT_GGUF',
      message: /GGUF/,
      make: async () => {
        const file = path.join(work, 'empty.gguf');
        await fs.writeFile(file, '');
        return file;
      },
    },
    {
      what: 'a GGUF file cut short in its weights',
      code: 'IMPORT_TRUNCATED',
      message: /ufullstendig/,
      make: async () => {
        const file = path.join(work, 'half.gguf');
        await fs.writeFile(file, tiny.subarray(0, Math.floor(tiny.length * 0.6)));
        return file;
      },
    },
    {
      what: 'a GGUF file cut short in its header',
      code: 'IMPORT_TRUNCATED',
      message: /ufullstendig/,
      make: async () => {
        const file = path.join(work, 'header-only-part.gguf');
        await fs.writeFile(file, tiny.subarray(0, 3000));
        return file;
      },
    },
    {
      what: 'a model whose header needs more memory than the machine has',
      code: 'IMPORT_TOO_LARGE',
      message: /trenger omtrent [\d,]+ GB minne, men denne maskinen har bare [\d,]+ GB/,
      make: async () => {
        const file = path.join(work, 'huge.gguf');
        await fs.writeFile(file, hugeModelHeader());
        return file;
      },
    },
    {
      what: 'a good model on a machine with too little memory',
      code: 'IMPORT_TOO_LARGE',
      message: /trenger omtrent/,
      totalMemoryBytes: 64 * 1024,
      make: async () => tinyPath,
    },
    {
      what: 'a file that does not exist',
      code: 'IMPORT_NOT_FOUND',
      message: /Fant ikke/,
      make: async () => path.join(work, 'missing.gguf'),
    },
  ];

  for (const refusal of refusals) {
    it(`refuses ${refusal.what} with a clear message and changes nothing`, async () => {
      const file = await refusal.make();
      const before = await snapshot(modelsDir);
      const attempt = importModel(
        file,
        modelsDir,
        refusal.totalMemoryBytes ? { totalMemoryBytes: refusal.totalMemoryBytes } : {},
      );
      await expect(attempt).rejects.toMatchObject({ name: 'ModelError', code: refusal.code });
      await expect(attempt).rejects.toThrow(refusal.message);
      expect(await snapshot(modelsDir)).toEqual(before);
    });
  }

  it('refuses without creating the models folder when it does not exist yet', async () => {
    const fresh = path.join(work, 'fresh-models');
    await expect(importModel(path.join(work, 'notes.gguf'), fresh)).rejects.toMatchObject({ code: 'IMPORT_NOT_GGUF' });
    expect(await snapshot(fresh)).toBeNull();
  });
});
