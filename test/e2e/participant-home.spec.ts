import type { Browser, Locator, Page } from '@playwright/test';
import { expect, saveScreenshot, seriousA11yViolations, test, type BrowserModeHost } from './fixtures';
import { COUNSELOR_PASSWORD, logIn, PARTICIPANT_PASSWORD, setUpOrganisation } from './flows';

/**
 * Issue 18, acceptance 4: a young participant's first screen at 1280×800 shows the short privacy
 * notice, her goal and her next step, without scrolling past a legal text; the full notice and the
 * rest of her page are one tap away. Checked with axe.
 */

function call<T = unknown>(
  page: Page,
  name: string,
  input: object,
): Promise<{ ok: boolean; data?: T; error?: { code: string; reason?: string; message: string } }> {
  return page.evaluate(([n, i]) => (window.inkludmi!.call as (n: string, i: object) => Promise<never>)(n, i), [
    name,
    input,
  ] as const);
}

async function window1280x800(browser: Browser, host: BrowserModeHost): Promise<Page> {
  const context = await browser.newContext({ locale: 'nb-NO', viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(host.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Logg inn' })).toBeVisible();
  return page;
}

/** Entirely inside the first screen (the viewport at scroll position 0). */
async function onFirstScreen(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize()!;
  return box !== null && box.y >= 0 && box.y + box.height <= viewport.height;
}

test.use({ actionTimeout: 15_000 });

test('her first screen shows the short notice, her goal and her next step; the full notice is a tap away', async ({
  page,
  browser,
  browserMode,
}) => {
  test.setTimeout(240_000);
  await setUpOrganisation(page, browserMode);
  // The organisation records its role and the chatbot's basis (with an art. 9 condition), as an admin would.
  expect(
    await call(page, 'privacy.setOrganisation', {
      role: 'controller',
      contact: { name: 'Personvernansvarlig', email: 'personvern@eksempel.invalid' },
    }),
  ).toMatchObject({ ok: true });
  expect(
    await call(page, 'privacy.recordBasis', {
      purpose: 'chatbot',
      basis: {
        article6: 'e',
        supplementaryBasis: 'tiltaksforskriften § 1-7',
        specialCategories: true,
        article9: 'b',
        article9SupplementaryBasis: 'arbeidsmarkedsloven § 12',
      },
    }),
  ).toMatchObject({ ok: true });
  // Accounts through the API (the account screens have their own specs).
  const veraUser = await call<{ id: string }>(page, 'users.create', {
    username: 'vera',
    displayName: 'Vera Veileder',
    role: 'counselor',
    password: COUNSELOR_PASSWORD,
  });
  expect(veraUser).toMatchObject({ ok: true });
  expect(
    await call(page, 'users.create', {
      username: 'pia',
      displayName: 'Pia Pedersen',
      role: 'participant',
      password: PARTICIPANT_PASSWORD,
      counselorId: veraUser.data!.id,
    }),
  ).toMatchObject({ ok: true });

  // Her counselor has set a goal and two steps with her.
  const vera = await window1280x800(browser, browserMode);
  await logIn(vera, 'vera', COUNSELOR_PASSWORD);
  await expect(vera.getByRole('heading', { level: 1, name: 'Mine deltakere' })).toBeVisible({ timeout: 30_000 });
  const caseload = await call<{ rows: { participantId: string; displayName: string }[] }>(vera, 'caseload.list', {});
  expect(caseload).toMatchObject({ ok: true });
  const piaId = caseload.data!.rows.find((r) => r.displayName === 'Pia Pedersen')!.participantId;
  expect(
    await call(vera, 'plan.setGoal', { participantId: piaId, goal: 'Jeg vil ha en jobb i butikk innen sommeren.' }),
  ).toMatchObject({ ok: true });
  expect(
    await call(vera, 'plan.addStep', {
      participantId: piaId,
      title: 'Levere CV til Rema 1000',
      kind: 'other',
      dueOn: '2030-01-15',
    }),
  ).toMatchObject({ ok: true });
  expect(
    await call(vera, 'plan.addStep', {
      participantId: piaId,
      title: 'Øve på jobbintervju',
      kind: 'other',
      dueOn: '2030-02-20',
    }),
  ).toMatchObject({ ok: true });

  // ---- Her first login: the short notice, her goal and her next step, all on the first screen.
  const pia = await window1280x800(browser, browserMode);
  await logIn(pia, 'pia', PARTICIPANT_PASSWORD);
  await expect(pia.getByRole('heading', { level: 1, name: 'Hei, Pia Pedersen!' })).toBeVisible({ timeout: 30_000 });
  const prompt = pia.getByTestId('notice-prompt');
  const summary = prompt.getByTestId('notice-summary');
  await expect(summary).toBeVisible();
  await expect(summary.locator('[data-item]')).toHaveCount(6);
  await expect(summary).toContainText('Hva assistenten får');
  await expect(summary).toContainText('finner ikke alle navn');
  // No article numbers or unexplained jargon in the short notice.
  expect(await summary.innerText()).not.toMatch(/artikkel|§|bokstav|JSON/i);
  await expect(pia.getByTestId('goal')).toContainText('Jeg vil ha en jobb i butikk innen sommeren.');
  await expect(pia.getByTestId('next-step')).toContainText('Levere CV til Rema 1000');
  await expect(pia.getByTestId('next-step')).toContainText('15. jan');

  expect(await pia.evaluate(() => window.scrollY)).toBe(0);
  for (const [name, locator] of [
    ['short notice', summary],
    ['acknowledge button', prompt.getByRole('button', { name: 'Jeg har lest personvernerklæringen' })],
    ['goal', pia.getByTestId('goal')],
    ['next step', pia.getByTestId('next-step')],
  ] as const) {
    expect(await onFirstScreen(pia, locator), name).toBe(true);
  }
  // The full legal text is not on the first screen: it is behind one tap.
  await expect(prompt.getByTestId('notice')).toBeHidden();
  await saveScreenshot(pia, 'participant-home-first-screen');
  expect(await seriousA11yViolations(pia)).toEqual([]);

  // The chatbot waits until she has seen the notice, and says so.
  expect(await call(pia, 'chat.start', { participantId: piaId })).toMatchObject({
    ok: false,
    error: { reason: 'NOTICE_NOT_SEEN' },
  });

  // «Les hele personvernerklæringen» opens the full notice, generated from the register.
  await prompt.getByRole('button', { name: 'Les hele personvernerklæringen' }).click();
  const full = prompt.getByTestId('notice');
  await expect(full).toBeVisible();
  await expect(full).toContainText('Hvem som er ansvarlig');
  await expect(full).toContainText('Rettighetene dine');
  await expect(full).toContainText('av grunner som gjelder din særlige situasjon');
  expect(await seriousA11yViolations(pia)).toEqual([]);
  await prompt.getByRole('button', { name: 'Jeg har lest personvernerklæringen' }).click();
  await expect(pia.getByTestId('notice-acknowledged')).toContainText('Takk. Vi har registrert at du har lest versjon');
  expect(await call(pia, 'chat.start', { participantId: piaId })).toMatchObject({ ok: true });

  // The rest of her page is one tap away.
  const sections = pia.getByRole('navigation', { name: 'Mer på siden din' });
  await sections.getByRole('link', { name: 'Stegene mine' }).click();
  await expect(pia.getByTestId('step-list').getByRole('listitem')).toHaveCount(2);
  await expect(pia.getByRole('heading', { level: 2, name: 'Stegene mine' })).toBeInViewport();
  await sections.getByRole('link', { name: 'Personvern' }).click();
  await expect(pia.getByRole('heading', { level: 2, name: 'Personvern' })).toBeInViewport();
});
