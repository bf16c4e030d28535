import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, type Page } from '@playwright/test';

const root = path.resolve(import.meta.dirname, '../..');
export const SCREENSHOT_DIR = path.join(root, 'test-results', 'screenshots');

export interface BrowserModeHost {
  url: string;
  origin: string;
  dataDir: string;
  /** Everything the host wrote to stdout/stderr, for assertions about what it printed. */
  output: () => string;
}

/**
 * Starts `npm run serve`'s program (the built host) on a free port with a fresh data folder, or
 * with `dataDir` (a folder the caller owns and removes: for restarting on the same data).
 */
export async function startBrowserMode(
  options: { env?: NodeJS.ProcessEnv; dataDir?: string } = {},
): Promise<{ host: BrowserModeHost; stop: () => Promise<void> }> {
  const ownDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? (await fs.mkdtemp(path.join(os.tmpdir(), 'inkludmi-e2e-')));
  const child: ChildProcess = spawn(process.execPath, [path.join(root, 'out/main/host.js'), '--data-dir', dataDir], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    // No machine policy leaks into tests unless a test sets one.
    env: { ...process.env, INKLUDMI_POLICY_FILE: path.join(dataDir, 'no-policy.json'), ...options.env },
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not print a URL:\n${output}`)), 30_000);
    const check = () => {
      const match = /Åpne: (http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', check);
    child.on('exit', (code) => reject(new Error(`host exited with ${code}:\n${output}`)));
  });
  const origin = new URL(url).origin;
  return {
    host: { url, origin, dataDir, output: () => output },
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)));
      if (ownDir) await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await fs.mkdir(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Records every request the page makes, so tests can prove nothing leaves the app's own origin. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

/** Runs axe-core on the page and returns the serious and critical violations (WCAG 2.1 AA rules). */
export async function seriousA11yViolations(page: Page): Promise<{ id: string; impact: string; nodes: string[] }[]> {
  // The page as the person sees it once it has settled: a dialog's fade-in (Aksel's
  // akselModalFadeIn) blends a button with the backdrop while it runs, and axe measured white on
  // the half-faded blue as 4.39:1 (Chromium 156.0.8078.114 runs the animation in headless mode).
  // Finite animations are awaited; an endless one (a spinner) is not.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact ?? '', nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

export const test = base.extend<{ browserMode: BrowserModeHost }>({
  browserMode: async ({}, use) => {
    const { host, stop } = await startBrowserMode();
    await use(host);
    await stop();
  },
});

export { expect } from '@playwright/test';
