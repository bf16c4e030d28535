/** A value bound to an SQL parameter. */
export type SqlValue = string | number | bigint | null | Uint8Array;

/**
 * The minimal database the knowledge index needs: the store's SQLCipher connection (or the small
 * in-memory adapter in `memoryDb.ts`) behind three promise methods.
 */
export interface KnowledgeDb {
  /** Runs one or more statements without parameters. */
  exec(sql: string): Promise<void>;
  /** Runs one statement with parameters. */
  run(sql: string, params?: readonly SqlValue[]): Promise<unknown>;
  /** Runs a query and returns all rows. */
  all<T = Record<string, unknown>>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
}

/** One embedding vector per text, in order (supplied by the model runtime). */
export type EmbedFn = (texts: string[]) => Promise<number[][]>;

export const AUDIENCES = ['deltaker', 'veileder', 'alle'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** A vetted knowledge document, parsed from `resources/knowledge/<slug>.md`. */
export interface KnowledgeDocument {
  /** File name without `.md`: lowercase letters, digits and hyphens. */
  id: string;
  title: string;
  /** Public source URLs the facts were checked against. */
  sources: readonly string[];
  /** When the facts were last verified (YYYY-MM-DD). */
  date: string;
  audience: readonly Audience[];
  tags: readonly string[];
  /** Short lead paragraph (text before the first `##`), may be empty. */
  summary: string;
  sections: readonly KnowledgeSection[];
}

export interface KnowledgeSection {
  heading: string;
  /** Slug of the heading, unique within the document. */
  slug: string;
  text: string;
}

/** The unit of retrieval: one `##` section of one document. */
export interface Passage {
  /** `<docId>#<section slug>` */
  id: string;
  docId: string;
  title: string;
  heading: string;
  text: string;
  /** Source URLs of the document, joined with a space when shown as one string. */
  sources: readonly string[];
  date: string;
  tags: readonly string[];
}

/** A retrieved passage, as the orchestrator and the CLI see it. */
export interface PassageHit {
  id: string;
  docId: string;
  title: string;
  heading: string;
  text: string;
  /** The document's first source URL (all of them are in `sources`). */
  source: string;
  sources: readonly string[];
  date: string;
  /** Ranking score: higher is better (RRF in hybrid mode, negated bm25 in lexical mode). */
  score: number;
}

export type SearchMode = 'lexical' | 'hybrid';

export type KnowledgeAnswer =
  | { answer: 'passages'; passages: PassageHit[]; confidence: number; mode: SearchMode }
  | { answer: 'none'; passages: []; confidence: number; mode: SearchMode };
