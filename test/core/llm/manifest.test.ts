import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  readLock,
  readManifest,
  sourceUri,
  verifyPulledFile,
  writeLock,
  type ManifestEntry,
} from '../../../models/pull.js';
import { ensureTinyModel } from '../../../models/tiny/generate.js';
import { makeTempDir } from '../../helpers/tempDir.js';

describe('model manifest', () => {
  it('names a default chat model and a default embedding model with source, licence and context length', async () => {
    const manifest = await readManifest();
    const chat = manifest.models.find((m) => m.purpose === 'chat' && m.default);
    const embedding = manifest.models.find((m) => m.purpose === 'embedding' && m.default);
    expect(chat).toMatchObject({
      fileName: 'Qwen3-4B-Instruct-2507-Q4_K_M.gguf',
      license: { spdx: 'Apache-2.0' },
      quantization: 'Q4_K_M',
    });
    expect(embedding).toMatchObject({ license: { spdx: 'MIT' }, embeddingLength: 384 });
    for (const model of manifest.models) {
      expect(model.source.uri).toMatch(/^hf:[^/]+\/[^/]+\/.+\.gguf$/);
      expect(model.fileName.endsWith('.gguf')).toBe(true);
      expect(model.contextLength).toBeGreaterThan(0);
      expect(model.sha256 === null || /^[0-9a-f]{64}$/.test(model.sha256)).toBe(true);
      expect(new Set(manifest.models.map((m) => m.id)).size).toBe(manifest.models.length);
    }
  });
});

describe('verifying a pulled model', () => {
  const entry = (overrides: Partial<ManifestEntry> = {}): ManifestEntry => ({
    id: 'tiny',
    purpose: 'chat',
    default: false,
    displayName: 'Tiny',
    source: { uri: 'hf:example/tiny/tiny.gguf', revision: 'abc123', page: '', baseModel: '' },
    fileName: 'tiny.gguf',
    expectedSizeBytes: null,
    approximateSizeBytes: 0,
    sha256: null,
    license: { spdx: 'MIT', url: '' },
    architecture: 'llama',
    quantization: 'F16',
    contextLength: 2048,
    appContextLength: 2048,
    ...overrides,
  });

  it('pins size and sha256 on the first pull, then refuses a different file', async () => {
    const { dir, cleanup } = await makeTempDir();
    try {
      const file = await ensureTinyModel();
      const bytes = await fs.readFile(file);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const pin = await verifyPulledFile(entry(), file, undefined, { now: new Date('2025-01-01T00:00:00Z') });
      expect(pin).toEqual({
        fileName: 'tiny.gguf',
        uri: 'hf:example/tiny/tiny.gguf#abc123',
        size: bytes.length,
        sha256,
        pinnedAt: '2025-01-01T00:00:00.000Z',
      });
      expect(sourceUri(entry({ source: { uri: 'hf:a/b/c.gguf', revision: null, page: '', baseModel: '' } }))).toBe(
        'hf:a/b/c.gguf',
      );

      const lockFile = path.join(dir, 'manifest.lock.json');
      await writeLock({ version: 1, models: { tiny: pin } }, lockFile);
      const lock = await readLock(lockFile);
      expect(lock.models['tiny']).toEqual(pin);

      const changed = path.join(dir, 'changed.gguf');
      await fs.writeFile(
        changed,
        Buffer.concat([bytes.subarray(0, bytes.length - 1), Buffer.from([bytes[bytes.length - 1]! ^ 1])]),
      );
      await expect(verifyPulledFile(entry(), changed, lock.models['tiny'])).rejects.toThrow(/sha256 .* ≠ pinned/);
      await expect(verifyPulledFile(entry(), changed, lock.models['tiny'], { repin: true })).resolves.toMatchObject({
        size: bytes.length,
      });
      await expect(verifyPulledFile(entry({ expectedSizeBytes: 10 }), file, undefined)).rejects.toThrow(
        /size .* ≠ manifest 10/,
      );
      await expect(verifyPulledFile(entry({ sha256: '0'.repeat(64) }), file, undefined)).rejects.toThrow(
        /≠ manifest 0{64}/,
      );
    } finally {
      await cleanup();
    }
  });
});
