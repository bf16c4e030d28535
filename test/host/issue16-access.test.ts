import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/index.js';
import { PASSWORD } from '../helpers/org.js';
import { startLoopbackOrg, type Page, type User } from './loopback.js';

/**
 * Issue 16, acceptance 6: regression tests for the review's access findings over the loopback
 * host (real logins, one connection per page, real SQLCipher).
 */
let org: Awaited<ReturnType<typeof startLoopbackOrg>>;
let core: Core;
const page = () => org.page();
const data = <T>(p: Page, name: string, input: unknown = {}) => org.data<T>(p, name, input);
const loggedIn = (username: string, password = PASSWORD) => org.loggedIn(username, password);
let admin: Page;
let userA: User;
let p1: string;
let p2: string;

beforeAll(async () => {
  org = await startLoopbackOrg();
  ({ core, admin } = org);
  const { create } = org;
  userA = await create('anna', 'Anna Veileder', 'counselor');
  p1 = (await create('petter', 'Petter Deltaker', 'participant', userA.id)).participantId!;
  p2 = (await create('siri', 'Siri Deltaker', 'participant', userA.id)).participantId!;
});

afterAll(async () => {
  await org?.close();
});

describe('issue 16 access findings through the loopback host', () => {
  it('restricting one participant does not break the crisis-flag overview of the caseload', async () => {
    const anna = await loggedIn('anna');
    expect((await anna.call('chat.flags', {})).body.ok).toBe(true);
    await data(admin, 'privacy.restrict', { participantId: p2 });
    const overview = await anna.call('chat.flags', {});
    expect(overview.body).toMatchObject({ ok: true });
    // Asking about the restricted participant directly is still refused, with the reason.
    expect((await anna.call('chat.flags', { participantId: p2 })).body).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect((await anna.call('chat.flags', { participantId: p1 })).body.ok).toBe(true);
  });

  it('a deactivated account is answered exactly like a wrong password', async () => {
    await data(admin, 'users.setActive', { userId: userA.id, active: false });
    const deactivated = await (await page()).call('auth.login', { username: 'anna', password: PASSWORD });
    const wrong = await (await page()).call('auth.login', { username: 'admin', password: 'ikke passordet mitt' });
    expect(deactivated.status).toBe(wrong.status);
    expect(deactivated.body).toEqual(wrong.body);
  });

  it('a reset password ends the user’s open sessions and must be changed at the next login', async () => {
    const petter = await loggedIn('petter');
    const petterUser = (await data<{ id: string; username: string }[]>(admin, 'users.list')).find(
      (u) => u.username === 'petter',
    )!;
    expect((await petter.call('auth.status')).body).toMatchObject({
      ok: true,
      data: { user: { role: 'participant' } },
    });
    await data(admin, 'users.resetPassword', { userId: petterUser.id, password: 'midlertidig passord fra admin' });
    expect((await petter.call('auth.status')).body).toMatchObject({ ok: true, data: { user: null } });
    const again = await loggedIn('petter', 'midlertidig passord fra admin');
    const row = await core.services.store.db.get<{ m: number }>(
      'SELECT must_change_password AS m FROM users WHERE id = ?',
      [petterUser.id],
    );
    expect(row?.m).toBe(1);
    // Until he has chosen his own password, the status says so and nothing but the password screen's calls run.
    const status = await data<{ user: { role: string; participantId: string; mustChangePassword: boolean } }>(
      again,
      'auth.status',
    );
    expect(status.user).toMatchObject({ role: 'participant', mustChangePassword: true });
    const own = { participantId: status.user.participantId };
    expect((await again.call('me.overview', own)).body).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'PASSWORD_CHANGE_REQUIRED' },
    });
    await data(again, 'auth.activity');
    await data(again, 'auth.changePassword', {
      currentPassword: 'midlertidig passord fra admin',
      newPassword: 'mitt eget nye passord her',
    });
    expect(
      (
        await core.services.store.db.get<{ m: number }>('SELECT must_change_password AS m FROM users WHERE id = ?', [
          petterUser.id,
        ])
      )?.m,
    ).toBe(0);
    expect((await again.call('auth.status')).body).toMatchObject({
      ok: true,
      data: { user: { mustChangePassword: false } },
    });
    expect((await again.call('me.overview', own)).body).toMatchObject({ ok: true });
  });
});
