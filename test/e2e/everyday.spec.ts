import type { Locator, Page } from '@playwright/test';
import { expect, saveScreenshot, seriousA11yViolations, test } from './fixtures';
import { addUser, COUNSELOR_PASSWORD, logIn, logOut, setUpOrganisation } from './flows';

/**
 * Everyday use on a laptop (1280×800) and a desktop screen (1920×1080): the admin's header and
 * the counselor's caseload keep names, dates and tags on one line, and a past appointment is
 * registered after a confirmation and listed under «Tidligere avtaler» (issue 19).
 */

// Long names, as real ones are: they must not wrap in the header or the caseload.
const ADMIN = 'Ada Margrethe Admin-Kristiansen';
const COUNSELOR = 'Vera Veronica Veileder-Johannessen';
const PARTICIPANTS = ['Marie-Louise Johannessen Kristiansen', 'Muhammad Abdirahman Hassan-Olsen', 'Per Persen'];

/** An ISO date (2026-08-06) or a slashed one (08/06/2026) shown to a person. */
const ISO_OR_SLASHED = /\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/;

// Generous for slower CI machines; never a fixed sleep.
test.use({ actionTimeout: 30_000 });
const SLOW = { timeout: 60_000 };

function localDate(offsetDays: number): { iso: string; typed: string } {
  const d = new Date();
  d.setDate(d.getDate() + offsetDays);
  const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return { iso, typed: iso.split('-').reverse().join('.') };
}

/**
 * How many lines the longest piece of text in an element takes: for each text node, the distinct
 * tops of its line boxes. Not pixels of one machine: a name that wraps has two line boxes wherever
 * it is rendered. (A name above a role, as in the user button, is two texts of one line each.)
 */
async function lineCount(locator: Locator): Promise<number> {
  return locator.evaluate((el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let most = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const tops = Array.from(range.getClientRects())
        .filter((r) => r.width > 0 && r.height > 0)
        .map((r) => Math.round(r.top))
        .sort((x, y) => x - y);
      const lines = tops.filter((top, i) => i === 0 || top - tops[i - 1]! > 4).length;
      most = Math.max(most, lines);
    }
    return most;
  });
}

async function expectOneLineEach(locators: Locator, what: string): Promise<void> {
  const count = await locators.count();
  expect(count, `${what}: found none`).toBeGreaterThan(0);
  for (let i = 0; i < count; i += 1) {
    const item = locators.nth(i);
    expect(await lineCount(item), `${what} «${await item.innerText()}» wraps`).toBe(1);
  }
}

async function expectNoIsoOrUsDates(page: Page): Promise<void> {
  const text = await page.locator('body').innerText();
  expect(text.match(ISO_OR_SLASHED)?.[0] ?? null).toBeNull();
}

function call<T = unknown>(page: Page, name: string, input: object): Promise<{ ok: boolean; data?: T }> {
  return page.evaluate(([n, i]) => (window.inkludmi!.call as (n: string, i: object) => Promise<never>)(n, i), [
    name,
    input,
  ] as const);
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
]) {
  const size = `${viewport.width}x${viewport.height}`;
  test.describe(`at ${size}`, () => {
    test.use({ viewport });

    test('admin header and caseload without wrapped names; a past appointment is confirmed and listed under «Tidligere avtaler»', async ({
      page,
      browserMode,
    }) => {
      test.setTimeout(300_000);
      await setUpOrganisation(
        page,
        browserMode,
        {
          organisation: 'Lia Arbeid og Inkludering',
          displayName: ADMIN,
          username: 'ada',
          password: 'fjellet blå morgen kaffe',
        },
        SLOW,
      );

      // ---- The admin's header: seven menu entries, the offline badge, lock and the user's name on one row.
      const header = page.locator('.app-header');
      await expectOneLineEach(header.locator('.header-nav-link'), 'menu entry');
      await expectOneLineEach(page.getByTestId('user-menu'), 'user name');
      await expectOneLineEach(page.getByTestId('offline-badge'), 'offline badge');
      const navBox = (await header.getByRole('navigation', { name: 'Hovedmeny' }).boundingBox())!;
      const userBox = (await page.getByTestId('user-menu').boundingBox())!;
      expect(userBox.x + userBox.width, 'the user menu is inside the window').toBeLessThanOrEqual(viewport.width);
      expect(navBox.y, 'menu and user name on one row').toBe(userBox.y);
      expect(await header.evaluate((el) => el.scrollWidth <= el.clientWidth), 'nothing cut off in the header').toBe(
        true,
      );
      // The language is chosen in the user menu, by its full name.
      await page.getByTestId('user-menu').click();
      const languages = page.getByRole('menuitemradio');
      await expect(languages).toHaveText(['Bokmål', 'Nynorsk', 'English']);
      await expect(page.getByRole('menuitemradio', { name: 'Bokmål' })).toHaveAttribute('aria-checked', 'true');
      await page.getByRole('menuitemradio', { name: 'Nynorsk' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Brukarar' })).toBeVisible(SLOW);
      // The menu stays open on a language choice (the page changes behind it); Escape closes it.
      await page.keyboard.press('Escape');
      await expect(page.getByRole('menu')).toHaveCount(0);
      await page.getByTestId('user-menu').click();
      await page.getByRole('menuitemradio', { name: 'Bokmål' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Brukere' })).toBeVisible(SLOW);
      await page.keyboard.press('Escape');
      await expect(page.getByRole('menu')).toHaveCount(0);
      await saveScreenshot(page, `everyday-admin-header-${size}`);
      expect(await seriousA11yViolations(page)).toEqual([]);

      await addUser(page, { role: 'Veileder', name: COUNSELOR, username: 'vera', password: COUNSELOR_PASSWORD }, SLOW);
      await logOut(page);
      await logIn(page, 'vera', COUNSELOR_PASSWORD);
      await expect(page.getByRole('heading', { level: 1, name: 'Mine deltakere' })).toBeVisible(SLOW);

      // ---- A caseload with long names, due dates, meetings and tags.
      const ids: string[] = [];
      for (const [i, displayName] of PARTICIPANTS.entries()) {
        const created = await call<{ id: string }>(page, 'participants.create', { displayName });
        expect(created.ok).toBe(true);
        const participantId = created.data!.id;
        ids.push(participantId);
        expect(
          (
            await call(page, 'plan.addStep', {
              participantId,
              title: 'Sende søknad til butikken på hjørnet',
              dueOn: localDate(i - 1).iso,
              agreed: true,
            })
          ).ok,
        ).toBe(true);
        const at = new Date();
        at.setDate(at.getDate() + i + 1);
        at.setHours(10, 30, 0, 0);
        expect(
          (
            await call(page, 'appointments.add', {
              participantId,
              startsAt: at.toISOString(),
              durationMinutes: 45,
              kind: 'meeting',
            })
          ).ok,
        ).toBe(true);
      }
      // A reload would end the session (it lives in the page): go out and back in through the menu.
      const menu = page.getByRole('navigation', { name: 'Hovedmeny' });
      await menu.getByRole('link', { name: 'Innstillinger' }).click();
      await menu.getByRole('link', { name: 'Mine deltakere' }).click();
      const caseload = page.getByTestId('caseload');
      await expect(caseload.getByRole('rowheader')).toHaveCount(PARTICIPANTS.length, SLOW);
      await expectOneLineEach(caseload.getByRole('rowheader'), 'name');
      await expectOneLineEach(caseload.locator('.nowrap'), 'date');
      await expectOneLineEach(caseload.locator('.cell-tags > *'), 'tag');
      await expectNoIsoOrUsDates(page);
      await saveScreenshot(page, `everyday-caseload-${size}`);
      expect(await seriousA11yViolations(page)).toEqual([]);

      // ---- A past appointment: the form asks first, then it is listed with attendance.
      await caseload.getByRole('link', { name: PARTICIPANTS[0]! }).click();
      await page.getByTestId('section-nav').getByRole('link', { name: 'Avtaler' }).click();
      const form = page.getByTestId('appointment-form');
      await expect(page.getByTestId('past-appointments-empty')).toHaveText('Ingen tidligere avtaler.', SLOW);
      const threeDaysAgo = localDate(-3);
      await form.getByLabel('Dato', { exact: true }).fill(threeDaysAgo.typed);
      await form.getByLabel('Klokkeslett', { exact: true }).fill('930');
      await form.getByLabel('Varighet i minutter').fill('45');
      await form.getByRole('button', { name: 'Lagre avtalen' }).click();
      const confirm = page.getByTestId('confirm-past');
      await expect(confirm.getByRole('heading', { name: 'Registrere en avtale som allerede har vært?' })).toBeVisible();
      await expect(form.getByLabel('Klokkeslett', { exact: true })).toHaveValue('09:30');
      // Nothing is saved before the counselor confirms.
      const before = await call<unknown[]>(page, 'appointments.list', { participantId: ids[0], includePast: true });
      expect(before.data).toHaveLength(1);
      await saveScreenshot(page, `everyday-confirm-past-${size}`);
      expect(await seriousA11yViolations(page)).toEqual([]);
      await confirm.getByRole('radio', { name: 'Møtte', exact: true }).check();
      await confirm.getByRole('button', { name: 'Ja, registrer avtalen' }).click();
      await expect(page.getByTestId('appointment-saved')).toHaveText(
        'Avtalen som har vært er registrert under «Tidligere avtaler».',
      );
      const past = page.getByTestId('past-appointment-list').getByRole('listitem');
      await expect(past).toHaveCount(1);
      const shown = new Intl.DateTimeFormat('nb-NO', { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date(`${threeDaysAgo.iso}T09:30`),
      );
      await expect(past).toContainText(shown);
      await expect(past.getByRole('radio', { name: 'Møtte', exact: true })).toBeChecked();
      // The upcoming one is still there.
      await expect(page.getByTestId('appointment-list').getByRole('listitem')).toHaveCount(1);
      await expectNoIsoOrUsDates(page);
      await saveScreenshot(page, `everyday-past-appointment-${size}`);
      expect(await seriousA11yViolations(page)).toEqual([]);

      // Attendance can be changed later, and it is what the API now holds.
      // The choice shows once it is saved (the list is reloaded from the API).
      await past.getByRole('radio', { name: 'Møtte ikke' }).click();
      await expect(past.getByRole('radio', { name: 'Møtte ikke' })).toBeChecked(SLOW);
      const after = await call<{ startsAt: string; attended: boolean | null }[]>(page, 'appointments.list', {
        participantId: ids[0],
        includePast: true,
      });
      expect(after.data?.find((a) => Date.parse(a.startsAt) < Date.now())?.attended).toBe(false);
    });
  });
}
