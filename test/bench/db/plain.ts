/**
 * A plain (unencrypted) SQLite connection for the benchmark's baseline only: the same driver, the
 * same PRAGMAs and the same statement queue as electron/core/db/connection.ts, but no key. It exists
 * here and nowhere in production code, on purpose: the app has no plaintext mode.
 */
import { createRequire } from 'node:module';
import type { Row, SqlParams, SqlRunner } from '../../../electron/core/db/connection.js';

interface RawRunResult {
  changes?: number;
  lastID?: number;
}
interface RawDatabase {
  exec(sql: string, cb: (err: Error | null) => void): void;
  run(sql: string, params: SqlParams, cb: (this: RawRunResult, err: Error | null) => void): void;
  get(sql: string, params: SqlParams, cb: (err: Error | null, row: unknown) => void): void;
  all(sql: string, params: SqlParams, cb: (err: Error | null, rows: unknown[]) => void): void;
  close(cb: (err: Error | null) => void): void;
}
interface Driver {
  Database: new (file: string, mode: number, cb: (err: Error | null) => void) => RawDatabase;
  OPEN_READWRITE: number;
  OPEN_CREATE: number;
}

const require = createRequire(import.meta.url);

/** Mirrors `Database` (queue, IMMEDIATE transactions, PRAGMAs) minus `PRAGMA key`/`cipher_compatibility`. */
export class PlainDatabase implements SqlRunner {
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;
  /** Told every statement run (diagnostics: query plans, statements per operation). */
  onStatement: ((sql: string, params: SqlParams) => void) | null = null;

  private constructor(
    private readonly raw: RawDatabase,
    readonly file: string,
  ) {}

  static async open(file: string, options: { create?: boolean } = {}): Promise<PlainDatabase> {
    const driver = require('@journeyapps/sqlcipher') as Driver;
    const mode = driver.OPEN_READWRITE | (options.create ? driver.OPEN_CREATE : 0);
    const raw = await new Promise<RawDatabase>((resolve, reject) => {
      const db: RawDatabase = new driver.Database(file, mode, (err) => (err ? reject(err) : resolve(db)));
    });
    const db = new PlainDatabase(raw, file);
    // The same sequence as keyConnection() in connection.ts, without the key (run.ts compares the
    // resulting settings of both connections and stops if they drift apart).
    await db.get('SELECT count(*) AS n FROM sqlite_master');
    await db.exec('PRAGMA foreign_keys = ON');
    await db.exec('PRAGMA secure_delete = ON');
    await db.exec('PRAGMA temp_store = MEMORY');
    await db.exec('PRAGMA cache_size = -16384');
    await db.get('PRAGMA journal_mode = WAL');
    await db.exec('PRAGMA synchronous = FULL');
    await db.exec('PRAGMA busy_timeout = 5000');
    return db;
  }

  exec(sql: string): Promise<void> {
    return this.enqueue(() => this.rawExec(sql));
  }
  run(sql: string, params: SqlParams = []): Promise<{ changes: number; lastId: number }> {
    return this.enqueue(() => this.rawRun(sql, params));
  }
  get<T = Row>(sql: string, params: SqlParams = []): Promise<T | undefined> {
    return this.enqueue(() => this.rawGet<T>(sql, params));
  }
  all<T = Row>(sql: string, params: SqlParams = []): Promise<T[]> {
    return this.enqueue(() => this.rawAll<T>(sql, params));
  }

  /** Straight to the driver, bypassing the queue: only to measure what the queue costs per call. */
  unqueuedGet<T = Row>(sql: string, params: SqlParams = []): Promise<T | undefined> {
    return this.rawGet<T>(sql, params);
  }

  transaction<T>(work: (tx: SqlRunner) => Promise<T>): Promise<T> {
    return this.enqueue(async () => {
      let open = true;
      const guard = <R>(fn: () => Promise<R>): Promise<R> =>
        open ? fn() : Promise.reject(new Error('transaction already ended'));
      const tx: SqlRunner = {
        exec: (sql) => guard(() => this.rawExec(sql)),
        run: (sql, params = []) => guard(() => this.rawRun(sql, params)),
        get: <R = Row>(sql: string, params: SqlParams = []) => guard(() => this.rawGet<R>(sql, params)),
        all: <R = Row>(sql: string, params: SqlParams = []) => guard(() => this.rawAll<R>(sql, params)),
      };
      await this.rawExec('BEGIN IMMEDIATE');
      try {
        const result = await work(tx);
        await this.rawExec('COMMIT');
        return result;
      } catch (err) {
        await this.rawExec('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        open = false;
      }
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.queue.catch(() => undefined);
    await new Promise<void>((resolve, reject) => this.raw.close((err) => (err ? reject(err) : resolve())));
  }

  get isClosed(): boolean {
    return this.closed;
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new Error('closed'));
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private rawExec(sql: string): Promise<void> {
    this.onStatement?.(sql, []);
    return new Promise((resolve, reject) => this.raw.exec(sql, (err) => (err ? reject(err) : resolve())));
  }
  private rawRun(sql: string, params: SqlParams): Promise<{ changes: number; lastId: number }> {
    this.onStatement?.(sql, params);
    return new Promise((resolve, reject) =>
      this.raw.run(sql, params, function (err) {
        if (err) reject(err);
        else resolve({ changes: this.changes ?? 0, lastId: this.lastID ?? 0 });
      }),
    );
  }
  private rawGet<T>(sql: string, params: SqlParams): Promise<T | undefined> {
    this.onStatement?.(sql, params);
    return new Promise((resolve, reject) =>
      this.raw.get(sql, params, (err, row) => (err ? reject(err) : resolve(row as T | undefined))),
    );
  }
  private rawAll<T>(sql: string, params: SqlParams): Promise<T[]> {
    this.onStatement?.(sql, params);
    return new Promise((resolve, reject) =>
      this.raw.all(sql, params, (err, rows) => (err ? reject(err) : resolve(rows as T[]))),
    );
  }
}
