/** The knowledge base indexed into the encrypted store at the first question after an unlock. */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EncryptedStore } from '../../../electron/core/db/store.js';
import { KnowledgeService, storeKnowledgeDb } from '../../../electron/core/knowledge/service.js';
import { makeTempDir } from '../../helpers/tempDir.js';

let store: EncryptedStore;
let cleanup: () => Promise<void>;
const key = randomBytes(32);
const org = { id: 'org-kb', name: 'Kunnskap AS' };

beforeAll(async () => {
  const temp = await makeTempDir('inkludmi-kb-');
  cleanup = temp.cleanup;
  store = new EncryptedStore({ dataDir: path.join(temp.dir, 'data') });
  await store.create(key, org);
});

afterAll(async () => {
  await store?.close();
  await cleanup?.();
});

describe('KnowledgeService over the encrypted store', () => {
  it('indexes into its own kb_* tables of the store on first use and answers with cited passages', async () => {
    const service = new KnowledgeService({ store });
    const answer = await service.search('Hva er arbeidsforberedende trening?');
    expect(answer.answer).toBe('passages');
    expect(answer.passages[0]?.docId).toBe('arbeidsforberedende-trening');
    expect(answer.passages[0]?.source).toMatch(/^https:\/\//);
    const tables = (
      await store.db.all<{ name: string }>("SELECT name FROM sqlite_master WHERE name LIKE 'kb_%' AND type = 'table'")
    ).map((r) => r.name);
    expect(tables).toEqual(expect.arrayContaining(['kb_meta', 'kb_passage', 'kb_fts']));
    // Passage vectors live in the vector cache file (public text only), not in the store.
    expect(tables).not.toContain('kb_vector');
    expect((await service.search('Hva koster en pizza på Grünerløkka?')).answer).toBe('none');
  });

  it('keeps other work out of its transactions while it builds', async () => {
    await store.db.exec('CREATE TABLE IF NOT EXISTS scratch (n INTEGER)');
    await store.db.exec('DELETE FROM kb_meta');
    const service = new KnowledgeService({ store });
    const building = service.index();
    // Writes and transactions of others while the index is rebuilt.
    const others = Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        store.db.transaction((tx) => tx.run('INSERT INTO scratch (n) VALUES (?)', [i])),
      ),
    );
    const [index] = await Promise.all([building, others]);
    expect(index.stats.rebuilt).toBe(true);
    expect((await store.db.get<{ c: number }>('SELECT count(*) AS c FROM scratch'))?.c).toBe(20);
  });

  it('builds afresh after a lock and unlock, reusing the unchanged tables', async () => {
    const service = new KnowledgeService({ store });
    await service.index();
    await store.close();
    await store.open(key, org.id);
    const index = await service.index();
    expect(index.stats.rebuilt).toBe(false);
    expect((await service.search('Hvordan skriver jeg en CV?')).answer).toBe('passages');
  });

  it('rolls back a failed transaction of the index', async () => {
    const db = storeKnowledgeDb(store.db);
    await db.exec('CREATE TABLE IF NOT EXISTS kb_probe (n INTEGER)');
    await db.exec('BEGIN');
    await db.run('INSERT INTO kb_probe (n) VALUES (1)');
    await db.exec('ROLLBACK');
    expect(await db.all('SELECT * FROM kb_probe')).toEqual([]);
    await db.exec('BEGIN');
    await db.run('INSERT INTO kb_probe (n) VALUES (2)');
    await db.exec('COMMIT');
    expect(await db.all('SELECT n FROM kb_probe')).toEqual([{ n: 2 }]);
    await db.exec('DROP TABLE kb_probe');
  });

  it('lists the documents with their check dates for the admin, those past review first', async () => {
    const service = new KnowledgeService({ store });
    const now = await service.documents('2026-12-04');
    expect(now.length).toBeGreaterThanOrEqual(30);
    expect(now.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.checked) && d.reviewAfter !== null && !d.pastReview)).toBe(
      true,
    );
    // The day after the earliest review date, the documents due by then are listed first.
    const earliest = now.map((d) => d.reviewAfter ?? '').sort()[0] ?? '';
    const dayAfter = new Date(Date.parse(`${earliest}T00:00:00Z`) + 24 * 3600 * 1000).toISOString().slice(0, 10);
    const later = await service.documents(dayAfter);
    const due = later.filter((d) => d.pastReview);
    expect(due.length).toBeGreaterThan(0);
    expect(due.every((d) => (d.reviewAfter ?? '') < dayAfter)).toBe(true);
    expect(later.filter((d) => !d.pastReview).every((d) => (d.reviewAfter ?? '') >= dayAfter)).toBe(true);
    expect(later.slice(0, due.length).every((d) => d.pastReview)).toBe(true);
  });
});
