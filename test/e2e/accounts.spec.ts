import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, recordRequests, saveScreenshot, seriousA11yViolations, startBrowserMode, test } from './fixtures';
import {
  addUser,
  chooseInUserMenu,
  logIn,
  logOut,
  ORG,
  PARTICIPANT_PASSWORD,
  setUpOrganisation,
  startParticipantMode,
} from './flows';

test('first run: the setup wizard creates the organisation and its admin and shows the recovery key once, with a print view', async ({
  page,
  browserMode,
}) => {
  await page.goto(browserMode.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Velkommen til InkludMI' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sett opp InkludMI' })).toBeVisible();
  // Nobody is logged in: no menu, no lock button.
  await expect(page.getByRole('navigation', { name: 'Hovedmeny' })).toHaveCount(0);
  await expect(page.getByTestId('lock-button')).toHaveCount(0);

  // Step 1: the organisation (required).
  await page.getByRole('button', { name: 'Neste' }).click();
  await expect(page.getByText('Skriv navnet på organisasjonen.').first()).toBeVisible();
  await page.getByLabel('Navnet på organisasjonen').fill(ORG.organisation);
  await saveScreenshot(page, 'setup-1-organisation');
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Neste' }).click();

  // Step 2: the first admin, with live feedback from the app's password rules.
  await expect(page.getByRole('heading', { level: 1, name: 'Første administrator' })).toBeVisible();
  await page.getByLabel('Ditt navn').fill(ORG.displayName);
  await page.getByLabel('Brukernavn').fill(ORG.username);
  const password = page.getByLabel('Passord', { exact: true });
  const feedback = page.getByTestId('setup-password-feedback');
  await password.fill('kort');
  await expect(feedback).toHaveText(
    'Passordet må ha minst 12 tegn. Lange passfraser av flere ord er lette å huske og vanskelige å gjette.',
  );
  await password.fill('passord12345');
  await expect(feedback).toContainText('mye brukt og lett å gjette');
  await password.fill('lia arbeid og inkludering');
  await expect(feedback).toContainText('kan ikke være navnet ditt, brukernavnet ditt eller navnet på organisasjonen');
  await password.fill(ORG.password);
  await expect(feedback).toHaveText('Passordet oppfyller kravene.');
  await page.getByLabel('Gjenta passordet').fill('fjellet blå morgen kaffi');
  await expect(page.getByTestId('setup-repeat-feedback')).toHaveText('Passordene er ikke like.');
  await saveScreenshot(page, 'setup-2-admin');
  expect(await seriousA11yViolations(page)).toEqual([]);
  // Submitting with different passwords is stopped before anything is sent, with the error summary focused.
  await page.getByRole('button', { name: 'Opprett organisasjonen' }).click();
  await expect(page.getByTestId('setup-error-summary').getByRole('heading')).toBeFocused();
  await expect(page.getByTestId('setup-error-summary')).toContainText(
    'Passordene er ikke like. Skriv det samme passordet to ganger.',
  );
  await page.getByLabel('Gjenta passordet').fill(ORG.password);
  await expect(page.getByTestId('setup-repeat-feedback')).toHaveText('Passordene er like.');
  await page.getByRole('button', { name: 'Opprett organisasjonen' }).click();

  // Step 3: the recovery key, once.
  const key = page.getByTestId('recovery-key');
  await expect(key).toHaveText(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/, { timeout: 20_000 });
  await expect(page.getByRole('heading', { level: 1, name: 'Gjenopprettingsnøkkel' })).toBeFocused();
  await expect(page.getByText('Nøkkelen vises bare denne ene gangen.')).toBeVisible();
  const recoveryKey = await key.textContent();
  await saveScreenshot(page, 'setup-3-recovery-key');
  expect(await seriousA11yViolations(page)).toEqual([]);

  // The print view is a dedicated sheet: the key, the organisation and instructions — and none of the app.
  await page.emulateMedia({ media: 'print' });
  const sheet = page.getByTestId('recovery-print-sheet');
  await expect(sheet).toBeVisible();
  await expect(sheet).toContainText(recoveryKey!);
  await expect(sheet).toContainText(ORG.organisation);
  await expect(sheet).toContainText('Glemt passord?');
  await expect(page.locator('#root')).toBeHidden();
  await saveScreenshot(page, 'setup-3-recovery-key-print');
  await page.emulateMedia({ media: 'screen' });
  await expect(sheet).toBeHidden();

  // Going on needs the explicit confirmation.
  await page.getByRole('button', { name: 'Fortsett til InkludMI' }).click();
  await expect(
    page.getByText('Bekreft at du har skrevet ut eller tatt vare på nøkkelen før du går videre.'),
  ).toBeVisible();
  await expect(key).toBeVisible();
  await page.getByLabel('Jeg har skrevet ut eller tatt vare på nøkkelen').check();
  await page.getByRole('button', { name: 'Fortsett til InkludMI' }).click();

  // The admin is logged in and lands on user management; the key is gone from the page for good.
  await expect(page.getByRole('heading', { level: 1, name: 'Brukere' })).toBeVisible();
  await expect(page.getByTestId('user-menu')).toContainText(ORG.displayName);
  await expect(page.getByTestId('user-row-ada')).toContainText('Administrator');
  expect(await page.content()).not.toContain(recoveryKey!);
  await expect(page.getByTestId('recovery-print-sheet')).toHaveCount(0);

  // The system information is still one click away.
  await page.getByRole('link', { name: 'Om InkludMI' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Om InkludMI' })).toBeVisible();
  await expect(page.getByTestId('sqlcipher-version')).toHaveText(/^\d+\.\d+\.\d+/);
});

test('log out and log in again; a wrong password gets a clear message', async ({ page, browserMode }) => {
  await setUpOrganisation(page, browserMode);
  await logOut(page);
  await expect(page.getByTestId('sign-in-notice')).toHaveText('Du er logget ut.');
  await expect(page.getByRole('navigation', { name: 'Hovedmeny' })).toHaveCount(0);
  await expect(page.getByLabel('Brukernavn')).toBeFocused();
  // The login screen follows the language choice too.
  await page.getByLabel('Språk').selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'Log in' })).toBeVisible();
  await expect(page.getByTestId('sign-in-notice')).toHaveText('You are logged out.');
  await page.getByLabel('Language').selectOption('nn');
  await expect(page.getByRole('button', { name: 'Gløymt passord?' })).toBeVisible();
  await page.getByLabel('Språk').selectOption('nb');

  await logIn(page, ORG.username, 'feil passord her altså');
  await expect(page.getByTestId('login-error')).toHaveText('Feil brukernavn eller passord.');
  await expect(page.getByLabel('Passord', { exact: true })).toHaveValue('');
  await expect(page.getByLabel('Passord', { exact: true })).toBeFocused();
  await saveScreenshot(page, 'login-wrong-password');
  expect(await seriousA11yViolations(page)).toEqual([]);

  await logIn(page, ORG.username, ORG.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Brukere' })).toBeVisible();
  await expect(page.getByTestId('user-menu')).toContainText(ORG.displayName);
});

test('an account is locked for a while after three failed logins, with the waiting time shown', async ({
  page,
  browserMode,
}) => {
  await setUpOrganisation(page, browserMode);
  await logOut(page);
  await logIn(page, ORG.username, 'feil nummer en her');
  await expect(page.getByTestId('login-error')).toHaveText('Feil brukernavn eller passord.');
  await logIn(page, ORG.username, 'feil nummer to her');
  await expect(page.getByTestId('login-error')).toHaveText('Feil brukernavn eller passord.');
  await logIn(page, ORG.username, 'feil nummer tre her');
  await expect(page.getByTestId('login-error')).toHaveText(
    /^For mange mislykkede innloggingsforsøk\. Kontoen er midlertidig sperret\. Prøv igjen om (30|29|28) sekunder\.$/,
  );
  // Even the right password is refused while the account waits.
  await logIn(page, ORG.username, ORG.password);
  await expect(page.getByTestId('login-error')).toContainText('Kontoen er midlertidig sperret. Prøv igjen om');
  await expect(page.getByRole('heading', { level: 1, name: 'Logg inn' })).toBeVisible();
  await saveScreenshot(page, 'login-rate-limited');
  expect(await seriousA11yViolations(page)).toEqual([]);
});

test('a forgotten password is replaced with the recovery key, which logs the user in', async ({
  page,
  browserMode,
}) => {
  const { recoveryKey } = await setUpOrganisation(page, browserMode);
  await logOut(page);
  await page.getByRole('button', { name: 'Glemt passord?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Glemt passord' })).toBeVisible();
  await page.getByLabel('Brukernavn').fill(ORG.username);
  await page.getByLabel('Gjenopprettingsnøkkel').fill('ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789');
  await page.getByLabel('Nytt passord').fill('ny vår på fjellet igjen');
  await page.getByLabel('Gjenta passordet').fill('ny vår på fjellet igjen');
  await page.getByRole('button', { name: 'Sett nytt passord og logg inn' }).click();
  await expect(page.getByTestId('recover-error-summary')).toContainText('Gjenopprettingsnøkkelen er ikke riktig.');
  await expect(page.locator('#recover-key')).toHaveAttribute('aria-invalid', 'true');
  await saveScreenshot(page, 'recover-wrong-key');
  expect(await seriousA11yViolations(page)).toEqual([]);

  // Lower case and spaces instead of dashes are forgiven.
  await page.getByLabel('Gjenopprettingsnøkkel').fill(recoveryKey.toLowerCase().replace(/-/g, ' '));
  await page.getByRole('button', { name: 'Sett nytt passord og logg inn' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Brukere' })).toBeVisible({ timeout: 20_000 });

  await logOut(page);
  await logIn(page, ORG.username, ORG.password);
  await expect(page.getByTestId('login-error')).toHaveText('Feil brukernavn eller passord.');
  await logIn(page, ORG.username, 'ny vår på fjellet igjen');
  await expect(page.getByRole('heading', { level: 1, name: 'Brukere' })).toBeVisible();
});

test('changing one’s own password: the current one is checked, the new one works next time', async ({
  page,
  browserMode,
}) => {
  await setUpOrganisation(page, browserMode);
  await chooseInUserMenu(page, 'Bytt passord');
  await expect(page.getByRole('heading', { level: 1, name: 'Bytt passord' })).toBeVisible();
  await page.getByLabel('Nåværende passord').fill('ikke mitt passord nei');
  await page.getByLabel('Nytt passord').fill('tusen små båter i havna');
  await page.getByLabel('Gjenta passordet').fill('tusen små båter i havna');
  await page.getByRole('button', { name: 'Bytt passord' }).click();
  await expect(page.getByTestId('change-password-error-summary')).toContainText(
    'Det nåværende passordet er ikke riktig.',
  );
  await page.getByLabel('Nåværende passord').fill(ORG.password);
  await page.getByRole('button', { name: 'Bytt passord' }).click();
  // The slot is rewrapped with the real 128 MiB scrypt: seconds on a loaded machine.
  await expect(page.getByTestId('password-changed')).toContainText('Passordet er byttet.', { timeout: 30_000 });
  expect(await seriousA11yViolations(page)).toEqual([]);
  await saveScreenshot(page, 'change-password');
  await logOut(page);
  await logIn(page, ORG.username, 'tusen små båter i havna');
  await expect(page.getByRole('heading', { level: 1, name: 'Brukere' })).toBeVisible();
});

test('“Lås” unmounts everything: no participant data stays in the page behind the lock screen', async ({
  page,
  browserMode,
}) => {
  await setUpOrganisation(page, browserMode);
  // Something personal on screen: a participant's name in the user list.
  await page.getByRole('button', { name: 'Legg til bruker' }).click();
  const form = page.getByRole('region', { name: 'Ny bruker' });
  await form.getByRole('radio', { name: 'Deltaker' }).check();
  await form.getByLabel('Navn', { exact: true }).fill('Sigrid Solberg');
  await form.getByLabel('Brukernavn').fill('sigrid');
  await form.getByLabel('Førstegangspassord').fill('sykkel sommer eple regn');
  await form.getByLabel('Gjenta passordet').fill('sykkel sommer eple regn');
  await form.getByRole('button', { name: 'Opprett kontoen' }).click();
  await expect(page.getByTestId('user-row-sigrid')).toBeVisible();

  await page.getByTestId('lock-button').click();
  await expect(page.getByRole('heading', { level: 1, name: 'InkludMI er låst' })).toBeVisible();
  await expect(page.getByTestId('sign-in-notice')).toHaveText('Skjermen er låst. Logg inn igjen for å fortsette.');
  // Not hidden but gone: the DOM holds no name, no table, no menu.
  const html = await page.content();
  expect(html).not.toContain('Sigrid Solberg');
  expect(html).not.toContain(ORG.displayName);
  await expect(page.getByTestId('users-table')).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Hovedmeny' })).toHaveCount(0);
  // The app agrees: this connection is logged out.
  const status = await page.evaluate(() => window.inkludmi!.call('auth.status', {}));
  expect(status).toMatchObject({ ok: true, data: { user: null } });
  // The username is remembered (in memory), the password field has focus.
  await expect(page.getByLabel('Brukernavn')).toHaveValue(ORG.username);
  await expect(page.getByLabel('Passord', { exact: true })).toBeFocused();
  await saveScreenshot(page, 'lock-screen');
  expect(await seriousA11yViolations(page)).toEqual([]);

  await page.getByLabel('Passord', { exact: true }).fill(ORG.password);
  await page.getByRole('button', { name: 'Logg inn', exact: true }).click();
  await expect(page.getByTestId('user-row-sigrid')).toBeVisible();
});

test('real input is reported to the app, at most every 30 seconds; status checks are not', async ({
  page,
  browserMode,
}) => {
  // The page's clock is fake (it still runs) so the 30-second throttle can be skipped ahead.
  await page.clock.install();
  const requests = recordRequests(page);
  await setUpOrganisation(page, browserMode);
  const calls = (name: string) => requests.filter((url) => url.endsWith(`/api/call/${name}`)).length;
  // Logging in counted as activity: input right after it is not reported again.
  await page.keyboard.press('Shift');
  await page.waitForTimeout(300);
  expect(calls('auth.activity')).toBe(0);
  await page.clock.fastForward('00:31');
  await page.keyboard.press('Shift');
  await expect.poll(() => calls('auth.activity')).toBe(1);
  await page.keyboard.press('Shift');
  await page.mouse.click(5, 500);
  await page.mouse.wheel(0, 50);
  await page.waitForTimeout(300);
  expect(calls('auth.activity')).toBe(1);
  await page.clock.fastForward('00:31');
  await page.mouse.click(5, 500);
  await expect.poll(() => calls('auth.activity')).toBe(2);
  // Meanwhile the status was polled (every 15 s), which the app does not count as activity.
  expect(calls('auth.status')).toBeGreaterThanOrEqual(4);
});

test('after the inactivity time the app locks by itself and the screen shows why', async ({ page }) => {
  test.setTimeout(150_000);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'inkludmi-idle-'));
  const policyFile = path.join(dir, 'policy.json');
  await fs.writeFile(policyFile, JSON.stringify({ version: 1, settings: { inactivityLockMinutes: 1 } }));
  const { host, stop } = await startBrowserMode({ env: { INKLUDMI_POLICY_FILE: policyFile } });
  try {
    const requests = recordRequests(page);
    await setUpOrganisation(page, host);
    const loggedInAt = Date.now();
    // Nobody touches anything: only status checks reach the app, and after a minute the screen locks.
    await expect(page.getByRole('heading', { level: 1, name: 'InkludMI er låst' })).toBeVisible({ timeout: 100_000 });
    const lockedAfter = Date.now() - loggedInAt;
    expect(lockedAfter).toBeGreaterThanOrEqual(55_000);
    expect(lockedAfter).toBeLessThan(60_000 + 2 * 15_000);
    await expect(page.getByTestId('sign-in-notice')).toHaveText(
      'InkludMI ble låst fordi den ikke var i bruk på 1 minutt. Logg inn igjen for å fortsette.',
    );
    expect(requests.filter((url) => url.endsWith('/api/call/auth.activity'))).toEqual([]);
    expect(await page.content()).not.toContain(ORG.displayName);
    await expect(page.getByLabel('Brukernavn')).toHaveValue(ORG.username);
    await saveScreenshot(page, 'idle-lock');
    await page.getByLabel('Passord', { exact: true }).fill(ORG.password);
    await page.getByRole('button', { name: 'Logg inn', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Brukere' })).toBeVisible();
  } finally {
    await stop();
    await fs.rm(dir, { recursive: true, force: true });
  }
});

test('a shared PC through a day: staff starts deltakermodus, participants sign in and out, only staff ends it, the idle lock closes it', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'inkludmi-shared-pc-'));
  const policyFile = path.join(dir, 'policy.json');
  await fs.writeFile(policyFile, JSON.stringify({ version: 1, settings: { inactivityLockMinutes: 1 } }));
  const { host, stop } = await startBrowserMode({ env: { INKLUDMI_POLICY_FILE: policyFile } });
  const lockedHint =
    'Er du deltaker? Da må en veileder eller administrator først låse opp appen og starte deltakermodus på denne maskinen før du kan logge inn.';
  const participantNav = ['Min side', 'Snakk med assistenten', 'Personvern', 'Om InkludMI'];
  try {
    await setUpOrganisation(page, host);
    await addUser(page, { role: 'Deltaker', name: 'Astrid Aas', username: 'astrid', password: PARTICIPANT_PASSWORD });
    await addUser(page, { role: 'Deltaker', name: 'Berit Bakke', username: 'berit', password: 'lyng måke flaske sti' });
    await logOut(page);

    // The app is locked: a participant cannot sign in, and is told why.
    await logIn(page, 'astrid', PARTICIPANT_PASSWORD);
    await expect(page.getByTestId('login-error')).toHaveText('Feil brukernavn eller passord.');
    await expect(page.getByTestId('participant-locked-hint')).toHaveText(lockedHint);

    // Morning: the admin unlocks and starts deltakermodus; her own session ends.
    await logIn(page, ORG.username, ORG.password);
    await expect(page.getByRole('heading', { level: 1, name: 'Brukere' })).toBeVisible();
    await startParticipantMode(page);
    await expect(page.getByRole('navigation', { name: 'Hovedmeny' })).toHaveCount(0);
    expect(await page.content()).not.toContain(ORG.displayName);
    const status = await page.evaluate(() => window.inkludmi!.call('auth.status', {}));
    expect(status).toMatchObject({ ok: true, data: { user: null, participantMode: true } });
    await expect(page.getByLabel('Brukernavn')).toBeFocused();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await saveScreenshot(page, 'participant-mode');

    // Participant A signs in and out.
    await logIn(page, 'astrid', PARTICIPANT_PASSWORD);
    await expect(page.getByRole('heading', { level: 1, name: 'Hei, Astrid Aas!' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link')).toHaveText(participantNav);
    await logOut(page);
    await expect(page.getByTestId('participant-mode-notice')).toBeVisible();

    // Participant B signs in and sees only her own pages: nothing of A, no staff pages, no user list.
    await logIn(page, 'berit', 'lyng måke flaske sti');
    await expect(page.getByRole('heading', { level: 1, name: 'Hei, Berit Bakke!' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link')).toHaveText(participantNav);
    expect(await page.content()).not.toContain('Astrid Aas');
    const users = await page.evaluate(() => window.inkludmi!.call('users.list', {}));
    expect(users).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await expect(page.getByRole('menuitem', { name: 'Start deltakermodus' })).toHaveCount(0);
    await logOut(page);

    // Leaving deltakermodus needs a staff password: a wrong one and a participant's are refused.
    await page.getByRole('button', { name: 'Avslutt deltakermodus' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Avslutt deltakermodus' })).toBeVisible();
    await page.getByLabel('Brukernavn (veileder eller administrator)').fill(ORG.username);
    await page.getByLabel('Passord (veileder eller administrator)').fill('ikke det riktige passordet');
    await page.getByRole('button', { name: 'Avslutt og lås' }).click();
    await expect(page.getByTestId('stop-participant-mode-error')).toHaveText('Feil brukernavn eller passord.');
    await page.getByLabel('Brukernavn (veileder eller administrator)').fill('astrid');
    await page.getByLabel('Passord (veileder eller administrator)').fill(PARTICIPANT_PASSWORD);
    await page.getByRole('button', { name: 'Avslutt og lås' }).click();
    await expect(page.getByTestId('stop-participant-mode-error')).toHaveText('Feil brukernavn eller passord.');
    // Cancelling goes back to the participants' sign-in; the mode is still on.
    await page.getByRole('button', { name: 'Avbryt' }).click();
    await expect(page.getByTestId('participant-mode-notice')).toBeVisible();
    await page.getByRole('button', { name: 'Avslutt deltakermodus' }).click();
    await page.getByLabel('Brukernavn (veileder eller administrator)').fill(ORG.username);
    await page.getByLabel('Passord (veileder eller administrator)').fill(ORG.password);
    await page.getByRole('button', { name: 'Avslutt og lås' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Logg inn' })).toBeVisible();
    await expect(page.getByTestId('sign-in-notice')).toHaveText('Deltakermodus er avsluttet, og InkludMI er låst.');
    await logIn(page, 'berit', 'lyng måke flaske sti');
    await expect(page.getByTestId('participant-locked-hint')).toHaveText(lockedHint);

    // Afternoon: deltakermodus again, then nobody uses the PC: the idle lock closes it.
    await logIn(page, ORG.username, ORG.password);
    await expect(page.getByRole('heading', { level: 1, name: 'Brukere' })).toBeVisible();
    await startParticipantMode(page);
    const startedAt = Date.now();
    await expect(page.getByRole('heading', { level: 1, name: 'Logg inn' })).toBeVisible({ timeout: 120_000 });
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(55_000);
    expect(await page.evaluate(() => window.inkludmi!.call('auth.status', {}))).toMatchObject({
      ok: true,
      data: { state: 'locked', participantMode: false },
    });
    await logIn(page, 'astrid', PARTICIPANT_PASSWORD);
    await expect(page.getByTestId('participant-locked-hint')).toHaveText(lockedHint);
  } finally {
    await stop();
    await fs.rm(dir, { recursive: true, force: true });
  }
});
