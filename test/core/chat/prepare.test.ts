/**
 * Opening the chat readies the turn pipeline while the participant reads and types
 * (orchestrator/warmup.ts): the knowledge index of the open store is built then, not at the
 * first question, and the readying calls no model, stores nothing and logs figures only.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { KnowledgeAnswer } from '../../../electron/core/knowledge/types.js';
import type { LogFields, Logger } from '../../../electron/core/log.js';
import type { KnowledgeSearch } from '../../../electron/core/chat/orchestrator/turnEnv.js';
import { prepareTurnPipeline } from '../../../electron/core/chat/orchestrator/warmup.js';
import { defaultScrubber } from '../../../electron/core/scrub/scrubber.js';
import { RISK_RULES } from '../../../electron/core/chat/safety/lexicon.js';
import { PHRASES } from '../../../electron/core/chat/safety/concepts/phrases.js';
import { FRAMES } from '../../../electron/core/chat/safety/lexicon/frames.js';
import { safetyPatterns } from '../../../electron/core/chat/safety/warm.js';
import { chatCore, ScriptedGenerator, type ChatCore } from './helpers.js';
import { goodReply } from './scripted.js';

const logged: { event: string; fields: LogFields }[] = [];
const logger: Logger = {
  info: (event, fields = {}) => logged.push({ event, fields }),
  warn: (event, fields = {}) => logged.push({ event, fields }),
  error: (event, fields = {}) => logged.push({ event, fields }),
};
const generator = new ScriptedGenerator((request) => goodReply(request));
let t: ChatCore;

beforeAll(async () => {
  t = await chatCore({ generator, logger });
});
afterAll(async () => {
  await t?.close();
});

const kbTables = async () =>
  (
    await t.core.services.store.db.all<{ name: string }>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'kb_%'",
    )
  ).map((r) => r.name);

async function until(condition: () => Promise<boolean> | boolean, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

it('builds the knowledge index when the chat opens, calls no model and stores nothing of its own', async () => {
  expect(await kbTables()).not.toContain('kb_fts');
  const opened = await t.ok(t.participantP, 'chat.start', { participantId: t.p });
  await until(() => logged.some((e) => e.event === 'chat.prepared'), 'the pipeline to be ready');
  await until(async () => (await kbTables()).includes('kb_fts'), 'the knowledge index');

  expect(logged.filter((e) => e.event === 'chat.prepare_failed')).toEqual([]);
  // Figures only: the log entry carries no text.
  const prepared = logged.find((e) => e.event === 'chat.prepared')!;
  expect(Object.values(prepared.fields).every((v) => typeof v === 'number')).toBe(true);
  // Every expression of the crisis layers was compiled, not only those the sample texts reach.
  expect(prepared.fields.patterns).toBe(safetyPatterns().length);
  expect(generator.requests).toHaveLength(0);
  // Only the opening question is stored.
  const messages = await t.ok(t.participantP, 'chat.conversation', {
    participantId: t.p,
    conversationId: opened.conversationId,
  });
  expect(messages.map((m) => m.author)).toEqual(['assistant']);
  const conversations = await t.core.services.store.db.all<{ n: number }>(
    'SELECT count(*) AS n FROM chat_conversations',
  );
  expect(conversations[0]?.n).toBe(1);

  // The conversation goes on as before.
  const turn = await t.ok(t.participantP, 'chat.send', {
    participantId: t.p,
    conversationId: opened.conversationId,
    text: 'Jeg vet ikke helt hvor jeg skal begynne.',
  });
  expect(turn.assistantMessage?.body.length ?? 0).toBeGreaterThan(0);
  expect(generator.requests.length).toBeGreaterThan(0);
});

it('readies the code once per process, however often the chat opens', async () => {
  await t.ok(t.participantP, 'chat.start', { participantId: t.p });
  await t.ok(t.participantP, 'chat.conversations', { participantId: t.p });
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(logged.filter((e) => e.event === 'chat.prepared')).toHaveLength(1);
});

it('builds no knowledge index when the store was locked before the readying ran', async () => {
  const searched: string[] = [];
  const knowledge: KnowledgeSearch = {
    search: async (query) => {
      searched.push(query);
      return { answer: 'none', passages: [] } as unknown as KnowledgeAnswer;
    },
  };
  prepareTurnPipeline({ scrubber: defaultScrubber(), knowledge, storeOpen: () => false });
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(searched).toEqual([]);
  prepareTurnPipeline({ scrubber: defaultScrubber(), knowledge, storeOpen: () => true });
  await until(() => searched.length === 1, 'the search on the open store');
});

it('compiles every rule, guard, phrase and frame of the crisis layers', () => {
  const compiled = new Set(safetyPatterns());
  const expected = [
    ...RISK_RULES.flatMap((rule) => [rule.pattern, rule.unless, rule.unlessInSentence, rule.concernIf]),
    ...PHRASES.map((p) => p.re),
    ...FRAMES.map((f) => f.pattern),
  ].filter((re): re is RegExp => re instanceof RegExp);
  expect(expected.length).toBeGreaterThan(300);
  for (const re of expected) expect(compiled.has(re), re.source.slice(0, 60)).toBe(true);
});
