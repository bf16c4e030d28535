import path from 'node:path';
import { createCore, type Core } from '../core/index.js';
import { silentLogger } from '../core/log.js';
import { defaultDataDir } from '../core/paths.js';
import { readPackageInfo } from '../core/util/packageInfo.js';

/** Runs a command body against core for the chosen data folder and always closes it. */
export async function withCore<T>(dataDirFlag: string | undefined, body: (core: Core, dataDir: string) => Promise<T>): Promise<T> {
  const pkg = readPackageInfo(import.meta.url);
  const dataDir = path.resolve(dataDirFlag ?? process.env['INKLUDMI_DATA_DIR'] ?? defaultDataDir());
  const core = createCore({ dataDir, appVersion: pkg.version, appName: pkg.productName, logger: silentLogger });
  try {
    return await body(core, dataDir);
  } finally {
    await core.close();
  }
}
