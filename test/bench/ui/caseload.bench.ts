/**
 * UI benchmark (issue 6, acceptance 5): how long "Mine deltakere" and a participant profile take to
 * render in Chromium with the store issue's benchmark organisation (5,000 participants, 500,000
 * chat messages, 50,000 notes, plus profiles, stages, steps, rulers, appointments and reminders).
 * Prints figures; asserts nothing (ARCHITECTURE.md: benchmarks are never timed assertions).
 *
 *   npm run bench:ui [-- --reps 100] [--caseload 500] [--scale 1] [--dir DIR] [--keep]
 *
 * Measured: the first caseload after logging in (from the click on «Logg inn» until the first page
 * is painted, every repetition a new login), the caseload as it opens (the first page of 50, as in
 * NAV's own caseload), a profile opened from it, and the caseload with "Vis alle" (all of the
 * counselor's participants: 500 by default, the most the list shows at once). "Vis alle" is one table
 * that scrolls with the page and keeps only the rows on screen in the document: it is ready when the
 * table holds all of them and real rows fill the window; it is then also timed scrolled to its end
 * (the last participant rendered and painted). Each is printed with its p95 and its max over `--reps`
 * renders.
 * A render is timed in the page, from the click that opens the screen until the screen shows its
 * data and the next frame is painted: the route change, the API calls through the loopback host
 * (dispatcher, SQLCipher, audit entry), React rendering and layout. The API part is reported beside
 * it from Resource Timing. The browser is Debian's Chromium, headless, as in the end-to-end tests.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { CHROMIUM_PATH } from '../../../playwright.config.js';
import { startBrowserMode } from '../../e2e/fixtures.js';
import { FULL_SIZE } from '../db/synthetic.js';
import { BENCH_COUNSELOR, buildBenchOrganisation } from './organisation.js';

const { values } = parseArgs({
  options: {
    reps: { type: 'string', default: '100' },
    caseload: { type: 'string', default: '500' },
    scale: { type: 'string', default: '1' },
    dir: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const REPS = Number(values.reps);
const SCALE = Number(values.scale);
const CASELOAD = Number(values.caseload);
const TARGET_MS = 300;

const log = (line = '') => process.stdout.write(line + '\n');
const fmt = (x: number) => (Number.isNaN(x) ? '-' : x >= 100 ? x.toFixed(0) : x.toFixed(1));

interface Stats {
  n: number;
  first: number;
  p50: number;
  p95: number;
  max: number;
}
function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
  return { n: samples.length, first: samples[0]!, p50: at(0.5), p95: at(0.95), max: sorted.at(-1)! };
}

/**
 * Clicks `clickSelector` in the page and resolves, in ms, when `ready()` holds and a frame has been
 * painted after it. Also returns how long the named API calls took (Resource Timing, in the page).
 */
async function timedRender(
  page: Page,
  clickSelector: string,
  ready: string,
  apis: string[],
): Promise<{ total: number; api: Record<string, number>; calls: [string, number, number][] }> {
  return page.evaluate(
    async ({ clickSelector, ready, apis }) => {
      performance.clearResourceTimings();
      // SCROLL_TO_END: scroll the page to its end instead of clicking.
      const target = clickSelector === 'SCROLL_TO_END' ? null : document.querySelector<HTMLElement>(clickSelector);
      if (!target && clickSelector !== 'SCROLL_TO_END') throw new Error(`nothing to click: ${clickSelector}`);
      const isReady = new Function(`return (${ready})`) as () => boolean;
      const t0 = performance.now();
      if (target) target.click();
      else window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' });
      await new Promise<void>((resolve, reject) => {
        const deadline = t0 + 30_000;
        const check = () => {
          if (isReady()) resolve();
          else if (performance.now() > deadline) reject(new Error(`not ready: ${ready}`));
          else requestAnimationFrame(check);
        };
        check();
      });
      // The frame that shows it: after the next animation frame, once the browser has painted.
      await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const total = performance.now() - t0;
      const api: Record<string, number> = {};
      // Every API call of the render: procedure, start and end in ms after the click.
      const calls: [string, number, number][] = [];
      for (const e of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
        const name = apis.find((a) => e.name.endsWith(`/api/call/${a}`));
        if (name) api[name] = Math.max(api[name] ?? 0, e.responseEnd - e.startTime);
        const call = /\/api\/call\/([\w.]+)$/.exec(e.name)?.[1];
        if (call) calls.push([call, e.startTime - t0, e.responseEnd - t0]);
      }
      return { total, api, calls };
    },
    { clickSelector, ready, apis },
  );
}

/** The renderer's main-thread time (CDP Performance metrics, seconds → ms): steadier than wall clock on a shared machine. */
async function mainThreadMs(cdp: CDPSession): Promise<{ task: number; script: number; layout: number; style: number }> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const m = (name: string) => (metrics.find((x) => x.name === name)?.value ?? 0) * 1000;
  return {
    task: m('TaskDuration'),
    script: m('ScriptDuration'),
    layout: m('LayoutDuration'),
    style: m('RecalcStyleDuration'),
  };
}

async function measured(page: Page, cdp: CDPSession, clickSelector: string, ready: string, apis: string[]) {
  const before = await mainThreadMs(cdp);
  const r = await timedRender(page, clickSelector, ready, apis);
  const after = await mainThreadMs(cdp);
  return {
    ...r,
    cpu: after.task - before.task,
    script: after.script - before.script,
    layout: after.layout - before.layout,
    style: after.style - before.style,
  };
}

/** The caseload shows `n` rows (a page of 50: every row is in the document). */
const caseloadReady = (n: number) => `document.querySelectorAll('[data-testid="caseload"] tbody tr').length >= ${n}`;
/**
 * "Vis alle" shows the whole caseload of `n` in one table that scrolls with the page, with only the
 * rows on screen in the document: ready when the table holds all `n` (aria-rowcount, with the header
 * row) and real rows fill the window from the table down to its bottom edge (or to the last row).
 */
const allReady = (n: number) =>
  `(() => { const t = document.querySelector('[data-testid="caseload"]');
    if (!t || t.getAttribute('aria-rowcount') !== '${n + 1}') return false;
    return [...t.querySelectorAll('tbody tr[aria-rowindex]')].some((r) =>
      r.getBoundingClientRect().bottom >= innerHeight || r.getAttribute('aria-rowindex') === '${n + 1}'); })()`;
/** The last participant of "Vis alle" is in the document and on screen. */
const lastRowReady = (n: number) =>
  `(() => { const r = document.querySelector('[data-testid="caseload"] tbody tr[aria-rowindex="${n + 1}"]');
    return r !== null && r.getBoundingClientRect().bottom <= innerHeight + 1; })()`;
const PROFILE_READY = `document.querySelector('[data-testid="profile-details"]') !== null && document.querySelector('[data-testid="stage-timeline"]') !== null`;

async function main() {
  const root = values.dir ? path.resolve(values.dir) : fs.mkdtempSync(path.join(os.tmpdir(), 'inkludmi-bench-ui-'));
  const dataDir = path.join(root, 'data');
  // As in bench:db: a scale changes how much data there is, never the caseload.
  const size = {
    ...FULL_SIZE,
    counselors: Math.max(
      Math.ceil(CASELOAD / FULL_SIZE.participantsPerCounselor) + 1,
      Math.round(FULL_SIZE.counselors * SCALE),
    ),
    messages: Math.round(FULL_SIZE.messages * SCALE),
    notes: Math.round(FULL_SIZE.notes * SCALE),
  };
  log(
    `UI benchmark: caseload and profile in Chromium (${os.availableParallelism()} cores, ${os.cpus()[0]?.model ?? 'unknown CPU'})`,
  );
  log(
    `  organisation: ${size.counselors} counselors × ${size.participantsPerCounselor} participants, ${size.messages.toLocaleString('en-US')} messages, ${size.notes.toLocaleString('en-US')} notes; the bench counselor has ${CASELOAD}`,
  );

  let built = fs.existsSync(path.join(dataDir, 'inkludmi.db'));
  if (built) log(`  reusing ${dataDir}`);
  else {
    log(`  building in ${dataDir} …`);
    const t = performance.now();
    await buildBenchOrganisation(dataDir, log, size, new Date(), CASELOAD);
    log(`  built in ${((performance.now() - t) / 1000).toFixed(0)} s`);
    built = true;
  }

  const { host, stop } = await startBrowserMode({ dataDir });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const page = await browser.newPage({ locale: 'nb-NO', viewport: { width: 1280, height: 860 } });
    // tsx keeps function names with an `__name` helper, which the functions sent to the page call.
    await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    await page.goto(host.url);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    /** Fills the login form and times the click on «Logg inn» until the first page of the caseload is painted. */
    const timedLogin = async (rowsReady: number) => {
      await page.getByLabel('Brukernavn').fill(BENCH_COUNSELOR.username);
      await page.getByLabel('Passord', { exact: true }).fill(BENCH_COUNSELOR.password);
      await page
        .getByRole('button', { name: 'Logg inn', exact: true })
        .evaluate((b) => b.setAttribute('data-bench-login', ''));
      return measured(page, cdp, '[data-bench-login]', caseloadReady(rowsReady), ['caseload.list']);
    };
    const firstLogin = await timedLogin(1);
    await page.getByTestId('caseload-count').waitFor();
    const rows = Number(/\d+/.exec((await page.getByTestId('caseload-count').textContent()) ?? '')?.[0] ?? 0);
    log(`  logged in as ${BENCH_COUNSELOR.displayName}: ${rows} participants in "Mine deltakere"`);

    const samples = {
      login: [] as number[][],
      page: [] as number[][],
      profile: [] as number[][],
      all: [] as number[][],
      allEnd: [] as number[][],
    };
    const cold: number[] = [firstLogin.total];
    const parts: Record<keyof typeof samples, number[][]> = { login: [], page: [], profile: [], all: [], allEnd: [] };
    const perPage = Math.min(rows, 50);
    const record = (key: keyof typeof samples, r: Awaited<ReturnType<typeof measured>>, api: string) => {
      samples[key].push([r.total, r.api[api] ?? Number.NaN, r.cpu]);
      parts[key].push([r.script, r.style, r.layout]);
    };
    const loginCalls: [string, number, number][][] = [];
    const links = await page
      .locator('[data-testid="caseload"] a[data-row-link]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));

    // 0. The first caseload after login: log out, log in again, every repetition (after 2 warm-up).
    for (let i = 0; i < REPS + 2; i++) {
      await page.getByTestId('user-menu').click();
      await page.getByRole('menuitem', { name: 'Logg ut' }).click();
      await page.getByLabel('Brukernavn').waitFor();
      const r = await timedLogin(perPage);
      if (i >= 2) {
        record('login', r, 'caseload.list');
        loginCalls.push(r.calls);
      }
    }

    // 1. "Mine deltakere" as it opens (the first page of 50), then a profile from it. Two warm-up rounds.
    for (let i = 0; i < REPS + 2; i++) {
      await page.locator('a.header-nav-link[href="/om"]').click();
      await page.getByRole('heading', { level: 1 }).filter({ hasText: 'InkludMI' }).first().waitFor();
      const c = await measured(page, cdp, 'a.header-nav-link[href="/"]', caseloadReady(perPage), ['caseload.list']);
      const href = links[(i * 7) % links.length]!;
      const p = await measured(page, cdp, `[data-testid="caseload"] a[href="${href}"]`, PROFILE_READY, [
        'participants.profile',
      ]);
      if (i === 0) cold.push(c.total, p.total);
      if (i >= 2) {
        record('page', c, 'caseload.list');
        record('profile', p, 'participants.profile');
      }
    }

    // 2. "Vis alle": the whole caseload in one table, opened fresh (back from a profile to the list with all rows),
    // then scrolled to its end (the last participant rendered and painted).
    await page.locator('a.header-nav-link[href="/"]').click();
    if (rows > perPage) {
      await page.getByTestId('caseload-show-all').click();
      await page.evaluate(async (ready) => {
        const isReady = new Function(`return (${ready})`) as () => boolean;
        while (!isReady()) await new Promise((resolve) => requestAnimationFrame(resolve));
      }, allReady(rows));
      // A profile from the rows on screen when the list opens (the others are not in the document).
      const onScreen = Math.min(links.length, 8);
      for (let i = 0; i < REPS + 2; i++) {
        await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
        const href = links[(i * 11) % onScreen]!;
        await page.locator(`[data-testid="caseload"] a[href="${href}"]`).click();
        await page.getByTestId('profile-details').waitFor();
        const c = await measured(page, cdp, 'a.back-link', allReady(rows), ['caseload.list']);
        const end = await measured(page, cdp, 'SCROLL_TO_END', lastRowReady(rows), []);
        if (i >= 2) {
          record('all', c, 'caseload.list');
          record('allEnd', end, 'none');
        }
      }
    }

    log('');
    log(
      `  screen (${REPS} renders each, after 2 warm-up)   first     p50     p95     max   | API p50   p95 | renderer CPU p50   p95   target (p95)`,
    );
    const line = (label: string, xs: number[][]) => {
      if (xs.length === 0) return;
      const [s, api, cpu] = [0, 1, 2].map((k) => stats(xs.map((x) => x[k]!))) as [Stats, Stats, Stats];
      log(
        `  ${label.padEnd(44)}${fmt(s.first).padStart(6)}${fmt(s.p50).padStart(8)}${fmt(s.p95).padStart(8)}${fmt(s.max).padStart(8)}   |${fmt(api.p50).padStart(8)}${fmt(api.p95).padStart(6)} |${fmt(cpu.p50).padStart(17)}${fmt(cpu.p95).padStart(6)}   ${s.p95 < TARGET_MS ? 'ok' : 'OVER'} (< ${TARGET_MS} ms)`,
      );
    };
    line(`first caseload after login (${perPage} rows)`, samples.login);
    line(`Mine deltakere (first page, ${perPage} rows)`, samples.page);
    line('participant profile', samples.profile);
    line(`Mine deltakere, Vis alle (${rows} rows)`, samples.all);
    line(`Vis alle, scrolled to the last (row ${rows})`, samples.allEnd);
    for (const key of ['login', 'page', 'profile', 'all', 'allEnd'] as const) {
      if (parts[key].length === 0) continue;
      const [script, style, layout] = [0, 1, 2].map((k) => stats(parts[key].map((x) => x[k]!)).p50);
      log(
        `  ${key.padEnd(7)} renderer CPU p50 by kind: script ${fmt(script!)}, style ${fmt(style!)}, layout ${fmt(layout!)} ms`,
      );
    }
    // The calls of a login as a waterfall: each procedure's p50 start and end after the click.
    const waterfall = new Map<string, [number[], number[]]>();
    for (const calls of loginCalls)
      for (const [name, start, end] of calls) {
        const w = waterfall.get(name) ?? [[], []];
        w[0].push(start);
        w[1].push(end);
        waterfall.set(name, w);
      }
    log(
      `  login's API calls (p50 start–end in ms after the click, n): ${[...waterfall]
        .sort((a, b) => stats(a[1][0]).p50 - stats(b[1][0]).p50)
        .map(([name, [st, en]]) => `${name} ${fmt(stats(st).p50)}–${fmt(stats(en).p50)} (${st.length})`)
        .join(', ')}`,
    );
    log(
      `  first login after the app started (cold caches, one sample): caseload ${fmt(cold[0]!)} ms; first caseload and profile opened after it: ${fmt(cold[1]!)} ms, ${fmt(cold[2]!)} ms`,
    );
    log('');
    log(
      '  Times in ms. Wall clock: click to the painted frame with the data (route, API over loopback incl. the audit entry,',
    );
    log(
      '  React, layout). API: the procedure call as the page saw it. Renderer CPU: main-thread task time of the page for',
    );
    log(
      `  the same render (CDP), which a busy machine does not inflate. Load average now: ${os
        .loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')}.`,
    );
  } finally {
    await browser.close();
    await stop();
    if (!values.keep && !values.dir) fs.rmSync(root, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
