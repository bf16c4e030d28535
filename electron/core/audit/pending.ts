import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { ROLES } from '../auth/index.js';
import { AUDIT_OUTCOMES, type AuditEntryInput } from './log.js';

/** What may wait in the pending file while the store is locked, and how such lines join the chain. */
const CODE = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/;
const code = z.string().regex(CODE);
/** What a pending line may hold: codes and ids only, a real time, a known role and outcome. */
export const pendingEntrySchema = z
  .object({
    actorId: code.nullable(),
    actorRole: z.enum(ROLES).nullable(),
    action: code,
    targetType: code.nullable().optional(),
    targetId: code.nullable().optional(),
    outcome: z.enum(AUDIT_OUTCOMES),
    reason: code.nullable().optional(),
    at: z.string().datetime(),
  })
  .strict();
export const pendingLineSchema = z.union([
  z
    .object({
      header: z.string().uuid(),
      sealed: z.object({ iv: z.string(), tag: z.string(), data: z.string() }),
      mac: z.string().regex(/^[0-9a-f]{64}$/),
    })
    .strict(),
  z.object({ header: z.string().uuid(), entry: pendingEntrySchema, mac: z.string().regex(/^[0-9a-f]{64}$/) }).strict(),
]);
export const checkpointSchema = z
  .object({
    seq: z.number().int().min(0),
    hash: z.string().regex(/^[0-9a-f]{64}$/),
    at: z.string().datetime(),
    why: code,
    mac: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();
export type Checkpoint = z.infer<typeof checkpointSchema>;

/** The header of lines written by a process that never held the audit key (a failed login before any unlock). */
export const UNKEYED_HEADER = '00000000-0000-4000-8000-000000000000';
export const UNKEYED_MAC = '0'.repeat(64);
/** What such a line may be: a refused login or recovery, nothing else. */
const UNKEYED_ACTIONS: ReadonlySet<string> = new Set(['auth.login', 'auth.recover']);
/** Clock skew allowed between the process that wrote a pending line and the one that joins it. */
export const SKEW_MS = 5 * 60_000;
/** The reason prefix that marks an entry joined without a MAC (shown as «ikke bekreftet»). */
export const UNVERIFIED_PREFIX = 'UNVERIFIED_';

export function hmac(key: Buffer, text: string): string {
  return createHmac('sha256', key).update(text, 'utf8').digest('hex');
}
export function sameHex(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

/**
 * A line written by a process that never held the audit key cannot carry a MAC: anyone who can write
 * the data folder could have written it. It joins only as what such a process can honestly record,
 * a refused login or recovery: no role, a time inside the window the store was locked, actor and
 * target only when they are real accounts, and a reason marked unverified so the log says so.
 * Anything else is quarantined like a forged line.
 */
export function unverifiedEntry(
  entry: z.infer<typeof pendingEntrySchema>,
  bounds: { from: number; to: number },
  users: ReadonlySet<string>,
): AuditEntryInput | null {
  const at = Date.parse(entry.at);
  if (!UNKEYED_ACTIONS.has(entry.action) || entry.outcome === 'ok' || entry.actorRole !== null) return null;
  if (!(at >= bounds.from && at <= bounds.to)) return null;
  if (entry.actorId !== null && !users.has(entry.actorId)) return null;
  const targetType = entry.targetType ?? null;
  const targetId = entry.targetId ?? null;
  if (targetType !== null && targetType !== 'user') return null;
  if (targetId !== null && (targetType !== 'user' || !users.has(targetId))) return null;
  if (entry.reason?.startsWith(UNVERIFIED_PREFIX)) return null;
  return { ...entry, targetType, targetId, reason: `${UNVERIFIED_PREFIX}${entry.reason ?? 'NONE'}` };
}
