import type { EncryptedStore } from '../../db/store.js';
import type { Logger } from '../../log.js';
import type { KnowledgeAnswer, PassageHit } from '../../knowledge/types.js';
import type { Scrubber } from '../../scrub/scrubber.js';
import type { PhraseLibrary } from '../mi/phrases.js';
import type { ContextProvider } from './context.js';
import type { IdentitySource, PlanPort } from './followupPorts.js';
import type { JsonGenerator } from './generation.js';

/** What the orchestrator is built from, and what each turn it runs works with. */

export interface GenerationSettings {
  maxTokens?: number | undefined;
  temperature?: number | undefined;
  timeLimitMs?: number | undefined;
  /** Fixed seed (tests, benchmark); otherwise a fresh one per answer. */
  seed?: number | undefined;
}

export interface KnowledgeSearch {
  search(query: string, options?: { limit?: number }): Promise<KnowledgeAnswer>;
}

export interface OrchestratorOptions {
  store: EncryptedStore;
  generator: JsonGenerator;
  context: ContextProvider;
  identities: IdentitySource;
  knowledge: KnowledgeSearch | null;
  plan?: PlanPort | undefined;
  scrubber?: Scrubber;
  library?: PhraseLibrary;
  rng?: () => number;
  clock?: () => Date;
  generation?: GenerationSettings;
  /** Receives each turn's timings (numbers only): where the time outside the model went. */
  logger?: Logger | undefined;
}

/** The orchestrator's parts as a turn uses them (the options, with their defaults filled in). */
export interface TurnEnv {
  options: OrchestratorOptions;
  db: EncryptedStore['db'];
  clock: () => Date;
  rng: () => number;
  scrubber: Scrubber;
}

/** The generation settings that are set, as generateReply takes them. */
export function generationOptions(g: GenerationSettings = {}): {
  maxTokens?: number;
  temperature?: number;
  timeLimitMs?: number;
  seed?: number;
} {
  return {
    ...(g.maxTokens !== undefined ? { maxTokens: g.maxTokens } : {}),
    ...(g.temperature !== undefined ? { temperature: g.temperature } : {}),
    ...(g.timeLimitMs !== undefined ? { timeLimitMs: g.timeLimitMs } : {}),
    ...(g.seed !== undefined ? { seed: g.seed } : {}),
  };
}

/** The knowledge base's passages for a query (none without a query, a knowledge base or an answer). */
export async function searchKnowledge(knowledge: KnowledgeSearch | null, query: string | null): Promise<PassageHit[]> {
  if (!query || !knowledge) return [];
  const result = await knowledge.search(query, { limit: 3 });
  return result.answer === 'passages' ? result.passages : [];
}
