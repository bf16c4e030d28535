/**
 * UI benchmark (issue 6, acceptance 5): how long "Mine deltakere" and a participant profile take to
 * render in Chromium with the store issue's benchmark organisation (5,000 participants, 500,000
 * chat messages, 50,000 notes, plus profiles, stages, steps, rulers, appointments and reminders).
 * Prints figures; asserts nothing (ARCHITECTURE.md: benchmarks are never timed assertions).
 *
 *   npm run bench:ui [-- --reps 30] [--scale 1] [--dir DIR] [--keep]
 *
 * Measured: the caseload as it opens (the first page of 50, as in NAV's own caseload), a profile
 * opened from it, and the caseload with "Vis alle" (all 100 of the counselor's participants).
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
    reps: { type: 'string', default: '30' },
    scale: { type: 'string', default: '1' },
    dir: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const REPS = Number(values.reps);
const SCALE = Number(values.scale);
const TARGET_MS = 300;

const log = (line = '') => process.stdout.write(line + '\n');
const fmt = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));

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
): Promise<{ total: number; api: Record<string, number> }> {
  return page.evaluate(
    async ({ clickSelector, ready, apis }) => {
      performance.clearResourceTimings();
      const target = document.querySelector<HTMLElement>(clickSelector);
      if (!target) throw new Error(`nothing to click: ${clickSelector}`);
      const isReady = new Function(`return (${ready})`) as () => boolean;
      const t0 = performance.now();
      target.click();
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
      for (const e of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
        const name = apis.find((a) => e.name.endsWith(`/api/call/${a}`));
        if (name) api[name] = Math.max(api[name] ?? 0, e.responseEnd - e.startTime);
      }
      return { total, api };
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

/** The caseload shows `n` rows (50 per page by default, or all of them). */
const caseloadReady = (n: number) => `document.querySelectorAll('[data-testid="caseload"] tbody tr').length >= ${n}`;
const PROFILE_READY = `document.querySelector('[data-testid="profile-details"]') !== null && document.querySelector('[data-testid="stage-timeline"]') !== null`;

async function main() {
  const root = values.dir ? path.resolve(values.dir) : fs.mkdtempSync(path.join(os.tmpdir(), 'inkludmi-bench-ui-'));
  const dataDir = path.join(root, 'data');
  const size = {
    ...FULL_SIZE,
    participantsPerCounselor: Math.max(1, Math.round(FULL_SIZE.participantsPerCounselor * Math.min(1, SCALE))),
    messages: Math.round(FULL_SIZE.messages * SCALE),
    notes: Math.round(FULL_SIZE.notes * SCALE),
  };
  log(
    `UI benchmark: caseload and profile in Chromium (${os.availableParallelism()} cores, ${os.cpus()[0]?.model ?? 'unknown CPU'})`,
  );
  log(
    `  organisation: ${size.counselors} counselors × ${size.participantsPerCounselor} participants, ${size.messages.toLocaleString('en-US')} messages, ${size.notes.toLocaleString('en-US')} notes`,
  );

  let built = fs.existsSync(path.join(dataDir, 'inkludmi.db'));
  if (built) log(`  reusing ${dataDir}`);
  else {
    log(`  building in ${dataDir} …`);
    const t = performance.now();
    await buildBenchOrganisation(dataDir, log, size);
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
    await page.getByLabel('Brukernavn').fill(BENCH_COUNSELOR.username);
    await page.getByLabel('Passord', { exact: true }).fill(BENCH_COUNSELOR.password);
    await page.getByRole('button', { name: 'Logg inn', exact: true }).click();
    await page.getByTestId('caseload').waitFor({ timeout: 60_000 });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.getByTestId('caseload-count').waitFor();
    const rows = Number(/\d+/.exec((await page.getByTestId('caseload-count').textContent()) ?? '')?.[0] ?? 0);
    log(`  logged in as ${BENCH_COUNSELOR.displayName}: ${rows} participants in "Mine deltakere"`);

    const samples = { page: [] as number[][], profile: [] as number[][], all: [] as number[][] };
    const cold: number[] = [];
    const parts: Record<'page' | 'profile' | 'all', number[][]> = { page: [], profile: [], all: [] };
    const perPage = Math.min(rows, 50);
    const record = (key: keyof typeof samples, r: Awaited<ReturnType<typeof measured>>, api: string) => {
      samples[key].push([r.total, r.api[api] ?? Number.NaN, r.cpu]);
      parts[key].push([r.script, r.style, r.layout]);
    };
    const links = await page
      .locator('[data-testid="caseload"] a[data-row-link]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));

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

    // 2. "Vis alle": the whole caseload in one table, opened fresh (back from a profile to the list with all rows).
    await page.locator('a.header-nav-link[href="/"]').click();
    if (rows > perPage) {
      await page.getByTestId('caseload-show-all').click();
      await page.waitForFunction(
        (n) => document.querySelectorAll('[data-testid="caseload"] tbody tr').length >= n,
        rows,
      );
      for (let i = 0; i < REPS + 2; i++) {
        const href = links[(i * 11) % links.length]!;
        await page.locator(`[data-testid="caseload"] a[href="${href}"]`).click();
        await page.getByTestId('profile-details').waitFor();
        const c = await measured(page, cdp, 'a.back-link', caseloadReady(rows), ['caseload.list']);
        if (i >= 2) record('all', c, 'caseload.list');
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
    line(`Mine deltakere (first page, ${perPage} rows)`, samples.page);
    line('participant profile', samples.profile);
    line(`Mine deltakere, Vis alle (${rows} rows)`, samples.all);
    for (const key of ['page', 'profile', 'all'] as const) {
      if (parts[key].length === 0) continue;
      const [script, style, layout] = [0, 1, 2].map((k) => stats(parts[key].map((x) => x[k]!)).p50);
      log(
        `  ${key.padEnd(7)} renderer CPU p50 by kind: script ${fmt(script!)}, style ${fmt(style!)}, layout ${fmt(layout!)} ms`,
      );
    }
    log(`  first render after login (cold caches): caseload ${fmt(cold[0]!)} ms, profile ${fmt(cold[1]!)} ms`);
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
