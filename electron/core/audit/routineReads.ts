import { withCommitHook, type SqlRunner } from '../db/index.js';
import type { AuditEntryInput } from './log.js';

/** The target type of an entry that seals a day's repeated routine reads; its id is the count. */
export const REPEATED_READS = 'repeated_reads';

/** What the counter needs of the audit service. */
export interface RoutineReadSink {
  runAudited<T>(entry: AuditEntryInput, work: () => Promise<T>): Promise<T>;
  /** Appends entries to the chain in one transaction of their own. */
  appendAll(entries: AuditEntryInput[]): Promise<void>;
  /** Appends one entry inside a transaction the call commits (a "read" that wrote after all). */
  appendIn(tx: SqlRunner, db: unknown, entry: AuditEntryInput): Promise<boolean>;
}

/** The local calendar day of a time, as YYYY-MM-DD (people read the log by their own day). */
export function localDay(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

interface Counted {
  entry: AuditEntryInput;
  repeats: number;
}

/**
 * Routine reads of one's own pages (declared `routineOwnRead` in the procedure table): the first
 * read of a kind by a user on a day gets its own entry in the chain, before the answer goes out,
 * as every audited read does. Later reads of that kind by that user on that day are counted; the
 * counts go into the chain as one entry each (target `repeated_reads`, id = the count), sealed when
 * the app locks, at the day change and when the daily checkpoint runs. Every entry is an ordinary
 * chain entry with its hash and MAC, so `audit verify` covers them. A crash loses only the number
 * of repeats since the last seal, never the first read of the day.
 */
export class RoutineReads {
  private day = '';
  private readonly counted = new Map<string, Counted>();

  constructor(
    private readonly sink: RoutineReadSink,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async run<T>(entry: AuditEntryInput, work: () => Promise<T>): Promise<T> {
    const today = localDay(this.now());
    if (today !== this.day) {
      await this.seal();
      this.day = today;
    }
    const key = `${entry.actorId ?? ''}|${entry.action}|${entry.targetType ?? ''}|${entry.targetId ?? ''}`;
    const known = this.counted.get(key);
    if (!known) {
      const result = await this.sink.runAudited(entry, work);
      this.counted.set(key, { entry, repeats: 0 });
      return result;
    }
    // A repeat: no entry of its own, unless the call commits a write after all (then it is audited as usual).
    let wrote = false;
    const stamped = { ...entry, at: entry.at ?? this.now().toISOString() };
    const result = await withCommitHook(async (db, tx) => {
      if (!wrote) wrote = await this.sink.appendIn(tx, db, stamped);
    }, work);
    if (!wrote) known.repeats++;
    return result;
  }

  /** Reads counted but not yet in the chain (for tests and the figures of the session benchmark). */
  get unsealed(): number {
    let n = 0;
    for (const c of this.counted.values()) n += c.repeats;
    return n;
  }

  /** Writes the counts of the current day into the chain and starts counting afresh. */
  async seal(): Promise<void> {
    const entries: AuditEntryInput[] = [];
    const at = this.now().toISOString();
    for (const { entry, repeats } of this.counted.values()) {
      if (repeats === 0) continue;
      entries.push({ ...entry, at, targetType: REPEATED_READS, targetId: String(repeats) });
    }
    if (entries.length > 0) await this.sink.appendAll(entries);
    this.counted.clear();
  }

  /** Seals when the day has changed since the last count (called from the daily checkpoint timer). */
  async sealIfDayChanged(): Promise<void> {
    if (this.day !== '' && this.day !== localDay(this.now())) {
      await this.seal();
      this.day = localDay(this.now());
    }
  }
}
