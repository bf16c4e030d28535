import type { KdfCost } from '../core/auth/kdf.js';

/** What a CLI command may touch: its arguments and three streams (injected, so tests run commands in-process). */
export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** True when stdin is a terminal (passwords are then prompted without echo). */
  interactive: boolean;
  /**
   * In-process tests only: the scrypt cost of key slots the command creates (`init`, `user add`).
   * The real entry point (index.ts) never sets it, and nothing outside code can: no flag, no
   * environment variable lowers it.
   */
  kdfCost?: KdfCost;
}

export interface CliCommand {
  /** e.g. 'info', 'user add'. */
  name: string;
  summary: string;
  usage: string;
  /** Returns the process exit code. */
  run(args: string[], io: CliIo): Promise<number>;
}

/**
 * Exit codes, the same for every command (scripts can tell the cases apart):
 * 0 done, 1 failed (nothing changed), 2 wrong use, 3 login refused (wrong password, locked or
 * deactivated account, not an administrator), 4 the key file or database cannot be opened
 * (missing, damaged, another organisation's, too new), 5 a check found a problem (audit chain,
 * database, backup), 130 interrupted.
 */
export const EXIT = { ok: 0, failed: 1, usage: 2, login: 3, store: 4, check: 5, interrupted: 130 } as const;

/** Errors the user can act on: printed as they are, exit code 1 (2 for usage errors). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export function writeLine(stream: NodeJS.WritableStream, text = ''): void {
  stream.write(text + '\n');
}
