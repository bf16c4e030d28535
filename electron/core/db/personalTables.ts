import type {
  DeclaredTable,
  ErasureContext,
  ErasureLine,
  KeptLine,
  PersonalDataContext,
  PersonalDataSource,
  RetentionCategory,
  RetentionDue,
} from '../privacy/index.js';
import type { Row, SqlRunner, SqlValue } from './connection.js';

/**
 * A table whose erase rule is the module's own (decisionLog, decisionCase, participant): the module
 * counts and erases its rows itself; the declaration still gives everything else.
 */
export interface OwnRule {
  plan(db: SqlRunner, participantId: string, ctx: ErasureContext): Promise<{ delete: ErasureLine[]; keep: KeptLine[] }>;
  erase(tx: SqlRunner, participantId: string, ctx: ErasureContext): Promise<number>;
}

export interface DeclaredSourceSpec {
  id: string;
  /** The owner module (its folder under electron/core). */
  module: string;
  /** In delete order: children before the rows they point at. */
  tables: readonly DeclaredTable[];
  /** The participant's user id, for tables that find rows by it (?2); the composition root passes auth's. */
  userIdOf?: (db: SqlRunner, participantId: string) => Promise<string | null>;
  /** Tables with a rule of their own, by table name. */
  own?: Readonly<Record<string, OwnRule>>;
  /** The retention rule's due rows, when the module decides them itself. */
  due?: PersonalDataSource['due'];
  /** Runs after the module's rows were deleted (erasure, and once per retention run). */
  tidy?: (tx: SqlRunner, deleted: Readonly<Record<string, number>>) => Promise<void>;
}

/** The parameters of a declared `where`: the participant id, and their user id when it uses ?2. */
export function paramsFor(where: string, participantId: string, userId: string | null): (string | null)[] {
  return where.includes('?2') ? [participantId, userId] : [participantId];
}

const params = (t: DeclaredTable, participantId: string, userId: string | null) =>
  paramsFor(t.where, participantId, userId);

const cols = (names: readonly string[]) => names.map((c) => `"${c}"`).join(', ');

function parseJsonColumns(row: Row, json: readonly string[]): Row {
  const out: Row = { ...row };
  for (const c of json) {
    const v = out[c];
    if (typeof v === 'string') {
      try {
        out[c] = JSON.parse(v) as SqlValue;
      } catch {
        // kept as text
      }
    }
  }
  return out;
}

/** The participant's rows of a declared table, in key order, only the named columns. */
export async function declaredRows(
  db: SqlRunner,
  t: DeclaredTable,
  participantId: string,
  userId: string | null,
  columns: readonly string[] = Object.keys(t.columns),
): Promise<Row[]> {
  return db.all<Row>(
    `SELECT ${cols(columns)} FROM "${t.table}" WHERE ${t.where} ORDER BY ${cols(t.key)}`,
    params(t, participantId, userId),
  );
}

/** The key of a row as the retention preview lists it (a JSON array of the key columns). */
export function rowKey(row: Readonly<Record<string, unknown>>, key: readonly string[]): string {
  return JSON.stringify(key.map((k) => row[k]));
}

/** Deletes rows of a declared table by key (JSON arrays of its key columns); rows deleted. */
export async function deleteByKey(tx: SqlRunner, t: DeclaredTable, keys: readonly string[]): Promise<number> {
  let n = 0;
  for (const key of keys) {
    const values = JSON.parse(key) as SqlValue[];
    n += (await tx.run(`DELETE FROM "${t.table}" WHERE ${t.key.map((k) => `"${k}" = ?`).join(' AND ')}`, values))
      .changes;
  }
  return n;
}

/**
 * The PersonalDataSource of a module whose tables are declared (DeclaredTable): the module builds it
 * from its own declarations, so the SQL against its tables stays with it. Rules delete, keep (with
 * its free text cleared) and account are done here; other rules by the module (`own`).
 */
export function declaredSource(spec: DeclaredSourceSpec): PersonalDataSource {
  const userId = async (db: SqlRunner, participantId: string, ctx?: PersonalDataContext) =>
    ctx
      ? ctx.userId
      : spec.userIdOf && spec.tables.some((t) => t.where.includes('?2'))
        ? spec.userIdOf(db, participantId)
        : null;
  const table = (name: string) => spec.tables.find((t) => t.table === name);
  return {
    id: spec.id,
    module: spec.module,
    tables: spec.tables,
    async rows(db, participantId, ctx) {
      const user = await userId(db, participantId, ctx);
      const out: Record<string, Row[]> = {};
      for (const t of spec.tables)
        out[t.table] = (await declaredRows(db, t, participantId, user)).map((r) => parseJsonColumns(r, t.json ?? []));
      return out;
    },
    async plan(db, participantId, ctx) {
      const del: ErasureLine[] = [];
      const keep: KeptLine[] = [];
      for (const t of spec.tables) {
        const own = spec.own?.[t.table];
        if (own) {
          const part = await own.plan(db, participantId, ctx);
          del.push(...part.delete);
          keep.push(...part.keep);
          continue;
        }
        const rows =
          (
            await db.get<{ n: number }>(
              `SELECT count(*) AS n FROM "${t.table}" WHERE ${t.where}`,
              params(t, participantId, ctx.userId),
            )
          )?.n ?? 0;
        if (rows === 0) continue;
        if (t.erase === 'keep')
          keep.push({ table: t.table, title: t.title, rows, why: t.keptBecause ?? '', until: null });
        else del.push({ table: t.table, title: t.title, rows });
      }
      return { delete: del, keep };
    },
    async erase(tx, participantId, ctx) {
      if (!ctx) throw new Error(`source ${spec.id}: erasure needs its context`);
      const deleted: Record<string, number> = {};
      for (const t of spec.tables) {
        const own = spec.own?.[t.table];
        const p = params(t, participantId, ctx.userId);
        if (own) deleted[t.table] = await own.erase(tx, participantId, ctx);
        else if (t.erase === 'keep') {
          if (t.clearOnErase?.length)
            await tx.run(
              `UPDATE "${t.table}" SET ${t.clearOnErase.map((c) => `"${c}" = NULL`).join(', ')} WHERE ${t.where}`,
              p,
            );
        } else if (t.erase === 'delete' || t.erase === 'account')
          deleted[t.table] = (await tx.run(`DELETE FROM "${t.table}" WHERE ${t.where}`, p)).changes;
        else throw new Error(`${t.table}: erase rule ${t.erase} needs the module's own code`);
      }
      await spec.tidy?.(tx, deleted);
      return deleted;
    },
    async due(db, participantId, category: RetentionCategory, ctx): Promise<RetentionDue> {
      if (spec.due) return spec.due(db, participantId, category, ctx);
      const tables: RetentionDue['tables'] = [];
      for (const t of spec.tables.filter((x) => x.retention === category)) {
        const found = await declaredRows(db, t, participantId, ctx.userId, t.key);
        if (found.length > 0) tables.push({ table: t.table, rows: found.map((r) => rowKey(r, t.key)).sort() });
      }
      return { tables, kept: [] };
    },
    async deleteRows(tx, name, keys) {
      const t = table(name);
      if (!t) throw new Error(`source ${spec.id} has no table ${name}`);
      return deleteByKey(tx, t, keys);
    },
    ...(spec.tidy ? { tidy: spec.tidy } : {}),
  };
}
