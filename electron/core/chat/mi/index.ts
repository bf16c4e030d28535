/**
 * chat/mi — the MI engine: dialogue state, move policy, move instructions for the model, the
 * structured-output schema, and the phrase-library fallback.
 *
 *   let state = createDialogueState();
 *   state = recordMove(state, openingMove());                       // greeting question
 *   // each participant turn (after safety and tekstvask):
 *   const talk = classifyTalk(scrubbedText);
 *   state = observeParticipant(state, scrubbedText, talk);
 *   const next = chooseMove(state, talk, { knowledgeAvailable });
 *   const prompt = moveInstruction(next, { goal, step, topic });     // + MI_SYSTEM_INSTRUCTION
 *   const schema = moveOutputJsonSchema(next, passageIds);           // grammar for the model
 *   // generate → checkMoveOutput (chat/checks) → regenerate once → renderFallback(next, slots, rng)
 *   state = recordMove(state, next);
 */
export {
  MOVE_KINDS,
  MOVE_VARIANTS,
  LENGTH_BOUNDS,
  move,
  isQuestionMove,
  isOpenQuestionMove,
  isReflectionMove,
  isComplexReflectionMove,
  type Move,
  type MoveKind,
  type MoveVariant,
  type MoveReason,
} from './moves.js';
export {
  createDialogueState,
  observeParticipant,
  recordMove,
  adviceAllowed,
  detectPermissionReply,
  type DialogueState,
  type MoveCounts,
} from './state.js';
export { chooseMove, openingMove, SUMMARY_INTERVAL, PLAN_WINDOW, RQ_TARGET, type PolicyContext } from './policy.js';
export { MI_SYSTEM_INSTRUCTION, moveInstruction, instructionKeys, type InstructionSlots } from './instructions.js';
export {
  moveOutputSchema,
  moveOutputJsonSchema,
  parseMoveOutput,
  type MoveOutput,
  type MoveOutputJsonSchema,
} from './outputSchema.js';
export { paraphraseForReflection, reflectionSlots, type ReflectionSlots } from './paraphrase.js';
export {
  renderFallback,
  loadPhraseLibrary,
  parsePhraseLibrary,
  locatePhraseLibrary,
  defaultPhraseLibrary,
  slotsOf,
  FALLBACK_SLOTS,
  PHRASE_LIBRARY_FILE,
  type PhraseLibrary,
  type PhraseTemplate,
  type FallbackSlot,
  type FallbackSlots,
  type RenderOptions,
  type RenderedFallback,
} from './phrases.js';
