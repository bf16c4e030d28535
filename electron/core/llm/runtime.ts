/**
 * The model runtime as the app sees it. The model itself runs in its own process (see
 * launcher.ts and worker.ts): a native crash or out-of-memory there never takes the app or the
 * database down. The runtime starts that process on demand, loads the active model once, streams
 * answers, enforces a hard time limit, reports status, and after a crash reports the failure and
 * starts a fresh process on the next request. Every call carries its conversation as stored, so a
 * fresh process rebuilds it and the conversation goes on.
 */
import path from 'node:path';
import type { GbnfJsonSchema, GbnfJsonSchemaToType } from 'node-llama-cpp';
import { silentLogger, type Logger } from '../log.js';
import { MODEL_ERROR_MESSAGES, ModelError, type ModelErrorCode } from './errors.js';
import { readGgufInfo } from './gguf-info.js';
import { createForkLauncher, type ModelProcess, type ModelProcessLauncher } from './launcher.js';
import type {
  AnswerStats,
  GenerationOptions,
  GpuSetting,
  LoadedModel,
  LoadSpec,
  ModelMessage,
  StopReason,
  WorkerEvent,
  WorkerRequestMap,
  WorkerRequestType,
  WorkerResultMap,
} from './protocol.js';

export type RuntimeState = 'not-installed' | 'not-loaded' | 'loading' | 'ready' | 'error';

/** Structurally a superset of the system service's ModelStatus. */
export interface RuntimeStatus {
  state: RuntimeState;
  /** File name of the active chat model. */
  activeModel: string | null;
  /** 0–1 while loading. */
  progress: number | null;
  /** Norwegian message for people when state is 'error'. */
  message: string | null;
  errorCode: ModelErrorCode | null;
  /** How many times the model process has been started again after a failure. */
  restarts: number;
  /** Tokens per conversation, once loaded. */
  contextSize: number | null;
}

export interface ActiveModels {
  /** Absolute path of the chat model (.gguf); null when none is installed. */
  chat: string | null;
  /** Absolute path of the embedding model; null uses the chat model. */
  embedding?: string | null;
}

export interface ModelRuntimeOptions {
  models?: ActiveModels;
  launcher?: ModelProcessLauncher;
  /** 'auto' uses a GPU when one is usable, false forces CPU. Default 'auto'. */
  gpu?: GpuSetting;
  /** Default: the physical math cores minus one (never the library's own CPU default). */
  threads?: number | null;
  /** Tokens per conversation. Default: the memory plan from the model file (memory.ts). */
  contextSize?: number | 'auto';
  maxContextSize?: number;
  /** Conversations that keep their evaluated context at once (one sequence each). Default: the memory plan. */
  sequences?: number;
  /** Default hard limit per answer. */
  answerTimeLimitMs?: number;
  /** After the time limit plus this grace, an unresponsive model process is killed. */
  watchdogGraceMs?: number;
  /** A load that takes longer than this (e.g. a model on a stalled network drive) is abandoned. */
  loadTimeLimitMs?: number;
  logger?: Logger;
}

export interface JsonRequest<S extends GbnfJsonSchema> {
  prompt: string;
  schema: S;
  systemPrompt?: string | null;
  /** The conversation whose sequence keeps its context between turns (none: a one-off call). */
  conversationId?: string | null;
  /** The conversation so far, exactly as the model evaluated it before. */
  history?: readonly ModelMessage[];
  options?: GenerationOptions;
  signal?: AbortSignal;
  /** Receives the JSON text as it is generated (for streaming a field of it to the screen). */
  onChunk?: (text: string) => void;
}

interface PendingCall {
  resolve(value: unknown): void;
  reject(error: ModelError): void;
  onChunk?: (text: string) => void;
  onProgress?: (progress: number) => void;
  watchdog?: ReturnType<typeof setTimeout>;
}

interface Worker {
  process: ModelProcess;
  exitReason: ModelErrorCode | null;
}

const DEFAULTS = {
  gpu: 'auto' as GpuSetting,
  maxContextSize: 8192,
  sequences: 2,
  answerTimeLimitMs: 120_000,
  watchdogGraceMs: 15_000,
  loadTimeLimitMs: 600_000,
  /** Generous per-text allowance for embedding batches, on top of the answer limit. */
  embedMsPerText: 2_000,
};

export class ModelRuntime {
  private readonly launcher: ModelProcessLauncher;
  private readonly logger: Logger;
  private models: ActiveModels;
  private worker: Worker | null = null;
  private loaded: LoadedModel | null = null;
  private loading: Promise<LoadedModel> | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, PendingCall>();
  private current: RuntimeStatus;
  private crashes = 0;
  private closed = false;

  constructor(private readonly options: ModelRuntimeOptions = {}) {
    this.launcher = options.launcher ?? createForkLauncher();
    this.logger = options.logger ?? silentLogger;
    this.models = { chat: options.models?.chat ?? null, embedding: options.models?.embedding ?? null };
    this.current = this.idleStatus();
  }

  status(): RuntimeStatus {
    return { ...this.current };
  }

  loadedModel(): LoadedModel | null {
    return this.loaded;
  }

  /** The embedding model chosen by the admin (absolute path), or null when only the chat model is active. */
  embeddingModel(): string | null {
    return this.models.embedding ?? null;
  }

  /** Chooses the active models; a change stops the model process, the next request loads the new one. */
  async setModels(models: ActiveModels): Promise<void> {
    const next = { chat: models.chat, embedding: models.embedding ?? null };
    if (next.chat === this.models.chat && next.embedding === this.models.embedding) return;
    await this.stopProcess();
    this.models = next;
    this.setStatus(this.idleStatus());
  }

  /** Starts the model process and loads the active model, unless already done. */
  load(): Promise<LoadedModel> {
    if (this.closed) return Promise.reject(new ModelError('MODEL_SHUT_DOWN'));
    if (this.loaded && this.worker) return Promise.resolve(this.loaded);
    this.loading ??= this.startAndLoad().finally(() => {
      this.loading = null;
    });
    return this.loading;
  }

  /** JSON that follows `schema` (grammar-constrained), parsed and validated. Keep strings bounded (maxLength/enum). */
  async generateJson<const S extends GbnfJsonSchema>(
    request: JsonRequest<S>,
  ): Promise<{ value: GbnfJsonSchemaToType<S>; text: string; stopReason: StopReason; stats: AnswerStats }> {
    const options = request.options ?? {};
    const call = {
      conversationId: request.conversationId ?? null,
      systemPrompt: request.systemPrompt ?? null,
      history: [...(request.history ?? [])],
      prompt: request.prompt,
      schema: request.schema,
      options,
    };
    const { id, result } = this.prepare('json', call, request.onChunk);
    const onAbort = () => this.worker?.process.send({ type: 'stop', targetId: id });
    request.signal?.addEventListener('abort', onAbort, { once: true });
    try {
      await this.load();
      if (request.signal?.aborted) throw new ModelError('MODEL_STOPPED');
      const sent = performance.now();
      const answer = await result(this.watchdogFor(options));
      const { stats } = answer;
      // Figures only, never text: what a turn cost and how much of its context was reused, and the
      // round trip to the model process beyond the model's own time (messages both ways).
      this.logger.info('llm.answer', {
        promptTokens: stats.promptTokens,
        evaluatedTokens: stats.evaluatedTokens,
        generatedTokens: stats.generatedTokens,
        ttftMs: stats.timeToFirstTokenMs,
        modelMs: stats.modelMs,
        roundTripMs: performance.now() - sent - stats.modelMs,
        rebuilt: stats.rebuilt,
      });
      if (!answer.valid) throw new ModelError('MODEL_INVALID_OUTPUT');
      return {
        value: answer.value as GbnfJsonSchemaToType<S>,
        text: answer.text,
        stopReason: answer.stopReason,
        stats,
      };
    } finally {
      request.signal?.removeEventListener('abort', onAbort);
    }
  }

  /** One embedding vector per text (with the embedding model, or the chat model when none is set). */
  async embed(texts: readonly string[]): Promise<number[][]> {
    if (texts.length === 0) return [];
    await this.load();
    const { result } = this.prepare('embed', { texts: [...texts] });
    const limit =
      (this.options.answerTimeLimitMs ?? DEFAULTS.answerTimeLimitMs) + DEFAULTS.embedMsPerText * texts.length;
    return (await result(this.watchdogFor({ timeLimitMs: limit }))).vectors;
  }

  /** Stops the model process for good. */
  async shutdown(): Promise<void> {
    this.closed = true;
    await this.stopProcess();
    this.setStatus({ ...this.idleStatus(), state: 'not-loaded' });
  }

  /** Registers a call and returns its id plus a function that sends it and awaits the result. */
  private prepare<K extends WorkerRequestType>(
    type: K,
    payload: WorkerRequestMap[K],
    onChunk?: (text: string) => void,
  ) {
    const id = this.nextId++;
    const result = (watchdogMs: number | undefined): Promise<WorkerResultMap[K]> =>
      new Promise<WorkerResultMap[K]>((resolve, reject) => {
        const worker = this.worker;
        if (!worker) return reject(new ModelError(this.closed ? 'MODEL_SHUT_DOWN' : 'MODEL_PROCESS_CRASHED'));
        const call: PendingCall = { resolve: (value) => resolve(value as WorkerResultMap[K]), reject };
        if (onChunk) call.onChunk = onChunk;
        if (watchdogMs !== undefined) {
          call.watchdog = setTimeout(() => {
            this.logger.error('llm.worker.unresponsive', { request: type });
            worker.exitReason = 'MODEL_NOT_RESPONDING';
            worker.process.kill();
          }, watchdogMs);
        }
        this.pending.set(id, call);
        worker.process.send({ type, id, ...payload } as Parameters<ModelProcess['send']>[0]);
      });
    return { id, result };
  }

  private watchdogFor(options: GenerationOptions): number {
    const limit = options.timeLimitMs ?? this.options.answerTimeLimitMs ?? DEFAULTS.answerTimeLimitMs;
    return limit + (this.options.watchdogGraceMs ?? DEFAULTS.watchdogGraceMs);
  }

  private async startAndLoad(): Promise<LoadedModel> {
    const chatModel = this.models.chat;
    if (!chatModel) {
      this.setStatus(this.idleStatus());
      throw new ModelError('MODEL_NOT_CONFIGURED');
    }
    if (this.current.state === 'error') this.crashes++;
    this.setStatus({ ...this.idleStatus(), state: 'loading', progress: 0 });
    // The same plan the import check and `inkludmi model info` show: context and sequences from
    // the file's own shape and this machine's memory.
    const plan = await readGgufInfo(chatModel)
      .then((info) => info.memory)
      .catch(() => null);
    const worker = this.spawn();
    const spec: LoadSpec = {
      chatModelPath: chatModel,
      embeddingModelPath: this.models.embedding ?? null,
      gpu: this.options.gpu ?? DEFAULTS.gpu,
      threads: this.options.threads ?? null,
      contextSize: this.options.contextSize ?? plan?.contextSize ?? 'auto',
      maxContextSize: this.options.maxContextSize ?? DEFAULTS.maxContextSize,
      sequences: this.options.sequences ?? plan?.sequences ?? DEFAULTS.sequences,
    };
    const { id, result } = this.prepare('load', { spec });
    const pendingLoad = result(this.options.loadTimeLimitMs ?? DEFAULTS.loadTimeLimitMs);
    const call = this.pending.get(id);
    if (call) call.onProgress = (progress) => this.setStatus({ ...this.current, progress });
    try {
      const loaded = await pendingLoad;
      if (this.worker !== worker) throw new ModelError('MODEL_PROCESS_CRASHED');
      this.loaded = loaded;
      this.logger.info('llm.model.loaded', {
        loadMs: loaded.loadMs,
        contextSize: loaded.contextSize,
        sequences: loaded.sequences,
        kvCacheBytes: loaded.kvCacheBytes,
        threads: loaded.threads,
        gpu: loaded.gpu || 'cpu',
      });
      this.setStatus({ ...this.idleStatus(), state: 'ready', contextSize: loaded.contextSize });
      return loaded;
    } catch (error) {
      const failure = error instanceof ModelError ? error : new ModelError('MODEL_LOAD_FAILED');
      // A process that could not load the model is of no use; the next request starts afresh.
      if (this.worker === worker) {
        worker.exitReason = failure.code;
        worker.process.kill();
        this.worker = null;
      }
      this.setStatus({ ...this.idleStatus(), state: 'error', message: failure.message, errorCode: failure.code });
      throw failure;
    }
  }

  private spawn(): Worker {
    const process = this.launcher.launch();
    const worker: Worker = { process, exitReason: null };
    this.worker = worker;
    process.onMessage((event) => this.onWorkerEvent(event));
    process.onExit((exit) => this.onWorkerExit(worker, exit.code, exit.signal));
    this.logger.info('llm.worker.started', { pid: process.pid ?? -1 });
    return worker;
  }

  private onWorkerEvent(event: WorkerEvent): void {
    if (event.type === 'started') return;
    const call = this.pending.get(event.id);
    if (!call) return;
    switch (event.type) {
      case 'chunk':
        call.onChunk?.(event.text);
        return;
      case 'load-progress':
        call.onProgress?.(event.progress);
        return;
      case 'done':
        this.settle(event.id);
        call.resolve(event.result);
        return;
      case 'failed':
        this.settle(event.id);
        call.reject(ModelError.fromBody(event.error));
        return;
    }
  }

  private settle(id: number): void {
    const call = this.pending.get(id);
    if (call?.watchdog) clearTimeout(call.watchdog);
    this.pending.delete(id);
  }

  private onWorkerExit(worker: Worker, code: number | null, signal: string | null): void {
    const intentional = worker.exitReason === 'MODEL_SHUT_DOWN';
    if (this.worker === worker) {
      this.worker = null;
      this.loaded = null;
    }
    const reason: ModelErrorCode = worker.exitReason ?? 'MODEL_PROCESS_CRASHED';
    for (const id of [...this.pending.keys()]) {
      const call = this.pending.get(id);
      this.settle(id);
      call?.reject(new ModelError(reason));
    }
    if (intentional) return;
    this.logger.warn('llm.worker.exited', { code: code ?? -1, signal: signal ?? 'none', reason });
    // A failed load already reported its own error.
    if (reason === 'MODEL_LOAD_FAILED') return;
    const message =
      reason === 'MODEL_NOT_RESPONDING'
        ? MODEL_ERROR_MESSAGES.MODEL_NOT_RESPONDING
        : MODEL_ERROR_MESSAGES.MODEL_PROCESS_CRASHED;
    this.setStatus({ ...this.idleStatus(), state: 'error', message, errorCode: reason });
  }

  private async stopProcess(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.loaded = null;
    if (!worker) return;
    worker.exitReason = 'MODEL_SHUT_DOWN';
    const exited = new Promise<void>((resolve) => worker.process.onExit(() => resolve()));
    worker.process.send({ type: 'shutdown' });
    const timer = setTimeout(() => worker.process.kill(), 5_000);
    await exited;
    clearTimeout(timer);
  }

  private idleStatus(): RuntimeStatus {
    return {
      state: this.models.chat ? 'not-loaded' : 'not-installed',
      activeModel: this.models.chat ? path.basename(this.models.chat) : null,
      progress: null,
      message: null,
      errorCode: null,
      restarts: this.crashes,
      contextSize: null,
    };
  }

  /**
   * The status the Modeller page and the chat read (model.status). Each change of state, and each
   * tenth of a load's progress, also goes into the app's log (figures and codes only), so a support
   * person can see when the model loaded, failed or was restarted.
   */
  private setStatus(status: RuntimeStatus): void {
    const before = this.current;
    this.current = { ...status, restarts: this.crashes };
    const tenth = (s: RuntimeStatus) =>
      s.state === 'loading' && s.progress !== null ? Math.floor(s.progress * 10) : null;
    if (before.state !== this.current.state || tenth(before) !== tenth(this.current)) {
      this.logger.info('llm.status', {
        state: this.current.state,
        progress: this.current.progress,
        errorCode: this.current.errorCode,
        restarts: this.current.restarts,
      });
    }
  }
}
