import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUTH_ERROR_MESSAGES } from '../../electron/core/auth/errors.js';
import { ADMIN_PASSWORD, adminLogin, cliTempDir, coreOver, fileHashes, initOrg } from './helpers.js';
import { runInkludmi } from './run.js';

let dir: string;
let cleanup: () => Promise<void>;
let templateA: string;
let templateB: string;
let n = 0;

beforeAll(async () => {
  ({ dir, cleanup } = await cliTempDir());
  templateA = path.join(dir, 'template-a');
  templateB = path.join(dir, 'template-b');
  await initOrg(templateA, 'Organisasjon A');
  await initOrg(templateB, 'Organisasjon B');
  const t = await coreOver(templateA);
  try {
    const admin = t.connection();
    await t.ok(admin, 'auth.login', { username: 'admin', password: ADMIN_PASSWORD });
    await t.ok(admin, 'users.create', {
      username: 'kari',
      displayName: 'Kari Nordmann',
      role: 'counselor',
      password: 'lang nok passfrase for test',
    });
  } finally {
    await t.close();
  }
});
afterAll(() => cleanup());

/** A fresh copy of an organisation's data folder (closed: no -wal or -shm). */
function copyOf(template: string): string {
  const dataDir = path.join(dir, `case-${++n}`);
  fs.cpSync(template, dataDir, { recursive: true });
  return dataDir;
}

const WRONG = 'ikke det riktige passordet';
const dbAndKeys = (dataDir: string) => {
  const h = fileHashes(dataDir);
  return { db: h['inkludmi.db'], keys: h['keys.json'] };
};

/** Every admin command, each as it would write or check something if the login succeeded. */
function adminCommands(dataDir: string): [string, string[]][] {
  const out = path.join(dir, `out-${n}`);
  const backupFile = path.join(dir, `restore-source-${n}.db`);
  fs.copyFileSync(path.join(templateA, 'inkludmi.db'), backupFile);
  return [
    ['backup', ['backup', '--out', path.join(out, 'kopi.db'), '--data-dir', dataDir]],
    ['restore', ['restore', backupFile, '--data-dir', dataDir]],
    [
      'user add',
      ['user', 'add', '--role', 'counselor', '--username', 'ny', '--name', 'Ny Veileder', '--data-dir', dataDir],
    ],
    ['audit verify', ['audit', 'verify', '--data-dir', dataDir]],
    ['db verify', ['db', 'verify', '--data-dir', dataDir]],
  ];
}

describe('acceptance 6: each refusal has a clear Norwegian message, a non-zero exit, and changes nothing', () => {
  it('wrong password: refused, the database and key file untouched; the failure is counted and audited', async () => {
    const dataDir = copyOf(templateA);
    const before = fileHashes(dataDir);
    const out = path.join(dir, `wrong-${n}.db`);
    const r = await runInkludmi(['backup', '--out', out, '--data-dir', dataDir], adminLogin(WRONG));
    expect(r.code).toBe(3);
    expect(r.stderr).toBe(`${AUTH_ERROR_MESSAGES.WRONG_CREDENTIALS}\n`);
    expect(r.stdout).toBe('');
    expect(fs.existsSync(out)).toBe(false);
    const after = fileHashes(dataDir);
    expect(dbAndKeys(dataDir)).toEqual({ db: before['inkludmi.db'], keys: before['keys.json'] });
    // Only the backoff counter and the waiting audit entry (codes and ids) changed; the database did not.
    const changed = Object.keys(after).filter((f) => after[f] !== before[f]);
    expect(changed.sort()).toEqual(['audit-pending.jsonl', 'login-state.json']);

    // The right password still works, and the failed attempt joined the audit chain. The CLI never
    // held the audit key, so its line carries no MAC: it joins marked unverified (issue 16).
    const ok = await runInkludmi(['audit', 'verify', '--data-dir', dataDir], adminLogin());
    expect(ok.code).toBe(0);
    const t = await coreOver(dataDir);
    try {
      const admin = t.connection();
      await t.ok(admin, 'auth.login', { username: 'admin', password: ADMIN_PASSWORD });
      const logins = (await t.ok(admin, 'audit.list', { action: 'auth.login' })).entries;
      expect(logins.map((e) => [e.outcome, e.reason, e.actorRole])).toContainEqual([
        'failed',
        'UNVERIFIED_WRONG_PASSWORD',
        null,
      ]);
      // The page gets the code and the mark apart, so it needs no copy of the prefix.
      const unverified = logins.find((e) => e.reason === 'UNVERIFIED_WRONG_PASSWORD');
      expect([unverified?.unverified, unverified?.reasonCode]).toEqual([true, 'WRONG_PASSWORD']);
      expect(logins.filter((e) => e.outcome === 'ok').every((e) => !e.unverified && e.reasonCode === e.reason)).toBe(
        true,
      );
    } finally {
      await t.close();
    }
  });

  it('locked account: after repeated wrong passwords even the right one is refused for a while', async () => {
    const dataDir = copyOf(templateA);
    const before = dbAndKeys(dataDir);
    const attempts = [];
    for (let i = 0; i < 3; i++)
      attempts.push(await runInkludmi(['audit', 'verify', '--data-dir', dataDir, '--user', 'admin'], `${WRONG}\n`));
    expect(attempts.map((a) => a.code)).toEqual([3, 3, 3]);
    expect(attempts[0]!.stderr).toContain(AUTH_ERROR_MESSAGES.WRONG_CREDENTIALS);
    expect(attempts[2]!.stderr).toContain(AUTH_ERROR_MESSAGES.ACCOUNT_LOCKED);
    const locked = await runInkludmi(['audit', 'verify', '--data-dir', dataDir], adminLogin());
    expect(locked.code).toBe(3);
    expect(locked.stderr).toContain(AUTH_ERROR_MESSAGES.ACCOUNT_LOCKED);
    expect(locked.stderr).toMatch(/Prøv igjen om \d+ sekunder\./);
    expect(locked.stdout).toBe('');
    expect(dbAndKeys(dataDir)).toEqual(before);
  });

  it('missing keys.json: every admin command refuses before asking for a password; no file changes', async () => {
    const dataDir = copyOf(templateA);
    fs.rmSync(path.join(dataDir, 'keys.json'));
    const before = fileHashes(dataDir);
    for (const [name, args] of adminCommands(dataDir)) {
      const r = await runInkludmi(args, adminLogin());
      expect(r.code, name).toBe(4);
      expect(r.stderr, name).toBe(`${AUTH_ERROR_MESSAGES.MISSING_KEY_FILE}\n`);
      expect(fileHashes(dataDir), name).toEqual(before);
    }
    expect(fs.existsSync(path.join(dir, `out-${n}`))).toBe(false);
  });

  it('damaged keys.json (cut short, or valid JSON of the wrong shape): refused, no file changes', async () => {
    for (const damage of [
      (text: string) => text.slice(0, text.length / 2),
      (text: string) => JSON.stringify({ ...JSON.parse(text), slots: 'ingen' }),
    ]) {
      const dataDir = copyOf(templateA);
      const keyFile = path.join(dataDir, 'keys.json');
      fs.writeFileSync(keyFile, damage(fs.readFileSync(keyFile, 'utf8')));
      const before = fileHashes(dataDir);
      for (const [name, args] of adminCommands(dataDir)) {
        const r = await runInkludmi(args, adminLogin());
        expect(r.code, name).toBe(4);
        expect(r.stderr, name).toBe(`${AUTH_ERROR_MESSAGES.DAMAGED_KEY_FILE}\n`);
        expect(fileHashes(dataDir), name).toEqual(before);
      }
    }
  });

  it('a database from another organisation: every admin command refuses after the password; the database is untouched', async () => {
    const dataDir = copyOf(templateB);
    fs.copyFileSync(path.join(templateA, 'inkludmi.db'), path.join(dataDir, 'inkludmi.db'));
    const before = fileHashes(dataDir);
    for (const [name, args] of adminCommands(dataDir)) {
      const r = await runInkludmi(args, adminLogin());
      expect(r.code, name).toBe(4);
      expect(r.stderr, name).toBe(`${AUTH_ERROR_MESSAGES.FOREIGN_DATABASE}\n`);
      expect(r.stdout, name).toBe('');
      // The database and key file are untouched; only the refused open waits in the pending audit file.
      const after = fileHashes(dataDir);
      expect(dbAndKeys(dataDir), name).toEqual({ db: before['inkludmi.db'], keys: before['keys.json'] });
      for (const f of Object.keys(after)) if (after[f] !== before[f]) expect(f, name).toBe('audit-pending.jsonl');
    }
    expect(fs.existsSync(path.join(dir, `out-${n}`))).toBe(false);
  });

  it('a missing database, or a data folder never set up: refused with what to do', async () => {
    const dataDir = copyOf(templateA);
    fs.rmSync(path.join(dataDir, 'inkludmi.db'));
    const before = fileHashes(dataDir);
    const missing = await runInkludmi(['db', 'verify', '--data-dir', dataDir], adminLogin());
    expect(missing.code).toBe(4);
    expect(missing.stderr).toBe(`${AUTH_ERROR_MESSAGES.MISSING_DATABASE}\n`);
    expect(fileHashes(dataDir)).toEqual(before);

    const empty = path.join(dir, `empty-${n}`);
    const none = await runInkludmi(['audit', 'verify', '--data-dir', empty], adminLogin());
    expect(none.code).toBe(4);
    expect(none.stderr).toContain(AUTH_ERROR_MESSAGES.SETUP_REQUIRED);
    expect(none.stderr).toContain('inkludmi init');
    expect(fs.existsSync(empty)).toBe(false);
  });
});
