import fs from 'node:fs';
import { participantUserId } from '../auth/index.js';
import type { Database, SqlRunner } from '../db/index.js';
import type { ErasureContext, ErasureLine, KeptLine, PersonalDataSource } from './sources.js';

export type { ErasureLine, KeptLine } from './sources.js';

/**
 * What erasure cannot reach, said with every preview and receipt: backups taken before it
 * (`inkludmi backup`) still hold the data, encrypted, until they are replaced; a restored copy
 * brings it back, and the erasure must then be done again (docs/deployment.md, section 7).
 */
export const ERASURE_BACKUP_NOTE =
  'Sikkerhetskopier som ble tatt før slettingen, inneholder fortsatt opplysningene, kryptert, til kopiene byttes ut etter organisasjonens rutine. Gjenopprettes en slik kopi, må slettingen gjøres på nytt.';

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

/** Six months in days: the decision log's floor, and its period when no setting is passed. */
const DEFAULT_DECISION_LOG_DAYS = 183;

/** The plan of a source without one of its own: every row of the participant goes. */
async function everyRowGoes(db: SqlRunner, participantId: string, source: PersonalDataSource) {
  const rows = await source.rows(db, participantId);
  const lines = source.tables.map((t) => ({ table: t.table, title: t.title, rows: rows[t.table]?.length ?? 0 }));
  return { delete: lines.filter((l) => l.rows > 0), keep: [] as KeptLine[] };
}

/** Every source's plan, in registration order; rows the decision log keeps keep the participant row. */
async function plans(
  db: SqlRunner,
  participantId: string,
  sources: readonly PersonalDataSource[],
  base: Omit<ErasureContext, 'keptLinks'>,
): Promise<{ delete: ErasureLine[]; keep: KeptLine[]; keptLinks: number }> {
  const out = { delete: [] as ErasureLine[], keep: [] as KeptLine[], keptLinks: 0 };
  for (const source of sources) {
    const ctx = { ...base, keptLinks: out.keptLinks };
    const part = source.plan
      ? await source.plan(db, participantId, ctx)
      : await everyRowGoes(db, participantId, source);
    out.delete.push(...part.delete);
    out.keep.push(...part.keep);
    for (const k of part.keep)
      if (source.tables.find((t) => t.table === k.table)?.erase === 'decisionLog') out.keptLinks += k.rows;
  }
  return out;
}

/** Computes the plan: per table how many rows go and how many the law keeps (and why). */
export async function planErasure(
  db: SqlRunner,
  participantId: string,
  sources: readonly PersonalDataSource[],
  now: Date,
  logDays = DEFAULT_DECISION_LOG_DAYS,
): Promise<ErasurePlan> {
  const userId = await participantUserId(db, participantId);
  const hold = await db.get<{ placed_at: string; reason: string }>(
    'SELECT placed_at, reason FROM retention_holds WHERE participant_id = ?',
    [participantId],
  );
  const plan = await plans(db, participantId, sources, { userId, now, decisionLogDays: logDays });
  return {
    participantId,
    legalHold: hold ? { placedAt: hold.placed_at, reason: hold.reason } : null,
    hasAccount: userId !== null,
    delete: plan.delete,
    keep: plan.keep,
    participantRowKept: plan.keptLinks > 0,
    backups: ERASURE_BACKUP_NOTE,
  };
}

/**
 * Erases the participant's rows in the caller's transaction through every source, in registration
 * order (children first): each deletes its rows by its tables' rules; kept rows stay with their
 * free text cleared. The login's key slot must already be gone (the caller removes it through the
 * account service).
 */
export async function eraseRows(
  tx: SqlRunner,
  participantId: string,
  sources: readonly PersonalDataSource[],
  now: Date,
  logDays = DEFAULT_DECISION_LOG_DAYS,
): Promise<void> {
  const userId = await participantUserId(tx, participantId);
  const base = { userId, now, decisionLogDays: logDays };
  const { keptLinks } = await plans(tx, participantId, sources, base);
  for (const source of sources) await source.erase(tx, participantId, { ...base, keptLinks });
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
