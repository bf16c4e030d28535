import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import type { KnowledgeDb, SqlValue } from './types.js';

/**
 * A small promise adapter over an in-memory SQLCipher database, keyed with a random 256-bit key
 * (cipher_compatibility 4). The CLI and the tests use it; the app passes the store's connection.
 */
interface RawStatementResult {
  changes?: number;
}
interface RawDatabase {
  exec(sql: string, cb: (err: Error | null) => void): void;
  run(sql: string, params: readonly SqlValue[], cb: (this: RawStatementResult, err: Error | null) => void): void;
  all(sql: string, params: readonly SqlValue[], cb: (err: Error | null, rows: unknown[]) => void): void;
  close(cb: (err: Error | null) => void): void;
}
interface SqlcipherModule {
  Database: new (file: string, cb: (err: Error | null) => void) => RawDatabase;
}

const requireFromHere = createRequire(import.meta.url);

export interface ClosableKnowledgeDb extends KnowledgeDb {
  close(): Promise<void>;
}

function wrap(raw: RawDatabase): ClosableKnowledgeDb {
  return {
    exec: (sql) => new Promise((resolve, reject) => raw.exec(sql, (err) => (err ? reject(err) : resolve()))),
    run: (sql, params = []) =>
      new Promise((resolve, reject) =>
        raw.run(sql, params, function (err) {
          if (err) reject(err);
          else resolve({ changes: this.changes ?? 0 });
        }),
      ),
    all: <T>(sql: string, params: readonly SqlValue[] = []) =>
      new Promise<T[]>((resolve, reject) =>
        raw.all(sql, params, (err, rows) => (err ? reject(err) : resolve(rows as T[]))),
      ),
    close: () => new Promise((resolve, reject) => raw.close((err) => (err ? reject(err) : resolve()))),
  };
}

/** Opens an encrypted, in-memory SQLCipher database (nothing touches the disk). */
export async function openMemoryKnowledgeDb(): Promise<ClosableKnowledgeDb> {
  const sqlcipher = requireFromHere('@journeyapps/sqlcipher') as SqlcipherModule;
  const raw = await new Promise<RawDatabase>((resolve, reject) => {
    const db: RawDatabase = new sqlcipher.Database(':memory:', (err) => (err ? reject(err) : resolve(db)));
  });
  const db = wrap(raw);
  const key = randomBytes(32).toString('hex');
  await db.exec(`PRAGMA key = "x'${key}'"`);
  await db.exec('PRAGMA cipher_compatibility = 4');
  await db.exec('PRAGMA temp_store = MEMORY');
  // Fails here, not later, if the key was not accepted.
  await db.all('SELECT count(*) AS n FROM sqlite_master');
  return db;
}
