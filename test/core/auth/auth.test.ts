import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KeyFile } from '../../../electron/core/auth/keyFile.js';
import { ADMIN_PASSWORD, PASSWORD, addUser, login, makeCore, setupOrg, type TestCore } from '../../helpers/org.js';

let t: TestCore;
afterEach(async () => {
  await t?.close();
});

describe('first-run setup', () => {
  it('creates the organisation, logs the admin in and returns a recovery key once', async () => {
    t = await makeCore();
    const before = await t.ok(null, 'auth.status', {});
    expect(before.state).toBe('setup');
    const { admin, recoveryKey } = await setupOrg(t);
    expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    const status = await t.ok(admin, 'auth.status', {});
    expect(status).toMatchObject({
      state: 'unlocked',
      user: { role: 'admin', displayName: 'Astrid Admin' },
      organisationName: 'Test Tiltak AS',
    });
    // The key file holds no username, no names and no recovery key in clear.
    const keyText = fs.readFileSync(path.join(t.dataDir, 'keys.json'), 'utf8');
    for (const secret of ['admin', 'Astrid', 'Test Tiltak', recoveryKey, ADMIN_PASSWORD])
      expect(keyText).not.toContain(secret);
    const again = await t.call(t.connection(), 'auth.setup', {
      organisationName: 'Annen AS',
      admin: { username: 'x1', displayName: 'X', password: ADMIN_PASSWORD },
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'ALREADY_SET_UP' } });
  });

  it('refuses a short or common password with a Norwegian message and creates nothing', async () => {
    t = await makeCore();
    for (const password of ['kort', 'passord123456', 'sommer2024!!', 'aaaaaaaaaaaaaa', 'Astrid Admin']) {
      const r = await t.call(t.connection(), 'auth.setup', {
        organisationName: 'Test AS',
        admin: { username: 'admin', displayName: 'Astrid Admin', password },
      });
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('VALIDATION');
        expect(r.error.message).toMatch(/Passordet|passord/);
      }
    }
    expect(fs.existsSync(path.join(t.dataDir, 'keys.json'))).toBe(false);
    expect(fs.existsSync(path.join(t.dataDir, 'inkludmi.db'))).toBe(false);
  });
});

describe('login, lock and key slots', () => {
  it('locks when the last session ends: the store closes, and only a password opens it again', async () => {
    t = await makeCore();
    const { admin } = await setupOrg(t);
    await t.ok(admin, 'auth.lock', {});
    expect(t.core.services.store.isOpen).toBe(false);
    expect((await t.ok(null, 'auth.status', {})).state).toBe('locked');
    const refused = await t.call(admin, 'users.list', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    const conn = await login(t, 'admin', ADMIN_PASSWORD);
    expect(t.core.services.store.isOpen).toBe(true);
    expect((await t.ok(conn, 'users.list', {})).map((u) => u.username)).toEqual(['admin']);
  });

  it('a login answers with who is now logged in on that connection, as auth.status would say it', async () => {
    t = await makeCore();
    const { admin } = await setupOrg(t, 'Status AS');
    await t.ok(admin, 'auth.lock', {});
    const conn = t.connection();
    const answer = await t.ok(conn, 'auth.login', { username: 'admin', password: ADMIN_PASSWORD });
    expect(answer.status).toMatchObject({
      state: 'unlocked',
      user: { userId: answer.userId, role: 'admin', displayName: 'Astrid Admin' },
      organisationName: 'Status AS',
      problem: null,
    });
    expect(answer.status).toEqual(await t.ok(conn, 'auth.status', {}));
  });

  it('a wrong password fails clearly and backs off exponentially per account; both are audited', async () => {
    let now = Date.parse('2026-12-01T10:00:00Z');
    t = await makeCore();
    (t.core.services.auth as unknown as { now: () => number }).now = () => now;
    const { admin } = await setupOrg(t);
    await t.ok(admin, 'auth.lock', {});
    const attempt = () => t.call(t.connection(), 'auth.login', { username: 'admin', password: 'feil passord her' });
    for (let i = 0; i < 2; i++)
      expect(await attempt()).toMatchObject({
        ok: false,
        error: { code: 'UNAUTHENTICATED', message: 'Feil brukernavn eller passord.' },
      });
    const third = await attempt();
    expect(third).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED', reason: 'ACCOUNT_LOCKED' } });
    if (!third.ok) expect(third.error.message).toMatch(/Prøv igjen om 30 sekunder/);
    // Even the right password is refused while the account waits, without unlocking anything.
    expect(await t.call(t.connection(), 'auth.login', { username: 'admin', password: ADMIN_PASSWORD })).toMatchObject({
      ok: false,
      error: { code: 'RATE_LIMITED' },
    });
    expect(t.core.services.store.isOpen).toBe(false);
    now += 31_000;
    const fourth = await attempt();
    if (!fourth.ok) expect(fourth.error.message).toMatch(/Prøv igjen om 1 minutt/);
    now += 61_000;
    const conn = await login(t, 'admin', ADMIN_PASSWORD);
    const entries = (await t.ok(conn, 'audit.list', { action: 'auth.login' })).entries;
    expect(entries.filter((e) => e.outcome === 'failed')).toHaveLength(4);
    expect(entries.filter((e) => e.outcome === 'denied' && e.reason === 'ACCOUNT_LOCKED')).toHaveLength(1);
    expect(entries[0]).toMatchObject({ outcome: 'ok' });
  });

  it('changing a password rewraps one slot and leaves the database file untouched', async () => {
    t = await makeCore();
    const { admin } = await setupOrg(t);
    await addUser(t, admin, 'kari', 'Kari Veileder', 'counselor');
    const kari = await login(t, 'kari');
    const keysBefore = KeyFile.read(path.join(t.dataDir, 'keys.json')).slots;
    await t.ok(kari, 'auth.changePassword', { currentPassword: PASSWORD, newPassword: 'en helt ny og lang passfrase' });
    const keysAfter = KeyFile.read(path.join(t.dataDir, 'keys.json')).slots;
    const changed = keysAfter.filter((s) => !keysBefore.some((b) => JSON.stringify(b) === JSON.stringify(s)));
    expect(changed).toHaveLength(1);
    expect(keysAfter).toHaveLength(keysBefore.length);
    await t.ok(kari, 'auth.logout', {});
    await t.ok(admin, 'auth.logout', {});
    expect(await t.call(t.connection(), 'auth.login', { username: 'kari', password: PASSWORD })).toMatchObject({
      ok: false,
    });
    await login(t, 'kari', 'en helt ny og lang passfrase');
    const wrongCurrent = await t.call(await login(t, 'admin', ADMIN_PASSWORD), 'auth.changePassword', {
      currentPassword: 'ikke riktig i det hele tatt',
      newPassword: 'noe helt annet og langt',
    });
    expect(wrongCurrent).toMatchObject({ ok: false, error: { code: 'VALIDATION', reason: 'WRONG_PASSWORD' } });
  });

  it('an admin resets a forgotten password; the recovery key resets one too', async () => {
    t = await makeCore();
    const { admin, recoveryKey } = await setupOrg(t);
    const kari = await addUser(t, admin, 'kari', 'Kari Veileder', 'counselor');
    await t.ok(admin, 'users.resetPassword', { userId: kari.id, password: 'nytt passord fra admin' });
    await t.ok(admin, 'auth.logout', {});
    await login(t, 'kari', 'nytt passord fra admin');
    await t.core.services.auth.lockAll();
    const wrong = await t.call(t.connection(), 'auth.recover', {
      username: 'admin',
      recoveryKey: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH',
      newPassword: 'glemt men nå nytt',
    });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', reason: 'WRONG_RECOVERY_KEY' } });
    expect(t.core.services.store.isOpen).toBe(false);
    const conn = t.connection();
    await t.ok(conn, 'auth.recover', {
      username: 'admin',
      recoveryKey: recoveryKey.toLowerCase().replace(/-/g, ' '),
      newPassword: 'glemt men nå nytt',
    });
    expect((await t.ok(conn, 'auth.status', {})).user?.role).toBe('admin');
    await t.core.services.auth.lockAll();
    expect(await t.call(t.connection(), 'auth.login', { username: 'admin', password: ADMIN_PASSWORD })).toMatchObject({
      ok: false,
    });
    await login(t, 'admin', 'glemt men nå nytt');
  });

  it('a deactivated account cannot log in (answered exactly like a wrong password) and its sessions end; the last admin cannot be deactivated', async () => {
    t = await makeCore();
    const { admin } = await setupOrg(t);
    const kari = await addUser(t, admin, 'kari', 'Kari Veileder', 'counselor');
    const kariConn = await login(t, 'kari');
    await t.ok(admin, 'users.setActive', { userId: kari.id, active: false });
    expect(await t.call(kariConn, 'participants.list', {})).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    const refused = await t.call(t.connection(), 'auth.login', { username: 'kari', password: PASSWORD });
    const wrong = await t.call(t.connection(), 'auth.login', { username: 'kari', password: 'ikke passordet hennes' });
    // Issue 16: the answer must not tell an outsider the account exists and was deactivated.
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED', reason: 'WRONG_CREDENTIALS', message: 'Feil brukernavn eller passord.' },
    });
    expect(refused.ok ? null : refused.error).toEqual(wrong.ok ? null : wrong.error);
    // Its key slot is gone: the old password unlocks nothing, and reactivation needs a new one.
    expect(KeyFile.read(path.join(t.dataDir, 'keys.json')).slotsOfUser(kari.id)).toEqual([]);
    await t.ok(admin, 'users.setActive', { userId: kari.id, active: true, password: 'et nytt passord etter pause' });
    // The admin chose that password: she must choose her own before anything else runs.
    const back = await login(t, 'kari', 'et nytt passord etter pause');
    expect(await t.call(back, 'participants.list', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'PASSWORD_CHANGE_REQUIRED' },
    });
    await t.ok(back, 'auth.changePassword', {
      currentPassword: 'et nytt passord etter pause',
      newPassword: 'hennes eget passord igjen',
    });
    await t.ok(back, 'participants.list', {});
    const me = (await t.ok(admin, 'auth.status', {})).user!;
    expect(await t.call(admin, 'users.setActive', { userId: me.userId, active: false })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'LAST_ADMIN' },
    });
  });

  it('locks after the configured inactivity and drops the key', async () => {
    let now = Date.parse('2026-12-01T10:00:00Z');
    t = await makeCore();
    (t.core.services.auth as unknown as { now: () => number }).now = () => now;
    const { admin } = await setupOrg(t);
    await t.ok(admin, 'settings.update', { inactivityLockMinutes: 2 });
    await t.ok(admin, 'auth.activity', {});
    now += 90_000;
    // A public status poll does not count as activity.
    await t.ok(admin, 'auth.status', {});
    await t.ok(admin, 'auth.activity', {});
    now += 90_000;
    expect(t.core.services.store.isOpen).toBe(true);
    now += 60_000;
    const status = await t.ok(admin, 'auth.status', {});
    expect(status.state).toBe('locked');
    expect(status.user).toBeNull();
    expect(t.core.services.store.isOpen).toBe(false);
    expect(() => t.core.services.store.currentKey()).toThrow();
  });
});
