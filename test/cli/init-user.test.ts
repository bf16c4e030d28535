import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUTH_ERROR_MESSAGES } from '../../electron/core/auth/errors.js';
import {
  ADMIN_PASSWORD,
  PASSWORD,
  adminLogin,
  cliTempDir,
  coreOver,
  fileHashes,
  initInput,
  initOrg,
} from './helpers.js';
import { runInkludmi, typeInkludmi } from './run.js';

let dir: string;
let cleanup: () => Promise<void>;
let n = 0;
const freshDir = () => path.join(dir, `data-${++n}`);
beforeAll(async () => ({ dir, cleanup } = await cliTempDir()));
afterAll(() => cleanup());

describe('inkludmi init', () => {
  it('sets up the organisation and the first admin, and prints the recovery key once with instructions', async () => {
    const dataDir = freshDir();
    const r = await runInkludmi(['init', '--data-dir', dataDir], initInput('Fjordtiltak AS'));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('InkludMI er satt opp for «Fjordtiltak AS»');
    expect(r.stdout).toContain('Administrator: admin');
    expect(r.stdout).toContain('vises bare denne ene gangen');
    expect(r.stdout).toMatch(/Skriv den ut eller skriv den av på papir/);
    const recoveryKey = /^\s+([0-9A-Z]{4}(?:-[0-9A-Z]{4}){7})$/m.exec(r.stdout)?.[1];
    expect(recoveryKey).toBeDefined();
    expect(fs.readdirSync(dataDir)).toEqual(expect.arrayContaining(['inkludmi.db', 'keys.json']));
    // The key is stored nowhere in clear, and it really opens the organisation (a forgotten password).
    for (const file of fs.readdirSync(dataDir))
      expect(fs.readFileSync(path.join(dataDir, file)).includes(recoveryKey!)).toBe(false);
    const t = await coreOver(dataDir);
    try {
      const conn = t.connection();
      await t.ok(conn, 'auth.recover', {
        username: 'admin',
        recoveryKey: recoveryKey!,
        newPassword: 'et helt nytt passord for admin',
      });
      const status = await t.ok(conn, 'auth.status', {});
      expect(status).toMatchObject({
        state: 'unlocked',
        organisationName: 'Fjordtiltak AS',
        user: { role: 'admin', displayName: 'Astrid Admin' },
      });
    } finally {
      await t.close();
    }
  });

  it('refuses a second setup of the same data folder and changes nothing', async () => {
    const dataDir = freshDir();
    await initOrg(dataDir);
    const before = fileHashes(dataDir);
    const r = await runInkludmi(['init', '--data-dir', dataDir], initInput('Et annet firma'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(AUTH_ERROR_MESSAGES.ALREADY_SET_UP);
    expect(r.stderr).toContain('Ingenting ble endret');
    expect(fileHashes(dataDir)).toEqual(before);
  });

  it('refuses passwords that differ, or a common password, and creates nothing', async () => {
    const dataDir = freshDir();
    const differ = await runInkludmi(
      ['init', '--data-dir', dataDir],
      ['Org AS', 'admin', 'Astrid Admin', ADMIN_PASSWORD, 'noe annet enn det'].join('\n') + '\n',
    );
    expect(differ.code).toBe(1);
    expect(differ.stderr).toContain('Passordene er ikke like.');
    const common = await runInkludmi(['init', '--data-dir', dataDir], initInput('Org AS', 'passord123'));
    expect(common.code).toBe(1);
    expect(common.stderr).toMatch(/minst 12 tegn|mye brukt/);
    const missing = await runInkludmi(['init', '--data-dir', dataDir], 'Org AS\nadmin\n');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Fikk ikke svar på «Fullt navn på administratoren» fra standard inn');
    expect(fileHashes(dataDir)).toEqual({});
  });

  it('on a terminal, passwords are typed without echo and never reach the output', async () => {
    const dataDir = freshDir();
    const typed = ['Ekko AS', 'admin', 'Astrid Admin', ADMIN_PASSWORD, ADMIN_PASSWORD].map((l) => `${l}\r`).join('');
    const r = await runInkludmi(['init', '--data-dir', dataDir], typed, { interactive: true });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Passord for administratoren: ');
    expect(r.stderr).toContain('Passord for administratoren (en gang til): ');
    expect(r.stderr).toContain('Ekko AS'); // visible answers are echoed …
    expect(r.stderr + r.stdout).not.toContain(ADMIN_PASSWORD); // … passwords are not
    expect(r.stderr + r.stdout).not.toContain(ADMIN_PASSWORD.slice(0, 5));
  });

  it('on a terminal, typed keys echo only for visible answers (backspace works); Ctrl-C stops and creates nothing', async () => {
    const dataDir = freshDir();
    const r = await typeInkludmi(
      ['init', '--data-dir', dataDir],
      [
        ['Navn på organisasjonen: ', 'Ekkp\u007fo AS\r'],
        ['Brukernavn for administratoren: ', 'admin\r'],
        ['Fullt navn på administratoren: ', 'Astrid Admin\r'],
        ['Passord for administratoren: ', `${ADMIN_PASSWORD}\r`],
        ['Passord for administratoren (en gang til): ', `${ADMIN_PASSWORD}\r`],
      ],
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('satt opp for «Ekko AS»');
    expect(r.stderr).toContain('Navn på organisasjonen: Ekkp\b \bo AS\n');
    expect(r.stderr).not.toContain(ADMIN_PASSWORD.slice(0, 3));

    const other = freshDir();
    const stopped = await typeInkludmi(
      ['init', '--data-dir', other],
      [
        ['Navn på organisasjonen: ', 'Org AS\r'],
        ['Brukernavn for administratoren: ', 'admin\r'],
        ['Fullt navn på administratoren: ', 'Astrid Admin\r'],
        ['Passord for administratoren: ', 'halvveis\u0003'],
      ],
    );
    expect(stopped.code).toBe(130);
    expect(stopped.stderr).toContain('Avbrutt. Ingenting ble endret.');
    expect(fileHashes(other)).toEqual({});
  });
});

describe('inkludmi user add', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = freshDir();
    await initOrg(dataDir);
  });

  const add = (args: string[], stdin: string) => runInkludmi(['user', 'add', ...args, '--data-dir', dataDir], stdin);

  it('an admin adds a counselor and a participant assigned to them; both can log in with their first password', async () => {
    const counselor = await add(
      ['--role', 'counselor', '--username', 'kari', '--name', 'Kari Nordmann'],
      adminLogin() + `${PASSWORD}\n${PASSWORD}\n`,
    );
    expect(counselor.stderr).toBe('');
    expect(counselor.code).toBe(0);
    expect(counselor.stdout).toContain('Opprettet veileder «kari»');
    const participant = await add(
      [
        '--role',
        'participant',
        '--username',
        'ola',
        '--name',
        'Ola Deltaker',
        '--counselor',
        'kari',
        '--user',
        'admin',
      ],
      `${ADMIN_PASSWORD}\n${PASSWORD}\n${PASSWORD}\n`,
    );
    expect(participant.code).toBe(0);
    expect(participant.stdout).toContain('Opprettet deltaker «ola», tildelt veileder «kari»');

    const t = await coreOver(dataDir);
    try {
      const kari = t.connection();
      expect(await t.ok(kari, 'auth.login', { username: 'kari', password: PASSWORD })).toMatchObject({
        role: 'counselor',
      });
      const caseload = await t.ok(kari, 'participants.list', {});
      expect(JSON.stringify(caseload)).toContain('Ola Deltaker');
      expect(await t.ok(t.connection(), 'auth.login', { username: 'ola', password: PASSWORD })).toMatchObject({
        role: 'participant',
      });
      const admin = t.connection();
      await t.ok(admin, 'auth.login', { username: 'admin', password: ADMIN_PASSWORD });
      const created = (await t.ok(admin, 'audit.list', { action: 'user.create' })).entries;
      expect(created).toHaveLength(2);
    } finally {
      await t.close();
    }
  });

  it('refuses a taken username, an unknown counselor and a weak password before creating anything', async () => {
    const taken = await add(['--role', 'counselor', '--username', 'Admin', '--name', 'Noen'], adminLogin());
    expect(taken.code).toBe(1);
    expect(taken.stderr).toContain(AUTH_ERROR_MESSAGES.USERNAME_TAKEN);
    const unknown = await add(
      ['--role', 'participant', '--username', 'per', '--name', 'Per', '--counselor', 'finnesikke'],
      adminLogin(),
    );
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Fant ingen veileder med brukernavnet «finnesikke»');
    const badName = await add(
      ['--role', 'counselor', '--username', 'Xena Warrior', '--name', 'Xena Warrior'],
      adminLogin() + `${PASSWORD}\n${PASSWORD}\n`,
    );
    expect(badName.code).toBe(1);
    expect(badName.stderr).toContain('Brukernavnet må ha 2–64 tegn');
    expect(badName.stderr).toContain('Ingenting ble endret.');
    const weak = await add(
      ['--role', 'counselor', '--username', 'nils', '--name', 'Nils Hansen'],
      adminLogin() + 'kort\nkort\n',
    );
    expect(weak.code).toBe(1);
    expect(weak.stderr).toContain('Passordet må ha minst 12 tegn');
    const t = await coreOver(dataDir);
    try {
      const admin = t.connection();
      await t.ok(admin, 'auth.login', { username: 'admin', password: ADMIN_PASSWORD });
      const names = (await t.ok(admin, 'users.list', {})).map((u) => u.username);
      expect(names).not.toEqual(expect.arrayContaining(['per']));
      expect(names).not.toContain('nils');
    } finally {
      await t.close();
    }
  });

  it('needs an administrator: a counselor login is refused (and audited); bad arguments are usage errors', async () => {
    const asCounselor = await add(
      ['--role', 'counselor', '--username', 'lise', '--name', 'Lise'],
      adminLogin(PASSWORD, 'kari'),
    );
    expect(asCounselor.code).toBe(3);
    expect(asCounselor.stderr).toContain('krever en administrator');
    const t = await coreOver(dataDir);
    try {
      const admin = t.connection();
      await t.ok(admin, 'auth.login', { username: 'admin', password: ADMIN_PASSWORD });
      const refused = (await t.ok(admin, 'audit.list', { action: 'user.create' })).entries.filter(
        (e) => e.outcome === 'denied',
      );
      expect(refused.map((e) => [e.actorRole, e.reason])).toEqual([['counselor', 'FORBIDDEN']]);
    } finally {
      await t.close();
    }
    expect((await add(['--role', 'boss', '--username', 'x1', '--name', 'X'], '')).code).toBe(2);
    expect(
      (await add(['--role', 'counselor', '--username', 'x1', '--name', 'X', '--counselor', 'kari'], '')).code,
    ).toBe(2);
    expect((await add(['--role', 'counselor', '--name', 'X'], '')).code).toBe(2);
    const withPassword = await add(
      ['--role', 'counselor', '--username', 'x1', '--name', 'X', '--password', 'hemmelig'],
      '',
    );
    expect(withPassword.code).toBe(2);
    expect(withPassword.stderr).toContain('Ukjent valg: --password. Passord gis aldri som argument');
    expect(withPassword.stderr).toContain('Bruk: inkludmi user add');
  });
});
