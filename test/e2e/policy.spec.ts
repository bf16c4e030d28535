import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, saveScreenshot, seriousA11yViolations, startBrowserMode, test } from './fixtures';
import { setUpOrganisation } from './flows';

test('settings locked by the central policy show as locked', async ({ page }) => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'inkludmi-policy-'));
  const policyFile = path.join(dir, 'policy.json');
  await fs.writeFile(
    policyFile,
    JSON.stringify({
      version: 1,
      settings: { inactivityLockMinutes: 5, features: { gamification: false } },
      locked: ['inactivityLockMinutes', 'features'],
    }),
  );
  const { host, stop } = await startBrowserMode({ env: { INKLUDMI_POLICY_FILE: policyFile } });
  try {
    // Settings are shown to a logged-in admin or counselor: set up first (this also goes to the page).
    await setUpOrganisation(page, host);
    await page.getByRole('link', { name: 'Innstillinger' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Innstillinger' })).toBeVisible();
    await expect(page.getByTestId('policy-state')).toContainText(policyFile);
    await expect(page.getByTestId('setting-inactivityLockMinutes')).toContainText('5 minutter');
    await expect(page.getByTestId('setting-inactivityLockMinutes-locked')).toHaveText('Låst av IT-ansvarlig');
    await expect(page.getByTestId('setting-feature-gamification')).toContainText('Av');
    await expect(page.getByTestId('setting-feature-gamification-locked')).toBeVisible();
    await expect(page.getByTestId('setting-passwordMinLength-locked')).toHaveCount(0);
    // In the admin's form the locked settings cannot be changed; the others can.
    const form = page.getByTestId('settings-form');
    await expect(form.getByRole('textbox', { name: 'Lås etter inaktivitet' })).not.toBeEditable();
    const gamification = form.getByRole('checkbox', { name: /Spillelementer/ });
    await expect(gamification).not.toBeChecked();
    await gamification.click({ force: true });
    await expect(gamification).not.toBeChecked();
    await expect(form.getByRole('textbox', { name: 'Minste passordlengde' })).toBeEditable();
    await saveScreenshot(page, 'settings-locked-by-policy');
    expect(await seriousA11yViolations(page)).toEqual([]);
  } finally {
    await stop();
    await fs.rm(dir, { recursive: true, force: true });
  }
});

test('a malformed policy file is reported clearly and the app runs on safe defaults', async ({ page }) => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'inkludmi-policy-'));
  const policyFile = path.join(dir, 'policy.json');
  await fs.writeFile(policyFile, '{"version": 1, "settings": {"inactivityLockMinutes": "ti"}}');
  const { host, stop } = await startBrowserMode({ env: { INKLUDMI_POLICY_FILE: policyFile } });
  try {
    // Settings are shown to a logged-in admin or counselor: set up first (this also goes to the page).
    await setUpOrganisation(page, host);
    await page.getByRole('link', { name: 'Innstillinger' }).click();
    await expect(page.getByTestId('policy-invalid')).toContainText('Policyfilen har feil og blir ikke brukt');
    await expect(page.getByTestId('policy-invalid')).toContainText(
      'settings.inactivityLockMinutes: Feltet har feil type verdi.',
    );
    await expect(page.getByTestId('setting-inactivityLockMinutes')).toContainText('10 minutter');
    await saveScreenshot(page, 'settings-invalid-policy');
  } finally {
    await stop();
    await fs.rm(dir, { recursive: true, force: true });
  }
});

test('the admin changes the settings: a bad value is refused at its field and nothing is saved; good values are saved and shown', async ({
  page,
}) => {
  const { host, stop } = await startBrowserMode();
  try {
    await setUpOrganisation(page, host);
    await page.getByRole('link', { name: 'Innstillinger' }).click();
    // No policy file: nothing is shown as locked by IT; the two folders only a policy file can set say so.
    await expect(page.getByTestId('policy-state')).toContainText('Ingen sentral policy er satt.');
    await expect(page.getByText('Låst av IT-ansvarlig', { exact: true })).toHaveCount(0);
    await expect(page.getByTestId('setting-dataDir-locked')).toHaveText('Bare i policyfil');
    await expect(page.getByTestId('setting-modelDir-locked')).toHaveText('Bare i policyfil');
    const form = page.getByTestId('settings-form');
    const minutes = form.getByRole('textbox', { name: 'Lås etter inaktivitet' });
    await expect(minutes).toHaveValue('10');
    // Out of range: the API's message at the field, and the stored value unchanged.
    await minutes.fill('90');
    await form.getByRole('checkbox', { name: /Spillelementer/ }).uncheck();
    await page.getByTestId('settings-save').click();
    await expect(minutes).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByTestId('settings-form-error-summary')).toBeVisible();
    await expect(page.getByTestId('setting-inactivityLockMinutes')).toContainText('10 minutter');
    await expect(page.getByTestId('setting-feature-gamification')).toContainText('På');
    // Not a number: said before anything is sent.
    await minutes.fill('ti');
    await page.getByTestId('settings-save').click();
    await expect(page.getByTestId('settings-form-error-summary')).toContainText('Skriv et helt tall.');
    // Good values.
    await minutes.fill('15');
    await form.getByRole('checkbox', { name: /egen vurdering før prediksjonen/ }).uncheck();
    await form.getByRole('textbox', { name: /«Autopilot»-varsel/ }).fill('90');
    // Issue 17: the switch rate of the autopilot warning and the model's recommendation threshold are settings.
    await form.getByRole('textbox', { name: /bytte til modellens side/ }).fill('40');
    await expect(form.getByRole('textbox', { name: /anbefaler «møte trolig ikke nødvendig»/ })).toHaveValue('');
    await form.getByRole('textbox', { name: /anbefaler «møte trolig ikke nødvendig»/ }).fill('65');
    await page.getByTestId('settings-save').click();
    await expect(page.getByTestId('settings-saved')).toContainText('Innstillingene er lagret.');
    await expect(page.getByTestId('setting-inactivityLockMinutes')).toContainText('15 minutter');
    await expect(page.getByTestId('setting-feature-gamification')).toContainText('Av');
    await expect(page.getByTestId('setting-oversight-cognitiveForcing')).toContainText('Av');
    await expect(page.getByTestId('setting-oversight-autopilot')).toContainText('90 %');
    await expect(page.getByTestId('setting-oversight-autopilot')).toContainText(
      'i minst 40 % av sakene der egen vurdering var uenig',
    );
    await expect(page.getByTestId('setting-oversight-recommendation')).toHaveText(/under 65 av 100/);
    // Kept: the page opened again reads them from the store.
    await page.getByRole('link', { name: 'Om InkludMI' }).click();
    // The about page has no import form: its model help must not point «nedenfor».
    await expect(page.getByRole('heading', { level: 1, name: 'Om InkludMI' })).toBeVisible();
    await expect(page.getByRole('main')).not.toContainText('nedenfor');
    await page.getByRole('link', { name: 'Innstillinger' }).click();
    await expect(page.getByTestId('setting-inactivityLockMinutes')).toContainText('15 minutter');
    await expect(page.getByTestId('settings-form').getByRole('textbox', { name: 'Lås etter inaktivitet' })).toHaveValue(
      '15',
    );
    await saveScreenshot(page, 'settings-form');
    expect(await seriousA11yViolations(page)).toEqual([]);
  } finally {
    await stop();
  }
});
