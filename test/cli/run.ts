import { PassThrough } from 'node:stream';
import { runCli } from '../../electron/cli/main.js';
import { TEST_KDF_COST, type KdfCost } from '../../electron/core/auth/kdf.js';

export interface RunOptions {
  /** stdin is a terminal: prompts are written to stderr and secrets are typed without echo. */
  interactive?: boolean;
  /** scrypt cost of new key slots; the cheap test cost unless given (`null`: the real default). */
  kdfCost?: KdfCost | null;
}

/** Runs the CLI in-process with captured streams (stdin given as text). */
export async function runInkludmi(
  args: string[],
  stdinText = '',
  options: RunOptions = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  stdin.end(stdinText);
  const kdfCost = options.kdfCost === null ? undefined : (options.kdfCost ?? TEST_KDF_COST);
  const code = await runCli(args, {
    stdin,
    stdout,
    stderr,
    interactive: options.interactive ?? false,
    ...(kdfCost ? { kdfCost } : {}),
  });
  return { code, stdout: out, stderr: err };
}

/**
 * Runs the CLI in-process as if on a terminal, typing each answer one key at a time only after its
 * prompt has appeared on stderr (the way a person would).
 */
export async function typeInkludmi(
  args: string[],
  script: [prompt: string, keys: string][],
  options: Pick<RunOptions, 'kdfCost'> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  let step = 0;
  let seenUpTo = 0;
  const typeNext = () => {
    const current = script[step];
    if (!current) return;
    const at = err.indexOf(current[0], seenUpTo);
    if (at < 0) return;
    seenUpTo = at + current[0].length;
    step++;
    const keys = [...current[1]];
    const typeKey = () => {
      const key = keys.shift();
      if (key === undefined) return typeNext();
      stdin.write(key);
      setImmediate(typeKey);
    };
    setImmediate(typeKey);
  };
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => {
    err += c.toString();
    typeNext();
  });
  const kdfCost = options.kdfCost === null ? undefined : (options.kdfCost ?? TEST_KDF_COST);
  const code = await runCli(args, { stdin, stdout, stderr, interactive: true, ...(kdfCost ? { kdfCost } : {}) });
  stdin.end();
  return { code, stdout: out, stderr: err };
}
