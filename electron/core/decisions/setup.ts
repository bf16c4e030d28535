import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Principal } from '../auth/types.js';
import type { EncryptedStore } from '../db/store.js';
import { assertParticipantAccess } from '../followup/access.js';
import type { SettingsService } from '../settings/service.js';
import { DEFAULT_DECISION_POLICY } from './decision.js';
import { ActiveModel, readModelFile, type SurvivalModel } from './model.js';
import { DEFAULT_MONITOR_SETTINGS } from './monitor.js';
import { DecisionService } from './service.js';
import { SqlDecisionLogStore } from './sqlStore.js';

export const BASELINE_FILE = 'baseline-v1.json';

/** The folder of the bundled decision model and its model card: `<models>/decision`. */
export function decisionModelDir(bundledModelsDir: string | null): string {
  const candidates = [
    bundledModelsDir ? path.join(bundledModelsDir, 'decision') : null,
    fileURLToPath(new URL('../../../models/decision/', import.meta.url)),
    path.join(process.cwd(), 'models', 'decision'),
  ].filter((c): c is string => c !== null);
  return candidates.find((c) => fs.existsSync(path.join(c, BASELINE_FILE))) ?? candidates[0]!;
}

export function loadBundledDecisionModel(dir: string): SurvivalModel {
  const result = readModelFile(path.join(dir, BASELINE_FILE));
  if (!result.ok) throw result.error;
  return result.model;
}

/**
 * Decision support over the encrypted store: a counselor works on the cases of the participants
 * assigned to them (the same access-by-need rule as the rest of follow-up), and every step of a
 * case asks the feature check for that person (a standing objection stops it).
 */
export function createDecisionService(store: EncryptedStore, model: SurvivalModel, settings: SettingsService): DecisionService {
  return new DecisionService({
    store: new SqlDecisionLogStore(store),
    model: new ActiveModel(model),
    canAccessCase: async (principal: Principal, decisionCase) => {
      try {
        await assertParticipantAccess(store.db, principal, decisionCase.participantRef, 'content');
        return true;
      } catch {
        return false;
      }
    },
    // The organisation's oversight policy, read at each use (the admin or the policy file may change it).
    policy: () => ({ ...DEFAULT_DECISION_POLICY, cognitiveForcing: settings.effective().decisionOversight.cognitiveForcing }),
    monitorSettings: () => {
      const { agreementThreshold, minDecisions } = settings.effective().decisionOversight;
      return { ...DEFAULT_MONITOR_SETTINGS, agreementThreshold, minDecisions };
    },
    monitorAccess: () => settings.effective().decisionOversight.monitorAccess,
    purposeRefusal: (participantRef) => {
      const state = settings.featureState('decisionSupport', participantRef);
      return state.reason === 'ENABLED' ? null : { reason: state.reason, message: state.message ?? '' };
    },
  });
}
