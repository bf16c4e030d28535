/**
 * What a GGUF file says about itself, read from its header only (never its weights), for import
 * checks and the admin's model page: architecture, size in parameters, quantisation, context
 * length, chat template, and how much memory it needs.
 */
import fs from 'node:fs/promises';
import { GgufFileType, GgufInsights, readGgufFileInfo, type GgufFileInfo } from 'node-llama-cpp';
import os from 'node:os';
import { ModelError } from './errors.js';
import { modelShape, planMemory, type MemoryPlan, type ModelShape } from './memory.js';

export interface GgufInfo {
  architecture: string;
  /** general.name, when the file has one. */
  name: string | null;
  parameterCount: number;
  /** e.g. "Q4_K_M", "F16"; null when the file does not say. */
  quantization: string | null;
  /** Context length the model was trained for. */
  contextLength: number | null;
  embeddingLength: number | null;
  hasChatTemplate: boolean;
  license: string | null;
  /** An embedding model (pooling layer, or an encoder-only architecture) rather than a chat model. */
  purpose: 'chat' | 'embedding';
  /** Bytes of tensor data the header declares. */
  tensorBytes: number;
  /** The file size the header implies (header plus tensor data). */
  expectedFileSize: number;
  fileSize: number;
  /** RAM to run it on CPU: the weights plus the KV cache the runtime allocates (see `memory`). */
  requiredMemoryBytes: number;
  memoryContextSize: number;
  /** The shape that sizes the KV cache, when the file says (layers, KV heads, head size, f16). */
  shape: ModelShape | null;
  /** Context, sequences and bytes the runtime asks for on this machine; null without a shape. */
  memory: MemoryPlan | null;
  supported: boolean;
}

/** Context size used for the memory estimate: what the app would open, capped by the model's own. */
export const MEMORY_ESTIMATE_CONTEXT = 4096;

/** Keys with large arrays we never need; skipping them keeps reading a 150k-token vocabulary cheap. */
const IGNORED_KEYS = [
  'tokenizer.ggml.tokens',
  'tokenizer.ggml.scores',
  'tokenizer.ggml.token_type',
  'tokenizer.ggml.merges',
];

const EMBEDDING_ARCHITECTURES = new Set(['bert', 'nomic-bert', 'jina-bert-v2', 't5encoder']);

async function readMagic(filePath: string): Promise<{ magic: string; version: number; size: number }> {
  const handle = await fs.open(filePath, 'r').catch(() => {
    throw new ModelError('IMPORT_NOT_FOUND');
  });
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new ModelError('IMPORT_NOT_FOUND');
    const head = Buffer.alloc(8);
    const { bytesRead } = await handle.read(head, 0, 8, 0);
    return {
      magic: head.subarray(0, Math.min(4, bytesRead)).toString('latin1'),
      version: bytesRead >= 8 ? head.readUInt32LE(4) : -1,
      size: stat.size,
    };
  } finally {
    await handle.close();
  }
}

function quantizationOf(info: GgufFileInfo): string | null {
  const fileType = info.metadata.general.file_type;
  if (fileType === undefined) return null;
  const name: string | undefined = GgufFileType[fileType];
  return name ? name.replace(/^(MOSTLY|ALL)_/, '') : `type ${fileType}`;
}

function optionalNumber(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/**
 * Reads and checks a GGUF header. Throws ModelError IMPORT_NOT_FOUND, IMPORT_NOT_GGUF,
 * IMPORT_UNSUPPORTED (unknown version) or IMPORT_TRUNCATED (header cut short or damaged).
 * Purely JavaScript parsing: an untrusted file never reaches native code here.
 */
export async function readGgufInfo(filePath: string, totalMemoryBytes: number = os.totalmem()): Promise<GgufInfo> {
  const head = await readMagic(filePath);
  if (head.magic !== 'GGUF') throw new ModelError('IMPORT_NOT_GGUF');
  if (head.version !== 2 && head.version !== 3)
    throw new ModelError(head.version === -1 ? 'IMPORT_TRUNCATED' : 'IMPORT_UNSUPPORTED');

  let info: GgufFileInfo;
  try {
    info = await readGgufFileInfo(filePath, {
      sourceType: 'filesystem',
      logWarnings: false,
      ignoreKeys: IGNORED_KEYS,
      spliceSplitFiles: false,
    });
  } catch {
    throw new ModelError('IMPORT_TRUNCATED');
  }
  if (!info.tensorInfo || info.infoEndOffset === undefined) throw new ModelError('IMPORT_TRUNCATED');

  // Heuristic estimates only (arithmetic on the header); the "V2" estimators would hand the file to llama.cpp.
  const insights = await GgufInsights.from(info);
  const tensorBytes = insights.modelSize;
  const contextLength = insights.trainContextSize ?? null;
  const modelMemory = insights.estimateModelResourceRequirements({ gpuLayers: 0 }).cpuRam;
  const shape = modelShape(info);
  const memory = shape
    ? planMemory(shape, { trainContextSize: contextLength, weightsBytes: modelMemory }, totalMemoryBytes)
    : null;
  const memoryContextSize =
    memory?.contextSize ?? Math.min(contextLength ?? MEMORY_ESTIMATE_CONTEXT, MEMORY_ESTIMATE_CONTEXT);
  const contextMemory =
    memory?.kvCacheBytes ??
    insights.estimateContextResourceRequirements({ contextSize: memoryContextSize, modelGpuLayers: 0, sequences: 1 })
      .cpuRam;

  const general = info.metadata.general;
  const architecture = String(general.architecture);
  const arch = info.architectureMetadata;
  const poolingType = optionalNumber((arch as { pooling_type?: unknown }).pooling_type);
  return {
    architecture,
    name: typeof general.name === 'string' ? general.name : null,
    parameterCount: insights.totalParameters,
    quantization: quantizationOf(info),
    contextLength,
    embeddingLength: optionalNumber(arch.embedding_length),
    hasChatTemplate:
      typeof info.metadata.tokenizer?.chat_template === 'string' && info.metadata.tokenizer.chat_template.length > 0,
    license: typeof general.license === 'string' ? general.license : null,
    purpose:
      EMBEDDING_ARCHITECTURES.has(architecture) || (poolingType !== null && poolingType > 0) ? 'embedding' : 'chat',
    tensorBytes,
    expectedFileSize: info.infoEndOffset + tensorBytes,
    fileSize: head.size,
    requiredMemoryBytes: modelMemory + contextMemory,
    memoryContextSize,
    shape,
    memory,
    supported: insights.isSupportedByLlamaCpp,
  };
}
