import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, adminLogin, cliTempDir, coreOver, databaseKey, initOrg } from './helpers.js';
import { runInkludmi } from './run.js';

interface RawDb {
  exec(sql: string, cb: (err: Error | null) => void): void;
  all(sql: string, cb: (err: Error | null, rows: unknown[]) => void): void;
  close(cb: (err: Error | null) => void): void;
}
const require = createRequire(import.meta.url);
const sqlcipher = require('@journeyapps/sqlcipher') as {
  Database: new (file: string, cb: (err: Error | null) => void) => RawDb;
};

/** Opens the database file directly with the driver (outside the app) and runs statements on it. */
async function rawStatements(file: string, key: Buffer, statements: string[]): Promise<void> {
  const db = await new Promise<RawDb>((resolve, reject) => {
    const d = new sqlcipher.Database(file, (err) => (err ? reject(err) : resolve(d)));
  });
  const exec = (sql: string) =>
    new Promise<void>((resolve, reject) => db.exec(sql, (err) => (err ? reject(err) : resolve())));
  try {
    await exec(`PRAGMA key = "x'${key.toString('hex')}'"`);
    await exec('PRAGMA cipher_compatibility = 4');
    for (const sql of statements) await exec(sql);
  } finally {
    await new Promise<void>((resolve) => db.close(() => resolve()));
  }
}

let dir: string;
let cleanup: () => Promise<void>;
let n = 0;
beforeAll(async () => ({ dir, cleanup } = await cliTempDir()));
afterAll(() => cleanup());

/** An organisation with some account activity in its audit log. */
async function orgWithActivity(): Promise<string> {
  const dataDir = path.join(dir, `data-${++n}`);
  await initOrg(dataDir);
  const t = await coreOver(dataDir);
  try {
    const admin = t.connection();
    await t.ok(admin, 'auth.login', { username: 'admin', password: ADMIN_PASSWORD });
    await t.ok(admin, 'users.create', {
      username: 'kari',
      displayName: 'Kari Nordmann',
      role: 'counselor',
      password: 'lang nok passfrase for test',
    });
    await t.ok(admin, 'users.list', {});
  } finally {
    await t.close();
  }
  return dataDir;
}

describe('inkludmi audit verify', () => {
  it('an intact chain: exit 0 with the number of entries', async () => {
    const dataDir = await orgWithActivity();
    const r = await runInkludmi(['audit', 'verify', '--data-dir', dataDir], adminLogin());
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const entries = Number(/i orden: (\d+) oppføringer/.exec(r.stdout)?.[1]);
    expect(entries).toBeGreaterThanOrEqual(6); // setup, login, user.create, users.list, logout, login
    // The command closed its connection (SQLite removes the WAL when the last one closes): the key is gone from memory.
    expect(fs.readdirSync(dataDir).filter((f) => /-(wal|shm)$/.test(f))).toEqual([]);
  });

  it('acceptance 4: one audit row changed through a raw handle is named (seq and problem), exit non-zero', async () => {
    const dataDir = await orgWithActivity();
    const key = await databaseKey(dataDir);
    await rawStatements(path.join(dataDir, 'inkludmi.db'), key, [
      'DROP TRIGGER audit_log_no_update',
      "UPDATE audit_log SET outcome = 'denied' WHERE seq = 3",
    ]);
    key.fill(0);
    const r = await runInkludmi(['audit', 'verify', '--data-dir', dataDir, '--user', 'admin'], `${ADMIN_PASSWORD}\n`);
    expect(r.code).toBe(5);
    expect(r.stderr).toContain('Revisjonsloggen er IKKE i orden');
    expect(r.stderr).toContain('Første feil er rad seq 3 (hash_mismatch)');
    expect(r.stdout).not.toContain('i orden:');

    // db verify reports it too (the database file itself is sound), and the finding is itself audited.
    const db = await runInkludmi(['db', 'verify', '--data-dir', dataDir], adminLogin());
    expect(db.code).toBe(5);
    expect(db.stdout).toContain('Databasen er i orden');
    expect(db.stderr).toContain('rad seq 3 (hash_mismatch)');
    const t = await coreOver(dataDir);
    try {
      const admin = t.connection();
      await t.ok(admin, 'auth.login', { username: 'admin', password: ADMIN_PASSWORD });
      const found = (await t.ok(admin, 'audit.list', { action: 'audit.chain_broken' })).entries;
      expect(found.map((e) => [e.targetId, e.reason])).toContainEqual(['3', 'hash_mismatch']);
    } finally {
      await t.close();
    }
  });

  it('a deleted row is named as a gap in the sequence', async () => {
    const dataDir = await orgWithActivity();
    const key = await databaseKey(dataDir);
    await rawStatements(path.join(dataDir, 'inkludmi.db'), key, [
      'DROP TRIGGER audit_log_no_delete',
      'DELETE FROM audit_log WHERE seq = 2',
    ]);
    key.fill(0);
    const r = await runInkludmi(['audit', 'verify', '--data-dir', dataDir], adminLogin());
    expect(r.code).toBe(5);
    expect(r.stderr).toContain('rad seq 2 (sequence_gap)');
  });
});

describe('inkludmi db verify', () => {
  it('a sound database and chain: both reported in order, exit 0', async () => {
    const dataDir = await orgWithActivity();
    const r = await runInkludmi(['db', 'verify', '--data-dir', dataDir], adminLogin());
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Organisasjon: Test Tiltak AS');
    expect(r.stdout).toMatch(/Databasen er i orden: .*skjemaversjon \d+/);
    expect(r.stdout).toMatch(/Revisjonsloggen er i orden: \d+ oppføringer/);
  });
});
