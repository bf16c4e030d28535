import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ModelError } from '../../../electron/core/llm/errors.js';
import type { ImportProgress } from '../../../electron/core/llm/model-import.js';
import { listInstalledModels } from '../../../electron/core/llm/model-registry.js';
import { MAX_MODEL_FILE_BYTES, ModelUploads, UPLOAD_CHUNK_BYTES } from '../../../electron/core/llm/model-upload.js';
import { ensureTinyModel } from '../../../models/tiny/generate.js';
import { makeTempDir } from '../../helpers/tempDir.js';

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');
const PIECE = 64 * 1024;

/** File names in the folder (hidden ones too), or [] when it does not exist. */
const listing = async (dir: string) => (await fs.readdir(dir).catch(() => [])).sort();

async function refusal(promise: Promise<unknown>): Promise<ModelError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ModelError);
  return error as ModelError;
}

describe('uploading a model file piece by piece (browser mode)', () => {
  let work: string;
  let cleanup: () => Promise<void>;
  let tiny: Buffer;
  let modelsDir: string;
  let n = 0;

  beforeAll(async () => {
    const temp = await makeTempDir('inkludmi-upload-');
    work = temp.dir;
    cleanup = temp.cleanup;
    tiny = await fs.readFile(await ensureTinyModel());
  });
  afterAll(async () => cleanup?.());
  beforeEach(() => {
    modelsDir = path.join(work, `models-${++n}`);
  });

  /** Sends `data` in pieces of PIECE bytes; returns what the folder held after the first piece. */
  async function send(uploads: ModelUploads, id: string, data: Buffer, owner = 'admin-1') {
    let afterFirst: { names: string[]; sizes: number[] } | null = null;
    for (let offset = 0; offset < data.length; offset += PIECE) {
      await uploads.write(id, owner, offset, data.subarray(offset, offset + PIECE));
      if (!afterFirst) {
        const names = await listing(modelsDir);
        afterFirst = {
          names,
          sizes: await Promise.all(names.map(async (f) => (await fs.stat(path.join(modelsDir, f))).size)),
        };
      }
    }
    return afterFirst;
  }

  it('writes each piece straight to a temporary file, then checks, hashes and installs it like an import from disk', async () => {
    const uploads = new ModelUploads(modelsDir);
    await uploads.begin('up-1', 'admin-1', 'Min modell (Q4).gguf', tiny.length);
    const afterFirst = await send(uploads, 'up-1', tiny);
    // Streamed to disk: after one piece the folder holds one temporary file of exactly that piece.
    expect(afterFirst?.names).toHaveLength(1);
    expect(afterFirst?.names[0]).toMatch(/^\.upload-[0-9a-f]+\.partial$/);
    expect(afterFirst?.sizes).toEqual([PIECE]);

    const progress: ImportProgress[] = [];
    const result = await uploads.finish('up-1', 'admin-1', (p) => progress.push(p));
    expect(result.alreadyInstalled).toBe(false);
    expect(result.model).toMatchObject({ fileName: 'Min-modell-Q4-.gguf', sha256: sha256(tiny), size: tiny.length });
    expect(result.model.requiredMemoryBytes).toBeGreaterThan(tiny.length);
    expect(progress.map((p) => p.phase)).toEqual(expect.arrayContaining(['checking', 'hashing', 'done']));
    expect(progress.filter((p) => p.phase === 'hashing').at(-1)).toMatchObject({
      bytesDone: tiny.length,
      bytesTotal: tiny.length,
    });
    expect(sha256(await fs.readFile(path.join(modelsDir, result.model.fileName)))).toBe(sha256(tiny));
    expect(await listInstalledModels(modelsDir)).toEqual([result.model]);
    expect(await listing(modelsDir)).toEqual(['Min-modell-Q4-.gguf', 'models.json']);
  });

  it('cancelled half way: the partial file is removed, nothing is installed, and later pieces are refused', async () => {
    const uploads = new ModelUploads(modelsDir);
    await uploads.begin('up-2', 'admin-1', 'modell.gguf', tiny.length);
    await uploads.write('up-2', 'admin-1', 0, tiny.subarray(0, PIECE));
    await uploads.write('up-2', 'admin-1', PIECE, tiny.subarray(PIECE, 2 * PIECE));
    expect(await listing(modelsDir)).toHaveLength(1);
    expect(await uploads.cancel('up-2', 'admin-1')).toBe(true);
    expect(await listing(modelsDir)).toEqual([]);
    const late = await refusal(uploads.write('up-2', 'admin-1', 2 * PIECE, tiny.subarray(2 * PIECE, 3 * PIECE)));
    expect(late.code).toBe('IMPORT_UPLOAD_GONE');
    expect(late.message).toMatch(/finnes ikke lenger.*Ingenting ble endret/);
    expect((await refusal(uploads.finish('up-2', 'admin-1'))).code).toBe('IMPORT_UPLOAD_GONE');
    expect(await listing(modelsDir)).toEqual([]);
  });

  it('cancelled while the sha256 is computed: nothing is installed and no file is left', async () => {
    const uploads = new ModelUploads(modelsDir);
    await uploads.begin('up-3', 'admin-1', 'modell.gguf', tiny.length);
    await send(uploads, 'up-3', tiny);
    const error = await refusal(
      uploads.finish('up-3', 'admin-1', (p) => {
        if (p.phase === 'hashing') void uploads.cancel('up-3', 'admin-1');
      }),
    );
    expect(error.code).toBe('IMPORT_CANCELLED');
    expect(error.message).toBe('Importen ble avbrutt. Ingenting ble endret.');
    expect(await listing(modelsDir)).toEqual([]);
    expect(await listInstalledModels(modelsDir).catch(() => [])).toEqual([]);
  });

  it('refuses a file that is not GGUF at its first piece, in Norwegian, and keeps nothing', async () => {
    const uploads = new ModelUploads(modelsDir);
    const notes = Buffer.from('Dette er et notat, ikke en modell. '.repeat(100));
    await uploads.begin('up-4', 'admin-1', 'notat.gguf', notes.length);
    const error = await refusal(uploads.write('up-4', 'admin-1', 0, notes.subarray(0, 1000)));
    expect(error.code).toBe('IMPORT_NOT_GGUF');
    expect(error.message).toBe('Filen er ikke en språkmodell i GGUF-format. Velg en fil som slutter på .gguf.');
    expect(await listing(modelsDir)).toEqual([]);
    expect((await refusal(uploads.begin('up-5', 'admin-1', 'notat.txt', 1000))).code).toBe('IMPORT_NOT_GGUF');
  });

  it('refuses a model that needs more memory than the machine has, as soon as its header is in', async () => {
    const uploads = new ModelUploads(modelsDir, { totalMemoryBytes: 64 * 1024 });
    await uploads.begin('up-6', 'admin-1', 'modell.gguf', tiny.length);
    const error = await refusal(send(uploads, 'up-6', tiny));
    expect(error.code).toBe('IMPORT_TOO_LARGE');
    expect(error.message).toMatch(/^Modellen trenger omtrent [\d,]+ GB minne, men denne maskinen har bare [\d,]+ GB/);
    expect(await listing(modelsDir)).toEqual([]);
  });

  it('refuses sizes no model can have, pieces past the declared size or out of order, and oversized pieces', async () => {
    const uploads = new ModelUploads(modelsDir);
    const tooBig = await refusal(uploads.begin('big', 'admin-1', 'modell.gguf', MAX_MODEL_FILE_BYTES + 1));
    expect(tooBig.code).toBe('IMPORT_FILE_TOO_BIG');
    expect(tooBig.message).toMatch(/^Filen er større enn noen språkmodell/);
    const noSpace = await refusal(uploads.begin('big', 'admin-1', 'modell.gguf', MAX_MODEL_FILE_BYTES));
    expect(noSpace.code).toBe('IMPORT_NO_SPACE');
    expect(noSpace.message).toMatch(/^Det trengs [\d ,]+ GB ledig diskplass/);

    const declared = 2 * PIECE;
    await uploads.begin('past', 'admin-1', 'modell.gguf', declared);
    await uploads.write('past', 'admin-1', 0, tiny.subarray(0, PIECE));
    const past = await refusal(uploads.write('past', 'admin-1', PIECE, tiny.subarray(PIECE, 3 * PIECE)));
    expect(past.code).toBe('IMPORT_UPLOAD_BROKEN');
    expect(await listing(modelsDir)).toEqual([]);

    await uploads.begin('order', 'admin-1', 'modell.gguf', tiny.length);
    await uploads.write('order', 'admin-1', 0, tiny.subarray(0, PIECE));
    const skipped = await refusal(uploads.write('order', 'admin-1', 2 * PIECE, tiny.subarray(2 * PIECE, 3 * PIECE)));
    expect(skipped.code).toBe('IMPORT_UPLOAD_BROKEN');
    expect(await listing(modelsDir)).toEqual([]);

    await uploads.begin('piece', 'admin-1', 'modell.gguf', 4 * UPLOAD_CHUNK_BYTES);
    const header = Buffer.alloc(UPLOAD_CHUNK_BYTES + 1);
    tiny.copy(header, 0, 0, 4);
    expect((await refusal(uploads.write('piece', 'admin-1', 0, header))).code).toBe('IMPORT_UPLOAD_BROKEN');
    expect(await listing(modelsDir)).toEqual([]);
  });

  it('a file that ends early is refused at the end as incomplete, and removed', async () => {
    const uploads = new ModelUploads(modelsDir);
    await uploads.begin('short', 'admin-1', 'modell.gguf', tiny.length);
    await uploads.write('short', 'admin-1', 0, tiny.subarray(0, PIECE));
    const error = await refusal(uploads.finish('short', 'admin-1'));
    expect(error.code).toBe('IMPORT_TRUNCATED');
    expect(error.message).toMatch(/ufullstendig/);
    expect(await listing(modelsDir)).toEqual([]);
  });

  it("another user cannot write to, finish or cancel someone's upload", async () => {
    const uploads = new ModelUploads(modelsDir);
    await uploads.begin('mine', 'admin-1', 'modell.gguf', tiny.length);
    await uploads.write('mine', 'admin-1', 0, tiny.subarray(0, PIECE));
    expect((await refusal(uploads.write('mine', 'admin-2', PIECE, tiny.subarray(PIECE, 2 * PIECE)))).code).toBe(
      'IMPORT_UPLOAD_GONE',
    );
    expect(await uploads.cancel('mine', 'admin-2')).toBe(false);
    expect((await refusal(uploads.finish('mine', 'admin-2'))).code).toBe('IMPORT_UPLOAD_GONE');
    // Her own upload is untouched by all that: it goes on where it was.
    await expect(uploads.write('mine', 'admin-1', PIECE, tiny.subarray(PIECE, 2 * PIECE))).resolves.toEqual({
      received: 2 * PIECE,
      size: tiny.length,
    });
    expect(await uploads.cancel('mine', 'admin-1')).toBe(true);
    expect(await listing(modelsDir)).toEqual([]);
  });

  it('an upload left standing (the page was closed) is dropped and its file removed', async () => {
    const uploads = new ModelUploads(modelsDir, { idleMs: 50 });
    await uploads.begin('left', 'admin-1', 'modell.gguf', tiny.length);
    await uploads.write('left', 'admin-1', 0, tiny.subarray(0, PIECE));
    expect(await listing(modelsDir)).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await listing(modelsDir)).toEqual([]);
    expect((await refusal(uploads.write('left', 'admin-1', PIECE, tiny.subarray(PIECE, 2 * PIECE)))).code).toBe(
      'IMPORT_UPLOAD_GONE',
    );
  });
});
