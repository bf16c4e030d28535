/**
 * The tiny test model: a GGUF v3 file, architecture llama, 2 layers of 64-wide deterministic
 * weights, an SPM vocabulary with byte fallback and ChatML control tokens, and a ChatML chat
 * template. It talks nonsense, but exercises load, context, chat, streaming, abort, grammar and
 * embeddings through the real node-llama-cpp. Generated, never downloaded or committed.
 *
 *   node --import tsx models/tiny/generate.ts [out.gguf]
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { encodeGguf, type GgufTensor, type GgufValue } from './gguf-writer.js';
import { buildVocabulary } from './vocabulary.js';

export const TINY_MODEL = {
  name: 'InkludMI tiny test model',
  embeddingLength: 64,
  blockCount: 2,
  feedForwardLength: 128,
  headCount: 4,
  headCountKv: 4,
  contextLength: 2048,
  rmsEpsilon: 1e-5,
  ropeFreqBase: 10000,
  seed: 0x1b2c3d4e,
} as const;

/** The standard Qwen/ChatML template. */
export const CHATML_TEMPLATE =
  "{% for message in messages %}{% if loop.first and messages[0]['role'] != 'system' %}{{ '<|im_start|>system\nYou are a helpful assistant.<|im_end|>\n' }}{% endif %}" +
  "{{'<|im_start|>' + message['role'] + '\n' + message['content'] + '<|im_end|>' + '\n'}}{% endfor %}" +
  "{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}";

/**
 * Residual-stream channel 0 carries a constant (set in every embedding, never written by a layer),
 * so the output row of a token can bias its logit. Every token but the generatable ones (whole
 * words and inert characters, see vocabulary.ts) gets a strongly negative bias: the model
 * practically never ends an answer on its own (streaming yields many tokens), yet a grammar that
 * allows only the end token still ends generation, and answers re-tokenize to the same tokens.
 */
const BIAS_CHANNEL_VALUE = 4;
const SUPPRESSION = -8;

/** mulberry32: small, fast, and the same sequence on every platform. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function buildTensors(vocabSize: number, generatableIds: ReadonlySet<number>): GgufTensor[] {
  const random = seededRandom(TINY_MODEL.seed);
  const uniform = (scale: number) => (random() * 2 - 1) * scale;
  const { embeddingLength: n, feedForwardLength: ff, blockCount } = TINY_MODEL;

  /** rows × cols matrix in GGUF order [cols, rows]; `cell(row, col)` may override the random value. */
  const matrix = (
    name: string,
    cols: number,
    rows: number,
    scale: number,
    cell?: (row: number, col: number) => number | undefined,
  ): GgufTensor => {
    const values = new Float32Array(cols * rows);
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const random = uniform(scale);
        values[r * cols + c] = cell?.(r, c) ?? random;
      }
    }
    return { name, dims: [cols, rows], type: 'F16', values };
  };
  const ones = (name: string): GgufTensor => ({ name, dims: [n], type: 'F32', values: new Float32Array(n).fill(1) });
  /** Layers never write the bias channel: output row 0 of every projection into the residual stream is zero. */
  const keepBiasChannel = (row: number) => (row === 0 ? 0 : undefined);

  const tensors: GgufTensor[] = [
    matrix('token_embd.weight', n, vocabSize, 0.5, (_row, col) => (col === 0 ? BIAS_CHANNEL_VALUE : undefined)),
    ones('output_norm.weight'),
    matrix('output.weight', n, vocabSize, 0.3, (row, col) =>
      col === 0 ? (generatableIds.has(row) ? 0 : SUPPRESSION) : undefined,
    ),
  ];
  const headDim = n / TINY_MODEL.headCount;
  const kvWidth = headDim * TINY_MODEL.headCountKv;
  for (let b = 0; b < blockCount; b++) {
    tensors.push(
      ones(`blk.${b}.attn_norm.weight`),
      matrix(`blk.${b}.attn_q.weight`, n, n, 0.2),
      matrix(`blk.${b}.attn_k.weight`, n, kvWidth, 0.2),
      matrix(`blk.${b}.attn_v.weight`, n, kvWidth, 0.2),
      matrix(`blk.${b}.attn_output.weight`, n, n, 0.2, keepBiasChannel),
      ones(`blk.${b}.ffn_norm.weight`),
      matrix(`blk.${b}.ffn_gate.weight`, n, ff, 0.2),
      matrix(`blk.${b}.ffn_up.weight`, n, ff, 0.2),
      matrix(`blk.${b}.ffn_down.weight`, ff, n, 0.2, keepBiasChannel),
    );
  }
  return tensors;
}

/**
 * The tiny model's bytes; identical on every run and platform. `embedding`: the same weights
 * declared an embedding model (mean pooling), as the Modeller page and import see e5 models.
 */
export function buildTinyModel(options: { embedding?: boolean } = {}): Buffer {
  const vocab = buildVocabulary();
  const u32 = (value: number): GgufValue => ({ type: 'uint32', value });
  const metadata: Array<readonly [string, GgufValue]> = [
    ['general.architecture', { type: 'string', value: 'llama' }],
    ['general.name', { type: 'string', value: options.embedding ? `${TINY_MODEL.name} (embedding)` : TINY_MODEL.name }],
    ...(options.embedding ? [['llama.pooling_type', u32(1)] as const] : []),
    ['general.license', { type: 'string', value: 'MIT' }],
    ['general.file_type', u32(1)], // MOSTLY_F16
    ['general.alignment', u32(32)],
    ['llama.vocab_size', u32(vocab.tokens.length)],
    ['llama.context_length', u32(TINY_MODEL.contextLength)],
    ['llama.embedding_length', u32(TINY_MODEL.embeddingLength)],
    ['llama.block_count', u32(TINY_MODEL.blockCount)],
    ['llama.feed_forward_length', u32(TINY_MODEL.feedForwardLength)],
    ['llama.attention.head_count', u32(TINY_MODEL.headCount)],
    ['llama.attention.head_count_kv', u32(TINY_MODEL.headCountKv)],
    ['llama.attention.layer_norm_rms_epsilon', { type: 'float32', value: TINY_MODEL.rmsEpsilon }],
    ['llama.rope.dimension_count', u32(TINY_MODEL.embeddingLength / TINY_MODEL.headCount)],
    ['llama.rope.freq_base', { type: 'float32', value: TINY_MODEL.ropeFreqBase }],
    ['tokenizer.ggml.model', { type: 'string', value: 'llama' }],
    ['tokenizer.ggml.tokens', { type: 'string[]', value: vocab.tokens }],
    ['tokenizer.ggml.scores', { type: 'float32[]', value: vocab.scores }],
    ['tokenizer.ggml.token_type', { type: 'int32[]', value: vocab.types }],
    ['tokenizer.ggml.bos_token_id', u32(vocab.bosId)],
    ['tokenizer.ggml.eos_token_id', u32(vocab.eosId)],
    ['tokenizer.ggml.unknown_token_id', u32(vocab.unkId)],
    ['tokenizer.ggml.padding_token_id', u32(vocab.unkId)],
    ['tokenizer.ggml.add_bos_token', { type: 'bool', value: false }],
    ['tokenizer.ggml.add_eos_token', { type: 'bool', value: false }],
    // Like Qwen's BPE: no "▁" is slipped in before text that follows a special token.
    ['tokenizer.ggml.add_space_prefix', { type: 'bool', value: false }],
    ['tokenizer.chat_template', { type: 'string', value: CHATML_TEMPLATE }],
  ];
  return encodeGguf({ metadata, tensors: buildTensors(vocab.tokens.length, new Set(vocab.generatableIds)) });
}

const cached = new Map<boolean, { bytes: Buffer; sha256: string }>();
function tinyModel(embedding = false): { bytes: Buffer; sha256: string } {
  let model = cached.get(embedding);
  if (!model) {
    const bytes = buildTinyModel({ embedding });
    model = { bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
    cached.set(embedding, model);
  }
  return model;
}

/** Writes the tiny model to `filePath` (through a temporary name, so readers never see half a file). */
export async function writeTinyModel(filePath: string, embedding = false): Promise<void> {
  await fs.mkdir(path.dirname(path.resolve(filePath)), { recursive: true });
  const temp = `${filePath}.${process.pid}.${Date.now()}.tmp`;
  await fs.writeFile(temp, tinyModel(embedding).bytes);
  await fs.rename(temp, filePath);
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_TINY_MODEL_DIR = path.join(repoRoot, 'test', '.artifacts', 'models');

/**
 * The path of the tiny model in `dir`, generating it only when missing. The file name carries the
 * content hash, so a changed generator never reuses a stale file.
 */
export async function ensureTinyModel(dir: string = DEFAULT_TINY_MODEL_DIR): Promise<string> {
  const { bytes, sha256 } = tinyModel();
  const filePath = path.join(dir, `tiny-${sha256.slice(0, 12)}.gguf`);
  const existing = await fs.stat(filePath).catch(() => null);
  if (existing?.size !== bytes.length) await writeTinyModel(filePath);
  return filePath;
}

/** The tiny model declared an embedding model (see buildTinyModel), generated only when missing. */
export async function ensureTinyEmbeddingModel(dir: string = DEFAULT_TINY_MODEL_DIR): Promise<string> {
  const { bytes, sha256 } = tinyModel(true);
  const filePath = path.join(dir, `tiny-embed-${sha256.slice(0, 12)}.gguf`);
  const existing = await fs.stat(filePath).catch(() => null);
  if (existing?.size !== bytes.length) await writeTinyModel(filePath, true);
  return filePath;
}

const invokedAsScript =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedAsScript) {
  const out = process.argv[2] ?? path.join(DEFAULT_TINY_MODEL_DIR, 'tiny.gguf');
  await writeTinyModel(out);
  const { bytes, sha256 } = tinyModel();
  process.stdout.write(`${out}\n${bytes.length} bytes, sha256 ${sha256}\n`);
}
