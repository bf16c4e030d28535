import { randomUUID } from 'node:crypto';
import { ApiError } from '../../api/errors.js';
import type { ApiEvent } from '../../api/events.js';
import type { Principal } from '../../auth/types.js';
import type { EncryptedStore } from '../../db/store.js';
import { assertParticipantAccess } from '../../followup/access.js';
import { KNOWLEDGE_NO_ANSWER_TEXT } from '../../knowledge/messages.js';
import { citationOf, type Citation } from '../../knowledge/service.js';
import type { KnowledgeAnswer, PassageHit } from '../../knowledge/types.js';
import { defaultScrubber, SCRUB_FAILED_MESSAGE, type Scrubber } from '../../scrub/scrubber.js';
import { PseudonymVault } from '../../scrub/vault.js';
import { detectLanguage } from '../checks/language.js';
import type { FallbackSlots, PhraseLibrary } from '../mi/phrases.js';
import { renderFallback } from '../mi/phrases.js';
import { reflectionSlots } from '../mi/paraphrase.js';
import { chooseMove, openingMove } from '../mi/policy.js';
import { adviceAllowed, createDialogueState, observeParticipant, recordMove, type DialogueState } from '../mi/state.js';
import type { Move, MoveKind } from '../mi/moves.js';
import { assessRisk, isCrisis } from '../safety/assessRisk.js';
import { createCrisisFlag, describeCrisisFlag } from '../safety/crisisFlag.js';
import { crisisResponse } from '../safety/crisisResponse.js';
import type { HelpLineId } from '../safety/helpLines.js';
import type { CrisisLanguage, RiskAssessment } from '../safety/types.js';
import { classifyTalk } from '../talk/classifyTalk.js';
import type { TalkClass, TalkClassification } from '../talk/types.js';
import { buildModelContext, goalTerms, type ContextEntry, type ContextProvider } from './context.js';
import type { IdentitySource, PlanPort } from './followupPorts.js';
import { generateReply, outputFailures, type JsonGenerator, type Reply } from './generation.js';
import { assertSafeForModel, conversationScrubber, ScrubFailedError } from './guard.js';
import { buildTurnPrompt } from './prompt.js';
import { conversationsRepo, flagsRepo, turnsRepo, type ConversationRecord, type StoredFlag, type TurnGeneration, type TurnMessage } from './repo.js';
import { extractCommittedStep } from './steps.js';
import { DisplayStream, TextFieldDecoder } from './streaming.js';
import { rollingSummary, type PromptTurn } from './summary.js';
import { notSentView, type ModelView, type PromptPassage } from './view.js';

/** A stored message as the UI shows it (the pseudonymised text stays in core). */
export interface ChatTurn {
  id: number;
  conversationId: string;
  author: TurnMessage['author'];
  body: string;
  createdAt: string;
  talk: TalkClass | null;
  move: MoveKind | null;
  moveVariant: string | null;
  sources: Citation[];
  generation: TurnGeneration | null;
  crisis: boolean;
}

export interface TurnResult {
  conversationId: string;
  participantMessage: ChatTurn | null;
  assistantMessage: ChatTurn | null;
  /** Set on a crisis turn: the fixed message was shown and the counselor was told. */
  crisis: { level: 'concern' | 'acute'; categories: RiskAssessment['categories']; helpLines: HelpLineId[] } | null;
  /** The assistant offers to add this step to the activity plan (chat.acceptStep). */
  stepOffer: { title: string } | null;
  stopped: boolean;
}

/** How the caller hears the reply being written: token events on its stream, a discard when a draft is thrown away. */
export interface TurnIo {
  stream?: string | undefined;
  emit?: ((event: ApiEvent) => void) | undefined;
  signal?: AbortSignal | undefined;
}

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
}

const BUSY_MESSAGE = 'Assistenten svarer allerede i denne samtalen. Vent til svaret er ferdig, eller stopp det.';

export function publicTurn(m: TurnMessage): ChatTurn {
  return {
    id: m.id,
    conversationId: m.conversationId,
    author: m.author,
    body: m.body,
    createdAt: m.createdAt,
    talk: m.talk,
    move: m.move,
    moveVariant: m.moveVariant,
    sources: m.sources,
    generation: m.generation,
    crisis: m.crisis,
  };
}

function toPromptTurn(m: TurnMessage): PromptTurn {
  return { role: m.author === 'assistant' ? 'assistant' : 'participant', modelText: m.crisis ? null : m.modelText, talk: m.talk, subtype: m.talkSubtype, move: m.move };
}

function promptPassage(p: PassageHit): PromptPassage {
  return { id: p.id, title: p.title, heading: p.heading, text: p.text, source: p.source, date: p.date };
}

/** The first statements of a passage, without markdown, for the phrase library's {passage_excerpt}. */
export function passageExcerpt(text: string): string {
  const firstParagraph = text.split(/\n\s*\n/)[0] ?? text;
  return firstParagraph
    .split('\n')
    .map((l) => l.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, '').replace(/\*\*|__|`/g, '').trim())
    .filter((l) => l.length > 0)
    .join(' ');
}

/** A goal or step as the phrase library's infinitive slots want it ("få en deltidsjobb"), or nothing. */
function infinitiveSlot(text: string | null | undefined): string | undefined {
  if (!text) return undefined;
  const t = text.trim().replace(/^å\s+/iu, '').replace(/[.!]+$/u, '');
  if (t.length === 0 || t.length > 90 || /(?<![\p{L}])(?:jeg|eg|meg|min|mitt|mine)(?![\p{L}])|\?/iu.test(t)) return undefined;
  return t.charAt(0).toLowerCase() + t.slice(1);
}

function crisisLanguage(text: string): CrisisLanguage {
  const lang = detectLanguage(text);
  return lang === 'en' ? 'en' : lang === 'nn' ? 'nn' : 'nb';
}

/** Tracks what the caller has seen of the reply on its stream, so the final text can replace a draft. */
class ReplyStream {
  private shown = '';
  private decoder: TextFieldDecoder | null = null;

  constructor(
    private readonly io: TurnIo,
    private readonly vault: PseudonymVault,
  ) {}

  private token(text: string): void {
    if (!this.io.stream || !this.io.emit || text.length === 0) return;
    this.shown += text;
    this.io.emit({ kind: 'token', stream: this.io.stream, text });
  }

  private discardShown(): void {
    if (!this.io.stream || !this.io.emit || this.shown.length === 0) return;
    this.shown = '';
    this.io.emit({ kind: 'status', topic: 'chat.draft', value: { stream: this.io.stream, action: 'discard' } });
  }

  readonly sink = {
    begin: (): ((raw: string) => void) => {
      const decoder = new TextFieldDecoder();
      this.decoder = decoder;
      const display = new DisplayStream(this.vault, (text) => this.token(text));
      return (raw) => {
        decoder.push(raw);
        display.offer(decoder.text);
      };
    },
    partial: (): string => this.decoder?.text ?? '',
    discard: (): void => {
      this.decoder = null;
      this.discardShown();
    },
  };

  /** Ends the stream with exactly `display` on the caller's screen. */
  finish(display: string): void {
    if (display.startsWith(this.shown)) this.token(display.slice(this.shown.length));
    else {
      this.discardShown();
      this.token(display);
    }
    if (this.io.stream && this.io.emit) this.io.emit({ kind: 'end', stream: this.io.stream });
  }
}

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
export class ChatOrchestrator {
  private readonly scrubber: Scrubber;
  private readonly rng: () => number;
  private readonly clock: () => Date;
  private readonly running = new Map<string, AbortController>();
  private readonly streams = new Map<string, { participantId: string; controller: AbortController }>();

  constructor(private readonly options: OrchestratorOptions) {
    this.scrubber = options.scrubber ?? defaultScrubber();
    this.rng = options.rng ?? Math.random;
    this.clock = options.clock ?? (() => new Date());
  }

  private get db() {
    return this.options.store.db;
  }

  /** Starts a conversation with the opening question (from the phrase library; no model call). */
  async start(principal: Principal, participantId: string): Promise<{ conversationId: string; message: ChatTurn }> {
    await assertParticipantAccess(this.db, principal, participantId, 'content');
    const at = this.clock().toISOString();
    const opening = openingMove();
    const rendered = renderFallback(opening, {}, this.rng, this.options.library ? { library: this.options.library } : {});
    const conversation = this.newConversation(principal, participantId, at);
    conversation.state = recordMove(conversation.state, opening);
    const message: Omit<TurnMessage, 'id' | 'replacedAt'> = {
      participantId,
      conversationId: conversation.id,
      author: 'assistant',
      body: rendered.text,
      createdAt: at,
      modelText: rendered.text,
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
  async send(principal: Principal, participantId: string, input: { text: string; conversationId?: string | undefined }, io: TurnIo = {}): Promise<TurnResult> {
    await assertParticipantAccess(this.db, principal, participantId, 'content');
    const existing = input.conversationId ? await this.requireConversation(participantId, input.conversationId) : null;
    const conversation = existing ?? this.newConversation(principal, participantId, this.clock().toISOString());
    return this.exclusive(conversation.id, participantId, io, (signal) => this.turn(principal, conversation, existing === null, input.text, io, signal));
  }

  private async turn(principal: Principal, conversation: ConversationRecord, isNew: boolean, text: string, io: TurnIo, signal: AbortSignal): Promise<TurnResult> {
    const at = this.clock().toISOString();
    const participantId = conversation.participantId;

    // 1. Safety first, on the raw text.
    const risk = assessRisk(text);
    if (isCrisis(risk)) return this.crisisTurn(principal, conversation, isNew, text, risk, io, at);

    // 2. Tekstvask (fail closed).
    const vault = PseudonymVault.deserialize(conversation.vault);
    const known = await this.options.identities.knownIdentities(principal, participantId);
    const scrub = conversationScrubber(this.scrubber, vault, known);
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
    if (talk.talk === 'question' || (state.informationNeed && state.informationNeedTurn === state.turn)) infoQuery = scrubbed;
    let passages = talk.talk === 'question' || state.permission === 'granted' ? await this.searchKnowledge(infoQuery) : [];
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
    const rolling = rollingSummary(history.map(toPromptTurn));
    const promptPassages = move.kind === 'provide_information' ? passages.slice(0, 3).map(promptPassage) : [];
    const goalValue = context.find((c) => c.key === 'currentGoal')?.value;
    const stepForModel = pendingStepModel ? pendingStepModel.charAt(0).toLowerCase() + pendingStepModel.slice(1) : undefined;
    const stream = new ReplyStream(io, vault);

    // 6. Generation (or a fixed answer when the knowledge base has none).
    let reply: Reply;
    let view: ModelView;
    if (move.kind === 'provide_information' && move.variant === 'no_knowledge') {
      reply = { move: move.kind, variant: move.variant, text: KNOWLEDGE_NO_ANSWER_TEXT, sources: [], generation: 'fallback', attempts: [], retryHint: null, modelCalls: 0, templateId: null };
      view = notSentView('participant_chat', 'fixed_answer', at, { kind: move.kind, variant: move.variant, reason: move.reason });
    } else {
      const built = buildTurnPrompt({
        purpose: 'participant_chat',
        at,
        move,
        context,
        rolling,
        participantText: scrubbed,
        passages: promptPassages,
        slots: { ...(goalValue ? { goal: goalValue } : {}), ...(stepForModel ? { step: stepForModel } : {}) },
      });
      try {
        assertSafeForModel(built.view, known, this.scrubber, vault);
      } catch (err) {
        if (err instanceof ScrubFailedError) throw new ApiError('UNAVAILABLE', SCRUB_FAILED_MESSAGE);
        throw err;
      }
      reply = await generateReply(this.options.generator, {
        move,
        systemPrompt: built.systemPrompt,
        prompt: built.prompt,
        passageIds: promptPassages.map((p) => p.id),
        adviceAllowed: allowed,
        vault,
        fallback: { slots: this.fallbackSlots(scrubbed, talk, goalValue, stepForModel, promptPassages), sources: promptPassages.slice(0, 1).map((p) => p.id), talk: talk.talk, library: this.options.library },
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
    const citations = reply.sources.map((id) => passages.find((p) => p.id === id)).filter((p): p is PassageHit => p !== undefined).map(citationOf);
    const stepOffer = sent.kind === 'plan_next_step' && sent.variant === 'offer_plan' && pendingStep && !stepAddedAt ? { title: pendingStep } : null;
    const generation: TurnGeneration = reply.generation === 'fallback' && reply.modelCalls === 0 && reply.text === KNOWLEDGE_NO_ANSWER_TEXT ? 'fixed' : reply.generation;
    // A stopped draft is kept for the next prompts only if it holds nothing the model made up.
    const assistantModelText = reply.generation === 'stopped' && outputFailures(reply.text, vault).length > 0 ? null : reply.text;

    const participantMessage: Omit<TurnMessage, 'id' | 'replacedAt'> = {
      participantId,
      conversationId: conversation.id,
      author: 'participant',
      body: text,
      createdAt: at,
      modelText: scrubbed,
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
    const ids = await this.db.transaction(async (tx) => {
      if (isNew) await conversationsRepo.insert(tx, updated);
      else await conversationsRepo.update(tx, updated);
      const pid = await turnsRepo.insert(tx, { ...participantMessage, authorUserId: principal.userId });
      const aid = assistantMessage ? await turnsRepo.insert(tx, { ...assistantMessage, authorUserId: null }) : null;
      return { pid, aid };
    });
    stream.finish(display);
    return {
      conversationId: conversation.id,
      participantMessage: publicTurn({ ...participantMessage, id: ids.pid, replacedAt: null }),
      assistantMessage: assistantMessage && ids.aid !== null ? publicTurn({ ...assistantMessage, id: ids.aid, replacedAt: null }) : null,
      crisis: null,
      stepOffer,
      stopped: reply.generation === 'stopped',
    };
  }

  private async crisisTurn(
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
      talk: null,
      talkSubtype: null,
      move: null,
      moveVariant: null,
      sources: [],
      generation: null,
      crisis: true,
    };
    const assistantMessage: Omit<TurnMessage, 'id' | 'replacedAt'> = { ...participantMessage, author: 'assistant', body: response.text, generation: 'crisis' };
    const updated: ConversationRecord = { ...conversation, updatedAt: at, lastContext: notSentView('participant_chat', 'crisis', at) };
    const ids = await this.db.transaction(async (tx) => {
      if (isNew) await conversationsRepo.insert(tx, updated);
      else await conversationsRepo.update(tx, updated);
      const pid = await turnsRepo.insert(tx, { ...participantMessage, authorUserId: principal.userId });
      const aid = await turnsRepo.insert(tx, { ...assistantMessage, authorUserId: null });
      await flagsRepo.insert(tx, createCrisisFlag({ participantId: conversation.participantId, conversationId: conversation.id, turnId: String(pid), assessment: risk, now: new Date(at) }));
      return { pid, aid };
    });
    new ReplyStream(io, new PseudonymVault()).finish(response.text);
    return {
      conversationId: conversation.id,
      participantMessage: publicTurn({ ...participantMessage, id: ids.pid, replacedAt: null }),
      assistantMessage: publicTurn({ ...assistantMessage, id: ids.aid, replacedAt: null }),
      crisis: { level: response.level, categories: risk.categories, helpLines: response.helpLines },
      stepOffer: null,
      stopped: false,
    };
  }

  /** A new answer to the last participant message, replacing the last answer (kept, no longer shown). */
  async regenerate(principal: Principal, participantId: string, conversationId: string, io: TurnIo = {}): Promise<TurnResult> {
    await assertParticipantAccess(this.db, principal, participantId, 'content');
    const conversation = await this.requireConversation(participantId, conversationId);
    return this.exclusive(conversationId, participantId, io, async (signal) => {
      const history = await turnsRepo.ofConversation(this.db, conversationId);
      const last = history.at(-1);
      const question = history.at(-2);
      const view = conversation.lastContext;
      if (!last || last.author !== 'assistant' || !question || question.author === 'assistant' || !view?.sentToModel || !view.move || !view.systemPrompt || !view.prompt) {
        throw new ApiError('CONFLICT', 'Det finnes ikke noe svar å lage på nytt her.');
      }
      const vault = PseudonymVault.deserialize(conversation.vault);
      const move: Move = { kind: view.move.kind, variant: view.move.variant as Move['variant'], reason: view.move.reason };
      const talk: TalkClassification = { talk: question.talk ?? 'neutral', ...(question.talkSubtype ? { subtype: question.talkSubtype } : {}), confidence: 0.5 };
      const stream = new ReplyStream(io, vault);
      const goalValue = view.context.find((c) => c.key === 'currentGoal')?.value;
      const step = conversation.pendingStepModel ? conversation.pendingStepModel.charAt(0).toLowerCase() + conversation.pendingStepModel.slice(1) : undefined;
      const settings = this.generationOptions();
      const reply = await generateReply(this.options.generator, {
        move,
        systemPrompt: view.systemPrompt,
        prompt: view.prompt,
        passageIds: view.passages.map((p) => p.id),
        adviceAllowed: move.kind === 'provide_information',
        vault,
        fallback: { slots: this.fallbackSlots(question.modelText ?? '', talk, goalValue, step, view.passages), sources: view.passages.slice(0, 1).map((p) => p.id), talk: talk.talk, library: this.options.library },
        rng: this.rng,
        signal,
        draft: stream.sink,
        ...settings,
        seed: settings.seed !== undefined ? settings.seed + 1000 : Math.floor(this.rng() * 2 ** 31),
      });
      const display = vault.restore(reply.text);
      if (reply.generation === 'stopped' && reply.text.trim().length === 0) {
        stream.finish(last.body);
        return { conversationId, participantMessage: null, assistantMessage: publicTurn(last), crisis: null, stepOffer: null, stopped: true };
      }
      const at = this.clock().toISOString();
      const citations: Citation[] = reply.sources
        .map((id) => view.passages.find((p) => p.id === id))
        .filter((p): p is PromptPassage => p !== undefined)
        .map((p) => ({ id: p.id, title: p.title, heading: p.heading, source: p.source, date: p.date }));
      const message: Omit<TurnMessage, 'id' | 'replacedAt'> = {
        participantId,
        conversationId,
        author: 'assistant',
        body: display,
        createdAt: at,
        modelText: reply.generation === 'stopped' && outputFailures(reply.text, vault).length > 0 ? null : reply.text,
        talk: null,
        talkSubtype: null,
        move: reply.move,
        moveVariant: reply.variant,
        sources: citations,
        generation: reply.generation,
        crisis: false,
      };
      const id = await this.db.transaction(async (tx) => {
        await turnsRepo.markReplaced(tx, last.id, at);
        const newId = await turnsRepo.insert(tx, { ...message, authorUserId: null });
        await conversationsRepo.update(tx, { ...conversation, updatedAt: at, vault: vault.serialize(), lastContext: { ...view, at, retryHint: reply.retryHint } });
        return newId;
      });
      stream.finish(display);
      const stepOffer = reply.move === 'plan_next_step' && reply.variant === 'offer_plan' && conversation.pendingStep && !conversation.stepAddedAt ? { title: conversation.pendingStep } : null;
      return { conversationId, participantMessage: null, assistantMessage: publicTurn({ ...message, id, replacedAt: null }), crisis: null, stepOffer, stopped: reply.generation === 'stopped' };
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

  /** "Hva assistenten vet": exactly what the model was given for the last turn, as it was sent. */
  async context(principal: Principal, participantId: string, conversationId?: string): Promise<{ conversationId: string | null; view: ModelView | null; placeholders: { placeholder: string; type: string; shownAs: string }[] }> {
    await assertParticipantAccess(this.db, principal, participantId, 'content');
    const conversation = conversationId ? await this.requireConversation(participantId, conversationId) : await conversationsRepo.latest(this.db, participantId);
    if (!conversation) return { conversationId: null, view: null, placeholders: [] };
    const view = conversation.lastContext;
    const vault = PseudonymVault.deserialize(conversation.vault);
    const sent = view ? `${view.systemPrompt ?? ''}\n${view.prompt ?? ''}` : '';
    const placeholders = vault
      .list()
      .map((e) => ({ placeholder: `[${e.label}_${e.index}]`, type: e.type, shownAs: e.display }))
      .filter((p) => sent.includes(p.placeholder));
    return { conversationId: conversation.id, view, placeholders };
  }

  /**
   * "Vis hva modellen ser" for the counselor: each shown message of a conversation as the model
   * gets it (tekstvasket, placeholders kept), or null where nothing of it goes to the model (a
   * crisis turn, a stopped draft that held made-up personal data).
   */
  async modelTexts(principal: Principal, participantId: string, conversationId: string): Promise<{ id: number; modelText: string | null }[]> {
    if (principal.role !== 'counselor') throw new ApiError('FORBIDDEN');
    await assertParticipantAccess(this.db, principal, participantId, 'content');
    await this.requireConversation(participantId, conversationId);
    return (await turnsRepo.ofConversation(this.db, conversationId)).map((m) => ({ id: m.id, modelText: m.crisis ? null : m.modelText }));
  }

  /** Adds the step the participant committed to (or their edited wording of it) to their activity plan. */
  async acceptStep(principal: Principal, participantId: string, conversationId: string, title?: string): Promise<{ step: { id: number; title: string; status: string } }> {
    await assertParticipantAccess(this.db, principal, participantId, 'content');
    const conversation = await this.requireConversation(participantId, conversationId);
    const stepTitle = (title ?? conversation.pendingStep ?? '').trim();
    if (!stepTitle) throw new ApiError('CONFLICT', 'Det er ikke noe steg å legge inn i planen ennå.');
    if (conversation.stepAddedAt && title === undefined) throw new ApiError('CONFLICT', 'Steget er allerede lagt inn i aktivitetsplanen.');
    const plan = this.options.plan;
    if (!plan) throw new ApiError('UNAVAILABLE', 'Aktivitetsplanen er ikke tilgjengelig.');
    const step = await plan.addStep(principal, participantId, { title: stepTitle, description: 'Lagt inn fra samtalen med assistenten.' });
    const at = this.clock().toISOString();
    await this.db.transaction((tx) => conversationsRepo.update(tx, { ...conversation, updatedAt: at, stepAddedAt: at, pendingStep: null, pendingStepModel: null }));
    return { step: { id: step.id, title: step.title, status: step.status } };
  }

  /** The conversations of a participant, newest first. */
  async conversations(principal: Principal, participantId: string): Promise<{ id: string; startedAt: string; updatedAt: string }[]> {
    await assertParticipantAccess(this.db, principal, participantId, 'content');
    return conversationsRepo.list(this.db, participantId);
  }

  /** The messages of one conversation (as shown), oldest first. */
  async messages(principal: Principal, participantId: string, conversationId: string): Promise<ChatTurn[]> {
    await assertParticipantAccess(this.db, principal, participantId, 'content');
    await this.requireConversation(participantId, conversationId);
    return (await turnsRepo.ofConversation(this.db, conversationId)).map(publicTurn);
  }

  /**
   * The counselor's crisis flags for their caseload (or one participant), newest first. The flag
   * holds no words; the message is opened through the audited chat.
   */
  async flags(
    principal: Principal,
    participantIds: readonly string[],
    options: { unseenOnly?: boolean; limit?: number } = {},
  ): Promise<(StoredFlag & { label: string })[]> {
    if (principal.role !== 'counselor') throw new ApiError('FORBIDDEN');
    for (const id of participantIds) await assertParticipantAccess(this.db, principal, id, 'content');
    const flags = await flagsRepo.ofParticipants(this.db, participantIds, { unseenOnly: options.unseenOnly ?? false, limit: Math.min(options.limit ?? 100, 500) });
    return flags.map((f) => ({ ...f, label: describeCrisisFlag(f) }));
  }

  async markFlagSeen(principal: Principal, flagId: string): Promise<StoredFlag> {
    if (principal.role !== 'counselor') throw new ApiError('FORBIDDEN');
    const flag = await flagsRepo.byId(this.db, flagId);
    if (!flag) throw new ApiError('NOT_FOUND');
    await assertParticipantAccess(this.db, principal, flag.participantId, 'content');
    await this.db.transaction((tx) => flagsRepo.markSeen(tx, flagId, principal.userId, this.clock().toISOString()));
    return (await flagsRepo.byId(this.db, flagId))!;
  }

  private newConversation(principal: Principal, participantId: string, at: string): ConversationRecord {
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

  private async requireConversation(participantId: string, conversationId: string): Promise<ConversationRecord> {
    const c = await conversationsRepo.get(this.db, participantId, conversationId);
    if (!c) throw new ApiError('NOT_FOUND', 'Fant ikke samtalen.');
    return c;
  }

  private async exclusive<T>(conversationId: string, participantId: string, io: TurnIo, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    if (this.running.has(conversationId) || (io.stream && this.streams.has(io.stream))) throw new ApiError('CONFLICT', BUSY_MESSAGE);
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

  private fallbackSlots(scrubbed: string, talk: TalkClassification, goal: string | undefined, step: string | undefined, passages: readonly PromptPassage[]): FallbackSlots {
    const slots: FallbackSlots = { ...reflectionSlots(scrubbed, talk) };
    const goalSlot = infinitiveSlot(goal);
    if (goalSlot) slots.goal = goalSlot;
    if (step) slots.step = step;
    const first = passages[0];
    if (first) slots.passage_excerpt = passageExcerpt(first.text);
    return slots;
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

/** For tests and the benchmark: the dialogue state of a conversation. */
export async function dialogueStateOf(store: EncryptedStore, participantId: string, conversationId: string): Promise<DialogueState | null> {
  return (await conversationsRepo.get(store.db, participantId, conversationId))?.state ?? null;
}

