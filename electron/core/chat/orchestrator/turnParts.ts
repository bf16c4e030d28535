/** The parts of a turn that need no orchestrator state: the crisis turn, new conversations, phrase-library slots. */
import { randomUUID } from 'node:crypto';
import type { Principal } from '../../auth/types.js';
import type { Database } from '../../db/connection.js';
import type { Citation } from '../../knowledge/service.js';
import { withWeakCaveat } from '../../knowledge/messages.js';
import type { PassageHit } from '../../knowledge/types.js';
import { PseudonymVault } from '../../scrub/vault.js';
import { detectLanguage } from '../checks/language.js';
import { reflectionSlots } from '../mi/paraphrase.js';
import type { FallbackSlots } from '../mi/phrases.js';
import { createDialogueState } from '../mi/state.js';
import { createCrisisFlag } from '../safety/crisisFlag.js';
import { crisisResponse } from '../safety/crisisResponse.js';
import type { CrisisLanguage, RiskAssessment } from '../safety/types.js';
import type { TalkClassification } from '../talk/types.js';
import type { TurnResult } from './queries.js';
import type { ConversationRecord, TurnMessage } from './repo.js';
import { ReplyStream, type TurnIo } from './streaming.js';
import { finishTurn } from './turn.js';
import { notSentView, type PromptPassage } from './view.js';
import type { Reply } from './generation.js';

export function promptPassage(p: PassageHit): PromptPassage {
  return {
    id: p.id,
    title: p.title,
    heading: p.heading,
    text: p.text,
    source: p.source,
    date: p.date,
    mode: p.mode,
    ...(p.weak ? { weak: true } : {}),
  };
}

/** The citation of a passage that was in the prompt (a regenerated reply cites what the first one was given). */
export function promptCitation(p: PromptPassage): Citation {
  return {
    id: p.id,
    title: p.title,
    heading: p.heading,
    source: p.source,
    date: p.date,
    ...(p.weak ? { weak: true } : {}),
    ...(p.mode ? { mode: p.mode } : {}),
  };
}

/**
 * An information answer built on weak hits (the passages it cites, or the ones it was given when it
 * cites none) gets the fixed caveat before it and the counselor suggestion after it (in nynorsk when
 * the question is): the search was not sure the page answers the question, so the person is told so
 * in plain words.
 */
export function caveatWeakAnswer<R extends Pick<Reply, 'move' | 'variant' | 'text' | 'sources' | 'generation'>>(
  reply: R,
  passages: readonly PromptPassage[],
  question: string,
): R {
  if (reply.move !== 'provide_information' || reply.variant !== 'grounded' || reply.generation === 'stopped')
    return reply;
  const cited = passages.filter((p) => reply.sources.includes(p.id));
  if (!(cited.length > 0 ? cited : passages).some((p) => p.weak)) return reply;
  return { ...reply, text: withWeakCaveat(reply.text, detectLanguage(question) === 'nn' ? 'nn' : 'nb') };
}

/** The first statements of a passage, without markdown, for the phrase library's {passage_excerpt}. */
export function passageExcerpt(text: string): string {
  const firstParagraph = text.split(/\n\s*\n/)[0] ?? text;
  return firstParagraph
    .split('\n')
    .map((l) =>
      l
        .replace(/^\s*(?:[-*•]|\d+[.)])\s+/, '')
        .replace(/\*\*|__|`/g, '')
        .trim(),
    )
    .filter((l) => l.length > 0)
    .join(' ');
}

/** A goal or step as the phrase library's infinitive slots want it ("få en deltidsjobb"), or nothing. */
function infinitiveSlot(text: string | null | undefined): string | undefined {
  if (!text) return undefined;
  const t = text
    .trim()
    .replace(/^å\s+/iu, '')
    .replace(/[.!]+$/u, '');
  if (t.length === 0 || t.length > 90 || /(?<![\p{L}])(?:jeg|eg|meg|min|mitt|mine)(?![\p{L}])|\?/iu.test(t))
    return undefined;
  return t.charAt(0).toLowerCase() + t.slice(1);
}

function crisisLanguage(text: string): CrisisLanguage {
  const lang = detectLanguage(text);
  return lang === 'en' ? 'en' : lang === 'nn' ? 'nn' : 'nb';
}

/**
 * The crisis turn: the fixed crisis message, a flag for the counselor, and the model is not
 * called; the participant's words never enter the model's context.
 */
export async function crisisTurn(
  db: Database,
  principal: Principal,
  conversation: ConversationRecord,
  isNew: boolean,
  text: string,
  risk: RiskAssessment,
  io: TurnIo,
  at: string,
): Promise<TurnResult> {
  const response = crisisResponse(crisisLanguage(text), risk);
  const participantMessage: Omit<TurnMessage, 'id' | 'replacedAt'> = {
    participantId: conversation.participantId,
    conversationId: conversation.id,
    author: 'participant',
    body: text,
    createdAt: at,
    modelText: null,
    modelTurn: null,
    talk: null,
    talkSubtype: null,
    move: null,
    moveVariant: null,
    sources: [],
    generation: null,
    crisis: true,
  };
  const assistantMessage: Omit<TurnMessage, 'id' | 'replacedAt'> = {
    ...participantMessage,
    author: 'assistant',
    body: response.text,
    generation: 'crisis',
  };
  return finishTurn(db, new ReplyStream(io, new PseudonymVault()), {
    conversation: { ...conversation, updatedAt: at, lastContext: notSentView('participant_chat', 'crisis', at) },
    isNew,
    participant: { message: participantMessage, authorUserId: principal.userId },
    assistant: assistantMessage,
    replaces: null,
    flag: (turnId) =>
      createCrisisFlag({
        participantId: conversation.participantId,
        conversationId: conversation.id,
        turnId,
        assessment: risk,
        now: new Date(at),
      }),
    display: response.text,
    outcome: {
      crisis: { level: response.level, categories: risk.categories, helpLines: response.helpLines },
      stepOffer: null,
      stopped: false,
    },
  });
}

export function newConversation(principal: Principal, participantId: string, at: string): ConversationRecord {
  return {
    id: randomUUID(),
    participantId,
    startedBy: principal.userId,
    startedAt: at,
    updatedAt: at,
    state: createDialogueState(),
    vault: new PseudonymVault().serialize(),
    infoQuery: null,
    pendingStep: null,
    pendingStepModel: null,
    stepAddedAt: null,
    lastContext: null,
  };
}

export function fallbackSlots(
  scrubbed: string,
  talk: TalkClassification,
  goal: string | undefined,
  step: string | undefined,
  passages: readonly PromptPassage[],
): FallbackSlots {
  const slots: FallbackSlots = { ...reflectionSlots(scrubbed, talk) };
  const goalSlot = infinitiveSlot(goal);
  if (goalSlot) slots.goal = goalSlot;
  if (step) slots.step = step;
  const first = passages[0];
  if (first) slots.passage_excerpt = passageExcerpt(first.text);
  return slots;
}
