import type { SqlRunner } from '../../../electron/core/db/connection.js';
import { CATALOGUE, PARTICIPANT_TABLES } from '../../../electron/core/privacy/catalogue.js';
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
