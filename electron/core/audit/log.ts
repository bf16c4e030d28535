import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { Role } from '../auth/index.js';
import type { SqlRunner, SqlValue } from '../db/index.js';

export const AUDIT_OUTCOMES = ['ok', 'denied', 'invalid', 'error', 'failed'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/**
 * One thing that happened. Every field is a code or an id — never free text written by or about a
 * participant (names, notes and messages stay out of the log by construction: see CODE).
 */
export interface AuditEntryInput {
  actorId: string | null;
  actorRole: Role | null;
  /** What was done, e.g. `notes.list`, `auth.login`. */
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  outcome: AuditOutcome;
  /** Why (tjenstlig behov) or why not: a code such as `assigned_counselor` or `FORBIDDEN`. */
  reason?: string | null;
  /** ISO time; now when not given (pending entries keep the time they happened). */
  at?: string;
}

export interface AuditEntry {
  seq: number;
  at: string;
  actorId: string | null;
  actorRole: Role | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  outcome: AuditOutcome;
  reason: string | null;
  prevHash: string;
  hash: string;
  /** HMAC-SHA256 of the hash under the audit key (null for entries older than migration 009). */
  mac?: string | null;
}

export const GENESIS_HASH = '0'.repeat(64);
/** Codes and ids only: letters, digits and a few separators, no spaces. */
const CODE = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/;

interface AuditRow {
  seq: number;
  at: string;
  actor_id: string | null;
  actor_role: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  outcome: string;
  reason: string | null;
  prev_hash: string;
  hash: string;
  mac?: string | null;
}

/** The canonical form the hash covers: every column but the hash, in a fixed order, as JSON. */
export function canonicalForm(e: Omit<AuditEntry, 'hash'>): string {
  return JSON.stringify([
    e.seq,
    e.at,
    e.actorId,
    e.actorRole,
    e.action,
    e.targetType,
    e.targetId,
    e.outcome,
    e.reason,
    e.prevHash,
  ]);
}

export function entryHash(e: Omit<AuditEntry, 'hash'>): string {
  return createHash('sha256').update(canonicalForm(e), 'utf8').digest('hex');
}

/** The entry's MAC: whoever has only the database key cannot make one (the key lives in the key slots). */
export function entryMac(key: Buffer, hash: string): string {
  return createHmac('sha256', key).update(`inkludmi-audit|${hash}`, 'utf8').digest('hex');
}

function sameHex(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

function checkCode(field: string, value: string | null | undefined): void {
  if (value !== null && value !== undefined && !CODE.test(value))
    throw new TypeError(`audit ${field} must be a code, not free text`);
}

/**
 * The chain head the last append left, as its writer last saw it: a guess only. An append built on
 * it inserts only when the guess still is the head (see appendAudit), so a rolled-back transaction,
 * another writer, a restore or a rewritten row never links an entry to a head that is not there.
 */
export interface AuditHeadGuess {
  head: { seq: number; hash: string } | null;
}

const INSERT_COLUMNS =
  'INSERT INTO audit_log (seq, at, actor_id, actor_role, action, target_type, target_id, outcome, reason, prev_hash, hash, mac)';

/**
 * Appends one entry in the caller's transaction (so a write and its audit entry commit together).
 * With a head guess, the head is not read first: the entry is inserted only if the guessed head is
 * still the last row with that hash (checked by the same statement); otherwise the head is read
 * and the entry built on it, as without a guess.
 */
export async function appendAudit(
  tx: SqlRunner,
  input: AuditEntryInput,
  macKey: Buffer | null = null,
  guess: AuditHeadGuess | null = null,
): Promise<AuditEntry> {
  for (const field of ['actorId', 'action', 'targetType', 'targetId', 'reason'] as const)
    checkCode(field, input[field]);
  const at = input.at ?? new Date().toISOString();
  const guessed = guess?.head;
  if (guess && guessed) {
    guess.head = null;
    const entry = buildEntry(input, at, guessed, macKey);
    const { changes } = await tx.run(
      `${INSERT_COLUMNS} SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
       WHERE EXISTS (SELECT 1 FROM audit_log WHERE seq = ? AND hash = ?)
         AND NOT EXISTS (SELECT 1 FROM audit_log WHERE seq > ?)`,
      [...entryValues(entry), guessed.seq, guessed.hash, guessed.seq],
    );
    if (changes === 1) {
      guess.head = { seq: entry.seq, hash: entry.hash };
      return entry;
    }
  }
  const last = await tx.get<{ seq: number; hash: string }>('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1');
  const entry = buildEntry(input, at, last ?? null, macKey);
  await tx.run(`${INSERT_COLUMNS} VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, entryValues(entry));
  if (guess) guess.head = { seq: entry.seq, hash: entry.hash };
  return entry;
}

function buildEntry(
  input: AuditEntryInput,
  at: string,
  last: { seq: number; hash: string } | null,
  macKey: Buffer | null,
): AuditEntry {
  const partial: Omit<AuditEntry, 'hash'> = {
    seq: (last?.seq ?? 0) + 1,
    at,
    actorId: input.actorId,
    actorRole: input.actorRole,
    action: input.action,
    targetType: input.targetType ?? null,
    targetId: input.targetId ?? null,
    outcome: input.outcome,
    reason: input.reason ?? null,
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  const hash = entryHash(partial);
  return { ...partial, hash, mac: macKey ? entryMac(macKey, hash) : null };
}

function entryValues(entry: AuditEntry): SqlValue[] {
  return [
    entry.seq,
    entry.at,
    entry.actorId,
    entry.actorRole,
    entry.action,
    entry.targetType,
    entry.targetId,
    entry.outcome,
    entry.reason,
    entry.prevHash,
    entry.hash,
    entry.mac ?? null,
  ];
}

function fromRow(r: AuditRow): AuditEntry {
  return {
    seq: r.seq,
    at: r.at,
    actorId: r.actor_id,
    actorRole: r.actor_role as Role | null,
    action: r.action,
    targetType: r.target_type,
    targetId: r.target_id,
    outcome: r.outcome as AuditOutcome,
    reason: r.reason,
    prevHash: r.prev_hash,
    hash: r.hash,
    mac: r.mac ?? null,
  };
}

export type AuditProblem =
  'hash_mismatch' | 'chain_broken' | 'sequence_gap' | 'mac_mismatch' | 'truncated' | 'checkpoint_mismatch';
export interface AuditVerification {
  ok: boolean;
  entries: number;
  /** The first row that does not verify, and how. */
  firstBad: { seq: number; problem: AuditProblem } | null;
  /** The last checkpoint outside the database the chain was checked against. */
  checkpoint?: { seq: number; at: string } | null;
}

export interface VerifyOptions {
  /** The audit HMAC key: with it, every entry from `macFrom` on must carry a valid MAC. */
  macKey?: Buffer | null;
  macFrom?: number;
  /** The chain head recorded outside the database (sequence and hash). */
  checkpoint?: { seq: number; hash: string; at: string } | null;
  batch?: number;
}

/**
 * Recomputes every hash (and MAC) in order; names the first row whose content or link does not
 * match. Against a checkpoint: fewer rows than the checkpoint's sequence is truncation (the first
 * missing sequence is named); a different hash at that sequence is a rewrite.
 */
export async function verifyAudit(db: SqlRunner, options: VerifyOptions | number = {}): Promise<AuditVerification> {
  const o: VerifyOptions = typeof options === 'number' ? { batch: options } : options;
  const batch = o.batch ?? 5000;
  const checkpoint = o.checkpoint ? { seq: o.checkpoint.seq, at: o.checkpoint.at } : null;
  const against = o.checkpoint !== undefined ? { checkpoint } : {};
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let count = 0;
  let hashAtCheckpoint: string | null = null;
  const bad = (seq: number, problem: AuditProblem): AuditVerification => ({
    ok: false,
    entries: count,
    firstBad: { seq, problem },
    ...against,
  });
  for (;;) {
    const rows = await db.all<AuditRow>('SELECT * FROM audit_log WHERE seq >= ? ORDER BY seq LIMIT ?', [
      expectedSeq,
      batch,
    ]);
    if (rows.length === 0) break;
    for (const row of rows) {
      const e = fromRow(row);
      if (e.seq !== expectedSeq) return bad(expectedSeq, 'sequence_gap');
      const { hash, mac, ...rest } = e;
      if (entryHash(rest) !== hash) return bad(e.seq, 'hash_mismatch');
      if (e.prevHash !== prevHash) return bad(e.seq, 'chain_broken');
      if (o.macKey && e.seq >= (o.macFrom ?? 1) && (!mac || !sameHex(entryMac(o.macKey, hash), mac)))
        return bad(e.seq, 'mac_mismatch');
      if (checkpoint && e.seq === checkpoint.seq) hashAtCheckpoint = hash;
      prevHash = hash;
      expectedSeq++;
      count++;
    }
  }
  if (o.checkpoint) {
    if (count < o.checkpoint.seq) return bad(count + 1, 'truncated');
    if (hashAtCheckpoint !== o.checkpoint.hash) return bad(o.checkpoint.seq, 'checkpoint_mismatch');
  }
  return { ok: true, entries: count, firstBad: null, ...against };
}

export interface AuditFilter {
  actorId?: string;
  action?: string;
  /** Any of these actions (a group of the filter, see events.ts). */
  actions?: readonly string[];
  targetId?: string;
  /** ISO date or time, inclusive. */
  from?: string;
  /** ISO date or time, inclusive (a date means the whole day). */
  to?: string;
  limit?: number;
  /** Entries with seq below this (paging backwards from the newest). */
  beforeSeq?: number;
}

/** Newest first. */
export async function listAudit(db: SqlRunner, filter: AuditFilter = {}): Promise<AuditEntry[]> {
  const where: string[] = [];
  const params: (string | number)[] = [];
  const add = (clause: string, value: string | number) => {
    where.push(clause);
    params.push(value);
  };
  if (filter.actorId) add('actor_id = ?', filter.actorId);
  if (filter.action) add('action = ?', filter.action);
  if (filter.actions) {
    where.push(`action IN (${filter.actions.map(() => '?').join(', ') || 'NULL'})`);
    params.push(...filter.actions);
  }
  if (filter.targetId) add('target_id = ?', filter.targetId);
  if (filter.from) add('at >= ?', filter.from);
  if (filter.to) add('at <= ?', filter.to.length === 10 ? `${filter.to}T23:59:59.999Z` : filter.to);
  if (filter.beforeSeq) add('seq < ?', filter.beforeSeq);
  const sql = `SELECT * FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY seq DESC LIMIT ?`;
  params.push(Math.min(Math.max(filter.limit ?? 100, 1), 1000));
  return (await db.all<AuditRow>(sql, params)).map(fromRow);
}
