/**
 * core/knowledge — the vetted Norwegian knowledge base and retrieval with citations.
 *
 *   const kb = await loadKnowledgeBase(defaultKnowledgeDir());          // validates every document
 *   const index = await buildKnowledgeIndex(db, kb, { embedding });      // at unlock; FTS5 + vectors
 *   const result = await index.search(question);                        // or KnowledgeService.search
 *   if (result.answer === 'none') say(KNOWLEDGE_NO_ANSWER_TEXT);          // never guess
 *   else if (result.weak) say(withWeakCaveat(answerFrom(result.passages))); // a thin match: caveat + counselor
 *   else cite(result.passages);                                          // {id, docId, title, heading, text, source, date, score}
 */
export {
  loadKnowledgeBase,
  knowledgeBaseFromSources,
  parseKnowledgeDocument,
  toPassages,
  slugify,
  frontMatterSchema,
  KnowledgeValidationError,
  type KnowledgeBase,
  type ParseOptions,
} from './loader.js';
export { buildKnowledgeIndex, KnowledgeIndex, type SearchOptions } from './search.js';
export { DEFAULT_MIN_CONFIDENCE, DEFAULT_GATE, type GateThresholds } from './gate.js';
export { INDEX_VERSION, embeddingText, type EmbeddingOptions, type BuildStats } from './index-store.js';
export {
  KNOWLEDGE_NO_ANSWER_TEXT,
  KNOWLEDGE_WEAK_CAVEAT_TEXT,
  KNOWLEDGE_WEAK_REFERRAL_TEXT,
  withWeakCaveat,
} from './messages.js';
export { runKbSearchCli, type KbSearchCliOptions, type TextSink } from './cli.js';
export { openMemoryKnowledgeDb, type ClosableKnowledgeDb } from './memoryDb.js';
export { defaultKnowledgeDir } from './paths.js';
export { readability, type Readability } from './readability.js';
export { recognisedNeeds } from './situationMatch.js';
export { SITUATION_NEEDS, type SituationNeed } from './situations.js';
export { stem, tokenize, decompound, contentStems, STOP_WORDS, type QueryTerm } from './analyzer.js';
export { analyzeQuery } from './queryTerms.js';
export type {
  KnowledgeDb,
  SqlValue,
  EmbedFn,
  KnowledgeDocument,
  KnowledgeSection,
  Passage,
  PassageHit,
  KnowledgeAnswer,
  SearchMode,
  Audience,
} from './types.js';
