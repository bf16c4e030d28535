import type { TalkClassification } from '../talk/types.js';
import { move, type Move } from './moves.js';
import type { DialogueState } from './state.js';

/** A collecting summary after this many participant turns since the last one. */
export const SUMMARY_INTERVAL = 5;
/** Plan the next step within this many turns of commitment talk. */
export const PLAN_WINDOW = 4;
/** The policy asks a question only when reflections ≥ RQ_TARGET × (questions + 1). */
export const RQ_TARGET = 2;

export interface PolicyContext {
  /** Knowledge passages were retrieved for the participant's question (else: "ask your counselor"). */
  knowledgeAvailable?: boolean;
  /** The session is ending (the participant closes the chat). */
  closing?: boolean;
}

/** The first move of a conversation, before the participant has written anything. */
export function openingMove(): Move {
  return move('open_question', 'explore', 'opening');
}

/**
 * Chooses the next counselor move. Call it after `observeParticipant(state, text, talk)` with
 * that same talk classification, and call `recordMove(state, sent)` with the move actually sent.
 *
 * Aims at MITI "good": a question only when the conversation has at least two reflections per
 * question (counting the new one), complex reflections preferred so that at least half are
 * complex, sustain talk met with reflections (never argument), information and advice only
 * after the participant asked or said yes (elicit–provide–elicit), a summary every few turns and
 * at the end, a readiness ruler once change talk has appeared, and planning once commitment talk
 * appears. Deterministic: the same state and talk give the same move.
 */
export function chooseMove(state: DialogueState, talk: TalkClassification, context: PolicyContext = {}): Move {
  const last = state.lastMoves[state.lastMoves.length - 1];
  const canAsk = state.counts.reflections >= RQ_TARGET * (state.counts.questions + 1);
  const grounded = context.knowledgeAvailable === true ? 'grounded' : 'no_knowledge';

  if (context.closing === true || state.closing) return move('summary', 'closing', 'closing');

  // Elicit–provide–elicit.
  if (talk.talk === 'question' || state.informationRequested)
    return move('provide_information', grounded, 'participant_asked');
  if (state.permission === 'granted') return move('provide_information', grounded, 'permission_granted');
  if (state.permission === 'declined') return move('complex_reflection', 'autonomy', 'permission_declined');
  if (last === 'provide_information') {
    return canAsk
      ? move('open_question', 'check_back', 'after_information')
      : reflect(state, talk, 'after_information');
  }

  // Mobilising: reflect commitment first, then make it concrete and offer the activity plan.
  const recentCommitment = state.commitmentSeen && state.turn - state.lastCommitmentTurn <= PLAN_WINDOW;
  if (recentCommitment && !state.planOffered) {
    if (state.lastCommitmentTurn === state.turn) {
      return move('complex_reflection', 'meaning', 'reflect_commitment');
    }
    if (canAsk) {
      return state.concreteStep || state.stepAsked
        ? move('plan_next_step', 'offer_plan', 'commitment')
        : move('plan_next_step', 'ask_step', 'commitment');
    }
  }

  if (state.permission === 'none' && state.informationNeed && canAsk)
    return move('ask_permission', 'plain', 'information_need');

  if (state.turn >= SUMMARY_INTERVAL && state.turn - state.lastSummaryTurn >= SUMMARY_INTERVAL && last !== 'summary') {
    return move('summary', 'collecting', 'periodic_summary');
  }

  if (last === 'readiness_ruler') {
    return canAsk
      ? move('open_question', 'ruler_followup', 'ruler_followup')
      : move('complex_reflection', 'meaning', 'ruler_followup');
  }
  if (canAsk && talk.talk !== 'sustain' && !state.rulerAsked.importance && state.turn >= 3 && state.changeTalk >= 1) {
    return move('readiness_ruler', 'importance', 'ruler');
  }
  if (
    canAsk &&
    state.rulerAsked.importance &&
    !state.rulerAsked.confidence &&
    state.turn >= 8 &&
    talk.subtype === 'ability'
  ) {
    return move('readiness_ruler', 'confidence', 'ruler');
  }

  if (
    talk.talk === 'change' &&
    (talk.subtype === 'taking_steps' || talk.subtype === 'ability') &&
    state.turn - state.lastAffirmationTurn >= 3 &&
    last !== 'affirmation'
  ) {
    return move('affirmation', 'plain', 'affirm_steps');
  }

  const recentChange = state.recentTalk.slice(-4, -1).includes('change');
  if (talk.ambivalent === true || state.lastAmbivalent || (talk.talk === 'sustain' && recentChange)) {
    return move('complex_reflection', 'double_sided', 'ambivalence');
  }
  if (talk.talk === 'sustain') {
    const previous = state.recentTalk[state.recentTalk.length - 2];
    if (previous === 'sustain' && state.turn - state.lastAmplifiedTurn >= 6)
      return move('complex_reflection', 'amplified', 'sustain_talk');
    return move('complex_reflection', 'meaning', 'sustain_talk');
  }

  const noRecentQuestion = !state.lastMoves
    .slice(-2)
    .some((k) => k === 'open_question' || k === 'readiness_ruler' || k === 'plan_next_step' || k === 'ask_permission');
  if (canAsk && noRecentQuestion) {
    if (talk.talk === 'change') return move('open_question', 'evoke', 'evoke');
    return move('open_question', state.changeTalk > 0 ? 'evoke' : 'explore', 'explore');
  }
  return reflect(state, talk, talk.talk === 'change' ? 'change_talk' : 'keep_reflecting');
}

/** A reflection, complex unless complex ones already clearly dominate. */
function reflect(state: DialogueState, talk: TalkClassification, reason: Move['reason']): Move {
  const { reflections, complexReflections } = state.counts;
  const share = reflections === 0 ? 0 : complexReflections / reflections;
  const target = talk.talk === 'neutral' ? 0.55 : 0.7;
  return share < target ? move('complex_reflection', 'meaning', reason) : move('simple_reflection', 'plain', reason);
}
