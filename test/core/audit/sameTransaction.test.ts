/**
 * Issue 16, acceptance 4: audit entries are written in the same transaction as the change. A
 * writer killed with SIGKILL in the middle of a stream of notes leaves exactly as many `notes.add`
 * audit entries as notes, every time (20 kills).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_ENV, bundleEntry } from '../../helpers/bundle.js';
import { addUser, ADMIN_PASSWORD, login, makeCore, PASSWORD, setupOrg, type TestCore } from '../../helpers/org.js';

const root = path.resolve(import.meta.dirname, '../../..');
let t: TestCore | undefined;
let writer: string;
beforeAll(async () => {
  writer = await bundleEntry('test/fixtures/audited-writer.ts');
}, 120_000);
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function counts(t: TestCore): Promise<{ notes: number; audited: number }> {
  const db = t.core.services.store.db;
  const notes = (await db.get<{ n: number }>('SELECT count(*) AS n FROM notes'))!.n;
  const audited = (await db.get<{ n: number }>(
    "SELECT count(*) AS n FROM audit_log WHERE action = 'notes.add' AND outcome = 'ok'",
  ))!.n;
  return { notes, audited };
}

describe('audit in the same transaction as the change (acceptance 4)', () => {
  it('kill -9 during a stream of writes, 20 times: audit entries == committed notes, and the chain verifies', async () => {
    t = await makeCore();
    const { admin } = await setupOrg(t);
    const kari = await addUser(t, admin, 'kari', 'Kari Veileder', 'counselor');
    const per = await addUser(t, admin, 'per', 'Per Deltaker', 'participant', kari.id);
    await t.core.services.auth.lockAll();
    let reported = 0;
    for (let round = 0; round < 20; round++) {
      const child = spawn(process.execPath, [writer, t.dataDir, 'kari', PASSWORD, per.participantId!], {
        cwd: root,
        env: { ...process.env, ...BUNDLED_ENV },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let committed = 0;
      let buffer = '';
      // Kill after a different number of writes each round (5–43), so the kill lands at varied points.
      const killAfter = 5 + ((round * 17) % 39);
      await new Promise<void>((resolve, reject) => {
        child.on('error', reject);
        child.on('exit', () => reject(new Error('writer exited by itself')));
        child.stdout.on('data', (chunk: Buffer) => {
          buffer += chunk.toString('utf8');
          for (const m of buffer.matchAll(/committed (\d+)\n/g)) committed = Math.max(committed, Number(m[1]));
          buffer = buffer.slice(buffer.lastIndexOf('\n') + 1);
          if (committed >= killAfter && !child.killed) {
            child.removeAllListeners('exit');
            child.kill('SIGKILL');
            resolve();
          }
        });
      });
      await new Promise((r) => child.once('exit', r));
      expect(child.signalCode).toBe('SIGKILL');
      reported += committed;

      const conn = await login(t, 'admin', ADMIN_PASSWORD);
      const c = await counts(t);
      expect(c.audited, `round ${round}`).toBe(c.notes);
      // Every write the writer saw committed is there (one more may have committed unseen).
      expect(c.notes).toBeGreaterThanOrEqual(reported);
      expect((await t.core.services.audit.verify()).ok).toBe(true);
      await t.ok(conn, 'auth.logout', {});
      reported = c.notes;
    }
  }, 600_000);

  it('a read whose audit entry cannot be written is refused: no data goes out', async () => {
    t = await makeCore();
    const { admin } = await setupOrg(t);
    const kari = await addUser(t, admin, 'kari', 'Kari Veileder', 'counselor');
    const per = await addUser(t, admin, 'per', 'Per Deltaker', 'participant', kari.id);
    const k = await login(t, 'kari');
    await t.ok(k, 'notes.add', {
      participantId: per.participantId!,
      kind: 'meeting',
      occurredOn: '2026-11-30',
      body: 'Hemmelig notat om samtalen.',
    });
    // Reads are answered while the log works (a search: every search has an entry of its own).
    expect(await t.ok(k, 'notes.search', { participantId: per.participantId!, query: 'Hemmelig' })).toHaveLength(1);
    // Break the audit table (as a full disk or a damaged table would): the read must fail, not answer.
    // (She has not opened Per's record yet: her first read of it is an opening, whose entry comes first.
    // Reads inside an opening that is already in the log are counted in memory, issue 19.)
    await t.core.services.store.db.exec(
      "CREATE TRIGGER break_audit BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'audit down'); END",
    );
    const participantId = per.participantId!;
    for (const refused of [
      await t.call(k, 'notes.list', { participantId }),
      // The failed opening opened nothing: the next read must open again, and is refused again.
      await t.call(k, 'notes.list', { participantId }),
      await t.call(k, 'notes.search', { participantId, query: 'Hemmelig' }),
    ]) {
      expect(refused).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
      expect(JSON.stringify(refused)).not.toContain('Hemmelig');
    }
    // And a write whose entry cannot be written is not made.
    const before = (await t.core.services.store.db.get<{ n: number }>('SELECT count(*) AS n FROM notes'))!.n;
    expect(
      (
        await t.call(k, 'notes.add', {
          participantId: per.participantId!,
          kind: 'meeting',
          occurredOn: '2026-11-30',
          body: 'Et notat til.',
        })
      ).ok,
    ).toBe(false);
    expect((await t.core.services.store.db.get<{ n: number }>('SELECT count(*) AS n FROM notes'))!.n).toBe(before);
  });
});
