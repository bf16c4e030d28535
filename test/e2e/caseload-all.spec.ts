import type { Page } from '@playwright/test';
import { expect, seriousA11yViolations, test } from './fixtures';
import { addUser, COUNSELOR_PASSWORD, logIn, logOut, setUpOrganisation } from './flows';

/**
 * «Vis alle» on a caseload larger than a page (issue 20): the whole caseload is one table that
 * scrolls with the page, with only the rows on screen in the document. A counselor still reaches
 * every participant: by scrolling, by the arrow keys from name to name, by Home and End, and by
 * Tab from row to row; assistive technology is told how many rows the table has.
 */

const FIRST = ['Amira', 'Bjørn', 'Camilla', 'Dawit', 'Eirik', 'Fatima', 'Gustav', 'Hanna', 'Ibrahim', 'Julie'];
const LAST = [
  'Andersen',
  'Berg',
  'Dahl',
  'Eriksen',
  'Haugen',
  'Lie',
  'Moen',
  'Nilsen',
  'Olsen',
  'Strand',
  'Vik',
  'Aas',
];
const COUNT = 120;
const NAMES = Array.from(
  { length: COUNT },
  (_, i) => `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length)]}`,
);

test.use({ viewport: { width: 1280, height: 800 }, actionTimeout: 30_000 });
const SLOW = { timeout: 60_000 };

function callAll(page: Page, names: string[]): Promise<boolean[]> {
  return page.evaluate(async (list) => {
    const call = window.inkludmi!.call as (n: string, i: object) => Promise<{ ok: boolean }>;
    const results: boolean[] = [];
    for (const displayName of list) results.push((await call('participants.create', { displayName })).ok);
    return results;
  }, names);
}

/** The caseload's order as the app gives it (sorted by name), from the API. */
function orderFromApi(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const call = window.inkludmi!.call as (
      n: string,
      i: object,
    ) => Promise<{ ok: boolean; data: { rows: { displayName: string }[] } }>;
    return (await call('caseload.list', { limit: 500 })).data.rows.map((r) => r.displayName);
  });
}

test('«Vis alle» shows the whole caseload in one table that the keyboard and the scroll bar reach to the end', async ({
  page,
  browserMode,
}) => {
  test.setTimeout(300_000);
  await setUpOrganisation(page, browserMode, undefined, SLOW);
  await addUser(
    page,
    { role: 'Veileder', name: 'Vera Veileder', username: 'vera', password: COUNSELOR_PASSWORD },
    SLOW,
  );
  await logOut(page);
  await logIn(page, 'vera', COUNSELOR_PASSWORD);
  await expect(page.getByRole('heading', { level: 1, name: 'Mine deltakere' })).toBeVisible(SLOW);
  expect(await callAll(page, NAMES)).toEqual(NAMES.map(() => true));
  const order = await orderFromApi(page);
  expect(order).toHaveLength(COUNT);

  // A reload would end the session: go out and back in through the menu.
  const menu = page.getByRole('navigation', { name: 'Hovedmeny' });
  await menu.getByRole('link', { name: 'Innstillinger' }).click();
  await menu.getByRole('link', { name: 'Mine deltakere' }).click();
  const caseload = page.getByTestId('caseload');
  await expect(caseload.getByRole('rowheader')).toHaveText(order.slice(0, 50), SLOW);

  await page.getByRole('button', { name: `Vis alle (${COUNT})` }).click();
  await expect(caseload).toHaveAttribute('aria-rowcount', String(COUNT + 1));
  // The page stays where it was (the button was below the first 50); at its top, the first name.
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  await expect(caseload.getByRole('rowheader').first()).toHaveText(order[0]!);
  await expect(page.getByRole('button', { name: 'Vis 50 per side' })).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);

  // The arrow keys go from name to name through the whole list, past what was first on screen.
  await caseload.getByRole('link', { name: order[0]!, exact: true }).focus();
  for (let i = 1; i < 70; i++) {
    await page.keyboard.press('ArrowDown');
    await expect(page.locator(':focus')).toHaveText(order[i]!);
  }
  await expect(page.locator(':focus')).toBeInViewport();
  await page.keyboard.press('ArrowUp');
  await expect(page.locator(':focus')).toHaveText(order[68]!);
  // End and Home: the last and the first participant.
  await page.keyboard.press('End');
  await expect(page.locator(':focus')).toHaveText(order[COUNT - 1]!);
  await expect(page.locator(':focus')).toBeInViewport();
  await page.keyboard.press('Home');
  await expect(page.locator(':focus')).toHaveText(order[0]!);
  await expect(page.locator(':focus')).toBeInViewport();
  // Each row's row index says where it stands in the whole list.
  await expect(caseload.getByRole('row', { name: new RegExp(order[0]!) })).toHaveAttribute('aria-rowindex', '2');

  // Tab: the name, then the row's reminder button, then the next name, row after row.
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveAccessibleName(new RegExp(`påminnelse om ${order[i]}$`));
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveText(order[i + 1]!);
  }

  // Scrolled to the end with the scroll bar: the last participant is there, in its place.
  await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
  const last = caseload.getByRole('row', { name: new RegExp(order[COUNT - 1]!) });
  await expect(last).toBeInViewport();
  await expect(last).toHaveAttribute('aria-rowindex', String(COUNT + 1));
  expect(await seriousA11yViolations(page)).toEqual([]);
  // The name that had focus kept it while the page scrolled away from it; the keys go on from there.
  await expect(page.locator(':focus')).toHaveText(order[40]!);
  await page.keyboard.press('ArrowDown');
  await expect(page.locator(':focus')).toHaveText(order[41]!);
  await expect(page.locator(':focus')).toBeInViewport();

  // Back to pages of 50.
  await page.getByRole('button', { name: 'Vis 50 per side' }).click();
  await expect(caseload.getByRole('rowheader')).toHaveText(order.slice(0, 50));
});
