import { expect, type Page } from '@playwright/test';
import type { BrowserModeHost } from './fixtures';

/** The organisation most tests set up. Passphrases follow the app's rules (length, not common). */
export const ORG = {
  organisation: 'Lia Arbeid og Inkludering',
  displayName: 'Ada Admin',
  username: 'ada',
  password: 'fjellet blå morgen kaffe',
};

export const COUNSELOR_PASSWORD = 'vinter havet roser tog';
export const PARTICIPANT_PASSWORD = 'sykkel sommer eple regn';

/** Goes through the setup wizard in the UI and returns the recovery key it showed once. */
export async function setUpOrganisation(
  page: Page,
  host: BrowserModeHost,
  org = ORG,
  options: { timeout?: number } = {},
): Promise<{ recoveryKey: string }> {
  await page.goto(host.url);
  await page.getByLabel('Navnet på organisasjonen').fill(org.organisation);
  await page.getByRole('button', { name: 'Neste' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Første administrator' })).toBeVisible();
  await page.getByLabel('Ditt navn').fill(org.displayName);
  await page.getByLabel('Brukernavn').fill(org.username);
  await page.getByLabel('Passord', { exact: true }).fill(org.password);
  await page.getByLabel('Gjenta passordet').fill(org.password);
  await page.getByRole('button', { name: 'Opprett organisasjonen' }).click();
  const key = page.getByTestId('recovery-key');
  await expect(key).toHaveText(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/, { timeout: options.timeout ?? 20_000 });
  const recoveryKey = (await key.textContent()) ?? '';
  await page.getByLabel('Jeg har skrevet ut eller tatt vare på nøkkelen').check();
  await page.getByRole('button', { name: 'Fortsett til InkludMI' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Brukere' })).toBeVisible(options);
  return { recoveryKey };
}

export async function logIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('Brukernavn').fill(username);
  await page.getByLabel('Passord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Logg inn', exact: true }).click();
}

/**
 * Opens the header's user menu and chooses an item. A menu closes when focus leaves it (a page that
 * finishes loading behind it may take focus for its heading), as a person would see: then it is
 * opened again, as they would.
 */
export async function chooseInUserMenu(
  page: Page,
  name: string,
  role: 'menuitem' | 'menuitemradio' = 'menuitem',
): Promise<void> {
  const item = page.getByRole(role, { name });
  await expect(async () => {
    if (!(await item.isVisible())) await page.getByTestId('user-menu').click();
    await item.click({ timeout: 3_000 });
  }).toPass({ timeout: 20_000 });
}

/** Logs out; in deltakermodus the screen goes back to the participants' sign-in. */
export async function logOut(page: Page): Promise<void> {
  await chooseInUserMenu(page, 'Logg ut');
  await expect(page.getByRole('heading', { level: 1, name: /^(Logg inn|Deltakermodus)$/ })).toBeVisible();
}

export interface StaffLogin {
  username: string;
  password: string;
}

/** A signed-in counselor or admin chooses «Start deltakermodus» in the user menu; their own session ends. */
export async function startParticipantMode(page: Page): Promise<void> {
  await chooseInUserMenu(page, 'Start deltakermodus');
  await expect(page.getByRole('heading', { level: 1, name: 'Deltakermodus' })).toBeVisible();
  await expect(page.getByTestId('participant-mode-notice')).toHaveText(
    'Deltakermodus: logg inn med ditt eget brukernavn og passord.',
  );
}

/**
 * A participant signs in the only way the app allows: in deltakermodus. If this window is not in
 * deltakermodus yet, a staff member (by default the organisation's admin) signs in here and starts
 * it first, as at a shared PC in the morning.
 */
export async function logInParticipant(
  page: Page,
  username: string,
  password: string,
  staff: StaffLogin = ORG,
): Promise<void> {
  const heading = page.getByRole('heading', { level: 1, name: /^(Logg inn|InkludMI er låst|Deltakermodus)$/ });
  await expect(heading).toBeVisible();
  if ((await heading.textContent()) !== 'Deltakermodus') {
    await logIn(page, staff.username, staff.password);
    await expect(page.getByTestId('user-menu')).toBeVisible({ timeout: 20_000 });
    await startParticipantMode(page);
  }
  await logIn(page, username, password);
}

export interface NewAccount {
  role: 'Veileder' | 'Deltaker' | 'Administrator';
  name: string;
  username: string;
  password: string;
  /** For a participant: the counselor's name in the list. */
  counselor?: string;
}

/** An admin adds an account through "Legg til bruker" (`timeout`: how long to wait for it on a busy machine). */
export async function addUser(page: Page, account: NewAccount, options: { timeout?: number } = {}): Promise<void> {
  await page.getByRole('button', { name: 'Legg til bruker' }).click();
  const form = page.getByRole('region', { name: 'Ny bruker' });
  await form.getByRole('radio', { name: account.role }).check();
  await form.getByLabel('Navn', { exact: true }).fill(account.name);
  await form.getByLabel('Brukernavn').fill(account.username);
  if (account.counselor)
    await form.getByRole('combobox', { name: 'Veileder' }).selectOption({ label: account.counselor });
  await form.getByLabel('Førstegangspassord').fill(account.password);
  await form.getByLabel('Gjenta passordet').fill(account.password);
  await form.getByRole('button', { name: 'Opprett kontoen' }).click();
  await expect(page.getByTestId('users-message')).toContainText(`Kontoen til ${account.name}`, options);
  await expect(page.getByTestId(`user-row-${account.username}`)).toBeVisible(options);
}
