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
}

/**
 * Personal data a module keeps in tables of its own and answers for itself: core/privacy exports,
 * erases and applies retention through this port without reading those tables (the module's own
 * isolation rules stay intact). Registered in the composition root.
 */
export interface PersonalDataSource {
  /** A code for the source, e.g. "rewards". */
  readonly id: string;
  readonly tables: readonly PersonalDataTable[];
  /** Every row of the participant, per table, with every column. */
  rows(db: SqlRunner, participantId: string): Promise<Record<string, Row[]>>;
  /** Deletes every row of the participant in the caller's transaction; rows deleted per table. */
  erase(tx: SqlRunner, participantId: string): Promise<Record<string, number>>;
}
