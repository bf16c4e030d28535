import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Principal } from '../../auth/index.js';
import { decisionCaseInputSchema } from '../../decisions/index.js';
import {
  assessmentForNavInputSchema,
  confirmSummonInputSchema,
  notNeededInputSchema,
  ownAssessmentInputSchema,
  summonInputSchema,
} from '../../decisions/index.js';
import { readModelFile } from '../../decisions/index.js';
import { letterHandoverInputSchema, localTrainingStatus, outcomeInputSchema } from '../../decisions/index.js';
import { BASELINE_FILE } from '../../decisions/index.js';
import type { CoreServices } from '../../services.js';
import { onParticipant, procedure } from '../define.js';

const sessionId = z.string().uuid('Ugyldig vurderings-id.');
const caseId = z.string().uuid('Ugyldig saks-id.');

/**
 * Decision support is a processing purpose of its own (`feature: 'decisionSupport'`): it runs only
 * while the organisation has it switched on AND a legal basis is recorded for it (core/privacy), and
 * not for a participant whose objection stands.
 */
const sessionTarget = (input: Record<string, unknown>) => ({
  type: 'decision_session',
  id: typeof input['sessionId'] === 'string' ? input['sessionId'] : null,
});

/** One procedure per human step of the decision (cognitive forcing, prediction, explanation, summon/not needed). */
function sessionStep<S extends z.ZodObject, R>(
  summary: string,
  payload: S,
  run: (services: CoreServices, principal: Principal, sessionId: string, input: unknown) => Promise<R>,
) {
  return procedure({
    summary,
    access: ['counselor'],
    participant: { from: { field: 'sessionId', owner: 'decisionSession' }, scope: 'content' },
    feature: 'decisionSupport',
    audit: sessionTarget,
    input: payload.extend({ sessionId }),
    handler: async (input, { services, principal }) => {
      const { sessionId: id, ...rest } = input as { sessionId: string } & Record<string, unknown>;
      return run(services, principal, id, rest);
    },
  });
}

const empty = z.object({}).strict();

export const decisionProcedures = {
  'decisions.createCase': procedure({
    summary: 'Oppretter en sak om dialogmøte 2 for en sykmeldt deltaker i egen portefølje',
    access: ['counselor'],
    participant: { from: 'participantId', scope: 'content' },
    feature: 'decisionSupport',
    audit: onParticipant,
    input: z.object({ participantId: z.string().uuid('Ugyldig deltaker-id.'), case: decisionCaseInputSchema }).strict(),
    handler: async (input, { services, principal }) => {
      return services.decisions.createCase(principal, input.participantId, input.case);
    },
  }),
  'decisions.listCases': procedure({
    routineOwnRead: true,
    summary: 'Sakene om dialogmøte 2 for deltakerne i egen portefølje, med frist (uke 17)',
    access: ['counselor'],
    feature: 'decisionSupport',
    audit: () => ({ type: 'decision_case', id: null }),
    input: empty,
    handler: async (_input, { services, principal }) => {
      return services.decisions.listCases(principal);
    },
  }),
  'decisions.openSession': procedure({
    summary: 'Starter vurderingen av en sak (egen vurdering først når policy krever det)',
    access: ['counselor'],
    participant: { from: { field: 'caseId', owner: 'decisionCase' }, scope: 'content' },
    feature: 'decisionSupport',
    audit: (input) => ({ type: 'decision_case', id: input.caseId }),
    input: z.object({ caseId }).strict(),
    handler: async (input, { services, principal }) => {
      return services.decisions.openSession(principal, input.caseId);
    },
  }),
  'decisions.recordOwnAssessment': sessionStep(
    'Registrerer veilederens egen vurdering før anslaget vises',
    ownAssessmentInputSchema,
    (s, p, id, i) => s.decisions.recordOwnAssessment(p, id, i),
  ),
  'decisions.showPrediction': sessionStep(
    'Viser anslaget (sannsynlighet, prikkdiagram, basisrate)',
    empty,
    (s, p, id) => s.decisions.showPrediction(p, id),
  ),
  'decisions.openExplanation': sessionStep('Åpner faktorene bak anslaget', empty, (s, p, id) =>
    s.decisions.openExplanation(p, id),
  ),
  'decisions.viewCalibration': sessionStep('Viser hvor godt modellen er kalibrert', empty, (s, p, id) =>
    s.decisions.viewCalibration(p, id),
  ),
  'decisions.proposeSummon': sessionStep(
    'Foreslår innkalling (må bekreftes i eget steg)',
    summonInputSchema,
    (s, p, id, i) => s.decisions.proposeSummon(p, id, i),
  ),
  'decisions.cancelSummon': sessionStep('Angrer forslaget om innkalling før det er bekreftet', empty, (s, p, id) =>
    s.decisions.cancelSummon(p, id),
  ),
  'decisions.confirmSummon': sessionStep(
    'Bekrefter innkalling til dialogmøte 2 (registrerer beslutningen)',
    confirmSummonInputSchema,
    (s, p, id, i) => s.decisions.confirmSummon(p, id, i),
  ),
  'decisions.decideNotNeeded': sessionStep(
    'Beslutter at møte ikke er nødvendig, med NAVs årsakskode og begrunnelse',
    notNeededInputSchema,
    (s, p, id, i) => s.decisions.decideNotNeeded(p, id, i),
  ),
  'decisions.completeAssessmentForNav': sessionStep(
    'Fullfører vurderingen til NAV-veilederen (tiltaksarrangør: ingen beslutning, NAV avgjør)',
    assessmentForNavInputSchema,
    (s, p, id, i) => s.decisions.completeAssessmentForNav(p, id, i),
  ),
  'decisions.recordOutcome': procedure({
    summary: 'Registrerer faktisk utfall ved uke 26 (for tilsyn med modellen)',
    access: ['counselor'],
    participant: { from: { field: 'caseId', owner: 'decisionCase' }, scope: 'content' },
    feature: 'decisionSupport',
    audit: (input) => ({ type: 'decision_case', id: input.caseId }),
    input: outcomeInputSchema.extend({ caseId }),
    handler: async ({ caseId: id, ...rest }, { services, principal }) => {
      return services.decisions.recordOutcome(principal, id, rest);
    },
  }),
  'decisions.recordLetterHandover': procedure({
    summary: 'Registrerer at informasjonsbrevet (møte ikke nødvendig) er levert: målform og hvordan',
    access: ['counselor'],
    participant: { from: { field: 'caseId', owner: 'decisionCase' }, scope: 'content' },
    feature: 'decisionSupport',
    audit: (input) => ({ type: 'decision_case', id: input.caseId }),
    input: letterHandoverInputSchema.extend({ caseId }),
    handler: async ({ caseId: id, ...rest }, { services, principal }) => {
      return services.decisions.recordLetterHandover(principal, id, rest);
    },
  }),
  'decisions.monitor': procedure({
    routineOwnRead: true,
    summary: 'Tilsynsoversikt: samsvar med modellen, overstyringer, tid per beslutning, autopilot-varsler',
    access: ['admin', 'counselor'],
    audit: () => ({ type: 'decision_monitor', id: null }),
    input: empty,
    handler: async (_input, { services, principal }) => services.decisions.monitorReport(principal),
  }),
  'decisions.dpiaReport': procedure({
    summary: 'Rapport til personvernkonsekvensvurderingen (DPIA), som JSON og Markdown',
    access: ['admin'],
    audit: () => ({ type: 'decision_monitor', id: null }),
    input: z.object({ includeCounselorNames: z.boolean().default(false) }).strict(),
    handler: async (input, { services, principal }) => services.decisions.dpiaReport(principal, input),
  }),
  'decisions.model': procedure({
    summary: 'Aktiv beslutningsmodell: versjon, modellkort, kalibrering og kilder',
    access: ['admin', 'counselor'],
    input: empty,
    handler: async (_input, { services }) => {
      const model = await services.decisions.currentModel();
      const cardFile = path.join(services.decisionModelDir, 'MODEL_CARD.md');
      const cardFileNn = path.join(services.decisionModelDir, 'MODEL_CARD.nn.md');
      // MODEL_CARD.md describes the bundled baseline; after an import the UI says so.
      const bundled = readModelFile(path.join(services.decisionModelDir, BASELINE_FILE));
      return {
        name: model.name,
        modelVersion: model.modelVersion,
        schemaVersion: model.schemaVersion,
        builtFrom: model.provenance.builtFrom,
        builtBy: model.provenance.builtBy,
        builtAt: model.provenance.builtAt,
        description: model.provenance.description,
        legalBasisNote: model.provenance.legalBasisNote,
        intendedUse: model.intendedUse,
        notIntendedUse: model.notIntendedUse,
        // The same in nynorsk when the file has them (the screen falls back to bokmål).
        nn: {
          description: model.provenance.descriptionNn ?? null,
          legalBasisNote: model.provenance.legalBasisNoteNn ?? null,
          intendedUse: model.intendedUseNn ?? null,
          notIntendedUse: model.notIntendedUseNn ?? null,
        },
        // The synthetic self-consistency check until enough real outcomes are recorded (issue 17).
        ...(await services.decisions.calibrationView()),
        riskBands: model.riskBands,
        sources: model.sources,
        assumptions: model.assumptions,
        modelCard: fs.existsSync(cardFile) ? fs.readFileSync(cardFile, 'utf8') : null,
        modelCardNn: fs.existsSync(cardFileNn) ? fs.readFileSync(cardFileNn, 'utf8') : null,
        modelCardModelVersion: bundled.ok ? bundled.model.modelVersion : null,
        // Training on local data is never on here; it could only be considered with a recorded basis for DEVELOPMENT.
        localTraining: localTrainingStatus(services.privacy.register.allows('decisionSupportDevelopment')),
      };
    },
  }),
  'decisions.importModel': procedure({
    summary: 'Importerer en ny beslutningsmodell (JSON) laget av en behandlingsansvarlig med rettsgrunnlag',
    access: ['admin'],
    audit: () => ({ type: 'decision_model', id: null }),
    input: z
      .object({
        content: z.string().min(2, 'Lim inn eller velg modellfilen.').max(2_000_000, 'Modellfilen er for stor.'),
        /** The admin's language: the file's problems are listed in nynorsk for 'nn', else in bokmål. */
        language: z.enum(['nb', 'nn', 'en']).optional(),
      })
      .strict(),
    handler: async (input, { services, principal }) => {
      const lang = input.language === 'nn' ? 'nn' : 'nb';
      const result = await services.decisions.importModel(principal, input.content, lang);
      if (!result.ok) throw result.error;
      return result;
    },
  }),
};
