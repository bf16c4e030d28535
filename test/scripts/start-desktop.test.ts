import { spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir } from '../helpers/tempDir.js';

const script = path.resolve(import.meta.dirname, '../../scripts/start-desktop.mjs');

/** A stand-in electron package whose install script fails the way @electron/get does offline. */
async function failingElectron(dir: string, failure: string): Promise<void> {
  await fs.writeFile(path.join(dir, 'package.json'), JSON.stringify({ name: 'electron', version: '0.0.0' }));
  await fs.writeFile(path.join(dir, 'install.js'), failure);
}

function start(electronDir: string) {
  return spawnSync(process.execPath, [script], {
    encoding: 'utf8',
    env: { ...process.env, INKLUDMI_ELECTRON_DIR: electronDir },
    timeout: 30_000,
  });
}

describe('npm start without internet', () => {
  it('prints one Norwegian message with the reason and the way on, and no stack trace', async () => {
    const { dir, cleanup } = await makeTempDir();
    try {
      // What electron's install.js prints when fetch cannot reach GitHub: an unhandled rejection with a stack.
      await failingElectron(
        dir,
        `const e = new TypeError('fetch failed'); e.cause = Object.assign(new Error('getaddrinfo ENOTFOUND github.com'), { code: 'ENOTFOUND' });
         Promise.reject(e);`,
      );
      const run = start(dir);
      const output = `${run.stdout}\n${run.stderr}`;
      expect(run.status).toBe(1);
      expect(output).toContain('Kunne ikke hente Electron: nettverksfeil (ENOTFOUND).');
      expect(output).toContain('npm run serve');
      expect(output).not.toMatch(/^\s+at\s/m);
      expect(output).not.toContain('TypeError');
    } finally {
      await cleanup();
    }
  });

  it('names a failure that is not the network in one line', async () => {
    const { dir, cleanup } = await makeTempDir();
    try {
      await failingElectron(dir, `throw new Error('checksum mismatch for electron-v41-linux-x64.zip');`);
      const run = start(dir);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('Kunne ikke hente Electron: checksum mismatch for electron-v41-linux-x64.zip.');
      expect(`${run.stdout}\n${run.stderr}`).not.toMatch(/^\s+at\s/m);
    } finally {
      await cleanup();
    }
  });
});
