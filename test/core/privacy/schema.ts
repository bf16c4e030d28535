import type { SqlRunner } from '../../../electron/core/db/connection.js';
import * as audit from '../../../electron/core/audit/index.js';
import * as auth from '../../../electron/core/auth/index.js';
import * as chat from '../../../electron/core/chat/index.js';
import * as decisions from '../../../electron/core/decisions/index.js';
import * as followup from '../../../electron/core/followup/index.js';
import * as gamification from '../../../electron/core/gamification/index.js';
import * as privacy from '../../../electron/core/privacy/index.js';
import { CATALOGUE, NOT_PARTICIPANT_TABLES, PARTICIPANT_TABLES } from '../../../electron/core/privacy/catalogue.js';
import { paramsFor } from '../../../electron/core/privacy/exportData.js';
import type { PersonalDataSource, PersonalDataTable } from '../../../electron/core/privacy/sources.js';

export interface LiveTable {
  name: string;
  columns: string[];
}

/** Every table of the live schema (sqlite_master, all migrations and runtime tables) with its columns (PRAGMA table_info). */
export async function liveSchema(db: SqlRunner): Promise<LiveTable[]> {
  const tables = await db.all<{ name: string }>(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
  );
  const out: LiveTable[] = [];
  for (const t of tables) {
    const cols = await db.all<{ name: string }>(`PRAGMA table_info("${t.name.replace(/"/g, '""')}")`);
    out.push({ name: t.name, columns: cols.map((c) => c.name) });
  }
  return out;
}

/** Tables of the live schema that neither the catalogue nor a registered source classifies. */
export function unclassified(live: readonly LiveTable[], sources: readonly PersonalDataSource[]): string[] {
  const known = new Set([...CATALOGUE.map((t) => t.table), ...sources.flatMap((s) => s.tables.map((t) => t.table))]);
  return live.filter((t) => !known.has(t.name)).map((t) => t.name);
}

/** Participant tables whose columns differ from the live schema: [table, missing from the classification, no longer in the schema]. */
export function columnMismatches(
  live: readonly LiveTable[],
  tables: readonly PersonalDataTable[],
): [string, string[], string[]][] {
  const out: [string, string[], string[]][] = [];
  for (const t of tables) {
    const liveCols = live.find((l) => l.name === t.table)?.columns ?? [];
    const listed = Object.keys(t.columns);
    const missing = liveCols.filter((c) => !listed.includes(c));
    const extra = listed.filter((c) => !liveCols.includes(c));
    if (missing.length || extra.length) out.push([t.table, missing, extra]);
  }
  return out;
}

/** Rows of the participant per catalogue table (user id: their login, also after it was deleted). */
export async function participantCounts(
  db: SqlRunner,
  participantId: string,
  userId: string | null,
  sources: readonly PersonalDataSource[],
): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of PARTICIPANT_TABLES) {
    out[t.table] =
      (
        await db.get<{ n: number }>(
          `SELECT count(*) AS n FROM "${t.table}" WHERE ${t.where}`,
          paramsFor(t.where, participantId, userId),
        )
      )?.n ?? 0;
  }
  for (const s of sources) {
    const rows = await s.rows(db, participantId);
    for (const t of s.tables) out[t.table] = rows[t.table]?.length ?? 0;
  }
  return out;
}

/** The faces (index.ts) of the modules that own participant tables. */
const FACES: Readonly<Record<string, Record<string, unknown>>> = {
  audit,
  auth,
  chat,
  decisions,
  followup,
  gamification,
  privacy,
};

/**
 * What is wrong with who answers for the participant tables: a live table that is neither derived nor
 * free of participant data and that no source serves, a table served by two sources, and a table a
 * source serves that its module does not declare in its index.ts.
 */
export function ownershipProblems(live: readonly LiveTable[], sources: readonly PersonalDataSource[]): string[] {
  const problems: string[] = [];
  const served = new Map<string, string[]>();
  for (const s of sources) for (const t of s.tables) served.set(t.table, [...(served.get(t.table) ?? []), s.id]);
  const notParticipant = new Set(NOT_PARTICIPANT_TABLES.map((t) => t.table));
  for (const l of live) if (!notParticipant.has(l.name) && !served.has(l.name)) problems.push(`${l.name}: no source`);
  for (const [table, ids] of served) if (ids.length > 1) problems.push(`${table}: in ${ids.join(', ')}`);
  for (const s of sources) {
    const face = FACES[s.module];
    const declared = face ? Object.values(face).flatMap((v) => (Array.isArray(v) ? v : [v])) : [];
    for (const t of s.tables) if (!declared.includes(t)) problems.push(`${t.table}: not declared by ${s.module}`);
  }
  return problems;
}
