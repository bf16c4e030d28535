/**
 * Import of a model file picked by IT staff or an admin: check the header (GGUF, complete,
 * supported, fits in memory, fits on disk), then copy it into the models folder while computing
 * its sha256, under a temporary name that is renamed only when everything succeeded, and record
 * it in the folder's registry. A refused or failed import leaves the models folder as it was.
 * A file that arrived by upload (already written to a temporary name in the models folder) goes
 * through the same checks and the same install step, with the sha256 computed from disk.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ModelError } from './errors.js';
import { readGgufInfo, type GgufInfo } from './gguf-info.js';
import { readRegistry, writeRegistry, type InstalledModel } from './model-registry.js';

export type ImportPhase = 'checking' | 'copying' | 'hashing' | 'done';

export interface ImportProgress {
  phase: ImportPhase;
  bytesDone: number;
  bytesTotal: number;
}

export interface ImportOptions {
  onProgress?: (progress: ImportProgress) => void;
  signal?: AbortSignal;
  /** Memory the model must fit in; defaults to os.totalmem() (injectable for tests). */
  totalMemoryBytes?: number;
  now?: () => Date;
}

export interface ImportResult {
  model: InstalledModel;
  /** True when the same file (same sha256) was already installed; nothing was copied. */
  alreadyInstalled: boolean;
}

/** Temporary files in the models folder: a copy or an upload in progress (never listed, removed on failure). */
export const PARTIAL_SUFFIX = '.partial';

export function partialName(kind: 'import' | 'upload'): string {
  return `.${kind}-${randomBytes(6).toString('hex')}${PARTIAL_SUFFIX}`;
}

export function formatGb(bytes: number): string {
  return (bytes / 1024 ** 3).toLocaleString('nb-NO', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
}

/** The header checks, in the order a person can act on them. Throws ModelError. */
export async function checkModelFile(file: string, totalMemoryBytes = os.totalmem()): Promise<GgufInfo> {
  const info = await checkModelHeader(file, totalMemoryBytes);
  if (info.fileSize < info.expectedFileSize) throw new ModelError('IMPORT_TRUNCATED');
  return info;
}

/**
 * The checks the header alone decides (GGUF, supported, fits in memory); the file may still be
 * arriving. Throws ModelError IMPORT_TRUNCATED while the header itself is incomplete.
 */
export async function checkModelHeader(file: string, totalMemoryBytes = os.totalmem()): Promise<GgufInfo> {
  const info = await readGgufInfo(file, totalMemoryBytes);
  if (!info.supported) {
    throw new ModelError('IMPORT_UNSUPPORTED', `Modelltypen «${info.architecture}» støttes ikke av InkludMI.`);
  }
  // The header alone decides this, so it is reported even for a file that is also incomplete.
  if (info.requiredMemoryBytes > totalMemoryBytes) {
    throw new ModelError(
      'IMPORT_TOO_LARGE',
      `Modellen trenger omtrent ${formatGb(info.requiredMemoryBytes)} GB minne, men denne maskinen har bare ${formatGb(totalMemoryBytes)} GB. ` +
        'Velg en mindre modell eller en sterkere kvantisering (for eksempel Q4_K_M).',
    );
  }
  return info;
}

/** Free space where `dir` is or would be created (its nearest existing ancestor). */
export async function freeBytesAt(dir: string): Promise<number> {
  let current = path.resolve(dir);
  for (;;) {
    try {
      const stats = await fs.statfs(current);
      return stats.bavail * stats.bsize;
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return Number.POSITIVE_INFINITY;
      current = parent;
    }
  }
}

function targetName(source: string, sha256: string, taken: ReadonlySet<string>): string {
  const parsed = path.parse(path.basename(source));
  const base = parsed.name.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^[.-]+/, '') || 'modell';
  const plain = `${base}.gguf`;
  return taken.has(plain) ? `${base}-${sha256.slice(0, 12)}.gguf` : plain;
}

/** A pass-through stream that hashes what flows by and reports progress in 0.5 % steps. */
function hashMeter(phase: ImportPhase, total: number, options: ImportOptions) {
  const hash = createHash('sha256');
  const state = { done: 0 };
  let reported = -1;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      state.done += chunk.length;
      const step = Math.floor((state.done / Math.max(total, 1)) * 200);
      if (step !== reported) {
        reported = step;
        options.onProgress?.({ phase, bytesDone: state.done, bytesTotal: total });
      }
      callback(null, chunk);
    },
  });
  return { meter, state, digest: () => hash.digest('hex') };
}

const READ_CHUNK = 1024 * 1024;
const signalOf = (options: ImportOptions) => (options.signal ? [{ signal: options.signal }] : []);

async function copyWithHash(source: string, target: string, total: number, options: ImportOptions): Promise<string> {
  const { meter, state, digest } = hashMeter('copying', total, options);
  await pipeline(
    createReadStream(source, { highWaterMark: READ_CHUNK }),
    meter,
    createWriteStream(target, { flags: 'wx', mode: 0o644 }),
    ...signalOf(options),
  );
  const handle = await fs.open(target, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
  if (state.done !== total) throw new ModelError('IMPORT_TRUNCATED');
  return digest();
}

/** The sha256 of a file already on disk (an upload), with progress. */
async function hashFile(file: string, total: number, options: ImportOptions): Promise<string> {
  const { meter, state, digest } = hashMeter('hashing', total, options);
  const sink = new Transform({ transform: (_chunk, _encoding, callback) => callback() });
  await pipeline(createReadStream(file, { highWaterMark: READ_CHUNK }), meter, sink, ...signalOf(options));
  if (state.done !== total) throw new ModelError('IMPORT_TRUNCATED');
  return digest();
}

/** Errors as people see them: a cancelled import says so; anything unexpected is IMPORT_FAILED. */
function asImportError(error: unknown, signal: AbortSignal | undefined): ModelError {
  if (signal?.aborted) return new ModelError('IMPORT_CANCELLED');
  if (error instanceof ModelError) return error;
  return new ModelError('IMPORT_FAILED');
}

/**
 * Imports `file` into `modelsDir`. Throws ModelError with a code and a Norwegian message:
 * IMPORT_NOT_FOUND, IMPORT_NOT_GGUF, IMPORT_TRUNCATED, IMPORT_UNSUPPORTED, IMPORT_TOO_LARGE,
 * IMPORT_NO_SPACE, IMPORT_CANCELLED or IMPORT_FAILED. On any error the models folder is unchanged.
 */
export async function importModel(file: string, modelsDir: string, options: ImportOptions = {}): Promise<ImportResult> {
  const source = path.resolve(file);
  options.onProgress?.({ phase: 'checking', bytesDone: 0, bytesTotal: 0 });
  const info = await checkModelFile(source, options.totalMemoryBytes ?? os.totalmem());

  const free = await freeBytesAt(modelsDir);
  if (free < info.fileSize) {
    throw new ModelError(
      'IMPORT_NO_SPACE',
      `Det trengs ${formatGb(info.fileSize)} GB ledig diskplass, men bare ${formatGb(free)} GB er ledig.`,
    );
  }
  await fs.mkdir(modelsDir, { recursive: true });

  const temp = path.join(modelsDir, partialName('import'));
  try {
    const sha256 = await copyWithHash(source, temp, info.fileSize, options);
    return await install(temp, sha256, info, source, modelsDir, options);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw asImportError(error, options.signal);
  }
}

/**
 * Installs a file that was written straight into `modelsDir` under a temporary name (an upload):
 * the same checks as `importModel`, then its sha256 from disk, then the same install step.
 * `originalName` is the name the person's file had; it names the installed file. The temporary
 * file is gone afterwards in every case: renamed into place, or removed.
 */
export async function importStagedModel(
  staged: string,
  originalName: string,
  modelsDir: string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  try {
    if (path.dirname(path.resolve(staged)) !== path.resolve(modelsDir)) throw new ModelError('IMPORT_FAILED');
    options.onProgress?.({ phase: 'checking', bytesDone: 0, bytesTotal: 0 });
    const info = await checkModelFile(staged, options.totalMemoryBytes ?? os.totalmem());
    const sha256 = await hashFile(staged, info.fileSize, options);
    return await install(staged, sha256, info, originalName, modelsDir, options);
  } catch (error) {
    await fs.rm(staged, { force: true }).catch(() => undefined);
    throw asImportError(error, options.signal);
  }
}

/** Records a checked, hashed temporary file in the registry under its final name (or finds it already there). */
async function install(
  temp: string,
  sha256: string,
  info: GgufInfo,
  sourceName: string,
  modelsDir: string,
  options: ImportOptions,
): Promise<ImportResult> {
  if (options.signal?.aborted) throw new ModelError('IMPORT_CANCELLED');
  const registry = await readRegistry(modelsDir);
  const existing = registry.models.find((m) => m.sha256 === sha256);
  if (existing) {
    await fs.rm(temp, { force: true });
    options.onProgress?.({ phase: 'done', bytesDone: info.fileSize, bytesTotal: info.fileSize });
    return { model: existing, alreadyInstalled: true };
  }
  const taken = new Set([...(await fs.readdir(modelsDir)), ...registry.models.map((m) => m.fileName)]);
  const fileName = targetName(sourceName, sha256, taken);
  const model: InstalledModel = {
    id: sha256.slice(0, 16),
    fileName,
    sha256,
    size: info.fileSize,
    architecture: info.architecture,
    name: info.name,
    parameterCount: info.parameterCount,
    quantization: info.quantization,
    contextLength: info.contextLength,
    hasChatTemplate: info.hasChatTemplate,
    purpose: info.purpose,
    license: info.license,
    requiredMemoryBytes: info.requiredMemoryBytes,
    source: 'import',
    importedAt: (options.now?.() ?? new Date()).toISOString(),
  };
  await fs.rename(temp, path.join(modelsDir, fileName));
  try {
    await writeRegistry(modelsDir, { ...registry, models: [...registry.models, model] });
  } catch (error) {
    await fs.rm(path.join(modelsDir, fileName), { force: true });
    throw error;
  }
  options.onProgress?.({ phase: 'done', bytesDone: info.fileSize, bytesTotal: info.fileSize });
  return { model, alreadyInstalled: false };
}
