import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/index.js';
import { silentLogger } from '../../../electron/core/log.js';
import { verifyShippedModels, type ModelLock } from '../../../electron/core/llm/model-lock.js';
import { ensureTinyModel } from '../../../models/tiny/generate.js';
import { makeTempDir } from '../../helpers/tempDir.js';

/**
 * Supply chain: a model file shipped with the installers is used only when it is exactly the file
 * pinned in models/manifest.lock.json — checked at build (`npm run models:verify`) and at start.
 */
let dir: string;
let cleanup: () => Promise<void>;
let bytes: Buffer;
let pin: ModelLock['models'][string];
beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
  bytes = await fs.readFile(await ensureTinyModel());
  pin = {
    fileName: 'tiny.gguf',
    uri: 'hf:example/tiny/tiny.gguf#abc',
    size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    pinnedAt: '2026-01-01T00:00:00.000Z',
  };
});
afterEach(() => cleanup());

const MODELS = [{ id: 'tiny', fileName: 'tiny.gguf' }];

async function ship(files: Record<string, Buffer>, lock: ModelLock | null): Promise<void> {
  for (const [name, content] of Object.entries(files)) await fs.writeFile(path.join(dir, name), content);
  if (lock) await fs.writeFile(path.join(dir, 'manifest.lock.json'), JSON.stringify(lock));
  const manifest = {
    version: 1,
    models: [
      {
        id: 'tiny',
        purpose: 'chat',
        default: true,
        displayName: 'Tiny',
        fileName: 'tiny.gguf',
        sha256: null,
        license: { spdx: 'MIT', url: '' },
        architecture: 'llama',
        quantization: 'F32',
        contextLength: 2048,
      },
    ],
  };
  await fs.writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
}

function flipLastByte(b: Buffer): Buffer {
  return Buffer.concat([b.subarray(0, b.length - 1), Buffer.from([b[b.length - 1]! ^ 1])]);
}

describe('model lock: the build check (npm run models:verify)', () => {
  it('passes when every shipped file is its pinned file, and nothing ships when no model is there', async () => {
    expect(await verifyShippedModels(dir, MODELS)).toEqual({ checked: [], problems: [] });
    await ship({ 'tiny.gguf': bytes }, { version: 1, models: { tiny: pin } });
    expect(await verifyShippedModels(dir, MODELS)).toEqual({ checked: ['tiny.gguf'], problems: [] });
  });

  it('fails for an unpinned file, a changed file, a wrong size and a .gguf the manifest does not know', async () => {
    await ship({ 'tiny.gguf': bytes }, null);
    expect((await verifyShippedModels(dir, MODELS)).problems).toEqual([
      expect.stringMatching(/tiny\.gguf: not pinned/),
    ]);
    await ship({ 'tiny.gguf': flipLastByte(bytes) }, { version: 1, models: { tiny: pin } });
    expect((await verifyShippedModels(dir, MODELS)).problems).toEqual([
      expect.stringMatching(/tiny\.gguf: sha256 [0-9a-f]{64} ≠ pinned/),
    ]);
    await ship({ 'tiny.gguf': bytes }, { version: 1, models: { tiny: { ...pin, size: pin.size + 1 } } });
    expect((await verifyShippedModels(dir, MODELS)).problems).toEqual([expect.stringMatching(/size \d+ ≠ pinned/)]);
    await ship({ 'tiny.gguf': bytes, 'extra.gguf': bytes }, { version: 1, models: { tiny: pin } });
    expect((await verifyShippedModels(dir, MODELS)).problems).toEqual([
      expect.stringMatching(/extra\.gguf: not in models\/manifest\.json/),
    ]);
  });
});

describe('model lock: the start check', () => {
  async function shippedModels(): Promise<{ offered: string[]; refused: string[] }> {
    const core = createCore({
      dataDir: path.join(dir, 'data'),
      appVersion: '1',
      logger: silentLogger,
      bundledModelsDir: dir,
    });
    try {
      await core.ready;
      const overview = await core.services.models.overview();
      return { offered: overview.models.map((m) => `${m.source}:${m.fileName}`), refused: overview.refused };
    } finally {
      await core.close();
    }
  }

  it('offers a shipped model only when it is exactly the pinned file', async () => {
    await ship({ 'tiny.gguf': bytes }, { version: 1, models: { tiny: pin } });
    expect(await shippedModels()).toEqual({ offered: ['bundled:tiny.gguf'], refused: [] });
  });

  it('refuses a shipped model that was changed after the build or was never pinned, and says which (for the admin)', async () => {
    await ship({ 'tiny.gguf': flipLastByte(bytes) }, { version: 1, models: { tiny: pin } });
    expect(await shippedModels()).toEqual({ offered: [], refused: ['tiny.gguf'] });
    await fs.rm(path.join(dir, 'manifest.lock.json'));
    await ship({ 'tiny.gguf': bytes }, null);
    expect(await shippedModels()).toEqual({ offered: [], refused: ['tiny.gguf'] });
  });
});
