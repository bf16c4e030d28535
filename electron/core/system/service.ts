import fs from 'node:fs/promises';
import os from 'node:os';
import { coreCount, installedPackageVersion, probeSqlcipherVersion } from './versions.js';

export type ModelState = 'not-installed' | 'not-loaded' | 'loading' | 'ready' | 'error';

export interface ModelStatus {
  state: ModelState;
  /** File name of the active chat model, when one is chosen. */
  activeModel: string | null;
  /** 0–1 while loading. */
  progress: number | null;
  /** Norwegian message for people, when state is 'error'. */
  message: string | null;
  /**
   * The active chat model is not one of the models in models/manifest.json (for example the tiny
   * test model or an imported file): the participant and the counselor are told in the chat.
   */
  testModel?: boolean;
}

export interface LlamaBinding {
  /** 'prebuilt' or 'localBuild' as node-llama-cpp reports it. */
  buildType: string;
  /** GPU backend in use, or false for CPU only. */
  gpu: string | false;
  threads: number;
}

/** What the system service needs to know about the model runtime; the runtime implements it. */
export interface ModelRuntimeInfo {
  status(): ModelStatus;
  binding(): Promise<LlamaBinding>;
}

export interface SystemInfo {
  app: { name: string; version: string };
  platform: { os: string; arch: string; node: string; electron: string | null; cpuCores: number; memoryGiB: number };
  sqlcipher: { version: string };
  llama: { version: string | null; binding: LlamaBinding | null; bindingError: string | null };
  model: ModelStatus;
}

export type CheckStatus = 'ok' | 'warning' | 'failing';
export interface HealthCheck {
  name: HealthCheckName;
  status: CheckStatus;
  detail: string;
}
export const HEALTH_CHECKS = ['dataFolder', 'database', 'model'] as const;
export type HealthCheckName = (typeof HEALTH_CHECKS)[number];

export interface SystemHealth {
  status: CheckStatus;
  checks: HealthCheck[];
}

export interface SystemServiceOptions {
  appName: string;
  appVersion: string;
  dataDir: string;
  model: ModelRuntimeInfo;
}

const MIN_FREE_BYTES = 1024 ** 3;

export class SystemService {
  private sqlcipherVersion: Promise<string> | null = null;

  constructor(private readonly options: SystemServiceOptions) {}

  async info(): Promise<SystemInfo> {
    const [sqlcipher, binding] = await Promise.all([this.sqlcipher(), this.bindingOrError()]);
    return {
      app: { name: this.options.appName, version: this.options.appVersion },
      platform: {
        os: process.platform,
        arch: process.arch,
        node: process.versions.node,
        electron: process.versions['electron'] ?? null,
        cpuCores: coreCount(),
        memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
      },
      sqlcipher: { version: sqlcipher },
      llama: { version: installedPackageVersion('node-llama-cpp'), ...binding },
      model: this.options.model.status(),
    };
  }

  async health(include: readonly HealthCheckName[] = HEALTH_CHECKS): Promise<SystemHealth> {
    const checks = await Promise.all(include.map((name) => this.runCheck(name)));
    const status: CheckStatus = checks.some((c) => c.status === 'failing')
      ? 'failing'
      : checks.some((c) => c.status === 'warning')
        ? 'warning'
        : 'ok';
    return { status, checks };
  }

  private sqlcipher(): Promise<string> {
    this.sqlcipherVersion ??= probeSqlcipherVersion().catch((err: unknown) => {
      this.sqlcipherVersion = null;
      throw err;
    });
    return this.sqlcipherVersion;
  }

  private async bindingOrError(): Promise<{ binding: LlamaBinding | null; bindingError: string | null }> {
    try {
      return { binding: await this.options.model.binding(), bindingError: null };
    } catch {
      return { binding: null, bindingError: 'Språkmodellmotoren kunne ikke startes på denne maskinen.' };
    }
  }

  private async runCheck(name: HealthCheckName): Promise<HealthCheck> {
    switch (name) {
      case 'dataFolder':
        return this.checkDataFolder();
      case 'database':
        try {
          const version = await this.sqlcipher();
          return { name, status: 'ok', detail: `SQLCipher ${version} svarer.` };
        } catch {
          return { name, status: 'failing', detail: 'Den krypterte databasemotoren svarer ikke.' };
        }
      case 'model': {
        const model = this.options.model.status();
        if (model.state === 'error')
          return { name, status: 'failing', detail: model.message ?? 'Språkmodellen har stoppet.' };
        if (model.state === 'not-installed')
          return { name, status: 'warning', detail: 'Ingen språkmodell er installert ennå.' };
        return {
          name,
          status: 'ok',
          detail: model.state === 'ready' ? 'Språkmodellen er klar.' : 'Språkmodellen lastes ved behov.',
        };
      }
    }
  }

  private async checkDataFolder(): Promise<HealthCheck> {
    const name = 'dataFolder' as const;
    try {
      await fs.mkdir(this.options.dataDir, { recursive: true, mode: 0o700 });
      await fs.access(this.options.dataDir, fs.constants.W_OK);
      const stats = await fs.statfs(this.options.dataDir);
      const free = stats.bavail * stats.bsize;
      if (free < MIN_FREE_BYTES) {
        return { name, status: 'warning', detail: `Lite ledig diskplass (${formatGiB(free)} GB).` };
      }
      return { name, status: 'ok', detail: `Datamappen er skrivbar, ${formatGiB(free)} GB ledig.` };
    } catch {
      return { name, status: 'failing', detail: 'Datamappen kan ikke skrives til.' };
    }
  }
}

function formatGiB(bytes: number): string {
  return (bytes / 1024 ** 3).toLocaleString('nb-NO', { maximumFractionDigits: 1 });
}
