import { ApiError } from '../../api/errors.js';
import type { Citation } from '../../knowledge/service.js';
import { PseudonymVault } from '../../scrub/vault.js';
import type { Move } from '../mi/moves.js';
import type { TalkClassification } from '../talk/types.js';
import { generateReply } from './generation.js';
import { conversationContext } from './prompt.js';
import { turnsRepo, type ConversationRecord } from './repo.js';
import { publicTurn, type TurnResult } from './queries.js';
import { ReplyStream, type TurnIo } from './streaming.js';
import { finishTurn } from './turn.js';
import type { PromptPassage } from './view.js';
import { caveatWeakAnswer, fallbackSlots, promptCitation } from './turnParts.js';
import { assistantMessageOf, stepAsPromptSlot, stepOfferOf } from './assistantMessage.js';
import { generationOptions, type TurnEnv } from './turnEnv.js';

/**
 * A new answer to the last participant message, replacing the last answer (kept, no longer shown).
 * Everything before the reply is what the model already holds: only the answer is new.
 */
export async function regenerateTurn(
  env: TurnEnv,
  conversation: ConversationRecord,
  io: TurnIo,
  signal: AbortSignal,
): Promise<TurnResult> {
  const conversationId = conversation.id;
  const history = await turnsRepo.ofConversation(env.db, conversationId);
  const last = history.at(-1);
  const question = history.at(-2);
  const view = conversation.lastContext;
  if (
    !last ||
    last.author !== 'assistant' ||
    !question ||
    question.author === 'assistant' ||
    !view?.sentToModel ||
    !view.move ||
    !view.systemPrompt ||
    !view.prompt
  ) {
    throw new ApiError('CONFLICT', 'Det finnes ikke noe svar å lage på nytt her.');
  }
  const vault = PseudonymVault.deserialize(conversation.vault);
  const move: Move = {
    kind: view.move.kind,
    variant: view.move.variant as Move['variant'],
    reason: view.move.reason,
  };
  const talk: TalkClassification = {
    talk: question.talk ?? 'neutral',
    ...(question.talkSubtype ? { subtype: question.talkSubtype } : {}),
    confidence: 0.5,
  };
  const stream = new ReplyStream(io, vault);
  const goalValue = view.context.find((c) => c.key === 'currentGoal')?.value;
  const step = stepAsPromptSlot(conversation.pendingStepModel);
  const settings = generationOptions(env.options.generation);
  // Everything before the reply is what the model already holds: only the answer is new.
  const generated = await generateReply(env.options.generator, {
    move,
    systemPrompt: view.systemPrompt,
    conversationId,
    history: conversationContext(history.slice(0, -2)).messages,
    prompt: question.modelTurn ?? view.prompt,
    passageIds: view.passages.map((p) => p.id),
    adviceAllowed: move.kind === 'provide_information',
    vault,
    fallback: {
      slots: fallbackSlots(question.modelText ?? '', talk, goalValue, step, view.passages),
      sources: view.passages.slice(0, 1).map((p) => p.id),
      talk: talk.talk,
      library: env.options.library,
    },
    rng: env.rng,
    signal,
    draft: stream.sink,
    ...settings,
    seed: settings.seed !== undefined ? settings.seed + 1000 : Math.floor(env.rng() * 2 ** 31),
  });
  const reply = caveatWeakAnswer(generated, view.passages, question.modelText ?? '');
  const display = vault.restore(reply.text);
  if (reply.generation === 'stopped' && reply.text.trim().length === 0) {
    stream.finish(last.body);
    return {
      conversationId,
      participantMessage: null,
      assistantMessage: publicTurn(last),
      crisis: null,
      stepOffer: null,
      stopped: true,
    };
  }
  const at = env.clock().toISOString();
  const citations: Citation[] = reply.sources
    .map((id) => view.passages.find((p) => p.id === id))
    .filter((p): p is PromptPassage => p !== undefined)
    .map(promptCitation);
  const message = assistantMessageOf({
    conversation,
    reply,
    vault,
    display,
    createdAt: at,
    sources: citations,
    generation: reply.generation,
  });
  const stepOffer = stepOfferOf(reply, conversation.pendingStep, conversation.stepAddedAt);
  return finishTurn(env.db, stream, {
    conversation: {
      ...conversation,
      updatedAt: at,
      vault: vault.serialize(),
      lastContext: { ...view, at, retryHint: reply.retryHint },
    },
    isNew: false,
    participant: null,
    assistant: message,
    replaces: last.id,
    flag: null,
    display,
    outcome: { crisis: null, stepOffer, stopped: reply.generation === 'stopped' },
  });
}
