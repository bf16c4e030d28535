/**
 * Access by need for the chatbot: the participant uses their own chat, their assigned counselor
 * may too (in a session); another counselor, another participant and an admin never. The
 * counselor assistant and fidelity are for the assigned counselor only. Every refusal is a 403
 * (FORBIDDEN) with an audit entry naming the participant, and writes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputOf, ProcedureName } from '../../../electron/core/api/router.js';
import { chatCore, type ChatCore } from './helpers.js';
import { goodModel } from './scripted.js';

const generator = goodModel();
let t: ChatCore;
let conversationId: string;
let flagId: string;

beforeAll(async () => {
  t = await chatCore({ generator });
  conversationId = (await t.ok(t.participantP, 'chat.start', { participantId: t.p })).conversationId;
  await t.ok(t.participantP, 'chat.send', {
    participantId: t.p,
    conversationId,
    text: 'Jeg vil gjerne jobbe i butikk.',
  });
  await t.ok(t.participantP, 'chat.send', { participantId: t.p, conversationId, text: 'jeg vil ikke leve lenger' });
  flagId = (await t.ok(t.counselorA, 'chat.flags', {}))[0]!.id;
});

afterAll(async () => {
  await t?.close();
});

type Call = { [N in ProcedureName]: [N, InputOf<N>] }[ProcedureName];

function participantChatCalls(participantId: string): Call[] {
  return [
    ['chat.start', { participantId }],
    ['chat.send', { participantId, text: 'Hei, jeg heter Sunniva.', conversationId }],
    ['chat.stop', { participantId, stream: 'someone-else' }],
    ['chat.regenerate', { participantId, conversationId }],
    ['chat.context', { participantId, conversationId }],
    ['chat.acceptStep', { participantId, conversationId, title: 'Noe' }],
    ['chat.conversations', { participantId }],
    ['chat.conversation', { participantId, conversationId }],
    ['chat.messages', { participantId }],
    ['chat.append', { participantId, body: 'Hei' }],
  ];
}

function counselorOnlyCalls(participantId: string): Call[] {
  return [
    ['chat.flags', { participantId }],
    ['chat.flagSeen', { flagId }],
    ['assistant.prepareMeeting', { participantId }],
    ['assistant.draftNote', { participantId, bullets: '- snakket om CV' }],
    ['fidelity.conversation', { participantId, conversationId }],
    ['fidelity.overTime', { participantId }],
    ['chat.modelView', { participantId, conversationId }],
  ];
}

async function expectRefused(conn: string, calls: readonly Call[], actorId: string | null): Promise<void> {
  const before = await t.ok(t.admin, 'audit.list', { limit: 1000 });
  const requests = generator.requests.length;
  for (const [name, input] of calls) {
    const r = await t.call(conn, name, input as never);
    expect(r.ok, name).toBe(false);
    if (!r.ok) expect(r.error.code, name).toBe('FORBIDDEN');
  }
  expect(generator.requests.length).toBe(requests);
  const after = await t.ok(t.admin, 'audit.list', { limit: 1000 });
  const fresh = after.entries.filter((e) => !before.entries.some((b) => b.seq === e.seq));
  for (const [name, input] of calls) {
    const entry = fresh.find(
      (e) => e.action === name && e.outcome === 'denied' && (actorId === null || e.actorId === actorId),
    );
    expect(entry, `${name} audited`).toBeDefined();
    const target =
      'participantId' in input
        ? { targetType: 'participant', targetId: input.participantId }
        : { targetType: 'crisis_flag', targetId: flagId };
    expect(entry).toMatchObject(target);
  }
}

describe('access to the chatbot', () => {
  it('lets the participant and their own counselor use the participant chat', async () => {
    expect((await t.ok(t.participantP, 'chat.context', { participantId: t.p, conversationId })).view).not.toBeNull();
    expect(await t.ok(t.counselorA, 'chat.conversations', { participantId: t.p })).toHaveLength(1);
    const inSession = await t.ok(t.counselorA, 'chat.send', {
      participantId: t.p,
      conversationId,
      text: 'Det går bedre nå.',
    });
    expect(inSession.participantMessage?.author).toBe('participant');
  });

  it('refuses another counselor every chat, assistant and fidelity procedure on someone else’s participant, with an audit entry', async () => {
    const messages = await t.ok(t.participantP, 'chat.conversation', { participantId: t.p, conversationId });
    await expectRefused(t.counselorB, [...participantChatCalls(t.p), ...counselorOnlyCalls(t.p)], t.userB.id);
    expect(await t.ok(t.participantP, 'chat.conversation', { participantId: t.p, conversationId })).toEqual(messages);
    expect(await t.ok(t.counselorA, 'chat.conversations', { participantId: t.p })).toHaveLength(1);
  });

  it('refuses an admin the chat and the assistant, even for reading', async () => {
    await expectRefused(t.admin, [...participantChatCalls(t.p), ...counselorOnlyCalls(t.p)], null);
  });

  it('refuses another participant, and keeps the counselor tools from the participant themself', async () => {
    await expectRefused(t.participantQ, participantChatCalls(t.p), null);
    await expectRefused(t.participantP, counselorOnlyCalls(t.p), null);
  });
});

describe('crisis flags across the caseload', () => {
  it('leave out a restricted participant (art. 18) and keep the others; one by one, it is refused', async () => {
    const r = (await t.ok(t.counselorA, 'participants.create', { displayName: 'Rut Robertsen' })).id;
    const db = t.core.services.store.db;
    const message = await db.run(
      "INSERT INTO chat_messages (participant_id, conversation_id, author, body, created_at) VALUES (?, 'c-r', 'participant', 'Hei', ?)",
      [r, new Date().toISOString()],
    );
    await db.run(
      `INSERT INTO chat_crisis_flags (id, participant_id, conversation_id, message_id, level, categories, rule_ids, raised_at, crisis_message_shown)
       VALUES ('flag-r', ?, 'c-r', ?, 'concern', '["self_harm"]', '[]', ?, 1)`,
      [r, message.lastId, new Date().toISOString()],
    );
    const everyone = new Set((await t.ok(t.counselorA, 'chat.flags', {})).map((f) => f.participantId));
    expect(everyone).toEqual(new Set([t.p, r]));

    await t.ok(t.admin, 'privacy.restrict', { participantId: t.p, note: 'Riktigheten bestrides.' });
    try {
      expect((await t.ok(t.counselorA, 'chat.flags', {})).map((f) => f.participantId)).toEqual([r]);
      expect(await t.call(t.counselorA, 'chat.flags', { participantId: t.p })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN', reason: 'PROCESSING_RESTRICTED' },
      });
      // Another counselor still gets nothing of A's caseload.
      expect((await t.ok(t.counselorB, 'chat.flags', {})).map((f) => f.participantId)).not.toContain(r);
    } finally {
      await t.ok(t.admin, 'privacy.liftRestriction', { participantId: t.p });
    }
    expect(new Set((await t.ok(t.counselorA, 'chat.flags', {})).map((f) => f.participantId))).toEqual(everyone);
  });
});
