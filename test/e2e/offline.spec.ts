import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { ensureTinyModel } from '../../models/tiny/generate';
import { expect, startBrowserMode, test } from './fixtures';
import { addUser, COUNSELOR_PASSWORD, logIn, PARTICIPANT_PASSWORD, setUpOrganisation } from './flows';

/**
 * Offline by construction (issue 10, acceptance 2): while a counselor logs in, opens the caseload,
 * chats with the tiny model in a session and opens the settings, every request the page makes —
 * documents, scripts, styles, fonts, images, API calls, the event stream, WebSockets — goes to the
 * page's own origin. Requests the CSP blocks never reach the network and so never show up as
 * requests: the page's CSP violation reports are recorded as well and must be empty.
 */

interface Traffic {
  requests: { url: string; type: string }[];
  websockets: string[];
}

/** Records everything the context's pages ask for, from before the first navigation. */
async function recordTraffic(context: BrowserContext): Promise<Traffic> {
  const traffic: Traffic = { requests: [], websockets: [] };
  context.on('request', (request) => traffic.requests.push({ url: request.url(), type: request.resourceType() }));
  context.on('page', (page) => page.on('websocket', (socket) => traffic.websockets.push(socket.url())));
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return traffic;
}

async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}

function foreign(traffic: Traffic, origin: string): string[] {
  const urls = [...traffic.requests.map((r) => r.url), ...traffic.websockets];
  return urls.filter((url) => {
    if (url.startsWith('data:') || url.startsWith('blob:')) return false;
    return new URL(url).origin !== origin;
  });
}

test('every request the page makes while a counselor logs in, works the caseload, chats and opens the settings goes to its own origin', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const modelDir = await fs.mkdtemp(path.join(os.tmpdir(), 'inkludmi-e2e-model-'));
  const { host, stop } = await startBrowserMode({ env: { INKLUDMI_CHAT_MAX_TOKENS: '24' } });
  try {
    // --- The admin sets up the organisation, two accounts and the tiny model (recorded as well) ---
    const adminContext = await browser.newContext({ locale: 'nb-NO', viewport: { width: 1280, height: 860 } });
    const adminTraffic = await recordTraffic(adminContext);
    const admin = await adminContext.newPage();
    await setUpOrganisation(admin, host);
    await addUser(admin, { role: 'Veileder', name: 'Vera Veileder', username: 'vera', password: COUNSELOR_PASSWORD });
    await addUser(admin, {
      role: 'Deltaker',
      name: 'Pia Pedersen',
      username: 'pia',
      password: PARTICIPANT_PASSWORD,
      counselor: 'Vera Veileder',
    });
    await admin.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Modeller' }).click();
    const tiny = await ensureTinyModel(modelDir);
    await admin.getByTestId('import-path').fill(tiny);
    await admin.getByTestId('import-button').click();
    await expect(admin.getByTestId('models-message')).toContainText('er importert (sha256');
    await admin.getByTestId('active-chat').selectOption(path.basename(tiny));
    await admin.getByTestId('save-active').click();
    await expect(admin.getByTestId('models-message')).toContainText('er nå aktiv samtalemodell');
    // The chatbot runs only with a recorded legal basis (when the build has the register).
    const register = await admin.evaluate(() =>
      (window.inkludmi!.call as (n: string, i: object) => Promise<{ ok: boolean }>)('privacy.register', {}),
    );
    if (register.ok) {
      // The organisation's role and an art. 9 condition come first (issue 18).
      const role = await admin.evaluate(() =>
        (window.inkludmi!.call as (n: string, i: object) => Promise<{ ok: boolean }>)('privacy.setOrganisation', {
          role: 'controller',
          contact: { name: 'Personvernansvarlig' },
        }),
      );
      expect(role.ok).toBe(true);
      const recorded = await admin.evaluate(() =>
        (window.inkludmi!.call as (n: string, i: object) => Promise<{ ok: boolean }>)('privacy.recordBasis', {
          purpose: 'chatbot',
          basis: {
            article6: 'e',
            supplementaryBasis: 'tiltaksforskriften § 1-7',
            specialCategories: true,
            article9: 'b',
            article9SupplementaryBasis: 'arbeidsmarkedsloven § 12',
          },
        }),
      );
      expect(recorded.ok).toBe(true);
    }

    // --- The counselor: login, caseload, a chat turn in a session, settings ---
    const context = await browser.newContext({ locale: 'nb-NO', viewport: { width: 1280, height: 860 } });
    const traffic = await recordTraffic(context);
    const vera = await context.newPage();
    await vera.goto(host.url);
    await expect(vera.getByTestId('offline-badge')).toHaveText('Frakoblet');
    await logIn(vera, 'vera', COUNSELOR_PASSWORD);
    await expect(vera.getByRole('heading', { level: 1, name: 'Mine deltakere' })).toBeVisible();
    const caseload = vera.getByTestId('caseload');
    await expect(caseload.getByRole('rowheader')).toHaveText(['Pia Pedersen']);
    await caseload.getByRole('link', { name: 'Pia Pedersen' }).click();
    await expect(vera.getByRole('heading', { level: 1, name: 'Pia Pedersen' })).toBeVisible();

    // The chatbot waits until Pia has seen the notice: they go through it together in the session.
    await vera.getByTestId('section-nav').getByRole('link', { name: 'Personvern' }).click();
    await vera.getByRole('button', { name: 'Gå gjennom erklæringen sammen' }).click();
    await vera.getByRole('button', { name: 'Vi har gått gjennom erklæringen sammen' }).click();
    await expect(vera.getByTestId('participant-notice-status')).toContainText('Dere gikk gjennom versjon');
    await vera.getByTestId('section-nav').getByRole('link', { name: 'Samtaler' }).click();
    await vera.getByRole('button', { name: 'Start en samtale i økten' }).click();
    const answers = vera.getByTestId('assistant-message');
    await expect(vera.getByTestId('chat-input')).toBeVisible();
    const before = await answers.count();
    await vera.getByTestId('chat-input').fill('Hva er arbeidstrening?');
    await vera.getByTestId('chat-send').click();
    await expect(vera.getByTestId('chat-stop')).toBeVisible();
    await expect(vera.getByTestId('chat-send')).toBeVisible({ timeout: 180_000 });
    await expect(answers).toHaveCount(before + 1);
    await expect(answers.last().getByTestId('message-text')).not.toBeEmpty();

    await vera.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Innstillinger' }).click();
    await expect(vera.getByRole('heading', { level: 1, name: 'Innstillinger' })).toBeVisible();
    await expect(vera.getByTestId('setting-contentProtection')).toContainText('På');

    // The recorder saw the kinds of traffic that matter (so an empty list proves something) ...
    const ownOrigin = (type: string) =>
      traffic.requests.filter((r) => r.type === type && new URL(r.url).origin === host.origin);
    expect(ownOrigin('document').length).toBeGreaterThan(0);
    expect(ownOrigin('script').length).toBeGreaterThan(0);
    expect(ownOrigin('stylesheet').length).toBeGreaterThan(0);
    expect(ownOrigin('font').length, 'the bundled Source Sans 3 is served by the app').toBeGreaterThan(0);
    expect(
      traffic.requests.some((r) => new URL(r.url).pathname === '/api/events'),
      'the event stream (SSE)',
    ).toBe(true);
    expect(
      traffic.requests.filter((r) => new URL(r.url).pathname.startsWith('/api/call/chat.')).length,
    ).toBeGreaterThan(0);
    // ... and all of it went to the page's own origin, with nothing blocked by the CSP on the way.
    expect(foreign(traffic, host.origin)).toEqual([]);
    expect(foreign(adminTraffic, host.origin)).toEqual([]);
    expect(await cspViolations(vera)).toEqual([]);
    expect(await cspViolations(admin)).toEqual([]);
    await context.close();
    await adminContext.close();
  } finally {
    await stop();
    await fs.rm(modelDir, { recursive: true, force: true });
  }
});
