/**
 * The model engine: everything that touches node-llama-cpp. It runs inside the model process
 * (worker.ts), never in the app process, so a native crash or out-of-memory only takes it down.
 *
 * One model is loaded once. Its context holds a few sequences; each conversation leases one and
 * keeps a LlamaChatSession on it, so a new turn evaluates only its new tokens (the rest of the
 * conversation is already in the sequence's KV cache). When more conversations are active than
 * there are sequences, the least recently used one gives its sequence up and keeps only its
 * history; it is re-evaluated when it comes back.
 */
import {
  getLlama,
  InsufficientMemoryError,
  LlamaChatSession,
  LlamaLogLevel,
  resolveChatWrapper,
  type ChatHistoryItem,
  type ChatWrapper,
  type GbnfJsonSchema,
  type Llama,
  type LlamaContext,
  type LlamaContextSequence,
  type LlamaEmbeddingContext,
  type LlamaGrammar,
  type LlamaModel,
} from 'node-llama-cpp';
import { DEFAULT_CONTEXT_BUDGET, turnsToDrop } from './context-budget.js';
import { ModelError } from './errors.js';
import type { Answer, ConversationSeed, GenerationOptions, JsonAnswer, LoadedModel, LoadSpec, StopReason } from './protocol.js';

export const DEFAULT_MAX_TOKENS = 512;
export const DEFAULT_TIME_LIMIT_MS = 120_000;
const DEFAULT_TEMPERATURE = 0.7;
/** Chat-template framing per message (ChatML: <|im_start|>role\n … <|im_end|>\n), a safe over-estimate. */
const MESSAGE_OVERHEAD_TOKENS = 8;

interface SequenceSlot {
  readonly sequence: LlamaContextSequence;
  session: LlamaChatSession | null;
  owner: Conversation | null;
  busy: boolean;
  lastUsed: number;
}

interface Conversation {
  readonly id: string;
  /** Authoritative while detached; while attached the session's history is. */
  history: ChatHistoryItem[];
  slot: SequenceSlot | null;
  busy: boolean;
  /** Context length after each answer still in the sequence, for measuring a turn's new tokens. */
  turnEnds: number[];
}

export interface StreamSink {
  onChunk(text: string): void;
  signal: AbortSignal;
}

/** What the engine needs of a JSON-schema grammar: constrain generation, then parse and validate. */
type JsonGrammar = LlamaGrammar & { parse(json: string): unknown };

function seedToHistory(seed: ConversationSeed): ChatHistoryItem[] {
  const system: ChatHistoryItem[] = seed.systemPrompt ? [{ type: 'system', text: seed.systemPrompt }] : [];
  return [...system, ...seed.turns.flatMap((t): ChatHistoryItem[] => [{ type: 'user', text: t.user }, { type: 'model', response: [t.answer] }])];
}

function itemText(item: ChatHistoryItem): string {
  if (item.type === 'model') return item.response.filter((r): r is string => typeof r === 'string').join('');
  return typeof item.text === 'string' ? item.text : '';
}

function withSystemPrompt(history: ChatHistoryItem[], systemPrompt: string | null): ChatHistoryItem[] {
  const rest = history.filter((item) => item.type !== 'system');
  return systemPrompt ? [{ type: 'system', text: systemPrompt }, ...rest] : rest;
}

function sameSystemPrompt(history: readonly ChatHistoryItem[], systemPrompt: string | null): boolean {
  const system = history.filter((item) => item.type === 'system');
  if (!systemPrompt) return system.length === 0;
  return system.length === 1 && system[0] !== undefined && itemText(system[0]) === systemPrompt;
}

function toStopReason(reason: string, timedOut: boolean): StopReason {
  switch (reason) {
    case 'abort':
      return timedOut ? 'time-limit' : 'stopped';
    case 'maxTokens':
      return 'max-tokens';
    default:
      return 'end';
  }
}

export class ModelEngine {
  private llama: Llama | null = null;
  private model: LlamaModel | null = null;
  private context: LlamaContext | null = null;
  /** Resolved once per model: resolving it (parsing and matching the Jinja template) takes ~0.3 s. */
  private chatWrapper: ChatWrapper | null = null;
  private spec: LoadSpec | null = null;
  private embeddingModel: LlamaModel | null = null;
  private embeddingContext: Promise<LlamaEmbeddingContext> | null = null;
  private slots: SequenceSlot[] = [];
  private slotWaiters: Array<() => void> = [];
  private readonly conversations = new Map<string, Conversation>();
  private readonly grammars = new Map<string, Promise<JsonGrammar>>();
  private readonly tokenCounts = new Map<string, number>();
  private readonly embeddingSizes = new WeakMap<LlamaEmbeddingContext, number>();

  async load(spec: LoadSpec, onProgress: (progress: number) => void): Promise<LoadedModel> {
    if (this.model) throw new ModelError('MODEL_INTERNAL');
    const started = performance.now();
    try {
      this.llama = await getLlama({
        gpu: spec.gpu,
        build: 'never',
        skipDownload: true,
        progressLogs: false,
        maxThreads: spec.threads,
        logLevel: LlamaLogLevel.error,
      });
      this.model = await this.llama.loadModel({
        modelPath: spec.chatModelPath,
        gpuLayers: spec.gpu === false ? 0 : 'auto',
        onLoadProgress: onProgress,
      });
      this.context = await this.model.createContext({
        contextSize: spec.contextSize === 'auto' ? { max: spec.maxContextSize } : spec.contextSize,
        sequences: spec.sequences,
        threads: spec.threads,
      });
    } catch (error) {
      await this.dispose();
      throw error instanceof InsufficientMemoryError
        ? new ModelError('MODEL_LOAD_FAILED', 'Språkmodellen får ikke plass i minnet på denne maskinen. Lukk andre programmer, eller velg en mindre modell.')
        : new ModelError('MODEL_LOAD_FAILED');
    }
    const context = this.context;
    this.chatWrapper = resolveChatWrapper(this.model);
    this.spec = spec;
    this.slots = Array.from({ length: spec.sequences }, () => ({ sequence: context.getSequence(), session: null, owner: null, busy: false, lastUsed: 0 }));
    onProgress(1);
    return {
      contextSize: context.contextSize,
      trainContextSize: this.model.trainContextSize ?? null,
      threads: spec.threads,
      gpu: this.llama.gpu,
      buildType: this.llama.buildType,
      loadMs: Math.round(performance.now() - started),
    };
  }

  async chat(
    request: { conversationId: string; text: string; systemPrompt: string | null; options: GenerationOptions; seed: ConversationSeed | null },
    sink: StreamSink,
  ): Promise<Answer> {
    const conversation = this.conversationFor(request.conversationId, request.seed);
    return this.withConversation(conversation, async (slot, session) => {
      if (!sameSystemPrompt(session.getChatHistory(), request.systemPrompt)) {
        session.setChatHistory(withSystemPrompt(session.getChatHistory(), request.systemPrompt));
        conversation.turnEnds = [];
      }
      const trimmedTurns = this.trimBefore(session, request.text, request.options);
      if (trimmedTurns > 0) conversation.turnEnds = [];
      return this.answer(conversation, slot, session, request.text, request.options, sink, trimmedTurns);
    });
  }

  async regenerate(request: { conversationId: string; options: GenerationOptions; seed: ConversationSeed | null }, sink: StreamSink): Promise<Answer> {
    const conversation = this.conversationFor(request.conversationId, request.seed);
    // Don't take a sequence from another conversation only to find there is nothing to redo.
    if (!conversation.slot && conversation.history.at(-1)?.type !== 'model') throw new ModelError('MODEL_NOTHING_TO_REGENERATE');
    return this.withConversation(conversation, async (slot, session) => {
      const history = session.getChatHistory();
      let lastUser = -1;
      for (let i = history.length - 1; i >= 0; i--) {
        if (history[i]?.type === 'user') {
          lastUser = i;
          break;
        }
      }
      const userItem = history[lastUser];
      if (!userItem || lastUser !== history.length - 2) throw new ModelError('MODEL_NOTHING_TO_REGENERATE');
      session.setChatHistory(history.slice(0, lastUser));
      conversation.turnEnds.pop();
      // A fresh seed, unless asked for one, so the new answer can differ from the old.
      const options = { ...request.options, seed: request.options.seed ?? Math.floor(Math.random() * 2 ** 31) };
      return this.answer(conversation, slot, session, itemText(userItem), options, sink, 0);
    });
  }

  async generateJson(
    request: { prompt: string; systemPrompt: string | null; schema: GbnfJsonSchema; options: GenerationOptions },
    signal: AbortSignal,
    onChunk?: (text: string) => void,
  ): Promise<JsonAnswer> {
    const grammar = await this.grammarFor(request.schema);
    const scratch: Conversation = { id: '', history: request.systemPrompt ? [{ type: 'system', text: request.systemPrompt }] : [], slot: null, busy: false, turnEnds: [] };
    return this.withConversation(scratch, async (slot, session) => {
      const { controller, timedOut, clear } = this.answerController(signal, request.options);
      try {
        const stopped = () => new ModelError(timedOut() ? 'MODEL_TIME_LIMIT' : 'MODEL_STOPPED');
        const text = await session
          .prompt(request.prompt, {
            grammar,
            maxTokens: request.options.maxTokens ?? DEFAULT_MAX_TOKENS,
            temperature: request.options.temperature ?? 0,
            ...(request.options.seed !== undefined ? { seed: request.options.seed } : {}),
            signal: controller.signal,
            stopOnAbortSignal: true,
            ...(onChunk ? { onTextChunk: onChunk } : {}),
          })
          .catch((error: unknown) => {
            // Aborted before the first token, node-llama-cpp throws instead of returning.
            throw controller.signal.aborted ? stopped() : error;
          });
        // Half a JSON value is no value: a stopped structured call is an error, not a partial answer.
        if (controller.signal.aborted) throw stopped();
        try {
          return { text, value: grammar.parse(text) };
        } catch {
          throw new ModelError('MODEL_INVALID_OUTPUT');
        }
      } finally {
        clear();
        // The scratch conversation leaves its sequence free; its tokens stay for prefix reuse.
        this.detach(slot);
      }
    });
  }

  async embed(texts: readonly string[]): Promise<number[][]> {
    const context = await this.embeddings();
    const vectors: number[][] = [];
    for (const text of texts) {
      if (context.calculateInputLength(text) > this.embeddingContextSize(context)) throw new ModelError('MODEL_INPUT_TOO_LONG');
      const embedding = await context.getEmbeddingFor(text);
      vectors.push(Array.from(embedding.vector));
    }
    return vectors;
  }

  /** Drops a conversation's session and history (e.g. when it is deleted or closed). */
  forget(conversationId: string): void {
    const conversation = this.conversations.get(conversationId);
    if (!conversation || conversation.busy) return;
    if (conversation.slot) this.detach(conversation.slot);
    this.conversations.delete(conversationId);
  }

  async dispose(): Promise<void> {
    for (const slot of this.slots) slot.session?.dispose({ disposeSequence: false });
    this.slots = [];
    this.conversations.clear();
    const embedding = this.embeddingContext;
    this.embeddingContext = null;
    await embedding?.then((c) => c.dispose()).catch(() => undefined);
    await this.embeddingModel?.dispose();
    await this.context?.dispose();
    await this.model?.dispose();
    await this.llama?.dispose();
    this.embeddingModel = null;
    this.chatWrapper = null;
    this.context = null;
    this.model = null;
    this.llama = null;
  }

  private conversationFor(id: string, seed: ConversationSeed | null): Conversation {
    let conversation = this.conversations.get(id);
    if (!conversation) {
      conversation = { id, history: seed ? seedToHistory(seed) : [], slot: null, busy: false, turnEnds: [] };
      this.conversations.set(id, conversation);
    }
    return conversation;
  }

  private async withConversation<T>(conversation: Conversation, work: (slot: SequenceSlot, session: LlamaChatSession) => Promise<T>): Promise<T> {
    if (conversation.busy) throw new ModelError('MODEL_BUSY');
    conversation.busy = true;
    let slot: SequenceSlot | null = null;
    try {
      slot = await this.attach(conversation);
      if (!slot.session) throw new ModelError('MODEL_INTERNAL');
      return await work(slot, slot.session);
    } finally {
      conversation.busy = false;
      if (slot) {
        slot.busy = false;
        slot.lastUsed = performance.now();
        this.slotWaiters.shift()?.();
      }
    }
  }

  private async attach(conversation: Conversation): Promise<SequenceSlot> {
    if (!this.model) throw new ModelError('MODEL_NOT_CONFIGURED');
    if (conversation.slot) {
      conversation.slot.busy = true;
      return conversation.slot;
    }
    let slot = this.freeSlot();
    while (!slot) {
      await new Promise<void>((resolve) => this.slotWaiters.push(resolve));
      slot = this.freeSlot();
    }
    if (slot.owner) this.detach(slot);
    slot.busy = true;
    slot.owner = conversation;
    conversation.slot = slot;
    conversation.turnEnds = [];
    slot.session = new LlamaChatSession({ contextSequence: slot.sequence, autoDisposeSequence: false, chatWrapper: this.chatWrapper ?? 'auto' });
    slot.session.setChatHistory(conversation.history);
    return slot;
  }

  /** An unowned sequence, else the least recently used idle one. */
  private freeSlot(): SequenceSlot | null {
    const idle = this.slots.filter((s) => !s.busy);
    return idle.find((s) => !s.owner) ?? idle.sort((a, b) => a.lastUsed - b.lastUsed)[0] ?? null;
  }

  private detach(slot: SequenceSlot): void {
    const owner = slot.owner;
    if (owner && slot.session) owner.history = slot.session.getChatHistory();
    if (owner) {
      owner.slot = null;
      owner.turnEnds = [];
    }
    slot.session?.dispose({ disposeSequence: false });
    slot.session = null;
    slot.owner = null;
  }

  private countTokens(text: string): number {
    let count = this.tokenCounts.get(text);
    if (count === undefined && this.model) {
      count = this.model.tokenize(text).length + MESSAGE_OVERHEAD_TOKENS;
      if (this.tokenCounts.size > 4096) this.tokenCounts.clear();
      this.tokenCounts.set(text, count);
    }
    return count ?? 0;
  }

  /** Drops the oldest turns when the coming one would not fit comfortably; returns how many. */
  private trimBefore(session: LlamaChatSession, userText: string, options: GenerationOptions): number {
    const contextSize = session.sequence.contextSize;
    const history = session.getChatHistory();
    const fixed = history.filter((item) => item.type === 'system');
    const rest = history.filter((item) => item.type !== 'system');
    const turns: ChatHistoryItem[][] = [];
    for (const item of rest) {
      if (item.type === 'user' || turns.length === 0) turns.push([item]);
      else turns[turns.length - 1]?.push(item);
    }
    const answerRoom = Math.min(options.maxTokens ?? DEFAULT_MAX_TOKENS, Math.floor(contextSize / 4));
    const fixedTokens = fixed.reduce((sum, item) => sum + this.countTokens(itemText(item)), MESSAGE_OVERHEAD_TOKENS);
    const upcomingTokens = this.countTokens(userText) + answerRoom;
    // Even with every earlier turn gone it would not fit: say so instead of cutting the text.
    if (fixedTokens + upcomingTokens > contextSize) throw new ModelError('MODEL_INPUT_TOO_LONG');
    const drop = turnsToDrop(
      { fixedTokens, turnTokens: turns.map((turn) => turn.reduce((sum, item) => sum + this.countTokens(itemText(item)), 0)), upcomingTokens },
      { contextSize, ...DEFAULT_CONTEXT_BUDGET },
    );
    if (drop > 0) session.setChatHistory([...fixed, ...turns.slice(drop).flat()]);
    return drop;
  }

  private answerController(external: AbortSignal, options: GenerationOptions) {
    const controller = new AbortController();
    let timedOut = false;
    const onAbort = () => controller.abort();
    if (external.aborted) controller.abort();
    else external.addEventListener('abort', onAbort, { once: true });
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS);
    return {
      controller,
      timedOut: () => timedOut,
      clear: () => {
        clearTimeout(timer);
        external.removeEventListener('abort', onAbort);
      },
    };
  }

  private async answer(
    conversation: Conversation,
    slot: SequenceSlot,
    session: LlamaChatSession,
    text: string,
    options: GenerationOptions,
    sink: StreamSink,
    trimmedTurns: number,
  ): Promise<Answer> {
    const sequence = slot.sequence;
    const meterBefore = sequence.tokenMeter.getState();
    const previousEnd = conversation.turnEnds.at(-1) ?? null;
    const { controller, timedOut, clear } = this.answerController(sink.signal, options);
    const started = performance.now();
    let first: { promptTokens: number; contextTokens: number; at: number } | null = null;
    let generatedTokens = 0;
    const stats = (contextTokens: number) => {
      const firstToken = first as { promptTokens: number; contextTokens: number; at: number } | null;
      const atStart = firstToken?.contextTokens ?? contextTokens;
      return {
        promptTokens: firstToken?.promptTokens ?? sequence.tokenMeter.diff(meterBefore).usedInputTokens,
        contextTokens: atStart,
        newTokens: previousEnd === null ? null : atStart - previousEnd,
        generatedTokens,
        timeToFirstTokenMs: firstToken ? firstToken.at - started : null,
        modelMs: performance.now() - started,
        trimmedTurns,
      };
    };
    try {
      const result = await session.promptWithMeta(text, {
        maxTokens: options.maxTokens ?? DEFAULT_MAX_TOKENS,
        temperature: options.temperature ?? DEFAULT_TEMPERATURE,
        ...(options.topP !== undefined ? { topP: options.topP } : {}),
        ...(options.seed !== undefined ? { seed: options.seed } : {}),
        signal: controller.signal,
        stopOnAbortSignal: true,
        onToken: (tokens) => {
          first ??= { promptTokens: sequence.tokenMeter.diff(meterBefore).usedInputTokens, contextTokens: sequence.nextTokenIndex, at: performance.now() };
          generatedTokens += tokens.length;
        },
        onTextChunk: (chunk) => sink.onChunk(chunk),
      });
      conversation.turnEnds.push(sequence.nextTokenIndex);
      return { text: result.responseText, stopReason: toStopReason(result.stopReason, timedOut()), stats: stats(sequence.nextTokenIndex) };
    } catch (error) {
      if (!controller.signal.aborted) throw error;
      // Stopped before the first token: node-llama-cpp throws instead of returning an empty answer.
      // The question stays in the conversation, with an empty answer, as the person saw it.
      session.setChatHistory([...session.getChatHistory(), { type: 'user', text }, { type: 'model', response: [''] }]);
      conversation.turnEnds = [];
      return { text: '', stopReason: timedOut() ? 'time-limit' : 'stopped', stats: stats(sequence.nextTokenIndex) };
    } finally {
      clear();
    }
  }

  private grammarFor(schema: GbnfJsonSchema): Promise<JsonGrammar> {
    const key = JSON.stringify(schema);
    let grammar = this.grammars.get(key);
    if (!grammar) {
      if (!this.llama) throw new ModelError('MODEL_NOT_CONFIGURED');
      const created: Promise<JsonGrammar> = this.llama.createGrammarForJsonSchema<GbnfJsonSchema>(schema);
      created.catch(() => this.grammars.delete(key));
      this.grammars.set(key, created);
      grammar = created;
    }
    return grammar;
  }

  private embeddingContextSize(context: LlamaEmbeddingContext): number {
    return this.embeddingSizes.get(context) ?? Number.POSITIVE_INFINITY;
  }

  private embeddings(): Promise<LlamaEmbeddingContext> {
    if (!this.embeddingContext) {
      const spec = this.spec;
      const llama = this.llama;
      if (!spec || !llama || !this.model) throw new ModelError('MODEL_NOT_CONFIGURED');
      const chatModel = this.model;
      this.embeddingContext = (async () => {
        const separate = spec.embeddingModelPath !== null && spec.embeddingModelPath !== spec.chatModelPath;
        const model = separate
          ? (this.embeddingModel = await llama.loadModel({ modelPath: spec.embeddingModelPath ?? '', gpuLayers: spec.gpu === false ? 0 : 'auto' }))
          : chatModel;
        const contextSize = Math.min(model.trainContextSize > 0 ? model.trainContextSize : 512, 2048);
        const context = await model.createEmbeddingContext({ contextSize, threads: spec.threads });
        this.embeddingSizes.set(context, contextSize);
        return context;
      })();
      this.embeddingContext.catch(() => {
        this.embeddingContext = null;
      });
    }
    return this.embeddingContext.catch(() => {
      throw new ModelError('MODEL_LOAD_FAILED');
    });
  }
}
