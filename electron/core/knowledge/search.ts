import { analyzeQuery, type QueryTerm } from './analyzer.js';
import { buildIndexTables, normalizeVector, type BuildStats, type BuiltIndex, type EmbeddingOptions, type IndexedPassage } from './index-store.js';
import type { KnowledgeBase } from './loader.js';
import type { KnowledgeAnswer, KnowledgeDb, PassageHit, SearchMode } from './types.js';

export interface SearchOptions {
  /** Passages to return (default 5). */
  limit?: number;
  /**
   * Share (0–1) of the question's content, weighted by how rare each word is in the knowledge
   * base, that the best passage must cover; below it the answer is `none` (default 0.5).
   */
  minConfidence?: number;
  /**
   * With embeddings: a cosine similarity at which the nearest passage counts as an answer even
   * when the words differ. Depends on the embedding model, so it is off (null) unless set.
   */
  minCosine?: number | null;
  /** 'auto' (default) uses hybrid retrieval when vectors exist. */
  mode?: 'auto' | SearchMode;
}

/** bm25 column weights: title+tags, heading, body. */
const COLUMN_WEIGHTS = [2.5, 1.5, 1.0] as const;
const RRF_K = 60;
const CANDIDATES = 50;

export const DEFAULT_MIN_CONFIDENCE = 0.5;

function ftsQuery(terms: readonly QueryTerm[]): string {
  const parts = new Set<string>();
  const add = (t: string) => {
    const safe = t.replace(/"/g, '');
    if (safe.length >= 3) parts.add(`"${safe}"*`);
    else if (safe.length === 2) parts.add(`"${safe}"`);
  };
  for (const t of terms) {
    add(t.stem);
    for (const p of t.parts) add(p);
  }
  return [...parts].join(' OR ');
}

function cosine(a: Float32Array, b: Float32Array): number {
  const n = Math.min(a.length, b.length);
  let s = 0;
  for (let i = 0; i < n; i++) s += (a[i] ?? 0) * (b[i] ?? 0);
  return s;
}

/**
 * The knowledge index of one unlocked session: FTS5 (bm25) in the encrypted database, vectors
 * when an embedding model is active, and the analysis needed to judge confidence.
 */
export class KnowledgeIndex {
  private readonly byRowid: Map<number, IndexedPassage>;
  private readonly dfCache = new Map<string, number>();

  private constructor(
    private readonly db: KnowledgeDb,
    private readonly built: BuiltIndex,
  ) {
    this.byRowid = new Map(built.passages.map((p) => [p.rowid, p]));
  }

  /** Builds (or re-uses) the index; call at unlock with the store's connection. */
  static async build(db: KnowledgeDb, kb: KnowledgeBase, options: { embedding?: EmbeddingOptions | null } = {}): Promise<KnowledgeIndex> {
    const built = await buildIndexTables(db, kb, options.embedding ?? null);
    return new KnowledgeIndex(db, built);
  }

  get stats(): BuildStats {
    return this.built.stats;
  }

  get hasVectors(): boolean {
    return this.built.vectors !== null && this.built.vectors.size > 0;
  }

  get passageCount(): number {
    return this.built.passages.length;
  }

  /** Number of passages with a term starting with the prefix. */
  private df(prefix: string): number {
    const cached = this.dfCache.get(prefix);
    if (cached !== undefined) return cached;
    let n = 0;
    for (const p of this.built.passages) if (p.terms.some((t) => t.startsWith(prefix))) n++;
    this.dfCache.set(prefix, n);
    return n;
  }

  private idf(prefix: string): number {
    const N = this.built.passages.length;
    return Math.log(1 + N / (this.df(prefix) + 1));
  }

  /** How much of the question (rarity-weighted) the passage covers, 0–1. */
  coverage(terms: readonly QueryTerm[], passage: IndexedPassage): number {
    let total = 0;
    let hit = 0;
    const has = (prefix: string) => passage.terms.some((t) => t.startsWith(prefix));
    for (const t of terms) {
      const w = this.idf(t.stem);
      total += w;
      if (has(t.stem)) hit += w;
      else if (t.parts.length > 0) hit += (w * t.parts.filter(has).length) / t.parts.length;
    }
    return total > 0 ? hit / total : 0;
  }

  private async lexicalRanking(terms: readonly QueryTerm[]): Promise<{ rowid: number; score: number }[]> {
    const match = ftsQuery(terms);
    if (!match) return [];
    const rows = await this.db.all<{ rowid: number; rank: number }>(
      `SELECT rowid, bm25(kb_fts, ${COLUMN_WEIGHTS.join(', ')}) AS rank FROM kb_fts WHERE kb_fts MATCH ? ORDER BY rank LIMIT ${CANDIDATES}`,
      [match],
    );
    return rows.map((r) => ({ rowid: Number(r.rowid), score: -Number(r.rank) }));
  }

  private async vectorRanking(query: string): Promise<{ rowid: number; score: number }[]> {
    const { vectors, embedding } = this.built;
    if (!vectors || !embedding || vectors.size === 0) return [];
    const [raw] = await embedding.embed([(embedding.queryPrefix ?? '') + query]);
    if (!raw || raw.length === 0) return [];
    const q = normalizeVector(raw);
    const scored = [...vectors.entries()].map(([rowid, v]) => ({ rowid, score: cosine(q, v) }));
    scored.sort((a, b) => b.score - a.score);
    return scored.slice(0, CANDIDATES);
  }

  private hit(p: IndexedPassage, score: number): PassageHit {
    return {
      id: p.id,
      docId: p.docId,
      title: p.title,
      heading: p.heading,
      text: p.text,
      source: p.sources[0] ?? '',
      sources: p.sources,
      date: p.date,
      score: Math.round(score * 10000) / 10000,
    };
  }

  async search(query: string, options: SearchOptions = {}): Promise<KnowledgeAnswer> {
    const limit = Math.max(1, options.limit ?? 5);
    const minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
    const wantHybrid = options.mode === 'hybrid' || ((options.mode ?? 'auto') === 'auto' && this.hasVectors);
    const mode: SearchMode = wantHybrid && this.hasVectors ? 'hybrid' : 'lexical';
    const terms = analyzeQuery(query, this.built.vocabulary);

    const lexical = await this.lexicalRanking(terms);
    const vector = mode === 'hybrid' ? await this.vectorRanking(query) : [];

    // Confidence: the best coverage among the lexical candidates, so that a question whose words
    // the knowledge base does not contain is refused even when something ranks first.
    let confidence = 0;
    for (const { rowid } of lexical.slice(0, 10)) {
      const p = this.byRowid.get(rowid);
      if (p) confidence = Math.max(confidence, this.coverage(terms, p));
    }
    const topCosine = vector[0]?.score ?? 0;
    const accepted = confidence >= minConfidence || (options.minCosine != null && mode === 'hybrid' && topCosine >= options.minCosine);
    const roundedConfidence = Math.round(confidence * 1000) / 1000;
    if (!accepted) return { answer: 'none', passages: [], confidence: roundedConfidence, mode };

    let ranked: { rowid: number; score: number }[];
    if (mode === 'hybrid') {
      const fused = new Map<number, number>();
      lexical.forEach((r, i) => fused.set(r.rowid, (fused.get(r.rowid) ?? 0) + 1 / (RRF_K + i + 1)));
      vector.forEach((r, i) => fused.set(r.rowid, (fused.get(r.rowid) ?? 0) + 1 / (RRF_K + i + 1)));
      ranked = [...fused.entries()].map(([rowid, score]) => ({ rowid, score })).sort((a, b) => b.score - a.score);
    } else {
      ranked = lexical;
    }
    const passages = ranked
      .slice(0, limit)
      .map((r) => {
        const p = this.byRowid.get(r.rowid);
        return p ? this.hit(p, r.score) : null;
      })
      .filter((h): h is PassageHit => h !== null);
    if (passages.length === 0) return { answer: 'none', passages: [], confidence: roundedConfidence, mode };
    return { answer: 'passages', passages, confidence: roundedConfidence, mode };
  }
}

/** Builds the index at unlock (FTS5 always; vectors when `embedding` is given). */
export function buildKnowledgeIndex(db: KnowledgeDb, kb: KnowledgeBase, options: { embedding?: EmbeddingOptions | null } = {}): Promise<KnowledgeIndex> {
  return KnowledgeIndex.build(db, kb, options);
}

/** Searches the knowledge base; `{answer: 'none'}` when it has no confident answer. */
export function searchKnowledge(index: KnowledgeIndex, query: string, options: SearchOptions = {}): Promise<KnowledgeAnswer> {
  return index.search(query, options);
}
