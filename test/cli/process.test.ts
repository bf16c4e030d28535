import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUTH_ERROR_MESSAGES } from '../../electron/core/auth/errors.js';
import { ADMIN_PASSWORD, adminLogin, cliTempDir, initInput } from './helpers.js';

const root = path.resolve(import.meta.dirname, '../..');
let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await cliTempDir()));
afterAll(() => cleanup());

/** `inkludmi` as its own process (from the sources), stdin piped: the real KDF cost, a real exit. */
function inkludmi(args: string[], stdin: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'electron/cli/index.ts'), ...args], {
      cwd: root,
      env: { ...process.env, INKLUDMI_POLICY_FILE: path.join(dir, 'no-policy.json') },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe('inkludmi as a process, passwords piped on stdin', () => {
  // Three processes, each transpiling the CLI with tsx and running the real 128 MiB scrypt: give a
  // loaded CI machine room (this bounds nothing the product promises).
  it(
    'init, backup and a wrong password: exit codes, and the process ends by itself',
    { timeout: 180_000 },
    async () => {
      const dataDir = path.join(dir, 'data');
      const init = await inkludmi(['init', '--data-dir', dataDir], initInput('Prosess AS'));
      expect(init.stderr).toBe('');
      expect(init.code).toBe(0);
      expect(init.stdout).toMatch(/^\s+[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/m);
      // Setup used the real scrypt cost (128 MiB), not the tests' cheap one.
      const keys = JSON.parse(fs.readFileSync(path.join(dataDir, 'keys.json'), 'utf8')) as {
        slots: { kdf: { N: number } }[];
      };
      expect(keys.slots.map((s) => s.kdf.N)).toEqual([2 ** 17, 2 ** 17]);

      const out = path.join(dir, 'kopi.db');
      const backup = await inkludmi(
        ['backup', '--out', out, '--data-dir', dataDir, '--user', 'admin'],
        `${ADMIN_PASSWORD}\n`,
      );
      expect(backup.code).toBe(0);
      expect(fs.existsSync(out) && fs.existsSync(`${out}.keys.json`)).toBe(true);

      const wrong = await inkludmi(['db', 'verify', '--data-dir', dataDir], adminLogin('helt feil passord'));
      expect(wrong.code).toBe(3);
      expect(wrong.stderr.trim()).toBe(AUTH_ERROR_MESSAGES.WRONG_CREDENTIALS);
    },
  );
});
