import { withCommitHook, type SqlRunner } from '../db/index.js';
import type { AuditEntryInput } from './log.js';

/**
 * The action of an entry that seals a day's repeated routine reads by one user: its target is the
 * record read (her own list, or her own page as a participant), its reason the count per procedure,
 * as a code (`caseload.list:39-chat.flags:39`; an audit reason holds no free text).
 */
export const REPEATED_READS = 'audit.repeated_reads';
const MAX_REASON = 128;

/** The counts per procedure that a sealing entry's reason holds, in the order written. */
export function repeatedReadCounts(reason: string | null): { action: string; count: number }[] {
  return (reason ?? '')
    .split('-')
    .map((part) => part.split(':'))
    .filter((p): p is [string, string] => p.length === 2 && p[0] !== '' && /^\d+$/.test(p[1]!))
    .map(([action, count]) => ({ action, count: Number(count) }));
}

/** Counts joined into reasons that each fit the audit log's code field. */
function reasonsOf(counts: string[]): string[] {
  const reasons: string[] = [];
  for (const c of counts.sort()) {
    const last = reasons.at(-1);
    if (last !== undefined && last.length + 1 + c.length <= MAX_REASON) reasons[reasons.length - 1] = `${last}-${c}`;
    else reasons.push(c);
  }
  return reasons;
}

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
 * read of a kind by a user on a day gets its own entry in the chain, before the answer goes out, as
 * every audited read does. Later reads of that kind by that user on that day are counted; the
 * counts go into the chain as one entry per user and record (action `audit.repeated_reads`, the
 * record as its target, the count per procedure as its reason), sealed when the app locks, at the
 * day change and when the daily checkpoint runs. Every entry is an ordinary chain entry with its
 * hash and MAC, so `audit verify` covers them. A crash loses only the number of repeats since the
 * last seal, never the first read of the day. A read of another person's data is never counted: it
 * keeps an entry of its own (the dispatcher decides, from the declaration and the call).
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
    const byRecord = new Map<string, { entry: AuditEntryInput; counts: string[] }>();
    for (const { entry, repeats } of this.counted.values()) {
      if (repeats === 0) continue;
      const key = `${entry.actorId ?? ''}|${entry.actorRole ?? ''}|${entry.targetType ?? ''}|${entry.targetId ?? ''}`;
      const record = byRecord.get(key) ?? { entry, counts: [] };
      record.counts.push(`${entry.action}:${repeats}`);
      byRecord.set(key, record);
    }
    const at = this.now().toISOString();
    const entries = [...byRecord.values()].flatMap(({ entry, counts }) =>
      reasonsOf(counts).map((reason) => ({ ...entry, at, action: REPEATED_READS, reason })),
    );
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
