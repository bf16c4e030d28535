import crypto from 'node:crypto';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Database, withReadScope } from '../../../electron/core/db/connection.js';
import { makeTempDir } from '../../helpers/tempDir.js';

/**
 * One dispatched call reads the same row several times on its way (the access rule in the
 * dispatcher and again in each service). Inside the call's read scope the store answers the
 * repeats from the first read until the call writes; nothing else changes.
 */
let db: Database | undefined;
let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await db?.close();
  await cleanup?.();
  db = undefined;
});

async function open(): Promise<Database> {
  const dir = await makeTempDir('read-scope-');
  cleanup = dir.cleanup;
  db = await Database.open(path.join(dir.dir, 'scope.db'), { key: crypto.randomBytes(32), create: true });
  await db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)');
  await db.run('INSERT INTO t (id, v) VALUES (1, ?)', ['first']);
  return db;
}

const read = (d: Database) => d.get<{ v: string }>('SELECT v FROM t WHERE id = ?', [1]);

/** Another call changes the row meanwhile (outside this call's scope). */
const elsewhere = (d: Database, v: string) => d.run('UPDATE t SET v = ? WHERE id = 1', [v]);

describe('a call’s read scope', () => {
  it('answers a repeated identical read from the call’s first read', async () => {
    const d = await open();
    let other: Promise<unknown> = Promise.resolve();
    const seen = await withReadScope(async () => {
      const a = await read(d);
      // Started outside the scope: another call's write.
      other = withReadScope(() => elsewhere(d, 'changed by another call'));
      await other;
      const b = await read(d);
      return [a?.v, b?.v];
    });
    expect(seen).toEqual(['first', 'first']);
    // Outside any call, and in a new call, the row is read afresh.
    expect((await read(d))?.v).toBe('changed by another call');
    expect(await withReadScope(async () => (await read(d))?.v)).toBe('changed by another call');
  });

  it('reads afresh after the call writes, and inside a transaction', async () => {
    const d = await open();
    const seen = await withReadScope(async () => {
      const out: (string | undefined)[] = [(await read(d))?.v];
      await d.run('UPDATE t SET v = ? WHERE id = 1', ['own write']);
      out.push((await read(d))?.v);
      await withReadScope(() => elsewhere(d, 'by another call'));
      out.push(await d.transaction(async (tx) => (await tx.get<{ v: string }>('SELECT v FROM t WHERE id = 1'))?.v));
      await d.transaction((tx) => tx.run('UPDATE t SET v = ? WHERE id = 1', ['in a transaction']));
      out.push((await read(d))?.v);
      return out;
    });
    expect(seen).toEqual(['first', 'own write', 'by another call', 'in a transaction']);
  });

  it('gives each reader its own copy, and work left running after the call reads afresh', async () => {
    const d = await open();
    let later: (() => Promise<string | undefined>) | undefined;
    await withReadScope(async () => {
      const a = await read(d);
      a!.v = 'mutated by a caller';
      expect((await read(d))?.v).toBe('first');
      later = async () => (await read(d))?.v;
    });
    await elsewhere(d, 'after the call');
    expect(await later!()).toBe('after the call');
  });

  it('keys reads by their parameters and statement', async () => {
    const d = await open();
    await d.run('INSERT INTO t (id, v) VALUES (2, ?)', ['second']);
    const seen = await withReadScope(async () => [
      (await d.get<{ v: string }>('SELECT v FROM t WHERE id = ?', [1]))?.v,
      (await d.get<{ v: string }>('SELECT v FROM t WHERE id = ?', [2]))?.v,
      (await d.all<{ v: string }>('SELECT v FROM t ORDER BY id')).map((r) => r.v).join(','),
    ]);
    expect(seen).toEqual(['first', 'second', 'first,second']);
  });
});
