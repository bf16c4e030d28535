/**
 * The conversation orchestrator through the API, with real SQLCipher underneath and a scripted
 * stand-in for the model (so each path can be steered). The same pipeline runs against the real
 * node-llama-cpp with the tiny model in privacy.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTEXT_ALLOWLIST, emptyFacts } from '../../../electron/core/chat/orchestrator/context.js';
import { defaultPhraseLibrary } from '../../../electron/core/chat/mi/phrases.js';
import { ChatOrchestrator } from '../../../electron/core/chat/orchestrator/orchestrator.js';
import { classifyTalk } from '../../../electron/core/chat/talk/index.js';
import type { KnownIdentity } from '../../../electron/core/scrub/types.js';
import {
  KNOWLEDGE_NO_ANSWER_TEXT,
  KNOWLEDGE_WEAK_CAVEAT_TEXT,
  KNOWLEDGE_WEAK_REFERRAL_TEXT,
} from '../../../electron/core/knowledge/messages.js';
import { ModelError } from '../../../electron/core/llm/errors.js';
import { chatCore, requestedMove, ScriptedGenerator, shownText, type ChatCore } from './helpers.js';
import { goodReply, GOOD_TEXT } from './scripted.js';

let mode: 'good' | 'bad-once' | 'bad-always' | 'slow' | 'down' = 'good';
const generator = new ScriptedGenerator((request, index) => {
  if (mode === 'down') return new ModelError('MODEL_NOT_CONFIGURED');
  if (mode === 'bad-always' || (mode === 'bad-once' && !request.prompt.includes('Forrige forslag ble ikke godkjent'))) {
    // A reflection that asks, and a question that is closed: fails the checks.
    return JSON.stringify({
      move: requestedMove(request),
      text: `Er du sikker på at du vil det nå, eller ${index}?`,
      sources: [],
    });
  }
  return goodReply(request);
});

let t: ChatCore;

beforeAll(async () => {
  t = await chatCore({ generator });
  await t.ok(t.counselorA, 'plan.setGoal', { participantId: t.p, goal: 'Få en deltidsjobb i butikk' });
  await t.ok(t.counselorA, 'stages.set', { participantId: t.p, stage: 'job_search' });
});

afterAll(async () => {
  await t?.close();
});

describe('one participant turn', () => {
  it('starts with an opening question from the phrase library, without the model', async () => {
    const before = generator.requests.length;
    const started = await t.ok(t.participantP, 'chat.start', { participantId: t.p });
    expect(started.message.author).toBe('assistant');
    expect(started.message.move).toBe('open_question');
    expect(started.message.body).toMatch(/\?$|^(?:Fortell|Beskriv|Si)\b/);
    expect(generator.requests.length).toBe(before);
  });

  it('opens her first conversation as a first meeting, and a later one may ask about the time since', async () => {
    const openers = defaultPhraseLibrary().templates.open_question.filter((o) => o.opens);
    const textsFor = (opening: 'first' | 'later') =>
      openers.filter((o) => o.opens === 'any' || o.opens === opening).map((o) => o.text);
    expect(textsFor('first').some((text) => /siden sist/.test(text))).toBe(false);
    expect(textsFor('later').some((text) => /siden sist/.test(text))).toBe(true);
    // Kari has never talked with the assistant: every first opener the library could give is a first-meeting one.
    const [count] = await t.core.services.store.db.all<{ n: number }>(
      'SELECT count(*) AS n FROM chat_conversations WHERE participant_id = ?',
      [t.q],
    );
    expect(count?.n).toBe(0);
    const first = await t.ok(t.participantQ, 'chat.start', { participantId: t.q });
    expect(textsFor('first')).toContain(first.message.body);
    expect(first.message.body).not.toMatch(/siden sist/);
    const later = await t.ok(t.participantQ, 'chat.start', { participantId: t.q });
    expect(textsFor('later')).toContain(later.message.body);
  });

  it('streams the reply, stores it with its talk class and move, and returns the stored turn', async () => {
    mode = 'good';
    const { conversationId } = await t.ok(t.participantP, 'chat.start', { participantId: t.p });
    const result = await t.ok(t.participantP, 'chat.send', {
      participantId: t.p,
      conversationId,
      text: 'Jeg vil egentlig gjerne jobbe i butikk.',
      stream: 's1',
    });
    expect(result.participantMessage?.talk).toBe('change');
    expect(result.assistantMessage?.move).toBeTruthy();
    expect(result.assistantMessage?.generation).toBe('model');
    const request = generator.requests.at(-1)!;
    expect(requestedMove(request)).toBe(result.assistantMessage?.move);
    const events = t.eventsOf(t.participantP, 's1');
    expect(events.filter((e) => e.kind === 'token').length).toBeGreaterThan(1);
    expect(events.at(-1)).toEqual({ kind: 'end', stream: 's1' });
    expect(shownText(events)).toBe(result.assistantMessage?.body);
    const stored = await t.ok(t.participantP, 'chat.conversation', { participantId: t.p, conversationId });
    expect(stored.map((m) => m.author)).toEqual(['assistant', 'participant', 'assistant']);
    expect(stored[1]).toMatchObject({ body: 'Jeg vil egentlig gjerne jobbe i butikk.', talk: 'change' });
    // The turn's two messages are stored together: the ids returned are those of the stored rows.
    expect(stored[1]?.id).toBe(result.participantMessage?.id);
    expect(stored[2]).toMatchObject({ id: result.assistantMessage?.id, body: result.assistantMessage?.body });
    // The existing message list still works, and shows the same turn.
    const listed = await t.ok(t.participantP, 'chat.messages', { participantId: t.p });
    expect(listed.map((m) => m.body)).toContain('Jeg vil egentlig gjerne jobbe i butikk.');
  });

  it("reads a short answer against the assistant's question just before it", async () => {
    mode = 'good';
    const { conversationId } = await t.ok(t.participantP, 'chat.start', { participantId: t.p });
    // Talk on until the assistant offers to put the step in the plan ("Vil du at jeg legger det inn …?").
    const lines = ['Jeg har tenkt på å søke jobb.', 'Jeg skal ringe to butikker i morgen.', 'Ok.', 'Greit.', 'Ok.'];
    let asked = '';
    let next = lines.shift();
    while (next !== undefined && asked !== GOOD_TEXT['plan_next_step:offer_plan']) {
      const r = await t.ok(t.participantP, 'chat.send', { participantId: t.p, conversationId, text: next });
      asked = r.assistantMessage?.body ?? '';
      next = r.assistantMessage?.moveVariant === 'ask_step' ? 'Jeg skal ringe to butikker i morgen.' : lines.shift();
    }
    expect(asked).toBe(GOOD_TEXT['plan_next_step:offer_plan']);
    // "ja, gjerne" alone says nothing; as the answer to that offer it is change talk.
    expect(classifyTalk('ja, gjerne').talk).toBe('neutral');
    const answer = await t.ok(t.participantP, 'chat.send', { participantId: t.p, conversationId, text: 'ja, gjerne' });
    expect(answer.participantMessage?.talk).toBe('change');
  });

  it('regenerates once when a reply fails its checks, with a hint of what failed', async () => {
    mode = 'bad-once';
    const before = generator.requests.length;
    const result = await t.ok(t.participantP, 'chat.send', {
      participantId: t.p,
      text: 'Det har vært tungt å komme seg opp om morgenen.',
      stream: 's2',
    });
    expect(result.assistantMessage?.generation).toBe('regenerated');
    expect(generator.requests.length - before).toBe(2);
    expect(generator.requests.at(-1)!.prompt).toContain('Forrige forslag ble ikke godkjent');
    const events = t.eventsOf(t.participantP, 's2');
    expect(events.some((e) => e.kind === 'discard')).toBe(true);
    expect(shownText(events)).toBe(result.assistantMessage?.body);
  });

  it('falls back to the MI phrase library when the second try fails too', async () => {
    mode = 'bad-always';
    const before = generator.requests.length;
    const result = await t.ok(t.participantP, 'chat.send', {
      participantId: t.p,
      text: 'Jeg orker liksom ikke å søke på noe.',
      stream: 's3',
    });
    expect(generator.requests.length - before).toBe(2);
    expect(result.assistantMessage?.generation).toBe('fallback');
    expect(result.assistantMessage?.body).not.toMatch(/Er du sikker/);
    expect(shownText(t.eventsOf(t.participantP, 's3'))).toBe(result.assistantMessage?.body);
  });

  it('MI-kvalitet counts a turn whose replies failed as the phrase that was sent, never the failed attempts', async () => {
    mode = 'good';
    const { conversationId } = await t.ok(t.participantP, 'chat.start', { participantId: t.p });
    const fidelity = () => t.ok(t.counselorA, 'fidelity.conversation', { participantId: t.p, conversationId });
    const before = (await fidelity()).metrics.counts.assistantMoves;
    mode = 'bad-always';
    const result = await t.ok(t.participantP, 'chat.send', {
      participantId: t.p,
      conversationId,
      text: 'Jeg vet ikke helt hvor jeg skal begynne.',
    });
    mode = 'good';
    expect(result.assistantMessage?.generation).toBe('fallback');
    // Two failed model replies and one phrase sent: one move, the phrase's, stored on the message shown.
    expect((await fidelity()).metrics.counts.assistantMoves).toBe(before + 1);
    const stored = await t.ok(t.participantP, 'chat.conversation', { participantId: t.p, conversationId });
    const last = stored.at(-1)!;
    expect(last).toMatchObject({ author: 'assistant', body: result.assistantMessage?.body });
    expect(last.body).not.toMatch(/Er du sikker/);
    expect(last.move).toBe(result.assistantMessage?.move);
  });

  it('answers from the phrase library at once when no model is installed', async () => {
    mode = 'down';
    const before = generator.requests.length;
    const result = await t.ok(t.participantP, 'chat.send', {
      participantId: t.p,
      text: 'Jeg vet ikke helt hva jeg vil.',
    });
    expect(generator.requests.length - before).toBe(1);
    expect(result.assistantMessage?.generation).toBe('fallback');
    mode = 'good';
  });
});

describe('fail closed', () => {
  it('sends nothing and stores nothing when tekstvask fails', async () => {
    const principal = await t.core.services.auth.resolve(t.participantP, false);
    const spy = new ScriptedGenerator(() =>
      JSON.stringify({ move: 'open_question', text: 'Hva tenker du?', sources: [] }),
    );
    const broken = new ChatOrchestrator({
      store: t.core.services.store,
      generator: spy,
      context: { participantFacts: async () => emptyFacts() },
      // A record the scrubber cannot read: it throws inside tekstvask.
      identities: {
        knownIdentities: async (): Promise<KnownIdentity[]> => [
          {
            kind: 'participant',
            get fullName(): string {
              throw new Error('unreadable record');
            },
          },
        ],
      },
      knowledge: null,
    });
    const before = await t.ok(t.participantP, 'chat.conversations', { participantId: t.p });
    await expect(
      broken.send(principal!, t.p, { text: 'Hei, jeg heter Sunniva og mobilen min er 912 34 567.' }),
    ).rejects.toMatchObject({ code: 'UNAVAILABLE', message: expect.stringContaining('ble ikke sendt') });
    expect(spy.requests).toHaveLength(0);
    expect(await t.ok(t.participantP, 'chat.conversations', { participantId: t.p })).toEqual(before);
  });
});

describe('knowledge', () => {
  it('answers a question with a cited knowledge passage', async () => {
    mode = 'good';
    const result = await t.ok(t.participantP, 'chat.send', {
      participantId: t.p,
      text: 'Hva er arbeidsforberedende trening?',
    });
    expect(result.participantMessage?.talk).toBe('question');
    expect(result.assistantMessage?.move).toBe('provide_information');
    expect(result.assistantMessage?.sources.length).toBeGreaterThan(0);
    expect(result.assistantMessage?.sources[0]).toMatchObject({
      title: expect.stringMatching(/AFT|Arbeidsforberedende/),
    });
    expect(result.assistantMessage?.sources[0]?.source).toMatch(/^https:\/\//);
    const context = await t.ok(t.participantP, 'chat.context', {
      participantId: t.p,
      conversationId: result.conversationId,
    });
    expect(context.view?.passages.map((p) => p.id)).toContain(result.assistantMessage?.sources[0]?.id);
  });

  it('reads a follow-up question together with the question before it', async () => {
    mode = 'good';
    const first = await t.ok(t.participantP, 'chat.send', {
      participantId: t.p,
      text: 'Hva er arbeidsforberedende trening?',
    });
    const followUp = await t.ok(t.participantP, 'chat.send', {
      participantId: t.p,
      conversationId: first.conversationId,
      text: 'Hvor lenge varer det?',
    });
    expect(followUp.assistantMessage?.move).toBe('provide_information');
    expect(followUp.assistantMessage?.sources[0]?.id).toMatch(/^arbeidsforberedende-trening#/);
  });

  it('gives a weak hit with a plain caveat before it and the counselor suggestion after it, also when regenerated', async () => {
    mode = 'good';
    const confident = await t.ok(t.participantP, 'chat.send', {
      participantId: t.p,
      text: 'Hva er arbeidsforberedende trening?',
    });
    expect(confident.assistantMessage?.body).not.toContain(KNOWLEDGE_WEAK_CAVEAT_TEXT);
    expect(confident.assistantMessage?.sources.some((s) => s.weak)).toBe(false);

    // The meldekort page lists "Kor ofte skal eg sende meldekort?": "levere" is not its word.
    const weak = await t.ok(t.participantP, 'chat.send', {
      participantId: t.p,
      text: 'Hvor ofte skal jeg levere meldekortet?',
      stream: 'w1',
    });
    expect(weak.assistantMessage?.move).toBe('provide_information');
    const body = weak.assistantMessage?.body ?? '';
    expect(body.startsWith(KNOWLEDGE_WEAK_CAVEAT_TEXT)).toBe(true);
    expect(body).toContain(GOOD_TEXT.provide_information);
    expect(body.endsWith(KNOWLEDGE_WEAK_REFERRAL_TEXT)).toBe(true);
    expect(shownText(t.eventsOf(t.participantP, 'w1'))).toBe(body);
    expect(weak.assistantMessage?.sources[0]).toMatchObject({ weak: true });
    expect(weak.assistantMessage?.sources[0]?.id).toMatch(/^meldekort#/);

    const again = await t.ok(t.participantP, 'chat.regenerate', {
      participantId: t.p,
      conversationId: weak.conversationId,
      stream: 'w2',
    });
    expect(again.assistantMessage?.body.startsWith(KNOWLEDGE_WEAK_CAVEAT_TEXT)).toBe(true);
    expect(again.assistantMessage?.body.endsWith(KNOWLEDGE_WEAK_REFERRAL_TEXT)).toBe(true);
    expect(again.assistantMessage?.sources[0]).toMatchObject({ weak: true });
  });

  it('gives the caveat in nynorsk to a question in nynorsk', async () => {
    mode = 'good';
    const weak = await t.ok(t.participantP, 'chat.send', {
      participantId: t.p,
      text: 'Kor ofte skal eg levere meldekortet mitt, eg veit ikkje?',
    });
    const body = weak.assistantMessage?.body ?? '';
    expect(body).toMatch(/^Eg er ikkje sikker på at dette svarar på spørsmålet ditt/);
    expect(body).toMatch(/Spør gjerne rettleiaren din om dette gjeld deg/);
    expect(body).not.toContain(KNOWLEDGE_WEAK_CAVEAT_TEXT);
  });

  it('says plainly that it does not know, and suggests the counselor, without asking the model', async () => {
    const before = generator.requests.length;
    const result = await t.ok(t.participantP, 'chat.send', {
      participantId: t.p,
      text: 'Hva koster en pizza på Grünerløkka?',
    });
    expect(result.assistantMessage?.body).toBe(KNOWLEDGE_NO_ANSWER_TEXT);
    expect(result.assistantMessage?.generation).toBe('fixed');
    expect(generator.requests.length).toBe(before);
  });
});

describe('Hva assistenten vet', () => {
  it('returns exactly what the model was given for the last turn, with allowlisted context only', async () => {
    mode = 'good';
    const result = await t.ok(t.participantP, 'chat.send', {
      participantId: t.p,
      text: 'Jeg har lyst til å tjene egne penger.',
    });
    const request = generator.requests.at(-1)!;
    const { view, placeholders } = await t.ok(t.participantP, 'chat.context', {
      participantId: t.p,
      conversationId: result.conversationId,
    });
    expect(view?.sentToModel).toBe(true);
    expect(view?.systemPrompt).toBe(request.systemPrompt);
    expect(view?.prompt).toBe(request.prompt);
    expect(view?.context.map((c) => c.key)).toEqual(['processStage', 'currentGoal']);
    for (const entry of view?.context ?? []) expect(CONTEXT_ALLOWLIST.participant_chat).toContain(entry.key);
    expect(view?.context.find((c) => c.key === 'currentGoal')?.value).toBe('Få en deltidsjobb i butikk');
    expect(view?.participantText).toBe('Jeg har lyst til å tjene egne penger.');
    expect(placeholders).toEqual([]);
    // The counselor sees the same; another counselor does not.
    expect(
      (await t.ok(t.counselorA, 'chat.context', { participantId: t.p, conversationId: result.conversationId })).view,
    ).toEqual(view);
    expect((await t.call(t.counselorB, 'chat.context', { participantId: t.p })).ok).toBe(false);
  });
});

describe('regenerate and stop', () => {
  it('replaces the last answer with a new one; the old one is no longer shown', async () => {
    mode = 'good';
    const sent = await t.ok(t.participantP, 'chat.send', { participantId: t.p, text: 'Det går sånn passe.' });
    const again = await t.ok(t.participantP, 'chat.regenerate', {
      participantId: t.p,
      conversationId: sent.conversationId,
      stream: 'r1',
    });
    expect(again.assistantMessage?.id).not.toBe(sent.assistantMessage?.id);
    expect(again.assistantMessage?.move).toBe(sent.assistantMessage?.move);
    const messages = await t.ok(t.participantP, 'chat.conversation', {
      participantId: t.p,
      conversationId: sent.conversationId,
    });
    expect(messages.map((m) => m.id)).not.toContain(sent.assistantMessage?.id);
    expect(messages.at(-1)?.id).toBe(again.assistantMessage?.id);
    expect(shownText(t.eventsOf(t.participantP, 'r1'))).toBe(again.assistantMessage?.body);
  });

  it('stops an answer being written and keeps what was shown', async () => {
    // Writes part of a reply, then waits for the stop (as a long answer does).
    let halfway: () => void = () => undefined;
    const reached = new Promise<void>((resolve) => (halfway = resolve));
    const slow = new ScriptedGenerator(() => '');
    slow.generateJson = async (request) => {
      const text = JSON.stringify({
        move: requestedMove(request),
        text: 'Det høres ut som du har mye å tenke på akkurat nå, og at det er litt mye på en gang',
        sources: [],
      });
      request.onChunk?.(text.slice(0, 90));
      halfway();
      await new Promise<void>((resolve) => request.signal.addEventListener('abort', () => resolve(), { once: true }));
      throw new ModelError('MODEL_STOPPED');
    };
    const s = await chatCore({ generator: slow });
    try {
      const pending = s.ok(s.participantP, 'chat.send', {
        participantId: s.p,
        text: 'Jeg vet ikke helt, det er mye nå.',
        stream: 'stop-me',
      });
      await reached;
      // Another participant cannot stop it.
      expect(await s.ok(s.participantQ, 'chat.stop', { participantId: s.q, stream: 'stop-me' })).toEqual({
        stopped: false,
      });
      expect(await s.ok(s.participantP, 'chat.stop', { participantId: s.p, stream: 'stop-me' })).toEqual({
        stopped: true,
      });
      const result = await pending;
      expect(result.stopped).toBe(true);
      expect(result.assistantMessage?.generation).toBe('stopped');
      const shown = shownText(s.eventsOf(s.participantP, 'stop-me'));
      expect(result.assistantMessage?.body).toBe(shown);
      expect(shown.length).toBeGreaterThan(0);
      expect('Det høres ut som du har mye å tenke på akkurat nå, og at det er litt mye på en gang').toContain(shown);
    } finally {
      await s.close();
    }
  });
});

describe('crisis', () => {
  it('answers with the fixed crisis message, raises a flag for the counselor and does not call the model', async () => {
    const before = generator.requests.length;
    const result = await t.ok(t.participantP, 'chat.send', {
      participantId: t.p,
      text: 'jeg orker ikke mer, jeg vil ikke leve lenger',
      stream: 'c1',
    });
    expect(generator.requests.length).toBe(before);
    expect(result.crisis?.level).toBe('acute');
    expect(result.assistantMessage?.generation).toBe('crisis');
    for (const number of ['113', '116 117', '116 123', '22 40 00 40'])
      expect(result.assistantMessage?.body).toContain(number);
    expect(shownText(t.eventsOf(t.participantP, 'c1'))).toBe(result.assistantMessage?.body);
    const context = await t.ok(t.participantP, 'chat.context', {
      participantId: t.p,
      conversationId: result.conversationId,
    });
    expect(context.view).toMatchObject({ sentToModel: false, notSentReason: 'crisis', prompt: null });

    const flags = await t.ok(t.counselorA, 'chat.flags', {});
    const flag = flags.find((f) => f.turnId === String(result.participantMessage?.id));
    expect(flag).toMatchObject({
      participantId: t.p,
      level: 'acute',
      categories: ['suicide'],
      crisisMessageShown: true,
      seenAt: null,
    });
    expect(JSON.stringify(flag)).not.toContain('leve lenger');
    expect(flag?.label).toMatch(/^Akutt: selvmordsfare/);
    // Only the assigned counselor sees it.
    expect(await t.ok(t.counselorB, 'chat.flags', {})).toEqual([]);
    expect((await t.call(t.counselorB, 'chat.flags', { participantId: t.p })).ok).toBe(false);
    expect((await t.call(t.participantP, 'chat.flags', {})).ok).toBe(false);
    const seen = await t.ok(t.counselorA, 'chat.flagSeen', { flagId: flag!.id });
    expect(seen.seenBy).toBe(t.userA.id);
    expect(await t.ok(t.counselorA, 'chat.flags', { unseenOnly: true })).toEqual([]);
  });

  it('asks directly on an uncertain signal (check-in): no MI reply from the model, help lines, the counselor told as a concern', async () => {
    mode = 'good';
    const before = generator.requests.length;
    const result = await t.ok(t.participantP, 'chat.send', {
      participantId: t.p,
      text: 'Jeg klarer ikke mer av dette.',
      stream: 'ci1',
    });
    expect(generator.requests.length).toBe(before);
    expect(result.crisis?.level).toBe('check_in');
    expect(result.assistantMessage?.generation).toBe('crisis');
    expect(result.assistantMessage?.body).toMatch(/Tenker du på å ta livet ditt/);
    for (const number of ['113', '116 123', '22 40 00 40']) expect(result.assistantMessage?.body).toContain(number);
    expect(shownText(t.eventsOf(t.participantP, 'ci1'))).toBe(result.assistantMessage?.body);
    const flags = await t.ok(t.counselorA, 'chat.flags', {});
    expect(flags.find((f) => f.turnId === String(result.participantMessage?.id))).toMatchObject({
      level: 'concern',
      categories: ['suicide'],
    });

    // The answer is read as an answer: a yes is acute.
    const answer = await t.ok(t.participantP, 'chat.send', {
      participantId: t.p,
      conversationId: result.conversationId,
      text: 'ja',
    });
    expect(generator.requests.length).toBe(before);
    expect(answer.crisis?.level).toBe('acute');
    const after = await t.ok(t.counselorA, 'chat.flags', {});
    const flag = after.find((f) => f.turnId === String(answer.participantMessage?.id));
    expect(flag).toMatchObject({ level: 'acute', categories: ['suicide'] });
    expect(flag?.ruleIds).toContain('conversation.check_in_yes');
  });

  /** A message that gets the check-in question, then the participant's answer to it. */
  async function answerCheckIn(text: string) {
    mode = 'good';
    const asked = await t.ok(t.participantP, 'chat.send', {
      participantId: t.p,
      text: 'Jeg klarer ikke mer av dette.',
    });
    expect(asked.crisis?.level).toBe('check_in');
    const before = generator.requests.length;
    const answer = await t.ok(t.participantP, 'chat.send', {
      participantId: t.p,
      conversationId: asked.conversationId,
      text,
    });
    return { answer, before };
  }

  it('goes on with the conversation when the check-in is answered no', async () => {
    const { answer, before } = await answerCheckIn('nei, jeg er bare lei av skolen');
    expect(answer.crisis).toBeNull();
    expect(generator.requests.length).toBe(before + 1);
  });

  it('keeps a hedged no to the check-in a concern: help lines again, the counselor told, no MI reply', async () => {
    const { answer, before } = await answerCheckIn('nei, kanskje ikke');
    expect(generator.requests.length).toBe(before);
    expect(answer.crisis?.level).toBe('concern');
    expect(answer.assistantMessage?.generation).toBe('crisis');
    for (const number of ['113', '116 123']) expect(answer.assistantMessage?.body).toContain(number);
    const flags = await t.ok(t.counselorA, 'chat.flags', {});
    const flag = flags.find((f) => f.turnId === String(answer.participantMessage?.id));
    expect(flag).toMatchObject({ level: 'concern', categories: ['suicide'] });
    expect(flag?.ruleIds).toContain('conversation.check_in_unsure');
  });

  it('leaves crisis turns out of what later turns tell the model', async () => {
    mode = 'good';
    const crisis = await t.ok(t.participantP, 'chat.send', {
      participantId: t.p,
      text: 'Jeg har lyst til å skade meg selv.',
    });
    await t.ok(t.participantP, 'chat.send', {
      participantId: t.p,
      conversationId: crisis.conversationId,
      text: 'Jeg har snakket med mamma nå.',
    });
    const request = generator.requests.at(-1)!;
    expect(request.prompt).not.toContain('skade meg');
    expect(request.prompt).not.toContain('Takk for at du forteller meg dette');
  });
});

describe('a step into the activity plan', () => {
  it('offers to add the step the participant commits to, and adds it when they accept', async () => {
    mode = 'good';
    const { conversationId } = await t.ok(t.participantP, 'chat.start', { participantId: t.p });
    // The participant commits to a step; when asked what the first step is, they say it again.
    const lines = [
      'Jeg har tenkt mye på å søke jobb.',
      'Jeg skal sende to søknader i morgen.',
      'Det føles bra.',
      'Ja.',
      'Greit.',
      'Ok.',
      'Ja.',
    ];
    let offer: { title: string } | null = null;
    let next = lines.shift();
    while (next !== undefined && !offer) {
      const r = await t.ok(t.participantP, 'chat.send', { participantId: t.p, conversationId, text: next });
      if (r.stepOffer) {
        offer = r.stepOffer;
        expect(r.assistantMessage).toMatchObject({
          move: 'plan_next_step',
          moveVariant: 'offer_plan',
          body: GOOD_TEXT['plan_next_step:offer_plan'],
        });
      }
      next = r.assistantMessage?.moveVariant === 'ask_step' ? 'Jeg skal sende to søknader i morgen.' : lines.shift();
    }
    expect(offer).toEqual({ title: 'Sende to søknader i morgen' });
    const { step } = await t.ok(t.participantP, 'chat.acceptStep', { participantId: t.p, conversationId });
    expect(step.title).toBe('Sende to søknader i morgen');
    const plan = await t.ok(t.participantP, 'plan.get', { participantId: t.p });
    expect(plan.steps.find((s) => s.id === step.id)).toMatchObject({ proposedBy: 'participant', status: 'planned' });
    expect((await t.call(t.participantP, 'chat.acceptStep', { participantId: t.p, conversationId })).ok).toBe(false);
  });
});

describe('MI fidelity from the stored labels', () => {
  it('gives the counselor MITI figures per conversation and over time', async () => {
    const conversations = await t.ok(t.counselorA, 'chat.conversations', { participantId: t.p });
    expect(conversations.length).toBeGreaterThan(2);
    const one = await t.ok(t.counselorA, 'fidelity.conversation', {
      participantId: t.p,
      conversationId: conversations[0]!.id,
    });
    expect(one.metrics.counts.assistantMoves).toBeGreaterThan(0);
    expect(one.thresholds.good.reflectionToQuestion).toBe(2);
    const over = await t.ok(t.counselorA, 'fidelity.overTime', { period: 'day' });
    expect(over.conversations).toBe(conversations.length);
    expect(over.points.length).toBeGreaterThan(0);
    expect(over.overall.counts.changeTalk).toBeGreaterThan(0);
    expect((await t.call(t.participantP, 'fidelity.overTime', {})).ok).toBe(false);
    expect(
      (
        await t.call(t.counselorB, 'fidelity.conversation', {
          participantId: t.p,
          conversationId: conversations[0]!.id,
        })
      ).ok,
    ).toBe(false);
  });
});
