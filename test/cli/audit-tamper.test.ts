/**
 * Issue 16, acceptance 3: tampering with the audit trail is reported by `inkludmi audit verify`
 * with the sequence number, even by someone holding the database key: deleting the last N
 * entries, changing one, and forging a pending line. A malformed pending line stops no login.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../electron/core/db/connection.js';
import { addUser, setupOrg } from '../helpers/org.js';
import { ADMIN_PASSWORD, adminLogin, cliTempDir, coreOver } from './helpers.js';
import { runInkludmi } from './run.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await cliTempDir()));
afterAll(() => cleanup());

/** An organisation with some history, locked (a checkpoint was written); returns its database key. */
async function orgWithHistory(name: string): Promise<{ dataDir: string; key: Buffer; head: number }> {
  const dataDir = path.join(dir, name);
  const t = await coreOver(dataDir);
  const { admin } = await setupOrg(t);
  const kari = await addUser(t, admin, 'kari', 'Kari Veileder', 'counselor');
  await addUser(t, admin, 'per', 'Per Deltaker', 'participant', kari.id);
  await t.ok(admin, 'users.list', {});
  const key = t.core.services.store.currentKey();
  await t.ok(admin, 'auth.logout', {});
  const db = await Database.open(path.join(dataDir, 'inkludmi.db'), { key });
  const head = (await db.get<{ n: number }>('SELECT max(seq) AS n FROM audit_log'))!.n;
  await db.close();
  await t.close();
  return { dataDir, key, head };
}

async function verify(dataDir: string) {
  return runInkludmi(['audit', 'verify', '--data-dir', dataDir], adminLogin());
}

describe('acceptance 3: tampering is reported with the sequence number', () => {
  it('an untouched log verifies (so the checks below can tell)', async () => {
    const { dataDir } = await orgWithHistory('clean');
    const r = await verify(dataDir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(fs.existsSync(path.join(dataDir, 'audit-checkpoints.jsonl'))).toBe(true);
  });

  it('deleting the last 5 entries (trigger dropped, with the database key) is reported as truncation at the first missing seq', async () => {
    const { dataDir, key, head } = await orgWithHistory('truncated');
    const db = await Database.open(path.join(dataDir, 'inkludmi.db'), { key });
    await db.exec('DROP TRIGGER audit_log_no_delete');
    await db.run('DELETE FROM audit_log WHERE seq > ?', [head - 5]);
    await db.close();
    const r = await verify(dataDir);
    expect(r.code).toBe(5);
    expect(r.stderr).toContain(`seq ${head - 4} (truncated)`);
  });

  it('changing one entry (hash recomputed, but without the audit key) is reported at that seq', async () => {
    const { dataDir, key } = await orgWithHistory('changed');
    const db = await Database.open(path.join(dataDir, 'inkludmi.db'), { key });
    await db.exec('DROP TRIGGER audit_log_no_update');
    // Rewrite entry 3 and every hash after it, as someone with the database key could.
    const { entryHash } = await import('../../electron/core/audit/log.js');
    const rows = await db.all<Record<string, unknown>>('SELECT * FROM audit_log ORDER BY seq');
    let prev = '';
    for (const r of rows) {
      const seq = r['seq'] as number;
      const e = {
        seq,
        at: r['at'] as string,
        actorId: r['actor_id'] as string | null,
        actorRole: r['actor_role'] as null,
        action: r['action'] as string,
        targetType: r['target_type'] as string | null,
        targetId: r['target_id'] as string | null,
        outcome: r['outcome'] as 'ok',
        reason: seq === 3 ? 'tampered' : (r['reason'] as string | null),
        prevHash: seq === 1 ? (r['prev_hash'] as string) : prev,
      };
      prev = entryHash(e);
      await db.run('UPDATE audit_log SET reason = ?, prev_hash = ?, hash = ? WHERE seq = ?', [
        e.reason,
        e.prevHash,
        prev,
        seq,
      ]);
    }
    await db.close();
    const r = await verify(dataDir);
    expect(r.code).toBe(5);
    expect(r.stderr).toContain('seq 3 (mac_mismatch)');
  });

  it('a forged pending line is not joined: it is quarantined and verify names the seq that records it', async () => {
    const { dataDir, key } = await orgWithHistory('forged');
    const forged = {
      header: '11111111-1111-4111-8111-111111111111',
      entry: {
        actorId: 'x',
        actorRole: 'admin',
        action: 'auth.login',
        targetType: null,
        targetId: null,
        outcome: 'ok',
        reason: null,
        at: '2001-01-01T00:00:00.000Z',
      },
      mac: 'a'.repeat(64),
    };
    fs.appendFileSync(path.join(dataDir, 'audit-pending.jsonl'), JSON.stringify(forged) + '\n');
    const r = await verify(dataDir);
    expect(r.code).toBe(5);
    const seq = /registrert i rad seq (\d+)/.exec(r.stderr)?.[1];
    expect(seq).toBeDefined();
    const db = await Database.open(path.join(dataDir, 'inkludmi.db'), { key });
    expect(await db.get("SELECT 1 FROM audit_log WHERE at LIKE '2001-%'")).toBeUndefined();
    expect(
      (await db.get<{ action: string }>('SELECT action FROM audit_log WHERE seq = ?', [Number(seq)]))?.action,
    ).toBe('audit.pending_quarantined');
    await db.close();
    expect(fs.readFileSync(path.join(dataDir, 'audit-quarantine.jsonl'), 'utf8')).toContain('2001-01-01');
  });

  it('lines without a MAC join only as unverified refused logins; anything more they claim is quarantined', async () => {
    const { dataDir, key } = await orgWithHistory('unkeyed');
    const unkeyed = (entry: Record<string, unknown>) =>
      JSON.stringify({ header: '00000000-0000-4000-8000-000000000000', entry, mac: '0'.repeat(64) }) + '\n';
    const now = new Date().toISOString();
    const refused = {
      actorId: null,
      actorRole: null,
      action: 'auth.login',
      targetType: null,
      targetId: null,
      outcome: 'failed',
      reason: 'UNKNOWN_USER',
      at: now,
    };
    fs.appendFileSync(
      path.join(dataDir, 'audit-pending.jsonl'),
      unkeyed(refused) +
        unkeyed({ ...refused, outcome: 'ok' }) +
        unkeyed({ ...refused, actorRole: 'admin' }) +
        unkeyed({ ...refused, at: '2001-01-01T00:00:00.000Z' }) +
        unkeyed({ ...refused, action: 'users.create' }) +
        unkeyed({ ...refused, targetType: 'user', targetId: 'no-such-user' }),
    );
    const r = await verify(dataDir);
    // Five lines claimed more than a locked program can honestly record: quarantined, and verify says so.
    expect(r.code).toBe(5);
    const db = await Database.open(path.join(dataDir, 'inkludmi.db'), { key });
    const joined = await db.all<{ reason: string; actor_role: string | null; outcome: string }>(
      "SELECT reason, actor_role, outcome FROM audit_log WHERE reason LIKE 'UNVERIFIED_%'",
    );
    expect(joined).toEqual([{ reason: 'UNVERIFIED_UNKNOWN_USER', actor_role: null, outcome: 'failed' }]);
    expect(
      (
        await db.get<{ target_id: string }>(
          "SELECT target_id FROM audit_log WHERE action = 'audit.pending_quarantined' ORDER BY seq DESC LIMIT 1",
        )
      )?.target_id,
    ).toBe('5');
    await db.close();
  });

  it('a malformed pending line does not stop logins, and a genuine failed login while locked still joins the chain', async () => {
    const { dataDir } = await orgWithHistory('malformed');
    const t = await coreOver(dataDir);
    try {
      // This app was unlocked and locked again, so it holds this lock period's pending key.
      const first = t.connection();
      await t.ok(first, 'auth.login', { username: 'admin', password: ADMIN_PASSWORD });
      await t.ok(first, 'auth.logout', {});
      // A failed login while locked: a genuine pending line (MACed with that key).
      expect((await t.call(t.connection(), 'auth.login', { username: 'admin', password: 'feil passord her' })).ok).toBe(
        false,
      );
      fs.appendFileSync(path.join(dataDir, 'audit-pending.jsonl'), '{"this is": not json\n');
      const conn = t.connection();
      await t.ok(conn, 'auth.login', { username: 'admin', password: ADMIN_PASSWORD });
      const entries = (await t.ok(conn, 'audit.list', {})).entries;
      expect(entries.some((e) => e.action === 'auth.login' && e.outcome === 'failed')).toBe(true);
      expect(entries.some((e) => e.action === 'audit.pending_quarantined' && e.targetId === '1')).toBe(true);
    } finally {
      await t.close();
    }
  });
});
