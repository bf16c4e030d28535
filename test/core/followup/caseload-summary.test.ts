/**
 * Issue 20: the caseload reads the latest note and messages from caseload_summary (migration 012,
 * kept by triggers) instead of the two largest tables. The summary must stay what the messages and
 * notes say after every write, delete and erasure, and the caseload's plan must never go back to
 * the message log or the notes (that is what made it slow down as an organisation's data grew).
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Database } from '../../../electron/core/db/connection.js';
import { loadMigrations, migrate } from '../../../electron/core/db/migrate.js';
import { CASELOAD_SORTS, caseloadQuery, type CaseloadFilters } from '../../../electron/core/followup/caseload.js';
import type { TestCore } from '../../helpers/org.js';
import { makeTempDir } from '../../helpers/tempDir.js';
import { followupOrg, localDay, type FollowupOrg } from './helpers.js';

let org: FollowupOrg | undefined;
afterEach(async () => {
  await org?.t.close();
  org = undefined;
});

const db = (t: TestCore) => t.core.services.store.db;
const daysAgoIso = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

/** The summary as the messages and notes themselves give it (what the triggers must keep). */
const RECOMPUTED = `
  SELECT p.id AS participant_id,
    (SELECT max(n.occurred_on) FROM notes n WHERE n.participant_id = p.id AND coalesce(n.attendance, 'attended') = 'attended') AS last_note_on,
    lm.id AS last_msg_id, lm.author AS last_msg_author, lm.created_at AS last_msg_at,
    lh.id AS last_human_id, lh.created_at AS last_human_at
  FROM participants p
  LEFT JOIN chat_messages lm ON lm.id = (SELECT max(m.id) FROM chat_messages m WHERE m.participant_id = p.id)
  LEFT JOIN chat_messages lh ON lh.id = (SELECT max(m.id) FROM chat_messages m WHERE m.participant_id = p.id AND m.author <> 'assistant')
  ORDER BY p.id`;

async function expectSummaryRight(t: TestCore | Database): Promise<void> {
  const conn = t instanceof Database ? t : db(t);
  const stored = await conn.all(
    'SELECT participant_id, last_note_on, last_msg_id, last_msg_author, last_msg_at, last_human_id, last_human_at FROM caseload_summary ORDER BY participant_id',
  );
  expect(stored).toEqual(await conn.all(RECOMPUTED));
}

async function message(o: FollowupOrg, participantId: string, author: string, daysAgo: number): Promise<number> {
  const r = await db(o.t).run(
    "INSERT INTO chat_messages (participant_id, conversation_id, author, author_user_id, body, created_at) VALUES (?, 'c1', ?, NULL, 'Hei', ?)",
    [participantId, author, daysAgoIso(daysAgo)],
  );
  return r.lastId;
}

async function rowOf(o: FollowupOrg, participantId: string) {
  const page = await o.t.ok(o.annaConn, 'caseload.list', { noContactDays: 30 });
  const all = await o.t.ok(o.annaConn, 'caseload.list', {});
  return {
    row: all.rows.find((r) => r.participantId === participantId)!,
    noContact: page.rows.some((r) => r.participantId === participantId),
  };
}

describe('caseload summary (migration 012)', () => {
  it('is filled from the messages and notes already there when a database is upgraded', async () => {
    const temp = await makeTempDir();
    const conn = await Database.open(path.join(temp.dir, 'm.db'), { key: Buffer.alloc(32, 7), create: true });
    try {
      const all = loadMigrations();
      const at = (d: number) => `2026-11-${String(d).padStart(2, '0')}T10:00:00.000Z`;
      await migrate(
        conn,
        all.filter((m) => m.version < 12),
      );
      await conn.run(
        "INSERT INTO users (id, username, display_name, role, created_at) VALUES ('u1', 'anna', 'Anna', 'counselor', ?)",
        [at(1)],
      );
      for (const id of ['p1', 'p2', 'p3'])
        await conn.run(
          "INSERT INTO participants (id, display_name, counselor_id, created_at, updated_at) VALUES (?, ?, 'u1', ?, ?)",
          [id, id, at(1), at(1)],
        );
      const msg = (p: string, author: string, d: number) =>
        conn.run(
          "INSERT INTO chat_messages (participant_id, conversation_id, author, body, created_at) VALUES (?, 'c', ?, 'Hei', ?)",
          [p, author, at(d)],
        );
      const note = (p: string, d: number, attendance: string | null) =>
        conn.run(
          "INSERT INTO notes (participant_id, author_id, kind, occurred_on, attendance, body, created_at) VALUES (?, 'u1', 'meeting', ?, ?, 'Notat', ?)",
          [p, at(d).slice(0, 10), attendance, at(d)],
        );
      await msg('p1', 'participant', 3);
      await msg('p1', 'assistant', 4);
      await msg('p2', 'counselor', 5);
      await note('p1', 2, 'attended');
      await note('p1', 6, 'no_show');
      await note('p2', 7, null);
      await migrate(conn, all);
      await expectSummaryRight(conn);
      expect(await conn.get("SELECT * FROM caseload_summary WHERE participant_id = 'p1'")).toMatchObject({
        last_note_on: '2026-11-02',
        last_msg_author: 'assistant',
        last_human_at: at(3),
      });
    } finally {
      await conn.close();
      await temp.cleanup();
    }
  });

  it('follows messages and notes through writes, edits and deletes, and the caseload shows it', async () => {
    org = await followupOrg();
    const o = org;
    const p = (await o.t.ok(o.annaConn, 'participants.create', { displayName: 'Sara Summarisk' })).id;
    await db(o.t).run('UPDATE participants SET created_at = ? WHERE id = ?', [daysAgoIso(90), p]);
    await expectSummaryRight(o.t);
    expect((await rowOf(o, p)).row.lastContact).toBeNull();

    // Messages: the participant writes last, the assistant answers (not a person: no contact).
    await message(o, p, 'counselor', 40);
    const fromParticipant = await message(o, p, 'participant', 35);
    await message(o, p, 'assistant', 35);
    await expectSummaryRight(o.t);
    let seen = await rowOf(o, p);
    expect(seen.row.flags.awaitingReply).toBe(false); // the assistant's reply is the latest message
    expect(seen.row.lastContact).toMatchObject({ kind: 'message' });
    expect(seen.noContact).toBe(true);

    // A counselor's reply through the API, then notes: an attended one counts, a no-show does not.
    await o.t.ok(o.annaConn, 'chat.append', { participantId: p, body: 'Hei, Sara' });
    await o.t.ok(o.annaConn, 'notes.add', {
      participantId: p,
      kind: 'meeting',
      occurredOn: localDay(-2),
      body: 'Møtte opp.',
    });
    await o.t.ok(o.annaConn, 'notes.add', {
      participantId: p,
      kind: 'meeting',
      occurredOn: localDay(-1),
      attendance: 'no_show',
      body: 'Kom ikke.',
    });
    await expectSummaryRight(o.t);
    seen = await rowOf(o, p);
    expect(seen.noContact).toBe(false);
    expect(seen.row.flags.daysSinceContact).toBe(0); // the counselor's message today

    // Deleting the latest messages (as retention does) falls back to the ones before.
    await db(o.t).run("DELETE FROM chat_messages WHERE participant_id = ? AND author IN ('assistant', 'counselor')", [
      p,
    ]);
    await expectSummaryRight(o.t);
    seen = await rowOf(o, p);
    expect(seen.row.flags.awaitingReply).toBe(true); // now the participant's message is the latest
    expect(seen.row.lastContact).toEqual({ on: localDay(-2), kind: 'note' });

    // Editing a note's attendance or date, and moving a message to another participant.
    await db(o.t).run("UPDATE notes SET attendance = 'cancelled' WHERE participant_id = ? AND attendance IS NULL", [p]);
    await db(o.t).run("UPDATE notes SET attendance = 'attended', occurred_on = ? WHERE participant_id = ?", [
      localDay(-5),
      p,
    ]);
    await db(o.t).run('UPDATE chat_messages SET participant_id = ? WHERE id = ?', [o.petterId, fromParticipant]);
    await expectSummaryRight(o.t);
    seen = await rowOf(o, p);
    expect(seen.row.flags.awaitingReply).toBe(false);
    expect(seen.row.lastContact).toEqual({ on: localDay(-5), kind: 'note' });
  });

  it('is emptied by erasure, and the erased participant leaves no contact dates behind', async () => {
    org = await followupOrg();
    const o = org;
    await message(o, o.petterId, 'participant', 1);
    await o.t.ok(o.annaConn, 'notes.add', {
      participantId: o.petterId,
      kind: 'phone',
      occurredOn: localDay(-1),
      body: 'Ringte.',
    });
    await expectSummaryRight(o.t);
    await o.t.ok(o.admin, 'privacy.erase', { participantId: o.petterId, confirm: true });
    await expectSummaryRight(o.t);
    const left = await db(o.t).get<Record<string, unknown>>('SELECT * FROM caseload_summary WHERE participant_id = ?', [
      o.petterId,
    ]);
    // Either the row went with the participant, or only the id is left.
    if (left) expect(Object.entries(left).filter(([k, v]) => k !== 'participant_id' && v !== null)).toEqual([]);
  });

  it('the caseload statement never reads the message log or the notes, whatever the filters and sort', async () => {
    org = await followupOrg();
    const variants: CaseloadFilters[] = [
      {},
      { awaitingReply: true },
      { noContactDays: 7 },
      { overdue: true, meetingToday: true, isNew: true, hasReminder: true },
      { search: 'pe', stages: ['job_search', 'assessment'] },
      ...CASELOAD_SORTS.map((sort) => ({ sort, limit: 500 })),
    ];
    for (const filters of variants) {
      const q = caseloadQuery(org.annaId, filters, new Date());
      const plan = (await db(org.t).all<{ detail: string }>(`EXPLAIN QUERY PLAN ${q.sql}`, q.params)).map(
        (r) => r.detail,
      );
      const text = plan.join('\n');
      // No full scan of any table: only of the statement's own CTEs and subqueries.
      expect(
        plan.filter((d) => /^SCAN /.test(d) && !/^SCAN (base|flagged|counts|hits|\(subquery-\d+\))/.test(d)),
      ).toEqual([]);
      // The summary is looked up by its key; no index of the message log or the notes is touched.
      expect(text).toMatch(/SEARCH cs USING PRIMARY KEY \(participant_id=\?\)/);
      expect(text).not.toMatch(/chat_messages|notes_|USING INDEX notes|\bm\b|\bn\b/);
      // The counselor's participants come from a covering index: the participants table is not visited.
      expect(text).toContain('SEARCH p USING COVERING INDEX participants_caseload (counselor_id=?)');
    }
  });
});
