import { DomainError } from '../errors/index.js';
import type { Principal } from '../auth/index.js';
import type { SqlRunner } from '../db/index.js';
import { assertParticipantAccess, RestrictedProcessingError, type ParticipantScope } from '../followup/index.js';

/**
 * Access for the data-subject rights: the same access-by-need rule as everywhere (the participant
 * themself, their assigned counselor, an admin for the record), except that a restricted record is
 * reachable here: exercising the rights (access, erasure, lifting the restriction) is exactly what
 * may still happen to it.
 */
export async function assertRightsAccess(
  db: SqlRunner,
  principal: Principal | null,
  participantId: string,
  scope: ParticipantScope,
): Promise<string> {
  try {
    return await assertParticipantAccess(db, principal, participantId, scope);
  } catch (err) {
    if (!(err instanceof RestrictedProcessingError)) throw err;
    // assertParticipantAccess refuses a restriction only after the caseload rule has let the caller in.
    return REASON[principal!.role];
  }
}

const REASON: Record<Principal['role'], string> = {
  participant: 'own_data',
  counselor: 'assigned_counselor',
  admin: 'administration',
};

export function requireAdmin(
  principal: Principal | null,
  message = 'Bare en administrator kan gjøre dette.',
): asserts principal is Principal {
  if (!principal) throw new DomainError('UNAUTHENTICATED');
  if (principal.role !== 'admin') throw new DomainError('FORBIDDEN', message);
}
