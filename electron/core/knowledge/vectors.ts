import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { sha256File } from '../llm/index.js';
import type { EmbeddingOptions } from './index-store.js';
import type { Passage } from './types.js';

/**
 * Passage vectors for hybrid retrieval, computed once per knowledge base and embedding model and
 * kept in a cache file named by both hashes: the hash of exactly what is embedded (each passage's
 * id and text, with the model's passage prefix) and the sha256 of the model file. A new model file
 * or a changed document gets new vectors; a restart reads the file instead of embedding again.
 * The file holds vectors of the public knowledge base only (nothing a person wrote).
 */

/** Text given to the embedding model for a passage. */
export function embeddingText(p: Passage): string {
  const text = `${p.title}. ${p.heading}. ${p.text}`;
  return text.length > 1500 ? text.slice(0, 1500) : text;
}

export function normalizeVector(v: readonly number[]): Float32Array {
  const out = new Float32Array(v.length);
  let norm = 0;
  for (const x of v) norm += x * x;
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < v.length; i++) out[i] = (v[i] ?? 0) / norm;
  return out;
}

/** The hash of what the model is given to embed: changes when a passage or the prefix does. */
export function knowledgeHash(passages: readonly Passage[], passagePrefix = ''): string {
  const h = createHash('sha256');
  h.update(passagePrefix);
  for (const p of passages) h.update(JSON.stringify([p.id, embeddingText(p)]));
  return h.digest('hex');
}

/** sha256 of model files, per path, size and modification time (a model file is read once per run). */
const fileHashes = new Map<string, Promise<string>>();

export async function modelHash(embedding: EmbeddingOptions): Promise<string> {
  if (!embedding.modelFile) return createHash('sha256').update(`id:${embedding.modelId}`).digest('hex');
  const file = embedding.modelFile;
  const stat = await fs.stat(file);
  const key = `${file}\0${stat.size}\0${stat.mtimeMs}`;
  let hash = fileHashes.get(key);
  if (!hash) {
    hash = sha256File(file);
    fileHashes.set(key, hash);
    hash.catch(() => fileHashes.delete(key));
  }
  return hash;
}

const MAGIC = 'INKLUDMI-KB-VECTORS-1';

interface CacheHeader {
  magic: string;
  knowledgeHash: string;
  modelHash: string;
  dim: number;
  ids: string[];
}

/** Reads a cache file; null when it is missing, of other hashes, or damaged. */
async function readCache(file: string, kbHash: string, mHash: string): Promise<Map<string, Float32Array> | null> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch {
    return null;
  }
  if (bytes.length < 4) return null;
  const headerLength = bytes.readUInt32LE(0);
  if (4 + headerLength > bytes.length) return null;
  let header: CacheHeader;
  try {
    header = JSON.parse(bytes.subarray(4, 4 + headerLength).toString('utf8')) as CacheHeader;
  } catch {
    return null;
  }
  if (header.magic !== MAGIC || header.knowledgeHash !== kbHash || header.modelHash !== mHash) return null;
  const start = 4 + headerLength;
  if (bytes.length - start !== header.ids.length * header.dim * 4) return null;
  const floats = new Float32Array(header.ids.length * header.dim);
  new Uint8Array(floats.buffer).set(bytes.subarray(start));
  const out = new Map<string, Float32Array>();
  header.ids.forEach((id, i) => out.set(id, floats.subarray(i * header.dim, (i + 1) * header.dim)));
  return out;
}

/** Writes the cache through a temporary name, so a reader never sees half a file. */
async function writeCache(file: string, header: CacheHeader, vectors: readonly Float32Array[]): Promise<void> {
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length, 0);
  const body = Buffer.concat(vectors.map((v) => Buffer.from(v.buffer, v.byteOffset, v.byteLength)));
  await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
  await fs.writeFile(temp, Buffer.concat([length, json, body]), { mode: 0o600 });
  await fs.rename(temp, file);
}

export interface PassageVectors {
  /** One unit-length vector per passage id. */
  vectors: Map<string, Float32Array>;
  /** Passages embedded now (0 when the cache file had them all). */
  embedded: number;
}

/**
 * The vectors of the passages: from the cache file in `cacheDir` when it has them, otherwise
 * embedded in batches and written there (no file without `cacheDir`).
 */
export async function passageVectors(
  passages: readonly Passage[],
  embedding: EmbeddingOptions,
  cacheDir: string | null,
): Promise<PassageVectors> {
  const kbHash = knowledgeHash(passages, embedding.passagePrefix);
  const mHash = await modelHash(embedding);
  const file = cacheDir ? path.join(cacheDir, `${kbHash.slice(0, 16)}-${mHash.slice(0, 16)}.vec`) : null;
  const cached = file ? await readCache(file, kbHash, mHash) : null;
  if (cached && passages.every((p) => cached.has(p.id))) return { vectors: cached, embedded: 0 };

  const vectors = new Map<string, Float32Array>();
  const batchSize = Math.max(1, embedding.batchSize ?? 16);
  for (let i = 0; i < passages.length; i += batchSize) {
    const chunk = passages.slice(i, i + batchSize);
    const out = await embedding.embed(chunk.map((p) => (embedding.passagePrefix ?? '') + embeddingText(p)));
    if (out.length !== chunk.length)
      throw new Error(`embed returnerte ${out.length} vektorer for ${chunk.length} tekster`);
    chunk.forEach((p, j) => vectors.set(p.id, normalizeVector(out[j] ?? [])));
  }
  const dims = new Set([...vectors.values()].map((v) => v.length));
  const [dim] = dims;
  if (file && dims.size === 1 && dim !== undefined && dim > 0) {
    const ids = passages.map((p) => p.id);
    await writeCache(file, { magic: MAGIC, knowledgeHash: kbHash, modelHash: mHash, dim, ids }, [
      ...ids.map((id) => vectors.get(id) ?? new Float32Array(dim)),
    ]).catch(() => undefined);
  }
  return { vectors, embedded: passages.length };
}
