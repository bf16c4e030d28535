import { declaredRows, declaredSource, rowKey, type SqlRunner } from '../db/index.js';
import type { DeclaredTable, ErasureContext, PersonalDataSource, RetentionDue } from '../privacy/index.js';

const PARTICIPANT = 'participant_id = ?1';
const OF_CASES = 'case_id IN (SELECT id FROM decision_cases WHERE participant_id = ?1)';

export const DECISION_LOG_KEPT =
  'Beslutningsloggen beholdes så lenge organisasjonen har bestemt i innstillingene, og aldri kortere enn seks måneder etter beslutningen, slik at det kan etterprøves at et menneske tok beslutningen og hvordan. Fristen er organisasjonens valg i InkludMI, ikke et lovkrav. Loggen slettes når fristen er ute.';

/** Decision support's participant tables, in delete order (children before their case). */
export const DECISION_TABLES: readonly DeclaredTable[] = [
  {
    table: 'decision_letter_handovers',
    title: 'Levert informasjonsbrev i saker om dialogmøte 2',
    category: 'decisionCases',
    retention: 'decisionCases',
    where: OF_CASES,
    key: ['id'],
    json: ['data'],
    erase: 'delete',
    columns: {
      id: 'Id',
      case_id: 'Sak-id',
      record_id: 'Beslutning-id',
      handed_over_at: 'Levert',
      data: 'Hvordan og på hvilken målform',
    },
  },
  {
    table: 'decision_outcomes',
    title: 'Utfall i saker om dialogmøte 2',
    category: 'decisionCases',
    retention: 'decisionCases',
    where: OF_CASES,
    key: ['case_id'],
    json: ['data'],
    erase: 'delete',
    columns: { case_id: 'Sak-id', recorded_at: 'Registrert', data: 'Utfall' },
  },
  {
    table: 'decision_sessions',
    title: 'Vurderinger i saker om dialogmøte 2',
    category: 'decisionCases',
    retention: 'decisionCases',
    where: OF_CASES,
    key: ['id'],
    json: ['data'],
    erase: 'delete',
    columns: { id: 'Id', case_id: 'Sak-id', updated_at: 'Sist endret', data: 'Vurderingen' },
  },
  {
    table: 'decision_records',
    title: 'Beslutningslogg (dialogmøte 2)',
    category: 'decisionCases',
    retention: 'decisionCases',
    where: OF_CASES,
    key: ['id'],
    json: ['data'],
    erase: 'decisionLog',
    keptBecause: DECISION_LOG_KEPT,
    columns: {
      id: 'Id',
      session_id: 'Vurdering-id',
      case_id: 'Sak-id',
      counselor_id: 'Veileder (bruker-id)',
      decided_at: 'Besluttet',
      data: 'Beslutningen',
    },
  },
  {
    table: 'decision_cases',
    title: 'Saker om dialogmøte 2',
    category: 'decisionCases',
    retention: 'decisionCases',
    where: PARTICIPANT,
    key: ['id'],
    json: ['data'],
    erase: 'decisionCase',
    keptBecause:
      'Saken beholdes så lenge beslutningsloggen som viser til den, må oppbevares. Veilederens fritekst i saken slettes.',
    columns: {
      id: 'Id',
      participant_id: 'Deltaker-id',
      created_by: 'Opprettet av (bruker-id)',
      created_at: 'Opprettet',
      data: 'Saken',
    },
  },
];

const MS_PER_DAY = 86_400_000;
const RECORDS = DECISION_TABLES.find((t) => t.table === 'decision_records')!;

/** Decision records decided at or after this instant are within the organisation's period (issue 17). */
function cutoffOf(ctx: ErasureContext): string {
  return new Date(ctx.now.getTime() - ctx.decisionLogDays * MS_PER_DAY).toISOString();
}

function untilOf(lastDecidedAt: string, ctx: ErasureContext): string {
  return new Date(Date.parse(lastDecidedAt) + ctx.decisionLogDays * MS_PER_DAY).toISOString().slice(0, 10);
}

async function count(db: SqlRunner, sql: string, params: (string | null)[]): Promise<number> {
  return (await db.get<{ n: number }>(`SELECT count(*) AS n FROM ${sql}`, params))?.n ?? 0;
}

const KEPT_RECORDS = `"decision_records" WHERE (${RECORDS.where}) AND decided_at >= ?2`;

/** The decision records still within their period, and the cases they point at. */
async function recentRecords(db: SqlRunner, participantId: string, ctx: ErasureContext) {
  return db.all<{ case_id: string; decided_at: string }>(
    'SELECT case_id, decided_at FROM decision_records WHERE case_id IN (SELECT id FROM decision_cases WHERE participant_id = ?) AND decided_at >= ?',
    [participantId, cutoffOf(ctx)],
  );
}

/**
 * The decision log is kept for its period after each decision, and a case while a kept record
 * points at it (its free-text notes are cleared); the rest goes like any other table.
 */
async function decisionsDue(db: SqlRunner, participantId: string, ctx: ErasureContext): Promise<RetentionDue> {
  const recent = await recentRecords(db, participantId, ctx);
  const keptCases = new Set(recent.map((r) => r.case_id));
  const kept: RetentionDue['kept'] = [];
  if (recent.length > 0) {
    const last = recent
      .map((r) => r.decided_at)
      .sort()
      .at(-1)!;
    kept.push({ table: 'decision_records', rows: recent.length, until: untilOf(last, ctx), why: DECISION_LOG_KEPT });
  }
  const tables: RetentionDue['tables'] = [];
  for (const t of DECISION_TABLES) {
    const idCol = t.table === 'decision_cases' ? 'id' : 'case_id';
    const found = await declaredRows(db, t, participantId, ctx.userId, [...new Set([...t.key, idCol])]);
    const due = found.filter((r) => !keptCases.has(String(r[idCol])));
    if (due.length > 0) tables.push({ table: t.table, rows: due.map((r) => rowKey(r, t.key)).sort() });
  }
  return { tables, kept };
}

/** Decision support's rows of a participant, for privacy's access export, erasure and retention. */
export const decisionsPersonalData = (): PersonalDataSource =>
  declaredSource({
    id: 'decisions',
    module: 'decisions',
    tables: DECISION_TABLES,
    own: {
      decision_records: {
        async plan(db, participantId, ctx) {
          const t = RECORDS;
          const total = await count(db, `"${t.table}" WHERE ${t.where}`, [participantId]);
          const kept = await count(db, KEPT_RECORDS, [participantId, cutoffOf(ctx)]);
          const out: Awaited<ReturnType<NonNullable<PersonalDataSource['plan']>>> = { delete: [], keep: [] };
          if (kept > 0) {
            const last = await db.get<{ at: string }>(`SELECT max(decided_at) AS at FROM ${KEPT_RECORDS}`, [
              participantId,
              cutoffOf(ctx),
            ]);
            const until = last?.at ? untilOf(last.at, ctx) : null;
            out.keep.push({ table: t.table, title: t.title, rows: kept, why: t.keptBecause ?? '', until });
          }
          if (total - kept > 0) out.delete.push({ table: t.table, title: t.title, rows: total - kept });
          return out;
        },
        async erase(tx, participantId, ctx) {
          return (
            await tx.run(`DELETE FROM "decision_records" WHERE (${RECORDS.where}) AND decided_at < ?2`, [
              participantId,
              cutoffOf(ctx),
            ])
          ).changes;
        },
      },
      decision_cases: {
        async plan(db, participantId, ctx) {
          const t = DECISION_TABLES.find((x) => x.table === 'decision_cases')!;
          const total = await count(db, `"${t.table}" WHERE ${t.where}`, [participantId]);
          const kept = await count(
            db,
            `"${t.table}" WHERE participant_id = ?1 AND id IN (SELECT case_id FROM decision_records WHERE decided_at >= ?2)`,
            [participantId, cutoffOf(ctx)],
          );
          const out: Awaited<ReturnType<NonNullable<PersonalDataSource['plan']>>> = { delete: [], keep: [] };
          if (kept > 0)
            out.keep.push({ table: t.table, title: t.title, rows: kept, why: t.keptBecause ?? '', until: null });
          if (total - kept > 0) out.delete.push({ table: t.table, title: t.title, rows: total - kept });
          return out;
        },
        async erase(tx, participantId) {
          const r = await tx.run(
            'DELETE FROM "decision_cases" WHERE participant_id = ?1 AND id NOT IN (SELECT case_id FROM decision_records)',
            [participantId],
          );
          // The counselor's free text is not part of the decision log: it goes now.
          await tx.run(
            `UPDATE "decision_cases" SET data = json_set(data, '$.counselorNotes', '') WHERE participant_id = ?1`,
            [participantId],
          );
          return r.changes;
        },
      },
    },
    due: (db, participantId, category, ctx) =>
      category === 'decisionCases' ? decisionsDue(db, participantId, ctx) : Promise.resolve({ tables: [], kept: [] }),
  });
