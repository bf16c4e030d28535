import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Database } from '../../../electron/core/db/connection.js';
import { DbError } from '../../../electron/core/db/errors.js';
import { loadMigrations, migrate, schemaVersion } from '../../../electron/core/db/migrate.js';
import { addUser, login, makeCore, setupOrg, type TestCore } from '../../helpers/org.js';
import { makeTempDir } from '../../helpers/tempDir.js';

const require = createRequire(import.meta.url);
let t: TestCore | undefined;
let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await t?.close();
  t = undefined;
  for (const c of cleanups) await c();
  cleanups = [];
});

function allFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? allFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** Opens a file with the driver and no key, the way any SQLite tool would. */
function plainOpen(file: string): Promise<string> {
  const sqlite = require('@journeyapps/sqlcipher') as {
    Database: new (
      f: string,
      cb: (e: Error | null) => void,
    ) => { all(sql: string, cb: (e: Error | null) => void): void; close(): void };
  };
  return new Promise((resolve) => {
    const db = new sqlite.Database(file, (err) => {
      if (err) return resolve(`open: ${err.message}`);
      db.all('SELECT name FROM sqlite_master', (e) => {
        db.close();
        resolve(e ? `read: ${e.message}` : 'readable');
      });
    });
  });
}

const SECRETS = {
  name: 'Ingeborg Kvalheim-Solberg',
  nationalId: '15076500565',
  note: 'Snakket om angsten før intervjuet hos Rema',
  message: 'Jeg gruer meg til mandag på praksisplassen',
};

describe('encrypted at rest (acceptance 1)', () => {
  it('no name, note, message or national id is readable in any file the app wrote', async () => {
    t = await makeCore();
    const { admin } = await setupOrg(t, 'Kvalheim Arbeidsinkludering');
    const counselor = await addUser(t, admin, 'kari', 'Kari Nordmann', 'counselor');
    const participant = await addUser(t, admin, 'ingeborg', SECRETS.name, 'participant', counselor.id);
    const kari = await login(t, 'kari');
    await t.ok(kari, 'notes.add', {
      participantId: participant.participantId!,
      kind: 'meeting',
      occurredOn: '2026-11-30',
      body: `${SECRETS.note}. Fnr ${SECRETS.nationalId}.`,
    });
    await t.ok(kari, 'chat.append', { participantId: participant.participantId!, body: SECRETS.message });
    // A failed login while unlocked and one while locked, so the side files exist too.
    await t.call(t.connection(), 'auth.login', { username: 'kari', password: 'feil feil feil feil' });
    // Read back while the WAL still holds the writes, then lock and read the files again.
    const check = () => {
      const files = allFiles(t!.dataDir);
      expect(files.map((f) => path.basename(f))).toEqual(
        expect.arrayContaining(['inkludmi.db', 'keys.json', 'login-state.json']),
      );
      for (const file of files) {
        const bytes = fs.readFileSync(file);
        for (const [label, secret] of Object.entries({
          ...SECRETS,
          org: 'Kvalheim',
          counselor: 'Kari Nordmann',
          username: 'ingeborg',
        })) {
          for (const encoding of ['utf8', 'utf16le'] as const) {
            expect(
              bytes.includes(Buffer.from(secret, encoding)),
              `${label} (${encoding}) found in ${path.basename(file)}`,
            ).toBe(false);
          }
        }
      }
      return files;
    };
    const files = check();
    expect(files.some((f) => f.endsWith('-wal'))).toBe(true);
    await t.core.services.auth.lockAll();
    await t.call(t.connection(), 'auth.login', { username: 'kari', password: 'feil igjen feil igjen' });
    check();
    const header = fs.readFileSync(path.join(t.dataDir, 'inkludmi.db')).subarray(0, 16).toString('latin1');
    expect(header).not.toBe('SQLite format 3\0');
    expect(await plainOpen(path.join(t.dataDir, 'inkludmi.db'))).toMatch(/not a database|encrypted/i);
  });

  it('a wrong key fails with a clear error and writes nothing', async () => {
    const temp = await makeTempDir();
    cleanups.push(temp.cleanup);
    const file = path.join(temp.dir, 'x.db');
    const db = await Database.open(file, { key: Buffer.alloc(32, 7), create: true });
    await migrate(db);
    await db.close();
    const before = fs.readFileSync(file);
    await expect(Database.open(file, { key: Buffer.alloc(32, 8) })).rejects.toMatchObject({ code: 'WRONG_KEY' });
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});

describe('migrations', () => {
  it('a new database gets every numbered migration, applied once', async () => {
    const temp = await makeTempDir();
    cleanups.push(temp.cleanup);
    const migrations = loadMigrations();
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    const db = await Database.open(path.join(temp.dir, 'm.db'), { key: Buffer.alloc(32, 1), create: true });
    expect(await migrate(db)).toEqual({ from: 0, to: migrations.length });
    expect(await migrate(db)).toEqual({ from: migrations.length, to: migrations.length });
    const tables = (await db.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")).map(
      (r) => r.name,
    );
    expect(tables).toEqual(
      expect.arrayContaining([
        'users',
        'participants',
        'notes',
        'notes_fts',
        'chat_messages',
        'audit_log',
        'settings',
        'meta',
      ]),
    );
    const pragmas = {
      journal: (await db.get<{ journal_mode: string }>('PRAGMA journal_mode'))?.journal_mode,
      fk: (await db.get<{ foreign_keys: number }>('PRAGMA foreign_keys'))?.foreign_keys,
      secureDelete: (await db.get<{ secure_delete: number }>('PRAGMA secure_delete'))?.secure_delete,
      temp: (await db.get<{ temp_store: number }>('PRAGMA temp_store'))?.temp_store,
      compat: await db.get('PRAGMA cipher_compatibility'),
    };
    expect(pragmas).toMatchObject({ journal: 'wal', fk: 1, secureDelete: 1, temp: 2 });
    await db.close();
  });

  it('a failing migration leaves the database at the last complete version; a newer database is refused', async () => {
    const temp = await makeTempDir();
    cleanups.push(temp.cleanup);
    const db = await Database.open(path.join(temp.dir, 'm.db'), { key: Buffer.alloc(32, 2), create: true });
    const real = loadMigrations();
    await expect(
      migrate(db, [
        ...real,
        { version: real.length + 1, name: 'broken', sql: 'CREATE TABLE half (x); SELECT nonsense FROM nowhere;' },
      ]),
    ).rejects.toMatchObject({ code: 'MIGRATION_FAILED' });
    expect(await schemaVersion(db)).toBe(real.length);
    expect(await db.all("SELECT name FROM sqlite_master WHERE name = 'half'")).toEqual([]);
    await db.exec(`PRAGMA user_version = ${real.length + 5}`);
    await expect(migrate(db, real)).rejects.toBeInstanceOf(DbError);
    await db.close();
  });
});

describe('transactions', () => {
  it('a failed transaction writes nothing, and statements from elsewhere never join an open one', async () => {
    const temp = await makeTempDir();
    cleanups.push(temp.cleanup);
    const db = await Database.open(path.join(temp.dir, 't.db'), { key: Buffer.alloc(32, 3), create: true });
    await db.exec('CREATE TABLE x (v INTEGER)');
    await expect(
      db.transaction(async (tx) => {
        await tx.run('INSERT INTO x VALUES (1)');
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    // An outside write queued while a transaction runs waits for it, and survives its rollback.
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const tx = db.transaction(async (t2) => {
      await t2.run('INSERT INTO x VALUES (2)');
      await gate;
      throw new Error('rollback');
    });
    const outside = db.run('INSERT INTO x VALUES (3)');
    release();
    await expect(tx).rejects.toThrow('rollback');
    await outside;
    expect(await db.all('SELECT v FROM x')).toEqual([{ v: 3 }]);
    await db.close();
  });
});
