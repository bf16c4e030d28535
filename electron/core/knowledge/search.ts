import { analyzeQuery, PREFIX_MIN, termMatches, type QueryTerm } from './analyzer.js';
import { buildIndexTables, normalizeVector, type BuildStats, type BuiltIndex, type EmbeddingOptions, type IndexedPassage } from './index-store.js';
import type { KnowledgeBase } from './loader.js';
import type { KnowledgeAnswer, KnowledgeDb, PassageHit, SearchMode } from './types.js';

export interface SearchOptions {
  /** Passages to return (default 5). */
  limit?: number;
  /**
   * Share (0–1) of the question's content, weighted by how rare each word is in the knowledge
   * base, that the best passage must cover; below it the answer is `none` (default 0.3).
   */
  minConfidence?: number;
  /**
   * With embeddings: a cosine similarity at which the nearest passage counts as an answer even
   * when the words differ. Depends on the embedding model, so it is off (null) unless set.
   */
  minCosine?: number | null;
  /**
   * Rarity (idf) that a matched word must reach in what the passage is about (its document's
   * title and tags, or its heading); default 2.0, i.e. a word found in at most ~15 % of passages.
   */
  minTopicality?: number;
  /** 'auto' (default) uses hybrid retrieval when vectors exist. */
  mode?: 'auto' | SearchMode;
  /** Overrides of the answer gate (for calibration with another corpus or model). */
  gate?: Partial<GateThresholds>;
}

/** bm25 column weights: title+tags, heading, body. */
const COLUMN_WEIGHTS = [2.5, 1.5, 1.0] as const;
const RRF_K = 60;
const CANDIDATES = 50;

export const DEFAULT_MIN_CONFIDENCE = 0.3;
export const DEFAULT_MIN_TOPICALITY = 2.0;

export interface GateThresholds {
  /** Share of the question a topical passage must cover. */
  minCoverage: number;
  /** Rarity (idf) of a matched word that is in the passage's title, tags or heading. */
  minTopicality: number;
  /** Summed rarity of the matched words of a topical passage. */
  minEvidence: number;
  /** Without a topical match: share of the question that must be covered … */
  strongCoverage: number;
  /** … and summed rarity of the matched words. */
  strongEvidence: number;
}

/**
 * The "is this answered here?" gate, per passage. A passage answers when it is about a rare word
 * of the question and covers a fair share of it, or when it covers most of the question with
 * several rare words even if none of them is in its title ("bytte utdanningsprogram").
 */
export const DEFAULT_GATE: GateThresholds = {
  minCoverage: DEFAULT_MIN_CONFIDENCE,
  minTopicality: DEFAULT_MIN_TOPICALITY,
  minEvidence: 2.5,
  strongCoverage: 0.55,
  strongEvidence: 7.5,
};

export interface PassageAssessment {
  coverage: number;
  topicality: number;
  evidence: number;
  answers: boolean;
}

export function answersQuestion(coverage: number, topicality: number, evidence: number, g: GateThresholds = DEFAULT_GATE): boolean {
  return (
    (topicality >= g.minTopicality && coverage >= g.minCoverage && evidence >= g.minEvidence) ||
    (coverage >= g.strongCoverage && evidence >= g.strongEvidence)
  );
}
/** Weight of a question word the knowledge base has never seen, relative to the rarest known word. */
const UNKNOWN_WEIGHT = 0.5;
/** Numbers the knowledge base does not contain ("22 år") say little about the topic. */
const UNKNOWN_NUMBER_WEIGHT = 0.2;
/** Credit for a compound whose head is unknown but whose last part matched. */
const TAIL_ONLY_CREDIT = 0.7;
/** Credit when a known compound is missing but its parts are present. */
const PART_CREDIT = 0.5;

function ftsQuery(terms: readonly QueryTerm[]): string {
  const parts = new Set<string>();
  const add = (t: string) => {
    const safe = t.replace(/"/g, '');
    if (safe.length >= PREFIX_MIN) parts.add(`"${safe}"*`);
    else if (safe.length >= 2) parts.add(`"${safe}"`);
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
  private thresholds: GateThresholds = DEFAULT_GATE;

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

  /** Number of passages with a term matching the stem (exact, or as prefix for long stems). */
  private df(stem: string): number {
    const cached = this.dfCache.get(stem);
    if (cached !== undefined) return cached;
    let n = 0;
    for (const p of this.built.passages) if (p.terms.some((t) => termMatches(t, stem))) n++;
    this.dfCache.set(stem, n);
    return n;
  }

  private idf(stem: string): number {
    return Math.log(1 + this.built.passages.length / (this.df(stem) + 1));
  }

  private get maxIdf(): number {
    return Math.log(1 + this.built.passages.length);
  }

  /**
   * How well a passage answers the question: `coverage` is the rarity-weighted share of the
   * question's words the passage contains (words the knowledge base has never seen count, with a
   * reduced weight, as not covered); `topicality` is the rarity of the rarest matched word that is
   * also in what the passage is about (document title, tags, heading), so that matching everyday
   * words in passing ("koster", "passer") is not enough.
   */
  assess(terms: readonly QueryTerm[], passage: IndexedPassage): PassageAssessment {
    let total = 0;
    let hit = 0;
    let topical = 0;
    let evidence = 0;
    const has = (stem: string, share = 1) => {
      const found = passage.terms.some((t) => termMatches(t, stem));
      if (found) evidence += this.idf(stem) * share;
      if (found && passage.topicTerms.some((t) => termMatches(t, stem))) topical = Math.max(topical, this.idf(stem));
      return found;
    };
    for (const t of terms) {
      if (this.df(t.stem) > 0) {
        const w = this.idf(t.stem);
        total += w;
        if (has(t.stem)) {
          hit += w;
          continue;
        }
      }
      const knownParts = t.parts.filter((p) => this.df(p) > 0);
      if (this.df(t.stem) === 0 && knownParts.length > 0) {
        const w = knownParts.reduce((a, p) => a + this.idf(p), 0) / knownParts.length;
        total += w;
        const matched = knownParts.filter((p) => has(p, 1 / knownParts.length));
        hit += (w * matched.length * (t.tailOnly ? TAIL_ONLY_CREDIT : 1)) / knownParts.length;
      } else if (this.df(t.stem) === 0) {
        total += (/^\d+$/.test(t.stem) ? UNKNOWN_NUMBER_WEIGHT : UNKNOWN_WEIGHT) * this.maxIdf;
      } else if (t.parts.length > 0) {
        // Known word not in this passage, but its parts may be.
        const w = this.idf(t.stem);
        const matched = t.parts.filter((p) => has(p, PART_CREDIT / t.parts.length));
        hit += (w * PART_CREDIT * matched.length) / t.parts.length;
      }
    }
    const coverage = total > 0 ? hit / total : 0;
    return { coverage, topicality: topical, evidence, answers: answersQuestion(coverage, topical, evidence, this.thresholds) };
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
    const wantHybrid = options.mode === 'hybrid' || ((options.mode ?? 'auto') === 'auto' && this.hasVectors);
    const mode: SearchMode = wantHybrid && this.hasVectors ? 'hybrid' : 'lexical';
    const terms = analyzeQuery(query, this.built.vocabulary);

    const lexical = await this.lexicalRanking(terms);
    const vector = mode === 'hybrid' ? await this.vectorRanking(query) : [];

    // Confidence: the best coverage among the lexical candidates, so that a question whose words
    // the knowledge base does not contain is refused even when something ranks first.
    let confidence = 0;
    this.thresholds = {
      ...DEFAULT_GATE,
      ...(options.gate ?? {}),
      ...(options.minConfidence !== undefined ? { minCoverage: options.minConfidence } : {}),
      ...(options.minTopicality !== undefined ? { minTopicality: options.minTopicality } : {}),
    };
    for (const { rowid } of lexical.slice(0, 10)) {
      const p = this.byRowid.get(rowid);
      if (!p) continue;
      const a = this.assess(terms, p);
      if (a.answers) confidence = Math.max(confidence, a.coverage);
    }
    const topCosine = vector[0]?.score ?? 0;
    const accepted = confidence > 0 || (options.minCosine != null && mode === 'hybrid' && topCosine >= options.minCosine);
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
