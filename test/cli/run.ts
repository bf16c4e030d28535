import { PassThrough } from 'node:stream';
import { runCli } from '../../electron/cli/main.js';

/** Runs the CLI in-process with captured streams (stdin given as text). */
export async function runInkludmi(args: string[], stdinText = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  stdin.end(stdinText);
  const code = await runCli(args, { stdin, stdout, stderr, interactive: false });
  return { code, stdout: out, stderr: err };
}
