/**
 * The counselor assistant: preparing a meeting and drafting a note from bullet points. Scripted
 * model for the content paths; the tiny model (real node-llama-cpp) for the fallback path and to
 * check what reaches the model process.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatCore, recordingLauncher, ScriptedGenerator, textsSentToModel, type ChatCore } from './helpers.js';
import { goodReply } from './scripted.js';

let draftText =
  'Deltakeren og veilederen snakket om CV-en. Deltakeren vil søke på butikkjobber. De avtalte et nytt møte om to uker.';
const generator = new ScriptedGenerator((request) => {
  const props = (request.schema as { properties?: Record<string, unknown> }).properties ?? {};
  if ('questions' in props)
    return JSON.stringify({
      questions: [
        'Hva har gjort at du har fått til så mye denne uka?',
        'Hvordan kjennes det å ha sendt søknadene?',
        'Hva blir det neste steget for deg?',
      ],
    });
  if ('text' in props && !('move' in props)) return JSON.stringify({ text: draftText });
  return goodReply(request);
});

let t: ChatCore;

beforeAll(async () => {
  t = await chatCore({ generator, names: { participantP: 'Sunniva Kvalheim' } });
  await t.ok(t.counselorA, 'notes.add', {
    participantId: t.p,
    kind: 'meeting',
    occurredOn: '2026-11-10',
    body: 'Første møte.',
  });
  await t.ok(t.counselorA, 'stages.set', { participantId: t.p, stage: 'job_search' });
  await t.ok(t.participantP, 'plan.setGoal', { participantId: t.p, goal: 'Få en deltidsjobb i butikk' });
  await t.ok(t.participantP, 'motivation.add', {
    participantId: t.p,
    importance: 5,
    confidence: 3,
    measuredOn: '2026-11-10',
  });
  await t.ok(t.participantP, 'motivation.add', { participantId: t.p, importance: 8, confidence: 6 });
  const { conversationId } = await t.ok(t.participantP, 'chat.start', { participantId: t.p });
  for (const text of [
    'Jeg har lyst til å jobbe i butikk.',
    'Jeg skal sende to søknader i morgen.',
    'Jeg har sendt en søknad allerede!',
  ]) {
    await t.ok(t.participantP, 'chat.send', { participantId: t.p, conversationId, text });
  }
});

afterAll(async () => {
  await t?.close();
});

describe('preparing a meeting', () => {
  it('sums up what happened since the last meeting, the motivation trend, an MI focus and open questions', async () => {
    const prep = await t.ok(t.counselorA, 'assistant.prepareMeeting', { participantId: t.p });
    expect(prep.lastMeetingOn).toBe('2026-11-10');
    expect(prep.since.participantMessages).toBe(3);
    expect(prep.since.changeTalk).toBe(3);
    expect(prep.since.statements).toContain('Jeg skal sende to søknader i morgen.');
    expect(prep.motivationTrend).toBe('viktighet 5 → 8, mestringstro 3 → 6 (stigende)');
    expect(prep.currentGoal).toBe('Få en deltidsjobb i butikk');
    expect(prep.focus.code).toBe('planning');
    expect(prep.generation).toBe('model');
    expect(prep.questions).toHaveLength(3);
    for (const q of prep.questions) expect(q).toMatch(/^(Hva|Hvordan|Hvilke)\b.*\?$/);
    // What the model was told: allowlisted, pseudonymised, and no name of the participant.
    const request = generator.requests.at(-1)!;
    expect(prep.view.prompt).toBe(request.prompt);
    expect(prep.view.context.map((c) => c.key)).toEqual(['processStage', 'currentGoal', 'motivationTrend']);
    expect(`${request.systemPrompt}\n${request.prompt}`).not.toMatch(/Sunniva|Kvalheim|Første møte/);
  });

  it('falls back to open questions for the focus when the model’s questions do not pass', async () => {
    const bad = new ScriptedGenerator(() =>
      JSON.stringify({ questions: ['Er du motivert?', 'Du bør søke flere jobber?', 'Har du sendt CV?'] }),
    );
    const s = await chatCore({ generator: bad });
    try {
      const prep = await s.ok(s.counselorA, 'assistant.prepareMeeting', { participantId: s.p });
      expect(prep).toMatchObject({ lastMeetingOn: null, generation: 'fallback', focus: { code: 'engaging' } });
      expect(prep.questions.every((q) => /^(Hva|Hvordan|Hvilke|Hvem)\b/.test(q))).toBe(true);
    } finally {
      await s.close();
    }
  });
});

describe('a note drafted from bullet points', () => {
  it('turns the bullets into a tidy draft that the counselor saves with notes.add', async () => {
    const bullets = '- snakket om CV-en til Sunniva\n- vil søke butikkjobber\n- nytt møte om to uker';
    const draft = await t.ok(t.counselorA, 'assistant.draftNote', {
      participantId: t.p,
      bullets,
      occurredOn: '2026-12-01',
    });
    expect(draft).toMatchObject({ generation: 'model', kind: 'meeting', occurredOn: '2026-12-01', draft: draftText });
    const request = generator.requests.at(-1)!;
    expect(request.prompt).toContain('snakket om CV-en til [NAVN_1]');
    expect(`${request.systemPrompt}\n${request.prompt}`).not.toMatch(/Sunniva|Kvalheim/);
    const saved = await t.ok(t.counselorA, 'notes.add', {
      participantId: t.p,
      kind: draft.kind,
      occurredOn: draft.occurredOn,
      body: `${draft.draft}\n\nRettet av veileder.`,
    });
    expect(saved.body).toContain('Deltakeren vil søke på butikkjobber.');
  });

  it('does not accept a draft that adds what the bullets do not say, or names the model made up', async () => {
    draftText = 'Deltakeren snakket om CV-en. Deltakeren har en diagnose og bor hos Ola Hansen.';
    const draft = await t.ok(t.counselorA, 'assistant.draftNote', {
      participantId: t.p,
      bullets: '- snakket om CV-en\n- vil søke butikkjobber',
      occurredOn: '2026-12-01',
    });
    expect(draft.generation).toBe('fallback');
    expect(draft.draft).toBe('Møte 1. desember.\n\nSnakket om CV-en. Vil søke butikkjobber.');
  });

  it('works with the real model process, which sees only pseudonymised text', async () => {
    const { launcher, sent } = recordingLauncher();
    const s = await chatCore({ launcher, tinyModel: true, generation: { maxTokens: 40, timeLimitMs: 60_000 } });
    try {
      const draft = await s.ok(s.counselorA, 'assistant.draftNote', {
        participantId: s.p,
        bullets: '- Sunniva har sendt CV til Kiwi\n- ring henne på 912 34 567 fredag',
        occurredOn: '2026-12-01',
      });
      expect(draft.draft.length).toBeGreaterThan(10);
      const seen = textsSentToModel(sent).join('\n');
      expect(sent.some((m) => m.type === 'json')).toBe(true);
      expect(seen).not.toMatch(/Sunniva|Kvalheim|912 34 567|91234567/);
      const prep = await s.ok(s.counselorA, 'assistant.prepareMeeting', { participantId: s.p });
      expect(prep.questions).toHaveLength(3);
    } finally {
      await s.close();
    }
  }, 300_000);
});
