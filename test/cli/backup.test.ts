import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, PASSWORD, adminLogin, cliTempDir, coreOver, fileHashes, initOrg } from './helpers.js';
import { runInkludmi } from './run.js';

let dir: string;
let cleanup: () => Promise<void>;
let n = 0;
beforeAll(async () => ({ dir, cleanup } = await cliTempDir()));
afterAll(() => cleanup());

const TABLES = ['meta', 'users', 'participants', 'notes', 'chat_messages', 'settings'] as const;
type Snapshot = Record<(typeof TABLES)[number] | 'audit_log', unknown[]>;

/** Every row of every table, read through an unlocked core (the admin's login adds audit entries). */
async function snapshot(dataDir: string): Promise<Snapshot> {
  const t = await coreOver(dataDir);
  try {
    await t.ok(t.connection(), 'auth.login', { username: 'admin', password: ADMIN_PASSWORD });
    const db = t.core.services.store.db;
    const out: Partial<Snapshot> = {};
    for (const table of TABLES) out[table] = await db.all(`SELECT * FROM ${table} ORDER BY 1`);
    out.audit_log = await db.all('SELECT * FROM audit_log ORDER BY seq');
    return out as Snapshot;
  } finally {
    await t.close();
  }
}

/** An organisation with a counselor, a participant, a note and chat messages from both sides. */
async function orgWithData(name = 'Test Tiltak AS'): Promise<{ dataDir: string; participantId: string }> {
  const dataDir = path.join(dir, `data-${++n}`);
  await initOrg(dataDir, name);
  const t = await coreOver(dataDir);
  try {
    const admin = t.connection();
    await t.ok(admin, 'auth.login', { username: 'admin', password: ADMIN_PASSWORD });
    const kariUser = await t.ok(admin, 'users.create', {
      username: 'kari',
      displayName: 'Kari Nordmann',
      role: 'counselor',
      password: PASSWORD,
    });
    const p = await t.ok(admin, 'users.create', {
      username: 'ingeborg',
      displayName: 'Ingeborg Kvalheim',
      role: 'participant',
      password: PASSWORD,
      counselorId: kariUser.id,
    });
    const kari = t.connection();
    await t.ok(kari, 'auth.login', { username: 'kari', password: PASSWORD });
    await t.ok(kari, 'notes.add', {
      participantId: p.participantId!,
      kind: 'meeting',
      occurredOn: '2026-11-30',
      body: 'Snakket om praksisplass på lageret',
    });
    await t.ok(kari, 'chat.append', { participantId: p.participantId!, body: 'Hvordan gikk det i går?' });
    const ingeborg = t.connection();
    await t.ok(ingeborg, 'auth.login', { username: 'ingeborg', password: PASSWORD });
    await t.ok(ingeborg, 'chat.append', { participantId: p.participantId!, body: 'Det gikk bra, men jeg var nervøs' });
    return { dataDir, participantId: p.participantId! };
  } finally {
    await t.close();
  }
}

function flipMiddle(file: string): void {
  const bytes = fs.readFileSync(file);
  const middle = Math.floor(bytes.length / 2);
  for (let i = middle; i < middle + 64; i++) bytes[i] = bytes[i]! ^ 0xff;
  fs.writeFileSync(file, bytes);
}

/** Flips 64 bytes in the middle of a page of a table's data (not the schema, which no login could get past). */
async function flipDataPage(dataDir: string, table: string): Promise<void> {
  const t = await coreOver(dataDir);
  let page: number;
  try {
    await t.ok(t.connection(), 'auth.login', { username: 'admin', password: ADMIN_PASSWORD });
    page = (await t.core.services.store.db.get<{ pageno: number }>(
      "SELECT max(pageno) AS pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf'",
      [table],
    ))!.pageno;
  } finally {
    await t.close();
  }
  const file = path.join(dataDir, 'inkludmi.db');
  const bytes = fs.readFileSync(file);
  const middle = (page - 1) * 4096 + 2048;
  for (let i = middle; i < middle + 64; i++) bytes[i] = bytes[i]! ^ 0xff;
  fs.writeFileSync(file, bytes);
}

describe('inkludmi backup', () => {
  it('writes an encrypted, checked copy and the key file beside it; never overwrites a file', async () => {
    const { dataDir } = await orgWithData();
    const out = path.join(dir, `backup-${n}`, 'kopi.db');
    const r = await runInkludmi(['backup', '--out', out, '--data-dir', dataDir], adminLogin());
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Sikkerhetskopi skrevet: ${out}`);
    expect(r.stdout).toContain(`Nøkkelfilen er kopiert til ${out}.keys.json`);
    expect(r.stdout).toContain('bare innpakkede nøkler');
    expect(fs.readFileSync(out).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    expect(fs.readFileSync(out).includes(Buffer.from('Kari Nordmann'))).toBe(false);
    expect(fs.readFileSync(`${out}.keys.json`, 'utf8')).toBe(fs.readFileSync(path.join(dataDir, 'keys.json'), 'utf8'));
    expect(fs.readdirSync(path.dirname(out)).sort()).toEqual(['kopi.db', 'kopi.db.keys.json']);

    const before = fileHashes(path.dirname(out));
    const again = await runInkludmi(['backup', '--out', out, '--data-dir', dataDir], adminLogin());
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`Filen ${out} finnes allerede`);
    fs.rmSync(out);
    const keysLeft = await runInkludmi(['backup', '--out', out, '--data-dir', dataDir], adminLogin());
    expect(keysLeft.code).toBe(1);
    expect(keysLeft.stderr).toContain(`Filen ${out}.keys.json finnes allerede`);
    expect(fs.existsSync(out)).toBe(false);
    expect(fileHashes(path.dirname(out))).toEqual({ 'kopi.db.keys.json': before['kopi.db.keys.json'] });
    expect((await runInkludmi(['backup', '--data-dir', dataDir], '')).code).toBe(2);
  });
});

describe('inkludmi restore (acceptance 5)', () => {
  it('backup and restore round-trip all data: participants, notes, chat, users, audit; later changes are gone', async () => {
    const { dataDir, participantId } = await orgWithData();
    const atBackup = await snapshot(dataDir);
    const out = path.join(dir, `backup-${n}.db`);
    expect((await runInkludmi(['backup', '--out', out, '--data-dir', dataDir], adminLogin())).code).toBe(0);

    // Changes after the backup: a new account, a new note.
    const t = await coreOver(dataDir);
    try {
      const admin = t.connection();
      await t.ok(admin, 'auth.login', { username: 'admin', password: ADMIN_PASSWORD });
      await t.ok(admin, 'users.create', {
        username: 'etterpaa',
        displayName: 'Kommer Etterpå',
        role: 'counselor',
        password: PASSWORD,
      });
      const kari = t.connection();
      await t.ok(kari, 'auth.login', { username: 'kari', password: PASSWORD });
      await t.ok(kari, 'notes.add', {
        participantId,
        kind: 'phone',
        occurredOn: '2026-12-01',
        body: 'Etter sikkerhetskopien',
      });
    } finally {
      await t.close();
    }

    const r = await runInkludmi(['restore', out, '--data-dir', dataDir], adminLogin());
    expect(r.stderr).toContain('Kontrollerer sikkerhetskopien');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Gjenopprettet fra ${out}`);
    expect(fs.readdirSync(dataDir).filter((f) => /restoring|before-restore/.test(f))).toEqual([]);

    const after = await snapshot(dataDir);
    for (const table of TABLES) expect(after[table], table).toEqual(atBackup[table]);
    // The audit log as it was, then the backup command's login, then this restore (joined at the next login).
    expect(after.audit_log.slice(0, atBackup.audit_log.length)).toEqual(atBackup.audit_log);
    expect(after.audit_log.map((e) => (e as { action: string }).action)).toContain('db.restore');
    expect(JSON.stringify(after)).not.toContain('Etter sikkerhetskopien');
    expect(JSON.stringify(after)).not.toContain('etterpaa');

    // The restored database works: full-text search of notes, the audit chain, db verify.
    const t2 = await coreOver(dataDir);
    try {
      const kari = t2.connection();
      await t2.ok(kari, 'auth.login', { username: 'kari', password: PASSWORD });
      expect(await t2.ok(kari, 'notes.search', { participantId, query: 'lageret' })).toHaveLength(1);
      expect((await t2.ok(kari, 'chat.messages', { participantId })).map((m) => m.body).sort()).toEqual([
        'Det gikk bra, men jeg var nervøs',
        'Hvordan gikk det i går?',
      ]);
    } finally {
      await t2.close();
    }
    const verify = await runInkludmi(['db', 'verify', '--data-dir', dataDir], adminLogin());
    expect(verify.stderr).toBe('');
    expect(verify.code).toBe(0);
  });

  it('a corrupted backup is refused before anything is replaced; the current database stays untouched and usable', async () => {
    const { dataDir, participantId } = await orgWithData();
    const out = path.join(dir, `backup-${n}.db`);
    expect((await runInkludmi(['backup', '--out', out, '--data-dir', dataDir], adminLogin())).code).toBe(0);
    const bad = path.join(dir, `corrupt-${n}.db`);
    fs.copyFileSync(out, bad);
    flipMiddle(bad);
    const before = await snapshot(dataDir);
    const inode = fs.statSync(path.join(dataDir, 'inkludmi.db')).ino;
    const keys = fs.readFileSync(path.join(dataDir, 'keys.json'));

    const r = await runInkludmi(['restore', bad, '--data-dir', dataDir], adminLogin());
    expect(r.code).toBe(5);
    expect(r.stderr).toMatch(/Sikkerhetskopien blir ikke brukt: .*(krypteringskontrollen feilet|skadet)/);
    expect(r.stderr).toContain('Ingenting er endret: den nåværende databasen er urørt og kan brukes som før.');
    expect(r.stdout).toBe('');

    // Never replaced (same file), no leftovers, same content, and it still opens and verifies.
    expect(fs.statSync(path.join(dataDir, 'inkludmi.db')).ino).toBe(inode);
    expect(fs.readFileSync(path.join(dataDir, 'keys.json')).equals(keys)).toBe(true);
    expect(fs.readdirSync(dataDir).filter((f) => /restoring|before-restore/.test(f))).toEqual([]);
    const after = await snapshot(dataDir);
    for (const table of TABLES) expect(after[table], table).toEqual(before[table]);
    const t = await coreOver(dataDir);
    try {
      const kari = t.connection();
      await t.ok(kari, 'auth.login', { username: 'kari', password: PASSWORD });
      expect(await t.ok(kari, 'notes.search', { participantId, query: 'lageret' })).toHaveLength(1);
    } finally {
      await t.close();
    }
    const verify = await runInkludmi(['db', 'verify', '--data-dir', dataDir], adminLogin());
    expect(verify.code).toBe(0);
    // The refusal is in the audit log.
    expect(
      after.audit_log.map((e) => [(e as { action: string }).action, (e as { outcome: string }).outcome]),
    ).toContainEqual(['db.restore', 'denied']);
  });

  it('a live database damaged in the middle is reported by db verify and repaired by restoring a backup', async () => {
    const { dataDir, participantId } = await orgWithData();
    const out = path.join(dir, `backup-${n}.db`);
    expect((await runInkludmi(['backup', '--out', out, '--data-dir', dataDir], adminLogin())).code).toBe(0);
    const atBackup = await snapshot(dataDir);
    // A page of the notes: the schema grows with every migration, so the file's middle byte may be schema.
    await flipDataPage(dataDir, 'notes');

    const damaged = await runInkludmi(['db', 'verify', '--data-dir', dataDir], adminLogin());
    expect(damaged.code).toBe(5);
    expect(damaged.stderr).toContain('Databasen er IKKE i orden');

    const r = await runInkludmi(['restore', out, '--data-dir', dataDir], adminLogin());
    expect(r.code).toBe(0);
    const verify = await runInkludmi(['db', 'verify', '--data-dir', dataDir], adminLogin());
    expect(verify.stderr).toBe('');
    expect(verify.code).toBe(0);
    const after = await snapshot(dataDir);
    for (const table of TABLES) expect(after[table], table).toEqual(atBackup[table]);
    const t = await coreOver(dataDir);
    try {
      const kari = t.connection();
      await t.ok(kari, 'auth.login', { username: 'kari', password: PASSWORD });
      expect(await t.ok(kari, 'notes.search', { participantId, query: 'lageret' })).toHaveLength(1);
    } finally {
      await t.close();
    }
  });

  it("another organisation's backup, a file that is not a database, and the live database itself are refused", async () => {
    const a = await orgWithData('Organisasjon A');
    const b = await orgWithData('Organisasjon B');
    const outA = path.join(dir, `backup-a-${n}.db`);
    expect((await runInkludmi(['backup', '--out', outA, '--data-dir', a.dataDir], adminLogin())).code).toBe(0);
    const before = await snapshot(b.dataDir);

    const foreign = await runInkludmi(['restore', outA, '--data-dir', b.dataDir], adminLogin());
    expect(foreign.code).toBe(5);
    expect(foreign.stderr).toContain('kan ikke åpnes med organisasjonens nøkkel');
    expect(foreign.stderr).toContain('Ingenting er endret');

    const text = path.join(dir, `not-a-db-${n}.db`);
    fs.writeFileSync(text, 'dette er ikke en database\n'.repeat(500));
    const notDb = await runInkludmi(['restore', text, '--data-dir', b.dataDir], adminLogin());
    expect(notDb.code).toBe(5);
    expect(notDb.stderr).toContain('Sikkerhetskopien blir ikke brukt');

    const live = await runInkludmi(
      ['restore', path.join(b.dataDir, 'inkludmi.db'), '--data-dir', b.dataDir],
      adminLogin(),
    );
    expect(live.code).toBe(2);
    expect(live.stderr).toContain('databasen som er i bruk');

    const missing = await runInkludmi(
      ['restore', path.join(dir, 'finnes-ikke.db'), '--data-dir', b.dataDir],
      adminLogin(),
    );
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Finner ikke filen');

    const after = await snapshot(b.dataDir);
    for (const table of TABLES) expect(after[table], table).toEqual(before[table]);
  });
});
