import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ADMIN_PASSWORD, makeCore } from '../helpers/org.js';
import { makeTempDir } from '../helpers/tempDir.js';
import { runInkludmi } from './run.js';

export { ADMIN_PASSWORD, PASSWORD } from '../helpers/org.js';

/** A temp folder for a test file; the CLI reads the machine policy, so point it at none. */
export async function cliTempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const temp = await makeTempDir('inkludmi-cli-');
  process.env['INKLUDMI_POLICY_FILE'] = path.join(temp.dir, 'no-policy.json');
  return temp;
}

/** The stdin lines of `inkludmi init`: organisation, admin username, admin name, password twice. */
export function initInput(organisation = 'Test Tiltak AS', password = ADMIN_PASSWORD): string {
  return [organisation, 'admin', 'Astrid Admin', password, password].join('\n') + '\n';
}

/** Sets up an organisation through the CLI; returns the recovery key it printed once. */
export async function initOrg(dataDir: string, organisation = 'Test Tiltak AS'): Promise<string> {
  const r = await runInkludmi(['init', '--data-dir', dataDir], initInput(organisation));
  if (r.code !== 0) throw new Error(`init failed (${r.code}): ${r.stderr}`);
  const key = /^\s+([0-9A-Z]{4}(?:-[0-9A-Z]{4}){7})$/m.exec(r.stdout)?.[1];
  if (!key) throw new Error(`no recovery key in: ${r.stdout}`);
  return key;
}

/** The stdin an admin command reads: username and password (the username may come from --user instead). */
export function adminLogin(password = ADMIN_PASSWORD, username: string | null = 'admin'): string {
  return (username === null ? [password] : [username, password]).join('\n') + '\n';
}

function allFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? allFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** sha-256 of every file under a folder, by relative path. */
export function fileHashes(dir: string): Record<string, string> {
  return Object.fromEntries(
    allFiles(dir).map((f) => [path.relative(dir, f), createHash('sha256').update(fs.readFileSync(f)).digest('hex')]),
  );
}

/** An in-process core over the same data folder (cheap KDF), for writing and reading data the CLI cannot. */
export function coreOver(dataDir: string) {
  return makeCore({ dataDir });
}

/** The key of an organisation's database, read from an unlocked core (tests only). */
export async function databaseKey(dataDir: string): Promise<Buffer> {
  const t = await coreOver(dataDir);
  try {
    await t.ok(t.connection(), 'auth.login', { username: 'admin', password: ADMIN_PASSWORD });
    return t.core.services.store.currentKey();
  } finally {
    await t.close();
  }
}
