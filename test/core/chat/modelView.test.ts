/**
 * "Vis hva modellen ser": the assigned counselor sees each message of a conversation as the model
 * gets it (tekstvasket), with the participant's own text beside it on screen only; a crisis turn
 * has nothing for the model. Access refusals for everyone else are in access.test.ts.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { chatCore, type ChatCore } from './helpers.js';
import { goodModel } from './scripted.js';

let t: ChatCore;

beforeAll(async () => {
  t = await chatCore({ generator: goodModel() });
});

afterAll(async () => {
  await t?.close();
});

it('shows the counselor the scrubbed text of every message, and nothing for a crisis turn', async () => {
  const { conversationId } = await t.ok(t.participantP, 'chat.start', { participantId: t.p });
  await t.ok(t.participantP, 'chat.send', {
    participantId: t.p,
    conversationId,
    text: 'Jeg heter Sunniva Kvalheim, ring meg på 912 34 567.',
  });
  await t.ok(t.participantP, 'chat.send', {
    participantId: t.p,
    conversationId,
    text: 'Jeg har lyst til å skade meg selv.',
  });

  const messages = await t.ok(t.counselorA, 'chat.conversation', { participantId: t.p, conversationId });
  const view = await t.ok(t.counselorA, 'chat.modelView', { participantId: t.p, conversationId });
  expect(view.map((m) => m.id)).toEqual(messages.map((m) => m.id));

  const own = messages.find((m) => m.author === 'participant' && m.body.includes('Sunniva'))!;
  const seen = view.find((m) => m.id === own.id)!.modelText!;
  expect(own.body).toContain('Sunniva Kvalheim');
  expect(seen).toMatch(/\[NAVN_1\]/);
  expect(seen).toMatch(/\[TLF_1\]/);
  expect(seen).not.toMatch(/Sunniva|Kvalheim|912/);

  const crisis = messages.filter((m) => m.crisis);
  expect(crisis.length).toBe(2);
  for (const m of crisis) expect(view.find((v) => v.id === m.id)!.modelText).toBeNull();
});
