/**
 * Model management as the rest of the app sees it: which models are installed (imported into the
 * app's models folder, or shipped with the installer), which are active, importing a file from
 * disk, and the runtime's status. Core only; the API and CLI call it.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DomainError } from '../errors/index.js';
import type { Logger } from '../log.js';
import type { SettingsService } from '../settings/index.js';
import type { LlamaBinding, ModelRuntimeInfo, ModelStatus } from '../system/index.js';
import { ModelError } from './errors.js';
import { readGgufInfo } from './gguf-info.js';
import { importModel, type ImportProgress, type ImportResult } from './model-import.js';
import { LOCK_FILE_NAME, lockProblem, readModelLock } from './model-lock.js';
import { listInstalledModels, type InstalledModel } from './model-registry.js';
import type { ModelRuntime } from './runtime.js';
import { ModelUploads, type UploadStatus } from './model-upload.js';

export type ModelPurpose = 'chat' | 'embedding';

/** A model known from models/manifest.json (shipped with the installer when its file is present). */
interface ManifestModel {
  id: string;
  purpose: ModelPurpose;
  default?: boolean;
  displayName: string;
  fileName: string;
  sha256: string | null;
  license: { spdx: string; url: string };
  architecture: string;
  quantization: string | null;
  contextLength: number | null;
}

export interface ModelEntry {
  fileName: string;
  displayName: string;
  purpose: ModelPurpose;
  source: 'import' | 'bundled';
  sizeBytes: number;
  sha256: string | null;
  architecture: string;
  quantization: string | null;
  contextLength: number | null;
  license: { spdx: string | null; url: string | null };
  /** Memory the model takes when active (weights and the context the app opens), from its header; null if unknown. */
  requiredMemoryBytes: number | null;
  active: boolean;
}

export interface ModelOverview {
  models: ModelEntry[];
  /** Shipped model files that are not used: not exactly the file pinned in the model lock. */
  refused: string[];
  active: { chat: string | null; embedding: string | null };
  status: ModelStatus;
  /** This machine's memory, to set each model's need against. */
  machineMemoryBytes: number;
}

export interface ModelServiceOptions {
  runtime: ModelRuntime;
  settings: SettingsService;
  /** Writable folder imported models are copied into. */
  modelsDir: string;
  /** Read-only folder of models shipped with the app (models/ or the installer's resources/models). */
  bundledDir: string | null;
  /** Reports the llama binding when no model is loaded yet (e.g. a probe). */
  bindingProbe: () => Promise<LlamaBinding>;
  /** Told (by file name and code, nothing personal) when a shipped model is refused. */
  logger?: Logger;
  /** Memory models must fit in; defaults to os.totalmem() (injectable for tests). */
  totalMemoryBytes?: number;
}

/** A file the desktop shell's file dialog handed over, known to the page only by its token. */
interface PickedFile {
  path: string;
  expires: number;
}
const PICKED_FILE_MS = 10 * 60_000;

const LICENSE_FILES: Readonly<Record<string, string>> = { 'Apache-2.0': 'Apache-2.0.txt', MIT: 'MIT.txt' };

export class ModelService implements ModelRuntimeInfo {
  private activePaths: { chat: string | null; embedding: string | null } = { chat: null, embedding: null };

  /** Shipped files checked against the lock this run, by path, size and modification time. */
  private readonly lockChecks = new Map<string, Promise<string | null>>();

  /** Shipped files the last listing refused (see lockChecks). */
  private refusedBundled: string[] = [];

  /** File names of the models in the shipped manifest (read once; empty when there is none). */
  private manifestFiles: ReadonlySet<string> = new Set();

  /** Imports from disk running now, by the caller's stream id (so they can be cancelled). */
  private readonly running = new Map<string, AbortController>();

  private readonly pickedFiles = new Map<string, PickedFile>();

  /** Memory a shipped file needs, read from its header once per run (same key as lockChecks). */
  private readonly memoryChecks = new Map<string, Promise<number | null>>();

  /** Uploads from the page (browser mode). */
  private readonly uploads: ModelUploads;

  constructor(private readonly options: ModelServiceOptions) {
    this.uploads = new ModelUploads(options.modelsDir, {
      ...(options.totalMemoryBytes ? { totalMemoryBytes: options.totalMemoryBytes } : {}),
    });
    const dir = options.bundledDir;
    if (dir) {
      void fs
        .readFile(path.join(dir, 'manifest.json'), 'utf8')
        .then((text) => {
          this.manifestFiles = new Set((JSON.parse(text) as { models: ManifestModel[] }).models.map((m) => m.fileName));
        })
        .catch(() => undefined);
    }
  }

  status(): ModelStatus {
    const { state, activeModel, progress, message } = this.options.runtime.status();
    const file = activeModel ? path.basename(activeModel) : null;
    return { state, activeModel: file, progress, message, testModel: file !== null && !this.manifestFiles.has(file) };
  }

  async binding(): Promise<LlamaBinding> {
    const loaded = this.options.runtime.loadedModel();
    if (loaded) return { buildType: loaded.buildType, gpu: loaded.gpu, threads: loaded.threads };
    return this.options.bindingProbe();
  }

  async overview(): Promise<ModelOverview> {
    const entries = await this.entries();
    const active = this.activeChoice(entries);
    return {
      models: entries.map((entry) => ({
        ...entry,
        active: entry.fileName === active.chat || entry.fileName === active.embedding,
      })),
      refused: [...this.refusedBundled],
      active,
      status: this.status(),
      machineMemoryBytes: this.totalMemory(),
    };
  }

  private memoryOf(file: string, key: string): Promise<number | null> {
    let memory = this.memoryChecks.get(key);
    if (!memory) {
      memory = readGgufInfo(file, this.totalMemory())
        .then((info) => info.requiredMemoryBytes)
        .catch(() => null);
      this.memoryChecks.set(key, memory);
    }
    return memory;
  }

  private totalMemory(): number {
    return this.options.totalMemoryBytes ?? os.totalmem();
  }

  /**
   * Copies a .gguf into the models folder after checking it; nothing changes when it is refused.
   * With a `stream` id the import can be stopped with `cancelImport`.
   */
  async import(
    file: string,
    onProgress?: (progress: ImportProgress) => void,
    signal?: AbortSignal,
    stream?: string,
  ): Promise<ImportResult> {
    if (stream && this.running.has(stream)) throw new ModelError('IMPORT_BUSY');
    const controller = new AbortController();
    if (stream) this.running.set(stream, controller);
    try {
      return await this.installed(
        importModel(file, this.options.modelsDir, {
          signal: signal ? AbortSignal.any([signal, controller.signal]) : controller.signal,
          totalMemoryBytes: this.totalMemory(),
          ...(onProgress ? { onProgress } : {}),
        }),
      );
    } finally {
      if (stream) this.running.delete(stream);
    }
  }

  /**
   * Desktop: the shell's file dialog hands over the file a person picked; the page gets a token
   * for it, so a path never comes from text the page sends. A token works once, for ten minutes.
   */
  rememberPickedFile(file: string): { token: string; fileName: string } {
    const now = Date.now();
    for (const [token, picked] of this.pickedFiles) if (picked.expires < now) this.pickedFiles.delete(token);
    const token = randomBytes(18).toString('base64url');
    this.pickedFiles.set(token, { path: path.resolve(file), expires: now + PICKED_FILE_MS });
    return { token, fileName: path.basename(file) };
  }

  /** The path behind a picked-file token (used up), or null when unknown or expired. */
  takePickedFile(token: string): string | null {
    const picked = this.pickedFiles.get(token);
    this.pickedFiles.delete(token);
    return picked && picked.expires >= Date.now() ? picked.path : null;
  }

  /** Browser mode: starts receiving a file from the page (see ModelUploads). */
  uploadBegin(stream: string, owner: string, fileName: string, sizeBytes: number): Promise<UploadStatus> {
    return this.uploads.begin(stream, owner, fileName, sizeBytes);
  }

  uploadChunk(stream: string, owner: string, offset: number, data: Buffer): Promise<UploadStatus> {
    return this.uploads.write(stream, owner, offset, data);
  }

  uploadFinish(
    stream: string,
    owner: string,
    onProgress?: (progress: ImportProgress) => void,
    signal?: AbortSignal,
  ): Promise<ImportResult> {
    return this.installed(this.uploads.finish(stream, owner, onProgress, signal));
  }

  /**
   * After an import the runtime is told what is active now: the first chat model of a folder is
   * the active one until an admin chooses (see activeChoice), so status and the table agree.
   */
  private async installed(importing: Promise<ImportResult>): Promise<ImportResult> {
    const result = await importing;
    await this.applyActive().catch(() => this.options.logger?.warn('models.apply_failed'));
    return result;
  }

  /** Stops an import from disk or an upload; nothing is left behind. False when none was running. */
  async cancelImport(stream: string, owner: string): Promise<boolean> {
    const running = this.running.get(stream);
    if (running) {
      running.abort();
      return true;
    }
    return this.uploads.cancel(stream, owner);
  }

  /** Makes an installed model the active one for its purpose; the runtime loads it on the next request. */
  async setActive(purpose: ModelPurpose, fileName: string | null): Promise<ModelOverview> {
    const entries = await this.entries();
    if (fileName !== null) {
      const entry = entries.find((e) => e.fileName === fileName);
      if (!entry) throw new DomainError('NOT_FOUND', 'Fant ikke modellen. Importer den først.');
      if (entry.purpose !== purpose) {
        throw new DomainError(
          'VALIDATION',
          purpose === 'chat'
            ? 'Dette er en innbyggingsmodell, ikke en samtalemodell.'
            : 'Dette er en samtalemodell, ikke en innbyggingsmodell.',
        );
      }
    }
    await this.options.settings.update(
      purpose === 'chat' ? { activeChatModel: fileName } : { activeEmbeddingModel: fileName },
    );
    await this.applyActive();
    return this.overview();
  }

  /** Tells the runtime which files are active (at start and after every change). */
  async applyActive(): Promise<void> {
    const entries = await this.entries();
    const active = this.activeChoice(entries);
    const pathOf = (fileName: string | null) => {
      const entry = entries.find((e) => e.fileName === fileName);
      if (!entry) return null;
      return path.join(
        entry.source === 'bundled' ? (this.options.bundledDir ?? '') : this.options.modelsDir,
        entry.fileName,
      );
    };
    this.activePaths = { chat: pathOf(active.chat), embedding: pathOf(active.embedding) };
    await this.options.runtime.setModels(this.activePaths);
  }

  /** The licence text shipped for an SPDX id, or null. */
  async licenseText(spdx: string): Promise<string | null> {
    const file = LICENSE_FILES[spdx];
    if (!file || !this.options.bundledDir) return null;
    return fs.readFile(path.join(this.options.bundledDir, 'LICENSES', file), 'utf8').catch(() => null);
  }

  private activeChoice(entries: ModelEntry[]): { chat: string | null; embedding: string | null } {
    const settings = this.options.settings.effective();
    const pick = (purpose: ModelPurpose, chosen: string | null) => {
      if (chosen && entries.some((e) => e.fileName === chosen && e.purpose === purpose)) return chosen;
      return entries.find((e) => e.purpose === purpose)?.fileName ?? null;
    };
    return {
      chat: pick('chat', settings.activeChatModel),
      embedding: pick('embedding', settings.activeEmbeddingModel),
    };
  }

  private async entries(): Promise<ModelEntry[]> {
    const [bundled, imported] = await Promise.all([
      this.bundledModels(),
      listInstalledModels(this.options.modelsDir).catch(() => []),
    ]);
    const fromImport = imported.map((m: InstalledModel): ModelEntry => ({
      fileName: m.fileName,
      displayName: m.name ?? m.fileName,
      purpose: m.purpose,
      source: 'import',
      sizeBytes: m.size,
      sha256: m.sha256,
      architecture: m.architecture,
      quantization: m.quantization,
      contextLength: m.contextLength,
      license: { spdx: m.license, url: null },
      requiredMemoryBytes: m.requiredMemoryBytes > 0 ? m.requiredMemoryBytes : null,
      active: false,
    }));
    const importedNames = new Set(fromImport.map((m) => m.fileName));
    return [...bundled.filter((m) => !importedNames.has(m.fileName)), ...fromImport];
  }

  private async bundledModels(): Promise<ModelEntry[]> {
    const dir = this.options.bundledDir;
    if (!dir) return [];
    let manifest: { models: ManifestModel[] };
    try {
      manifest = JSON.parse(await fs.readFile(path.join(dir, 'manifest.json'), 'utf8')) as { models: ManifestModel[] };
    } catch {
      return [];
    }
    const lock = await readModelLock(path.join(dir, LOCK_FILE_NAME)).catch(() => null);
    const refused: string[] = [];
    const present = await Promise.all(
      manifest.models.map(async (m) => {
        const file = path.join(dir, m.fileName);
        const stat = await fs.stat(file).catch(() => null);
        if (!stat?.isFile()) return null;
        // A shipped file is used only when it is exactly the pinned one (sha256 checked once per run).
        const key = `${file}\0${stat.size}\0${stat.mtimeMs}`;
        let check = this.lockChecks.get(key);
        if (!check) {
          check = lock ? lockProblem(m, file, lock).catch(() => 'unreadable') : Promise.resolve('lock file unreadable');
          this.lockChecks.set(key, check);
          void check.then((problem) => {
            if (problem) this.options.logger?.warn('models.bundled_refused', { fileName: m.fileName });
          });
        }
        if ((await check) === null) return { m, size: stat.size, memory: await this.memoryOf(file, key) };
        refused.push(m.fileName);
        return null;
      }),
    );
    this.refusedBundled = refused.sort();
    return present
      .filter((p): p is { m: ManifestModel; size: number; memory: number | null } => p !== null)
      .map(({ m, size, memory }) => ({
        fileName: m.fileName,
        displayName: m.displayName,
        purpose: m.purpose,
        source: 'bundled',
        sizeBytes: size,
        sha256: m.sha256,
        architecture: m.architecture,
        quantization: m.quantization,
        contextLength: m.contextLength,
        license: { spdx: m.license.spdx, url: m.license.url },
        requiredMemoryBytes: memory,
        active: false,
      }));
  }
}
