/**
 * The chat's real path keeps each conversation's context in the model process between turns:
 * every turn sends the conversation exactly as the model evaluated it before, so the next turn
 * starts with everything the last one sent. These tests run the tiny model in its own process and
 * check, through chat.send, that a stopped answer, a regenerate, a crisis turn, a restart of the
 * model process and an eviction each leave the conversation correct and going on.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { LogFields, Logger } from '../../../electron/core/log.js';
import type { JsonCall, WorkerRequest } from '../../../electron/core/llm/protocol.js';
import { chatCore, recordingLauncher, type ChatCore } from './helpers.js';

type JsonRequest = Extract<WorkerRequest, { type: 'json' }> & JsonCall;

function jsonCalls(sent: readonly WorkerRequest[]): JsonRequest[] {
  return sent.filter((m): m is JsonRequest => m.type === 'json');
}

/** The model messages a call sent, its own message last. */
function context(call: JsonRequest): { role: string; text: string }[] {
  return [...call.history, { role: 'user', text: call.prompt }];
}

function startsWith<T>(whole: readonly T[], prefix: readonly T[]): boolean {
  return prefix.every((item, i) => JSON.stringify(whole[i]) === JSON.stringify(item));
}

let env: ChatCore | null = null;
afterEach(async () => {
  await env?.close();
  env = null;
});

async function setup(options: { sequences?: number } = {}) {
  const recording = recordingLauncher();
  const answers: LogFields[] = [];
  const logger: Logger = {
    info: (event, fields = {}) => void (event === 'llm.answer' && answers.push(fields)),
    warn: () => undefined,
    error: () => undefined,
  };
  env = await chatCore({
    tinyModel: true,
    launcher: recording.launcher,
    logger,
    generation: { maxTokens: 48, seed: 3 },
    ...(options.sequences ? { modelRuntime: { sequences: options.sequences } } : {}),
  });
  return { t: env, sent: recording.sent, pids: recording.pids, answers };
}

describe('a conversation keeps its context in the model process', () => {
  it('sends each turn as the previous one plus what is new, through a stop, a regenerate, a crisis turn and a restart', async () => {
    const { t, sent, pids } = await setup();
    const send = (text: string, conversationId?: string, signal?: AbortSignal) =>
      t.call(
        t.participantP,
        'chat.send',
        { participantId: t.p, text, ...(conversationId ? { conversationId } : {}) },
        signal,
      );
    const first = await send('Jeg vil gjerne finne en jobb i butikk.');
    if (!first.ok) throw new Error(first.error.message);
    const conversationId = first.data.conversationId;
    const afterFirst = jsonCalls(sent).at(-1)!;

    // A second turn begins with everything the first one sent (prefix kept, nothing rewritten).
    expect((await send('Jeg har jobbet litt på lager før.', conversationId)).ok).toBe(true);
    const second = jsonCalls(sent).find((c, i, all) => i > all.indexOf(afterFirst))!;
    expect(second.systemPrompt).toBe(afterFirst.systemPrompt);
    expect(startsWith(context(second), context(afterFirst))).toBe(true);
    expect(second.conversationId).toBe(conversationId);

    // A stopped answer: the turn is stored as the person saw it, and the next turn goes on from it.
    // (Statements, not questions: a question the knowledge base cannot answer gets a fixed reply without the model.)
    const controller = new AbortController();
    const stopped = send(
      'Jeg skal skrive en lang søknad til butikken i sentrum nå.',
      conversationId,
      controller.signal,
    );
    setTimeout(() => controller.abort(), 400);
    const stopResult = await stopped;
    expect(stopResult.ok).toBe(true);
    const storedAfterStop = await t.ok(t.participantP, 'chat.conversation', { participantId: t.p, conversationId });
    const lastBeforeNext = jsonCalls(sent).at(-1)!;
    expect((await send('Ok. Jeg begynner med CV-en i kveld.', conversationId)).ok).toBe(true);
    const afterStop = jsonCalls(sent).at(-1)!;
    expect(startsWith(context(afterStop), lastBeforeNext.history)).toBe(true);
    expect(
      afterStop.history.some(
        (m) => m.role === 'user' && m.text.includes('Jeg skal skrive en lang søknad til butikken i sentrum nå.'),
      ),
    ).toBe(true);
    const stored = await t.ok(t.participantP, 'chat.conversation', { participantId: t.p, conversationId });
    expect(stored.slice(0, storedAfterStop.length)).toEqual(storedAfterStop);

    // A regenerate: the same conversation up to the reply, the same message; only the answer is new.
    const beforeRegenerate = jsonCalls(sent).length;
    const regenerated = await t.call(t.participantP, 'chat.regenerate', { participantId: t.p, conversationId });
    expect(regenerated.ok).toBe(true);
    const redo = jsonCalls(sent).slice(beforeRegenerate)[0]!;
    expect(redo.history).toEqual(afterStop.history);
    expect(redo.prompt.startsWith(afterStop.prompt.split('\n\nForrige forslag')[0]!)).toBe(true);
    const afterRegenerate = await t.ok(t.participantP, 'chat.conversation', { participantId: t.p, conversationId });
    expect(afterRegenerate.length).toBe(stored.length);
    expect(afterRegenerate.slice(0, -1)).toEqual(stored.slice(0, -1));

    // A crisis turn: the model is not called, and its words never enter the model's context.
    const beforeCrisis = jsonCalls(sent).length;
    const crisis = await send('Jeg vil ikke leve lenger, jeg vil ta livet mitt.', conversationId);
    expect(crisis.ok && crisis.data.crisis !== null).toBe(true);
    expect(jsonCalls(sent).length).toBe(beforeCrisis);
    const lastCall = jsonCalls(sent).at(-1)!;

    // The model process dies; the next turn starts a new one that rebuilds the same context.
    const pid = pids.at(-1);
    expect(pid).toBeGreaterThan(0);
    process.kill(pid!, 'SIGKILL');
    await new Promise((r) => setTimeout(r, 300));
    const afterRestart = await send('Jeg er her igjen, og jeg vil fortsette med CV-en.', conversationId);
    expect(afterRestart.ok && afterRestart.data.assistantMessage !== null).toBe(true);
    const restarted = jsonCalls(sent).slice(beforeCrisis)[0]!;
    expect(startsWith(context(restarted), lastCall.history)).toBe(true);
    expect(context(restarted).some((m) => m.text.includes('ta livet mitt'))).toBe(false);
    const final = await t.ok(t.participantP, 'chat.conversation', { participantId: t.p, conversationId });
    expect(final.map((m) => m.author)).toEqual([
      ...afterRegenerate.map((m) => m.author),
      'participant',
      'assistant',
      'participant',
      'assistant',
    ]);
  }, 900_000);

  it('rebuilds a conversation that lost its sequence to another one, and it goes on', async () => {
    // One sequence for two participants' conversations: each turn evicts the other conversation.
    const { t, sent, answers } = await setup({ sequences: 1 });
    const p1 = await t.ok(t.participantP, 'chat.send', { participantId: t.p, text: 'Jeg vil begynne på skole igjen.' });
    const q1 = await t.ok(t.participantQ, 'chat.send', { participantId: t.q, text: 'Jeg trenger hjelp med CV-en.' });
    const from = answers.length;
    const p2 = await t.ok(t.participantP, 'chat.send', {
      participantId: t.p,
      conversationId: p1.conversationId,
      text: 'Helst noe med data.',
    });
    expect(p2.assistantMessage).not.toBeNull();
    expect(answers.slice(from)[0]?.rebuilt).toBe(true);
    // Rebuilt from the stored turns: the first turn's message is in the context it evaluated.
    const rebuiltCall = jsonCalls(sent)
      .filter((c) => c.conversationId === p1.conversationId)
      .at(-1)!;
    expect(
      rebuiltCall.history.some((m) => m.role === 'user' && m.text.includes('Jeg vil begynne på skole igjen.')),
    ).toBe(true);
    const q2 = await t.ok(t.participantQ, 'chat.send', {
      participantId: t.q,
      conversationId: q1.conversationId,
      text: 'Jeg har jobbet i kafé.',
    });
    expect(q2.assistantMessage).not.toBeNull();
    const pStored = await t.ok(t.participantP, 'chat.conversation', {
      participantId: t.p,
      conversationId: p1.conversationId,
    });
    expect(pStored.map((m) => m.author)).toEqual(['participant', 'assistant', 'participant', 'assistant']);
  }, 600_000);
});
