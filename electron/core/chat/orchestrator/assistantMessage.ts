import type { Citation } from '../../knowledge/service.js';
import type { PseudonymVault } from '../../scrub/vault.js';
import { outputFailures, type Reply } from './generation.js';
import type { ConversationRecord, TurnGeneration, TurnMessage } from './repo.js';

/** What is stored of an assistant's reply, the same for a new answer and a regenerated one. */

/** The committed step as a slot in the prompt ("ringe NAV" inside a sentence). */
export function stepAsPromptSlot(step: string | null): string | undefined {
  return step ? step.charAt(0).toLowerCase() + step.slice(1) : undefined;
}

/** The offer to add the committed step to the plan, when the reply offers it and it is not added yet. */
export function stepOfferOf(
  reply: Pick<Reply, 'move' | 'variant'>,
  pendingStep: string | null,
  stepAddedAt: string | null,
): { title: string } | null {
  return reply.move === 'plan_next_step' && reply.variant === 'offer_plan' && pendingStep && !stepAddedAt
    ? { title: pendingStep }
    : null;
}

/** The assistant's message as stored: shown restored, held for the model in placeholders. */
export function assistantMessageOf(args: {
  conversation: Pick<ConversationRecord, 'id' | 'participantId'>;
  reply: Reply;
  vault: PseudonymVault;
  display: string;
  createdAt: string;
  sources: Citation[];
  generation: TurnGeneration;
}): Omit<TurnMessage, 'id' | 'replacedAt'> {
  const { reply } = args;
  // A stopped draft is kept for the next prompts only if it holds nothing the model made up.
  const keep = !(reply.generation === 'stopped' && outputFailures(reply.text, args.vault).length > 0);
  return {
    participantId: args.conversation.participantId,
    conversationId: args.conversation.id,
    author: 'assistant',
    body: args.display,
    createdAt: args.createdAt,
    modelText: keep ? reply.text : null,
    modelTurn: keep ? (reply.modelTurn?.output ?? null) : null,
    talk: null,
    talkSubtype: null,
    move: reply.move,
    moveVariant: reply.variant,
    sources: args.sources,
    generation: args.generation,
    crisis: false,
  };
}
