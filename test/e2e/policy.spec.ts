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
    JSON.stringify({ version: 1, settings: { inactivityLockMinutes: 5, features: { gamification: false } }, locked: ['inactivityLockMinutes', 'features'] }),
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
    await expect(page.getByTestId('policy-invalid')).toContainText('settings.inactivityLockMinutes: Feltet har feil type verdi.');
    await expect(page.getByTestId('setting-inactivityLockMinutes')).toContainText('10 minutter');
    await saveScreenshot(page, 'settings-invalid-policy');
  } finally {
    await stop();
    await fs.rm(dir, { recursive: true, force: true });
  }
});
