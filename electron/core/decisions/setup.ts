import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Principal } from '../auth/index.js';
import type { EncryptedStore } from '../db/index.js';
import { assertParticipantAccess } from '../followup/index.js';
import type { SettingsService } from '../settings/index.js';
import { DEFAULT_DECISION_POLICY, type DecisionAuthority } from './decisionInput.js';
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

/** The part of the organisation's role in the legal-basis register (core/privacy) that decides who decides. */
export interface OrganisationRoleView {
  role: 'controller' | 'processor';
  navUnit?: boolean;
  controller?: { kind: 'nav' | 'other'; name: string } | null;
}

/** What the legal-basis register tells decision support. */
export interface DecisionRegisterPort {
  organisationRole(): OrganisationRoleView | null;
  allows(purpose: 'decisionSupportDevelopment'): boolean;
}

/**
 * NAV unit → NAV's decision; processor for NAV → NAV's decision recorded by its processor; anything
 * else, and no recorded role, → an assessment for the NAV counselor (fails closed).
 */
export function decisionAuthorityOf(org: OrganisationRoleView | null): DecisionAuthority {
  if (!org) return 'assessment-for-nav';
  if (org.role === 'controller' && org.navUnit) return 'nav';
  if (org.role === 'processor' && org.controller?.kind === 'nav') return 'nav-processor';
  return 'assessment-for-nav';
}

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase('nb') === b.trim().toLocaleLowerCase('nb');

/**
 * A controller-trained model needs a recorded basis for development, by the controller the file
 * names. A processor's controller is named in the register, so the names must match; an
 * organisation that is its own controller has no name in the register, so the recorded basis is
 * its own.
 */
export function developmentBasisFor(register: DecisionRegisterPort, controllerName: string): boolean {
  if (!register.allows('decisionSupportDevelopment')) return false;
  const org = register.organisationRole();
  if (!org) return false;
  if (org.role === 'processor') return !!org.controller && sameName(org.controller.name, controllerName);
  return true;
}

/**
 * Decision support over the encrypted store: a counselor works on the cases of the participants
 * assigned to them (the same access-by-need rule as the rest of follow-up), and every step of a
 * case asks the feature check for that person (a standing objection stops it).
 */
export function createDecisionService(
  store: EncryptedStore,
  model: SurvivalModel,
  settings: SettingsService,
  register: DecisionRegisterPort,
): DecisionService {
  return new DecisionService({
    authority: () => decisionAuthorityOf(register.organisationRole()),
    developmentBasisFor: (name) => developmentBasisFor(register, name),
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
    policy: () => {
      const { cognitiveForcing, recommendNotNeededBelow } = settings.effective().decisionOversight;
      return {
        ...DEFAULT_DECISION_POLICY,
        cognitiveForcing,
        recommendNotNeededBelow: recommendNotNeededBelow ?? DEFAULT_DECISION_POLICY.recommendNotNeededBelow,
      };
    },
    monitorSettings: () => {
      const { agreementThreshold, minDecisions, switchRateThreshold } = settings.effective().decisionOversight;
      return {
        ...DEFAULT_MONITOR_SETTINGS,
        agreementThreshold,
        minDecisions,
        switchRateThreshold: switchRateThreshold ?? DEFAULT_MONITOR_SETTINGS.switchRateThreshold,
      };
    },
    monitorAccess: () => settings.effective().decisionOversight.monitorAccess,
    purposeRefusal: (participantRef) => {
      const state = settings.featureState('decisionSupport', participantRef);
      return state.reason === 'ENABLED' ? null : { reason: state.reason, message: state.message ?? '' };
    },
  });
}
