import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const requireFromHere = createRequire(import.meta.url);

/**
 * Reads `version` from an installed package's package.json without importing the package, looking
 * in node_modules the way Node resolves (many packages do not export their package.json).
 */
export function installedPackageVersion(name: string): string | null {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(dir, 'node_modules', name, 'package.json');
    if (fs.existsSync(candidate)) {
      try {
        const pkg = JSON.parse(fs.readFileSync(candidate, 'utf8')) as { version?: unknown };
        return typeof pkg.version === 'string' ? pkg.version : null;
      } catch {
        return null;
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

type SqlcipherModule = {
  Database: new (
    file: string,
    cb: (err: Error | null) => void,
  ) => {
    get(sql: string, cb: (err: Error | null, row: Record<string, unknown> | undefined) => void): void;
    close(cb: (err: Error | null) => void): void;
  };
};

/**
 * Asks a real SQLCipher connection for its version. The connection is in memory and never keyed,
 * so nothing is written anywhere.
 */
export async function probeSqlcipherVersion(): Promise<string> {
  const sqlcipher = requireFromHere('@journeyapps/sqlcipher') as SqlcipherModule;
  return new Promise((resolve, reject) => {
    const db = new sqlcipher.Database(':memory:', (openErr) => {
      if (openErr) return reject(openErr);
      db.get('PRAGMA cipher_version', (err, row) => {
        db.close(() => undefined);
        const version = row?.['cipher_version'];
        if (err) reject(err);
        else if (typeof version !== 'string') reject(new Error('SQLCipher svarte ikke med en versjon'));
        else resolve(version);
      });
    });
  });
}

/** Physical cores are what llama.cpp should use; Node reports logical CPUs, which is the best we can do portably. */
export function coreCount(): number {
  return Math.max(1, os.availableParallelism());
}
