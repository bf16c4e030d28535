import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * Bundles a TypeScript entry (a test fixture, the CLI) into one ES module once, so a test that
 * starts it many times as a real process pays node's start-up, not tsx's transpiling of all of
 * core, on every start. Packages stay external (native modules load as in the app). The file lands
 * under node_modules/.cache so node resolves those packages from the repo; start it with
 * BUNDLED_ENV so the code finds the files it reads beside its own source (migrations).
 */
export async function bundleEntry(entry: string): Promise<string> {
  const outfile = path.join(
    root,
    'node_modules/.cache/inkludmi-test',
    `${path.basename(entry, '.ts')}-${process.pid}.mjs`,
  );
  await build({
    entryPoints: [path.join(root, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'inline',
    logLevel: 'error',
  });
  return outfile;
}

/** What a bundled entry needs in its environment to find the files the sources find beside themselves. */
export const BUNDLED_ENV = { INKLUDMI_MIGRATIONS_DIR: path.join(root, 'electron/core/db/migrations') };
