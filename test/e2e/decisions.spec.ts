import fs from 'node:fs/promises';
import type { Browser, Page } from '@playwright/test';
import { expect, saveScreenshot, seriousA11yViolations, test, type BrowserModeHost } from './fixtures';
import { addUser, chooseInUserMenu, COUNSELOR_PASSWORD, logIn, PARTICIPANT_PASSWORD, setUpOrganisation } from './flows';

/** A date n days before today (local), as the date input takes it. */
function daysAgo(n: number): string {
  const d = new Date();
  d.setDate(d.getDate() - n);
  const pad = (x: number) => String(x).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Calls a procedure by name from the page (for procedures the typed client may not list in every checkout). */
async function callApi(
  page: Page,
  name: string,
  input: unknown,
): Promise<{ ok: boolean; data?: unknown; error?: { code: string; reason?: string; message: string } }> {
  return page.evaluate(
    ([n, i]) => (window.inkludmi!.call as unknown as (name: string, input: unknown) => Promise<never>)(n as string, i),
    [name, input] as const,
  );
}

const NAV_PROCESSOR = {
  role: 'processor',
  controller: { kind: 'nav', name: 'NAV Vestland', agreementReference: 'Databehandleravtale 2026-01' },
  contact: { name: 'Personvernkontakten' },
};
const INDEPENDENT_PROVIDER = { role: 'controller', contact: { name: 'Personvernkontakten' } };

/** Issue 17: a second window (and the API directly) cannot replace the own assessment once the prediction was shown. */
async function reopenCannotChangeOwnAssessment(
  browser: Browser,
  host: BrowserModeHost,
  participant: string,
  sessionId: string,
) {
  const second = await counselorWindow(browser, host);
  await second.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Dialogmøte 2' }).click();
  await second
    .getByTestId('decision-cases')
    .getByRole('link', { name: `Vurder saken til ${participant}` })
    .click();
  await second.getByRole('button', { name: 'Start vurderingen' }).click();
  await expect(second.getByTestId('decision-session')).toHaveAttribute('data-session-id', sessionId);
  await expect(second.getByTestId('own-assessment-summary')).toContainText('Registrert før du så anslaget.');
  await expect(second.getByTestId('own-assessment-form')).toHaveCount(0);
  await expect(second.getByTestId('prediction-frequency')).toBeVisible();
  // Directly through the API: opening the case again gives the same session, and the assessment cannot be replaced.
  const listed = (await callApi(second, 'decisions.listCases', {})) as {
    data: { case: { id: string }; decided: boolean }[];
  };
  const reopened: unknown[] = [];
  for (const c of listed.data.filter((x) => !x.decided)) {
    const r = (await callApi(second, 'decisions.openSession', { caseId: c.case.id })) as {
      ok: boolean;
      data?: { id: string };
    };
    if (r.ok && r.data?.id === sessionId) reopened.push(r.data);
  }
  expect(reopened).toEqual([
    expect.objectContaining({ id: sessionId, ownAssessment: expect.objectContaining({ beforePrediction: true }) }),
  ]);
  expect(
    await callApi(second, 'decisions.recordOwnAssessment', {
      sessionId,
      expectation: 'unsure',
      leaningTowards: 'undecided',
    }),
  ).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'OWN_ASSESSMENT_LOCKED' } });
  // Nothing changed: the session still holds the assessment made before the prediction.
  const before = reopened[0] as { caseId: string; ownAssessment: { expectation: string } };
  const again = (await callApi(second, 'decisions.openSession', { caseId: before.caseId })) as {
    data: { id: string; ownAssessment: { expectation: string } };
  };
  expect(again.data).toMatchObject({ id: sessionId, ownAssessment: before.ownAssessment });
  expect(again.data.ownAssessment.expectation).not.toBe('unsure');
  await second.context().close();
}

async function counselorWindow(browser: Browser, host: BrowserModeHost): Promise<Page> {
  const context = await browser.newContext({ locale: 'nb-NO', viewport: { width: 1280, height: 860 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.origin });
  const page = await context.newPage();
  await page.goto(host.url);
  await logIn(page, 'vera', COUNSELOR_PASSWORD);
  await expect(page.getByRole('heading', { level: 1, name: 'Mine deltakere' })).toBeVisible();
  return page;
}

async function createCase(
  page: Page,
  c: {
    participant: string;
    start: string;
    percent: string;
    chapter: string;
    spells: string;
    age: string;
    notes?: string;
  },
) {
  await page.getByRole('button', { name: 'Ny sak' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ny sak om dialogmøte 2' })).toBeVisible();
  const form = page.getByTestId('new-case-form');
  await form.getByLabel('Deltaker').selectOption({ label: c.participant });
  await form.getByLabel('Første sykmeldingsdag').fill(c.start.split('-').reverse().join('.')); // typed as dd.mm.åååå
  await form.getByLabel('Sykmeldingsgrad (prosent)').fill(c.percent);
  await form.getByLabel('Diagnosekapittel (ICPC-2)').selectOption(c.chapter);
  await form.getByLabel('Tidligere sykefravær siste tre år').fill(c.spells);
  await form.getByLabel('Aldersgruppe').selectOption({ label: c.age });
  if (c.notes) await form.getByLabel('Dine notater (valgfritt)').fill(c.notes);
  await form.getByRole('button', { name: 'Opprett saken' }).click();
  await expect(page.getByTestId('cases-message')).toContainText(`Saken for ${c.participant} er opprettet.`);
}

async function recordOwnAssessment(page: Page, expectation: string, leaning: string) {
  const form = page.getByTestId('own-assessment-form');
  await form.getByRole('radio', { name: expectation }).check();
  await form.getByRole('radiogroup', { name: 'Hva heller du mot nå?' }).getByRole('radio', { name: leaning }).check();
  await form.getByRole('button', { name: 'Registrer min vurdering' }).click();
  await expect(page.getByTestId('own-assessment-summary')).toContainText('Registrert før du så anslaget.');
}

test('dialogmøte 2: own assessment before the prediction, dotplot and base rate, factors, "not needed" with its information text, a summons through the confirmation step, the monitor, the DPIA report and the model page', async ({
  page,
  browser,
  browserMode,
}) => {
  test.setTimeout(240_000);
  await setUpOrganisation(page, browserMode);
  await addUser(page, { role: 'Veileder', name: 'Vera Veileder', username: 'vera', password: COUNSELOR_PASSWORD });
  for (const [name, username] of [
    ['Pia Pedersen', 'pia'],
    ['Ola Olsen', 'ola'],
    ['Kari Knutsen', 'kari'],
  ] as const) {
    await addUser(page, {
      role: 'Deltaker',
      name,
      username,
      password: PARTICIPANT_PASSWORD,
      counselor: 'Vera Veileder',
    });
  }

  // Decision support needs a recorded legal basis (the legal-basis register). Until then the screen says so.
  const vera = await counselorWindow(browser, browserMode);
  const nav = vera.getByRole('navigation', { name: 'Hovedmeny' });
  await nav.getByRole('link', { name: 'Dialogmøte 2' }).click();
  await expect(vera.getByRole('heading', { level: 1, name: 'Dialogmøte 2' })).toBeVisible();
  await expect(vera.getByTestId('decisions-unavailable')).toContainText(
    'Beslutningsstøtte mangler behandlingsgrunnlag',
  );
  await saveScreenshot(vera, 'decisions-0-no-legal-basis');
  expect(
    await callApi(page, 'privacy.setOrganisation', { role: 'controller', contact: { name: 'Personvernansvarlig' } }),
  ).toMatchObject({ ok: true });
  const recorded = await callApi(page, 'privacy.recordBasis', {
    purpose: 'decisionSupport',
    basis: {
      article6: 'e',
      supplementaryBasis: 'folketrygdloven § 8-7 a',
      specialCategories: true,
      article9: 'b',
      article9SupplementaryBasis: 'folketrygdloven kapittel 8',
    },
  });
  expect(recorded).toMatchObject({ ok: true });
  // Dialogmøte 2 is NAV's decision: this organisation processes for NAV (issue 17), so it records NAV's decision.
  expect(await callApi(page, 'privacy.setOrganisation', NAV_PROCESSOR)).toMatchObject({ ok: true });
  await nav.getByRole('link', { name: 'Mine deltakere' }).click();
  await nav.getByRole('link', { name: 'Dialogmøte 2' }).click();
  await expect(vera.getByTestId('cases-empty')).toBeVisible();

  // Cases: the form explains the ICPC-2 chapter letter and says what is missing.
  await vera.getByRole('button', { name: 'Ny sak' }).click();
  await vera.getByRole('button', { name: 'Opprett saken' }).click();
  await expect(vera.getByTestId('new-case-error-summary')).toContainText('Velg deltakeren saken gjelder.');
  await expect(
    vera.getByText('Velg bare kapittelet: bokstaven foran diagnosekoden på sykmeldingen (for eksempel L for L03).'),
  ).toBeVisible();
  expect(await seriousA11yViolations(vera)).toEqual([]);
  await vera.getByRole('button', { name: 'Avbryt' }).click();
  await createCase(vera, {
    participant: 'Pia Pedersen',
    start: daysAgo(125),
    percent: '100',
    chapter: 'P',
    spells: '2',
    age: '16–29 år',
    notes: 'Har kontakt med arbeidsgiver.',
  });
  await createCase(vera, {
    participant: 'Ola Olsen',
    start: daysAgo(130),
    percent: '50',
    chapter: 'L',
    spells: '0',
    age: '30–39 år',
  });
  await createCase(vera, {
    participant: 'Kari Knutsen',
    start: daysAgo(100),
    percent: '100',
    chapter: 'R',
    spells: '1',
    age: '16–29 år',
  });

  // Sorted by due date; a case is due from day 119 (17 weeks), the others say when.
  const cases = vera.getByTestId('decision-cases');
  await expect(cases.getByRole('rowheader')).toHaveText(['Ola Olsen', 'Pia Pedersen', 'Kari Knutsen']);
  await expect(cases.getByRole('row', { name: /Pia Pedersen/ })).toContainText('Klar for vurdering');
  await expect(cases.getByRole('row', { name: /Kari Knutsen/ })).toContainText('(om 19 dager)');
  await expect(cases.getByRole('link', { name: 'Vurder saken til Kari Knutsen' })).toHaveCount(0);
  await saveScreenshot(vera, 'decisions-cases');
  expect(await seriousA11yViolations(vera)).toEqual([]);

  // --- Pia: cognitive forcing, the prediction shown honestly, "not needed" and the information text ---
  await cases.getByRole('link', { name: 'Vurder saken til Pia Pedersen' }).click();
  await expect(vera.getByRole('heading', { level: 1, name: 'Dialogmøte 2: Pia Pedersen' })).toBeVisible();
  await expect(vera.getByTestId('case-facts')).toContainText('P – Psykisk');
  await vera.getByRole('button', { name: 'Start vurderingen' }).click();
  await expect(vera.getByTestId('prediction-locked')).toHaveText(
    'Anslaget vises når du har registrert din egen vurdering.',
  );
  await expect(vera.getByRole('button', { name: 'Vis anslaget' })).toHaveCount(0);
  // Not even the app will show it before the own assessment.
  const sessionId = await vera.getByTestId('decision-session').getAttribute('data-session-id');
  expect(await callApi(vera, 'decisions.showPrediction', { sessionId })).toMatchObject({
    ok: false,
    error: { reason: 'OWN_ASSESSMENT_REQUIRED' },
  });
  await vera.getByRole('button', { name: 'Registrer min vurdering' }).click();
  await expect(vera.getByTestId('own-assessment-error-summary')).toContainText('Velg hva du selv tror.');
  await saveScreenshot(vera, 'decisions-1-own-assessment');
  expect(await seriousA11yViolations(vera)).toEqual([]);
  await recordOwnAssessment(vera, 'Nei, tilbake i arbeid før det', 'Møte ikke nødvendig');

  await vera.getByRole('button', { name: 'Vis anslaget' }).click();
  await expect(vera.getByTestId('prediction-frequency')).toHaveText(
    /^Av 100 personer i samme situasjon er om lag \d+ fortsatt sykmeldt etter 26 uker, og \d+ er tilbake i arbeid før det\.$/,
  );
  const dotplot = vera.getByTestId('quantile-dotplot');
  await expect(dotplot.locator('svg.dotplot-svg circle')).toHaveCount(50);
  await expect(dotplot.locator('svg.dotplot-svg .dotplot-mark-text')).toHaveText(['10 %', '50 %', '90 %']);
  await expect(dotplot.getByRole('img', { name: /Prikkdiagram/ })).toBeVisible();
  await expect(vera.getByTestId('dotplot-text')).toContainText(
    'Hver av de 50 prikkene står for 2 av 100 personer i samme situasjon',
  );
  await expect(vera.getByTestId('base-rate')).toHaveText(
    /^Av 100 personer som fortsatt er sykmeldt etter 17 uker, er om lag \d+ fortsatt sykmeldt etter 26 uker\.$/,
  );
  await saveScreenshot(vera, 'decisions-2-prediction');
  expect(await seriousA11yViolations(vera)).toEqual([]);

  await vera.getByRole('button', { name: 'Vis kalibreringen' }).click();
  await expect(vera.getByTestId('session-calibration')).toContainText('syntetiske utfall');
  await vera.getByRole('button', { name: 'Vis hva som trekker opp og ned' }).click();
  const factors = vera.getByTestId('factor-list');
  await expect(factors.getByRole('listitem')).toHaveCount(4);
  await expect(vera.getByTestId('factor-diagnosisGroup')).toContainText('Diagnosekapittel (ICPC-2): P – Psykisk');
  await expect(factors).toContainText(/Trekker (opp|ned) om lag \d+ prosentpoeng/);
  await saveScreenshot(vera, 'decisions-3-factors');
  expect(await seriousA11yViolations(vera)).toEqual([]);

  const decision = vera.getByTestId('decision-form');
  await decision.getByRole('radio', { name: 'Møte er ikke nødvendig nå' }).check();
  await decision.getByLabel('Årsak').selectOption({ label: 'Forventet friskmelding innen 28 ukers sykmelding' });
  await decision.getByLabel('Begrunnelse').fill('Gradert tilbake fra neste uke etter avtale med arbeidsgiver.');
  await decision.getByRole('button', { name: 'Registrer at møte ikke er nødvendig' }).click();
  await expect(vera.getByRole('heading', { name: 'Registrert: møte ikke nødvendig for Pia Pedersen' })).toBeVisible();
  await expect(vera.getByTestId('decision-record')).toContainText('Forventet friskmelding innen 28 ukers sykmelding');
  const info = vera.getByTestId('information-text');
  await expect(info).toContainText('Du har rett til å be om et dialogmøte, også før det har gått 26 uker.');
  await expect(info).toContainText('Det er en veileder, et menneske, som har gjort denne vurderingen.');
  await expect(info).toContainText('Vurdert av Vera Veileder');
  await vera.getByRole('button', { name: 'Kopier teksten' }).click();
  await expect(vera.getByTestId('copy-status')).toHaveText('Teksten er kopiert.');
  expect(await vera.evaluate(() => navigator.clipboard.readText())).toContain('Du kan be om et dialogmøte');
  // The letter in the person's own written standard (issue 17): nynorsk too, and its handover is recorded.
  const letter = vera.getByTestId('information-letter');
  await letter.getByRole('radio', { name: 'Nynorsk' }).check();
  await expect(info).toContainText('Du har rett til å be om eit dialogmøte, også før det har gått 26 veker.');
  await expect(info).toHaveAttribute('lang', 'nn');
  await vera.getByRole('button', { name: 'Kopier teksten' }).click();
  expect(await vera.evaluate(() => navigator.clipboard.readText())).toContain('Du kan be om eit dialogmøte');
  await expect(vera.getByTestId('letter-handovers')).toHaveText('Ingen levering er registrert ennå.');
  await letter.getByRole('button', { name: 'Registrer at brevet på nynorsk er levert' }).click();
  await expect(letter).toContainText('Velg hvordan personen fikk brevet.');
  await letter.getByRole('radio', { name: 'Skrevet ut og gitt til personen' }).check();
  await letter.getByRole('button', { name: 'Registrer at brevet på nynorsk er levert' }).click();
  await expect(vera.getByTestId('letter-handovers')).toContainText(
    /^Skrevet ut og gitt til personen – på nynorsk\. Registrert av Vera Veileder, /,
  );
  await saveScreenshot(vera, 'decisions-4-not-needed');
  expect(await seriousA11yViolations(vera)).toEqual([]);
  await letter.getByRole('radio', { name: 'Bokmål' }).check();
  // Printing gives the information text alone, without the app around it.
  await vera.emulateMedia({ media: 'print' });
  await expect(vera.getByTestId('information-print-sheet')).toBeVisible();
  await expect(vera.getByRole('navigation', { name: 'Hovedmeny' })).toBeHidden();
  await saveScreenshot(vera, 'decisions-4-information-print');
  await vera.emulateMedia({ media: 'screen' });

  // --- Ola: a summons needs its own confirmation step ---
  await vera.getByRole('link', { name: 'Tilbake til sakene' }).click();
  await cases.getByRole('link', { name: 'Vurder saken til Ola Olsen' }).click();
  await vera.getByRole('button', { name: 'Start vurderingen' }).click();
  await recordOwnAssessment(vera, 'Ja, fortsatt sykmeldt', 'Innkalling til dialogmøte 2');
  await vera.getByRole('button', { name: 'Vis anslaget' }).click();
  await expect(vera.getByTestId('prediction-frequency')).toBeVisible();
  await reopenCannotChangeOwnAssessment(
    browser,
    browserMode,
    'Ola Olsen',
    (await vera.getByTestId('decision-session').getAttribute('data-session-id'))!,
  );
  await decision.getByRole('radio', { name: 'Innkalling til dialogmøte 2' }).check();
  await decision.getByLabel('Begrunnelse (valgfritt)').fill('Usikker tilrettelegging, trenger møte med arbeidsgiver.');
  await decision.getByRole('button', { name: 'Gå videre til bekreftelse' }).click();
  const confirmation = vera.getByTestId('summon-confirmation');
  await expect(confirmation.getByRole('heading', { name: 'Bekreft innkalling av Ola Olsen' })).toBeFocused();
  await expect(confirmation).toContainText('folketrygdloven § 8-7 a');
  await expect(confirmation).toContainText('kan retten til sykepenger falle bort (folketrygdloven § 8-8)');
  // Proposed is not decided.
  const listed = (await callApi(vera, 'decisions.listCases', {})) as { data: { decided: boolean }[] };
  expect(listed.data.filter((c) => c.decided)).toHaveLength(1);
  await confirmation.getByRole('button', { name: 'Bekreft innkalling' }).click();
  await expect(confirmation).toContainText('Kryss av for at du har vurdert saken selv, eller gå tilbake.');
  await saveScreenshot(vera, 'decisions-5-summon-confirmation');
  expect(await seriousA11yViolations(vera)).toEqual([]);
  await confirmation
    .getByText('Jeg har vurdert saken selv, og jeg vil registrere innkalling til dialogmøte 2.')
    .click();
  await confirmation.getByRole('button', { name: 'Bekreft innkalling' }).click();
  await expect(vera.getByRole('heading', { name: 'Innkalling av Ola Olsen er registrert' })).toBeVisible();
  await expect(vera.getByTestId('decision-done')).toContainText('InkludMI sender ingenting selv.');
  await saveScreenshot(vera, 'decisions-6-summoned');

  await vera.getByRole('link', { name: 'Tilbake til sakene' }).click();
  await expect(cases.getByRole('row', { name: /Ola Olsen/ })).toContainText('Innkalling registrert');
  await expect(cases.getByRole('row', { name: /Pia Pedersen/ })).toContainText('Møte ikke nødvendig');
  await expect(cases.getByRole('row', { name: /Pia Pedersen/ })).toContainText('Utfall kan registreres fra');
  // The information text can be printed or copied again later.
  await cases.getByRole('link', { name: 'Se saken til Pia Pedersen' }).click();
  await expect(vera.getByTestId('case-already-decided')).toContainText(
    'møte ikke nødvendig (Forventet friskmelding innen 28 ukers sykmelding)',
  );
  await expect(vera.getByTestId('information-text')).toContainText('Du kan be om et dialogmøte');
  await expect(vera.getByTestId('letter-handovers')).toContainText('Skrevet ut og gitt til personen – på nynorsk.');
  await expect(vera.getByRole('button', { name: 'Start vurderingen' })).toHaveCount(0);

  // --- The admin: the oversight monitor, the DPIA report and the model page ---
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Tilsyn' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tilsyn med beslutningsstøtten' })).toBeVisible();
  await expect(page.getByTestId('figure-decisions')).toContainText('2');
  await expect(page.getByTestId('counselor-table').getByRole('row', { name: /Vera Veileder/ })).toBeVisible();
  await expect(page.getByTestId('monitor-no-warnings')).toBeVisible();
  await expect(page.getByTestId('overall-outcomes')).toContainText('Ingen utfall er registrert ennå');
  await saveScreenshot(page, 'decisions-7-monitor');
  expect(await seriousA11yViolations(page)).toEqual([]);

  const [jsonDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Last ned som JSON' }).click(),
  ]);
  const report = JSON.parse(await fs.readFile((await jsonDownload.path())!, 'utf8')) as {
    kind: string;
    monitor: { overall: { decisions: number }; counselors: { label: string }[] };
  };
  expect(report.kind).toBe('inkludmi-decision-support-dpia');
  expect(report.monitor.overall.decisions).toBe(2);
  expect(report.monitor.counselors.map((c) => c.label)).toEqual(['Veileder 1']);
  const [mdDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Last ned som Markdown' }).click(),
  ]);
  expect(mdDownload.suggestedFilename()).toMatch(/^dpia-beslutningsstotte-\d{4}-\d{2}-\d{2}\.md$/);
  expect(await fs.readFile((await mdDownload.path())!, 'utf8')).toContain('# Beslutningsstøtte for dialogmøte 2');

  await page.getByRole('link', { name: 'Beslutningsmodellen: modellkort, kalibrering og import' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Beslutningsmodellen' })).toBeVisible();
  const card = page.getByTestId('model-card');
  await expect(
    card.getByRole('heading', { name: 'Modellkort: InkludMI grunnmodell for sykefraværets varighet' }),
  ).toBeVisible();
  await expect(card.getByRole('heading', { name: 'Datakilder – hvert tall og hvor det er hentet' })).toBeVisible();
  await expect(page.getByTestId('model-calibration').getByRole('row')).not.toHaveCount(0);
  await expect(page.getByTestId('model-sources')).toContainText('Hyppig gjentakende sykefravær');
  await expect(page.getByTestId('local-training')).toContainText(
    'InkludMI trener aldri en modell på opplysningene om deltakerne.',
  );
  // A bad model file is refused with a clear message, and the active model is kept.
  await page
    .getByTestId('model-import')
    .locator('input[type="file"]')
    .setInputFiles({
      name: 'ny-modell.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"schemaVersion": 1, "name": "Uten kalibrering"}'),
    });
  await page.getByRole('button', { name: 'Importer modellen' }).click();
  await expect(page.getByTestId('model-import-result')).toContainText(
    'Filen ble avvist. Den aktive modellen, versjon 1.0.3, er beholdt.',
  );
  await expect(page.getByTestId('model-import-result')).toContainText('Den aktive modellen er beholdt.');
  await expect(page.getByTestId('model-version')).toHaveText('1.0.3');
  await saveScreenshot(page, 'decisions-8-model');
  expect(await seriousA11yViolations(page)).toEqual([]);
});

test('a tiltaksarrangør acting on its own writes an assessment for NAV: no decision and no letter; reopening cannot change the own assessment (issue 17)', async ({
  page,
  browser,
  browserMode,
}) => {
  test.setTimeout(180_000);
  await setUpOrganisation(page, browserMode);
  await addUser(page, { role: 'Veileder', name: 'Vera Veileder', username: 'vera', password: COUNSELOR_PASSWORD });
  await addUser(page, {
    role: 'Deltaker',
    name: 'Pia Pedersen',
    username: 'pia',
    password: PARTICIPANT_PASSWORD,
    counselor: 'Vera Veileder',
  });
  expect(
    await callApi(page, 'privacy.recordBasis', {
      purpose: 'decisionSupport',
      basis: {
        article6: 'e',
        supplementaryBasis: 'tiltaksforskriften § 1-7',
        specialCategories: true,
        article9: 'b',
        article9SupplementaryBasis: 'folketrygdloven kapittel 8',
      },
    }),
  ).toMatchObject({ ok: true });
  expect(await callApi(page, 'privacy.setOrganisation', INDEPENDENT_PROVIDER)).toMatchObject({ ok: true });

  const vera = await counselorWindow(browser, browserMode);
  await vera.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Dialogmøte 2' }).click();
  await createCase(vera, {
    participant: 'Pia Pedersen',
    start: daysAgo(125),
    percent: '100',
    chapter: 'L',
    spells: '1',
    age: '30–39 år',
  });
  await vera.getByTestId('decision-cases').getByRole('link', { name: 'Vurder saken til Pia Pedersen' }).click();
  await expect(vera.getByTestId('flow-start')).toContainText('Til slutt skriver du en vurdering til NAV-veilederen');
  await vera.getByRole('button', { name: 'Start vurderingen' }).click();
  await recordOwnAssessment(vera, 'Nei, tilbake i arbeid før det', 'Møte ikke nødvendig');
  await vera.getByRole('button', { name: 'Vis anslaget' }).click();
  await expect(vera.getByTestId('prediction-recommendation')).toHaveText(
    /^Modellens anbefaling: møte trolig (ikke )?nødvendig\./,
  );
  await expect(vera.getByTestId('prediction-weak')).toContainText('Anslaget skiller lite mellom personer');
  const sessionId = (await vera.getByTestId('decision-session').getAttribute('data-session-id'))!;
  await reopenCannotChangeOwnAssessment(browser, browserMode, 'Pia Pedersen', sessionId);

  // No decision: no NAV exemption codes, no summons, and the API refuses a decision too.
  const step = vera.getByTestId('step-decision');
  await expect(step.getByRole('heading', { name: 'Vurdering til NAV-veilederen' })).toBeVisible();
  await expect(vera.getByTestId('decision-form')).toHaveCount(0);
  expect(
    await callApi(vera, 'decisions.decideNotNeeded', {
      sessionId,
      reasonCode: 'FORVENTET_FRISKMELDING_INNEN_28UKER',
      justification: 'Venter tilbake i arbeid innen 28 uker.',
    }),
  ).toMatchObject({ ok: false, error: { reason: 'NOT_NAV_DECISION' } });
  expect(await callApi(vera, 'decisions.proposeSummon', { sessionId })).toMatchObject({
    ok: false,
    error: { reason: 'NOT_NAV_DECISION' },
  });
  const form = vera.getByTestId('assessment-for-nav-form');
  await form.getByRole('button', { name: 'Lag vurderingen til NAV' }).click();
  await expect(vera.getByTestId('assessment-for-nav-error-summary')).toContainText('Velg hva du anbefaler NAV.');
  await form.getByRole('radio', { name: 'Dialogmøte 2 er trolig ikke nødvendig' }).check();
  await form
    .getByLabel('Begrunnelse til NAV-veilederen')
    .fill('Gradert opptrapping er avtalt med arbeidsgiver fra neste uke.');
  await form.getByRole('button', { name: 'Lag vurderingen til NAV' }).click();
  const done = vera.getByTestId('assessment-for-nav-done');
  await expect(done.getByRole('heading', { name: 'Vurderingen til NAV-veilederen er klar' })).toBeVisible();
  const text = vera.getByTestId('information-text');
  await expect(text).toContainText('Vurdering til NAV-veilederen: dialogmøte 2');
  await expect(text).toContainText('ikke en beslutning');
  await expect(text).toContainText('Gradert opptrapping er avtalt med arbeidsgiver fra neste uke.');
  await expect(text).not.toContainText('Du har rett til å be om et dialogmøte');
  // The same assessment in nynorsk (issue 17): the counselor chooses the written standard.
  await vera.getByTestId('assessment-for-nav-text').getByRole('radio', { name: 'Nynorsk' }).check();
  await expect(text).toHaveAttribute('lang', 'nn');
  await expect(text).toContainText('Vurdering til NAV-rettleiaren: dialogmøte 2');
  await expect(text).toContainText('ikkje ei avgjerd');
  await expect(text).toContainText('Grunngiving: Gradert opptrapping er avtalt med arbeidsgiver fra neste uke.');
  await vera.getByTestId('assessment-for-nav-text').getByRole('radio', { name: 'Bokmål' }).check();
  await expect(text).toContainText('Vurdering til NAV-veilederen: dialogmøte 2');
  await expect(vera.getByRole('heading', { name: /^Informasjon til/ })).toHaveCount(0);
  await expect(vera.getByTestId('letter-handover')).toHaveCount(0);
  await saveScreenshot(vera, 'decisions-9-assessment-for-nav');
  expect(await seriousA11yViolations(vera)).toEqual([]);
  const listed = (await callApi(vera, 'decisions.listCases', {})) as {
    data: { decision: { recordKind: string; informationText: string | null; reasonCode: string | null } }[];
  };
  expect(listed.data[0]!.decision).toMatchObject({
    recordKind: 'assessmentForNav',
    informationText: null,
    reasonCode: null,
  });
  await vera.getByRole('link', { name: 'Tilbake til sakene' }).click();
  await expect(vera.getByTestId('decision-cases').getByRole('row', { name: /Pia Pedersen/ })).toContainText(
    'Vurdering til NAV laget',
  );

  // The same screens in nynorsk (issue 17, acceptance 4), down to why decision support stops.
  await chooseInUserMenu(vera, 'Nynorsk', 'menuitemradio');
  await vera.keyboard.press('Escape');
  await expect(vera.getByTestId('decision-cases').getByRole('row', { name: /Pia Pedersen/ })).toContainText(
    'Vurdering til NAV laga',
  );
  expect(await callApi(page, 'privacy.removeBasis', { purpose: 'decisionSupport' })).toMatchObject({ ok: true });
  const hovudmeny = vera.getByRole('navigation', { name: 'Hovudmeny' });
  await hovudmeny.getByRole('link', { name: 'Mine deltakarar' }).click();
  await hovudmeny.getByRole('link', { name: 'Dialogmøte 2' }).click();
  const refused = vera.getByTestId('decisions-unavailable');
  await expect(refused).toContainText('Avgjerdsstøtte manglar behandlingsgrunnlag');
  await expect(refused).toContainText(
    'Avgjerdsstøtta er slått av fordi organisasjonen ikkje har registrert behandlingsgrunnlag for ho.',
  );
  await expect(refused).not.toContainText('Beslutningsstøtte');
});
