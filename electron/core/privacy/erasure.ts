import fs from 'node:fs';
import type { Database, SqlRunner } from '../db/index.js';
import { FTS_TO_OPTIMIZE, PARTICIPANT_TABLES, type CatalogueTable } from './catalogue.js';
import { paramsFor, userIdOf } from './exportData.js';
import type { PersonalDataSource } from './sources.js';

export const ERASED_NAME = 'Slettet deltaker';

/**
 * What erasure cannot reach, said with every preview and receipt: backups taken before it
 * (`inkludmi backup`) still hold the data, encrypted, until they are replaced; a restored copy
 * brings it back, and the erasure must then be done again (docs/deployment.md, section 7).
 */
export const ERASURE_BACKUP_NOTE =
  'Sikkerhetskopier som ble tatt før slettingen, inneholder fortsatt opplysningene, kryptert, til kopiene byttes ut etter organisasjonens rutine. Gjenopprettes en slik kopi, må slettingen gjøres på nytt.';

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

/** What erasing a participant does, before it is done. */
export interface ErasurePlan {
  participantId: string;
  /** Nothing is erased while a legal hold stands. */
  legalHold: { placedAt: string; reason: string } | null;
  /** The participant's login: its key slot is removed and the account deleted. */
  hasAccount: boolean;
  delete: ErasureLine[];
  keep: KeptLine[];
  /** The row itself stays as a bare id (no name, no national id) while kept records point at it. */
  participantRowKept: boolean;
  /** What erasure does not reach (backups taken earlier), in Norwegian. */
  backups: string;
}

export interface ErasureReceipt extends ErasurePlan {
  erasedAt: string;
  requestId: string;
  /** Bytes of the database and its WAL after the space was reclaimed. */
  reclaimed: { databaseBytes: number; walBytes: number };
}

const MS_PER_DAY = 86_400_000;

/** Six months in days: the decision log's floor, and its period when no setting is passed. */
const DEFAULT_DECISION_LOG_DAYS = 183;

/** The decision log is kept for the organisation's period (issue 17) after each decision. */
function decisionCutoff(now: Date, logDays: number): string {
  return new Date(now.getTime() - logDays * MS_PER_DAY).toISOString();
}

function keptDecisionWhere(t: CatalogueTable): string {
  return `(${t.where}) AND decided_at >= ?2`;
}

async function count(db: SqlRunner, sql: string, params: (string | null)[]): Promise<number> {
  return (await db.get<{ n: number }>(`SELECT count(*) AS n FROM ${sql}`, params))?.n ?? 0;
}

/** Computes the plan: per table how many rows go and how many the law keeps (and why). */
export async function planErasure(
  db: SqlRunner,
  participantId: string,
  sources: readonly PersonalDataSource[],
  now: Date,
  logDays = DEFAULT_DECISION_LOG_DAYS,
): Promise<ErasurePlan> {
  const userId = await userIdOf(db, participantId);
  const hold = await db.get<{ placed_at: string; reason: string }>(
    'SELECT placed_at, reason FROM retention_holds WHERE participant_id = ?',
    [participantId],
  );
  const cutoff = decisionCutoff(now, logDays);
  const del: ErasureLine[] = [];
  const keep: KeptLine[] = [];
  let keptRecords = 0;
  for (const t of PARTICIPANT_TABLES) {
    const total = await count(db, `"${t.table}" WHERE ${t.where}`, paramsFor(t.where, participantId, userId));
    if (t.erase === 'keep') {
      if (total > 0) keep.push({ table: t.table, title: t.title, rows: total, why: t.keptBecause ?? '', until: null });
      continue;
    }
    if (t.erase === 'decisionLog') {
      const kept = await count(db, `"${t.table}" WHERE ${keptDecisionWhere(t)}`, [participantId, cutoff]);
      keptRecords = kept;
      if (kept > 0) {
        const last = await db.get<{ at: string }>(
          `SELECT max(decided_at) AS at FROM "${t.table}" WHERE ${keptDecisionWhere(t)}`,
          [participantId, cutoff],
        );
        const until = last?.at ? new Date(Date.parse(last.at) + logDays * MS_PER_DAY).toISOString().slice(0, 10) : null;
        keep.push({ table: t.table, title: t.title, rows: kept, why: t.keptBecause ?? '', until });
      }
      if (total - kept > 0) del.push({ table: t.table, title: t.title, rows: total - kept });
      continue;
    }
    if (t.erase === 'decisionCase') {
      const kept = await count(
        db,
        `"${t.table}" WHERE participant_id = ?1 AND id IN (SELECT case_id FROM decision_records WHERE decided_at >= ?2)`,
        [participantId, cutoff],
      );
      if (kept > 0) keep.push({ table: t.table, title: t.title, rows: kept, why: t.keptBecause ?? '', until: null });
      if (total - kept > 0) del.push({ table: t.table, title: t.title, rows: total - kept });
      continue;
    }
    if (t.erase === 'participant') {
      if (keptRecords === 0) del.push({ table: t.table, title: t.title, rows: total });
      continue;
    }
    if (total > 0) del.push({ table: t.table, title: t.title, rows: total });
  }
  for (const source of sources) {
    const rows = await source.rows(db, participantId);
    for (const t of source.tables) {
      const n = rows[t.table]?.length ?? 0;
      if (n > 0) del.push({ table: t.table, title: t.title, rows: n });
    }
  }
  return {
    participantId,
    legalHold: hold ? { placedAt: hold.placed_at, reason: hold.reason } : null,
    hasAccount: userId !== null,
    delete: del,
    keep,
    participantRowKept: keptRecords > 0,
    backups: ERASURE_BACKUP_NOTE,
  };
}

/**
 * Deletes the participant's rows in the caller's transaction, table by table in the catalogue's
 * order (children first), the sources first of all. Kept rows stay; their free text is cleared.
 * The login's key slot must already be gone (the caller removes it through the account service).
 */
export async function eraseRows(
  tx: SqlRunner,
  participantId: string,
  sources: readonly PersonalDataSource[],
  now: Date,
  logDays = DEFAULT_DECISION_LOG_DAYS,
): Promise<void> {
  const userId = await userIdOf(tx, participantId);
  const cutoff = decisionCutoff(now, logDays);
  for (const source of sources) await source.erase(tx, participantId);
  let keptRecords = 0;
  for (const t of PARTICIPANT_TABLES) {
    const params = paramsFor(t.where, participantId, userId);
    switch (t.erase) {
      case 'keep':
        if (t.clearOnErase?.length)
          await tx.run(
            `UPDATE "${t.table}" SET ${t.clearOnErase.map((c) => `"${c}" = NULL`).join(', ')} WHERE ${t.where}`,
            params,
          );
        break;
      case 'decisionLog':
        keptRecords = await count(tx, `"${t.table}" WHERE ${keptDecisionWhere(t)}`, [participantId, cutoff]);
        await tx.run(`DELETE FROM "${t.table}" WHERE (${t.where}) AND decided_at < ?2`, [participantId, cutoff]);
        break;
      case 'decisionCase':
        await tx.run(
          `DELETE FROM "${t.table}" WHERE participant_id = ?1 AND id NOT IN (SELECT case_id FROM decision_records)`,
          [participantId],
        );
        // The counselor's free text is not part of the decision log: it goes now.
        await tx.run(
          `UPDATE "${t.table}" SET data = json_set(data, '$.counselorNotes', '') WHERE participant_id = ?1`,
          [participantId],
        );
        break;
      case 'account':
        await tx.run(`DELETE FROM "${t.table}" WHERE ${t.where}`, params);
        break;
      case 'participant':
        if (keptRecords > 0) {
          await tx.run(
            `UPDATE participants SET display_name = ?2, national_id = NULL, counselor_id = NULL, restricted_at = NULL, erased_at = ?3, updated_at = ?3 WHERE id = ?1`,
            [participantId, ERASED_NAME, now.toISOString()],
          );
        } else {
          await tx.run('DELETE FROM participants WHERE id = ?1', [participantId]);
        }
        break;
      case 'delete':
        await tx.run(`DELETE FROM "${t.table}" WHERE ${t.where}`, params);
        break;
    }
  }
  for (const fts of FTS_TO_OPTIMIZE) await tx.run(`INSERT INTO "${fts}"("${fts}") VALUES ('optimize')`);
}

/**
 * Gets the freed space back so the deleted bytes are gone from the files: secure_delete has zeroed
 * the freed cells; the WAL is checkpointed and truncated, VACUUM rewrites the database without free
 * pages, and the WAL it wrote is checkpointed and truncated again.
 */
export async function reclaimSpace(db: Database): Promise<{ databaseBytes: number; walBytes: number }> {
  await db.get('PRAGMA wal_checkpoint(TRUNCATE)');
  await db.exec('VACUUM');
  await db.get('PRAGMA wal_checkpoint(TRUNCATE)');
  const size = (file: string) => (fs.existsSync(file) ? fs.statSync(file).size : 0);
  return { databaseBytes: size(db.file), walBytes: size(`${db.file}-wal`) };
}
