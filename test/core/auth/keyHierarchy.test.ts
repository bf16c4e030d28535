/**
 * Issue 16, acceptance 1 and 2: only staff and the recovery key hold slots for the database key;
 * a deactivated counselor's old password, on a copy of keys.json from before, opens nothing current.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KeyFile } from '../../../electron/core/auth/keyFile.js';
import { Database } from '../../../electron/core/db/connection.js';
import { DbError } from '../../../electron/core/db/errors.js';
import { runInkludmi } from '../../cli/run.js';
import { cliTempDir } from '../../cli/helpers.js';
import { ADMIN_PASSWORD, addUser, login, makeCore, PASSWORD, setupOrg, type TestCore } from '../../helpers/org.js';

let t: TestCore | undefined;
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await t?.close();
  t = undefined;
  for (const c of cleanups.splice(0)) await c();
});

interface DemoLogin {
  role: 'admin' | 'counselor' | 'participant';
  username: string;
  password: string;
}

async function opensDatabase(dbFile: string, key: Buffer): Promise<boolean> {
  try {
    const db = await Database.open(dbFile, { key, readOnly: true });
    await db.close();
    return true;
  } catch (err) {
    if (err instanceof DbError && err.code === 'WRONG_KEY') return false;
    throw err;
  }
}

describe('acceptance 1: participants hold no key slot', () => {
  it('after `inkludmi demo`, no participant password opens any slot, and slots = staff + 1 recovery', async () => {
    const temp = await cliTempDir();
    cleanups.push(temp.cleanup);
    const dataDir = path.join(temp.dir, 'demo');
    const r = await runInkludmi(['demo', '--data-dir', dataDir, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const demo = JSON.parse(r.stdout) as { logins: DemoLogin[] };
    const participants = demo.logins.filter((l) => l.role === 'participant');
    const staff = demo.logins.filter((l) => l.role !== 'participant');
    expect(participants.length).toBeGreaterThan(0);

    // Count staff accounts in the database itself (not just those the demo printed).
    t = await makeCore({ dataDir });
    const admin = await login(
      t,
      staff.find((l) => l.role === 'admin')!.username,
      staff.find((l) => l.role === 'admin')!.password,
    );
    const users = await t.ok(admin, 'users.list', {});
    const activeStaff = users.filter((u) => u.role !== 'participant' && u.active);
    await t.core.services.auth.lockAll();

    const keys = KeyFile.read(path.join(dataDir, 'keys.json'));
    expect(keys.slots).toHaveLength(activeStaff.length + 1);
    expect(keys.slots.filter((s) => s.kind === 'recovery')).toHaveLength(1);
    expect(new Set(keys.slots.flatMap((s) => (s.kind === 'user' ? [s.userId] : [])))).toEqual(
      new Set(activeStaff.map((u) => u.id)),
    );
    // The file names nobody: no username or display name appears in it.
    const text = fs.readFileSync(path.join(dataDir, 'keys.json'), 'utf8');
    for (const u of users)
      expect(text.includes(`"${u.username}"`) || text.includes(u.displayName), u.username).toBe(false);

    for (const p of participants) {
      for (const slot of keys.slots)
        expect(await keys.unwrap(slot, p.password), `${p.username} against slot ${slot.id}`).toBeNull();
    }
    // The test can fail: each staff password does open its own slot, and that key opens the database.
    for (const s of staff) {
      const slot = keys.userSlotByLookup(await keys.lookup(s.username));
      const unlocked = slot ? await keys.unwrap(slot, s.password) : null;
      expect(unlocked, s.username).not.toBeNull();
      expect(await opensDatabase(path.join(dataDir, 'inkludmi.db'), unlocked!.current.dbKey)).toBe(true);
    }
  }, 180_000);

  it('a participant signs in only while staff keeps the app open (deltakermodus); ending it needs a staff password', async () => {
    t = await makeCore();
    const { admin } = await setupOrg(t);
    const kari = await addUser(t, admin, 'kari', 'Kari Veileder', 'counselor');
    await addUser(t, admin, 'per', 'Per Deltaker', 'participant', kari.id);
    await t.ok(admin, 'auth.logout', {});
    // Locked: the participant's right password is answered like any wrong one, and nothing opens.
    const locked = await t.call(t.connection(), 'auth.login', { username: 'per', password: PASSWORD });
    expect(locked).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', reason: 'WRONG_CREDENTIALS' } });
    expect(t.core.services.store.isOpen).toBe(false);

    const kariConn = await login(t, 'kari');
    await t.ok(kariConn, 'auth.participantMode.start', {});
    expect(await t.ok(null, 'auth.status', {})).toMatchObject({ state: 'unlocked', participantMode: true, user: null });
    // Kari's own session ended: the counselor's pages are closed to whoever sits down next.
    expect(await t.call(kariConn, 'participants.list', {})).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });

    const per = await login(t, 'per');
    expect((await t.ok(per, 'auth.status', {})).user?.role).toBe('participant');
    expect(
      await t.call(t.connection(), 'auth.login', { username: 'per', password: 'feil passord for per' }),
    ).toMatchObject({ ok: false, error: { reason: 'WRONG_CREDENTIALS' } });
    await t.ok(per, 'auth.logout', {});
    // Per signed out: the app stays open for the next participant.
    expect(t.core.services.store.isOpen).toBe(true);
    await login(t, 'per');

    // A participant cannot end it, nor a wrong staff password.
    const kiosk = t.connection();
    expect(await t.call(kiosk, 'auth.participantMode.stop', { username: 'per', password: PASSWORD })).toMatchObject({
      ok: false,
      error: { reason: 'WRONG_CREDENTIALS' },
    });
    expect(
      await t.call(kiosk, 'auth.participantMode.stop', { username: 'kari', password: 'ikke karis passord' }),
    ).toMatchObject({ ok: false, error: { reason: 'WRONG_CREDENTIALS' } });
    expect(t.core.services.store.isOpen).toBe(true);
    await t.ok(kiosk, 'auth.participantMode.stop', { username: 'kari', password: PASSWORD });
    expect(t.core.services.store.isOpen).toBe(false);
    expect(await t.ok(null, 'auth.status', {})).toMatchObject({ state: 'locked', participantMode: false });
    // Unlocking again needs a staff password.
    await login(t, 'admin', ADMIN_PASSWORD);
    const entries = (await t.ok(await login(t, 'admin', ADMIN_PASSWORD), 'audit.list', {})).entries.map(
      (e) => `${e.action}:${e.outcome}`,
    );
    expect(entries).toEqual(
      expect.arrayContaining([
        'auth.participant_mode_start:ok',
        'auth.participant_mode_stop:ok',
        'auth.participant_mode_stop:failed',
      ]),
    );
  });

  it('deltakermodus closes at the idle lock: the store closes and a participant cannot sign in', async () => {
    let now = Date.parse('2026-12-01T08:00:00Z');
    t = await makeCore();
    (t.core.services.auth as unknown as { now: () => number }).now = () => now;
    const { admin } = await setupOrg(t);
    const kari = await addUser(t, admin, 'kari', 'Kari Veileder', 'counselor');
    await addUser(t, admin, 'per', 'Per Deltaker', 'participant', kari.id);
    await t.ok(admin, 'auth.participantMode.start', {});
    const per = await login(t, 'per');
    now += 60_000;
    expect(await t.ok(per, 'auth.status', {})).toMatchObject({ participantMode: true });
    now += 60 * 60_000;
    expect(await t.ok(null, 'auth.status', {})).toMatchObject({ state: 'locked', participantMode: false });
    expect(t.core.services.store.isOpen).toBe(false);
    expect(await t.call(t.connection(), 'auth.login', { username: 'per', password: PASSWORD })).toMatchObject({
      ok: false,
      error: { reason: 'WRONG_CREDENTIALS' },
    });
  });
});

describe('acceptance 2: removing staff rekeys the database', () => {
  it('a deactivated counselor’s old password, on keys.json copied before, does not open the current database', async () => {
    t = await makeCore();
    const { admin, recoveryKey } = await setupOrg(t);
    const kari = await addUser(t, admin, 'kari', 'Kari Veileder', 'counselor');
    const participant = await addUser(t, admin, 'per', 'Per Deltaker', 'participant', kari.id);
    const keysFile = path.join(t.dataDir, 'keys.json');
    const dbFile = path.join(t.dataDir, 'inkludmi.db');
    const oldCopy = KeyFile.read(keysFile);
    const oldSlot = oldCopy.userSlotByLookup(await oldCopy.lookup('kari'))!;
    const before = await oldCopy.unwrap(oldSlot, PASSWORD);
    // Before the deactivation, the copy opens the database (so the check below can fail).
    expect(await opensDatabase(dbFile, before!.current.dbKey)).toBe(true);

    await t.ok(admin, 'users.setActive', { userId: kari.id, active: false });
    await t.core.services.auth.lockAll();
    expect(await opensDatabase(dbFile, before!.current.dbKey)).toBe(false);
    // The current key file has no slot for her at all.
    expect(KeyFile.read(keysFile).slotsOfUser(kari.id)).toEqual([]);
    // Everyone remaining still gets in: admin with the password, and the recovery key.
    const adminConn = await login(t, 'admin', ADMIN_PASSWORD);
    expect((await t.ok(adminConn, 'users.list', {})).map((u) => u.id)).toContain(participant.id);
    await t.core.services.auth.lockAll();
    await t.ok(t.connection(), 'auth.recover', {
      username: 'admin',
      recoveryKey,
      newPassword: 'etter rekey et nytt passord',
    });
  });

  it('a new recovery key rekeys: the old recovery key, on the old keys.json, opens nothing', async () => {
    t = await makeCore();
    const { admin, recoveryKey } = await setupOrg(t);
    const dbFile = path.join(t.dataDir, 'inkludmi.db');
    const oldCopy = KeyFile.read(path.join(t.dataDir, 'keys.json'));
    const { recoveryKey: fresh } = await t.ok(admin, 'auth.rotateRecoveryKey', {});
    await t.core.services.auth.lockAll();
    const old = await oldCopy.unwrap(oldCopy.recoverySlot()!, recoveryKey);
    expect(old).not.toBeNull();
    expect(await opensDatabase(dbFile, old!.current.dbKey)).toBe(false);
    expect(
      await t.call(t.connection(), 'auth.recover', {
        username: 'admin',
        recoveryKey,
        newPassword: 'gammel nøkkel virker ikke',
      }),
    ).toMatchObject({ ok: false, error: { reason: 'WRONG_RECOVERY_KEY' } });
    await t.ok(t.connection(), 'auth.recover', {
      username: 'admin',
      recoveryKey: fresh,
      newPassword: 'ny nøkkel virker fint',
    });
  });
});

describe('files in the data folder', () => {
  it('the folder is 0700 and the database, WAL, SHM, key file and every other file 0600', async () => {
    t = await makeCore();
    const { admin } = await setupOrg(t);
    await addUser(t, admin, 'kari', 'Kari Veileder', 'counselor');
    await t.call(t.connection(), 'auth.login', { username: 'kari', password: 'feil feil feil feil' });
    const files = fs.readdirSync(t.dataDir);
    expect(files).toEqual(
      expect.arrayContaining(['inkludmi.db', 'inkludmi.db-wal', 'inkludmi.db-shm', 'keys.json', 'login-state.json']),
    );
    expect(fs.statSync(t.dataDir).mode & 0o777).toBe(0o700);
    for (const f of files) expect([f, fs.statSync(path.join(t.dataDir, f)).mode & 0o777]).toEqual([f, 0o600]);
  });
});

describe('a rekey killed half-way loses nothing', () => {
  for (const killAt of ['rekey', 'during', 'finish'] as const) {
    it(`killed at "${killAt}": staff still log in, every row is there, and the removed counselor’s old key opens nothing`, async () => {
      const { spawn } = await import('node:child_process');
      t = await makeCore();
      const { admin } = await setupOrg(t);
      const kari = await addUser(t, admin, 'kari', 'Kari Veileder', 'counselor');
      const per = await addUser(t, admin, 'per', 'Per Deltaker', 'participant', kari.id);
      // A few MB of notes, so the PRAGMA rekey takes a while (the "during" kill lands inside it).
      const filler = 'Oppfølgingssamtale om arbeidspraksis og mål. '.repeat(40);
      await t.core.services.store.db.transaction(async (tx) => {
        for (let i = 0; i < 3000; i++) {
          await tx.run(
            "INSERT INTO notes (participant_id, author_id, kind, occurred_on, body, created_at) VALUES (?, ?, 'meeting', '2026-11-30', ?, '2026-11-30T10:00:00Z')",
            [per.participantId, kari.id, `${i} ${filler}`],
          );
        }
      });
      const oldCopy = KeyFile.read(path.join(t.dataDir, 'keys.json'));
      const oldKey = (await oldCopy.unwrap(oldCopy.userSlotByLookup(await oldCopy.lookup('kari'))!, PASSWORD))!.current
        .dbKey;
      await t.core.services.auth.lockAll();

      const root = path.resolve(import.meta.dirname, '../../..');
      const child = spawn(
        process.execPath,
        [
          '--import',
          'tsx',
          path.join(root, 'test/fixtures/rekey-killer.ts'),
          t.dataDir,
          killAt,
          kari.id,
          ADMIN_PASSWORD,
        ],
        { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
      );
      let out = '';
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        if (killAt === 'during' && out.includes('step rekey') && !child.killed)
          setTimeout(() => child.kill('SIGKILL'), 20);
      });
      await new Promise((r) => child.once('exit', r));
      expect(child.signalCode).toBe('SIGKILL');
      expect(out).not.toContain('done');

      const conn = await login(t, 'admin', ADMIN_PASSWORD);
      const notes = await t.core.services.store.db.get<{ n: number }>('SELECT count(*) AS n FROM notes');
      expect(notes?.n).toBe(3000);
      expect((await t.ok(conn, 'users.list', {})).find((u) => u.id === kari.id)?.active).toBe(false);
      const keys = KeyFile.read(path.join(t.dataDir, 'keys.json'));
      expect(keys.rekeyPending).toBe(false);
      expect(keys.slotsOfUser(kari.id)).toEqual([]);
      await t.core.services.auth.lockAll();
      expect(await opensDatabase(path.join(t.dataDir, 'inkludmi.db'), oldKey)).toBe(false);
      const again = await login(t, 'admin', ADMIN_PASSWORD);
      expect((await t.core.services.store.verify()).ok).toBe(true);
      await t.ok(again, 'auth.logout', {});
    }, 120_000);
  }
});
