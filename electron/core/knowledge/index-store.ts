import { createHash } from 'node:crypto';
import { buildVocabulary, contentStems, indexTerms, splitIndexTerms, stem, tokenize } from './analyzer.js';
import { collectPhrases } from './phrases.js';
import { situationKeysOf } from './situationMatch.js';
import type { KnowledgeBase } from './loader.js';
import type { EmbedFn, KnowledgeDb, Passage, SqlValue } from './types.js';

export { embeddingText, normalizeVector } from './vectors.js';

/**
 * Tables of the knowledge index. They hold only the public knowledge base (no personal data) and
 * are derived: dropped and rebuilt whenever the shipped documents or the analyser change, so they
 * need no numbered migration. All live in the same encrypted database as everything else.
 */

/** Bump when the analyser or the table layout changes, to force a rebuild at the next unlock. */
export const INDEX_VERSION = 17;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS kb_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS kb_passage (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  doc_id TEXT NOT NULL,
  title TEXT NOT NULL,
  heading TEXT NOT NULL,
  text TEXT NOT NULL,
  sources TEXT NOT NULL,
  date TEXT NOT NULL
);
CREATE VIRTUAL TABLE IF NOT EXISTS kb_fts USING fts5(
  title_terms, heading_terms, body_terms,
  tokenize = "unicode61 remove_diacritics 0",
  prefix = '2 3 4'
);
DROP TABLE IF EXISTS kb_vector;
`;

/** What the index keeps in memory for scoring (all of it public knowledge-base text). */
export interface IndexedPassage extends Passage {
  rowid: number;
  /** Every index term of the passage (title, heading, tags and body), for confidence scoring. */
  terms: readonly string[];
  /**
   * Terms of the document's title, tags and everyday words and the passage heading: what the
   * passage is about. The questions a document answers are in `terms`, not here: they are phrased
   * in everyday words that say little about the topic on their own.
   */
  topicTerms: readonly string[];
  /** `terms` and `topicTerms`, sorted and de-duplicated, for fast exact and prefix look-up. */
  termIndex: TermIndex;
  /** First parts of the passage's compounds that are not words of it on their own ("feri" of "feriepenger"). */
  modifierIndex: TermIndex;
  topicIndex: TermIndex;
  /** `topicTerms` without the heading: what the whole document is about. */
  documentTopicIndex: TermIndex;
  /** The document's title (and its compounds' parts): a question made only of these names the page. */
  titleIndex: TermIndex;
  /**
   * Index terms of the document's everyday phrases of function words ("nav sa nei"; see phrases.ts)
   * and of the needs it serves (situations.ts): what it is about, as terms no word can be.
   */
  phraseKeys: readonly string[];
  /** The stems of each everyday phrase ("fortelle videre"): a question that has them all is on topic. */
  topicPhrases: readonly (readonly string[])[];
  /** The content stems of each question the document answers (two or more). */
  questionStems: readonly (readonly string[])[];
  /**
   * Each question the document answers with four or more words, as the stems of all its words
   * (function words too) and of its content words: a question that has every one of them asks it.
   */
  questionWords: readonly { words: readonly string[]; content: readonly string[] }[];
}

/** A sorted, de-duplicated term list: exact look-up with a set, prefix look-up by binary search. */
export class TermIndex {
  private readonly sorted: string[];
  private readonly set: Set<string>;

  constructor(terms: Iterable<string>) {
    this.set = new Set(terms);
    this.sorted = [...this.set].sort();
  }

  has(term: string): boolean {
    return this.set.has(term);
  }

  /** Whether a term starts with the prefix. */
  hasPrefix(prefix: string): boolean {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.sorted[mid] ?? '') < prefix) lo = mid + 1;
      else hi = mid;
    }
    return (this.sorted[lo] ?? '').startsWith(prefix);
  }
}

export interface EmbeddingOptions {
  embed: EmbedFn;
  /** Identifies the embedding model (its file name); vectors are re-computed when it changes. */
  modelId: string;
  /** The model file: its sha256 keys the vector cache (without it, `modelId` does). */
  modelFile?: string;
  /** Prepended to passages before embedding (e5 models want "passage: "). */
  passagePrefix?: string;
  /** Prepended to questions before embedding (e5 models want "query: "). */
  queryPrefix?: string;
  /** Texts per embed call (default 16). */
  batchSize?: number;
}

export interface BuildStats {
  passages: number;
  documents: number;
  /** True when the full-text index was (re)built, false when it was already current. */
  rebuilt: boolean;
  /** Passages embedded for the vectors in use (0 when they came from the cache file). */
  embedded: number;
  ms: number;
}

export interface BuiltIndex {
  passages: IndexedPassage[];
  vocabulary: Set<string>;
  /** Everyday phrases of function words, index term → stems of their words (see phrases.ts). */
  phrases: Map<string, readonly string[]>;
  /** Abbreviations the documents write in capitals ("cv", "nav", "aft"), for their inflected forms. */
  abbreviations: Set<string>;
  /** Index terms of the needs of situations.ts that a document of the knowledge base serves. */
  situations: Set<string>;
  vectors: Map<number, Float32Array> | null;
  embedding: EmbeddingOptions | null;
  stats: BuildStats;
}

/**
 * Everyday entries of one word. A phrase ("bytte linje", "lov til") is indexed with the passage,
 * but its parts are everyday words on their own ("bytte", "lov") and do not tell what it is about.
 */
function singleWords(entries: readonly string[]): string[] {
  // A phrase with one content word ("lei meg", "har det vondt") is that word.
  return entries.filter((e) => !/\s/.test(e.trim()) || contentStems(e).length === 1);
}

/** The document's everyday words and the questions it answers: what it is about, in people's words. */
function aboutText(p: Passage): string {
  return `${p.everyday.join(' ')} ${p.questions.join(' ')}`;
}

function passageHash(passages: readonly Passage[]): string {
  const h = createHash('sha256');
  h.update(String(INDEX_VERSION));
  for (const p of passages)
    h.update(
      JSON.stringify([
        p.id,
        p.title,
        p.heading,
        p.text,
        p.sources,
        p.noSource,
        p.describesApp,
        p.date,
        p.reviewAfter,
        p.tags,
        p.everyday,
        p.questions,
        situationKeysOf(p.docId),
      ]),
    );
  return h.digest('hex');
}

async function inTransaction(db: KnowledgeDb, work: () => Promise<void>): Promise<void> {
  await db.exec('BEGIN');
  try {
    await work();
    await db.exec('COMMIT');
  } catch (err) {
    await db.exec('ROLLBACK').catch(() => undefined);
    throw err;
  }
}

/** Inserts rows in multi-row statements (one callback per batch, not per row). */
async function insertBatched(
  db: KnowledgeDb,
  head: string,
  columns: number,
  rows: readonly SqlValue[][],
  batch = 50,
): Promise<void> {
  const tuple = `(${new Array(columns).fill('?').join(', ')})`;
  for (let i = 0; i < rows.length; i += batch) {
    const chunk = rows.slice(i, i + batch);
    await db.run(`${head} VALUES ${chunk.map(() => tuple).join(', ')}`, chunk.flat());
  }
}

/** Builds the keyword index (FTS5 tables, when the documents changed, and the in-memory analysis). */
export async function buildIndexTables(db: KnowledgeDb, kb: KnowledgeBase): Promise<BuiltIndex> {
  const started = Date.now();
  await db.exec(SCHEMA);
  const allText = kb.passages.flatMap((p) => [p.title, p.heading, p.text, p.tags.join(' '), aboutText(p)]);
  const vocabulary = buildVocabulary(allText);
  const abbreviations = new Set(
    allText.flatMap((t) => [...t.matchAll(/\b[A-ZÆØÅ]{2,5}\b/gu)].map((m) => m[0].toLowerCase())),
  );
  const phrases = collectPhrases(kb.passages.map((p) => p.everyday));
  const passages: IndexedPassage[] = kb.passages.map((p, i) => {
    const split = splitIndexTerms(`${p.title} ${p.tags.join(' ')} ${aboutText(p)} ${p.heading} ${p.text}`, vocabulary);
    const phraseKeys = [...collectPhrases([p.everyday]).keys(), ...situationKeysOf(p.docId)];
    const terms = [...split.heads, ...phraseKeys];
    const documentTopic = `${p.title} ${p.tags.join(' ')} ${singleWords(p.everyday).join(' ')}`;
    const documentTopicTerms = [...splitIndexTerms(documentTopic, vocabulary).heads, ...phraseKeys];
    const topicTerms = [...splitIndexTerms(`${documentTopic} ${p.heading}`, vocabulary).heads, ...phraseKeys];
    const headSet = new Set(terms);
    const modifierIndex = new TermIndex(split.modifiers.filter((m) => !headSet.has(m)));
    const topicPhrases = p.everyday
      .filter((e) => /\s/.test(e.trim()))
      .map((e) => [...new Set(contentStems(e))])
      .filter((s) => s.length >= 2);
    const titleIndex = new TermIndex(indexTerms(p.title, vocabulary));
    return {
      ...p,
      rowid: i + 1,
      terms,
      topicTerms,
      termIndex: new TermIndex(terms),
      modifierIndex,
      topicIndex: new TermIndex(topicTerms),
      documentTopicIndex: new TermIndex(documentTopicTerms),
      titleIndex,
      phraseKeys,
      topicPhrases,
      questionStems: p.questions.map((q) => [...new Set(contentStems(q))]).filter((q) => q.length >= 2),
      questionWords: p.questions
        .map((q) => ({ words: [...new Set(tokenize(q).map(stem))], content: [...new Set(contentStems(q))] }))
        .filter((q) => q.words.length >= 4 && q.content.length >= 1),
    };
  });

  const hash = passageHash(kb.passages);
  const stored = await db.all<{ value: string }>("SELECT value FROM kb_meta WHERE key = 'hash'");
  const rebuilt = stored[0]?.value !== hash;
  if (rebuilt) {
    await inTransaction(db, async () => {
      await db.exec('DELETE FROM kb_passage; DELETE FROM kb_fts; DELETE FROM kb_meta;');
      await insertBatched(
        db,
        'INSERT INTO kb_passage (rowid, id, doc_id, title, heading, text, sources, date)',
        8,
        passages.map((p) => [p.rowid, p.id, p.docId, p.title, p.heading, p.text, JSON.stringify(p.sources), p.date]),
      );
      await insertBatched(
        db,
        'INSERT INTO kb_fts (rowid, title_terms, heading_terms, body_terms)',
        4,
        passages.map((p) => [
          p.rowid,
          [...indexTerms(`${p.title} ${p.tags.join(' ')} ${aboutText(p)}`, vocabulary), ...p.phraseKeys].join(' '),
          indexTerms(p.heading, vocabulary).join(' '),
          indexTerms(p.text, vocabulary).join(' '),
        ]),
      );
      await db.run("INSERT INTO kb_meta (key, value) VALUES ('hash', ?), ('version', ?)", [
        hash,
        String(INDEX_VERSION),
      ]);
    });
  }

  return {
    passages,
    vocabulary,
    phrases,
    abbreviations,
    situations: new Set(passages.flatMap((p) => situationKeysOf(p.docId))),
    vectors: null,
    embedding: null,
    stats: {
      passages: passages.length,
      documents: kb.documents.length,
      rebuilt,
      embedded: 0,
      ms: Date.now() - started,
    },
  };
}
