import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  appendAudit,
  verifyAudit,
  type AuditEntryInput,
  type AuditHeadGuess,
} from '../../../electron/core/audit/log.js';
import { Database } from '../../../electron/core/db/connection.js';
import { migrate } from '../../../electron/core/db/migrate.js';
import { makeTempDir } from '../../helpers/tempDir.js';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

async function freshDb() {
  const temp = await makeTempDir();
  cleanup = temp.cleanup;
  const db = await Database.open(path.join(temp.dir, 'a.db'), { key: Buffer.alloc(32, 7), create: true });
  await migrate(db);
  return db;
}

const entry = (actorId: string): AuditEntryInput => ({
  actorId,
  actorRole: 'counselor',
  action: 'chat.send',
  targetType: 'participant',
  targetId: 'p1',
  outcome: 'ok',
});

/** The audit service remembers the head its last append left, so an append need not read it first. */
describe('audit appends from a remembered head', () => {
  it('links to the real head after a rolled-back append, another writer and a restore-like reset', async () => {
    const db = await freshDb();
    const guess: AuditHeadGuess = { head: null };
    const first = await db.transaction((tx) => appendAudit(tx, entry('u1'), null, guess));
    expect(guess.head).toEqual({ seq: 1, hash: first.hash });

    // An append whose transaction rolls back leaves a head in memory that never reached the file.
    await expect(
      db.transaction(async (tx) => {
        await appendAudit(tx, entry('u2'), null, guess);
        throw new Error('the write failed after its audit entry');
      }),
    ).rejects.toThrow(/write failed/);
    expect(guess.head?.seq).toBe(2);
    const afterRollback = await db.transaction((tx) => appendAudit(tx, entry('u3'), null, guess));
    expect(afterRollback.seq).toBe(2);
    expect(afterRollback.prevHash).toBe(first.hash);

    // Another writer (the CLI, a second service) appends without this guess.
    const other = await db.transaction((tx) => appendAudit(tx, entry('u4')));
    const afterOther = await db.transaction((tx) => appendAudit(tx, entry('u5'), null, guess));
    expect(afterOther.seq).toBe(other.seq + 1);
    expect(afterOther.prevHash).toBe(other.hash);

    // A guess from another database (a restore replaced the file) is not the head here.
    const restored = await freshDb();
    const onRestored = await restored.transaction((tx) => appendAudit(tx, entry('u6'), null, guess));
    expect(onRestored.seq).toBe(1);
    expect(await verifyAudit(restored)).toMatchObject({ ok: true, entries: 1 });
    await restored.close();

    expect(await verifyAudit(db)).toMatchObject({ ok: true, entries: 4, firstBad: null });
    await db.close();
  });

  it('still lets verify name a head row that was rewritten behind the service', async () => {
    const db = await freshDb();
    const guess: AuditHeadGuess = { head: null };
    for (const id of ['u1', 'u2', 'u3']) await db.transaction((tx) => appendAudit(tx, entry(id), null, guess));
    await db.exec('DROP TRIGGER audit_log_no_update;');
    await db.run("UPDATE audit_log SET actor_id = 'someone_else', hash = ? WHERE seq = 3", ['f'.repeat(64)]);
    const next = await db.transaction((tx) => appendAudit(tx, entry('u4'), null, guess));
    // Built on the row as it now is, not on the remembered hash: the chain is not silently mended.
    expect(next.prevHash).toBe('f'.repeat(64));
    expect(await verifyAudit(db)).toMatchObject({ ok: false, firstBad: { seq: 3, problem: 'hash_mismatch' } });
    await db.close();
  });
});
