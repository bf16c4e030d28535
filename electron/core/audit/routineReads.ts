import { withCommitHook, type SqlRunner } from '../db/index.js';
import type { AuditEntryInput } from './log.js';

/**
 * The action of an entry that seals a day's repeated routine reads by one user: its target is the
 * record read (her own list, or her own page as a participant), its reason the count per procedure,
 * as a code (`caseload.list:39-chat.flags:39`; an audit reason holds no free text).
 */
export const REPEATED_READS = 'audit.repeated_reads';
const MAX_REASON = 128;
/**
 * How long an opening of a participant's record lasts without a read of it by the same user: the
 * organisation's default inactivity lock (10 minutes). A counselor who has not looked at the record
 * for that long has gone elsewhere; her next look is a new access and gets its own entry and time.
 */
export const OPENING_IDLE_MS = 10 * 60_000;

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
 * Reads that are counted instead of each getting an entry of their own, in two kinds, both declared
 * in the procedure table and decided by the dispatcher from the declaration and the call:
 *
 * - Routine reads of one's own pages (`routineOwnRead`): the first read of a kind by a user on a
 *   day gets its own entry in the chain, before the answer goes out, as every audited read does.
 *   Later reads of that kind by that user on that day are counted.
 * - Openings of a participant's record (`recordRead`, by her assigned counselor): an ACCESS to a
 *   participant's data is an opening of her record. The first read of her data by a user starts an
 *   opening and gets its own entry with its own time, written before the answer goes out. Further
 *   plain reads of her data by the same user while the opening lasts are counted. An opening ends
 *   when that user has not read her data for OPENING_IDLE_MS, when the user reads another
 *   participant's data, when the user logs out, and when the app locks or the day changes: the next
 *   read after that is a new opening with an entry of its own. Writes, reads by anyone else than her
 *   assigned counselor, exports and every undeclared procedure never come here: each keeps its entry.
 *
 * The counts go into the chain as one entry per user and record (action `audit.repeated_reads`, the
 * record as its target, the count per procedure as its reason), sealed when the user logs out, when
 * the app locks, at the day change and when the daily checkpoint runs. Every entry is an ordinary
 * chain entry with its hash and MAC, so `audit verify` covers them. A crash loses only the number of
 * repeats since the last seal, never a first read or an opening. A repeat that commits a write after
 * all gets its own entry, as every write does.
 */
export class RoutineReads {
  private day = '';
  private readonly counted = new Map<string, Counted>();
  /**
   * The open record of each user: whose data, when last read, and whether its opening entry is in
   * the chain (reads that arrive while it is being written wait for it; if it fails they open anew).
   */
  private readonly openings = new Map<string, { participantId: string; lastRead: number; opened: Promise<boolean> }>();

  constructor(
    private readonly sink: RoutineReadSink,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async run<T>(entry: AuditEntryInput, work: () => Promise<T>): Promise<T> {
    await this.startDay();
    const key = `${entry.actorId ?? ''}|${entry.action}|${entry.targetType ?? ''}|${entry.targetId ?? ''}`;
    if (!this.counted.has(key)) {
      const result = await this.sink.runAudited(entry, work);
      this.counted.set(key, { entry, repeats: 0 });
      return result;
    }
    return this.repeat(key, entry, work);
  }

  /**
   * A plain read of a participant's data by her assigned counselor (the dispatcher decides): the
   * first read of an opening gets its own entry before the answer; a read inside the user's open
   * record of that participant is counted.
   */
  async runInOpening<T>(entry: AuditEntryInput, participantId: string, work: () => Promise<T>): Promise<T> {
    await this.startDay();
    const user = entry.actorId ?? '';
    const at = this.now().getTime();
    const open = this.openings.get(user);
    if (open && open.participantId === participantId && at - open.lastRead < OPENING_IDLE_MS && (await open.opened)) {
      // Still the same opening (its entry is in the chain): counted under the record, per procedure.
      if (this.openings.get(user) === open) {
        open.lastRead = Math.max(open.lastRead, at);
        return this.repeat(`opening|${user}|${entry.action}|${participantId}`, entry, work);
      }
    }
    // A new opening (another participant, a pause, or none yet): its own entry, before the answer.
    let settle!: (ok: boolean) => void;
    const opening = { participantId, lastRead: at, opened: new Promise<boolean>((r) => (settle = r)) };
    this.openings.set(user, opening);
    try {
      const result = await this.sink.runAudited(entry, work);
      settle(true);
      return result;
    } catch (err) {
      settle(false);
      if (this.openings.get(user) === opening) this.openings.delete(user);
      throw err;
    }
  }

  /** Seals the counts of the day before when the local day has changed. */
  private async startDay(): Promise<void> {
    const today = localDay(this.now());
    if (today !== this.day) {
      await this.seal();
      this.day = today;
    }
  }

  /** A counted read: no entry of its own, unless the call commits a write after all (then audited as usual). */
  private async repeat<T>(key: string, entry: AuditEntryInput, work: () => Promise<T>): Promise<T> {
    let wrote = false;
    const stamped = { ...entry, at: entry.at ?? this.now().toISOString() };
    const result = await withCommitHook(async (db, tx) => {
      if (!wrote) wrote = await this.sink.appendIn(tx, db, stamped);
    }, work);
    if (!wrote) {
      const known = this.counted.get(key);
      if (known) known.repeats++;
      else this.counted.set(key, { entry, repeats: 1 });
    }
    return result;
  }

  /** Reads counted but not yet in the chain (for tests and the figures of the session benchmark). */
  get unsealed(): number {
    let n = 0;
    for (const c of this.counted.values()) n += c.repeats;
    return n;
  }

  /**
   * Writes the counts of the current day into the chain and starts counting afresh; the openings
   * end with it (the next read of a participant's data is a new opening with its own entry). With a
   * user, only that user's counts and opening (she logged out, or her session ended).
   */
  async seal(userId?: string): Promise<void> {
    const mine = (actorId: string | null | undefined) => userId === undefined || (actorId ?? '') === userId;
    for (const user of [...this.openings.keys()]) if (mine(user)) this.openings.delete(user);
    const byRecord = new Map<string, { entry: AuditEntryInput; counts: string[] }>();
    // Taken out before the write, so a read counted meanwhile starts a fresh count instead of being lost.
    const sealed = [...this.counted].filter(([, c]) => mine(c.entry.actorId));
    for (const [key] of sealed) this.counted.delete(key);
    for (const [, { entry, repeats }] of sealed) {
      if (repeats === 0) continue;
      const record = `${entry.actorId ?? ''}|${entry.actorRole ?? ''}|${entry.targetType ?? ''}|${entry.targetId ?? ''}`;
      const counts = byRecord.get(record) ?? { entry, counts: [] };
      counts.counts.push(`${entry.action}:${repeats}`);
      byRecord.set(record, counts);
    }
    const at = this.now().toISOString();
    const entries = [...byRecord.values()].flatMap(({ entry, counts }) =>
      reasonsOf(counts).map((reason) => ({ ...entry, at, action: REPEATED_READS, reason })),
    );
    try {
      if (entries.length > 0) await this.sink.appendAll(entries);
    } catch (err) {
      // Not in the chain: the counts stay in memory for the next seal.
      for (const [key, c] of sealed) {
        const now = this.counted.get(key);
        this.counted.set(key, { entry: c.entry, repeats: c.repeats + (now?.repeats ?? 0) });
      }
      throw err;
    }
  }

  /** Seals when the day has changed since the last count (called from the daily checkpoint timer). */
  async sealIfDayChanged(): Promise<void> {
    if (this.day !== '' && this.day !== localDay(this.now())) {
      await this.seal();
      this.day = localDay(this.now());
    }
  }
}
