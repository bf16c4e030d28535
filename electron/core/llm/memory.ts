/**
 * The memory the model's KV cache takes, from the GGUF file's own metadata: what the runtime asks
 * node-llama-cpp for (each sequence gets its own `contextSize` cells, padded to 256 as llama.cpp
 * does), and what the import check and `inkludmi model info` report.
 */
import type { GgufFileInfo } from 'node-llama-cpp';

/** The parts of a model's shape that size its KV cache. */
export interface ModelShape {
  layers: number;
  kvHeads: number;
  /** Size of one key (and value) head. */
  headSize: number;
  /** Bytes per cached element: 2 for the default f16 KV cache. */
  kvBytes: number;
}

/** llama.cpp pads a context's cells to a multiple of this. */
const CELL_PADDING = 256;
/** node-llama-cpp's default KV cache type is F16. */
const F16_BYTES = 2;

export function modelShape(info: Pick<GgufFileInfo, 'architectureMetadata'>): ModelShape | null {
  const meta = info.architectureMetadata as {
    block_count?: number;
    embedding_length?: number;
    attention?: { head_count?: number | number[]; head_count_kv?: number | number[]; key_length?: number };
  };
  const first = (v: number | number[] | undefined) => (Array.isArray(v) ? Math.max(...v) : v);
  const layers = meta.block_count;
  const heads = first(meta.attention?.head_count);
  const kvHeads = first(meta.attention?.head_count_kv) ?? heads;
  const headSize =
    meta.attention?.key_length ?? (meta.embedding_length && heads ? meta.embedding_length / heads : undefined);
  if (!layers || !kvHeads || !headSize) return null;
  return { layers, kvHeads, headSize, kvBytes: F16_BYTES };
}

/** Cells the context allocates for `sequences` sequences of `contextSize` tokens each. */
export function contextCells(contextSize: number, sequences: number): number {
  return Math.ceil((contextSize * sequences) / CELL_PADDING) * CELL_PADDING;
}

/** Bytes of the KV cache: keys and values, every layer, every cell. */
export function kvCacheBytes(shape: ModelShape, contextSize: number, sequences: number): number {
  return 2 * shape.layers * shape.kvHeads * shape.headSize * shape.kvBytes * contextCells(contextSize, sequences);
}

/** The context each conversation gets (tokens), at most: enough for the chat's window and an answer. */
export const CONTEXT_TOKENS = 4096;
/** Conversations whose context is kept at once, at most. */
export const MAX_SEQUENCES = 2;
/** Share of the machine's memory the model may take (weights and KV cache together). */
const MEMORY_SHARE = 0.5;

export interface MemoryPlan {
  contextSize: number;
  sequences: number;
  kvCacheBytes: number;
  weightsBytes: number;
  /** Weights plus KV cache: what the import check budgets and the runtime allocates. */
  totalBytes: number;
}

/**
 * Context size and sequences for a model on this machine: CONTEXT_TOKENS (or the model's own
 * context, when shorter) per conversation, and as many sequences (up to MAX_SEQUENCES) as fit in
 * half the memory next to the weights; at least one.
 */
export function planMemory(
  shape: ModelShape,
  model: { trainContextSize: number | null; weightsBytes: number },
  totalMemoryBytes: number,
): MemoryPlan {
  const contextSize = Math.min(
    model.trainContextSize && model.trainContextSize > 0 ? model.trainContextSize : CONTEXT_TOKENS,
    CONTEXT_TOKENS,
  );
  const perSequence = kvCacheBytes(shape, contextSize, 1);
  const room = totalMemoryBytes * MEMORY_SHARE - model.weightsBytes;
  const sequences = Math.max(1, Math.min(MAX_SEQUENCES, Math.floor(room / perSequence)));
  const kv = kvCacheBytes(shape, contextSize, sequences);
  return {
    contextSize,
    sequences,
    kvCacheBytes: kv,
    weightsBytes: model.weightsBytes,
    totalBytes: model.weightsBytes + kv,
  };
}
