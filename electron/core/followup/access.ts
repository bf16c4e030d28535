import { DomainError } from '../errors/index.js';
import type { Principal } from '../auth/index.js';
import type { SqlRunner } from '../db/index.js';
import { participantsRepo } from './participants.js';

/**
 * What of a participant is reached:
 * - 'record': name and assignment (the counselor, the participant, and an admin managing accounts);
 * - 'content': chat and progress (the counselor and the participant, never an admin);
 * - 'notes': the counselor's follow-up notes (the assigned counselor only).
 */
export type ParticipantScope = 'record' | 'content' | 'notes';

const FORBIDDEN_MESSAGE =
  'Du har ikke tilgang til denne deltakeren. Bare veilederen som er tildelt deltakeren, har tilgang.';

/**
 * Access by need (tjenstlig behov): throws FORBIDDEN unless the principal may reach this
 * participant for this purpose. The same answer for a participant that does not exist, so refusals
 * do not reveal who is in the register. Returns the reason code for the audit entry.
 */
export async function assertParticipantAccess(
  db: SqlRunner,
  principal: Principal | null,
  participantId: string,
  scope: ParticipantScope,
): Promise<string> {
  if (!principal) throw new DomainError('UNAUTHENTICATED');
  const { exists, counselorId, restricted } = await participantsRepo.counselorOf(db, participantId);
  const reason = accessReason(principal, participantId, scope, exists, counselorId);
  // Checked after the caseload rule, so a refusal never tells a stranger that a record is restricted.
  if (restricted) throw new RestrictedProcessingError();
  return reason;
}

/**
 * assertParticipantAccess for many participants at once (one statement per 500, not one each):
 * the same rule and the same refusals, in the order given. With `skipRestricted`, a restricted
 * record is left out instead of refusing them all (a caseload-wide overview). Returns the ids reached.
 */
export async function assertParticipantsAccess(
  db: SqlRunner,
  principal: Principal | null,
  participantIds: readonly string[],
  scope: ParticipantScope,
  options: { skipRestricted?: boolean } = {},
): Promise<string[]> {
  if (!principal) throw new DomainError('UNAUTHENTICATED');
  const assignments = await participantsRepo.counselorsOf(db, participantIds);
  const reachable: string[] = [];
  for (const id of participantIds) {
    const { exists, counselorId, restricted } = assignments.get(id)!;
    accessReason(principal, id, scope, exists, counselorId);
    if (!restricted) reachable.push(id);
    else if (!options.skipRestricted) throw new RestrictedProcessingError();
  }
  return reachable;
}

function accessReason(
  principal: Principal,
  participantId: string,
  scope: ParticipantScope,
  exists: boolean,
  counselorId: string | null,
): string {
  if (principal.role === 'participant') {
    if (principal.participantId === participantId && exists && scope !== 'notes') return 'own_data';
    throw new DomainError('FORBIDDEN', FORBIDDEN_MESSAGE);
  }
  if (principal.role === 'admin') {
    if (scope === 'record' && exists) return 'administration';
    throw new DomainError(
      'FORBIDDEN',
      scope === 'record'
        ? FORBIDDEN_MESSAGE
        : 'Administratorer har ikke tilgang til notater eller samtaler med deltakere.',
    );
  }
  if (exists && counselorId === principal.userId) return 'assigned_counselor';
  throw new DomainError('FORBIDDEN', FORBIDDEN_MESSAGE);
}

export const RESTRICTED_MESSAGE =
  'Behandlingen av opplysningene om denne deltakeren er begrenset etter personvernforordningen art. 18. Opplysningene er lagret, men kan ikke brukes eller endres før en administrator opphever begrensningen under Personvern.';

/**
 * The participant's record is restricted (art. 18): kept, frozen and hidden from processing. Every
 * service reaches participant data through assertParticipantAccess, so they all refuse here; only
 * core/privacy (access export, erasure, lifting the restriction) works on a restricted record.
 */
export class RestrictedProcessingError extends DomainError {
  constructor() {
    super('FORBIDDEN', RESTRICTED_MESSAGE, undefined, 'PROCESSING_RESTRICTED');
    this.name = 'RestrictedProcessingError';
  }
}
