import fs from 'node:fs';
import path from 'node:path';
import { AuthError } from '../auth/index.js';
import { fsyncDir } from '../util/index.js';
import { Database, rawKeyLiteral, type OpenOptions } from './connection.js';
import { DbError } from './errors.js';
import { loadMigrations, migrate, schemaVersion, type Migration } from './migrate.js';

export const DB_FILE = 'inkludmi.db';
export const KEY_FILE = 'keys.json';

export interface StoreOptions {
  dataDir: string;
  migrations?: Migration[];
  onSlow?: OpenOptions['onSlow'];
}

export interface FileCheck {
  ok: boolean;
  /** Problems found, as codes: `cipher_integrity`, `integrity`, `foreign_keys`, `too_new`, `foreign_organisation`. */
  problems: string[];
  schemaVersion: number;
}

/** Maps the driver's errors at open to the account layer's codes (each with its Norwegian message). */
function openError(err: unknown): AuthError {
  if (err instanceof AuthError) return err;
  if (err instanceof DbError) {
    if (err.code === 'WRONG_KEY') return new AuthError('FOREIGN_DATABASE');
    if (err.code === 'TOO_NEW') return new AuthError('DATABASE_TOO_NEW');
  }
  return new AuthError('DAMAGED_DATABASE');
}

/**
 * The one encrypted database of the organisation, in the data folder: open only while someone is
 * logged in. It holds the key in memory only while open and overwrites it when it closes.
 */
export class EncryptedStore {
  private database: Database | null = null;
  private key: Buffer | null = null;
  private auditHmacKey: Buffer | null = null;
  private readonly migrations: Migration[];

  constructor(private readonly options: StoreOptions) {
    this.migrations = options.migrations ?? loadMigrations();
  }

  get dataDir(): string {
    return this.options.dataDir;
  }
  get dbFile(): string {
    return path.join(this.options.dataDir, DB_FILE);
  }
  get keyFile(): string {
    return path.join(this.options.dataDir, KEY_FILE);
  }
  get isOpen(): boolean {
    return this.database !== null;
  }

  /** The open connection; STORE_LOCKED when the app is locked. */
  get db(): Database {
    if (!this.database) throw new AuthError('STORE_LOCKED');
    return this.database;
  }

  /** A copy of the key of the open store (to wrap new slots); STORE_LOCKED when locked. */
  currentKey(): Buffer {
    if (!this.key) throw new AuthError('STORE_LOCKED');
    return Buffer.from(this.key);
  }

  /** The audit log's HMAC key (from the key slots' material), held only while the store is open. */
  holdAuditKey(key: Buffer): void {
    this.auditHmacKey?.fill(0);
    this.auditHmacKey = Buffer.from(key);
  }

  /** A copy of the audit HMAC key; STORE_LOCKED when locked (or when no slot gave one). */
  auditKey(): Buffer {
    if (!this.auditHmacKey || !this.database) throw new AuthError('STORE_LOCKED');
    return Buffer.from(this.auditHmacKey);
  }

  /**
   * Changes the database key (SQLCipher `PRAGMA rekey`). SQLCipher 4 cannot rekey a database in WAL
   * mode, so the WAL is checkpointed into the file, the journal switched to a rollback journal for
   * the rekey (one transaction: a crash rolls back to the old key at the next open) and back to WAL.
   */
  async rekey(newKey: Buffer): Promise<void> {
    const db = this.db;
    if (newKey.length !== 32) throw new Error('key must be 32 bytes');
    await db.get('PRAGMA wal_checkpoint(TRUNCATE)');
    await db.get('PRAGMA journal_mode = DELETE');
    try {
      await db.exec(`PRAGMA rekey = ${rawKeyLiteral(newKey)}`);
    } finally {
      await db.get('PRAGMA journal_mode = WAL');
    }
    // The new key must read page 1 now; a failure here leaves the key file's pending rekey to finish at the next login.
    await db.get('SELECT count(*) AS n FROM sqlite_master');
    this.key?.fill(0);
    this.key = Buffer.from(newKey);
  }

  /** First run: creates the database with its schema and the organisation's identity. */
  async create(key: Buffer, organisation: { id: string; name: string }): Promise<void> {
    if (fs.existsSync(this.dbFile)) throw new AuthError('ALREADY_SET_UP');
    fs.mkdirSync(this.options.dataDir, { recursive: true, mode: 0o700 });
    // SQLite gives the -wal and -shm files the database file's mode: create it 0600 first.
    fs.writeFileSync(this.dbFile, '', { flag: 'wx', mode: 0o600 });
    restrictModes(this.options.dataDir, this.dbFile);
    const db = await Database.open(this.dbFile, {
      key,
      create: true,
      ...(this.options.onSlow ? { onSlow: this.options.onSlow } : {}),
    });
    try {
      await migrate(db, this.migrations);
      await db.transaction(async (tx) => {
        await tx.run('INSERT INTO meta (key, value) VALUES (?, ?), (?, ?), (?, ?)', [
          'organisation_id',
          organisation.id,
          'organisation_name',
          organisation.name,
          'created_at',
          new Date().toISOString(),
        ]);
      });
    } catch (err) {
      await db.close().catch(() => undefined);
      throw err;
    }
    this.database = db;
    this.key = Buffer.from(key);
  }

  /** Opens the database with the unwrapped key, applies migrations and checks it is this organisation's. */
  async open(key: Buffer, organisationId: string): Promise<void> {
    if (this.database) return;
    if (!fs.existsSync(this.dbFile)) throw new AuthError('MISSING_DATABASE');
    restrictModes(this.options.dataDir, this.dbFile);
    let db: Database;
    try {
      db = await Database.open(this.dbFile, { key, ...(this.options.onSlow ? { onSlow: this.options.onSlow } : {}) });
    } catch (err) {
      throw openError(err);
    }
    try {
      const org = await db
        .get<{ value: string }>("SELECT value FROM meta WHERE key = 'organisation_id'")
        .catch(() => undefined);
      // A brand-new schema has no meta table yet only if the file is not ours at all.
      if ((await schemaVersion(db)) > 0 && org?.value !== organisationId) throw new AuthError('FOREIGN_DATABASE');
      await migrate(db, this.migrations);
    } catch (err) {
      await db.close().catch(() => undefined);
      throw openError(err);
    }
    this.database = db;
    this.key = Buffer.from(key);
  }

  /** Closes the connection and overwrites the key in memory. */
  async close(): Promise<void> {
    const db = this.database;
    this.database = null;
    this.key?.fill(0);
    this.key = null;
    this.auditHmacKey?.fill(0);
    this.auditHmacKey = null;
    await db?.close();
  }

  async organisation(): Promise<{ id: string; name: string }> {
    const rows = await this.db.all<{ key: string; value: string }>(
      "SELECT key, value FROM meta WHERE key IN ('organisation_id', 'organisation_name')",
    );
    const get = (k: string) => rows.find((r) => r.key === k)?.value ?? '';
    return { id: get('organisation_id'), name: get('organisation_name') };
  }

  /** Checks the open database: every page's HMAC, SQLite's structure and the foreign keys. */
  async verify(): Promise<FileCheck> {
    return checkConnection(this.db, null, this.migrations.at(-1)?.version ?? 0);
  }

  /**
   * Writes an encrypted copy (same key) with `sqlcipher_export` to a new file, then checks that the
   * copy opens and verifies. The copy never exists unencrypted.
   */
  async backup(outFile: string): Promise<FileCheck> {
    const target = path.resolve(outFile);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const key = this.currentKey();
    // ATTACH opens with the main connection's flags, which lack SQLITE_OPEN_CREATE (a missing
    // database is never silently recreated): create the empty file here, refusing one that exists.
    try {
      fs.writeFileSync(target, '', { flag: 'wx', mode: 0o600 });
    } catch (err) {
      key.fill(0);
      throw (err as NodeJS.ErrnoException).code === 'EEXIST' ? new Error('BACKUP_EXISTS') : err;
    }
    try {
      await this.db.exec(`ATTACH DATABASE '${target.replace(/'/g, "''")}' AS backup KEY ${rawKeyLiteral(key)}`);
      try {
        await this.db.exec("SELECT sqlcipher_export('backup')");
        const version = await schemaVersion(this.db);
        await this.db.exec(`PRAGMA backup.user_version = ${version}`);
      } finally {
        await this.db.exec('DETACH DATABASE backup');
      }
      const org = await this.organisation();
      return await checkFile(target, key, org.id, this.migrations.at(-1)?.version ?? 0);
    } catch (err) {
      fs.rmSync(target, { force: true });
      throw err;
    } finally {
      key.fill(0);
    }
  }

  /**
   * Replaces the database with a backup. The backup is checked first (it must open with this
   * organisation's key and pass both integrity checks); the current database is kept until the
   * restored one opens and verifies, and put back if it does not. Closes the store: everyone logs in again.
   */
  async restore(backupFile: string): Promise<FileCheck> {
    const source = path.resolve(backupFile);
    const key = this.currentKey();
    try {
      const org = await this.organisation();
      const latest = this.migrations.at(-1)?.version ?? 0;
      const check = await checkFile(source, key, org.id, latest);
      if (!check.ok) return check;

      const incoming = `${this.dbFile}.restoring`;
      const previous = `${this.dbFile}.before-restore`;
      fs.rmSync(incoming, { force: true });
      fs.copyFileSync(source, incoming);
      fsyncFile(incoming);
      await this.close();
      for (const suffix of ['-wal', '-shm']) fs.rmSync(this.dbFile + suffix, { force: true });
      fs.rmSync(previous, { force: true });
      fs.renameSync(this.dbFile, previous);
      fs.renameSync(incoming, this.dbFile);
      fsyncDir(this.options.dataDir);
      try {
        await this.open(key, org.id);
        const after = await this.verify();
        if (!after.ok) throw new AuthError('DAMAGED_DATABASE');
        await this.close();
      } catch (err) {
        await this.close().catch(() => undefined);
        for (const suffix of ['-wal', '-shm']) fs.rmSync(this.dbFile + suffix, { force: true });
        fs.renameSync(previous, this.dbFile);
        fsyncDir(this.options.dataDir);
        throw err;
      }
      fs.rmSync(previous, { force: true });
      return check;
    } finally {
      key.fill(0);
    }
  }
}

/**
 * The data folder 0700 and every file in it 0600 (database, -wal, -shm, key file, pending audit,
 * checkpoints, lock): folders made by older versions, or under a permissive umask, are tightened
 * at every open. No effect on Windows, where the folder's ACL (the user's profile) applies.
 */
export function restrictModes(dataDir: string, dbFile: string): void {
  if (process.platform === 'win32') return;
  try {
    fs.chmodSync(dataDir, 0o700);
    for (const entry of fs.readdirSync(dataDir, { withFileTypes: true })) {
      if (entry.isFile()) fs.chmodSync(path.join(dataDir, entry.name), 0o600);
    }
    for (const suffix of ['', '-wal', '-shm']) if (fs.existsSync(dbFile + suffix)) fs.chmodSync(dbFile + suffix, 0o600);
  } catch {
    // A file that vanished between listing and chmod, or a folder we do not own: the next open tries again.
  }
}

function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

async function checkConnection(db: Database, organisationId: string | null, latest: number): Promise<FileCheck> {
  const problems: string[] = [];
  const cipher = await db.all('PRAGMA cipher_integrity_check');
  if (cipher.length > 0) problems.push('cipher_integrity');
  const integrity = await db.all<{ integrity_check: string }>('PRAGMA integrity_check');
  if (integrity.length !== 1 || integrity[0]?.integrity_check !== 'ok') problems.push('integrity');
  const fk = await db.all('PRAGMA foreign_key_check');
  if (fk.length > 0) problems.push('foreign_keys');
  const version = await schemaVersion(db);
  if (version > latest) problems.push('too_new');
  if (organisationId !== null) {
    const org = await db
      .get<{ value: string }>("SELECT value FROM meta WHERE key = 'organisation_id'")
      .catch(() => undefined);
    if (org?.value !== organisationId) problems.push('foreign_organisation');
  }
  return { ok: problems.length === 0, problems, schemaVersion: version };
}

/** Opens a database file read-only in spirit (no migrations, no writes) and checks it. */
export async function checkFile(file: string, key: Buffer, organisationId: string, latest: number): Promise<FileCheck> {
  if (!fs.existsSync(file)) return { ok: false, problems: ['missing'], schemaVersion: 0 };
  let db: Database;
  try {
    db = await Database.open(file, { key, readOnly: true });
  } catch (err) {
    return {
      ok: false,
      problems: [err instanceof DbError && err.code === 'WRONG_KEY' ? 'wrong_key' : 'unreadable'],
      schemaVersion: 0,
    };
  }
  try {
    return await checkConnection(db, organisationId, latest);
  } catch {
    return { ok: false, problems: ['unreadable'], schemaVersion: 0 };
  } finally {
    await db.close().catch(() => undefined);
  }
}
