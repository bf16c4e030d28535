import type { Row, SqlRunner } from '../db/index.js';
import type { DataCategory } from './purposes.js';

/** The retention rules' categories (settings.retentionMonths), relative to the end of the programme. */
export const RETENTION_CATEGORIES = [
  'chat',
  'notes',
  'activityPlan',
  'motivation',
  'decisionCases',
  'auditEntries',
] as const;
export type RetentionCategory = (typeof RETENTION_CATEGORIES)[number];

/**
 * What erasure does with a participant's rows:
 * - delete: the rows are deleted;
 * - keep: kept because the law requires it (accountability, the audit trail), listed in the receipt;
 * - decisionLog: decision records are kept for their minimum retention after the decision, then deleted;
 * - decisionCase: a case is kept while a kept decision record points at it (its free-text notes are cleared);
 * - account: the participant's login is removed (its key slot first, then the row);
 * - participant: the row is deleted, or kept as a bare id when kept records point at it.
 */
export type EraseRule = 'delete' | 'keep' | 'decisionLog' | 'decisionCase' | 'account' | 'participant';

/** A table that holds data about a participant, as the access export, erasure and the data map see it. */
export interface PersonalDataTable {
  table: string;
  /** Norwegian heading in the export and the data map. */
  title: string;
  category: DataCategory;
  /** The retention rule that deletes its rows (null: kept until erasure, or kept by law). */
  retention: RetentionCategory | null;
  /** Columns that identify one row (the retention preview lists rows by them). */
  key: readonly string[];
  /** EVERY column of the table, with its Norwegian label (a column missing here fails the schema test). */
  columns: Readonly<Record<string, string>>;
  /** What erasure does with its rows. */
  erase: EraseRule;
  /** Why rows are kept after erasure (rules keep, decisionLog, decisionCase), in Norwegian. */
  keptBecause?: string;
}

/** A participant table declared by its owner module, answered for by the declaration (db/personalTables.ts). */
export interface DeclaredTable extends PersonalDataTable {
  /** SQL condition for the participant's rows: ?1 is the participant id, ?2 their user id (or NULL). */
  where: string;
  /** Columns holding JSON (parsed in the export). */
  json?: readonly string[];
  /** Free-text columns cleared on the rows that are kept. */
  clearOnErase?: readonly string[];
}

/** What privacy knows about the participant when it asks a source. */
export interface PersonalDataContext {
  /** The participant's login (their user id), or null: some tables find rows by it. */
  userId: string | null;
}

/** Erasure and retention: the clock, the decision log's period and what earlier sources keep. */
export interface ErasureContext extends PersonalDataContext {
  now: Date;
  /** Days the decision log is kept after each decision (never under six months). */
  decisionLogDays: number;
  /** Rows kept by law that point at the participant row: it then stays as a bare id. */
  keptLinks: number;
}

export interface ErasureLine {
  table: string;
  title: string;
  rows: number;
}

export interface KeptLine extends ErasureLine {
  /** Why the law requires it kept (Norwegian). */
  why: string;
  /** When it may go (the decision log's minimum); null when kept for as long as the log itself. */
  until: string | null;
}

/** Rows of one retention rule that are due, by table, and rows due but kept by law for now. */
export interface RetentionDue {
  /** The rows by their key columns (JSON arrays), exactly as deleteRows deletes them. */
  tables: { table: string; rows: string[] }[];
  kept: { table: string; rows: number; until: string; why: string }[];
}

/**
 * Personal data a module keeps in tables of its own and answers for itself: core/privacy exports,
 * erases and applies retention through this port without reading those tables (the module's own
 * isolation rules stay intact). Registered in the composition root, in erasure order (children first).
 */
export interface PersonalDataSource {
  /** A code for the source, e.g. "rewards". */
  readonly id: string;
  /** The core module that owns the tables (its folder under electron/core). */
  readonly module: string;
  readonly tables: readonly PersonalDataTable[];
  /** Every row of the participant, per table, with every column. */
  rows(db: SqlRunner, participantId: string, ctx?: PersonalDataContext): Promise<Record<string, Row[]>>;
  /** What erasure would do now. Omitted: every row of the participant goes. */
  plan?(
    db: SqlRunner,
    participantId: string,
    ctx: ErasureContext,
  ): Promise<{ delete: ErasureLine[]; keep: KeptLine[] }>;
  /** Erases the participant's rows in the caller's transaction by the tables' rules; rows deleted per table. */
  erase(tx: SqlRunner, participantId: string, ctx?: ErasureContext): Promise<Record<string, number>>;
  /** The rows retention rule `category` deletes now. Omitted: every row of its tables under that rule. */
  due?(db: SqlRunner, participantId: string, category: RetentionCategory, ctx: ErasureContext): Promise<RetentionDue>;
  /** Deletes rows by key (as `due` lists them) in the caller's transaction. Omitted: `erase` deletes them. */
  deleteRows?(tx: SqlRunner, table: string, keys: readonly string[]): Promise<number>;
  /** Runs once after the retention job deleted rows in the transaction (e.g. merges a full-text index). */
  tidy?(tx: SqlRunner, deleted: Readonly<Record<string, number>>): Promise<void>;
}
