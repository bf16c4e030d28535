import fs from 'node:fs/promises';
import type { Browser, BrowserContextOptions, Page } from '@playwright/test';
import { expect, saveScreenshot, seriousA11yViolations, test, type BrowserModeHost } from './fixtures';
import {
  addUser,
  COUNSELOR_PASSWORD,
  logIn,
  logInParticipant,
  logOut,
  PARTICIPANT_PASSWORD,
  setUpOrganisation,
} from './flows';

/**
 * The follow-up workspace (issue 6) end to end, in as few long flows as the acceptance allows:
 * a counselor finds a participant through a caseload filter, works on the profile, the log, the
 * activity plan, the motivation rulers and an appointment; the participant then works on their own
 * page and turns on gamification, which the counselor sees only when it is shared (acceptance 1).
 * Every caseload filter works with the keyboard alone. Another counselor's participant is refused
 * at the address of every screen and through the calls those screens make, each refusal audited
 * (acceptance 2). Invalid input is refused next to the field (its accessible description) with the
 * app's Norwegian message and nothing is written (acceptance 3), and axe finds no serious or
 * critical violations on the screens (acceptance 6).
 */

/** A synthetic national id (month + 80, valid control digits): no real person has it. */
const NATIONAL_ID = '15870550313';

const localDate = (offsetDays = 0) => {
  const d = new Date();
  d.setDate(d.getDate() + offsetDays);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
/** The same day as a person types it into a date field (dd.mm.åååå). */
const typedDate = (offsetDays = 0) => localDate(offsetDays).split('-').reverse().join('.');

async function openWindow(browser: Browser, host: BrowserModeHost, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ locale: 'nb-NO', viewport: { width: 1280, height: 860 }, ...options });
  const page = await context.newPage();
  await page.goto(host.url);
  // A new window shows the participants' sign-in while deltakermodus is on; staff sign in there too.
  await expect(page.getByRole('heading', { level: 1, name: /^(Logg inn|Deltakermodus)$/ })).toBeVisible();
  return page;
}

async function expectNoSeriousViolations(page: Page): Promise<void> {
  expect(await seriousA11yViolations(page)).toEqual([]);
}

/** Calls the app's API as the person logged in on this page (for checks that nothing was written). */
function call<T = unknown>(
  page: Page,
  name: string,
  input: object,
): Promise<{ ok: boolean; data?: T; error?: { code: string } }> {
  return page.evaluate(([n, i]) => (window.inkludmi!.call as (n: string, i: object) => Promise<never>)(n, i), [
    name,
    input,
  ] as const);
}

/**
 * Gamification runs only for a purpose with a recorded legal basis (the data-protection register):
 * the admin records consent as its basis. Tolerates a build without the register.
 */
async function recordGamificationBasis(admin: Page): Promise<void> {
  // No feature runs before the organisation's role is recorded (issue 18).
  const role = await call(admin, 'privacy.setOrganisation', {
    role: 'controller',
    contact: { name: 'Personvernansvarlig' },
  });
  if (!role.ok) expect(role.error?.code).toBe('UNKNOWN_PROCEDURE');
  const result = await call(admin, 'privacy.recordBasis', {
    purpose: 'gamification',
    basis: {
      article6: 'a',
      consent: {
        howObtained:
          'Deltakeren slår det på selv etter å ha lest forklaringen; valget lagres med tidspunkt og versjon.',
        howWithdrawn: 'Deltakeren slår det av på sin egen side; alt slettes med en gang.',
      },
    },
  });
  if (!result.ok) expect(result.error?.code).toBe('UNKNOWN_PROCEDURE');
}

// A step that cannot happen should fail in seconds, not at the end of the test's budget.
test.use({ actionTimeout: 15_000 });

test('counselor follows a participant up; the participant works on their own plan and turns on points and badges', async ({
  page,
  browser,
  browserMode,
}) => {
  test.setTimeout(300_000);
  await setUpOrganisation(page, browserMode);
  await recordGamificationBasis(page);
  await addUser(page, { role: 'Veileder', name: 'Vera Veileder', username: 'vera', password: COUNSELOR_PASSWORD });
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
    counselor: 'Vera Veileder',
  });
  // Another counselor's participant: Vera must not reach her through any screen.
  await addUser(page, { role: 'Veileder', name: 'Bodil Veileder', username: 'bodil', password: COUNSELOR_PASSWORD });
  await addUser(page, {
    role: 'Deltaker',
    name: 'Kari Karlsen',
    username: 'kari',
    password: PARTICIPANT_PASSWORD,
    counselor: 'Bodil Veileder',
  });
  const everyone = await call<{ id: string; displayName: string }[]>(page, 'participants.list', {});
  const kariId = everyone.data!.find((p) => p.displayName === 'Kari Karlsen')!.id;
  const perId = everyone.data!.find((p) => p.displayName === 'Per Persen')!.id;

  // Pia writes to her counselor (she is now waiting for a reply).
  const pia = await openWindow(browser, browserMode);
  await logInParticipant(pia, 'pia', PARTICIPANT_PASSWORD);
  await expect(pia.getByRole('heading', { level: 1, name: 'Hei, Pia Pedersen!' })).toBeVisible();
  const piaId = await pia.evaluate(async () => {
    const status = await window.inkludmi!.call('auth.status', {});
    return status.ok ? (status.data.user?.participantId ?? '') : '';
  });
  expect(
    await call(pia, 'chat.append', { participantId: piaId, body: 'Hei! Kan vi snakke om CV-en min?' }),
  ).toMatchObject({ ok: true });
  await logOut(pia);

  // ---- The counselor: caseload with filters (clipboard allowed, a controllable clock for the 30 s reveal).
  const vera = await browser
    .newContext({
      locale: 'nb-NO',
      viewport: { width: 1280, height: 860 },
      permissions: ['clipboard-read', 'clipboard-write'],
    })
    .then((c) => c.newPage());
  await vera.clock.install();
  await vera.goto(browserMode.url);
  await logIn(vera, 'vera', COUNSELOR_PASSWORD);
  await expect(vera.getByRole('heading', { level: 1, name: 'Mine deltakere' })).toBeVisible();
  const caseload = vera.getByTestId('caseload');
  await expect(caseload.getByRole('rowheader')).toHaveText(['Per Persen', 'Pia Pedersen']);
  await expect(vera.getByTestId('filter-isNew')).toHaveText('Nye (2)');
  // The names are reachable with the arrow keys.
  await caseload.getByRole('link', { name: 'Per Persen' }).focus();
  await vera.keyboard.press('ArrowDown');
  await expect(caseload.getByRole('link', { name: 'Pia Pedersen' })).toBeFocused();
  await vera.keyboard.press('Home');
  await expect(caseload.getByRole('link', { name: 'Per Persen' })).toBeFocused();

  await vera.getByTestId('filter-awaitingReply').click();
  await expect(vera.getByTestId('filter-awaitingReply')).toHaveAttribute('aria-pressed', 'true');
  await expect(caseload.getByRole('rowheader')).toHaveText(['Pia Pedersen']);
  await expect(vera.getByTestId('caseload-count')).toHaveText('1 av 2 deltakere passer med søket og filtrene.');
  await expect(caseload.getByRole('row', { name: /Pia Pedersen/ })).toContainText('Venter på svar');

  // My own reminder about Pia, in the list.
  await caseload.getByRole('button', { name: 'Legg til påminnelse om Pia Pedersen' }).click();
  const reminder = vera.getByRole('dialog', { name: 'Påminnelse om Pia Pedersen' });
  await reminder.getByLabel('Påminnelse').fill('Ring henne før fredag om CV-en.');
  await reminder.getByRole('button', { name: 'Lagre påminnelsen' }).click();
  await expect(caseload.getByTestId('caseload-reminder')).toHaveText('Ring henne før fredag om CV-en.');
  await expect(caseload.getByRole('button', { name: 'Endre påminnelsen om Pia Pedersen' })).toBeFocused();
  await saveScreenshot(vera, 'followup-caseload');
  await expectNoSeriousViolations(vera);

  // ---- Every filter of the list, with the keyboard only. Per gets a step overdue since yesterday,
  // a meeting early today and a stage (written through the API: the screens for them come later).
  expect(
    await call(vera, 'plan.addStep', {
      participantId: perId,
      title: 'Ringe arbeidsgiveren',
      dueOn: localDate(-1),
      agreed: true,
    }),
  ).toMatchObject({ ok: true });
  const early = new Date();
  early.setHours(0, 1, 0, 0);
  expect(
    await call(vera, 'appointments.add', {
      participantId: perId,
      startsAt: early.toISOString(),
      durationMinutes: 30,
      kind: 'phone',
      // 00:01 today has passed: registering it is confirmed as an appointment that has been.
      past: true,
    }),
  ).toMatchObject({ ok: true });
  expect(await call(vera, 'stages.set', { participantId: perId, stage: 'job_search' })).toMatchObject({ ok: true });
  const rowNames = caseload.getByRole('rowheader');
  await vera.getByTestId('filter-awaitingReply').focus();
  await vera.keyboard.press('Space');
  await expect(vera.getByTestId('filter-awaitingReply')).toHaveAttribute('aria-pressed', 'false');
  await expect(rowNames).toHaveText(['Per Persen', 'Pia Pedersen']);
  // Tab goes through the quick filters in order, then to the number of days.
  await vera.getByTestId('filter-isNew').focus();
  for (const next of [
    'filter-awaitingReply',
    'filter-noContact',
    'filter-overdue',
    'filter-meetingToday',
    'filter-hasReminder',
  ]) {
    await vera.keyboard.press('Tab');
    await expect(vera.getByTestId(next)).toBeFocused();
  }
  await vera.keyboard.press('Tab');
  await expect(vera.getByLabel('Dager uten kontakt')).toBeFocused();
  // The number of days, with the arrow keys: choosing one turns the filter on.
  await vera.keyboard.press('ArrowDown');
  await expect(vera.getByLabel('Dager uten kontakt')).toHaveValue('21');
  await expect(vera.getByTestId('filter-noContact')).toHaveAttribute('aria-pressed', 'true');
  await expect(vera.getByTestId('filter-noContact')).toHaveText('Ingen kontakt på 21 dager (0)');
  await expect(vera.getByTestId('caseload-no-match')).toBeVisible();
  await vera.keyboard.press('ArrowUp');
  await expect(vera.getByLabel('Dager uten kontakt')).toHaveValue('14');
  await vera.getByTestId('filter-noContact').focus();
  await vera.keyboard.press('Space');
  await expect(vera.getByTestId('filter-noContact')).toHaveAttribute('aria-pressed', 'false');
  await expect(rowNames).toHaveText(['Per Persen', 'Pia Pedersen']);
  /** Turns a filter on with the keyboard, checks who is listed, and turns it off again. */
  const withFilter = async (testId: string, key: 'Space' | 'Enter', expected: string[] | 'none') => {
    const chip = vera.getByTestId(testId);
    await chip.focus();
    await vera.keyboard.press(key);
    await expect(chip).toHaveAttribute('aria-pressed', 'true');
    if (expected === 'none') await expect(vera.getByTestId('caseload-no-match')).toBeVisible();
    else await expect(rowNames).toHaveText(expected);
    await vera.keyboard.press(key);
    await expect(chip).toHaveAttribute('aria-pressed', 'false');
    await expect(rowNames).toHaveText(['Per Persen', 'Pia Pedersen']);
  };
  await expect(vera.getByTestId('filter-overdue')).toHaveText('Neste steg forfalt (1)');
  await withFilter('filter-overdue', 'Space', ['Per Persen']);
  await expect(vera.getByTestId('filter-meetingToday')).toHaveText('Møte i dag (1)');
  await withFilter('filter-meetingToday', 'Enter', ['Per Persen']);
  await expect(vera.getByTestId('filter-hasReminder')).toHaveText('Med påminnelse fra meg (1)');
  await withFilter('filter-hasReminder', 'Space', ['Pia Pedersen']);
  await withFilter('filter-isNew', 'Space', ['Per Persen', 'Pia Pedersen']);
  // Both were added today: neither has gone 14 days without contact.
  await withFilter('filter-noContact', 'Enter', 'none');
  await withFilter('stage-filter-job_search', 'Space', ['Per Persen']);
  await withFilter('stage-filter-assessment', 'Enter', 'none');
  // The search box: typed, and cleared with Escape.
  await vera.getByRole('searchbox', { name: 'Søk etter navn' }).focus();
  await vera.keyboard.type('pia');
  await expect(rowNames).toHaveText(['Pia Pedersen']);
  await vera.keyboard.press('Escape');
  await expect(rowNames).toHaveText(['Per Persen', 'Pia Pedersen']);
  // Back to the filter Vera found Pia with.
  await vera.getByTestId('filter-awaitingReply').focus();
  await vera.keyboard.press('Space');
  await expect(rowNames).toHaveText(['Pia Pedersen']);

  // ---- Profile: invalid dates are refused at the field and nothing is saved; then the real details.
  await caseload.getByRole('link', { name: 'Pia Pedersen' }).focus();
  await vera.keyboard.press('Enter');
  await expect(vera.getByRole('heading', { level: 1, name: 'Pia Pedersen' })).toBeVisible();
  await expect(
    vera.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Mine deltakere' }),
  ).toHaveClass(/\bactive\b/);
  await vera.getByRole('button', { name: 'Endre opplysningene' }).click();
  const profileForm = vera.getByTestId('profile-form');
  await profileForm.getByLabel('Startdato').fill('20.11.2026');
  await profileForm.getByLabel('Planlagt sluttdato').fill('01.10.2026');
  await profileForm.getByRole('button', { name: 'Lagre endringene' }).click();
  await expect(profileForm.getByLabel('Planlagt sluttdato')).toHaveAttribute('aria-invalid', 'true');
  await expect(profileForm.getByText('Planlagt sluttdato kan ikke være før startdatoen.').first()).toBeVisible();
  // The message is the field's own (its accessible description), not only somewhere on the page.
  await expect(profileForm.getByLabel('Planlagt sluttdato')).toHaveAccessibleDescription(
    /Planlagt sluttdato kan ikke være før startdatoen\./,
  );
  expect(await call(vera, 'participants.profile', { participantId: piaId })).toMatchObject({
    ok: true,
    data: { startDate: null, plannedEndDate: null },
  });

  await profileForm.getByLabel('Nytt fødselsnummer').fill(NATIONAL_ID);
  await profileForm.getByLabel('Telefon').fill('000 00 123');
  await profileForm.getByLabel('Tiltak').selectOption({ label: 'Arbeidsforberedende trening (AFT)' });
  await profileForm.getByLabel('Planlagt sluttdato').fill('20.05.2027');
  await profileForm.getByLabel('NAV-kontor som henviste').fill('NAV Eksempelby');
  await profileForm.getByRole('button', { name: 'Lagre endringene' }).click();
  await expect(vera.getByTestId('profile-saved')).toHaveText('Profilen er lagret.');
  const details = vera.getByTestId('profile-details');
  await expect(details).toContainText('Arbeidsforberedende trening (AFT)');
  await expect(details).toContainText('20. nov. 2026');
  await expect(details).toContainText('Vera Veileder');

  // The national id is masked; "Vis" reveals it (audited), a copy leaves the clipboard after 30 s, and it masks itself again.
  const nationalId = vera.getByTestId('national-id');
  await expect(nationalId).toHaveText('158705 *****');
  await vera.getByTestId('national-id-toggle').click();
  await expect(nationalId).toHaveText('158705 50313');
  await vera.getByRole('button', { name: 'Kopier' }).click();
  await expect(vera.getByTestId('national-id-message')).toHaveText('Kopiert. Utklippstavlen tømmes om 30 sekunder.');
  expect(await vera.evaluate(() => navigator.clipboard.readText())).toBe(NATIONAL_ID);
  await vera.clock.fastForward(31_000);
  await expect(nationalId).toHaveText('158705 *****');
  await expect(vera.getByTestId('national-id-message')).toHaveText('Fødselsnummeret er fjernet fra utklippstavlen.');
  expect(await vera.evaluate(() => navigator.clipboard.readText())).toBe('');

  // The process stage as a timeline.
  await vera.getByLabel('Ny fase', { exact: true }).selectOption({ label: 'Kartlegging' });
  await vera.getByRole('button', { name: 'Registrer fasen' }).click();
  await expect(vera.getByTestId('stage-saved')).toHaveText('Fasen «Kartlegging» er registrert.');
  await expect(vera.getByTestId('current-stage')).toHaveText('Kartlegging');
  await expect(vera.getByTestId('stage-timeline').getByRole('listitem').first()).toContainText('Kartlegging');
  await expect(vera.getByTestId('profile-reminder')).toHaveText('Ring henne før fredag om CV-en.');
  await saveScreenshot(vera, 'followup-profile');
  await expectNoSeriousViolations(vera);

  // ---- Follow-up log: personal data is marked as I type; a note over the size limit is refused.
  const sections = vera.getByTestId('section-nav');
  await sections.getByRole('link', { name: 'Oppfølgingslogg' }).click();
  await expect(vera.getByRole('heading', { level: 2, name: 'Oppfølgingslogg' })).toBeFocused();
  const noteForm = vera.getByTestId('note-form');
  await noteForm.getByLabel('Varighet i minutter').fill('45');
  await noteForm
    .getByLabel('Notat')
    .fill(`Pia ringte fra 912 34 567. Fnr ${NATIONAL_ID} står i skjemaet. Vi øvde på jobbintervju og avtalte CV.`);
  await expect(noteForm.getByTestId('pii-summary')).toContainText('fødselsnummer');
  await expect(noteForm.getByTestId('pii-summary')).toContainText('telefonnummer');
  await expect(noteForm.getByTestId('pii-marks').locator('mark[data-type="NATIONAL_ID"]')).toHaveText(NATIONAL_ID);
  await saveScreenshot(vera, 'followup-note-editor');
  await noteForm
    .getByLabel('Notat')
    .fill('Vi øvde på jobbintervju. Pia vil skrive CV-en ferdig selv og søke på tre jobber.');
  await expect(noteForm.getByTestId('pii-marks').locator('mark[data-type="NATIONAL_ID"]')).toHaveCount(0);
  await noteForm.getByRole('button', { name: 'Lagre notatet' }).click();
  await expect(vera.getByTestId('note-saved')).toHaveText('Notatet er lagret.');
  const notes = vera.getByTestId('note-list');
  await expect(notes.getByRole('listitem')).toHaveCount(1);
  await expect(notes).toContainText('45 minutter');
  await expect(notes).toContainText('Møtt');

  await noteForm.getByLabel('Notat').fill('x'.repeat(20_001));
  await noteForm.getByRole('button', { name: 'Lagre notatet' }).click();
  await expect(noteForm.getByLabel('Notat')).toHaveAttribute('aria-invalid', 'true');
  await expect(
    noteForm.getByText('Notatet kan ha høyst 20 000 tegn. Kort det ned, eller del det i to notater.').first(),
  ).toBeVisible();
  await expect(noteForm.getByLabel('Notat')).toHaveAccessibleDescription(/Notatet kan ha høyst 20 000 tegn\./);
  expect(((await call<unknown[]>(vera, 'notes.list', { participantId: piaId })).data ?? []).length).toBe(1);
  await noteForm.getByLabel('Notat').fill('');

  await vera.getByLabel('Søk i notatene').fill('øvde');
  await expect(vera.getByTestId('notes-search-count')).toHaveText('1 notat passer med «øvde».');
  // A part of a compound word: "intervju" finds "jobbintervju".
  await vera.getByLabel('Søk i notatene').fill('intervju');
  await expect(vera.getByTestId('notes-search-count')).toHaveText('1 notat passer med «intervju».');
  await vera.getByLabel('Søk i notatene').fill('sykkel');
  await expect(vera.getByTestId('notes-search-count')).toHaveText('0 notater passer med «sykkel».');
  await vera.getByLabel('Søk i notatene').fill('');
  await saveScreenshot(vera, 'followup-log');
  await expectNoSeriousViolations(vera);

  // ---- Activity plan: an empty goal is refused; the goal in her words; two steps.
  await sections.getByRole('link', { name: 'Aktivitetsplan' }).click();
  const goalForm = vera.getByTestId('goal-form');
  await goalForm.getByRole('button', { name: 'Lagre målet' }).click();
  await expect(goalForm.getByLabel('Målet med deltakerens egne ord')).toHaveAttribute('aria-invalid', 'true');
  await expect(goalForm.getByText('Skriv målet, gjerne med deltakerens egne ord.').first()).toBeVisible();
  await expect(goalForm.getByLabel('Målet med deltakerens egne ord')).toHaveAccessibleDescription(
    /Skriv målet, gjerne med deltakerens egne ord\./,
  );
  expect(await call(vera, 'plan.get', { participantId: piaId })).toMatchObject({ ok: true, data: { goal: null } });
  await goalForm.getByLabel('Målet med deltakerens egne ord').fill('Jeg vil ha en jobb i butikk innen sommeren.');
  await goalForm.getByRole('button', { name: 'Lagre målet' }).click();
  await expect(vera.getByTestId('goal')).toContainText('Jeg vil ha en jobb i butikk innen sommeren.');

  const addStep = vera.getByTestId('add-step-form');
  await addStep.getByLabel('Hva er steget?').fill('Skrive CV-en ferdig');
  await addStep.getByLabel('Hva slags steg').selectOption({ label: 'CV' });
  await addStep.getByLabel('Frist (valgfritt)').fill(typedDate(7));
  await addStep.getByRole('checkbox', { name: /Avtalt med deltakeren/ }).check();
  await expect(addStep.getByLabel('Status')).toHaveValue('planned');
  await addStep.getByRole('button', { name: 'Legg til steget' }).click();
  await expect(vera.getByTestId('add-step-saved')).toHaveText('«Skrive CV-en ferdig» er lagt til.');
  await addStep.getByLabel('Hva er steget?').fill('Søke på tre butikkjobber');
  await addStep.getByLabel('Hva slags steg').selectOption({ label: 'Jobbsøknad' });
  await addStep.getByRole('button', { name: 'Legg til steget' }).click();
  await expect(vera.getByTestId('add-step-saved')).toHaveText('«Søke på tre butikkjobber» er lagt til.');
  const steps = vera.getByTestId('step-list');
  await expect(steps.getByRole('listitem')).toHaveCount(2);
  await expect(steps.getByRole('listitem').filter({ hasText: 'Skrive CV-en ferdig' })).toContainText('Avtalt');
  await expect(steps.getByRole('listitem').filter({ hasText: 'Søke på tre butikkjobber' })).toContainText('Forslag');
  await expect(vera.getByTestId('plan-progress')).toContainText('0 av 2 steg fullført');
  // A due date for the proposal.
  const proposal = steps.getByRole('listitem').filter({ hasText: 'Søke på tre butikkjobber' });
  await proposal.getByRole('button', { name: 'Endre «Søke på tre butikkjobber»' }).click();
  await proposal.getByLabel('Frist (valgfritt)').fill(typedDate(14));
  await proposal.getByRole('button', { name: 'Lagre endringene' }).click();
  await expect(proposal).toContainText('Steget er endret.');
  await expect(proposal).not.toContainText('Ingen frist');
  // Gamification is Pia's own, and waits until she has seen the current notice (issue 18).
  await expect(vera.getByRole('region', { name: 'Poeng og merker' })).toContainText(
    'har sett den gjeldende personvernerklæringen',
  );
  await saveScreenshot(vera, 'followup-activity-plan');
  await expectNoSeriousViolations(vera);

  // ---- Motivation: a ruler outside 0–10 is refused; two readings make the chart.
  await sections.getByRole('link', { name: 'Motivasjon' }).click();
  const chart = vera.getByTestId('motivation-chart');
  await expect(chart).toHaveAttribute('data-readings', '0');
  await expect(chart).toHaveAttribute('data-events', '4'); // goal, two steps, the stage
  const rulers = vera.getByTestId('ruler-form');
  await rulers.getByLabel('Viktighet (0–10)').fill('11');
  await rulers.getByLabel('Mestringstro (0–10)').fill('4');
  await rulers.getByRole('button', { name: 'Lagre' }).click();
  await expect(rulers.getByLabel('Viktighet (0–10)')).toHaveAttribute('aria-invalid', 'true');
  await expect(rulers.getByText('Viktighet må være mellom 0 og 10.').first()).toBeVisible();
  await expect(rulers.getByLabel('Viktighet (0–10)')).toHaveAccessibleDescription(/Viktighet må være mellom 0 og 10\./);
  expect(await call(vera, 'motivation.list', { participantId: piaId })).toMatchObject({
    ok: true,
    data: { series: [] },
  });
  await expect(chart).toHaveAttribute('data-readings', '0');

  await rulers.getByLabel('Viktighet (0–10)').fill('6');
  await rulers.getByLabel('Dato', { exact: true }).fill(typedDate(-14));
  await rulers.getByRole('button', { name: 'Lagre' }).click();
  await expect(vera.getByTestId('ruler-saved')).toHaveText('Lagret: viktighet 6, mestringstro 4.');
  await expect(chart).toHaveAttribute('data-readings', '1');
  await rulers.getByLabel('Viktighet (0–10)').fill('8');
  await rulers.getByLabel('Mestringstro (0–10)').fill('6');
  await rulers.getByRole('button', { name: 'Lagre' }).click();
  await expect(chart).toHaveAttribute('data-readings', '2');
  await expect(chart.locator('[data-series="importance"] circle')).toHaveCount(2);
  await expect(chart.locator('polyline')).toHaveCount(2);
  await vera.getByText('Vis tallene som tabell').click();
  await expect(vera.getByTestId('motivation-table').getByRole('row')).toHaveCount(3);
  await expect(vera.getByTestId('motivation-table')).toContainText('Sammen i samtale');
  await saveScreenshot(vera, 'followup-motivation');
  await expectNoSeriousViolations(vera);

  // ---- Appointments: one for tomorrow, and an .ics without personal data by default.
  await sections.getByRole('link', { name: 'Avtaler' }).click();
  const appointmentForm = vera.getByTestId('appointment-form');
  await appointmentForm.getByLabel('Dato', { exact: true }).fill(typedDate(1));
  await appointmentForm.getByLabel('Klokkeslett', { exact: true }).fill('10:00');
  await appointmentForm.getByLabel('Sted (valgfritt)').fill('Møterom 2');
  await appointmentForm.getByRole('button', { name: 'Lagre avtalen' }).click();
  await expect(vera.getByTestId('appointment-saved')).toHaveText('Avtalen er lagret.');
  await expect(vera.getByTestId('appointment-list').getByRole('listitem')).toHaveCount(1);
  const [download] = await Promise.all([
    vera.waitForEvent('download'),
    vera.getByRole('button', { name: 'Last ned kalenderfil (.ics)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('inkludmi-avtaler.ics');
  const ics = await fs.readFile((await download.path())!, 'utf8');
  expect(ics).toContain('SUMMARY:Oppfølgingsmøte');
  expect(ics).not.toContain('Pia');
  expect(ics).not.toContain('Møterom');
  await expect(vera.getByTestId('ics-message')).toHaveText('Kalenderfilen med 1 avtale er lastet ned.');
  await vera.getByRole('checkbox', { name: 'Navnet (Pia Pedersen)' }).check();
  await expect(vera.getByTestId('ics-warning')).toBeVisible();
  await saveScreenshot(vera, 'followup-appointments');
  await expectNoSeriousViolations(vera);

  // Back in the list, the row shows the stage, the next step and the next meeting.
  await vera.getByRole('link', { name: 'Tilbake til Mine deltakere' }).click();
  await expect(vera.getByTestId('filter-awaitingReply')).toHaveAttribute('aria-pressed', 'true');
  const piaRow = caseload.getByRole('row', { name: /Pia Pedersen/ });
  await expect(piaRow).toContainText('Kartlegging');
  await expect(piaRow).toContainText('Skrive CV-en ferdig');
  await expect(piaRow).toContainText('Møte');

  // Another counselor's participant, at the address of each screen: only the app's refusal, nothing
  // of hers on screen, and each refusal in the audit log.
  const veraId = await vera.evaluate(async () => {
    const status = await window.inkludmi!.call('auth.status', {});
    return status.ok ? (status.data.user?.userId ?? '') : '';
  });
  const screens = ['', '/logg', '/plan', '/motivasjon', '/avtaler'];
  const goTo = (to: string) =>
    vera.evaluate((address) => {
      history.pushState(null, '', address);
      dispatchEvent(new PopStateEvent('popstate'));
    }, to);
  for (const screen of screens) {
    // From the list each time, so every screen is opened afresh (as from a bookmark or a typed address).
    await goTo('/');
    await expect(vera.getByRole('heading', { level: 1, name: 'Mine deltakere' })).toBeVisible();
    await goTo(`/deltakere/${kariId}${screen}`);
    await expect(vera.getByTestId('participant-error'), screen).toContainText(
      'Du har ikke tilgang til denne deltakeren',
    );
    await expect(vera.locator('main')).not.toContainText('Kari');
    await expect(vera.getByTestId('section-nav')).toHaveCount(0);
    if (screen === '') {
      await saveScreenshot(vera, 'followup-refused');
      await expectNoSeriousViolations(vera);
    }
  }
  // Her data through the API calls those screens make: refused, and audited.
  for (const [name, input] of [
    ['participants.profile', { participantId: kariId }],
    ['notes.list', { participantId: kariId }],
    ['plan.get', { participantId: kariId }],
    ['motivation.list', { participantId: kariId }],
    ['appointments.list', { participantId: kariId }],
    ['gamification.get', { participantId: kariId }],
    ['notes.add', { participantId: kariId, kind: 'meeting', occurredOn: localDate(), body: 'Skal ikke lagres' }],
    ['plan.addStep', { participantId: kariId, title: 'Skal ikke lagres' }],
  ] as const) {
    expect(await call(vera, name, input), name).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  }
  type AuditEntry = { action: string; targetId: string | null; outcome: string };
  const refusals = (
    (await call<{ entries: AuditEntry[] }>(page, 'audit.list', { actorId: veraId, limit: 1000 })).data?.entries ?? []
  ).filter((e) => e.targetId === kariId);
  expect(refusals.every((e) => e.outcome === 'denied')).toBe(true);
  expect(refusals.filter((e) => e.action === 'participants.profile').length).toBeGreaterThanOrEqual(screens.length + 1);
  for (const name of [
    'notes.list',
    'plan.get',
    'motivation.list',
    'appointments.list',
    'gamification.get',
    'notes.add',
    'plan.addStep',
  ]) {
    expect(
      refusals.filter((e) => e.action === name),
      name,
    ).toHaveLength(1);
  }
  await vera.getByRole('link', { name: 'Tilbake til Mine deltakere' }).click();
  await expect(caseload.getByRole('rowheader')).toHaveText(['Per Persen', 'Pia Pedersen']);

  // ---- The participant: only her own plan, never the counselor's notes or reminder.
  await logInParticipant(pia, 'pia', PARTICIPANT_PASSWORD);
  const mine = pia.getByTestId('my-page');
  await expect(pia.getByRole('heading', { level: 1, name: 'Hei, Pia Pedersen!' })).toBeVisible();
  await expect(pia.getByTestId('goal')).toContainText('Jeg vil ha en jobb i butikk innen sommeren.');
  // Points and badges wait until she has seen the current notice: she reads it first on her page.
  await pia.getByTestId('notice-prompt').getByRole('button', { name: 'Jeg har lest personvernerklæringen' }).click();
  await expect(pia.getByTestId('notice-acknowledged')).toBeVisible();
  const mySteps = pia.getByTestId('step-list');
  await expect(mySteps.getByRole('listitem')).toHaveCount(2);
  await expect(mine).not.toContainText('jobbintervju');
  await expect(mine).not.toContainText('Ring henne');
  await expect(mine).not.toContainText('Per Persen');
  await expect(mine).not.toContainText('Kari');
  for (const name of ['me.overview', 'plan.get', 'motivation.list', 'participants.profile'] as const) {
    expect(await call(pia, name, { participantId: perId }), name).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  }
  expect(await call(pia, 'notes.list', { participantId: piaId })).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
  await expect(pia.getByTestId('motivation-chart')).toHaveAttribute('data-readings', '2');

  await mySteps.getByRole('button', { name: 'Merk som fullført: Skrive CV-en ferdig' }).click();
  await expect(mySteps.getByRole('listitem').filter({ hasText: 'Skrive CV-en ferdig' })).toContainText('Fullført');
  await expect(pia.getByTestId('plan-progress').first()).toContainText('1 av 2 steg fullført');

  // Points and badges: off until she has read the explanation and turns them on.
  const game = pia.getByTestId('gamification');
  await expect(game.getByTestId('gamification-explanation')).toContainText('Poeng og merker – helt frivillig');
  await game.getByRole('button', { name: 'Slå på poeng og merker' }).click();
  await expect(game).toContainText('Les forklaringen og kryss av før du slår det på.');
  await game.getByRole('checkbox', { name: 'Jeg har lest hva som lagres og hvorfor' }).check();
  await game.getByRole('button', { name: 'Slå på poeng og merker' }).click();
  await expect(game.getByTestId('gamification-points')).toHaveText('1');
  await expect(game.getByTestId('gamification-badges')).toContainText('Første steg fullført');
  await expect(game.getByTestId('gamification-badges')).toContainText('CV ferdig');
  await saveScreenshot(pia, 'participant-page');
  await expectNoSeriousViolations(pia);

  // Her own step: she adds it (planned, proposed by her) and moves it on.
  const myAddStep = pia.getByTestId('add-step-form');
  await myAddStep.getByLabel('Hva er steget?').fill('Ringe Rema 1000 om vakter');
  await myAddStep.getByRole('button', { name: 'Legg til steget' }).click();
  await expect(pia.getByTestId('add-step-saved')).toHaveText('«Ringe Rema 1000 om vakter» er lagt til.');
  const ownStep = mySteps.getByRole('listitem').filter({ hasText: 'Ringe Rema 1000 om vakter' });
  await expect(ownStep).toContainText('Planlagt');
  await expect(ownStep).toContainText('Foreslått av deltakeren');
  await ownStep.getByRole('combobox', { name: /Status/ }).selectOption({ label: 'Gjennomføres' });
  await expect(ownStep).toContainText('Status endret til «Gjennomføres».');
  await expect(pia.getByTestId('plan-progress').first()).toContainText('1 av 3 steg fullført');

  // Her own ruler goes into the same chart; one outside 0–10 is refused at the field and not saved.
  const myRulers = pia.getByTestId('ruler-form');
  await myRulers.getByLabel('Hvor viktig er det for deg? (0–10)').fill('12');
  await myRulers.getByLabel('Hvor sikker er du på at du får det til? (0–10)').fill('7');
  await myRulers.getByRole('button', { name: 'Lagre' }).click();
  await expect(myRulers.getByLabel('Hvor viktig er det for deg? (0–10)')).toHaveAccessibleDescription(
    /Viktighet må være mellom 0 og 10\./,
  );
  await expect(pia.getByTestId('motivation-chart')).toHaveAttribute('data-readings', '2');
  expect(
    ((await call<{ series: unknown[] }>(pia, 'motivation.list', { participantId: piaId })).data?.series ?? []).length,
  ).toBe(2);
  await myRulers.getByLabel('Hvor viktig er det for deg? (0–10)').fill('9');
  await myRulers.getByLabel('Hvor sikker er du på at du får det til? (0–10)').fill('7');
  await myRulers.getByRole('button', { name: 'Lagre' }).click();
  await expect(pia.getByTestId('motivation-chart')).toHaveAttribute('data-readings', '3');

  // ---- The counselor sees none of it until Pia shares it.
  expect(await call(vera, 'gamification.get', { participantId: piaId })).toMatchObject({
    ok: true,
    data: { status: 'not_shared' },
  });
  await caseload.getByRole('link', { name: 'Pia Pedersen' }).click();
  await sections.getByRole('link', { name: 'Aktivitetsplan' }).click();
  await expect(vera.getByTestId('gamification-not-shared')).toBeVisible();
  await expect(vera.getByTestId('gamification-points')).toHaveCount(0);

  await game.getByRole('checkbox', { name: /Del poeng og merker med veilederen min/ }).check();
  await expect(pia.getByTestId('gamification-message')).toHaveText(
    'Veilederen din kan nå se poengene og merkene dine.',
  );
  await sections.getByRole('link', { name: 'Motivasjon' }).click();
  await sections.getByRole('link', { name: 'Aktivitetsplan' }).click();
  await expect(vera.getByTestId('counselor-gamification').getByTestId('gamification-points')).toHaveText('1');
  await expect(vera.getByTestId('counselor-gamification')).toContainText('CV ferdig');
  await saveScreenshot(vera, 'followup-gamification-shared');
  await expectNoSeriousViolations(vera);

  // Turning it off erases it; the counselor is back to seeing nothing.
  await game.getByRole('button', { name: 'Slå av og slett' }).click();
  await pia
    .getByRole('dialog', { name: 'Slå av poeng og merker?' })
    .getByRole('button', { name: 'Slå av og slett' })
    .click();
  await expect(pia.getByTestId('gamification-message')).toHaveText(
    'Poeng og merker er slått av, og alt som var lagret om dem, er slettet.',
  );
  await expect(game.getByTestId('gamification-explanation')).toBeVisible();
  expect(await call(vera, 'gamification.get', { participantId: piaId })).toMatchObject({
    ok: true,
    data: { status: 'not_shared' },
  });
});
