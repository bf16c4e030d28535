/**
 * The model engine: everything that touches node-llama-cpp. It runs inside the model process
 * (worker.ts), never in the app process, so a native crash or out-of-memory only takes it down.
 *
 * One model is loaded once. Its context holds a few sequences; each conversation leases one and
 * keeps it between its turns. Every call carries the whole conversation as it was evaluated
 * before (stable prefix, the turns in order, this turn's message last), and node-llama-cpp
 * evaluates only the tokens that differ from what the sequence already holds. When more
 * conversations are active than there are sequences, the least recently used conversation gives
 * its whole sequence up; it is rebuilt from the turns it sends when it comes back. A model-process
 * restart is the same case: nothing is kept here that the app does not send again.
 */
import {
  getLlama,
  InsufficientMemoryError,
  LlamaChat,
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
import { ModelError } from './errors.js';
import { kvCacheBytes, modelShape } from './memory.js';
import type { JsonAnswer, JsonCall, LoadedModel, LoadSpec, StopReason } from './protocol.js';

export const DEFAULT_MAX_TOKENS = 512;
export const DEFAULT_TIME_LIMIT_MS = 120_000;

interface SequenceSlot {
  readonly sequence: LlamaContextSequence;
  readonly chat: LlamaChat;
  /** The conversation whose context the sequence holds ('' for one-off calls). */
  owner: string | null;
  busy: boolean;
  lastUsed: number;
}

/** What the engine needs of a JSON-schema grammar: constrain generation, then parse and validate. */
type JsonGrammar = LlamaGrammar & { parse(json: string): unknown };

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

/** The physical cores that do math, minus one for the app and the screen (at least one). */
export function defaultThreads(mathCores: number): number {
  return Math.max(1, mathCores - 1);
}

export class ModelEngine {
  private llama: Llama | null = null;
  private model: LlamaModel | null = null;
  private context: LlamaContext | null = null;
  private spec: LoadSpec | null = null;
  private threads = 1;
  private embeddingModel: LlamaModel | null = null;
  private embeddingContext: Promise<LlamaEmbeddingContext> | null = null;
  private slots: SequenceSlot[] = [];
  private slotWaiters: Array<() => void> = [];
  private readonly grammars = new Map<string, Promise<JsonGrammar>>();
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
        logLevel: LlamaLogLevel.error,
      });
      this.threads = spec.threads ?? defaultThreads(this.llama.cpuMathCores);
      this.llama.maxThreads = this.threads;
      this.model = await this.llama.loadModel({
        modelPath: spec.chatModelPath,
        gpuLayers: spec.gpu === false ? 0 : 'auto',
        onLoadProgress: onProgress,
      });
      this.context = await this.model.createContext({
        contextSize: spec.contextSize === 'auto' ? { max: spec.maxContextSize } : spec.contextSize,
        sequences: spec.sequences,
        threads: this.threads,
      });
    } catch (error) {
      await this.dispose();
      throw error instanceof InsufficientMemoryError
        ? new ModelError(
            'MODEL_LOAD_FAILED',
            'Språkmodellen får ikke plass i minnet på denne maskinen. Lukk andre programmer, eller velg en mindre modell.',
          )
        : new ModelError('MODEL_LOAD_FAILED');
    }
    const context = this.context;
    // Resolved once per model: resolving it (parsing and matching the Jinja template) takes ~0.3 s.
    const chatWrapper: ChatWrapper = resolveChatWrapper(this.model);
    this.spec = spec;
    this.slots = Array.from({ length: spec.sequences }, () => {
      const sequence = context.getSequence();
      return {
        sequence,
        chat: new LlamaChat({ contextSequence: sequence, chatWrapper, autoDisposeSequence: false }),
        owner: null,
        busy: false,
        lastUsed: 0,
      };
    });
    onProgress(1);
    const shape = modelShape(this.model.fileInfo);
    return {
      contextSize: context.contextSize,
      sequences: spec.sequences,
      trainContextSize: this.model.trainContextSize ?? null,
      threads: this.threads,
      gpu: this.llama.gpu,
      buildType: this.llama.buildType,
      loadMs: Math.round(performance.now() - started),
      kvCacheBytes: shape ? kvCacheBytes(shape, context.contextSize, spec.sequences) : null,
    };
  }

  /**
   * JSON that follows `call.schema`, in the conversation's own sequence: the prefix and turns it
   * already holds are not evaluated again.
   */
  async generateJson(call: JsonCall, signal: AbortSignal, onChunk?: (text: string) => void): Promise<JsonAnswer> {
    const started = performance.now();
    const grammar = await this.grammarFor(call.schema);
    const history: ChatHistoryItem[] = [
      ...(call.systemPrompt ? [{ type: 'system', text: call.systemPrompt } as const] : []),
      ...call.history.map((m): ChatHistoryItem =>
        m.role === 'user' ? { type: 'user', text: m.text } : { type: 'model', response: [m.text] },
      ),
      { type: 'user', text: call.prompt },
      { type: 'model', response: [] },
    ];
    const { slot, rebuilt } = await this.lease(call.conversationId ?? '');
    const { controller, timedOut, clear } = this.answerController(signal, call.options);
    const sequence = slot.sequence;
    const meterBefore = sequence.tokenMeter.getState();
    let first: { evaluated: number; prompt: number; at: number } | null = null;
    let generatedTokens = 0;
    try {
      const stopped = () => new ModelError(timedOut() ? 'MODEL_TIME_LIMIT' : 'MODEL_STOPPED');
      const result = await slot.chat
        .generateResponse(history, {
          grammar,
          maxTokens: call.options.maxTokens ?? DEFAULT_MAX_TOKENS,
          temperature: call.options.temperature ?? 0,
          ...(call.options.topP !== undefined ? { topP: call.options.topP } : {}),
          ...(call.options.seed !== undefined ? { seed: call.options.seed } : {}),
          signal: controller.signal,
          stopOnAbortSignal: true,
          onToken: (tokens) => {
            first ??= {
              evaluated: sequence.tokenMeter.diff(meterBefore).usedInputTokens,
              prompt: sequence.nextTokenIndex,
              at: performance.now(),
            };
            generatedTokens += tokens.length;
          },
          ...(onChunk ? { onTextChunk: onChunk } : {}),
        })
        .catch((error: unknown) => {
          // Aborted before the first token, node-llama-cpp throws instead of returning.
          throw controller.signal.aborted ? stopped() : error;
        });
      // Half a JSON value is no value: a stopped structured call is an error, not a partial answer.
      if (controller.signal.aborted) throw stopped();
      const reached = first as { evaluated: number; prompt: number; at: number } | null;
      const stats = {
        promptTokens: reached?.prompt ?? sequence.nextTokenIndex,
        evaluatedTokens: reached?.evaluated ?? sequence.tokenMeter.diff(meterBefore).usedInputTokens,
        generatedTokens,
        timeToFirstTokenMs: reached ? reached.at - started : null,
        modelMs: performance.now() - started,
        rebuilt,
      };
      let value: unknown = null;
      let valid = true;
      try {
        value = grammar.parse(result.response);
      } catch {
        // Cut off by the token budget, most often; the runtime reports it after counting the answer.
        valid = false;
      }
      return {
        text: result.response,
        value,
        valid,
        stopReason: toStopReason(result.metadata.stopReason, timedOut()),
        stats,
      };
    } finally {
      clear();
      slot.busy = false;
      slot.lastUsed = performance.now();
      this.slotWaiters.shift()?.();
    }
  }

  async embed(texts: readonly string[]): Promise<number[][]> {
    const context = await this.embeddings();
    const vectors: number[][] = [];
    for (const text of texts) {
      if (context.calculateInputLength(text) > this.embeddingContextSize(context))
        throw new ModelError('MODEL_INPUT_TOO_LONG');
      const embedding = await context.getEmbeddingFor(text);
      vectors.push(Array.from(embedding.vector));
    }
    return vectors;
  }

  async dispose(): Promise<void> {
    for (const slot of this.slots) slot.chat.dispose({ disposeSequence: false });
    this.slots = [];
    const embedding = this.embeddingContext;
    this.embeddingContext = null;
    await embedding?.then((c) => c.dispose()).catch(() => undefined);
    await this.embeddingModel?.dispose();
    await this.context?.dispose();
    await this.model?.dispose();
    await this.llama?.dispose();
    this.embeddingModel = null;
    this.context = null;
    this.model = null;
    this.llama = null;
  }

  /**
   * The conversation's own sequence when it still holds it; else a free one, else the least
   * recently used idle one, whose conversation is evicted whole (it rebuilds when it comes back).
   */
  private async lease(owner: string): Promise<{ slot: SequenceSlot; rebuilt: boolean }> {
    if (!this.model) throw new ModelError('MODEL_NOT_CONFIGURED');
    for (;;) {
      const own = owner ? this.slots.find((s) => s.owner === owner) : undefined;
      if (own?.busy) throw new ModelError('MODEL_BUSY');
      const idle = this.slots.filter((s) => !s.busy);
      const slot = own ?? idle.find((s) => s.owner === null) ?? idle.sort((a, b) => a.lastUsed - b.lastUsed)[0];
      if (slot) {
        const rebuilt = slot.owner !== owner || owner === '';
        slot.owner = owner;
        slot.busy = true;
        return { slot, rebuilt };
      }
      await new Promise<void>((resolve) => this.slotWaiters.push(resolve));
    }
  }

  private answerController(external: AbortSignal, options: JsonCall['options']) {
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
          ? (this.embeddingModel = await llama.loadModel({
              modelPath: spec.embeddingModelPath ?? '',
              gpuLayers: spec.gpu === false ? 0 : 'auto',
            }))
          : chatModel;
        const contextSize = Math.min(model.trainContextSize > 0 ? model.trainContextSize : 512, 2048);
        const context = await model.createEmbeddingContext({ contextSize, threads: this.threads });
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
