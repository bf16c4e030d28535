import type { Database, SqlRunner, SqlValue } from '../db/index.js';
import type { EncryptedStore } from '../db/index.js';
import type { EmbeddingOptions } from './index-store.js';
import { loadKnowledgeBase, type KnowledgeBase } from './loader.js';
import { openMemoryKnowledgeDb, type ClosableKnowledgeDb } from './memoryDb.js';
import { defaultKnowledgeDir } from './paths.js';
import { KnowledgeIndex, type SearchOptions } from './search.js';
import type { KnowledgeAnswer, KnowledgeDb, PassageHit, SearchMode } from './types.js';

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
  /** Folder of the passage-vector cache (see vectors.ts); none = vectors are computed at every start. */
  vectorCacheDir?: string;
}

/** A cited passage as the chat stores and shows it (public knowledge-base text). */
export interface Citation {
  id: string;
  title: string;
  heading: string;
  source: string;
  /** When the page was checked (YYYY-MM-DD). */
  date: string;
  /** When the page must be checked again (YYYY-MM-DD); absent in citations stored before it existed. */
  reviewAfter?: string | null;
  /** The passage was a weak hit: shown with a caveat and the suggestion to ask the counselor. */
  weak?: boolean;
  /** How the search found it (keywords only, or with the embedding model); absent in older citations. */
  mode?: SearchMode;
}

export function citationOf(p: PassageHit): Citation {
  return {
    id: p.id,
    title: p.title,
    heading: p.heading,
    source: p.source,
    date: p.date,
    reviewAfter: p.reviewAfter,
    ...(p.weak ? { weak: true } : {}),
    mode: p.mode,
  };
}

/** A knowledge document as the admin's Kunnskapsbase page lists it. */
export interface KnowledgeDocumentStatus {
  id: string;
  title: string;
  /** When the facts were last checked (YYYY-MM-DD). */
  checked: string;
  /** When they must be checked again (YYYY-MM-DD), or null when the document does not say. */
  reviewAfter: string | null;
  pastReview: boolean;
  sources: string[];
}

/** Today as YYYY-MM-DD in the local calendar. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whether a page is past its review date on the given day (YYYY-MM-DD, local calendar day). */
export function isPastReview(reviewAfter: string | null | undefined, today: string): boolean {
  return typeof reviewAfter === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(reviewAfter) && reviewAfter < today;
}

interface IndexEntry {
  index: Promise<KnowledgeIndex>;
  /** The embedding model whose vectors the index has or is getting ('' = keyword only). */
  modelId: string;
  /** Resolves (never rejects) when those vectors are added, or have failed (keyword only then). */
  vectors: Promise<void>;
}

/**
 * The knowledge base of the unlocked store: loaded once, indexed into the store's own kb_* tables
 * the first time it is needed after an unlock (when the chat opens, or at the first question), searched with the
 * confidence gate. Each unlock is a new connection and gets its index afresh (a no-op when the
 * shipped documents did not change). With no store open (the command line's `kb search`, which
 * needs no login) the same index is built in an in-memory database: it holds only the public
 * knowledge base.
 */
export class KnowledgeService {
  private kb: Promise<KnowledgeBase> | null = null;
  /** Per connection (the store's, or the in-memory one): its index. */
  private readonly indexes = new WeakMap<object, IndexEntry>();
  private memory: Promise<ClosableKnowledgeDb> | null = null;

  constructor(private readonly options: KnowledgeServiceOptions) {}

  private base(): Promise<KnowledgeBase> {
    this.kb ??= loadKnowledgeBase(defaultKnowledgeDir(this.options.dir)).catch((err: unknown) => {
      this.kb = null;
      throw err;
    });
    return this.kb;
  }

  /**
   * The index of the open store (built on first use). With an embedding model, questions are
   * answered by keywords until the passage vectors are added to it (read from the vector cache, or
   * computed once and written there), then by both; when the model changes the index gets that
   * model's vectors, and when the model cannot embed, it stays keyword-only. Each answer says which
   * (`mode`).
   */
  index(): Promise<KnowledgeIndex> {
    return this.entry().index;
  }

  /** Resolves when the index in use has its passage vectors (or without them, when none can be made). */
  async vectorsReady(): Promise<void> {
    await this.entry().vectors;
  }

  private connection(): { key: object; db: () => Promise<KnowledgeDb> } {
    const store = this.options.store;
    if (store.isOpen) {
      const db = store.db;
      return { key: db, db: () => Promise.resolve(storeKnowledgeDb(db)) };
    }
    this.memory ??= openMemoryKnowledgeDb();
    return { key: this, db: () => this.memory as Promise<ClosableKnowledgeDb> };
  }

  private entry(): IndexEntry {
    const { key, db } = this.connection();
    const embedding = this.options.embedding?.() ?? null;
    const modelId = embedding?.modelId ?? '';
    let entry = this.indexes.get(key);
    if (!entry) {
      const index = Promise.all([db(), this.base()]).then(([kdb, kb]) => KnowledgeIndex.build(kdb, kb));
      const created: IndexEntry = { index, modelId: '', vectors: Promise.resolve() };
      index.catch(() => {
        if (this.indexes.get(key) === created) this.indexes.delete(key);
      });
      this.indexes.set(key, created);
      entry = created;
    }
    if (entry.modelId !== modelId) {
      entry.modelId = modelId;
      const cacheDir = this.options.vectorCacheDir ?? null;
      entry.vectors = entry.index.then(
        (index) =>
          embedding
            ? index.addVectors(embedding, cacheDir).then(
                () => undefined,
                () => undefined,
              )
            : index.dropVectors(),
        () => undefined,
      );
    }
    return entry;
  }

  /** The same service (store, embedding model, vector cache) for another knowledge folder. */
  withDir(dir: string): KnowledgeService {
    return new KnowledgeService({ ...this.options, dir });
  }

  /** Closes the in-memory index of a search made with no store open. */
  async close(): Promise<void> {
    const memory = this.memory;
    this.memory = null;
    this.indexes.delete(this);
    await (await memory?.catch(() => null))?.close();
  }

  /**
   * The documents with their check dates, those past review first (then by title). `today` is
   * the calendar day to judge by (YYYY-MM-DD; default: today in local time).
   */
  async documents(today: string = localToday()): Promise<KnowledgeDocumentStatus[]> {
    const kb = await this.base();
    return kb.documents
      .map((d) => ({
        id: d.id,
        title: d.title,
        checked: d.date,
        reviewAfter: d.reviewAfter,
        pastReview: isPastReview(d.reviewAfter, today),
        sources: [...d.sources],
      }))
      .sort((a, b) => Number(b.pastReview) - Number(a.pastReview) || a.title.localeCompare(b.title, 'nb'));
  }

  async search(query: string, options: SearchOptions = {}): Promise<KnowledgeAnswer> {
    return (await this.index()).search(query, options);
  }
}
