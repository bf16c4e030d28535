import path from 'node:path';
import { createCore, type Core } from '../core/index.js';
import { silentLogger } from '../core/log.js';
import { chooseDataDir } from '../core/paths.js';
import { loadPolicy } from '../core/policy/policy.js';
import { readPackageInfo } from '../core/util/packageInfo.js';

/** Runs a command body against core for the chosen data folder and always closes it. */
export async function withCore<T>(dataDirFlag: string | undefined, body: (core: Core, dataDir: string) => Promise<T>): Promise<T> {
  const pkg = readPackageInfo(import.meta.url);
  const policy = loadPolicy();
  const dataDir = chooseDataDir({
    explicit: dataDirFlag ?? process.env['INKLUDMI_DATA_DIR'],
    policyDir: policy.settings.dataDir ?? null,
    policyLocked: policy.locked.has('dataDir'),
  });
  const core = createCore({
    dataDir,
    appVersion: pkg.version,
    appName: pkg.productName,
    logger: silentLogger,
    policy,
    bundledModelsDir: path.join(pkg.root, 'models'),
  });
  try {
    return await body(core, dataDir);
  } finally {
    await core.close();
  }
}
