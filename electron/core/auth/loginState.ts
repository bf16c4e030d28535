import fs from 'node:fs';
import { writeFileAtomic } from '../util/index.js';

/**
 * Failed logins per account (by the username's salted lookup hash, so unknown usernames back off
 * too and nothing personal is stored), kept in a small file beside the key file because the
 * database is locked when they happen.
 */
interface AccountState {
  failures: number;
  lastFailureAt: number;
}

/** No waiting for the first three attempts; then 30 s, doubling, at most 15 minutes. */
export const FREE_ATTEMPTS = 3;
const BASE_DELAY_MS = 30_000;
const MAX_DELAY_MS = 15 * 60_000;

export function backoffMs(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(BASE_DELAY_MS * 2 ** (failures - FREE_ATTEMPTS), MAX_DELAY_MS);
}

export class LoginState {
  private accounts: Record<string, AccountState>;

  constructor(private readonly file: string) {
    this.accounts = read(file);
  }

  /** Milliseconds this account must still wait before its next attempt (0 = may try). */
  waitMs(lookup: string, now: number): number {
    const a = this.accounts[lookup];
    if (!a) return 0;
    return Math.max(0, a.lastFailureAt + backoffMs(a.failures) - now);
  }

  failures(lookup: string): number {
    return this.accounts[lookup]?.failures ?? 0;
  }

  recordFailure(lookup: string, now: number): number {
    const failures = (this.accounts[lookup]?.failures ?? 0) + 1;
    this.accounts = { ...this.accounts, [lookup]: { failures, lastFailureAt: now } };
    this.save();
    return failures;
  }

  reset(lookup: string): void {
    if (!this.accounts[lookup]) return;
    const { [lookup]: _gone, ...rest } = this.accounts;
    this.accounts = rest;
    this.save();
  }

  private save(): void {
    writeFileAtomic(this.file, JSON.stringify({ version: 1, accounts: this.accounts }) + '\n');
  }
}

function read(file: string): Record<string, AccountState> {
  try {
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { accounts?: Record<string, AccountState> };
    const out: Record<string, AccountState> = {};
    for (const [k, v] of Object.entries(data.accounts ?? {})) {
      if (/^[0-9a-f]{64}$/.test(k) && Number.isInteger(v?.failures) && Number.isFinite(v?.lastFailureAt))
        out[k] = { failures: v.failures, lastFailureAt: v.lastFailureAt };
    }
    return out;
  } catch {
    // Missing or unreadable: start counting afresh (an attacker deleting it gains nothing the KDF does not cost them).
    return {};
  }
}
