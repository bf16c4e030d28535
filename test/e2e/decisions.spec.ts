import fs from 'node:fs/promises';
import type { Browser, Page } from '@playwright/test';
import { expect, saveScreenshot, seriousA11yViolations, test, type BrowserModeHost } from './fixtures';
import { addUser, COUNSELOR_PASSWORD, logIn, PARTICIPANT_PASSWORD, setUpOrganisation } from './flows';

/** A date n days before today (local), as the date input takes it. */
function daysAgo(n: number): string {
  const d = new Date();
  d.setDate(d.getDate() - n);
  const pad = (x: number) => String(x).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Calls a procedure by name from the page (for procedures the typed client may not list in every checkout). */
async function callApi(page: Page, name: string, input: unknown): Promise<{ ok: boolean; data?: unknown; error?: { code: string; reason?: string; message: string } }> {
  return page.evaluate(([n, i]) => (window.inkludmi!.call as unknown as (name: string, input: unknown) => Promise<never>)(n as string, i), [name, input] as const);
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

async function createCase(page: Page, c: { participant: string; start: string; percent: string; chapter: string; spells: string; age: string; notes?: string }) {
  await page.getByRole('button', { name: 'Ny sak' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ny sak om dialogmøte 2' })).toBeVisible();
  const form = page.getByTestId('new-case-form');
  await form.getByLabel('Deltaker').selectOption({ label: c.participant });
  await form.getByLabel('Første sykmeldingsdag').fill(c.start);
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

test('dialogmøte 2: own assessment before the prediction, dotplot and base rate, factors, "not needed" with its information text, a summons through the confirmation step, the monitor, the DPIA report and the model page', async ({ page, browser, browserMode }) => {
  test.setTimeout(240_000);
  await setUpOrganisation(page, browserMode);
  await addUser(page, { role: 'Veileder', name: 'Vera Veileder', username: 'vera', password: COUNSELOR_PASSWORD });
  for (const [name, username] of [
    ['Pia Pedersen', 'pia'],
    ['Ola Olsen', 'ola'],
    ['Kari Knutsen', 'kari'],
  ] as const) {
    await addUser(page, { role: 'Deltaker', name, username, password: PARTICIPANT_PASSWORD, counselor: 'Vera Veileder' });
  }

  // Decision support needs a recorded legal basis (the legal-basis register). Until then the screen says so.
  const vera = await counselorWindow(browser, browserMode);
  const nav = vera.getByRole('navigation', { name: 'Hovedmeny' });
  await nav.getByRole('link', { name: 'Dialogmøte 2' }).click();
  await expect(vera.getByRole('heading', { level: 1, name: 'Dialogmøte 2' })).toBeVisible();
  const register = await callApi(page, 'privacy.register', {});
  if (register.ok) {
    await expect(vera.getByTestId('decisions-unavailable')).toContainText('Beslutningsstøtte mangler behandlingsgrunnlag');
    await saveScreenshot(vera, 'decisions-0-no-legal-basis');
    const recorded = await callApi(page, 'privacy.recordBasis', {
      purpose: 'decisionSupport',
      basis: { article6: 'e', supplementaryBasis: 'folketrygdloven § 8-7 a', specialCategories: true, article9: 'b', article9SupplementaryBasis: 'folketrygdloven kapittel 8' },
    });
    expect(recorded).toMatchObject({ ok: true });
    await nav.getByRole('link', { name: 'Mine deltakere' }).click();
    await nav.getByRole('link', { name: 'Dialogmøte 2' }).click();
  }
  await expect(vera.getByTestId('cases-empty')).toBeVisible();

  // Cases: the form explains the ICPC-2 chapter letter and says what is missing.
  await vera.getByRole('button', { name: 'Ny sak' }).click();
  await vera.getByRole('button', { name: 'Opprett saken' }).click();
  await expect(vera.getByTestId('new-case-error-summary')).toContainText('Velg deltakeren saken gjelder.');
  await expect(vera.getByText('Velg bare kapittelet: bokstaven foran diagnosekoden på sykmeldingen (for eksempel L for L03).')).toBeVisible();
  expect(await seriousA11yViolations(vera)).toEqual([]);
  await vera.getByRole('button', { name: 'Avbryt' }).click();
  await createCase(vera, { participant: 'Pia Pedersen', start: daysAgo(125), percent: '100', chapter: 'P', spells: '2', age: '16–29 år', notes: 'Har kontakt med arbeidsgiver.' });
  await createCase(vera, { participant: 'Ola Olsen', start: daysAgo(130), percent: '50', chapter: 'L', spells: '0', age: '30–39 år' });
  await createCase(vera, { participant: 'Kari Knutsen', start: daysAgo(100), percent: '100', chapter: 'R', spells: '1', age: '16–29 år' });

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
  await expect(vera.getByTestId('prediction-locked')).toHaveText('Anslaget vises når du har registrert din egen vurdering.');
  await expect(vera.getByRole('button', { name: 'Vis anslaget' })).toHaveCount(0);
  // Not even the app will show it before the own assessment.
  const sessionId = await vera.getByTestId('decision-session').getAttribute('data-session-id');
  expect(await callApi(vera, 'decisions.showPrediction', { sessionId })).toMatchObject({ ok: false, error: { reason: 'OWN_ASSESSMENT_REQUIRED' } });
  await vera.getByRole('button', { name: 'Registrer min vurdering' }).click();
  await expect(vera.getByTestId('own-assessment-error-summary')).toContainText('Velg hva du selv tror.');
  await saveScreenshot(vera, 'decisions-1-own-assessment');
  expect(await seriousA11yViolations(vera)).toEqual([]);
  await recordOwnAssessment(vera, 'Nei, tilbake i arbeid før det', 'Møte ikke nødvendig');

  await vera.getByRole('button', { name: 'Vis anslaget' }).click();
  await expect(vera.getByTestId('prediction-frequency')).toHaveText(/^Av 100 personer i samme situasjon er om lag \d+ fortsatt sykmeldt etter 26 uker, og \d+ er tilbake i arbeid før det\.$/);
  const dotplot = vera.getByTestId('quantile-dotplot');
  await expect(dotplot.locator('svg.dotplot-svg circle')).toHaveCount(50);
  await expect(dotplot.locator('svg.dotplot-svg .dotplot-mark-text')).toHaveText(['10 %', '50 %', '90 %']);
  await expect(dotplot.getByRole('img', { name: /Prikkdiagram/ })).toBeVisible();
  await expect(vera.getByTestId('dotplot-text')).toContainText('Hver av de 50 prikkene står for 2 av 100 personer i samme situasjon');
  await expect(vera.getByTestId('base-rate')).toHaveText(/^Av 100 personer som fortsatt er sykmeldt etter 17 uker, er om lag \d+ fortsatt sykmeldt etter 26 uker\.$/);
  await saveScreenshot(vera, 'decisions-2-prediction');
  expect(await seriousA11yViolations(vera)).toEqual([]);

  await vera.getByRole('button', { name: 'Vis hvor godt modellen treffer' }).click();
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
  await saveScreenshot(vera, 'decisions-4-not-needed');
  expect(await seriousA11yViolations(vera)).toEqual([]);
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
  await decision.getByRole('radio', { name: 'Innkalling til dialogmøte 2' }).check();
  await decision.getByLabel('Begrunnelse (valgfritt)').fill('Usikker tilrettelegging, trenger møte med arbeidsgiver.');
  await decision.getByRole('button', { name: 'Gå videre til bekreftelse' }).click();
  const confirmation = vera.getByTestId('summon-confirmation');
  await expect(confirmation.getByRole('heading', { name: 'Bekreft innkalling av Ola Olsen' })).toBeFocused();
  await expect(confirmation).toContainText('folketrygdloven § 8-7 a');
  // Proposed is not decided.
  const listed = (await callApi(vera, 'decisions.listCases', {})) as { data: { decided: boolean }[] };
  expect(listed.data.filter((c) => c.decided)).toHaveLength(1);
  await confirmation.getByRole('button', { name: 'Bekreft innkalling' }).click();
  await expect(confirmation).toContainText('Kryss av for at du har vurdert saken selv, eller gå tilbake.');
  await saveScreenshot(vera, 'decisions-5-summon-confirmation');
  expect(await seriousA11yViolations(vera)).toEqual([]);
  await confirmation.getByText('Jeg har vurdert saken selv, og jeg vil registrere innkalling til dialogmøte 2.').click();
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
  await expect(vera.getByTestId('case-already-decided')).toContainText('møte ikke nødvendig (Forventet friskmelding innen 28 ukers sykmelding)');
  await expect(vera.getByTestId('information-text')).toContainText('Du kan be om et dialogmøte');
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

  const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Last ned som JSON' }).click()]);
  const report = JSON.parse(await fs.readFile((await jsonDownload.path())!, 'utf8')) as { kind: string; monitor: { overall: { decisions: number }; counselors: { label: string }[] } };
  expect(report.kind).toBe('inkludmi-decision-support-dpia');
  expect(report.monitor.overall.decisions).toBe(2);
  expect(report.monitor.counselors.map((c) => c.label)).toEqual(['Veileder 1']);
  const [mdDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Last ned som Markdown' }).click()]);
  expect(mdDownload.suggestedFilename()).toMatch(/^dpia-beslutningsstotte-\d{4}-\d{2}-\d{2}\.md$/);
  expect(await fs.readFile((await mdDownload.path())!, 'utf8')).toContain('# Beslutningsstøtte for dialogmøte 2');

  await page.getByRole('link', { name: 'Beslutningsmodellen: modellkort, kalibrering og import' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Beslutningsmodellen' })).toBeVisible();
  const card = page.getByTestId('model-card');
  await expect(card.getByRole('heading', { name: 'Modellkort: InkludMI grunnmodell for sykefraværets varighet' })).toBeVisible();
  await expect(card.getByRole('heading', { name: 'Datakilder – hvert tall og hvor det er hentet' })).toBeVisible();
  await expect(page.getByTestId('model-calibration').getByRole('row')).not.toHaveCount(0);
  await expect(page.getByTestId('model-sources')).toContainText('Hyppig gjentakende sykefravær');
  await expect(page.getByTestId('local-training')).toContainText('InkludMI trener aldri en modell på opplysningene om deltakerne.');
  // A bad model file is refused with a clear message, and the active model is kept.
  await page.getByTestId('model-import').locator('input[type="file"]').setInputFiles({ name: 'ny-modell.json', mimeType: 'application/json', buffer: Buffer.from('{"schemaVersion": 1, "name": "Uten kalibrering"}') });
  await page.getByRole('button', { name: 'Importer modellen' }).click();
  await expect(page.getByTestId('model-import-result')).toContainText('Filen ble avvist. Den aktive modellen, versjon 1.0.0, er beholdt.');
  await expect(page.getByTestId('model-import-result')).toContainText('Den aktive modellen er beholdt.');
  await expect(page.getByTestId('model-version')).toHaveText('1.0.0');
  await saveScreenshot(page, 'decisions-8-model');
  expect(await seriousA11yViolations(page)).toEqual([]);
});
