import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureTinyModel } from '../../models/tiny/generate.js';
import { makeTempDir } from '../helpers/tempDir.js';
import { runInkludmi } from './run.js';

let dir: string;
let cleanup: () => Promise<void>;
let tiny: string;
beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir());
  tiny = await ensureTinyModel();
  process.env['INKLUDMI_POLICY_FILE'] = path.join(dir, 'no-policy.json');
});
afterAll(() => cleanup());

describe('inkludmi model', () => {
  it('info prints the versions', async () => {
    const { code, stdout } = await runInkludmi(['info', '--data-dir', dir]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/SQLCipher\s+4\.\d+/);
    expect(stdout).toMatch(/node-llama-cpp\s+3\.\d+/);
  });

  it('refuses a file that is not GGUF, with a clear message and nothing changed', async () => {
    const bad = path.join(dir, 'notes.gguf');
    await fs.writeFile(bad, 'dette er ikke en modell');
    const { code, stderr } = await runInkludmi(['model', 'import', bad, '--data-dir', dir]);
    expect(code).toBe(1);
    expect(stderr).toContain('Filen er ikke en språkmodell i GGUF-format');
    expect(stderr).toContain('Ingenting ble endret');
    await expect(fs.readdir(path.join(dir, 'models'))).rejects.toThrow();
  });

  it('imports a good file with its sha256, lists it as active, and is idempotent', async () => {
    const first = await runInkludmi(['model', 'import', tiny, '--data-dir', dir]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Importert: tiny-[0-9a-f]+\.gguf$/m);
    const sha = /sha256: ([0-9a-f]{64})/.exec(first.stdout)?.[1];
    expect(sha).toBeDefined();
    const again = await runInkludmi(['model', 'import', tiny, '--data-dir', dir]);
    expect(again.stdout).toContain('allerede installert');

    const list = await runInkludmi(['model', 'list', '--json', '--data-dir', dir]);
    const overview = JSON.parse(list.stdout) as {
      models: { fileName: string; sha256: string; active: boolean }[];
      active: { chat: string };
    };
    expect(overview.models).toHaveLength(1);
    expect(overview.models[0]).toMatchObject({ sha256: sha, active: true });
    expect(overview.active.chat).toBe(overview.models[0]?.fileName);
  });

  it('usage errors exit with 2 and say how to call the command', async () => {
    const { code, stderr } = await runInkludmi(['model', 'import']);
    expect(code).toBe(2);
    expect(stderr).toContain('Bruk: inkludmi model import FIL');
  });
});
