import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, saveScreenshot, seriousA11yViolations, startBrowserMode, test } from './fixtures';
import { logIn, ORG, setUpOrganisation } from './flows';

/**
 * Problems with the key file or the database: each one gets the app's clear Norwegian message on
 * screen, and no login is offered where none could work. Each test sets up an organisation, stops
 * the host, breaks something in the data folder and starts the host again on the same folder.
 */
async function withOrganisation(page: Page, work: (dataDir: string) => Promise<void>, org = ORG): Promise<void> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'inkludmi-problem-'));
  try {
    const first = await startBrowserMode({ dataDir });
    await setUpOrganisation(page, first.host, org);
    await first.stop();
    await work(dataDir);
  } finally {
    await fs.rm(dataDir, { recursive: true, force: true });
  }
}

async function expectProblemScreen(page: Page, message: string | RegExp, screenshot: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'InkludMI kan ikke åpnes' })).toBeVisible();
  await expect(page.getByTestId('store-problem')).toContainText(message);
  // No login form: nobody could get in, and trying must not change anything.
  await expect(page.getByLabel('Brukernavn')).toHaveCount(0);
  await expect(page.getByLabel('Passord', { exact: true })).toHaveCount(0);
  await saveScreenshot(page, screenshot);
  expect(await seriousA11yViolations(page)).toEqual([]);
}

async function filesOf(dataDir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of await fs.readdir(dataDir)) {
    const stat = await fs.stat(path.join(dataDir, name));
    if (stat.isFile()) out[name] = `${stat.size}:${stat.mtimeMs}`;
  }
  return out;
}

test('a missing key file: a clear message, no login, nothing changed', async ({ page }) => {
  await withOrganisation(page, async (dataDir) => {
    await fs.rm(path.join(dataDir, 'keys.json'));
    const before = await filesOf(dataDir);
    const run = await startBrowserMode({ dataDir });
    try {
      await page.goto(run.host.url);
      await expectProblemScreen(
        page,
        'Nøkkelfilen (keys.json) mangler i datamappen, så databasen kan ikke låses opp.',
        'problem-missing-key-file',
      );
      await expect(page.getByTestId('store-problem')).toContainText('Ingenting er endret.');
      await expect(page.getByText('MISSING_KEY_FILE')).toBeVisible();
      // "Prøv igjen" after putting the file back would work; without it the message stays.
      await page.getByRole('button', { name: 'Prøv igjen' }).click();
      await expect(page.getByTestId('store-problem')).toContainText('Nøkkelfilen (keys.json) mangler');
    } finally {
      await run.stop();
    }
    expect(await filesOf(dataDir)).toEqual(before);
  });
});

test('a damaged key file: a clear message, no login; restoring the file makes login work again', async ({ page }) => {
  await withOrganisation(page, async (dataDir) => {
    const keyFile = path.join(dataDir, 'keys.json');
    const good = await fs.readFile(keyFile);
    await fs.writeFile(keyFile, good.subarray(0, Math.floor(good.length / 2)));
    const run = await startBrowserMode({ dataDir });
    try {
      await page.goto(run.host.url);
      await expectProblemScreen(
        page,
        'Nøkkelfilen (keys.json) er skadet og kan ikke leses.',
        'problem-damaged-key-file',
      );
      // IT puts the file back from the backup; "Prøv igjen" then offers the login.
      await fs.writeFile(keyFile, good);
      await page.getByRole('button', { name: 'Prøv igjen' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Logg inn' })).toBeVisible();
      await logIn(page, ORG.username, ORG.password);
      await expect(page.getByRole('heading', { level: 1, name: 'Brukere' })).toBeVisible();
    } finally {
      await run.stop();
    }
  });
});

test('a missing database: a clear message, no login', async ({ page }) => {
  await withOrganisation(page, async (dataDir) => {
    for (const f of ['inkludmi.db', 'inkludmi.db-wal', 'inkludmi.db-shm'])
      await fs.rm(path.join(dataDir, f), { force: true });
    const run = await startBrowserMode({ dataDir });
    try {
      await page.goto(run.host.url);
      await expectProblemScreen(page, 'Databasen mangler i datamappen.', 'problem-missing-database');
    } finally {
      await run.stop();
    }
  });
});

test('a database from another organisation: the login says so clearly and changes nothing', async ({ page }) => {
  test.setTimeout(120_000);
  const otherDir = await fs.mkdtemp(path.join(os.tmpdir(), 'inkludmi-other-'));
  try {
    // Another organisation, set up elsewhere.
    const other = await startBrowserMode({ dataDir: otherDir });
    await setUpOrganisation(page, other.host, { ...ORG, organisation: 'Fjord Tiltak' });
    await other.stop();

    await withOrganisation(page, async (dataDir) => {
      // Someone copies the other organisation's database over this one.
      for (const f of ['inkludmi.db-wal', 'inkludmi.db-shm']) await fs.rm(path.join(dataDir, f), { force: true });
      await fs.copyFile(path.join(otherDir, 'inkludmi.db'), path.join(dataDir, 'inkludmi.db'));
      for (const f of ['inkludmi.db-wal', 'inkludmi.db-shm']) {
        await fs.copyFile(path.join(otherDir, f), path.join(dataDir, f)).catch(() => undefined);
      }
      const dbBefore = await fs.readFile(path.join(dataDir, 'inkludmi.db'));
      const run = await startBrowserMode({ dataDir });
      try {
        await page.goto(run.host.url);
        // The status cannot tell without a key: the login screen shows, and the login finds out.
        await expect(page.getByRole('heading', { level: 1, name: 'Logg inn' })).toBeVisible();
        await logIn(page, ORG.username, ORG.password);
        await expectProblemScreen(page, /hører trolig til en annen organisasjon/, 'problem-foreign-database');
        await expect(page.getByTestId('store-problem')).toContainText('Ingenting er endret.');
        await expect(page.getByText('FOREIGN_DATABASE')).toBeVisible();
      } finally {
        await run.stop();
      }
      expect((await fs.readFile(path.join(dataDir, 'inkludmi.db'))).equals(dbBefore)).toBe(true);
    });
  } finally {
    await fs.rm(otherDir, { recursive: true, force: true });
  }
});
