import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { expect, recordRequests, saveScreenshot, seriousA11yViolations, test } from './fixtures';

const require = createRequire(import.meta.url);

/** Read independently of the app: the real SQLCipher build and the installed node-llama-cpp. */
function sqlcipherVersion(): Promise<string> {
  const sqlcipher = require('@journeyapps/sqlcipher') as {
    Database: new (f: string) => {
      get(sql: string, cb: (e: Error | null, row: { cipher_version: string }) => void): void;
      close(): void;
    };
  };
  const db = new sqlcipher.Database(':memory:');
  return new Promise((resolve, reject) =>
    db.get('PRAGMA cipher_version', (err, row) => {
      db.close();
      if (err) reject(err);
      else resolve(row.cipher_version);
    }),
  );
}
function llamaVersion(): string {
  const file = path.resolve(import.meta.dirname, '../../node_modules/node-llama-cpp/package.json');
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
}

test('npm run serve shows the first screen in Norwegian with versions read at run time', async ({
  page,
  browserMode,
}) => {
  expect(browserMode.output()).toContain('InkludMI kjører i nettlesermodus');
  const requests = recordRequests(page);
  await page.goto(browserMode.url);

  await expect(page.getByRole('heading', { level: 1, name: 'Velkommen til InkludMI' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  await expect(page.getByRole('heading', { name: 'Systeminformasjon' })).toBeVisible();
  await expect(page.getByTestId('sqlcipher-version')).toHaveText(await sqlcipherVersion());
  await expect(page.getByTestId('llama-version')).toHaveText(llamaVersion());
  await expect(page.getByTestId('llama-binding')).toContainText('prebuilt');
  await expect(page.getByTestId('transport')).toHaveText('Nettlesermodus (kun denne maskinen)');
  await expect(page.getByTestId('offline-badge')).toHaveText('Frakoblet');

  // The token left the address bar at once.
  expect(page.url()).not.toContain('token=');
  // The bundled font is in use, served by the app itself.
  expect(await page.evaluate(() => document.fonts.check('16px "Source Sans 3"'))).toBe(true);

  await saveScreenshot(page, 'first-screen');
  expect(await seriousA11yViolations(page)).toEqual([]);
  // Nothing was fetched from anywhere but the page's own origin (no CDN font, no telemetry).
  expect(requests.length).toBeGreaterThan(2);
  expect(requests.filter((url) => !url.startsWith(browserMode.origin + '/'))).toEqual([]);
});

test('the language can be switched to nynorsk and English', async ({ page, browserMode }) => {
  await page.goto(browserMode.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Velkommen til InkludMI');
  await page.getByLabel('Språk').selectOption('nn');
  await expect(page.getByText('Rettleiingsverktøy for inkludering i arbeid og skule')).toBeVisible();
  await page.getByLabel('Språk').selectOption('en');
  await expect(page.getByRole('heading', { name: 'System information' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('opening the address without the token explains what to do', async ({ page, browserMode }) => {
  await page.goto(browserMode.origin + '/');
  await expect(page.getByRole('heading', { name: 'Mangler tilgangsnøkkel' })).toBeVisible();
  await expect(page.getByText('npm run serve')).toBeVisible();
  await saveScreenshot(page, 'missing-token');
});

test('the accessibility check finds a serious violation when there is one', async ({ page, browserMode }) => {
  await page.goto(browserMode.url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.evaluate(() =>
    document.getElementById('main')?.insertAdjacentHTML('beforeend', '<button id="empty-button"></button>'),
  );
  const violations = await seriousA11yViolations(page);
  expect(violations.map((v) => v.id)).toContain('button-name');
});
