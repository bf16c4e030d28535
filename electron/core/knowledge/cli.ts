import { loadKnowledgeBase } from './loader.js';
import { openMemoryKnowledgeDb } from './memoryDb.js';
import { defaultKnowledgeDir } from './paths.js';
import { buildKnowledgeIndex, searchKnowledge, type SearchOptions } from './search.js';
import type { EmbeddingOptions } from './index-store.js';
import type { KnowledgeDb } from './types.js';

export interface KbSearchCliOptions extends SearchOptions {
  /** Knowledge folder (default: the shipped one, see defaultKnowledgeDir). */
  dir?: string;
  /** A database to index into; default: a fresh in-memory SQLCipher database. */
  db?: KnowledgeDb;
  embedding?: EmbeddingOptions | null;
}

/** Where the CLI writes (process.stdout in `inkludmi kb search`). */
export interface TextSink {
  write(text: string): unknown;
}

/**
 * `inkludmi kb search "<question>"`: prints the top passages with scores and sources as JSON
 * (one object, pretty-printed) and returns the same JSON text.
 */
export async function runKbSearchCli(query: string, out: TextSink, options: KbSearchCliOptions = {}): Promise<string> {
  const kb = await loadKnowledgeBase(defaultKnowledgeDir(options.dir));
  const own = options.db ? null : await openMemoryKnowledgeDb();
  try {
    const index = await buildKnowledgeIndex(options.db ?? (own as KnowledgeDb), kb, {
      embedding: options.embedding ?? null,
    });
    const result = await searchKnowledge(index, query, { limit: 5, ...options });
    const json = JSON.stringify(
      {
        query,
        answer: result.answer,
        mode: result.mode,
        confidence: result.confidence,
        weak: result.answer === 'passages' && result.weak === true,
        passages: result.passages.map((p) => ({
          id: p.id,
          docId: p.docId,
          title: p.title,
          heading: p.heading,
          score: p.score,
          source: p.source,
          sources: p.sources,
          date: p.date,
          reviewAfter: p.reviewAfter,
          text: p.text,
        })),
      },
      null,
      2,
    );
    out.write(json + '\n');
    return json;
  } finally {
    await own?.close();
  }
}
