import { ApiError } from '../../api/errors.js';
import type { Principal } from '../../auth/types.js';
import { assertParticipantAccess } from '../../followup/access.js';
import { defaultScrubber, type Scrubber } from '../../scrub/scrubber.js';
import { renderFallback } from '../mi/phrases.js';
import { openingMove } from '../mi/policy.js';
import { recordMove } from '../mi/state.js';
import { conversationsRepo, turnsRepo, type TurnMessage } from './repo.js';
import { ConversationQueries, publicTurn, type ChatTurn, type TurnResult } from './queries.js';
import type { TurnIo } from './streaming.js';
import { prepareTurnPipeline } from './warmup.js';
import { newConversation } from './turnParts.js';
export { passageExcerpt } from './turnParts.js';
export { publicTurn, type ChatTurn, type TurnResult } from './queries.js';
export type { TurnIo } from './streaming.js';

import { participantTurn } from './participantTurn.js';
import { regenerateTurn } from './regenerateTurn.js';
import type { OrchestratorOptions, TurnEnv } from './turnEnv.js';

const BUSY_MESSAGE = 'Assistenten svarer allerede i denne samtalen. Vent til svaret er ferdig, eller stopp det.';

/**
 * The conversation orchestrator: starts conversations, runs each participant turn
 * (participantTurn.ts) and each regenerated answer (regenerateTurn.ts), one at a time per
 * conversation, stops an answer being written, and adds a committed step to the plan.
 */
export class ChatOrchestrator extends ConversationQueries {
  private readonly scrubber: Scrubber;
  private readonly rng: () => number;
  private readonly running = new Map<string, AbortController>();
  private readonly streams = new Map<string, { participantId: string; controller: AbortController }>();

  constructor(private readonly options: OrchestratorOptions) {
    super(options.store, options.clock ?? (() => new Date()));
    this.scrubber = options.scrubber ?? defaultScrubber();
    this.rng = options.rng ?? Math.random;
  }

  /** The orchestrator's parts as a turn uses them. */
  private get env(): TurnEnv {
    return { options: this.options, db: this.db, clock: this.clock, rng: this.rng, scrubber: this.scrubber };
  }

  /** Starts a conversation with the opening question (from the phrase library; no model call). */
  async start(principal: Principal, participantId: string): Promise<{ conversationId: string; message: ChatTurn }> {
    await assertParticipantAccess(this.db, principal, participantId, 'content');
    const at = this.clock().toISOString();
    const opening = openingMove();
    // A first conversation opens as a first meeting does; later ones may ask about the time since.
    const first = !(await conversationsRepo.any(this.db, participantId));
    const library = this.options.library ? { library: this.options.library } : {};
    const rendered = renderFallback(opening, {}, this.rng, { ...library, opening: first ? 'first' : 'later' });
    const conversation = newConversation(principal, participantId, at);
    conversation.state = recordMove(conversation.state, opening);
    const message: Omit<TurnMessage, 'id' | 'replacedAt'> = {
      participantId,
      conversationId: conversation.id,
      author: 'assistant',
      body: rendered.text,
      createdAt: at,
      modelText: rendered.text,
      modelTurn: null,
      talk: null,
      talkSubtype: null,
      move: opening.kind,
      moveVariant: rendered.variant,
      sources: [],
      generation: 'fixed',
      crisis: false,
    };
    const id = await this.db.transaction(async (tx) => {
      await conversationsRepo.insert(tx, conversation);
      return turnsRepo.insert(tx, { ...message, authorUserId: null });
    });
    this.prepareTurns();
    return { conversationId: conversation.id, message: publicTurn({ ...message, id, replacedAt: null }) };
  }

  /** A conversation's messages; the chat page reads them when it opens, so the turns get ready. */
  override async messages(principal: Principal, participantId: string, conversationId: string): Promise<ChatTurn[]> {
    const messages = await super.messages(principal, participantId, conversationId);
    this.prepareTurns();
    return messages;
  }

  /** Readies the turn pipeline's code while the participant reads and types (see warmup.ts). */
  private prepareTurns(): void {
    const { library, knowledge, logger } = this.options;
    const store = this.options.store;
    prepareTurnPipeline({ scrubber: this.scrubber, library, knowledge, storeOpen: () => store.isOpen, logger });
  }

  /** One participant turn through the whole pipeline. */
  async send(
    principal: Principal,
    participantId: string,
    input: { text: string; conversationId?: string | undefined },
    io: TurnIo = {},
  ): Promise<TurnResult> {
    await assertParticipantAccess(this.db, principal, participantId, 'content');
    const existing = input.conversationId ? await this.requireConversation(participantId, input.conversationId) : null;
    const conversation = existing ?? newConversation(principal, participantId, this.clock().toISOString());
    return this.exclusive(conversation.id, participantId, io, (signal) =>
      participantTurn(this.env, principal, conversation, existing === null, input.text, io, signal),
    );
  }

  /** A new answer to the last participant message, replacing the last answer (kept, no longer shown). */
  async regenerate(
    principal: Principal,
    participantId: string,
    conversationId: string,
    io: TurnIo = {},
  ): Promise<TurnResult> {
    await assertParticipantAccess(this.db, principal, participantId, 'content');
    const conversation = await this.requireConversation(participantId, conversationId);
    return this.exclusive(conversationId, participantId, io, (signal) =>
      regenerateTurn(this.env, conversation, io, signal),
    );
  }

  /** Stops the answer being written on `stream` (the partial text is kept). */
  async stop(principal: Principal, participantId: string, stream: string): Promise<{ stopped: boolean }> {
    await assertParticipantAccess(this.db, principal, participantId, 'content');
    const running = this.streams.get(stream);
    if (!running || running.participantId !== participantId) return { stopped: false };
    running.controller.abort();
    return { stopped: true };
  }

  /** Adds the step the participant committed to (or their edited wording of it) to their activity plan. */
  async acceptStep(
    principal: Principal,
    participantId: string,
    conversationId: string,
    title?: string,
  ): Promise<{ step: { id: number; title: string; status: string } }> {
    await assertParticipantAccess(this.db, principal, participantId, 'content');
    const conversation = await this.requireConversation(participantId, conversationId);
    const stepTitle = (title ?? conversation.pendingStep ?? '').trim();
    if (!stepTitle) throw new ApiError('CONFLICT', 'Det er ikke noe steg å legge inn i planen ennå.');
    if (conversation.stepAddedAt && title === undefined)
      throw new ApiError('CONFLICT', 'Steget er allerede lagt inn i aktivitetsplanen.');
    const plan = this.options.plan;
    if (!plan) throw new ApiError('UNAVAILABLE', 'Aktivitetsplanen er ikke tilgjengelig.');
    const step = await plan.addStep(principal, participantId, {
      title: stepTitle,
      description: 'Lagt inn fra samtalen med assistenten.',
    });
    const at = this.clock().toISOString();
    await this.db.transaction((tx) =>
      conversationsRepo.update(tx, {
        ...conversation,
        updatedAt: at,
        stepAddedAt: at,
        pendingStep: null,
        pendingStepModel: null,
      }),
    );
    return { step: { id: step.id, title: step.title, status: step.status } };
  }

  private async exclusive<T>(
    conversationId: string,
    participantId: string,
    io: TurnIo,
    work: (signal: AbortSignal) => Promise<T>,
  ): Promise<T> {
    if (this.running.has(conversationId) || (io.stream && this.streams.has(io.stream)))
      throw new ApiError('CONFLICT', BUSY_MESSAGE);
    const controller = new AbortController();
    const onAbort = () => controller.abort();
    if (io.signal?.aborted) controller.abort();
    else io.signal?.addEventListener('abort', onAbort, { once: true });
    this.running.set(conversationId, controller);
    if (io.stream) this.streams.set(io.stream, { participantId, controller });
    try {
      return await work(controller.signal);
    } finally {
      io.signal?.removeEventListener('abort', onAbort);
      this.running.delete(conversationId);
      if (io.stream) this.streams.delete(io.stream);
    }
  }
}
