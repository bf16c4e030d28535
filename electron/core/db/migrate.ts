import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from './connection.js';
import { DbError } from './errors.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const FILE_PATTERN = /^(\d{3})_([a-z0-9_]+)\.sql$/;

/**
 * Where the numbered SQL files are: an explicit folder, then beside this module (source tree,
 * tests), then `migrations/` beside or above the bundled chunk (electron-vite copies them there).
 */
export function migrationsDir(explicit?: string): string {
  const candidates = [
    explicit,
    process.env['INKLUDMI_MIGRATIONS_DIR'],
    fileURLToPath(new URL('./migrations/', import.meta.url)),
    fileURLToPath(new URL('../migrations/', import.meta.url)),
  ].filter((c): c is string => typeof c === 'string' && c.length > 0);
  for (const c of candidates) if (fs.existsSync(path.join(c, '001_foundation.sql'))) return c;
  throw new DbError('MIGRATION_FAILED', 'migrations folder not found');
}

export function loadMigrations(dir = migrationsDir()): Migration[] {
  const migrations = fs
    .readdirSync(dir)
    .map((file) => ({ file, match: FILE_PATTERN.exec(file) }))
    .filter((m): m is { file: string; match: RegExpExecArray } => m.match !== null)
    .map(({ file, match }) => ({
      version: Number(match[1]),
      name: match[2]!,
      sql: fs.readFileSync(path.join(dir, file), 'utf8'),
    }))
    .sort((a, b) => a.version - b.version);
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new DbError('MIGRATION_FAILED', `migration numbering has a gap at ${i + 1}`);
  });
  return migrations;
}

/** The schema version recorded in the database (0 for a new one). */
export async function schemaVersion(db: Database): Promise<number> {
  const row = await db.get<{ user_version: number }>('PRAGMA user_version');
  return row?.user_version ?? 0;
}

/**
 * Applies every migration newer than the database, each in its own transaction together with the
 * new `user_version`, so a failure leaves the database at the last complete version.
 */
export async function migrate(
  db: Database,
  migrations: Migration[] = loadMigrations(),
): Promise<{ from: number; to: number }> {
  const from = await schemaVersion(db);
  const latest = migrations.at(-1)?.version ?? 0;
  if (from > latest) throw new DbError('TOO_NEW', `database at ${from}, app knows ${latest}`);
  for (const m of migrations.filter((m) => m.version > from)) {
    try {
      await db.transaction(async (tx) => {
        await tx.exec(m.sql);
        await tx.exec(`PRAGMA user_version = ${m.version}`);
      });
    } catch (err) {
      if (err instanceof DbError) throw err;
      throw new DbError('MIGRATION_FAILED', `migration ${m.version} failed`);
    }
  }
  return { from, to: Math.max(from, latest) };
}
