/**
 * chat/checks — checks of a generated `{move, text, sources}` before it is shown:
 *
 *   const result = checkMoveOutput(parsedJson, { move, adviceAllowed: adviceAllowed(state), passageIds });
 *   if (!result.ok) { regenerate once with regenerationHint(result.failures); then renderFallback(move, …) }
 */
export {
  checkMoveOutput,
  checkReplyText,
  regenerationHint,
  CHECK_CODES,
  MI_INCONSISTENT,
  type CheckCode,
  type CheckFailure,
  type CheckResult,
  type CheckContext,
} from './checkMoveOutput.js';
export { detectLanguage, isNorwegian, type DetectedLanguage } from './language.js';
export { checkProse, type ProseCheck, type ProseFailure } from './prose.js';
export { isKnownWord } from './words.js';
