import { ApiError } from '../../api/errors.js';
import type { Principal } from '../../auth/types.js';
import type { EncryptedStore } from '../../db/store.js';
import type { Logger } from '../../log.js';
import { assertParticipantAccess } from '../../followup/access.js';
import { KNOWLEDGE_NO_ANSWER_TEXT } from '../../knowledge/messages.js';
import { citationOf, type Citation } from '../../knowledge/service.js';
import type { KnowledgeAnswer, PassageHit } from '../../knowledge/types.js';
import { defaultScrubber, SCRUB_FAILED_MESSAGE, type Scrubber } from '../../scrub/scrubber.js';
import { PseudonymVault } from '../../scrub/vault.js';
import type { PhraseLibrary } from '../mi/phrases.js';
import { renderFallback } from '../mi/phrases.js';
import { chooseMove, openingMove } from '../mi/policy.js';
import { adviceAllowed, observeParticipant, recordMove } from '../mi/state.js';
import type { Move } from '../mi/moves.js';
import { assessRisk, isCrisis } from '../safety/assessRisk.js';
import { safetyContextOf } from '../safety/checkIn.js';
import { classifyTalk } from '../talk/classifyTalk.js';
import type { TalkClassification } from '../talk/types.js';
import { buildModelContext, goalTerms, type ContextEntry, type ContextProvider } from './context.js';
import type { IdentitySource, PlanPort } from './followupPorts.js';
import { generateReply, outputFailures, type JsonGenerator, type Reply } from './generation.js';
import { assertSafeForModel, conversationScrubber, ScrubFailedError } from './guard.js';
import { buildTurnPrompt, conversationContext } from './prompt.js';
import {
  conversationsRepo,
  turnsRepo,
  type ConversationRecord,
  type TurnGeneration,
  type TurnMessage,
} from './repo.js';
import { extractCommittedStep } from './steps.js';
import { ConversationQueries, publicTurn, type ChatTurn, type TurnResult } from './queries.js';
import { ReplyStream, type TurnIo } from './streaming.js';
import { finishTurn } from './turn.js';
import { crisisTurn, fallbackSlots, newConversation, promptCitation, promptPassage } from './turnParts.js';
export { passageExcerpt } from './turnParts.js';
export { publicTurn, type ChatTurn, type TurnResult } from './queries.js';
export type { TurnIo } from './streaming.js';
import { notSentView, type ModelView, type PromptPassage } from './view.js';

export interface GenerationSettings {
  maxTokens?: number | undefined;
  temperature?: number | undefined;
  timeLimitMs?: number | undefined;
  /** Fixed seed (tests, benchmark); otherwise a fresh one per answer. */
  seed?: number | undefined;
}

export interface KnowledgeSearch {
  search(query: string, options?: { limit?: number }): Promise<KnowledgeAnswer>;
}

export interface OrchestratorOptions {
  store: EncryptedStore;
  generator: JsonGenerator;
  context: ContextProvider;
  identities: IdentitySource;
  knowledge: KnowledgeSearch | null;
  plan?: PlanPort | undefined;
  scrubber?: Scrubber;
  library?: PhraseLibrary;
  rng?: () => number;
  clock?: () => Date;
  generation?: GenerationSettings;
  /** Receives each turn's timings (numbers only): where the time outside the model went. */
  logger?: Logger | undefined;
}

const BUSY_MESSAGE = 'Assistenten svarer allerede i denne samtalen. Vent til svaret er ferdig, eller stopp det.';

/**
 * The conversation orchestrator: one pipeline per participant turn.
 *
 *  1. safety on the raw text (on risk: the fixed crisis message, a flag for the counselor, and the
 *     model is not called);
 *  2. tekstvask with the conversation's vault and the participant's known identities (fail closed);
 *  3. talk classification; 4. the MI move policy (with knowledge search when information is asked);
 *  5. the context from the allowlist, the rolling summary and the passages;
 *  6. generation under a JSON-schema grammar, checks, one regeneration, the phrase library;
 *  7. output detectors, placeholders restored for display only, the turn stored with its labels.
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
    return { conversationId: conversation.id, message: publicTurn({ ...message, id, replacedAt: null }) };
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
      this.turn(principal, conversation, existing === null, input.text, io, signal),
    );
  }

  private async turn(
    principal: Principal,
    conversation: ConversationRecord,
    isNew: boolean,
    text: string,
    io: TurnIo,
    signal: AbortSignal,
  ): Promise<TurnResult> {
    const at = this.clock().toISOString();
    const participantId = conversation.participantId;

    // 1. Safety first, on the raw text, read with the recent turns (a check-in's answer).
    const risk = assessRisk(
      text,
      isNew ? {} : { conversation: safetyContextOf(await turnsRepo.ofConversation(this.db, conversation.id, 12)) },
    );
    if (isCrisis(risk)) return crisisTurn(this.db, principal, conversation, isNew, text, risk, io, at);

    // 2. Tekstvask (fail closed).
    const vault = PseudonymVault.deserialize(conversation.vault);
    const known = await this.options.identities.knownIdentities(principal, participantId);
    const timedScrub = conversationScrubber(this.scrubber, vault, known);
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
    const facts = await this.options.context.participantFacts(principal, participantId);
    const talk = classifyTalk(scrubbed, { targetTerms: goalTerms(facts) });

    // 4. Dialogue state, knowledge when information is asked, the move.
    let state = observeParticipant(conversation.state, scrubbed, talk);
    const previousQuery = conversation.infoQuery;
    let infoQuery = previousQuery;
    if (talk.talk === 'question' || (state.informationNeed && state.informationNeedTurn === state.turn))
      infoQuery = scrubbed;
    let passages =
      talk.talk === 'question' || state.permission === 'granted' ? await this.searchKnowledge(infoQuery) : [];
    // A follow-up question ("hvor lenge varer det?") is read together with the one before it.
    if (passages.length === 0 && talk.talk === 'question' && previousQuery && previousQuery !== scrubbed) {
      passages = await this.searchKnowledge(`${previousQuery} ${scrubbed}`);
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
    const history = await turnsRepo.ofConversation(this.db, conversation.id);
    const promptPassages = move.kind === 'provide_information' ? passages.slice(0, 3).map(promptPassage) : [];
    const goalValue = context.find((c) => c.key === 'currentGoal')?.value;
    const stepForModel = pendingStepModel
      ? pendingStepModel.charAt(0).toLowerCase() + pendingStepModel.slice(1)
      : undefined;
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
        assertSafeForModel(built.view, known, this.scrubber, vault);
      } catch (err) {
        if (err instanceof ScrubFailedError) throw new ApiError('UNAVAILABLE', SCRUB_FAILED_MESSAGE);
        throw err;
      } finally {
        scrubMs += performance.now() - checkStarted;
      }
      reply = await generateReply(this.options.generator, {
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
          library: this.options.library,
        },
        rng: this.rng,
        signal,
        draft: stream.sink,
        ...this.generationOptions(),
      });
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
    const stepOffer =
      sent.kind === 'plan_next_step' && sent.variant === 'offer_plan' && pendingStep && !stepAddedAt
        ? { title: pendingStep }
        : null;
    const generation: TurnGeneration =
      reply.generation === 'fallback' && reply.modelCalls === 0 && reply.text === KNOWLEDGE_NO_ANSWER_TEXT
        ? 'fixed'
        : reply.generation;
    // A stopped draft is kept for the next prompts only if it holds nothing the model made up.
    const assistantModelText =
      reply.generation === 'stopped' && outputFailures(reply.text, vault).length > 0 ? null : reply.text;

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
    const assistantMessage: Omit<TurnMessage, 'id' | 'replacedAt'> | null = stoppedEmpty
      ? null
      : {
          participantId,
          conversationId: conversation.id,
          author: 'assistant',
          body: display,
          createdAt: this.clock().toISOString(),
          modelText: assistantModelText,
          modelTurn: assistantModelText === null ? null : (reply.modelTurn?.output ?? null),
          talk: null,
          talkSubtype: null,
          move: sent.kind,
          moveVariant: sent.variant,
          sources: citations,
          generation,
          crisis: false,
        };
    const updated: ConversationRecord = {
      ...conversation,
      updatedAt: this.clock().toISOString(),
      state,
      vault: vault.serialize(),
      infoQuery,
      pendingStep,
      pendingStepModel,
      stepAddedAt,
      lastContext: view,
    };
    this.options.logger?.info('chat.turn', { scrubMs, modelCalls: reply.modelCalls, generation });
    return finishTurn(this.db, stream, {
      conversation: updated,
      isNew,
      participant: { message: participantMessage, authorUserId: principal.userId },
      assistant: assistantMessage,
      replaces: null,
      flag: null,
      display,
      outcome: { crisis: null, stepOffer, stopped: reply.generation === 'stopped' },
    });
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
    return this.exclusive(conversationId, participantId, io, async (signal) => {
      const history = await turnsRepo.ofConversation(this.db, conversationId);
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
      const step = conversation.pendingStepModel
        ? conversation.pendingStepModel.charAt(0).toLowerCase() + conversation.pendingStepModel.slice(1)
        : undefined;
      const settings = this.generationOptions();
      // Everything before the reply is what the model already holds: only the answer is new.
      const reply = await generateReply(this.options.generator, {
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
          library: this.options.library,
        },
        rng: this.rng,
        signal,
        draft: stream.sink,
        ...settings,
        seed: settings.seed !== undefined ? settings.seed + 1000 : Math.floor(this.rng() * 2 ** 31),
      });
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
      const at = this.clock().toISOString();
      const keep = !(reply.generation === 'stopped' && outputFailures(reply.text, vault).length > 0);
      const citations: Citation[] = reply.sources
        .map((id) => view.passages.find((p) => p.id === id))
        .filter((p): p is PromptPassage => p !== undefined)
        .map(promptCitation);
      const message: Omit<TurnMessage, 'id' | 'replacedAt'> = {
        participantId,
        conversationId,
        author: 'assistant',
        body: display,
        createdAt: at,
        modelText: keep ? reply.text : null,
        modelTurn: keep ? (reply.modelTurn?.output ?? null) : null,
        talk: null,
        talkSubtype: null,
        move: reply.move,
        moveVariant: reply.variant,
        sources: citations,
        generation: reply.generation,
        crisis: false,
      };
      const stepOffer =
        reply.move === 'plan_next_step' &&
        reply.variant === 'offer_plan' &&
        conversation.pendingStep &&
        !conversation.stepAddedAt
          ? { title: conversation.pendingStep }
          : null;
      return finishTurn(this.db, stream, {
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
    });
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

  private async searchKnowledge(query: string | null): Promise<PassageHit[]> {
    if (!query || !this.options.knowledge) return [];
    const result = await this.options.knowledge.search(query, { limit: 3 });
    return result.answer === 'passages' ? result.passages : [];
  }

  private generationOptions(): { maxTokens?: number; temperature?: number; timeLimitMs?: number; seed?: number } {
    const g = this.options.generation ?? {};
    return {
      ...(g.maxTokens !== undefined ? { maxTokens: g.maxTokens } : {}),
      ...(g.temperature !== undefined ? { temperature: g.temperature } : {}),
      ...(g.timeLimitMs !== undefined ? { timeLimitMs: g.timeLimitMs } : {}),
      ...(g.seed !== undefined ? { seed: g.seed } : {}),
    };
  }
}
