import { foldText } from '../safety/normalize.js';
import type { TalkClass, TalkClassification, TalkSubtype } from '../talk/types.js';
import {
  isComplexReflectionMove,
  isOpenQuestionMove,
  isQuestionMove,
  isReflectionMove,
  type Move,
  type MoveKind,
} from './moves.js';

/**
 * What the MI engine remembers about one conversation. Plain data (JSON-serialisable), updated
 * by pure functions, so the orchestrator can keep it in memory or persist it with the
 * conversation. It holds labels and counts only, never the participant's words.
 */
export interface DialogueState {
  /** Participant turns observed. */
  turn: number;
  /** Talk classes of the last participant turns, newest last (at most RECENT). */
  recentTalk: TalkClass[];
  recentSubtypes: (TalkSubtype | null)[];
  /** Whether the newest participant turn mixed change and sustain talk. */
  lastAmbivalent: boolean;
  /** Moves of the last assistant turns, newest last (at most RECENT). */
  lastMoves: MoveKind[];
  counts: MoveCounts;
  /** Elicit–provide–elicit: 'asked' after ask_permission, then the participant's answer. */
  permission: 'none' | 'asked' | 'granted' | 'declined';
  /** The newest participant turn asked for information (a request counts as permission for that answer). */
  informationRequested: boolean;
  /**
   * The participant said they do not know how to do something ("vet ikke hvordan …") and no
   * permission has been asked since; it stays pending for INFORMATION_NEED_TURNS turns.
   */
  informationNeed: boolean;
  informationNeedTurn: number;
  /** Commitment talk has appeared in this conversation. */
  commitmentSeen: boolean;
  /** Turn of the newest commitment talk, or -1. */
  lastCommitmentTurn: number;
  /** The newest commitment named a concrete step (a time, a number or an action). */
  concreteStep: boolean;
  /** plan_next_step 'ask_step' was made since the newest commitment. */
  stepAsked: boolean;
  /** plan_next_step 'offer_plan' (add to the activity plan) was made since the newest commitment. */
  planOffered: boolean;
  rulerAsked: { importance: boolean; confidence: boolean };
  lastSummaryTurn: number;
  lastAffirmationTurn: number;
  lastAmplifiedTurn: number;
  changeTalk: number;
  sustainTalk: number;
  /** The participant is saying goodbye. */
  closing: boolean;
}

export interface MoveCounts {
  questions: number;
  openQuestions: number;
  reflections: number;
  complexReflections: number;
  affirmations: number;
  summaries: number;
  informations: number;
  permissionsAsked: number;
}

export const RECENT = 6;
export const INFORMATION_NEED_TURNS = 3;

export function createDialogueState(): DialogueState {
  return {
    turn: 0,
    recentTalk: [],
    recentSubtypes: [],
    lastAmbivalent: false,
    lastMoves: [],
    counts: {
      questions: 0,
      openQuestions: 0,
      reflections: 0,
      complexReflections: 0,
      affirmations: 0,
      summaries: 0,
      informations: 0,
      permissionsAsked: 0,
    },
    permission: 'none',
    informationRequested: false,
    informationNeed: false,
    informationNeedTurn: -10,
    commitmentSeen: false,
    lastCommitmentTurn: -1,
    concreteStep: false,
    stepAsked: false,
    planOffered: false,
    rulerAsked: { importance: false, confidence: false },
    lastSummaryTurn: 0,
    lastAffirmationTurn: -10,
    lastAmplifiedTurn: -10,
    changeTalk: 0,
    sustainTalk: 0,
    closing: false,
  };
}

const push = <T>(list: readonly T[], item: T): T[] => [...list, item].slice(-RECENT);

const YES =
  /^(?:ja|jo|jepp|japp|yes|yep|ok|okei|oki|greit|gjerne|klart|selvfolgelig|sjolvsagt|sure|fint|gjer det|gjor det|det er greit|kjor pa|gjerne det|ja takk|ja gjerne|ja da|jada)\b/;
const NO =
  /^(?:nei|nope|no|niks|ikke na|ikkje no|nei takk|helst ikke|helst ikkje|trenger ikke|treng ikkje|drit i det|nah|glem det)\b/;

/** The participant's answer to "Er det greit at jeg forteller litt om …?". */
export function detectPermissionReply(text: string): 'granted' | 'declined' | 'unclear' {
  const t = foldText(text).replace(/^[^\p{L}]+/u, '');
  if (NO.test(t)) return 'declined';
  if (YES.test(t)) return 'granted';
  if (/\b(?:fortell|forklar|si det|si fra|del det|gjerne|tell me|go ahead)\b/.test(t)) return 'granted';
  return 'unclear';
}

const INFO_NEED =
  /\b(?:vet|veit|aner)\s+(?:ikke|ikkje)\s+(?:\w+\s+)?(?:hvordan|korleis|hva|kva|hvor|kor|hvem|kven|om)\b|\bskjonner\s+(?:ikke|ikkje)\s+(?:\w+\s+)?(?:hvordan|hva|korleis|kva)\b|\blurer\s+(?:litt\s+)?pa\b|\bdon'?t know how\b/;
const CONCRETE =
  /\b(?:i dag|i kveld|i morgen|i morgon|pa (?:mandag|tirsdag|onsdag|torsdag|fredag|lordag|sondag)|neste uke|neste veke|for (?:fredag|helga|mandag)|klokka|kl|\d+|to|tre|fire|fem|en|ei|et)\b/;
const GOODBYE =
  /\b(?:ha det|hade|snakkes|takk for (?:na|no|praten|i dag|hjelpen)|ma ga na|ma gaa|god natt|bye|see you|vi snakkes)\b/;

/** Updates the state with a participant turn (after the safety stage and talk classification). */
export function observeParticipant(state: DialogueState, text: string, talk: TalkClassification): DialogueState {
  const folded = foldText(text);
  const turn = state.turn + 1;
  let permission = state.permission;
  if (permission === 'asked') {
    const reply = detectPermissionReply(text);
    permission =
      reply === 'granted'
        ? 'granted'
        : reply === 'declined'
          ? 'declined'
          : talk.talk === 'question'
            ? 'granted'
            : 'none';
  } else if (permission === 'granted' || permission === 'declined') {
    permission = 'none';
  }
  const isCommitment = talk.talk === 'change' && talk.subtype === 'commitment';
  const needNow = talk.talk !== 'question' && INFO_NEED.test(folded);
  const informationNeedTurn = needNow ? turn : state.informationNeedTurn;
  return {
    ...state,
    turn,
    recentTalk: push(state.recentTalk, talk.talk),
    recentSubtypes: push(state.recentSubtypes, talk.subtype ?? null),
    lastAmbivalent: talk.ambivalent === true,
    permission,
    informationRequested: talk.talk === 'question',
    informationNeed: needNow || (state.informationNeed && turn - informationNeedTurn <= INFORMATION_NEED_TURNS),
    informationNeedTurn,
    commitmentSeen: state.commitmentSeen || isCommitment,
    lastCommitmentTurn: isCommitment ? turn : state.lastCommitmentTurn,
    concreteStep: isCommitment ? CONCRETE.test(folded) : state.concreteStep,
    // A commitment that answers "what will the first step be?" keeps the planning going.
    stepAsked: isCommitment ? state.lastMoves[state.lastMoves.length - 1] === 'plan_next_step' : state.stepAsked,
    planOffered: isCommitment ? false : state.planOffered,
    changeTalk: state.changeTalk + (talk.talk === 'change' ? 1 : 0),
    sustainTalk: state.sustainTalk + (talk.talk === 'sustain' ? 1 : 0),
    closing: GOODBYE.test(folded),
  };
}

/** Updates the state with the move that was actually sent (a fallback counts as its move). */
export function recordMove(state: DialogueState, sent: Move): DialogueState {
  const c = { ...state.counts };
  if (isQuestionMove(sent)) c.questions += 1;
  if (isOpenQuestionMove(sent)) c.openQuestions += 1;
  if (isReflectionMove(sent)) c.reflections += 1;
  if (isComplexReflectionMove(sent)) c.complexReflections += 1;
  if (sent.kind === 'affirmation') c.affirmations += 1;
  if (sent.kind === 'summary') c.summaries += 1;
  if (sent.kind === 'provide_information') c.informations += 1;
  if (sent.kind === 'ask_permission') c.permissionsAsked += 1;
  return {
    ...state,
    counts: c,
    lastMoves: push(state.lastMoves, sent.kind),
    permission:
      sent.kind === 'ask_permission' ? 'asked' : sent.kind === 'provide_information' ? 'none' : state.permission,
    informationRequested: sent.kind === 'provide_information' ? false : state.informationRequested,
    informationNeed:
      sent.kind === 'ask_permission' || sent.kind === 'provide_information' ? false : state.informationNeed,
    stepAsked: state.stepAsked || (sent.kind === 'plan_next_step' && sent.variant === 'ask_step'),
    planOffered: state.planOffered || (sent.kind === 'plan_next_step' && sent.variant === 'offer_plan'),
    rulerAsked:
      sent.kind === 'readiness_ruler'
        ? { ...state.rulerAsked, [sent.variant === 'confidence' ? 'confidence' : 'importance']: true }
        : state.rulerAsked,
    lastSummaryTurn: sent.kind === 'summary' ? state.turn : state.lastSummaryTurn,
    lastAffirmationTurn: sent.kind === 'affirmation' ? state.turn : state.lastAffirmationTurn,
    lastAmplifiedTurn:
      sent.kind === 'complex_reflection' && sent.variant === 'amplified' ? state.turn : state.lastAmplifiedTurn,
  };
}

/**
 * Whether the assistant may give information or advice in this turn (elicit–provide–elicit):
 * the participant said yes to an offer, or asked for it themselves. The checks stage uses this.
 */
export function adviceAllowed(state: DialogueState): boolean {
  return state.permission === 'granted' || state.informationRequested;
}
