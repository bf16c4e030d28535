/**
 * Issue 16, acceptance 5 (second half): the review lost a new user's key slot when a password
 * change and a user creation ran at the same time, each writing keys.json from its own old copy.
 * Changes to the key file now run one at a time and each re-reads the file first (and a second
 * process cannot open the folder at all: test/cli/one-writer.test.ts).
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KeyFile } from '../../../electron/core/auth/keyFile.js';
import { ADMIN_PASSWORD, addUser, login, makeCore, PASSWORD, setupOrg, type TestCore } from '../../helpers/org.js';

let t: TestCore | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe('acceptance 5: concurrent key-file changes are all kept', () => {
  it('a password change and a new user at the same moment: both slots survive and both log in', async () => {
    t = await makeCore();
    const { admin } = await setupOrg(t);
    const kari = await addUser(t, admin, 'kari', 'Kari Veileder', 'counselor');
    const kariConn = await login(t, 'kari', PASSWORD);
    const NEW_KARI = 'kari sitt nye lange passord';
    const LISE = 'lise sitt første passord';

    const [changed, created, participant] = await Promise.all([
      t.call(kariConn, 'auth.changePassword', { currentPassword: PASSWORD, newPassword: NEW_KARI }),
      t.call(admin, 'users.create', {
        username: 'lise',
        displayName: 'Lise Veileder',
        role: 'counselor',
        password: LISE,
      }),
      t.call(admin, 'users.create', {
        username: 'ola',
        displayName: 'Ola Deltaker',
        role: 'participant',
        password: 'ola sitt første passord',
        counselorId: kari.id,
      }),
    ]);
    expect(changed).toMatchObject({ ok: true });
    expect(created).toMatchObject({ ok: true });
    expect(participant).toMatchObject({ ok: true });
    const lise = created.ok ? (created.data as { id: string }) : null;

    const keys = KeyFile.read(path.join(t.dataDir, 'keys.json'));
    expect(keys.slotsOfUser(kari.id)).toHaveLength(1);
    expect(keys.slotsOfUser(lise!.id)).toHaveLength(1);
    // Each slot opens with its own password, and Kari's old one opens nothing.
    expect(await keys.unwrap(keys.slotsOfUser(kari.id)[0]!, NEW_KARI)).not.toBeNull();
    expect(await keys.unwrap(keys.slotsOfUser(kari.id)[0]!, PASSWORD)).toBeNull();
    expect(await keys.unwrap(keys.slotsOfUser(lise!.id)[0]!, LISE)).not.toBeNull();

    // And through the app, from a locked store: the staff get in with their passwords of now, and
    // the participant created in the same moment exists.
    await t.core.services.auth.lockAll();
    await login(t, 'lise', LISE);
    await login(t, 'kari', NEW_KARI);
    const adminConn = await login(t, 'admin', ADMIN_PASSWORD);
    expect((await t.ok(adminConn, 'users.list', {})).map((u) => u.username)).toEqual(
      expect.arrayContaining(['admin', 'kari', 'lise', 'ola']),
    );
  });
});
