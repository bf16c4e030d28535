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
  /** When the facts were last verified (YYYY-MM-DD; front matter `checked`). */
  date: string;
  /** When the facts must be checked again (YYYY-MM-DD), or null when the document does not say. */
  reviewAfter: string | null;
  audience: readonly Audience[];
  tags: readonly string[];
  /** Everyday words and synonyms for the topic (indexed, never shown). */
  everyday: readonly string[];
  /** Questions the document answers, in a participant's words (indexed, never shown). */
  questions: readonly string[];
  /** Short lead paragraph (text before the first `##`), may be empty. */
  summary: string;
  /** Where the lead's facts come from (its «Kilde:» line); see KnowledgeSection. */
  summarySources: readonly string[];
  summaryNoSource: string | null;
  summaryDescribesApp: boolean;
  sections: readonly KnowledgeSection[];
}

export interface KnowledgeSection {
  heading: string;
  /** Slug of the heading, unique within the document. */
  slug: string;
  /** The section's text, without its «Kilde:» line. */
  text: string;
  /**
   * The primary sources for this section's facts (its «Kilde:» line; each also in the document's
   * `source`). Empty only when the section is declared non-factual.
   */
  sources: readonly string[];
  /**
   * Why the section has no public source, from a «Kilde: ingen – …» line: it gives advice or
   * encouragement and states no rules, or it describes InkludMI itself (generated from the app's
   * code). Null for a section with sources.
   */
  noSource: string | null;
  /** The section describes InkludMI itself («Kilde: InkludMI – …»): its source is the app's code. */
  describesApp: boolean;
}

/** The unit of retrieval: one `##` section of one document. */
export interface Passage {
  /** `<docId>#<section slug>` */
  id: string;
  docId: string;
  title: string;
  heading: string;
  text: string;
  /** The section's own primary sources (its «Kilde:» line), first the one a citation shows. */
  sources: readonly string[];
  /** Why the section has no public source (a «Kilde: ingen – …» line), or null; then `sources` is empty. */
  noSource: string | null;
  /** The passage describes InkludMI itself («Kilde: InkludMI – …»), generated from the app's code. */
  describesApp: boolean;
  date: string;
  reviewAfter: string | null;
  tags: readonly string[];
  /** The document's everyday words and questions, indexed with each of its passages. */
  everyday: readonly string[];
  questions: readonly string[];
}

/** A retrieved passage, as the orchestrator and the CLI see it. */
export interface PassageHit {
  id: string;
  docId: string;
  title: string;
  heading: string;
  text: string;
  /** The section's first source URL (all of them are in `sources`); empty for a non-factual section. */
  source: string;
  sources: readonly string[];
  date: string;
  /** When the page must be checked again (YYYY-MM-DD), or null. */
  reviewAfter: string | null;
  /**
   * True when the passage is offered as a weak hit: the question may be about this page, but the
   * match is thin, so it is shown with a caveat and the suggestion to ask the counselor.
   */
  weak?: boolean;
  /** How it was found: by keywords only, or by keywords and the embedding model's vectors. */
  mode: SearchMode;
  /** Ranking score: higher is better (RRF in hybrid mode, negated bm25 in keyword mode). */
  score: number;
}

export type SearchMode = 'keyword' | 'hybrid';

export type KnowledgeAnswer =
  | { answer: 'passages'; passages: PassageHit[]; confidence: number; mode: SearchMode; weak?: boolean }
  | { answer: 'none'; passages: []; confidence: number; mode: SearchMode };
