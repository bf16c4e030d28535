import fs from 'node:fs/promises';
import type { Browser, Page } from '@playwright/test';
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
 * Data protection by design (issue 9) end to end. Acceptance 4: the participant is shown the notice
 * at first login and the reading is recorded; the admin changes the register in the UI (with the
 * guidance beside it), the notice gets a new version, the participant is shown the new one at the
 * next login, and that reading is recorded too. Acceptance 3 (the UI explains why): a purpose
 * without a recorded basis says so where its feature would be.
 */

async function participantWindow(browser: Browser, host: BrowserModeHost): Promise<Page> {
  const context = await browser.newContext({
    locale: 'nb-NO',
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  await page.goto(host.url);
  // A new window shows the participants' sign-in while deltakermodus is on; staff sign in there too.
  await expect(page.getByRole('heading', { level: 1, name: /^(Logg inn|Deltakermodus)$/ })).toBeVisible();
  return page;
}

test.use({ actionTimeout: 15_000 });

test('the notice follows the register: shown at first login and after a change, and every reading is recorded', async ({
  page,
  browser,
  browserMode,
}) => {
  test.setTimeout(240_000);
  await setUpOrganisation(page, browserMode);
  // The organisation's role first: no feature runs without it (issue 18). Recorded through the API here.
  expect(
    await call(page, 'privacy.setOrganisation', {
      role: 'controller',
      contact: { name: 'Personvernansvarlig', email: 'personvern@eksempel.invalid' },
    }),
  ).toMatchObject({ ok: true });
  await addUser(page, { role: 'Veileder', name: 'Vera Veileder', username: 'vera', password: COUNSELOR_PASSWORD });
  await addUser(page, {
    role: 'Deltaker',
    name: 'Pia Pedersen',
    username: 'pia',
    password: PARTICIPANT_PASSWORD,
    counselor: 'Vera Veileder',
  });

  // No basis for points and badges yet: the settings say why the switched-on feature does not run.
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Innstillinger' }).click();
  await expect(page.getByTestId('feature-gamification-reason')).toContainText(
    'ikke har registrert behandlingsgrunnlag',
  );
  await expect(page.getByTestId('purpose-reason-gamification')).toContainText('Personvern');
  await expect(page.getByTestId('purpose-reason-statistics')).toContainText('Statistikk er slått av');

  // ---- First login: the notice comes first on her page; she reads it and that is recorded.
  // (Version 1 was made at the admin's login, version 2 when the role was recorded.)
  const pia = await participantWindow(browser, browserMode);
  await logInParticipant(pia, 'pia', PARTICIPANT_PASSWORD);
  await expect(pia.getByRole('heading', { level: 1, name: 'Hei, Pia Pedersen!' })).toBeVisible();
  const prompt = pia.getByTestId('notice-prompt');
  await expect(prompt.getByRole('heading', { level: 2, name: 'Les personvernerklæringen' })).toBeVisible();
  // The short notice first; the full text is one tap away.
  await expect(prompt.getByTestId('notice-summary')).toContainText('Hvem du kan spørre');
  await expect(prompt.getByTestId('notice-summary')).toContainText('Personvernansvarlig');
  await prompt.getByRole('button', { name: 'Les hele personvernerklæringen' }).click();
  await expect(prompt.getByTestId('notice')).toHaveAttribute('data-version', '2');
  await expect(prompt).toContainText('Hvem som er ansvarlig');
  await expect(prompt).toContainText('Rettighetene dine');
  await expect(prompt.locator('[data-section="gamification"]')).toHaveCount(0);
  await expect(pia.getByTestId('gamification-unavailable')).toContainText('behandlingsgrunnlag');
  expect(await seriousA11yViolations(pia)).toEqual([]);
  await prompt.getByRole('button', { name: 'Jeg har lest personvernerklæringen' }).click();
  await expect(pia.getByTestId('notice-acknowledged')).toContainText(
    'Takk. Vi har registrert at du har lest versjon 2.',
  );
  await logOut(pia);
  await logInParticipant(pia, 'pia', PARTICIPANT_PASSWORD);
  await expect(pia.getByRole('heading', { level: 1, name: 'Hei, Pia Pedersen!' })).toBeVisible();
  await expect(pia.getByTestId('notice-prompt')).toHaveCount(0);
  await logOut(pia);

  // ---- The admin's register: the guidance, the version and who read it.
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Personvern' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Personvern' })).toBeVisible();
  const guide = page.getByTestId('privacy-guide');
  await expect(guide).toContainText('Samtykke er sjelden gyldig her');
  await expect(guide).toContainText('Poeng og merker kan vippe en interesseavveiing');
  await expect(page.getByTestId('notice-current-version')).toHaveText('Gjeldende versjon: 2');
  await expect(page.getByTestId('notice-version-2')).toContainText('1 deltaker');
  await expect(page.getByTestId('audit-limitation')).toContainText('Revisjonsloggen slettes ikke automatisk');
  await expect(page.getByTestId('backup-limitation')).toContainText('sikkerhetskopier');
  const card = page.getByTestId('purpose-gamification');
  await expect(card.getByTestId('purpose-status')).toHaveText('Mangler grunnlag – slått av');

  // Legitimate interest needs the three steps of a balancing test: refused at the field until written.
  await card.getByRole('button', { name: 'Registrer grunnlag: Poeng og merker' }).click();
  const form = card.getByTestId('basis-form-gamification');
  await form
    .getByLabel('Grunnlag etter artikkel 6')
    .selectOption({ label: 'Berettiget interesse (art. 6 nr. 1 bokstav f)' });
  await expect(form.getByTestId('article6-guidance')).toContainText(
    'Spillifisering, poeng og merker kan vippe avveiingen',
  );
  await form.getByRole('checkbox', { name: /helseopplysninger/ }).uncheck();
  await form.getByRole('button', { name: 'Lagre' }).click();
  await expect(form.getByText('Beskriv den berettigede interessen (formålet).').first()).toBeVisible();
  await expect(page.getByTestId('notice-current-version')).toHaveText('Gjeldende versjon: 2');
  await form.getByLabel(/trinn 1/).fill('Motivasjon gjennom synlig fremdrift i aktivitetsplanen.');
  await form.getByLabel(/Trinn 2/).fill('Bare for dem som selv slår det på; uten poengene vises bare fremdriften.');
  await form
    .getByLabel(/Trinn 3/)
    .fill('Ingen sammenligning, ingen tap, slettes straks det slås av, brukes aldri til noe annet.');
  await form.getByRole('button', { name: 'Lagre' }).click();
  await expect(page.getByTestId('privacy-message')).toContainText('Grunnlaget for «Poeng og merker» er registrert.');
  await expect(card.getByTestId('purpose-status')).toHaveText('Grunnlag registrert');
  await expect(card.getByTestId('warning-GAMIFICATION_BALANCING')).toContainText('kan vippe interesseavveiingen');
  // The register changed, so the notice has a new version nobody has read yet.
  await expect(page.getByTestId('notice-current-version')).toHaveText('Gjeldende versjon: 3');
  await expect(page.getByTestId('notice-version-3')).toContainText('0 deltakere');
  await saveScreenshot(page, 'privacy-admin');
  expect(await seriousA11yViolations(page)).toEqual([]);

  // ---- Next login: the changed notice, with the new section; her reading is recorded again.
  await logInParticipant(pia, 'pia', PARTICIPANT_PASSWORD);
  const again = pia.getByTestId('notice-prompt');
  await expect(again.getByRole('heading', { level: 2, name: 'Personvernerklæringen er endret' })).toBeVisible();
  await again.getByRole('button', { name: 'Les hele personvernerklæringen' }).click();
  await expect(again.getByTestId('notice')).toHaveAttribute('data-version', '3');
  await expect(again.locator('[data-section="gamification"]')).toContainText('Poeng og merker er frivillig');
  // Points and badges wait until she has seen the changed notice.
  await expect(pia.getByTestId('gamification-unavailable')).toContainText('personvernerklæringen');
  await saveScreenshot(pia, 'privacy-notice-changed');
  await again.getByRole('button', { name: 'Jeg har lest personvernerklæringen' }).click();
  await expect(pia.getByTestId('notice-acknowledged')).toContainText(
    'Takk. Vi har registrert at du har lest versjon 3.',
  );
  await expect(pia.getByTestId('gamification-unavailable')).toHaveCount(0);

  // Her privacy page: which version she read, and everything stored about her as a file.
  await pia.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Personvern' }).click();
  await expect(pia.getByTestId('notice-read')).toContainText('Du leste versjon 3');
  const download = pia.waitForEvent('download');
  await pia.getByRole('button', { name: 'Last ned som fil (JSON)' }).click();
  const file = await (await download).path();
  const exported = await fs.readFile(file, 'utf8');
  expect(exported).toContain('Pia Pedersen');
  expect(JSON.parse(exported)).toBeTruthy();
  await expect(pia.getByTestId('export-message')).toContainText('er lastet ned');
  expect(await seriousA11yViolations(pia)).toEqual([]);

  // The admin sees the reading of version 2.
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Brukere' }).click();
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Personvern' }).click();
  await expect(page.getByTestId('notice-version-3')).toContainText('1 deltaker');
  await expect(page.getByTestId('notice-version-2')).toContainText('1 deltaker');
});

/** Calls the app's API as the person logged in on this page (setup shortcuts and checks). */
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

test('rights from both sides: a request with its deadline, an objection that stops the feature for her, and an erasure that lists what is kept and what it cannot reach', async ({
  page,
  browser,
  browserMode,
}) => {
  test.setTimeout(240_000);
  await setUpOrganisation(page, browserMode);
  await expect(page.getByTestId('register-reminder')).toContainText('Registrer behandlingsgrunnlagene');
  expect(
    await call(page, 'privacy.setOrganisation', { role: 'controller', contact: { name: 'Personvernansvarlig' } }),
  ).toMatchObject({ ok: true });
  // Points and badges on legitimate interest (so an objection applies), recorded through the API here.
  expect(
    await call(page, 'privacy.recordBasis', {
      purpose: 'gamification',
      basis: {
        article6: 'f',
        balancingTest: {
          purpose: 'Synlig fremdrift.',
          necessity: 'Bare når deltakeren slår det på.',
          balancing: 'Ingen sammenligning, ingen tap.',
        },
      },
    }),
  ).toMatchObject({ ok: true });
  await addUser(page, { role: 'Veileder', name: 'Vera Veileder', username: 'vera', password: COUNSELOR_PASSWORD });
  await addUser(page, {
    role: 'Deltaker',
    name: 'Pia Pedersen',
    username: 'pia',
    password: PARTICIPANT_PASSWORD,
    counselor: 'Vera Veileder',
  });

  // ---- Pia asks for erasure and objects to points and badges, from her own privacy page.
  const pia = await participantWindow(browser, browserMode);
  await logInParticipant(pia, 'pia', PARTICIPANT_PASSWORD);
  // Points and badges wait until she has seen the notice (her counselor goes through it with her below).
  await expect(pia.getByTestId('gamification-unavailable')).toContainText('personvernerklæringen');
  await pia.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Personvern' }).click();
  await expect(pia.getByRole('heading', { level: 1, name: 'Personvern' })).toBeVisible();
  await expect(pia.getByText('Sikkerhetskopier som er tatt før')).toBeVisible();
  await pia.getByLabel('Hva gjelder det?').selectOption({ label: 'Sletting' });
  await pia
    .getByLabel('Hva vil du at vi skal gjøre? (valgfritt)')
    .fill('Jeg er ferdig i tiltaket og vil ha alt slettet.');
  await pia.getByRole('button', { name: 'Send kravet' }).click();
  await expect(pia.getByTestId('request-message')).toContainText('Kravet er registrert. Fristen for svar er');
  await expect(pia.getByTestId('my-requests')).toContainText('Sletting');
  await expect(pia.getByTestId('my-requests')).toContainText('Åpent, frist');
  await pia.getByLabel('Hva gjelder det?').selectOption({ label: 'Begrensning' });
  await pia.getByRole('button', { name: 'Send kravet' }).click();
  await expect(pia.getByTestId('my-requests').getByRole('listitem')).toHaveCount(2);
  await pia.getByLabel('Hva protesterer du mot?').selectOption({ label: 'Poeng og merker' });
  await pia.getByRole('button', { name: 'Registrer protesten' }).click();
  await expect(pia.getByTestId('objection-message')).toContainText('«Poeng og merker» brukes ikke for deg');
  expect(await seriousA11yViolations(pia)).toEqual([]);
  // Her page no longer offers points and badges, and says why.
  await pia.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Min side' }).click();
  await expect(pia.getByTestId('gamification-unavailable')).toContainText('protestert');
  await expect(pia.getByTestId('gamification')).toHaveCount(0);

  // ---- Her counselor goes through the notice with her in a session (recorded as such) and adds her statement.
  const vera = await participantWindow(browser, browserMode);
  await logIn(vera, 'vera', COUNSELOR_PASSWORD);
  await vera.getByTestId('caseload').getByRole('link', { name: 'Pia Pedersen' }).click();
  await vera.getByTestId('section-nav').getByRole('link', { name: 'Personvern' }).click();
  const status = vera.getByTestId('participant-notice-status');
  await expect(status).toContainText('Deltakeren har ikke fått personvernerklæringen ennå.');
  await vera.getByRole('button', { name: 'Gå gjennom erklæringen sammen' }).click();
  await expect(vera.getByTestId('counselor-privacy').getByTestId('notice')).toContainText('Rettighetene dine');
  await vera.getByRole('button', { name: 'Vi har gått gjennom erklæringen sammen' }).click();
  // The role and the basis each made a version of the notice: they went through the current one.
  await expect(status).toContainText(/Dere gikk gjennom versjon \d+ sammen/);
  await vera.getByLabel('Deltakerens merknad').fill('Jeg var ikke syk i mars, det var ferie.');
  await vera.getByRole('button', { name: 'Legg til merknaden' }).click();
  await expect(vera.getByText('Merknaden er lagt til, og kravet om retting er registrert som utført.')).toBeVisible();
  expect(await seriousA11yViolations(vera)).toEqual([]);
  await logOut(vera);

  // ---- The admin: both requests with their deadline, the objection to decide, then the erasure.
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Personvern' }).click();
  const requests = page.getByTestId('privacy-requests');
  await expect(requests.getByRole('row', { name: /Pia Pedersen.*Sletting/ })).toContainText('Åpent, frist');
  await expect(requests.getByRole('row', { name: /Pia Pedersen.*Protest/ })).toBeVisible();
  // A request refused by hand needs the reason she is told.
  await requests.getByRole('button', { name: 'Avslutt kravet om begrensning fra Pia Pedersen' }).click();
  const closeDialog = page.getByRole('dialog', { name: 'Avslutte kravet om begrensning fra Pia Pedersen' });
  await closeDialog.getByRole('button', { name: 'Avslå kravet' }).click();
  await expect(closeDialog).toContainText('Skriv hvorfor kravet avslås');
  await closeDialog
    .getByLabel('Merknad eller begrunnelse')
    .fill('Opplysningene er riktige; vi har gått gjennom dem sammen.');
  await closeDialog.getByRole('button', { name: 'Avslå kravet' }).click();
  await expect(page.getByTestId('requests-message')).toContainText(
    'Kravet om begrensning fra Pia Pedersen er avslått.',
  );
  await expect(requests.getByRole('row', { name: /Begrensning/ })).toHaveCount(0);
  const pending = page.getByTestId('pending-objections');
  await expect(pending).toContainText('Protest mot «Poeng og merker»');
  await pending.getByRole('button', { name: 'Avslå' }).click();
  // Rejecting needs the compelling grounds written down: the app's own refusal, and the objection stays.
  await expect(page.getByRole('alert').filter({ hasText: 'Skriv de tungtveiende berettigede grunnene' })).toBeVisible();
  await expect(pending).toContainText('Protest mot «Poeng og merker»');
  await pending.getByRole('button', { name: 'Ta protesten til følge' }).click();
  await expect(page.getByText('Protesten er avgjort.')).toBeVisible();
  await expect(page.getByTestId('pending-objections')).toHaveCount(0);

  const rights = page.getByTestId('participant-rights');
  await rights.getByLabel('Deltaker').selectOption({ label: 'Pia Pedersen' });
  await rights.getByRole('button', { name: 'Vis hva sletting fjerner' }).click();
  const plan = rights.getByTestId('erasure-plan');
  await expect(plan).toContainText('Dette slettes:');
  await expect(plan).toContainText('Dette beholdes, og hvorfor:');
  await expect(plan.getByTestId('erasure-backups')).toContainText('Sikkerhetskopier som ble tatt før slettingen');
  expect(await seriousA11yViolations(page)).toEqual([]);
  await plan.getByRole('button', { name: 'Slett Pia Pedersen' }).click();
  await expect(page.getByTestId('rights-message')).toContainText('Pia Pedersen er slettet');
  // Her erasure request is closed by it: nothing open is left.
  await expect(page.getByTestId('privacy-requests')).toHaveCount(0);
  await expect(page.getByText('Ingen åpne krav.')).toBeVisible();

  // ---- Her erasure ended her session: the window she left open goes back to the sign-in by itself
  // (at the latest at the next status check, every 15 s), and she cannot log in any more.
  await expect(pia.getByRole('heading', { level: 1, name: /^(Logg inn|Deltakermodus)$/ })).toBeVisible({
    timeout: 30_000,
  });
  await logInParticipant(pia, 'pia', PARTICIPANT_PASSWORD);
  await expect(pia.getByTestId('login-error')).toHaveText('Feil brukernavn eller passord.');
});
