import { ApiError } from '../api/errors.js';
import type { Principal } from '../auth/types.js';
import type { SqlRunner } from '../db/connection.js';
import { participantsRepo } from './participants.js';

/**
 * What of a participant is reached:
 * - 'record': name and assignment (the counselor, the participant, and an admin managing accounts);
 * - 'content': chat and progress (the counselor and the participant, never an admin);
 * - 'notes': the counselor's follow-up notes (the assigned counselor only).
 */
export type ParticipantScope = 'record' | 'content' | 'notes';

const FORBIDDEN_MESSAGE = 'Du har ikke tilgang til denne deltakeren. Bare veilederen som er tildelt deltakeren, har tilgang.';

/**
 * Access by need (tjenstlig behov): throws FORBIDDEN unless the principal may reach this
 * participant for this purpose. The same answer for a participant that does not exist, so refusals
 * do not reveal who is in the register. Returns the reason code for the audit entry.
 */
export async function assertParticipantAccess(db: SqlRunner, principal: Principal | null, participantId: string, scope: ParticipantScope): Promise<string> {
  if (!principal) throw new ApiError('UNAUTHENTICATED');
  if (principal.role === 'participant') {
    if (principal.participantId === participantId && scope !== 'notes') return 'own_data';
    throw new ApiError('FORBIDDEN', FORBIDDEN_MESSAGE);
  }
  const { exists, counselorId } = await participantsRepo.counselorOf(db, participantId);
  if (principal.role === 'admin') {
    if (scope === 'record' && exists) return 'administration';
    throw new ApiError('FORBIDDEN', scope === 'record' ? FORBIDDEN_MESSAGE : 'Administratorer har ikke tilgang til notater eller samtaler med deltakere.');
  }
  if (exists && counselorId === principal.userId) return 'assigned_counselor';
  throw new ApiError('FORBIDDEN', FORBIDDEN_MESSAGE);
}
