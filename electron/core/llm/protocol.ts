/**
 * The typed messages between the app (ModelRuntime) and the model process (worker.ts).
 * Everything here is plain data: it crosses a process boundary by structured clone.
 */
import type { GbnfJsonSchema } from 'node-llama-cpp';
import type { ModelErrorBody } from './errors.js';

export type GpuSetting = 'auto' | false;

export interface LoadSpec {
  chatModelPath: string;
  /** A separate embedding model; null uses the chat model for embeddings. */
  embeddingModelPath: string | null;
  gpu: GpuSetting;
  /** Threads for evaluation; null: the physical math cores minus one (never the library's CPU default). */
  threads: number | null;
  /** Tokens per conversation sequence; 'auto' lets node-llama-cpp fit it to memory, capped by maxContextSize. */
  contextSize: number | 'auto';
  maxContextSize: number;
  /** Conversations that keep their evaluated context at the same time (each costs a KV cache). */
  sequences: number;
}

export interface LoadedModel {
  /** Tokens per conversation the context actually got. */
  contextSize: number;
  /** Conversations whose context is kept at once (one sequence each). */
  sequences: number;
  trainContextSize: number | null;
  threads: number;
  gpu: string | false;
  /** 'prebuilt' or 'localBuild', as node-llama-cpp reports its binary. */
  buildType: string;
  loadMs: number;
  /** Bytes of KV cache the context allocated, from the model's own shape; null when the file does not say. */
  kvCacheBytes: number | null;
}

export interface GenerationOptions {
  maxTokens?: number;
  /** 0 = greedy. */
  temperature?: number;
  topP?: number;
  seed?: number;
  /** Hard limit for the whole answer; the partial text is kept when it is reached. */
  timeLimitMs?: number;
}

export type StopReason = 'end' | 'max-tokens' | 'stopped' | 'time-limit';

/** One message of a conversation as it sits in the model's context, oldest first. */
export interface ModelMessage {
  role: 'user' | 'model';
  text: string;
}

/** What one answer cost inside node-llama-cpp (numbers only; they go to the log and the benchmark). */
export interface AnswerStats {
  /** Tokens of the whole prompt (prefix, conversation and this message). */
  promptTokens: number;
  /** Prompt tokens the model had to evaluate: the rest was still in the conversation's sequence. */
  evaluatedTokens: number;
  generatedTokens: number;
  timeToFirstTokenMs: number | null;
  /** Time spent inside node-llama-cpp for this answer. */
  modelMs: number;
  /** True when the conversation's sequence had been given to another conversation (or never held it). */
  rebuilt: boolean;
}

export interface JsonAnswer {
  text: string;
  value: unknown;
  /** False when the text is no valid value of the schema (cut off by the token budget). */
  valid: boolean;
  stopReason: StopReason;
  stats: AnswerStats;
}

export interface JsonCall {
  /** The conversation whose sequence keeps this context between turns; null for a one-off call. */
  conversationId: string | null;
  /** The stable prefix: instruction and allowlisted context. */
  systemPrompt: string | null;
  /** The conversation so far, exactly as it was evaluated before. */
  history: ModelMessage[];
  /** This turn's message, with its instruction last. */
  prompt: string;
  schema: GbnfJsonSchema;
  options: GenerationOptions;
}

export interface WorkerRequestMap {
  load: { spec: LoadSpec };
  json: JsonCall;
  embed: { texts: string[] };
}

export interface WorkerResultMap {
  load: LoadedModel;
  json: JsonAnswer;
  embed: { vectors: number[][] };
}

export type WorkerRequestType = keyof WorkerRequestMap;

export type WorkerCall = { [K in WorkerRequestType]: { type: K; id: number } & WorkerRequestMap[K] }[WorkerRequestType];

export type WorkerRequest =
  | WorkerCall
  /** Abort a running generation; its partial text is kept. */
  | { type: 'stop'; targetId: number }
  | { type: 'shutdown' };

export type WorkerEvent =
  | { type: 'started'; pid: number }
  | { type: 'load-progress'; id: number; progress: number }
  | { type: 'chunk'; id: number; text: string }
  | { type: 'done'; id: number; result: WorkerResultMap[WorkerRequestType] }
  | { type: 'failed'; id: number; error: ModelErrorBody };

const EVENT_TYPES = new Set(['started', 'load-progress', 'chunk', 'done', 'failed']);
const REQUEST_TYPES = new Set(['load', 'json', 'embed', 'stop', 'shutdown']);

function hasType(value: unknown, types: ReadonlySet<string>): value is { type: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string' &&
    types.has((value as { type: string }).type)
  );
}

/** Shape check at the process boundary (the other side is our own code, but a crash can leave garbage). */
export function isWorkerEvent(value: unknown): value is WorkerEvent {
  return hasType(value, EVENT_TYPES);
}

export function isWorkerRequest(value: unknown): value is WorkerRequest {
  return hasType(value, REQUEST_TYPES);
}
