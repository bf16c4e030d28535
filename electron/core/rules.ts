import type { DeclaredRules } from './api/dispatcher.js';
import type { OwnedRecord } from './api/procedure.js';
import { chatOwnership } from './chat/ownership.js';
import type { SqlRunner } from './db/connection.js';
import { decisionOwnership } from './decisions/ownership.js';
import { assertParticipantAccess } from './followup/access.js';
import { followupOwnership } from './followup/ownership.js';
import type { Feature } from './policy/schema.js';
import { assertRightsAccess } from './privacy/access.js';
import { privacyOwnership } from './privacy/ownership.js';
import type { SettingsService } from './settings/service.js';
import type { ErrorCode } from './api/errors.js';

/** How a refused purpose is told, where it differs from the settings' own wording (UNAVAILABLE, "… er slått av …"). */
const FEATURE_REFUSALS: Partial<Record<Feature, { code: ErrorCode; offMessage: string }>> = {
  decisionSupport: {
    code: 'FORBIDDEN',
    offMessage:
      'Beslutningsstøtte er slått av for organisasjonen. En administrator kan slå den på under Innstillinger når behandlingsgrunnlaget er registrert.',
  },
};

/** Each owned record is resolved by the module that owns its table. */
const OWNERS: Record<OwnedRecord, (db: SqlRunner, id: string | number) => Promise<string | null>> = {
  conversation: (db, id) => chatOwnership.conversation(db, String(id)),
  crisisFlag: (db, id) => chatOwnership.crisisFlag(db, String(id)),
  step: (db, id) => followupOwnership.step(db, Number(id)),
  appointment: (db, id) => followupOwnership.appointment(db, Number(id)),
  privacyRequest: (db, id) => privacyOwnership.request(db, String(id)),
  objection: (db, id) => privacyOwnership.objection(db, String(id)),
  decisionCase: (db, id) => decisionOwnership.decisionCase(db, String(id)),
  decisionSession: (db, id) => decisionOwnership.session(db, String(id)),
};

/**
 * The checks behind what the procedure table declares: access by need (core/followup; the
 * data-subject rights through core/privacy, which reach a restricted record), the owner of a
 * record (its module), and the purpose gate (settings, which asks the privacy register).
 */
export function declaredRules(db: () => SqlRunner, settings: SettingsService): DeclaredRules {
  return {
    participant: async (principal, participantId, scope, { restrictedAllowed }) => {
      return (restrictedAllowed ? assertRightsAccess : assertParticipantAccess)(db(), principal, participantId, scope);
    },
    ownerOf: (record, id) => OWNERS[record](db(), id),
    feature: (feature, participantId) =>
      settings.assertFeature(feature, { participantId, ...FEATURE_REFUSALS[feature] }),
  };
}
