import { DomainError } from '../errors/index.js';
import type { Principal } from '../auth/index.js';
import type { SqlRunner, SqlValue } from '../db/index.js';
import type { EncryptedStore } from '../db/index.js';
import { localDate } from '../followup/index.js';
import { assertRightsAccess, requireAdmin } from './access.js';
import { DECISION_LOG_KEPT, FTS_TO_OPTIMIZE, PARTICIPANT_TABLES } from './catalogue.js';
import { paramsFor, userIdOf } from './exportData.js';
import { addMonths, decisionLogDays, RETENTION_TITLES, type RetentionMonths } from './retentionRules.js';
import { RETENTION_CATEGORIES, type PersonalDataSource, type RetentionCategory } from './sources.js';

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

interface EndRow {
  id: string;
  planned_end_date: string | null;
  stage: string | null;
  stage_on: string | null;
  restricted_at: string | null;
  hold_at: string | null;
  hold_reason: string | null;
}

const MS_PER_DAY = 86_400_000;
const TABLES_BY_CATEGORY = (category: RetentionCategory) => PARTICIPANT_TABLES.filter((t) => t.retention === category);

function keyOf(row: Record<string, unknown>, key: readonly string[]): string {
  return JSON.stringify(key.map((k) => row[k]));
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
      tables: [
        ...TABLES_BY_CATEGORY(category).map((t) => t.table),
        ...(category === 'activityPlan'
          ? this.sources().flatMap((s) => s.tables.filter((t) => t.retention === category).map((t) => t.table))
          : []),
      ],
    }));
  }

  async preview(now: Date, db: SqlRunner = this.db): Promise<RetentionPreview> {
    const asOf = localDate(now);
    const months = this.months();
    const rows = await db.all<EndRow>(
      `SELECT p.id, f.planned_end_date, st.stage, st.started_on AS stage_on, p.restricted_at, h.placed_at AS hold_at, h.reason AS hold_reason
       FROM participants p
       LEFT JOIN participant_profiles f ON f.participant_id = p.id
       LEFT JOIN participant_stages st ON st.id = (SELECT s.id FROM participant_stages s WHERE s.participant_id = p.id ORDER BY s.started_on DESC, s.id DESC LIMIT 1)
       LEFT JOIN retention_holds h ON h.participant_id = p.id
       WHERE p.erased_at IS NULL
       ORDER BY p.id`,
    );
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
    const decisionCutoff = new Date(now.getTime() - logDays * MS_PER_DAY).toISOString();
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
      const userId = await userIdOf(db, p.id);
      for (const category of dueCategories) {
        const dueOn = addMonths(endDate, months[category]);
        if (category === 'auditEntries') {
          const audit = PARTICIPANT_TABLES.find((t) => t.table === 'audit_log')!;
          const n =
            (
              await db.get<{ n: number }>(
                `SELECT count(*) AS n FROM audit_log WHERE ${audit.where}`,
                paramsFor(audit.where, p.id, userId),
              )
            )?.n ?? 0;
          if (n > 0) preview.auditEntriesDue.push({ participantId: p.id, entries: n, dueOn });
          continue;
        }
        const tables: RetentionTableRows[] = [];
        let keptCases: Set<string> = new Set();
        if (category === 'decisionCases') {
          const recent = await db.all<{ case_id: string; decided_at: string }>(
            'SELECT case_id, decided_at FROM decision_records WHERE case_id IN (SELECT id FROM decision_cases WHERE participant_id = ?) AND decided_at >= ?',
            [p.id, decisionCutoff],
          );
          keptCases = new Set(recent.map((r) => r.case_id));
          if (recent.length > 0) {
            const last = recent
              .map((r) => r.decided_at)
              .sort()
              .at(-1)!;
            preview.kept.push({
              participantId: p.id,
              category,
              table: 'decision_records',
              rows: recent.length,
              until: new Date(Date.parse(last) + logDays * MS_PER_DAY).toISOString().slice(0, 10),
              why: DECISION_LOG_KEPT,
            });
          }
        }
        for (const t of TABLES_BY_CATEGORY(category)) {
          const cols = [
            ...new Set([
              ...t.key,
              ...(category === 'decisionCases' ? [t.table === 'decision_cases' ? 'id' : 'case_id'] : []),
            ]),
          ];
          const found = await db.all<Record<string, unknown>>(
            `SELECT ${cols.map((c) => `"${c}"`).join(', ')} FROM "${t.table}" WHERE ${t.where}`,
            paramsFor(t.where, p.id, userId),
          );
          const due =
            category === 'decisionCases'
              ? found.filter((r) => !keptCases.has(String(t.table === 'decision_cases' ? r['id'] : r['case_id'])))
              : found;
          if (due.length > 0) tables.push({ table: t.table, rows: due.map((r) => keyOf(r, t.key)).sort() });
        }
        if (category === 'activityPlan') {
          for (const source of this.sources()) {
            const got = await source.rows(db, p.id);
            for (const t of source.tables.filter((x) => x.retention === category)) {
              const list = got[t.table] ?? [];
              if (list.length > 0) tables.push({ table: t.table, rows: list.map((r) => keyOf(r, t.key)).sort() });
            }
          }
        }
        if (tables.length > 0) preview.items.push({ participantId: p.id, category, endDate, endSource, dueOn, tables });
      }
    }
    await this.erasedLeftovers(db, now, decisionCutoff, preview);
    for (const item of preview.items)
      for (const t of item.tables) preview.totals[t.table] = (preview.totals[t.table] ?? 0) + t.rows.length;
    return preview;
  }

  /**
   * Erased participants are kept as a bare id only while decision records younger than their
   * minimum point at them: once those are past it, the records, their cases and the bare row go.
   */
  private async erasedLeftovers(
    db: SqlRunner,
    now: Date,
    decisionCutoff: string,
    preview: RetentionPreview,
  ): Promise<void> {
    const erased = await db.all<{ id: string; erased_at: string }>(
      'SELECT id, erased_at FROM participants WHERE erased_at IS NOT NULL ORDER BY id',
    );
    for (const p of erased) {
      const recent = await db.all<{ case_id: string; decided_at: string }>(
        'SELECT case_id, decided_at FROM decision_records WHERE case_id IN (SELECT id FROM decision_cases WHERE participant_id = ?) AND decided_at >= ?',
        [p.id, decisionCutoff],
      );
      const keptCases = new Set(recent.map((r) => r.case_id));
      const tables: RetentionTableRows[] = [];
      for (const t of TABLES_BY_CATEGORY('decisionCases')) {
        const idCol = t.table === 'decision_cases' ? 'id' : 'case_id';
        const cols = [...new Set([...t.key, idCol])];
        const found = await db.all<Record<string, unknown>>(
          `SELECT ${cols.map((c) => `"${c}"`).join(', ')} FROM "${t.table}" WHERE ${t.where}`,
          [p.id],
        );
        const due = found.filter((r) => !keptCases.has(String(r[idCol])));
        if (due.length > 0) tables.push({ table: t.table, rows: due.map((r) => keyOf(r, t.key)).sort() });
      }
      if (keptCases.size === 0) tables.push({ table: 'participants', rows: [JSON.stringify([p.id])] });
      else {
        const last = recent
          .map((r) => r.decided_at)
          .sort()
          .at(-1)!;
        preview.kept.push({
          participantId: p.id,
          category: 'decisionCases',
          table: 'decision_records',
          rows: recent.length,
          until: new Date(Date.parse(last) + decisionLogDays(this.months().decisionLog) * MS_PER_DAY)
            .toISOString()
            .slice(0, 10),
          why: DECISION_LOG_KEPT,
        });
      }
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
      for (const item of preview.items) {
        const sourceTables = new Set<string>();
        for (const t of item.tables) {
          const cat = PARTICIPANT_TABLES.find((x) => x.table === t.table);
          if (!cat) {
            sourceTables.add(t.table);
            continue;
          }
          for (const key of t.rows) {
            const values = JSON.parse(key) as SqlValue[];
            const r = await tx.run(
              `DELETE FROM "${t.table}" WHERE ${cat.key.map((k) => `"${k}" = ?`).join(' AND ')}`,
              values,
            );
            deleted[t.table] = (deleted[t.table] ?? 0) + r.changes;
          }
        }
        if (sourceTables.size > 0) {
          for (const source of this.sources()) {
            if (!source.tables.some((t) => sourceTables.has(t.table))) continue;
            const counts = await source.erase(tx, item.participantId);
            for (const [table, n] of Object.entries(counts)) deleted[table] = (deleted[table] ?? 0) + n;
          }
        }
      }
      if ((deleted['notes'] ?? 0) > 0)
        for (const fts of FTS_TO_OPTIMIZE) await tx.run(`INSERT INTO "${fts}"("${fts}") VALUES ('optimize')`);
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
