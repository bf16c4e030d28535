/**
 * A model file sent from the page in browser mode, piece by piece: each piece is written at its
 * place in a temporary file in the models folder (never held whole in memory), the GGUF header is
 * checked as soon as it has arrived (a wrong file is refused early, not after gigabytes), and the
 * finished file goes through the same checks and install step as an import from disk
 * (`importStagedModel`). A cancelled, refused or abandoned upload leaves no file behind.
 */
import type { FileHandle } from 'node:fs/promises';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ModelError } from './errors.js';
import {
  checkModelHeader,
  formatGb,
  freeBytesAt,
  importStagedModel,
  PARTIAL_SUFFIX,
  partialName,
  type ImportProgress,
  type ImportResult,
} from './model-import.js';

/** The largest piece one call may carry (fits the host's 1 MiB request limit as base64 JSON). */
export const UPLOAD_CHUNK_BYTES = 512 * 1024;
/** No model InkludMI can run is this large; a bigger declared size is refused before any byte is written. */
export const MAX_MODEL_FILE_BYTES = 256 * 1024 ** 3;
/** An upload with no piece for this long is dropped and its file removed (the page was closed). */
export const UPLOAD_IDLE_MS = 5 * 60_000;
/** Uploads running at once (each reserves its whole size on disk). */
const MAX_ACTIVE_UPLOADS = 2;
/** The header is looked for again after 1, 2, 4, … MiB have arrived, up to this much. */
const HEADER_SEARCH_LIMIT = 512 * 1024 ** 2;

export interface UploadOptions {
  /** Memory the model must fit in; defaults to os.totalmem() (injectable for tests). */
  totalMemoryBytes?: number;
  idleMs?: number;
}

interface Upload {
  id: string;
  owner: string;
  fileName: string;
  size: number;
  temp: string;
  handle: FileHandle | null;
  received: number;
  headerChecked: boolean;
  nextHeaderTry: number;
  /** Serialises the pieces of one upload. */
  queue: Promise<unknown>;
  idle: NodeJS.Timeout | null;
  finishing: AbortController | null;
}

export interface UploadStatus {
  received: number;
  size: number;
}

export class ModelUploads {
  private readonly uploads = new Map<string, Upload>();
  private swept = false;

  constructor(
    private readonly modelsDir: string,
    private readonly options: UploadOptions = {},
  ) {}

  /** Starts an upload named by the caller's stream id. Refuses a size that cannot be a model or does not fit on disk. */
  async begin(id: string, owner: string, fileName: string, size: number): Promise<UploadStatus> {
    if (this.uploads.has(id)) throw new ModelError('IMPORT_BUSY');
    if (this.uploads.size >= MAX_ACTIVE_UPLOADS) throw new ModelError('IMPORT_BUSY');
    if (!/\.gguf$/i.test(fileName)) throw new ModelError('IMPORT_NOT_GGUF');
    if (size > MAX_MODEL_FILE_BYTES) throw new ModelError('IMPORT_FILE_TOO_BIG');
    if (size < 8) throw new ModelError('IMPORT_NOT_GGUF');
    const reserved = [...this.uploads.values()].reduce((sum, u) => sum + u.size - u.received, 0);
    const free = (await freeBytesAt(this.modelsDir)) - reserved;
    if (free < size) {
      throw new ModelError(
        'IMPORT_NO_SPACE',
        `Det trengs ${formatGb(size)} GB ledig diskplass, men bare ${formatGb(Math.max(0, free))} GB er ledig.`,
      );
    }
    await fs.mkdir(this.modelsDir, { recursive: true });
    await this.sweepLeftovers();
    const temp = path.join(this.modelsDir, partialName('upload'));
    const handle = await fs.open(temp, 'wx', 0o644);
    const upload: Upload = {
      id,
      owner,
      fileName,
      size,
      temp,
      handle,
      received: 0,
      headerChecked: false,
      nextHeaderTry: 1024 * 1024,
      queue: Promise.resolve(),
      idle: null,
      finishing: null,
    };
    this.uploads.set(id, upload);
    this.touch(upload);
    return { received: 0, size };
  }

  /** Writes one piece at `offset`, which must be exactly where the previous piece ended. */
  async write(id: string, owner: string, offset: number, data: Buffer): Promise<UploadStatus> {
    const upload = this.find(id, owner);
    const run = upload.queue.then(async () => {
      if (this.uploads.get(id) !== upload || upload.finishing || !upload.handle) {
        throw new ModelError('IMPORT_UPLOAD_GONE');
      }
      if (data.length === 0 || data.length > UPLOAD_CHUNK_BYTES || offset !== upload.received) {
        throw new ModelError('IMPORT_UPLOAD_BROKEN');
      }
      if (offset + data.length > upload.size) throw new ModelError('IMPORT_UPLOAD_BROKEN');
      if (offset === 0 && data.subarray(0, 4).toString('latin1') !== 'GGUF') throw new ModelError('IMPORT_NOT_GGUF');
      await upload.handle.write(data, 0, data.length, offset);
      upload.received += data.length;
      this.touch(upload);
      await this.checkHeaderSoFar(upload);
      return { received: upload.received, size: upload.size };
    });
    upload.queue = run.catch(() => undefined);
    try {
      return await run;
    } catch (error) {
      // A refused piece ends the upload: nothing half-written stays behind.
      await this.drop(upload);
      throw error instanceof ModelError ? error : new ModelError('IMPORT_FAILED');
    }
  }

  /** All pieces are in: the same checks, sha256 and install as an import from disk. */
  async finish(
    id: string,
    owner: string,
    onProgress?: (progress: ImportProgress) => void,
    signal?: AbortSignal,
  ): Promise<ImportResult> {
    const upload = this.find(id, owner);
    await upload.queue;
    if (this.uploads.get(id) !== upload || upload.finishing) throw new ModelError('IMPORT_UPLOAD_GONE');
    if (upload.received !== upload.size) {
      await this.drop(upload);
      throw new ModelError('IMPORT_TRUNCATED');
    }
    const controller = new AbortController();
    upload.finishing = controller;
    if (upload.idle) clearTimeout(upload.idle);
    const stop = () => controller.abort();
    signal?.addEventListener('abort', stop, { once: true });
    try {
      await upload.handle?.sync();
      await upload.handle?.close();
      upload.handle = null;
      return await importStagedModel(upload.temp, upload.fileName, this.modelsDir, {
        signal: controller.signal,
        totalMemoryBytes: this.options.totalMemoryBytes ?? os.totalmem(),
        ...(onProgress ? { onProgress } : {}),
      });
    } finally {
      signal?.removeEventListener('abort', stop);
      this.uploads.delete(id);
      await this.drop(upload);
    }
  }

  /** Stops an upload (also while it is being checked): its file is removed. False when there was none. */
  async cancel(id: string, owner: string): Promise<boolean> {
    const upload = this.uploads.get(id);
    if (!upload || upload.owner !== owner) return false;
    if (upload.finishing) {
      upload.finishing.abort();
      return true;
    }
    await this.drop(upload);
    return true;
  }

  /** Drops every upload (the app is closing). */
  async close(): Promise<void> {
    await Promise.all([...this.uploads.values()].map((u) => (u.finishing ? u.finishing.abort() : this.drop(u))));
  }

  private find(id: string, owner: string): Upload {
    const upload = this.uploads.get(id);
    if (!upload || upload.owner !== owner) throw new ModelError('IMPORT_UPLOAD_GONE');
    return upload;
  }

  private touch(upload: Upload): void {
    if (upload.idle) clearTimeout(upload.idle);
    upload.idle = setTimeout(() => void this.drop(upload), this.options.idleMs ?? UPLOAD_IDLE_MS);
    upload.idle.unref();
  }

  /** Forgets an upload and removes its temporary file. */
  private async drop(upload: Upload): Promise<void> {
    if (this.uploads.get(upload.id) === upload) this.uploads.delete(upload.id);
    if (upload.idle) clearTimeout(upload.idle);
    const handle = upload.handle;
    upload.handle = null;
    await handle?.close().catch(() => undefined);
    await fs.rm(upload.temp, { force: true }).catch(() => undefined);
  }

  /**
   * Runs the header checks (GGUF, supported, fits in memory) once the header has arrived, so a
   * file that can never be used is refused early. Tried again as the file doubles, up to a limit.
   */
  private async checkHeaderSoFar(upload: Upload): Promise<void> {
    if (upload.headerChecked) return;
    const complete = upload.received === upload.size;
    if (!complete && (upload.received < upload.nextHeaderTry || upload.received > HEADER_SEARCH_LIMIT)) return;
    upload.nextHeaderTry = upload.received * 2;
    try {
      await checkModelHeader(upload.temp, this.options.totalMemoryBytes ?? os.totalmem());
      upload.headerChecked = true;
    } catch (error) {
      // A header cut short is only "not yet": finish() decides with the whole file.
      if (error instanceof ModelError && error.code === 'IMPORT_TRUNCATED') return;
      throw error;
    }
  }

  /** Removes upload files a previous run left behind (the app stopped mid-upload). */
  private async sweepLeftovers(): Promise<void> {
    if (this.swept) return;
    this.swept = true;
    const names = await fs.readdir(this.modelsDir).catch(() => []);
    const ours = new Set([...this.uploads.values()].map((u) => path.basename(u.temp)));
    await Promise.all(
      names
        .filter((n) => n.startsWith('.upload-') && n.endsWith(PARTIAL_SUFFIX) && !ours.has(n))
        .map((n) => fs.rm(path.join(this.modelsDir, n), { force: true }).catch(() => undefined)),
    );
  }
}
