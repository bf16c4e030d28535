/**
 * chat/safety — the first stage of every participant turn, on the RAW text.
 *
 *   const risk = assessRisk(rawText);
 *   if (isCrisis(risk)) {
 *     const reply = crisisResponse(language, risk);           // fixed text; the model is not called
 *     const flag = createCrisisFlag({ participantId, conversationId, turnId, assessment: risk });
 *   }
 */
export {
  assessRisk,
  assessRules,
  isCrisis,
  maxLevel,
  levelRank,
  defaultCrisisModel,
  LAYER_SIGNAL_IDS,
  type AssessRiskOptions,
} from './assessRisk.js';
export { answerToCheckIn, type ConversationSignals } from './conversation.js';
export { CrisisModel, MODEL_CLASSES, type CrisisModelData, type ModelScore } from './classifier.js';
export { checkInQuestion, isCheckInReply, safetyContextOf, type SafetyTurn } from './checkIn.js';
export {
  crisisResponse,
  crisisKinds,
  type CrisisResponse,
  type CrisisKind,
  type CrisisResponseOptions,
} from './crisisResponse.js';
export {
  createCrisisFlag,
  crisisFlagSchema,
  describeCrisisFlag,
  type CrisisFlag,
  type CrisisFlagInput,
} from './crisisFlag.js';
export { HELP_LINES, helpLine, type HelpLine, type HelpLineId } from './helpLines.js';
export { foldText } from './normalize.js';
export { RISK_RULES, type RiskRule } from './lexicon.js';
export {
  RISK_LEVELS,
  RISK_CATEGORIES,
  CRISIS_LANGUAGES,
  type RiskLevel,
  type RiskCategory,
  type RiskAssessment,
  type CrisisLanguage,
} from './types.js';
