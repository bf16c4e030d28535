import { DomainError } from '../errors/index.js';
import type { Principal } from '../auth/index.js';
import { participantUserId } from '../auth/index.js';
import type { SqlRunner } from '../db/index.js';
import type { EncryptedStore } from '../db/index.js';
import { erasedParticipants, localDate, programmeEnds } from '../followup/index.js';
import { assertRightsAccess, requireAdmin } from './access.js';
import { addMonths, decisionLogDays, RETENTION_TITLES, type RetentionMonths } from './retentionRules.js';
import {
  RETENTION_CATEGORIES,
  type ErasureContext,
  type PersonalDataSource,
  type RetentionCategory,
  type RetentionDue,
} from './sources.js';

export interface RetentionRule {
  category: RetentionCategory;
  title: string;
  /** Months after the end of the programme. */
  months: number;
  /** Whether the job deletes it (audit entries are append-only and are not deleted yet). */
  applied: boolean;
  tables: string[];
}

export interface RetentionTableRows {
  table: string;
  /** The rows, by their key columns (JSON arrays), exactly as the job deletes them. */
  rows: string[];
}

export interface RetentionItem {
  participantId: string;
  category: RetentionCategory;
  /** The end of the programme the rule counts from. */
  endDate: string;
  /**
   * actual: the stage "avsluttet" was recorded; planned: the planned end date of the profile;
   * erased: what an erasure had to keep (the decision log), now past its minimum, and then the bare row.
   */
  endSource: 'actual' | 'planned' | 'erased';
  /** The day the rule made the rows due. */
  dueOn: string;
  tables: RetentionTableRows[];
}

export interface RetentionPreview {
  /** The local date the preview is for. */
  asOf: string;
  rules: RetentionRule[];
  /** Exactly what the job deletes when it runs on `asOf`. */
  items: RetentionItem[];
  /** Participants under legal hold: nothing of theirs is deleted. */
  held: { participantId: string; placedAt: string; reason: string }[];
  /** Participants whose processing is restricted (art. 18): kept as they are until lifted. */
  restricted: string[];
  /** Due, but kept by law for now (the decision log's minimum after the decision). */
  kept: {
    participantId: string;
    category: RetentionCategory;
    table: string;
    rows: number;
    until: string;
    why: string;
  }[];
  /** Audit entries about participants past their rule: listed, not deleted (the log is append-only). */
  auditEntriesDue: { participantId: string; entries: number; dueOn: string }[];
  /** Participants without an end date (neither "avsluttet" nor a planned end): nothing is due. */
  withoutEndDate: number;
  /** Rows per table in `items`. */
  totals: Record<string, number>;
}

export interface RetentionRun {
  id: number;
  ranAt: string;
  runOn: string;
  trigger: 'schedule' | 'manual';
  ranBy: string | null;
  /** Rows deleted per table. */
  deleted: Record<string, number>;
  participants: number;
}

function keyOf(row: Record<string, unknown>, key: readonly string[]): string {
  return JSON.stringify(key.map((k) => row[k]));
}

/** What a source's rows under a rule are due now: its own answer, or else every row of its tables under the rule. */
async function dueOf(
  source: PersonalDataSource,
  db: SqlRunner,
  participantId: string,
  category: RetentionCategory,
  ctx: ErasureContext,
): Promise<RetentionDue> {
  if (source.due) return source.due(db, participantId, category, ctx);
  const tables: RetentionDue['tables'] = [];
  const under = source.tables.filter((t) => t.retention === category);
  if (under.length === 0) return { tables, kept: [] };
  const got = await source.rows(db, participantId, ctx);
  for (const t of under) {
    const list = got[t.table] ?? [];
    if (list.length > 0) tables.push({ table: t.table, rows: list.map((r) => keyOf(r, t.key)).sort() });
  }
  return { tables, kept: [] };
}

/**
 * The retention rules, applied: per category, a participant's rows are deleted once the rule's
 * months have passed since the end of their programme (the recorded end, or else the planned end
 * date). Never for a participant under legal hold or with restricted processing; never decision
 * records younger than their legal minimum. The preview lists exactly the rows the job deletes.
 */
export class RetentionService {
  constructor(
    private readonly store: EncryptedStore,
    private readonly sources: () => readonly PersonalDataSource[],
    private readonly months: () => RetentionMonths,
  ) {}

  private get db() {
    return this.store.db;
  }

  rules(): RetentionRule[] {
    const months = this.months();
    return RETENTION_CATEGORIES.map((category) => ({
      category,
      title: RETENTION_TITLES[category],
      months: months[category],
      applied: category !== 'auditEntries',
      tables: this.sources().flatMap((s) => s.tables.filter((t) => t.retention === category).map((t) => t.table)),
    }));
  }

  async preview(now: Date, db: SqlRunner = this.db): Promise<RetentionPreview> {
    const asOf = localDate(now);
    const months = this.months();
    const ends = await programmeEnds(db);
    const holds = new Map(
      (
        await db.all<{ participant_id: string; placed_at: string; reason: string }>(
          'SELECT participant_id, placed_at, reason FROM retention_holds',
        )
      ).map((h) => [h.participant_id, h]),
    );
    const rows = ends.map((e) => ({
      ...e,
      hold_at: holds.get(e.id)?.placed_at ?? null,
      hold_reason: holds.get(e.id)?.reason ?? null,
    }));
    const preview: RetentionPreview = {
      asOf,
      rules: this.rules(),
      items: [],
      held: [],
      restricted: [],
      kept: [],
      auditEntriesDue: [],
      withoutEndDate: 0,
      totals: {},
    };
    // The decision log is kept for the period the organisation set (issue 17), never under six months.
    const logDays = decisionLogDays(months.decisionLog);
    for (const p of rows) {
      const actual = p.stage === 'ended' ? p.stage_on : null;
      const endDate = actual ?? p.planned_end_date;
      if (!endDate) {
        preview.withoutEndDate++;
        continue;
      }
      const endSource = actual ? 'actual' : 'planned';
      const dueCategories = RETENTION_CATEGORIES.filter((c) => asOf >= addMonths(endDate, months[c]));
      if (dueCategories.length === 0) continue;
      if (p.hold_at) {
        preview.held.push({ participantId: p.id, placedAt: p.hold_at, reason: p.hold_reason ?? '' });
        continue;
      }
      if (p.restricted_at) {
        preview.restricted.push(p.id);
        continue;
      }
      const ctx: ErasureContext = {
        userId: await participantUserId(db, p.id),
        now,
        decisionLogDays: logDays,
        keptLinks: 0,
      };
      for (const category of dueCategories) {
        const dueOn = addMonths(endDate, months[category]);
        const tables: RetentionDue['tables'] = [];
        for (const source of this.sources()) {
          const due = await dueOf(source, db, p.id, category, ctx);
          tables.push(...due.tables);
          for (const k of due.kept) preview.kept.push({ participantId: p.id, category, ...k });
        }
        if (category === 'auditEntries') {
          // Listed, not deleted: the log is append-only.
          const n = tables.reduce((sum, t) => sum + t.rows.length, 0);
          if (n > 0) preview.auditEntriesDue.push({ participantId: p.id, entries: n, dueOn });
          continue;
        }
        if (tables.length > 0) preview.items.push({ participantId: p.id, category, endDate, endSource, dueOn, tables });
      }
    }
    await this.erasedLeftovers(db, now, logDays, preview);
    for (const item of preview.items)
      for (const t of item.tables) preview.totals[t.table] = (preview.totals[t.table] ?? 0) + t.rows.length;
    return preview;
  }

  /**
   * Erased participants are kept as a bare id only while decision records younger than their
   * minimum point at them: once those are past it, the records, their cases and the bare row go.
   */
  private async erasedLeftovers(db: SqlRunner, now: Date, logDays: number, preview: RetentionPreview): Promise<void> {
    for (const p of await erasedParticipants(db)) {
      const ctx: ErasureContext = { userId: null, now, decisionLogDays: logDays, keptLinks: 0 };
      const tables: RetentionDue['tables'] = [];
      const kept: RetentionPreview['kept'] = [];
      for (const source of this.sources()) {
        const due = await dueOf(source, db, p.id, 'decisionCases', ctx);
        tables.push(...due.tables);
        for (const k of due.kept) kept.push({ participantId: p.id, category: 'decisionCases', ...k });
      }
      if (kept.length === 0) tables.push({ table: 'participants', rows: [JSON.stringify([p.id])] });
      else preview.kept.push(...kept);
      if (tables.length > 0)
        preview.items.push({
          participantId: p.id,
          category: 'decisionCases',
          endDate: p.erased_at.slice(0, 10),
          endSource: 'erased',
          dueOn: localDate(now),
          tables,
        });
    }
  }

  /** Runs the job for `now`: deletes exactly what the preview for `now` lists, in one transaction, and records the run. */
  async run(
    now: Date,
    trigger: 'schedule' | 'manual',
    principal: Principal | null = null,
  ): Promise<{ run: RetentionRun; preview: RetentionPreview }> {
    if (trigger === 'manual') requireAdmin(principal, 'Bare en administrator kan kjøre slettejobben.');
    const result = await this.db.transaction(async (tx) => {
      const preview = await this.preview(now, tx);
      const deleted: Record<string, number> = {};
      const sources = this.sources();
      const ownerOf = (table: string) => sources.find((x) => x.tables.some((t) => t.table === table));
      for (const item of preview.items) {
        const erased = new Set<PersonalDataSource>();
        for (const t of item.tables) {
          const source = ownerOf(t.table);
          if (!source) throw new Error(`no source answers for ${t.table}`);
          if (source.deleteRows) {
            deleted[t.table] = (deleted[t.table] ?? 0) + (await source.deleteRows(tx, t.table, t.rows));
            continue;
          }
          if (erased.has(source)) continue;
          erased.add(source);
          const counts = await source.erase(tx, item.participantId);
          for (const [table, n] of Object.entries(counts)) deleted[table] = (deleted[table] ?? 0) + n;
        }
      }
      for (const source of sources) await source.tidy?.(tx, deleted);
      const participants = new Set(preview.items.map((i) => i.participantId)).size;
      const summary = {
        deleted,
        participants,
        items: preview.items.map((i) => ({
          participantId: i.participantId,
          category: i.category,
          rows: i.tables.reduce((n, t) => n + t.rows.length, 0),
        })),
      };
      const ranAt = now.toISOString();
      const r = await tx.run(
        'INSERT INTO retention_runs (ran_at, run_on, trigger, ran_by, summary) VALUES (?, ?, ?, ?, ?)',
        [ranAt, preview.asOf, trigger, principal?.userId ?? null, JSON.stringify(summary)],
      );
      return {
        run: {
          id: r.lastId,
          ranAt,
          runOn: preview.asOf,
          trigger,
          ranBy: principal?.userId ?? null,
          deleted,
          participants,
        },
        preview,
      };
    });
    if (Object.values(result.run.deleted).some((n) => n > 0)) await this.db.get('PRAGMA wal_checkpoint(TRUNCATE)');
    return result;
  }

  /** The scheduled job's check: has it run today? */
  async lastScheduledRunOn(): Promise<string | null> {
    return (
      (
        await this.db.get<{ d: string | null }>(
          "SELECT max(run_on) AS d FROM retention_runs WHERE trigger = 'schedule'",
        )
      )?.d ?? null
    );
  }

  async runs(limit = 50): Promise<RetentionRun[]> {
    const rows = await this.db.all<{
      id: number;
      ran_at: string;
      run_on: string;
      trigger: 'schedule' | 'manual';
      ran_by: string | null;
      summary: string;
    }>('SELECT * FROM retention_runs ORDER BY id DESC LIMIT ?', [limit]);
    return rows.map((r) => {
      const s = JSON.parse(r.summary) as { deleted: Record<string, number>; participants: number };
      return {
        id: r.id,
        ranAt: r.ran_at,
        runOn: r.run_on,
        trigger: r.trigger,
        ranBy: r.ran_by,
        deleted: s.deleted,
        participants: s.participants,
      };
    });
  }

  // ---- legal hold ----

  async placeHold(
    principal: Principal,
    participantId: string,
    reason: string,
  ): Promise<{ participantId: string; placedAt: string; reason: string }> {
    requireAdmin(principal, 'Bare en administrator kan sette et bevaringspålegg.');
    await assertRightsAccess(this.db, principal, participantId, 'record');
    const placedAt = new Date().toISOString();
    await this.db.transaction((tx) =>
      tx.run(
        `INSERT INTO retention_holds (participant_id, placed_at, placed_by, reason) VALUES (?, ?, ?, ?)
         ON CONFLICT (participant_id) DO UPDATE SET reason = excluded.reason`,
        [participantId, placedAt, principal.userId, reason],
      ),
    );
    const row = await this.db.get<{ placed_at: string; reason: string }>(
      'SELECT placed_at, reason FROM retention_holds WHERE participant_id = ?',
      [participantId],
    );
    return { participantId, placedAt: row!.placed_at, reason: row!.reason };
  }

  async releaseHold(principal: Principal, participantId: string): Promise<{ released: boolean }> {
    requireAdmin(principal, 'Bare en administrator kan oppheve et bevaringspålegg.');
    const r = await this.db.transaction((tx) =>
      tx.run('DELETE FROM retention_holds WHERE participant_id = ?', [participantId]),
    );
    if (r.changes === 0) throw new DomainError('NOT_FOUND', 'Deltakeren har ikke noe bevaringspålegg.');
    return { released: true };
  }

  async holds(
    principal: Principal,
  ): Promise<{ participantId: string; placedAt: string; placedBy: string; reason: string }[]> {
    requireAdmin(principal);
    const rows = await this.db.all<{ participant_id: string; placed_at: string; placed_by: string; reason: string }>(
      'SELECT * FROM retention_holds ORDER BY placed_at',
    );
    return rows.map((r) => ({
      participantId: r.participant_id,
      placedAt: r.placed_at,
      placedBy: r.placed_by,
      reason: r.reason,
    }));
  }
}

/**
 * Runs the retention job once a day while the store is open: it checks every `intervalMs` whether
 * today's run has happened. Started by createCore; stopped when the core closes.
 */
export class RetentionScheduler {
  private timer: NodeJS.Timeout | null = null;
  private running = false;

  constructor(
    private readonly store: EncryptedStore,
    private readonly retention: RetentionService,
    private readonly options: { clock: () => Date; intervalMs?: number; onError?: () => void },
  ) {}

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.tick(), this.options.intervalMs ?? 10 * 60_000);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** One check: runs the job if the store is open and it has not run today. Returns whether it ran. */
  async tick(): Promise<boolean> {
    if (this.running || !this.store.isOpen) return false;
    this.running = true;
    try {
      const now = this.options.clock();
      const last = await this.retention.lastScheduledRunOn();
      if (last !== null && last >= localDate(now)) return false;
      await this.retention.run(now, 'schedule');
      return true;
    } catch {
      this.options.onError?.();
      return false;
    } finally {
      this.running = false;
    }
  }
}
