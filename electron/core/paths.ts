import os from 'node:os';
import path from 'node:path';

export const APP_NAME = 'InkludMI';

/**
 * The per-user data folder, the same one Electron's `app.getPath('userData')` gives for this app,
 * so the desktop app, the browser-mode host and the admin CLI share one database by default.
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  const home = os.homedir();
  switch (platform) {
    case 'win32':
      return path.join(env['APPDATA'] ?? path.join(home, 'AppData', 'Roaming'), APP_NAME);
    case 'darwin':
      return path.join(home, 'Library', 'Application Support', APP_NAME);
    default:
      return path.join(env['XDG_CONFIG_HOME'] ?? path.join(home, '.config'), APP_NAME);
  }
}

/**
 * The data folder to use: a folder the policy locks always wins (IT decides where personal data
 * lives); otherwise an explicit choice (--data-dir), then the policy's preset, then the default.
 */
export function chooseDataDir(options: {
  explicit?: string | undefined;
  policyDir?: string | null;
  policyLocked?: boolean;
  fallback?: string;
}): string {
  if (options.policyDir && options.policyLocked) return path.resolve(options.policyDir);
  if (options.explicit) return path.resolve(options.explicit);
  if (options.policyDir) return path.resolve(options.policyDir);
  return options.fallback ?? defaultDataDir();
}
