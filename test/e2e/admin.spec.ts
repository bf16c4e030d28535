import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { KeyFile } from '../../electron/core/auth/keyFile';
import { Database } from '../../electron/core/db/connection';
import {
  expect,
  saveScreenshot,
  seriousA11yViolations,
  startBrowserMode,
  test,
  type BrowserModeHost,
} from './fixtures';
import {
  addUser,
  COUNSELOR_PASSWORD,
  logIn,
  logInParticipant,
  logOut,
  ORG,
  PARTICIPANT_PASSWORD,
  setUpOrganisation,
} from './flows';

/** A second person at another window: its own browser context is its own connection (and login). */
async function otherWindow(browser: Browser, host: BrowserModeHost): Promise<Page> {
  const context = await browser.newContext({ locale: 'nb-NO', viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  await page.goto(host.url);
  // A new window shows the participants' sign-in while deltakermodus is on; staff sign in there too.
  await expect(page.getByRole('heading', { level: 1, name: /^(Logg inn|Deltakermodus)$/ })).toBeVisible();
  return page;
}

test('admin adds counselors and participants and assigns them; each counselor sees only their own participants', async ({
  page,
  browser,
  browserMode,
}) => {
  test.setTimeout(120_000);
  await setUpOrganisation(page, browserMode);
  await addUser(page, { role: 'Veileder', name: 'Vera Veileder', username: 'vera', password: COUNSELOR_PASSWORD });
  await addUser(page, { role: 'Veileder', name: 'Bjørn Berg', username: 'bjorn', password: COUNSELOR_PASSWORD });
  await addUser(page, {
    role: 'Deltaker',
    name: 'Pia Pedersen',
    username: 'pia',
    password: PARTICIPANT_PASSWORD,
    counselor: 'Vera Veileder',
  });
  await addUser(page, {
    role: 'Deltaker',
    name: 'Per Persen',
    username: 'per',
    password: PARTICIPANT_PASSWORD,
    counselor: 'Bjørn Berg',
  });
  await addUser(page, { role: 'Deltaker', name: 'Ola Olsen', username: 'ola', password: PARTICIPANT_PASSWORD });

  await expect(page.getByTestId('user-row-vera')).toContainText('Veileder');
  await expect(page.getByTestId('user-row-pia')).toContainText('Vera Veileder');
  await expect(page.getByTestId('user-row-ola')).toContainText('Ingen veileder');

  // A username can be used once; the message sits at the field.
  await page.getByRole('button', { name: 'Legg til bruker' }).click();
  const form = page.getByRole('region', { name: 'Ny bruker' });
  await form.getByLabel('Navn', { exact: true }).fill('Vera Annen');
  await form.getByLabel('Brukernavn').fill('vera');
  await form.getByLabel('Førstegangspassord').fill(COUNSELOR_PASSWORD);
  await form.getByLabel('Gjenta passordet').fill(COUNSELOR_PASSWORD);
  await form.getByRole('button', { name: 'Opprett kontoen' }).click();
  await expect(page.getByTestId('new-user-error-summary')).toContainText(
    'Brukernavnet er allerede i bruk. Velg et annet.',
  );
  await expect(form.getByLabel('Brukernavn')).toHaveAttribute('aria-invalid', 'true');
  await form.getByRole('button', { name: 'Avbryt' }).click();

  // Assign Ola to Vera (an audited admin action).
  const assignments = page.getByTestId('assignments-table');
  const olaRow = assignments.getByRole('row', { name: /Ola Olsen/ });
  await expect(olaRow).toContainText('Ingen veileder');
  await olaRow.getByRole('button', { name: 'Endre veileder for Ola Olsen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Veileder for Ola Olsen' });
  await dialog.getByLabel('Veileder').selectOption({ label: 'Vera Veileder' });
  expect(await seriousA11yViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Lagre' }).click();
  await expect(page.getByTestId('users-message')).toContainText('Ola Olsen følges nå opp av Vera Veileder.');
  await expect(assignments.getByRole('row', { name: /Ola Olsen/ })).toContainText('Vera Veileder');
  await expect(page.getByTestId('user-row-ola')).toContainText('Vera Veileder');
  await saveScreenshot(page, 'users-admin');
  expect(await seriousA11yViolations(page)).toEqual([]);

  // Vera, in her own window, sees Pia and Ola — and not Per, who is Bjørn's.
  const vera = await otherWindow(browser, browserMode);
  await logIn(vera, 'vera', COUNSELOR_PASSWORD);
  await expect(vera.getByRole('heading', { level: 1, name: 'Mine deltakere' })).toBeVisible();
  const caseload = vera.getByTestId('caseload');
  await expect(caseload.getByRole('rowheader')).toHaveText(['Ola Olsen', 'Pia Pedersen']);
  await expect(vera.getByText('Per Persen')).toHaveCount(0);
  // No admin pages in her menu, and the app refuses her if she asks anyway.
  const nav = vera.getByRole('navigation', { name: 'Hovedmeny' });
  await expect(nav.getByRole('link').first()).toHaveText('Mine deltakere');
  for (const adminPage of ['Brukere', 'Revisjonslogg', 'Modeller'])
    await expect(nav.getByRole('link', { name: adminPage })).toHaveCount(0);
  expect(await vera.evaluate(() => window.inkludmi!.call('users.list', {}))).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
  await saveScreenshot(vera, 'counselor-caseload');
  expect(await seriousA11yViolations(vera)).toEqual([]);

  // Bjørn sees only Per.
  const bjorn = await otherWindow(browser, browserMode);
  await logIn(bjorn, 'bjorn', COUNSELOR_PASSWORD);
  await expect(bjorn.getByTestId('caseload').getByRole('rowheader')).toHaveText(['Per Persen']);

  // A participant sees their own page, with their own name only.
  const per = await otherWindow(browser, browserMode);
  await logInParticipant(per, 'per', PARTICIPANT_PASSWORD);
  await expect(per.getByRole('heading', { level: 1, name: 'Hei, Per Persen!' })).toBeVisible();
  await expect(per.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link')).toHaveText([
    'Min side',
    'Snakk med assistenten',
    'Personvern',
    'Om InkludMI',
  ]);
  await saveScreenshot(per, 'participant-page');
  expect(await seriousA11yViolations(per)).toEqual([]);

  // The admin's own session was never disturbed by the others.
  await page.getByRole('link', { name: 'Brukere' }).click();
  await expect(page.getByTestId('user-row-per')).toBeVisible();
});

test('admin resets a password, deactivates an account (its open session ends at once) and reactivates it', async ({
  page,
  browser,
  browserMode,
}) => {
  test.setTimeout(120_000);
  await setUpOrganisation(page, browserMode);
  await addUser(page, { role: 'Veileder', name: 'Vera Veileder', username: 'vera', password: COUNSELOR_PASSWORD });

  await page.getByRole('button', { name: 'Nytt passord for Vera Veileder' }).click();
  const reset = page.getByRole('dialog', { name: 'Nytt passord for Vera Veileder' });
  await reset.getByLabel('Nytt passord').fill('glemte det gamle helt');
  await reset.getByLabel('Gjenta passordet').fill('glemte det gamle helt');
  expect(await seriousA11yViolations(page)).toEqual([]);
  await reset.getByRole('button', { name: 'Lagre nytt passord' }).click();
  await expect(page.getByTestId('users-message')).toContainText('Vera Veileder har fått nytt passord.');

  const vera = await otherWindow(browser, browserMode);
  await logIn(vera, 'vera', COUNSELOR_PASSWORD);
  await expect(vera.getByTestId('login-error')).toHaveText('Feil brukernavn eller passord.');
  await logIn(vera, 'vera', 'glemte det gamle helt');
  // The admin chose that password: she chooses her own before anything else opens (issue 16).
  await chooseOwnPassword(vera, 'glemte det gamle helt', 'mitt eget passord nå');
  await expect(vera.getByRole('heading', { level: 1, name: 'Mine deltakere' })).toBeVisible();

  // Deactivating ends Vera's session: her screen locks by itself at the next status check.
  await page.getByRole('button', { name: 'Deaktiver Vera Veileder' }).click();
  const deactivate = page.getByRole('dialog', { name: 'Deaktivere kontoen til Vera Veileder?' });
  await expect(deactivate).toContainText('Ingen data blir slettet.');
  await deactivate.getByRole('button', { name: 'Deaktiver' }).click();
  await expect(page.getByTestId('users-message')).toContainText('Kontoen til Vera Veileder er deaktivert.');
  await expect(page.getByTestId('user-row-vera')).toContainText('Deaktivert');
  await expect(vera.getByRole('heading', { level: 1, name: 'InkludMI er låst' })).toBeVisible({ timeout: 20_000 });
  await expect(vera.getByTestId('sign-in-notice')).toHaveText(
    'Økten din ble avsluttet. Logg inn igjen for å fortsette.',
  );
  await expect(vera.getByTestId('caseload-empty')).toHaveCount(0);
  // Her key slot is gone: the password no longer opens anything. A deactivated account answers
  // exactly like a wrong password (issue 16), so the login screen does not reveal that it exists.
  await vera.getByLabel('Passord', { exact: true }).fill('glemte det gamle helt');
  await vera.getByRole('button', { name: 'Logg inn', exact: true }).click();
  await expect(vera.getByTestId('login-error')).toHaveText('Feil brukernavn eller passord.');

  // The admin cannot deactivate themself here.
  await expect(page.getByRole('button', { name: `Deaktiver ${ORG.displayName}` })).toHaveCount(0);

  await page.getByRole('button', { name: 'Aktiver Vera Veileder' }).click();
  const activate = page.getByRole('dialog', { name: 'Aktivere kontoen til Vera Veileder?' });
  await activate.getByLabel('Nytt passord').fill('tilbake på jobb igjen');
  await activate.getByLabel('Gjenta passordet').fill('tilbake på jobb igjen');
  await activate.getByRole('button', { name: 'Aktiver' }).click();
  await expect(page.getByTestId('users-message')).toContainText('Kontoen til Vera Veileder er aktivert igjen.');
  await logIn(vera, 'vera', 'tilbake på jobb igjen');
  await chooseOwnPassword(vera, 'tilbake på jobb igjen', 'eget passord etter pausen');
  await expect(vera.getByRole('heading', { level: 1, name: 'Mine deltakere' })).toBeVisible();
});

/** The first screen after a password the admin set: only this form and the header's lock and log-out. */
async function chooseOwnPassword(page: Page, given: string, own: string) {
  await expect(page.getByRole('heading', { level: 1, name: 'Velg ditt eget passord' })).toBeVisible();
  await expect(page.getByTestId('password-change-required')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Hovedmeny' })).toHaveCount(0);
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.getByLabel('Nåværende passord').fill(given);
  await page.getByLabel('Nytt passord').fill(own);
  await page.getByLabel('Gjenta passordet').fill(own);
  await page.getByRole('button', { name: 'Bytt passord' }).click();
}

test('admin makes a new recovery key: shown once, the old one stops working, the new one works', async ({
  page,
  browserMode,
}) => {
  const { recoveryKey: oldKey } = await setUpOrganisation(page, browserMode);
  await page.getByRole('button', { name: 'Lag ny gjenopprettingsnøkkel' }).click();
  await page
    .getByRole('dialog', { name: 'Lage ny gjenopprettingsnøkkel?' })
    .getByRole('button', { name: 'Lag ny nøkkel' })
    .click();
  const key = page.getByTestId('recovery-key');
  await expect(key).toHaveText(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/, { timeout: 20_000 });
  const newKey = (await key.textContent())!;
  expect(newKey).not.toBe(oldKey);
  await page.getByRole('button', { name: 'Ferdig' }).click();
  await expect(
    page.getByText('Bekreft at du har skrevet ut eller tatt vare på nøkkelen før du går videre.'),
  ).toBeVisible();
  await page.getByLabel('Jeg har skrevet ut eller tatt vare på nøkkelen').check();
  await page.getByRole('button', { name: 'Ferdig' }).click();
  await expect(page.getByTestId('recovery-rotated')).toContainText('Den nye gjenopprettingsnøkkelen er i bruk.');
  expect(await page.content()).not.toContain(newKey);

  await logOut(page);
  await page.getByRole('button', { name: 'Glemt passord?' }).click();
  await page.getByLabel('Brukernavn').fill(ORG.username);
  await page.getByLabel('Gjenopprettingsnøkkel').fill(oldKey);
  await page.getByLabel('Nytt passord').fill('ny vår på fjellet igjen');
  await page.getByLabel('Gjenta passordet').fill('ny vår på fjellet igjen');
  await page.getByRole('button', { name: 'Sett nytt passord og logg inn' }).click();
  await expect(page.getByTestId('recover-error-summary')).toContainText('Gjenopprettingsnøkkelen er ikke riktig.');
  await page.getByLabel('Gjenopprettingsnøkkel').fill(newKey);
  await page.getByRole('button', { name: 'Sett nytt passord og logg inn' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Brukere' })).toBeVisible({ timeout: 20_000 });
});

test('the audit viewer shows who did what (metadata only), filters, pages back, and verifies the chain', async ({
  page,
  browserMode,
}) => {
  test.setTimeout(120_000);
  await setUpOrganisation(page, browserMode);
  await addUser(page, { role: 'Deltaker', name: 'Sigrid Solberg', username: 'sigrid', password: PARTICIPANT_PASSWORD });
  await logOut(page);
  await logIn(page, ORG.username, 'ikke riktig passord her');
  await expect(page.getByTestId('login-error')).toHaveText('Feil brukernavn eller passord.');
  await logIn(page, ORG.username, ORG.password);
  await page.getByRole('link', { name: 'Revisjonslogg' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Revisjonslogg' })).toBeVisible();

  const table = page.getByTestId('audit-table');
  const rows = table.getByTestId('audit-row');
  // The failed login (recorded while the store was locked) and the setup are there, newest first.
  // Each action by its Norwegian label (the procedure table's summary, or the event's label); no raw codes.
  await expect(rows.filter({ hasText: 'Innlogging' }).filter({ hasText: 'Mislyktes' })).toContainText(['Feil passord']);
  await expect(rows.filter({ hasText: 'Organisasjonen ble satt opp' })).toContainText([ORG.displayName]);
  await expect(rows.filter({ hasText: 'Konto opprettet' })).toContainText(['Bruker: Sigrid Solberg']);
  await expect(rows.filter({ hasText: 'Alle brukere i organisasjonen' }).first()).toContainText('Administrasjon');
  for (const text of await rows.allTextContents())
    expect(text).not.toMatch(/\b[a-z]+\.[a-z][a-zA-Z_.]*\b|\b[a-z]+_[a-z_]+\b|\b[A-Z]+_[A-Z_]+\b/);
  // Metadata only: nothing but codes, ids, names of accounts and times.
  await expect(table).not.toContainText(PARTICIPANT_PASSWORD);
  await saveScreenshot(page, 'audit-log');
  expect(await seriousA11yViolations(page)).toEqual([]);

  // Filter by area: every sign-in, sign-out and lock, and nothing of the administration.
  await page.getByLabel('Område').selectOption({ label: 'Innlogging' });
  // The action list now offers only that area's actions, by their labels.
  await expect(page.getByLabel('Handling').locator('optgroup')).toHaveCount(1);
  await expect(page.getByLabel('Handling').locator('option', { hasText: 'Konto opprettet' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Vis', exact: true }).click();
  await expect(rows.filter({ hasText: 'Utlogging' })).not.toHaveCount(0);
  await expect(rows.filter({ hasText: 'Innlogging' })).toHaveCount(2);
  await expect(rows.filter({ hasText: 'Konto opprettet' })).toHaveCount(0);
  await expect(rows.filter({ hasText: 'Organisasjonen ble satt opp' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Nullstill' }).click();

  // Filter by action.
  await page.getByLabel('Handling').selectOption({ label: 'Innlogging' });
  await page.getByRole('button', { name: 'Vis', exact: true }).click();
  // The failed and the successful login (setup itself is org.setup).
  await expect(rows).toHaveCount(2);
  for (const text of await rows.allTextContents()) expect(text).toContain('Innlogging');
  // And by user: nobody was logged in at the failed attempt (it names Ada's account as its target), so one remains.
  await page.getByLabel('Bruker').selectOption({ label: `${ORG.displayName} (Administrator)` });
  await page.getByRole('button', { name: 'Vis', exact: true }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText(['OK']);
  // A date that does not exist is refused at its field, and the list stays as it was.
  await page.getByLabel('Fra dato').fill('31.02.2026');
  await page.getByLabel('Fra dato').press('Tab');
  await page.getByRole('button', { name: 'Vis', exact: true }).click();
  await expect(page.getByText('Skriv en dato som finnes, for eksempel 28.02.2026.')).toBeVisible();
  await expect(rows).toHaveCount(1);
  await saveScreenshot(page, 'audit-invalid-date');
  expect(await seriousA11yViolations(page)).toEqual([]);
  // By date: nothing happened tomorrow.
  const tomorrow = new Date(Date.now() + 24 * 3600_000);
  const dd = (n: number) => String(n).padStart(2, '0');
  await page
    .getByLabel('Fra dato')
    .fill(`${dd(tomorrow.getDate())}.${dd(tomorrow.getMonth() + 1)}.${tomorrow.getFullYear()}`);
  await page.getByLabel('Fra dato').press('Tab');
  await page.getByRole('button', { name: 'Vis', exact: true }).click();
  await expect(page.getByText('Ingen oppføringer passer til filteret.')).toBeVisible();
  await page.getByRole('button', { name: 'Nullstill' }).click();
  await expect(page.getByLabel('Fra dato')).toHaveValue('');

  // Paging: make more than one page of entries, then go back past the first page.
  await page.evaluate(async () => {
    for (let i = 0; i < 60; i++) await window.inkludmi!.call('users.list', {});
  });
  await page.getByRole('button', { name: 'Vis', exact: true }).click();
  await expect(rows).toHaveCount(50);
  const lastOfFirstPage = Number(await rows.nth(49).locator('td').first().textContent());
  await page.getByRole('button', { name: 'Vis eldre oppføringer' }).click();
  await expect.poll(() => rows.count()).toBeGreaterThan(50);
  expect(Number(await rows.nth(50).locator('td').first().textContent())).toBe(lastOfFirstPage - 1);

  await page.getByRole('button', { name: 'Kontroller loggen' }).click();
  await expect(page.getByTestId('audit-verified')).toContainText(
    /Loggen er hel: \d+ oppføringer er kontrollert, og ingen er endret eller fjernet\./,
  );
  await saveScreenshot(page, 'audit-verified');
});

test('the audit log shows a counselor’s opening of a participant’s information, and her further reads as one counted line', async ({
  page,
  browser,
  browserMode,
}) => {
  test.setTimeout(120_000);
  await setUpOrganisation(page, browserMode);
  await addUser(page, { role: 'Veileder', name: 'Vera Veileder', username: 'vera', password: COUNSELOR_PASSWORD });
  await addUser(page, {
    role: 'Deltaker',
    name: 'Ola Olsen',
    username: 'ola',
    password: PARTICIPANT_PASSWORD,
    counselor: 'Vera Veileder',
  });

  type Account = { username: string; participantId: string | null };
  const accounts = await page.evaluate(() => window.inkludmi!.call('users.list', {}));
  const olaId = (accounts.ok ? (accounts.data as Account[]) : []).find((u) => u.username === 'ola')!.participantId!;

  // Vera opens Ola's page, looks through its sections, goes back to her list and opens him again.
  const vera = await otherWindow(browser, browserMode);
  await logIn(vera, 'vera', COUNSELOR_PASSWORD);
  // Every call her pages make about Ola (the procedures that name him), as the host receives them.
  const callsAboutOla: string[] = [];
  vera.on('request', (request) => {
    const name = /\/api\/call\/([\w.]+)$/.exec(request.url())?.[1];
    if (name && request.postData()?.includes(olaId)) callsAboutOla.push(name);
  });
  const caseload = vera.getByTestId('caseload');
  for (let visit = 0; visit < 3; visit++) {
    await caseload.getByRole('link', { name: 'Ola Olsen' }).click();
    await expect(vera.getByRole('heading', { level: 1, name: 'Ola Olsen' })).toBeVisible();
    const sections = vera.getByTestId('section-nav');
    for (const section of ['Oppfølgingslogg', 'Aktivitetsplan', 'Motivasjon'])
      await sections.getByRole('link', { name: section }).click();
    await vera.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Mine deltakere' }).click();
    await expect(vera.getByRole('heading', { level: 1, name: 'Mine deltakere' })).toBeVisible();
  }
  // Her counted reads go into the log when she logs out.
  await logOut(vera);

  // The log holds every call her pages made about Ola: each as an entry, or in the count of one.
  type Entry = { targetId: string | null; outcome: string; repeats: { count: number }[] | null };
  const listed = await page.evaluate(() => window.inkludmi!.call('audit.list', { limit: 1000 }));
  const aboutOla = (listed.ok ? (listed.data as { entries: Entry[] }).entries : []).filter((e) => e.targetId === olaId);
  const inCounts = aboutOla.reduce((n, e) => n + (e.repeats ?? []).reduce((m, r) => m + r.count, 0), 0);
  const own = aboutOla.filter((e) => !e.repeats);
  console.log(
    `the real pages: ${callsAboutOla.length} calls about Ola, ${aboutOla.length} entries about him ` +
      `(${own.length} of their own, of them ${own.filter((e) => e.outcome !== 'ok').length} refusals; ${inCounts} reads counted)`,
  );
  expect(own.length + inCounts).toBe(callsAboutOla.length);
  // Three visits within minutes, with nobody else in between, are one opening of his information;
  // what was refused (here: points and badges, which the organisation has not set up) keeps its own entries.
  expect(own.filter((e) => e.outcome === 'ok')).toHaveLength(1);
  expect(aboutOla.filter((e) => e.repeats)).toHaveLength(1);

  await page.getByRole('link', { name: 'Revisjonslogg' }).click();
  await page.getByLabel('Bruker').selectOption({ label: 'Vera Veileder (Veileder)' });
  await page.getByRole('button', { name: 'Vis', exact: true }).click();
  const rows = page.getByTestId('audit-table').getByTestId('audit-row');
  const counted = rows.filter({ hasText: /oppslag til i opplysningene om Ola Olsen mens de var åpne/ });
  // One line for all her further reads, saying how many and until when they were counted, and of what.
  await expect(counted).toHaveCount(1);
  await expect(counted).toContainText(
    /\d+ oppslag til i opplysningene om Ola Olsen mens de var åpne \(talt opp til kl\. \d\d:\d\d\)/,
  );
  await expect(counted).toContainText('Aktivitetsplanen');
  await expect(counted).toContainText(/ganger? til/);
  // The opening itself is a line of its own about Ola, with its time.
  expect(await rows.filter({ hasText: 'Deltaker: Ola Olsen' }).count()).toBeGreaterThan(1);
  expect(await page.getByText(/Første gang en veileder ser på opplysningene om en av sine deltakere/).count()).toBe(1);
  for (const text of await rows.allTextContents())
    expect(text).not.toMatch(/\b[a-z]+\.[a-z][a-zA-Z_.]*\b|\b[a-z]+_[a-z_]+\b|\b[A-Z]+_[A-Z_]+\b/);
  await saveScreenshot(page, 'audit-log-openings');
  expect(await seriousA11yViolations(page)).toEqual([]);
});

test('"Kontroller loggen" names the first row that was changed behind the app’s back', async ({ page }) => {
  test.setTimeout(120_000);
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'inkludmi-tamper-'));
  try {
    let run = await startBrowserMode({ dataDir });
    await setUpOrganisation(page, run.host);
    await addUser(page, { role: 'Veileder', name: 'Vera Veileder', username: 'vera', password: COUNSELOR_PASSWORD });
    await run.stop();

    // Someone with the key and a raw SQLCipher handle edits entry 3 (the triggers must be dropped first).
    const keys = KeyFile.read(path.join(dataDir, 'keys.json'));
    const dbKey = (await keys.unwrap(keys.userSlotByLookup(await keys.lookup(ORG.username))!, ORG.password))?.current
      .dbKey;
    expect(dbKey).toBeTruthy();
    const db = await Database.open(path.join(dataDir, 'inkludmi.db'), { key: dbKey! });
    await db.exec('DROP TRIGGER audit_log_no_update');
    await db.run("UPDATE audit_log SET reason = 'tampered' WHERE seq = 3");
    await db.close();
    dbKey!.fill(0);

    run = await startBrowserMode({ dataDir });
    await page.goto(run.host.url);
    await logIn(page, ORG.username, ORG.password);
    await page.getByRole('link', { name: 'Revisjonslogg' }).click();
    await page.getByRole('button', { name: 'Kontroller loggen' }).click();
    await expect(page.getByTestId('audit-verified')).toContainText(
      'Loggen er ikke hel. Første oppføring som ikke stemmer, er nr. 3: innholdet stemmer ikke med kontrollsummen (oppføringen er endret).',
    );
    await saveScreenshot(page, 'audit-tampered');
    await run.stop();
  } finally {
    await fs.rm(dataDir, { recursive: true, force: true });
  }
});
