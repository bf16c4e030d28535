import type { Database, SqlRunner, SqlValue } from '../db/connection.js';
import type { EncryptedStore } from '../db/store.js';
import type { EmbeddingOptions } from './index-store.js';
import { loadKnowledgeBase, type KnowledgeBase } from './loader.js';
import { defaultKnowledgeDir } from './paths.js';
import { KnowledgeIndex, type SearchOptions } from './search.js';
import type { KnowledgeAnswer, KnowledgeDb, PassageHit } from './types.js';

/**
 * The knowledge index's view of the encrypted store. The index opens its own transactions with
 * BEGIN … COMMIT; on the store's queued connection such a transaction becomes one
 * `Database.transaction`, which holds the queue until it ends, so no other statement (an audit
 * entry, a chat message) can slip into it. Statements outside go through the queue as usual.
 */
export function storeKnowledgeDb(db: Database): KnowledgeDb {
  let open: { tx: SqlRunner; finish: (commit: boolean) => Promise<void> } | null = null;
  const runner = (): SqlRunner => open?.tx ?? db;
  const begin = (): Promise<void> =>
    new Promise<void>((ready, fail) => {
      let settle: (commit: boolean) => void = () => undefined;
      const body = new Promise<void>((resolve, reject) => {
        settle = (commit) => (commit ? resolve() : reject(new RolledBack()));
      });
      let started = false;
      const done = db.transaction(async (tx) => {
        started = true;
        open = { tx, finish: async (commit) => (settle(commit), finished) };
        ready();
        await body;
      });
      const finished = done.then(
        () => undefined,
        (err: unknown) => {
          if (!(err instanceof RolledBack)) throw err;
        },
      );
      finished.catch((err: unknown) => {
        if (!started) fail(err);
      });
    });
  return {
    async exec(sql) {
      const statement = sql.trim().replace(/;$/, '').toUpperCase();
      if (/^BEGIN(?: IMMEDIATE| DEFERRED| TRANSACTION)?$/.test(statement)) {
        if (open) throw new Error('knowledge index: nested transaction');
        await begin();
        return;
      }
      if (statement === 'COMMIT' || statement === 'END' || statement === 'ROLLBACK') {
        const current = open;
        open = null;
        if (current) await current.finish(statement !== 'ROLLBACK');
        return;
      }
      await runner().exec(sql);
    },
    run: (sql, params = []) => runner().run(sql, params),
    all: <T>(sql: string, params: readonly SqlValue[] = []) => runner().all<T>(sql, params),
  };
}

class RolledBack extends Error {
  constructor() {
    super('rolled back');
    this.name = 'RolledBack';
  }
}

export interface KnowledgeServiceOptions {
  store: EncryptedStore;
  /** Knowledge folder (default: the shipped resources/knowledge). */
  dir?: string;
  /** Vectors for hybrid retrieval, when an embedding model is active; null = lexical only. */
  embedding?: () => EmbeddingOptions | null;
}

/** A cited passage as the chat stores and shows it (public knowledge-base text). */
export interface Citation {
  id: string;
  title: string;
  heading: string;
  source: string;
  date: string;
}

export function citationOf(p: PassageHit): Citation {
  return { id: p.id, title: p.title, heading: p.heading, source: p.source, date: p.date };
}

/**
 * The knowledge base of the unlocked store: loaded once, indexed into the store's own kb_* tables
 * the first time it is needed after an unlock (lazily, at the first question), searched with the
 * confidence gate. Each unlock is a new connection and gets its index afresh (a no-op when the
 * shipped documents did not change).
 */
export class KnowledgeService {
  private kb: Promise<KnowledgeBase> | null = null;
  private readonly indexes = new WeakMap<Database, Promise<KnowledgeIndex>>();

  constructor(private readonly options: KnowledgeServiceOptions) {}

  private base(): Promise<KnowledgeBase> {
    this.kb ??= loadKnowledgeBase(defaultKnowledgeDir(this.options.dir)).catch((err: unknown) => {
      this.kb = null;
      throw err;
    });
    return this.kb;
  }

  /** The index of the open store (built on first use). */
  index(): Promise<KnowledgeIndex> {
    const db = this.options.store.db;
    let index = this.indexes.get(db);
    if (!index) {
      index = this.base().then((kb) => KnowledgeIndex.build(storeKnowledgeDb(db), kb, { embedding: this.options.embedding?.() ?? null }));
      index.catch(() => this.indexes.delete(db));
      this.indexes.set(db, index);
    }
    return index;
  }

  async search(query: string, options: SearchOptions = {}): Promise<KnowledgeAnswer> {
    return (await this.index()).search(query, options);
  }
}
