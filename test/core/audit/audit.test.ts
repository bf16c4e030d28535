import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { appendAudit, canonicalForm, GENESIS_HASH, verifyAudit } from '../../../electron/core/audit/log.js';
import { Database } from '../../../electron/core/db/connection.js';
import { migrate } from '../../../electron/core/db/migrate.js';
import { addUser, login, makeCore, setupOrg, type TestCore } from '../../helpers/org.js';
import { makeTempDir } from '../../helpers/tempDir.js';

let t: TestCore | undefined;
let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await t?.close();
  await cleanup?.();
  t = undefined;
  cleanup = undefined;
});

async function freshDb() {
  const temp = await makeTempDir();
  cleanup = temp.cleanup;
  const db = await Database.open(path.join(temp.dir, 'a.db'), { key: Buffer.alloc(32, 5), create: true });
  await migrate(db);
  return db;
}

describe('audit log', () => {
  it('chains each entry to the previous one with sha-256 over a canonical form', async () => {
    const db = await freshDb();
    const a = await db.transaction((tx) =>
      appendAudit(tx, {
        actorId: 'u1',
        actorRole: 'counselor',
        action: 'notes.list',
        targetType: 'participant',
        targetId: 'p1',
        outcome: 'ok',
        reason: 'assigned_counselor',
      }),
    );
    const b = await db.transaction((tx) =>
      appendAudit(tx, {
        actorId: 'u2',
        actorRole: 'counselor',
        action: 'notes.list',
        targetType: 'participant',
        targetId: 'p1',
        outcome: 'denied',
        reason: 'FORBIDDEN',
      }),
    );
    expect(a.prevHash).toBe(GENESIS_HASH);
    expect(b.prevHash).toBe(a.hash);
    expect(canonicalForm(a)).toBe(
      JSON.stringify([
        1,
        a.at,
        'u1',
        'counselor',
        'notes.list',
        'participant',
        'p1',
        'ok',
        'assigned_counselor',
        GENESIS_HASH,
      ]),
    );
    expect(await verifyAudit(db)).toEqual({ ok: true, entries: 2, firstBad: null });
    await db.close();
  });

  it('refuses UPDATE and DELETE, and refuses free text in any field', async () => {
    const db = await freshDb();
    await db.transaction((tx) =>
      appendAudit(tx, { actorId: 'u1', actorRole: 'admin', action: 'user.create', outcome: 'ok' }),
    );
    await expect(db.run("UPDATE audit_log SET outcome = 'denied'")).rejects.toThrow(/append-only/);
    await expect(db.run('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    await expect(
      db.transaction((tx) =>
        appendAudit(tx, { actorId: 'u1', actorRole: 'admin', action: 'note about Kari Nordmann', outcome: 'ok' }),
      ),
    ).rejects.toThrow(/code/);
    await expect(
      db.transaction((tx) =>
        appendAudit(tx, { actorId: 'u1', actorRole: 'admin', action: 'x', reason: 'hun er syk', outcome: 'ok' }),
      ),
    ).rejects.toThrow(/code/);
    expect((await verifyAudit(db)).entries).toBe(1);
    await db.close();
  });

  it('names the row that was changed or removed behind its back', async () => {
    const db = await freshDb();
    for (let i = 0; i < 5; i++)
      await db.transaction((tx) =>
        appendAudit(tx, {
          actorId: `u${i}`,
          actorRole: 'counselor',
          action: 'participants.get',
          targetType: 'participant',
          targetId: 'p1',
          outcome: 'ok',
        }),
      );
    await db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
    await db.run("UPDATE audit_log SET actor_id = 'someone_else' WHERE seq = 3");
    expect(await verifyAudit(db)).toEqual({ ok: false, entries: 2, firstBad: { seq: 3, problem: 'hash_mismatch' } });
    await db.run("UPDATE audit_log SET actor_id = 'u2' WHERE seq = 3");
    await db.run('DELETE FROM audit_log WHERE seq = 4');
    expect((await verifyAudit(db)).firstBad).toEqual({ seq: 4, problem: 'sequence_gap' });
    await db.close();
  });

  it('records logins, refusals and reads of participant data with who, what, which record and why — never content', async () => {
    t = await makeCore();
    const { admin } = await setupOrg(t);
    const kari = await addUser(t, admin, 'kari', 'Kari Veileder', 'counselor');
    const per = await addUser(t, admin, 'per', 'Per Deltaker', 'participant', kari.id);
    const kariConn = await login(t, 'kari');
    await t.ok(kariConn, 'notes.add', {
      participantId: per.participantId!,
      kind: 'phone',
      occurredOn: '2026-11-30',
      body: 'Hemmelig innhold i notatet',
    });
    await t.ok(kariConn, 'notes.list', { participantId: per.participantId! });
    expect(await t.call(admin, 'notes.list', { participantId: per.participantId! })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const entries = (await t.ok(admin, 'audit.list', {})).entries;
    const noteEntries = entries.filter((e) => e.action.startsWith('notes.'));
    expect(noteEntries.map((e) => [e.action, e.actorId, e.targetId, e.outcome, e.reason])).toEqual([
      ['notes.list', (await t.ok(admin, 'auth.status', {})).user!.userId, per.participantId, 'denied', 'FORBIDDEN'],
      ['notes.list', kari.id, per.participantId, 'ok', 'assigned_counselor'],
      ['notes.add', kari.id, per.participantId, 'ok', 'assigned_counselor'],
    ]);
    expect(JSON.stringify(entries)).not.toContain('Hemmelig');
    // The viewer names who acted by the account's display name.
    expect(noteEntries.filter((e) => e.actorId === kari.id).map((e) => e.actorName)).toEqual([
      'Kari Veileder',
      'Kari Veileder',
    ]);
    expect(entries.some((e) => e.action === 'auth.login' && e.actorId === kari.id && e.outcome === 'ok')).toBe(true);
    expect(entries.some((e) => e.action === 'user.create' && e.targetId === per.id)).toBe(true);
    expect((await t.ok(admin, 'audit.verify', {})).ok).toBe(true);
  });
});
