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
  /** Always explicit: the library's CPU default is far too slow on small machines. */
  threads: number;
  /** Tokens per conversation sequence; 'auto' lets node-llama-cpp fit it to memory, capped by maxContextSize. */
  contextSize: number | 'auto';
  maxContextSize: number;
  /** Conversations that keep their evaluated context at the same time (each costs a KV cache). */
  sequences: number;
}

export interface LoadedModel {
  /** Tokens per conversation the context actually got. */
  contextSize: number;
  trainContextSize: number | null;
  threads: number;
  gpu: string | false;
  /** 'prebuilt' or 'localBuild', as node-llama-cpp reports its binary. */
  buildType: string;
  loadMs: number;
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

export interface AnswerStats {
  /** Tokens the model evaluated before its first answer token (the prompt it had to read). */
  promptTokens: number;
  /** Tokens in the conversation's context when the answer started. */
  contextTokens: number;
  /**
   * Tokens this turn added to the conversation (context now minus context after the previous
   * answer); null when the context had to be rebuilt (first turn, trimmed or re-attached).
   */
  newTokens: number | null;
  generatedTokens: number;
  timeToFirstTokenMs: number | null;
  /** Time spent inside node-llama-cpp for this answer. */
  modelMs: number;
  /** Oldest turns dropped to make room before this answer. */
  trimmedTurns: number;
}

export interface Answer {
  text: string;
  stopReason: StopReason;
  stats: AnswerStats;
}

/** One exchange, as the runtime mirrors it to re-seed a restarted model process. */
export interface ConversationTurn {
  user: string;
  answer: string;
}

export interface ConversationSeed {
  systemPrompt: string | null;
  turns: ConversationTurn[];
}

export interface JsonAnswer {
  text: string;
  value: unknown;
}

export interface WorkerRequestMap {
  load: { spec: LoadSpec };
  chat: { conversationId: string; text: string; systemPrompt: string | null; options: GenerationOptions; seed: ConversationSeed | null };
  regenerate: { conversationId: string; options: GenerationOptions; seed: ConversationSeed | null };
  json: { prompt: string; systemPrompt: string | null; schema: GbnfJsonSchema; options: GenerationOptions };
  embed: { texts: string[] };
  forget: { conversationId: string };
}

export interface WorkerResultMap {
  load: LoadedModel;
  chat: Answer;
  regenerate: Answer;
  json: JsonAnswer;
  embed: { vectors: number[][] };
  forget: null;
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
const REQUEST_TYPES = new Set(['load', 'chat', 'regenerate', 'json', 'embed', 'forget', 'stop', 'shutdown']);

function hasType(value: unknown, types: ReadonlySet<string>): value is { type: string } {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string' && types.has((value as { type: string }).type);
}

/** Shape check at the process boundary (the other side is our own code, but a crash can leave garbage). */
export function isWorkerEvent(value: unknown): value is WorkerEvent {
  return hasType(value, EVENT_TYPES);
}

export function isWorkerRequest(value: unknown): value is WorkerRequest {
  return hasType(value, REQUEST_TYPES);
}
