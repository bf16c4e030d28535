import { AsyncLocalStorage } from 'node:async_hooks';
import { createRequire } from 'node:module';
import { DbError } from './errors.js';

/** A value bound to an SQL parameter. */
export type SqlValue = string | number | bigint | null | Uint8Array;
export type SqlParams = readonly SqlValue[];
export type Row = Record<string, unknown>;

/** The statements a repository runs, inside or outside a transaction. */
export interface SqlRunner {
  exec(sql: string): Promise<void>;
  run(sql: string, params?: SqlParams): Promise<{ changes: number; lastId: number }>;
  get<T = Row>(sql: string, params?: SqlParams): Promise<T | undefined>;
  all<T = Row>(sql: string, params?: SqlParams): Promise<T[]>;
}

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
  configure(option: 'busyTimeout', value: number): void;
}
interface SqlcipherModule {
  Database: new (file: string, mode: number, cb: (err: Error | null) => void) => RawDatabase;
  OPEN_READONLY: number;
  OPEN_READWRITE: number;
  OPEN_CREATE: number;
}

const requireFromHere = createRequire(import.meta.url);
let driver: SqlcipherModule | undefined;
function sqlcipher(): SqlcipherModule {
  driver ??= requireFromHere('@journeyapps/sqlcipher') as SqlcipherModule;
  return driver;
}

/**
 * Work to do inside every transaction of one logical call, just before COMMIT: the dispatcher's
 * audit entry for a write goes into the same transaction as the write (core/audit runAudited).
 */
export type CommitHook = (db: Database, tx: SqlRunner) => Promise<void>;
const commitHooks = new AsyncLocalStorage<CommitHook>();

/** Runs `work` so that each transaction it (or anything it calls) commits runs `hook` before COMMIT. */
export function withCommitHook<T>(hook: CommitHook, work: () => Promise<T>): Promise<T> {
  return commitHooks.run(hook, work);
}

/**
 * One dispatched call's reads: the same statement with the same parameters, read again by the
 * same call (each service on the way checks access to the same participant, two context sources
 * read the same profile), is answered from the first read until the call writes anything. Only
 * reads outside a transaction: a transaction reads the file again, so read-modify-write stays
 * exact. Other calls never see this call's reads.
 */
interface ReadScope {
  reads: Map<string, Promise<unknown>>;
  /** False once the call has answered: work it started that lives on (timers, background jobs) reads afresh. */
  open: boolean;
}
const readScopes = new AsyncLocalStorage<ReadScope>();

/** Parameters as a key: bigint and bytes spelled out (JSON has neither). */
const paramKey = (_: string, v: unknown): unknown =>
  typeof v === 'bigint'
    ? { bigint: String(v) }
    : v instanceof Uint8Array
      ? { bytes: Buffer.from(v).toString('base64') }
      : v;

/** Runs `work` (one dispatched call) with its own read scope. */
export async function withReadScope<T>(work: () => Promise<T>): Promise<T> {
  const scope: ReadScope = { reads: new Map(), open: true };
  try {
    return await readScopes.run(scope, work);
  } finally {
    scope.open = false;
    scope.reads.clear();
  }
}

/** How slow a statement must be before its duration (never its text) is reported. */
const SLOW_STATEMENT_MS = 100;

export interface OpenOptions {
  /** The raw 256-bit database key. */
  key: Buffer;
  /** Create the file if it is missing (setup, restore target); otherwise a missing file is DAMAGED. */
  create?: boolean;
  /** Open without writing anything (checking a backup): no journal-mode change. */
  readOnly?: boolean;
  /** Told the duration of statements slower than 100 ms (by kind only: never SQL text or values). */
  onSlow?: (kind: 'statement' | 'transaction', ms: number) => void;
}

/**
 * One SQLCipher 4 connection with the PRAGMAs of ARCHITECTURE.md. The driver is asynchronous, so
 * statements are queued here: a transaction holds the queue until it commits or rolls back, and no
 * other statement can slip into it.
 */
export class Database implements SqlRunner {
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;

  private constructor(
    private readonly raw: RawDatabase,
    readonly file: string,
    private readonly onSlow?: OpenOptions['onSlow'],
  ) {}

  static async open(file: string, options: OpenOptions): Promise<Database> {
    if (options.key.length !== 32) throw new DbError('WRONG_KEY', 'key must be 32 bytes');
    const driver = sqlcipher();
    const mode = options.readOnly
      ? driver.OPEN_READONLY
      : driver.OPEN_READWRITE | (options.create ? driver.OPEN_CREATE : 0);
    const raw = await new Promise<RawDatabase>((resolve, reject) => {
      const db: RawDatabase = new driver.Database(file, mode, (err) =>
        err ? reject(new DbError('DAMAGED', 'open failed')) : resolve(db),
      );
    });
    const db = new Database(raw, file, options.onSlow);
    try {
      await keyConnection(db, options.key, options.readOnly ?? false);
    } catch (err) {
      await db.close().catch(() => undefined);
      throw err;
    }
    return db;
  }

  exec(sql: string): Promise<void> {
    readScopes.getStore()?.reads.clear();
    return this.enqueue(() => this.rawExec(sql));
  }
  run(sql: string, params: SqlParams = []): Promise<{ changes: number; lastId: number }> {
    readScopes.getStore()?.reads.clear();
    return this.enqueue(() => this.rawRun(sql, params));
  }
  get<T = Row>(sql: string, params: SqlParams = []): Promise<T | undefined> {
    return this.scoped('get', sql, params, () => this.enqueue(() => this.rawGet<T>(sql, params)));
  }
  all<T = Row>(sql: string, params: SqlParams = []): Promise<T[]> {
    return this.scoped('all', sql, params, () => this.enqueue(() => this.rawAll<T>(sql, params)));
  }

  /** A read answered once per read scope (see withReadScope); each caller gets its own copy. */
  private async scoped<T>(kind: string, sql: string, params: SqlParams, read: () => Promise<T>): Promise<T> {
    const scope = readScopes.getStore();
    if (!scope?.open) return read();
    const key = `${this.file}\u0000${kind}\u0000${sql}\u0000${JSON.stringify(params, paramKey)}`;
    let pending = scope.reads.get(key) as Promise<T> | undefined;
    if (!pending) {
      pending = read();
      scope.reads.set(key, pending);
      pending.catch(() => scope.reads.delete(key));
    }
    return structuredClone(await pending);
  }

  /**
   * Runs `work` in one IMMEDIATE transaction: all of it is committed, or none of it (the error is
   * rethrown after ROLLBACK). Nested calls are not supported; pass the runner down instead.
   */
  transaction<T>(work: (tx: SqlRunner) => Promise<T>): Promise<T> {
    const hook = commitHooks.getStore();
    readScopes.getStore()?.reads.clear();
    return this.enqueue(async () => {
      const started = performance.now();
      let open = true;
      const guard = <R>(fn: () => Promise<R>): Promise<R> =>
        open ? fn() : Promise.reject(new DbError('CLOSED', 'transaction already ended'));
      const tx: SqlRunner = {
        exec: (sql) => guard(() => this.rawExec(sql)),
        run: (sql, params = []) => guard(() => this.rawRun(sql, params)),
        get: <R = Row>(sql: string, params: SqlParams = []) => guard(() => this.rawGet<R>(sql, params)),
        all: <R = Row>(sql: string, params: SqlParams = []) => guard(() => this.rawAll<R>(sql, params)),
      };
      await this.rawExec('BEGIN IMMEDIATE');
      try {
        const result = await work(tx);
        if (hook) await hook(this, tx);
        await this.rawExec('COMMIT');
        return result;
      } catch (err) {
        await this.rawExec('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        open = false;
        this.reportSlow('transaction', started);
      }
    });
  }

  /** Closes the connection after queued work; later calls fail with CLOSED. */
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
    if (this.closed) return Promise.reject(new DbError('CLOSED'));
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private timed<T>(started: number, value: T): T {
    this.reportSlow('statement', started);
    return value;
  }
  private reportSlow(kind: 'statement' | 'transaction', started: number): void {
    const ms = performance.now() - started;
    if (ms >= SLOW_STATEMENT_MS) this.onSlow?.(kind, Math.round(ms));
  }

  private rawExec(sql: string): Promise<void> {
    const started = performance.now();
    return new Promise((resolve, reject) =>
      this.raw.exec(sql, (err) => (err ? reject(err) : resolve(this.timed(started, undefined)))),
    );
  }
  private rawRun(sql: string, params: SqlParams): Promise<{ changes: number; lastId: number }> {
    const started = performance.now();
    const timed = <T>(value: T) => this.timed(started, value);
    return new Promise((resolve, reject) =>
      this.raw.run(sql, params, function (err) {
        if (err) reject(err);
        else resolve(timed({ changes: this.changes ?? 0, lastId: this.lastID ?? 0 }));
      }),
    );
  }
  private rawGet<T>(sql: string, params: SqlParams): Promise<T | undefined> {
    const started = performance.now();
    return new Promise((resolve, reject) =>
      this.raw.get(sql, params, (err, row) => (err ? reject(err) : resolve(this.timed(started, row as T | undefined)))),
    );
  }
  private rawAll<T>(sql: string, params: SqlParams): Promise<T[]> {
    const started = performance.now();
    return new Promise((resolve, reject) =>
      this.raw.all(sql, params, (err, rows) => (err ? reject(err) : resolve(this.timed(started, rows as T[])))),
    );
  }
}

/** The key as SQLCipher's raw-key literal (no KDF inside SQLCipher: the key already is random). */
export function rawKeyLiteral(key: Buffer): string {
  return `"x'${key.toString('hex')}'"`;
}

async function keyConnection(db: Database, key: Buffer, readOnly: boolean): Promise<void> {
  // SQLCipher otherwise writes its own English diagnostics (failed page HMACs) to stderr; the
  // failures reach people as typed errors with Norwegian messages instead.
  await db.exec('PRAGMA cipher_log_level = NONE');
  await db.exec(`PRAGMA key = ${rawKeyLiteral(key)}`);
  await db.exec('PRAGMA cipher_compatibility = 4');
  try {
    // The first read decrypts page 1: a wrong key or a file that is not a database fails here.
    await db.get('SELECT count(*) AS n FROM sqlite_master');
  } catch (err) {
    const message = err instanceof Error ? err.message : '';
    throw new DbError(/not a database|encrypted/i.test(message) ? 'WRONG_KEY' : 'DAMAGED', 'first read failed');
  }
  await db.exec('PRAGMA foreign_keys = ON');
  await db.exec('PRAGMA secure_delete = ON');
  await db.exec('PRAGMA temp_store = MEMORY');
  // 16 MiB of (decrypted) page cache, dropped with the connection at lock: a caseload of 100 then
  // reads from memory instead of decrypting pages again (14–26 ms → 3–8 ms on the benchmark organisation).
  await db.exec('PRAGMA cache_size = -16384');
  // No mmap_size: SQLCipher reads every page of a keyed database through its codec and never maps
  // the file (setGetterMethod in its sqlite3.c), so the page cache above is the only lever.
  if (readOnly) return;
  await db.get('PRAGMA journal_mode = WAL');
  await db.exec('PRAGMA synchronous = FULL');
  await db.exec('PRAGMA busy_timeout = 5000');
}
