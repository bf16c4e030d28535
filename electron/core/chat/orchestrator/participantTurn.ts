import { ApiError } from '../../api/errors.js';
import type { Principal } from '../../auth/types.js';
import { KNOWLEDGE_NO_ANSWER_TEXT } from '../../knowledge/messages.js';
import { citationOf } from '../../knowledge/service.js';
import type { PassageHit } from '../../knowledge/types.js';
import { SCRUB_FAILED_MESSAGE } from '../../scrub/scrubber.js';
import { PseudonymVault } from '../../scrub/vault.js';
import { chooseMove } from '../mi/policy.js';
import { adviceAllowed, observeParticipant, recordMove } from '../mi/state.js';
import type { Move } from '../mi/moves.js';
import { assessRisk, isCrisis } from '../safety/assessRisk.js';
import { safetyContextOf } from '../safety/checkIn.js';
import { classifyTalk } from '../talk/classifyTalk.js';
import { buildModelContext, goalTerms, type ContextEntry } from './context.js';
import { generateReply, type Reply } from './generation.js';
import { assertSafeForModel, conversationScrubber, ScrubFailedError } from './guard.js';
import { buildTurnPrompt, conversationContext } from './prompt.js';
import { turnsRepo, type ConversationRecord, type TurnGeneration, type TurnMessage } from './repo.js';
import { extractCommittedStep } from './steps.js';
import type { TurnResult } from './queries.js';
import { ReplyStream, type TurnIo } from './streaming.js';
import { finishTurn } from './turn.js';
import { notSentView, type ModelView } from './view.js';
import { caveatWeakAnswer, crisisTurn, fallbackSlots, promptPassage } from './turnParts.js';
import { assistantMessageOf, stepAsPromptSlot, stepOfferOf } from './assistantMessage.js';
import { generationOptions, searchKnowledge, type TurnEnv } from './turnEnv.js';

/**
 * One participant turn through the whole pipeline:
 *
 *  1. safety on the raw text (on risk: the fixed crisis message, a flag for the counselor, and the
 *     model is not called);
 *  2. tekstvask with the conversation's vault and the participant's known identities (fail closed);
 *  3. talk classification; 4. the MI move policy (with knowledge search when information is asked);
 *  5. the context from the allowlist, the rolling summary and the passages;
 *  6. generation under a JSON-schema grammar, checks, one regeneration, the phrase library;
 *  7. output detectors, placeholders restored for display only, the turn stored with its labels.
 */
export async function participantTurn(
  env: TurnEnv,
  principal: Principal,
  conversation: ConversationRecord,
  isNew: boolean,
  text: string,
  io: TurnIo,
  signal: AbortSignal,
): Promise<TurnResult> {
  const at = env.clock().toISOString();
  const participantId = conversation.participantId;

  // What the turn reads is asked for at once (the reads queue back to back while the safety layer
  // works): the stored turns, read once (the safety layer reads the recent ones, the prompt all of
  // them), who tekstvask must remove, and the allowlisted facts. A crisis turn uses none but the turns.
  const readStarted = performance.now();
  const history = isNew ? [] : await turnsRepo.ofConversation(env.db, conversation.id);
  const historyMs = performance.now() - readStarted;
  const knownRead = env.options.identities.knownIdentities(principal, participantId);
  const factsRead = env.options.context.participantFacts(principal, participantId);
  // Settled either way, so a crisis turn that returns without them leaves no rejection unhandled.
  knownRead.catch(() => undefined);
  factsRead.catch(() => undefined);

  // 1. Safety first, on the raw text, read with the recent turns (a check-in's answer).
  const safetyStarted = performance.now();
  const risk = assessRisk(text, isNew ? {} : { conversation: safetyContextOf(history.slice(-12)) });
  const safetyMs = performance.now() - safetyStarted;
  if (isCrisis(risk)) return crisisTurn(env.db, principal, conversation, isNew, text, risk, io, at);

  // 2. Tekstvask (fail closed).
  const vault = PseudonymVault.deserialize(conversation.vault);
  const known = await knownRead;
  const timedScrub = conversationScrubber(env.scrubber, vault, known);
  let scrubMs = 0;
  const scrub = (value: string): string => {
    const t0 = performance.now();
    try {
      return timedScrub(value);
    } finally {
      scrubMs += performance.now() - t0;
    }
  };
  let scrubbed: string;
  try {
    scrubbed = scrub(text);
  } catch {
    throw new ApiError('UNAVAILABLE', SCRUB_FAILED_MESSAGE);
  }

  // 3. Talk classification.
  const facts = await factsRead;
  // An answer ("ja, kanskje det") is read against the assistant's question just before it.
  const before = history[history.length - 1];
  const asked = before?.author === 'assistant' ? (before.modelText ?? before.body) : undefined;
  const talk = classifyTalk(scrubbed, { targetTerms: goalTerms(facts), ...(asked ? { asked } : {}) });

  // 4. Dialogue state, knowledge when information is asked, the move.
  let state = observeParticipant(conversation.state, scrubbed, talk);
  const previousQuery = conversation.infoQuery;
  let infoQuery = previousQuery;
  if (talk.talk === 'question' || (state.informationNeed && state.informationNeedTurn === state.turn))
    infoQuery = scrubbed;
  let passages =
    talk.talk === 'question' || state.permission === 'granted'
      ? await searchKnowledge(env.options.knowledge, infoQuery)
      : [];
  // A follow-up question ("hvor lenge varer det?") is read together with the one before it.
  if (passages.length === 0 && talk.talk === 'question' && previousQuery && previousQuery !== scrubbed) {
    passages = await searchKnowledge(env.options.knowledge, `${previousQuery} ${scrubbed}`);
  }
  const move = chooseMove(state, talk, { knowledgeAvailable: passages.length > 0 });
  const allowed = adviceAllowed(state);

  let pendingStep = conversation.pendingStep;
  let pendingStepModel = conversation.pendingStepModel;
  let stepAddedAt = conversation.stepAddedAt;
  if (talk.talk === 'change' && talk.subtype === 'commitment') {
    const own = extractCommittedStep(text);
    const forModel = extractCommittedStep(scrubbed);
    if (own && forModel) {
      pendingStep = own;
      pendingStepModel = forModel;
      stepAddedAt = null;
    }
  }

  // 5. Context: the allowlist, the rolling summary, the passages.
  let context: ContextEntry[];
  try {
    context = buildModelContext('participant_chat', facts, scrub);
  } catch {
    throw new ApiError('UNAVAILABLE', SCRUB_FAILED_MESSAGE);
  }
  const promptPassages = move.kind === 'provide_information' ? passages.slice(0, 3).map(promptPassage) : [];
  const goalValue = context.find((c) => c.key === 'currentGoal')?.value;
  const stepForModel = stepAsPromptSlot(pendingStepModel);
  const stream = new ReplyStream(io, vault);

  // 6. Generation (or a fixed answer when the knowledge base has none).
  let reply: Reply;
  let view: ModelView;
  if (move.kind === 'provide_information' && move.variant === 'no_knowledge') {
    reply = {
      move: move.kind,
      variant: move.variant,
      text: KNOWLEDGE_NO_ANSWER_TEXT,
      sources: [],
      generation: 'fallback',
      attempts: [],
      retryHint: null,
      modelCalls: 0,
      templateId: null,
      modelTurn: null,
    };
    view = notSentView('participant_chat', 'fixed_answer', at, {
      kind: move.kind,
      variant: move.variant,
      reason: move.reason,
    });
  } else {
    const built = buildTurnPrompt({
      purpose: 'participant_chat',
      at,
      move,
      context,
      conversation: conversationContext(history),
      participantText: scrubbed,
      passages: promptPassages,
      slots: { ...(goalValue ? { goal: goalValue } : {}), ...(stepForModel ? { step: stepForModel } : {}) },
    });
    const checkStarted = performance.now();
    try {
      assertSafeForModel(built.view, known, env.scrubber, vault);
    } catch (err) {
      if (err instanceof ScrubFailedError) throw new ApiError('UNAVAILABLE', SCRUB_FAILED_MESSAGE);
      throw err;
    } finally {
      scrubMs += performance.now() - checkStarted;
    }
    const generated = await generateReply(env.options.generator, {
      move,
      systemPrompt: built.systemPrompt,
      conversationId: conversation.id,
      history: built.history,
      prompt: built.prompt,
      passageIds: promptPassages.map((p) => p.id),
      adviceAllowed: allowed,
      vault,
      fallback: {
        slots: fallbackSlots(scrubbed, talk, goalValue, stepForModel, promptPassages),
        sources: promptPassages.slice(0, 1).map((p) => p.id),
        talk: talk.talk,
        library: env.options.library,
      },
      rng: env.rng,
      signal,
      draft: stream.sink,
      ...generationOptions(env.options.generation),
    });
    reply = caveatWeakAnswer(generated, promptPassages, scrubbed);
    view = { ...built.view, retryHint: reply.retryHint };
  }

  // 7. Output: restore for display, store the turn.
  const display = vault.restore(reply.text);
  const sent: Move = { kind: reply.move, variant: reply.variant as Move['variant'], reason: move.reason };
  const stoppedEmpty = reply.generation === 'stopped' && reply.text.trim().length === 0;
  if (!stoppedEmpty) state = recordMove(state, sent);
  const citations = reply.sources
    .map((id) => passages.find((p) => p.id === id))
    .filter((p): p is PassageHit => p !== undefined)
    .map(citationOf);
  const stepOffer = stepOfferOf(reply, pendingStep, stepAddedAt);
  const generation: TurnGeneration =
    reply.generation === 'fallback' && reply.modelCalls === 0 && reply.text === KNOWLEDGE_NO_ANSWER_TEXT
      ? 'fixed'
      : reply.generation;

  const participantMessage: Omit<TurnMessage, 'id' | 'replacedAt'> = {
    participantId,
    conversationId: conversation.id,
    author: 'participant',
    body: text,
    createdAt: at,
    modelText: scrubbed,
    modelTurn: reply.modelTurn?.prompt ?? null,
    talk: talk.talk,
    talkSubtype: talk.subtype ?? null,
    move: null,
    moveVariant: null,
    sources: [],
    generation: null,
    crisis: false,
  };
  const assistantMessage = stoppedEmpty
    ? null
    : assistantMessageOf({
        conversation,
        reply,
        vault,
        display,
        createdAt: env.clock().toISOString(),
        sources: citations,
        generation,
      });
  const updated: ConversationRecord = {
    ...conversation,
    updatedAt: env.clock().toISOString(),
    state,
    vault: vault.serialize(),
    infoQuery,
    pendingStep,
    pendingStepModel,
    stepAddedAt,
    lastContext: view,
  };
  const storeStarted = performance.now();
  const result = await finishTurn(env.db, stream, {
    conversation: updated,
    isNew,
    participant: { message: participantMessage, authorUserId: principal.userId },
    assistant: assistantMessage,
    replaces: null,
    flag: null,
    display,
    outcome: { crisis: null, stepOffer, stopped: reply.generation === 'stopped' },
  });
  // Where the turn's time went outside the model (figures only; bench:llm reads them).
  env.options.logger?.info('chat.turn', {
    scrubMs,
    safetyMs,
    historyMs,
    storeMs: performance.now() - storeStarted,
    modelCalls: reply.modelCalls,
    generation,
  });
  return result;
}
