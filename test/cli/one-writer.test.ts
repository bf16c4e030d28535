/**
 * Issue 16, acceptance 5: one writer per data folder. While browser mode (`npm run serve`) has a
 * data folder open, a second browser mode and any CLI command on it exit non-zero with a Norwegian
 * message naming the holder, and change nothing; once it is closed, the command works.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, adminLogin, cliTempDir, fileHashes, initOrg } from './helpers.js';
import { runInkludmi } from './run.js';

const root = path.resolve(import.meta.dirname, '../..');
let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await cliTempDir()));
afterAll(() => cleanup());

function serve(dataDir: string): {
  child: ChildProcess;
  output: Promise<{ code: number | null; text: string }>;
  started: Promise<void>;
} {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'electron/host/index.ts'), '--data-dir', dataDir, '--port', '0'],
    { cwd: root, env: { ...process.env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let text = '';
  let onStart: () => void = () => undefined;
  const started = new Promise<void>((r) => (onStart = r));
  child.stdout!.on('data', (c: Buffer) => {
    text += c.toString();
    if (text.includes('Åpne:')) onStart();
  });
  child.stderr!.on('data', (c: Buffer) => (text += c.toString()));
  const output = new Promise<{ code: number | null; text: string }>((r) =>
    child.on('exit', (code) => r({ code, text })),
  );
  return { child, output, started };
}

describe('acceptance 5: one writer per data folder', () => {
  it('a second `npm run serve` and a CLI command on an open data folder exit non-zero naming the holder', async () => {
    const dataDir = path.join(dir, 'data');
    await initOrg(dataDir);
    const first = serve(dataDir);
    await first.started;
    try {
      const before = fileHashes(dataDir);
      const second = serve(dataDir);
      const r2 = await second.output;
      expect(r2.code).toBe(1);
      expect(r2.text).toMatch(/Datamappen er allerede åpen i nettlesermodus \(npm run serve\)/);

      const cli = await runInkludmi(
        [
          'user',
          'add',
          '--role',
          'counselor',
          '--username',
          'kari',
          '--name',
          'Kari Veileder',
          '--data-dir',
          dataDir,
          '--user',
          'admin',
        ],
        `${ADMIN_PASSWORD}\nlang nok passfrase for kari\nlang nok passfrase for kari\n`,
      );
      expect(cli.code).toBe(4);
      expect(cli.stderr).toMatch(
        /Datamappen er allerede åpen i nettlesermodus \(npm run serve\).*Ingenting ble endret\./s,
      );
      const verify = await runInkludmi(['audit', 'verify', '--data-dir', dataDir], adminLogin());
      expect(verify.code).toBe(4);
      expect(fileHashes(dataDir)).toEqual(before);
    } finally {
      first.child.kill('SIGTERM');
      await first.output;
    }
    // Closed: the lock is gone with it, and the CLI opens the folder.
    const after = await runInkludmi(['audit', 'verify', '--data-dir', dataDir], adminLogin());
    expect(after.stderr).toBe('');
    expect(after.code).toBe(0);
  }, 180_000);

  it('a lock left by a killed process is taken over', async () => {
    const dataDir = path.join(dir, 'stale');
    await initOrg(dataDir);
    const run = serve(dataDir);
    await run.started;
    run.child.kill('SIGKILL');
    await run.output;
    const r = await runInkludmi(['audit', 'verify', '--data-dir', dataDir], adminLogin());
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  }, 180_000);
});
