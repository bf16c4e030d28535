import path from 'node:path';
import type { KdfCost } from '../core/auth/kdf.js';
import { createCore, type Core } from '../core/index.js';
import { acquireDataLock, DataFolderBusyError } from '../core/db/dataLock.js';
import { CliError, EXIT } from './io.js';
import { silentLogger } from '../core/log.js';
import { chooseDataDir } from '../core/paths.js';
import { loadPolicy } from '../core/policy/policy.js';
import { readPackageInfo } from '../core/util/packageInfo.js';

export interface CliCoreOptions {
  /** scrypt cost of new key slots: only in-process tests pass it (see CliIo.kdfCost). */
  kdfCost?: KdfCost | undefined;
  /** The command's name, written into the data folder's lock so a second program can say who holds it. */
  command?: string;
}

/**
 * Runs a command body against core for the chosen data folder and always closes it: every
 * session ends, the database closes and its key is overwritten in memory.
 */
export async function withCore<T>(
  dataDirFlag: string | undefined,
  body: (core: Core, dataDir: string) => Promise<T>,
  options: CliCoreOptions = {},
): Promise<T> {
  const pkg = readPackageInfo(import.meta.url);
  const policy = loadPolicy();
  const dataDir = chooseDataDir({
    explicit: dataDirFlag ?? process.env['INKLUDMI_DATA_DIR'],
    policyDir: policy.settings.dataDir ?? null,
    policyLocked: policy.locked.has('dataDir'),
  });
  // One writer per data folder: taken before anything in it is read, released when the command ends.
  let lock;
  try {
    lock = acquireDataLock(dataDir, 'cli', options.command ?? '');
  } catch (err) {
    if (err instanceof DataFolderBusyError) throw new CliError(err.message, EXIT.store);
    throw err;
  }
  const core = createCore({
    dataDir,
    appVersion: pkg.version,
    appName: pkg.productName,
    logger: silentLogger,
    policy,
    bundledModelsDir: path.join(pkg.root, 'models'),
    ...(options.kdfCost ? { kdfCost: options.kdfCost } : {}),
  });
  try {
    return await body(core, dataDir);
  } finally {
    try {
      await core.close();
    } finally {
      lock.release();
    }
  }
}
