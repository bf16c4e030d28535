import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { ensureTinyModel } from '../../models/tiny/generate';
import { expect, saveScreenshot, seriousA11yViolations, test } from './fixtures';
import { setUpOrganisation } from './flows';

/**
 * Model import in browser mode (issue 19, acceptance 2): the admin picks a .gguf with the file
 * chooser and the page uploads it in pieces, with a progress bar, time left and a screen-reader
 * announcement for each phase; «Avbryt importen» leaves nothing behind; a wrong file is refused in
 * Norwegian; the memory the model will take is shown before it is made active.
 */

test.use({ actionTimeout: 30_000 });
const SLOW = { timeout: 60_000 };

/** Files in the host's models folder, hidden ones included (a partial upload would show here). */
async function modelsFolder(dataDir: string): Promise<string[]> {
  return (await fs.readdir(path.join(dataDir, 'models')).catch(() => [])).sort();
}

/** Everything the live region says, in order, from now on. */
async function recordAnnouncements(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const region = document.querySelector('[data-testid="import-announcement"]');
    const said: string[] = [];
    (window as unknown as { said: string[] }).said = said;
    if (!region) return;
    new MutationObserver(() => {
      const text = region.textContent ?? '';
      if (text && said.at(-1) !== text) said.push(text);
    }).observe(region, { childList: true, characterData: true, subtree: true });
  });
  return () => page.evaluate(() => (window as unknown as { said: string[] }).said);
}

async function chooseFile(page: Page, file: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  // The keyboard reaches the picker: focus the button and press Enter.
  await page.getByTestId('import-pick').focus();
  await page.keyboard.press('Enter');
  await (await chooser).setFiles(file);
  await expect(page.getByTestId('import-chosen')).toContainText(path.basename(file));
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
]) {
  const size = `${viewport.width}x${viewport.height}`;
  test.describe(`at ${size}`, () => {
    test.use({ viewport });

    test('the admin uploads a model with progress and time left, can cancel, sees its memory need, and activates it', async ({
      page,
      browserMode,
    }) => {
      test.setTimeout(300_000);
      const work = await fs.mkdtemp(path.join(os.tmpdir(), 'inkludmi-e2e-upload-'));
      try {
        await setUpOrganisation(page, browserMode, undefined, SLOW);
        await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Modeller' }).click();
        await expect(page.getByRole('heading', { level: 1, name: 'Språkmodeller' })).toBeVisible();
        await expect(page.getByTestId('models-empty')).toBeVisible();

        // A file that is not a model: refused at its first piece, in Norwegian, nothing kept.
        const notes = path.join(work, 'notater.gguf');
        await fs.writeFile(notes, 'Dette er et notat, ikke en språkmodell.\n'.repeat(50));
        await chooseFile(page, notes);
        await page.getByTestId('import-start').click();
        await expect(page.getByTestId('import-error')).toContainText(
          'Filen er ikke en språkmodell i GGUF-format. Velg en fil som slutter på .gguf.',
        );
        await expect(page.getByTestId('models-empty')).toBeVisible();
        expect(await modelsFolder(browserMode.dataDir)).toEqual([]);

        // A large file (the tiny model's header and weights, then 96 MB more): cancelled while it uploads.
        const tiny = await ensureTinyModel(work);
        const large = path.join(work, 'stor-modell.gguf');
        await fs.copyFile(tiny, large);
        await fs.appendFile(large, Buffer.alloc(96 * 1024 * 1024));
        await chooseFile(page, large);
        await expect(page.getByTestId('import-chosen')).toContainText(/\d+(,\d)? MB/);
        await page.getByTestId('import-start').click();
        const progress = page.getByTestId('import-progress');
        await expect(progress).toHaveAttribute('data-phase', 'uploading');
        await expect(page.getByTestId('import-phase')).toContainText(/^Laster opp … \d+ %$/);
        await expect(page.getByTestId('import-time-left')).toHaveText(
          /^Omtrent \d+ (sekund|sekunder|minutt|minutter) igjen$/,
          SLOW,
        );
        const percentBefore = Number(await page.getByTestId('import-progress-bar').getAttribute('aria-valuenow'));
        expect(percentBefore).toBeLessThan(100);
        expect((await modelsFolder(browserMode.dataDir)).filter((f) => f.endsWith('.partial'))).toHaveLength(1);
        await page.getByTestId('import-cancel').click();
        await expect(page.getByTestId('import-error')).toContainText('Importen ble avbrutt. Ingenting ble endret.');
        await expect(page.getByTestId('import-announcement')).toHaveText('Importen ble avbrutt. Ingenting ble endret.');
        await expect(progress).toBeHidden();
        await expect.poll(() => modelsFolder(browserMode.dataDir)).toEqual([]);
        await expect(page.getByTestId('models-empty')).toBeVisible();

        // The tiny model: uploaded, checked, hashed and installed; each phase announced.
        const said = await recordAnnouncements(page);
        await chooseFile(page, tiny);
        await page.getByTestId('import-start').click();
        await expect(progress).toHaveAttribute('data-finished', 'true', SLOW);
        await expect(page.getByTestId('import-progress-bar')).toHaveAttribute('aria-valuenow', '100');
        await expect(page.getByTestId('models-message')).toContainText('er importert (sha256');
        const announced = await said();
        expect(announced.some((s) => /^Laster opp … \d+ %$/.test(s))).toBe(true);
        expect(announced.at(-1)).toBe('Ferdig: 100 %');

        // Its memory need, before it is made active: after the import, in the table and in the choice.
        const fileName = path.basename(tiny);
        const row = page.getByTestId(`model-row-${fileName}`);
        await expect(row).toContainText('Samtale');
        // Nothing has loaded it yet: the need is shown before the model is put to use.
        await expect(page.getByTestId('model-status-state')).not.toHaveAttribute('data-state', 'ready');
        const memoryText = page.getByTestId('import-memory');
        await expect(memoryText).toContainText(`${fileName} trenger omtrent`);
        await expect(memoryText).toContainText(/omtrent \d+(,\d)? (kB|MB|GB) minne når den er aktiv/);
        const memory = /omtrent (\d+(,\d)? (kB|MB|GB))/.exec((await memoryText.textContent()) ?? '')?.[1] ?? '';
        await expect(row.getByTestId('model-memory')).toHaveText(memory);
        await expect(page.getByTestId('active-chat').locator('option', { hasText: fileName })).toHaveText(
          new RegExp(`– omtrent ${memory.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} minne$`),
        );
        await expect(page.getByTestId('machine-memory')).toContainText(/Denne maskinen har \d+(,\d)? GB minne/);
        expect(await modelsFolder(browserMode.dataDir)).toEqual([fileName, 'models.json'].sort());

        expect(await seriousA11yViolations(page)).toEqual([]);
        await saveScreenshot(page, `model-import-${size}`);

        // Made active: the page says so and marks it.
        await page.getByTestId('active-chat').selectOption(fileName);
        await page.getByTestId('save-active').click();
        await expect(page.getByTestId('models-message')).toContainText('er nå aktiv samtalemodell');
        await expect(row.getByTestId('model-active')).toBeVisible();
      } finally {
        await fs.rm(work, { recursive: true, force: true });
      }
    });
  });
}
