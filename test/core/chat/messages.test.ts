/**
 * Issue 20: "participant + last 50 messages" reads the newest messages still shown from one range of
 * migration 014's covering index. If the plan goes back to fetching every row from the table (a
 * page to decrypt per message as the log grows), this fails, as does a wrong or stale answer.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { latestMessagesQuery } from '../../../electron/core/chat/messages.js';
import { followupOrg, type FollowupOrg } from '../followup/helpers.js';

let org: FollowupOrg | undefined;
afterEach(async () => {
  await org?.t.close();
  org = undefined;
});

const db = (o: FollowupOrg) => o.t.core.services.store.db;

async function message(o: FollowupOrg, participantId: string, author: string, body: string): Promise<number> {
  const r = await db(o).run(
    "INSERT INTO chat_messages (participant_id, conversation_id, author, body, created_at) VALUES (?, 'c1', ?, ?, ?)",
    [participantId, author, body, new Date().toISOString()],
  );
  return r.lastId;
}

describe('a participant’s latest messages', () => {
  it('come newest last, without replaced answers or anyone else’s messages, a page at a time', async () => {
    org = await followupOrg();
    const o = org;
    const ids: number[] = [];
    for (let i = 0; i < 8; i++) {
      ids.push(await message(o, o.petterId, i % 2 ? 'assistant' : 'participant', `Petter ${i}`));
      await message(o, o.kajaId, 'participant', `Kaja ${i}`);
    }
    // The participant asked for a new answer to message 3: the old one is kept but no longer shown.
    await db(o).run('UPDATE chat_messages SET replaced_at = ? WHERE id = ?', [new Date().toISOString(), ids[3]!]);

    const latest = await o.t.ok(o.annaConn, 'chat.messages', { participantId: o.petterId, limit: 4 });
    expect(latest.map((m) => m.body)).toEqual(['Petter 4', 'Petter 5', 'Petter 6', 'Petter 7']);
    const before = await o.t.ok(o.annaConn, 'chat.messages', {
      participantId: o.petterId,
      limit: 4,
      beforeId: latest[0]!.id,
    });
    expect(before.map((m) => m.body)).toEqual(['Petter 0', 'Petter 1', 'Petter 2']);
    expect(before[2]).toMatchObject({ author: 'participant', conversationId: 'c1', participantId: o.petterId });

    // Shown again when the replacement is undone (the index follows the row).
    await db(o).run('UPDATE chat_messages SET replaced_at = NULL WHERE id = ?', [ids[3]!]);
    const again = await o.t.ok(o.annaConn, 'chat.messages', { participantId: o.petterId, limit: 5 });
    expect(again.map((m) => m.body)).toEqual(['Petter 3', 'Petter 4', 'Petter 5', 'Petter 6', 'Petter 7']);
  });

  it('are read from the covering index alone, never row by row from the message table', async () => {
    org = await followupOrg();
    for (const beforeId of [undefined, 1000]) {
      const q = latestMessagesQuery(org.petterId, 50, beforeId);
      const plan = (await db(org).all<{ detail: string }>(`EXPLAIN QUERY PLAN ${q.sql}`, q.params)).map(
        (r) => r.detail,
      );
      // One search of the index, in its own order: no scan, no sort, no lookup in the table.
      expect(plan).toEqual([
        `SEARCH chat_messages USING COVERING INDEX chat_messages_shown_by_participant (participant_id=? AND replaced_at=?${beforeId ? ' AND id<?' : ''})`,
      ]);
    }
  });
});
