import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { createDispatcher, type DeclaredRules, type DispatchOutcome } from '../../../electron/core/api/dispatcher.js';
import { ApiError } from '../../../electron/core/api/errors.js';
import { procedureFactory, type AnyProcedure, type ParticipantRule } from '../../../electron/core/api/procedure.js';
import { procedures } from '../../../electron/core/api/router.js';
import type { Principal } from '../../../electron/core/auth/types.js';
import { auditOf, count, followupOrg, type FollowupOrg } from '../followup/helpers.js';

/**
 * Input fields that name a participant or a record of hers. A procedure taking one must say, in the
 * table, how the dispatcher finds the participant and what of her it reaches; nothing is left for a
 * handler to remember (that is how chat.append once took another counselor's conversation).
 */
const PARTICIPANT_FIELDS = [
  'participantId',
  'conversationId',
  'flagId',
  'stepId',
  'appointmentId',
  'appointmentIds',
  'requestId',
  'objectionId',
  'caseId',
  'sessionId',
  'noteId',
  'goalId',
];

/** The top-level fields of an input schema (objects, refined objects and pipes into them). */
function fieldsOf(schema: z.ZodType): string[] {
  let s: unknown = schema;
  for (let i = 0; i < 5; i++) {
    if (s instanceof z.ZodObject) return Object.keys(s.shape);
    const def = (s as { _zod?: { def?: { in?: unknown; innerType?: unknown; schema?: unknown } } })._zod?.def;
    s = def?.in ?? def?.innerType ?? def?.schema;
    if (!s) break;
  }
  return [];
}

const table = procedures as unknown as Record<string, AnyProcedure<unknown>>;

describe('the procedure table declares who may reach which participant', () => {
  it('every input field naming a participant or her record is covered by a declared participant rule', () => {
    const missing: string[] = [];
    for (const [name, def] of Object.entries(table)) {
      const named = fieldsOf(def.input).filter((f) => PARTICIPANT_FIELDS.includes(f));
      if (named.length === 0) continue;
      const rule = def.participant as ParticipantRule<Record<string, unknown>> | undefined;
      if (!rule) {
        missing.push(`${name}: ${named.join(', ')} without a participant rule`);
        continue;
      }
      const from = typeof rule.from === 'string' ? rule.from : rule.from.field;
      const covered = new Set([from, ...Object.keys(rule.owns ?? {})]);
      for (const field of named)
        if (!covered.has(field)) missing.push(`${name}: ${field} is not checked against the participant`);
      if (def.access === 'public') missing.push(`${name}: a public procedure cannot reach a participant`);
    }
    expect(missing).toEqual([]);
  });

  it('finds the participant fields through refinements (the check above would otherwise pass vacuously)', () => {
    expect(fieldsOf(table['participants.updateProfile']!.input)).toContain('participantId');
    expect(fieldsOf(table['plan.updateStep']!.input)).toEqual(expect.arrayContaining(['participantId', 'stepId']));
    expect(fieldsOf(table['decisions.showPrediction']!.input)).toContain('sessionId');
    const covered = Object.values(table).filter((d) => fieldsOf(d.input).some((f) => PARTICIPANT_FIELDS.includes(f)));
    expect(covered.length).toBeGreaterThan(60);
  });

  it('the chatbot, the counselor assistant and decision support declare their purpose', () => {
    const withFeature = (prefix: string) =>
      Object.entries(table)
        .filter(([n]) => n.startsWith(prefix))
        .map(([n, d]) => [n, d.feature ?? null]);
    for (const [name, feature] of withFeature('assistant.')) expect([name, feature]).toEqual([name, 'chatbot']);
    for (const [name, feature] of withFeature('fidelity.')) expect([name, feature]).toEqual([name, 'chatbot']);
    for (const [name, feature] of withFeature('decisions.').filter(
      ([n]) =>
        !['decisions.monitor', 'decisions.dpiaReport', 'decisions.model', 'decisions.importModel'].includes(
          n as string,
        ),
    ))
      expect([name, feature]).toEqual([name, 'decisionSupport']);
    // Stopping an answer and the crisis flags serve the participant's safety: never gated.
    expect([table['chat.stop']!.feature, table['chat.flags']!.feature, table['chat.flagSeen']!.feature]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('the dispatcher enforces the declared rules before the handler', () => {
  const procedure = procedureFactory<object>();
  const counselor: Principal = {
    userId: 'u1',
    role: 'counselor',
    displayName: 'Veileder',
    sessionId: 'conn-1',
    participantId: null,
  };
  function setup(rules: Partial<DeclaredRules>) {
    const handler = vi.fn(async (_input: unknown, ctx: { principal: Principal }) => ctx.principal.userId);
    const t = {
      'chat.read': procedure({
        summary: 'test',
        access: ['counselor'],
        participant: { from: 'participantId', scope: 'content', owns: { conversationId: 'conversation' } },
        feature: 'chatbot',
        audit: (input) => ({ type: 'participant', id: input.participantId }),
        input: z.object({ participantId: z.string(), conversationId: z.string().optional() }).strict(),
        handler: (input, ctx) => handler(input, ctx),
      }),
    };
    const outcomes: DispatchOutcome[] = [];
    const order: string[] = [];
    const dispatch = createDispatcher<object>({
      table: t as unknown as Record<string, AnyProcedure<object>>,
      services: {},
      resolveSession: async () => counselor,
      onOutcome: (o) => void outcomes.push(o),
      rules: {
        participant: async (_p, id, scope) => void order.push(`participant ${id} ${scope}`),
        ownerOf: async (record, id) => (order.push(`owner ${record} ${id}`), id === 'c-mine' ? 'p-mine' : 'p-other'),
        feature: (feature, id) => void order.push(`feature ${feature} ${id}`),
        ...rules,
      },
    });
    const call = (input: unknown) =>
      dispatch({ name: 'chat.read', input, connectionId: 'conn-1', emit: () => undefined });
    return { call, handler, outcomes, order };
  }

  it('checks the purpose, then the participant, then the purpose for her, and hands the handler the principal', async () => {
    const { call, handler, order } = setup({});
    expect(await call({ participantId: 'p-mine', conversationId: 'c-mine' })).toEqual({ ok: true, data: 'u1' });
    expect(order).toEqual([
      'feature chatbot null',
      'participant p-mine content',
      'owner conversation c-mine',
      'feature chatbot p-mine',
    ]);
    expect(handler).toHaveBeenCalledOnce();
  });

  it("refuses another participant's conversation as not found, audits the refusal once and never runs the handler", async () => {
    const { call, handler, outcomes } = setup({});
    const r = await call({ participantId: 'p-mine', conversationId: 'c-theirs' });
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: 'Fant ikke samtalen.' } });
    expect(handler).not.toHaveBeenCalled();
    expect(outcomes).toEqual([
      {
        procedure: 'chat.read',
        principal: counselor,
        outcome: 'error',
        code: 'NOT_FOUND',
        audited: true,
        target: { type: 'participant', id: 'p-mine' },
      },
    ]);
  });

  it('a refused participant is one denied outcome, and the purpose for her is not told', async () => {
    const { call, handler, outcomes, order } = setup({
      participant: async () => {
        throw new ApiError('FORBIDDEN', 'Du har ikke tilgang til denne deltakeren.');
      },
    });
    const r = await call({ participantId: 'p-other' });
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(handler).not.toHaveBeenCalled();
    expect(order).toEqual(['feature chatbot null']);
    expect(outcomes.map((o) => o.outcome)).toEqual(['denied']);
  });
});

describe('the dispatcher decides which reads join an opening of a participant’s record', () => {
  const procedure = procedureFactory<object>();
  const principals: Record<string, Principal> = {
    vera: { userId: 'u-vera', role: 'counselor', displayName: 'Vera', sessionId: 'vera', participantId: null },
    ola: { userId: 'u-ola', role: 'participant', displayName: 'Ola', sessionId: 'ola', participantId: 'p-ola' },
    astrid: { userId: 'u-astrid', role: 'admin', displayName: 'Astrid', sessionId: 'astrid', participantId: null },
  };
  const read = (extra: object) =>
    procedure({
      summary: 'test',
      access: 'authenticated',
      participant: { from: 'participantId', scope: 'record' },
      audit: (input) => ({ type: 'participant', id: input.participantId }),
      input: z.object({ participantId: z.string() }).strict(),
      handler: async () => 'svar',
      ...extra,
    });
  const table = {
    'plan.get': read({ recordRead: true }),
    'notes.search': read({}),
    'privacy.notice': read({
      recordRead: true,
      participant: { from: 'participantId', scope: 'record', restricted: 'allowed' },
    }),
  };
  function dispatcher(reason: string | undefined) {
    const outcomes: DispatchOutcome[] = [];
    const dispatch = createDispatcher<object>({
      table: table as unknown as Record<string, AnyProcedure<object>>,
      services: {},
      resolveSession: async (connectionId) => principals[connectionId] ?? null,
      onOutcome: (o) => void outcomes.push(o),
      rules: { participant: async () => reason, ownerOf: async () => null, feature: () => undefined },
    });
    const call = async (who: string, name: string) => {
      await dispatch({ name, input: { participantId: 'p-ola' }, connectionId: who, emit: () => undefined });
      return outcomes.at(-1)?.opening ?? null;
    };
    return call;
  }

  it('a declared read by her assigned counselor joins an opening of her record', async () => {
    expect(await dispatcher('assigned_counselor')('vera', 'plan.get')).toBe('p-ola');
  });

  it('everything else keeps an entry of its own: undeclared, rights procedures, other readers, unknown reasons', async () => {
    expect(await dispatcher('assigned_counselor')('vera', 'notes.search')).toBeNull();
    expect(await dispatcher('assigned_counselor')('vera', 'privacy.notice')).toBeNull();
    expect(await dispatcher('administration')('astrid', 'plan.get')).toBeNull();
    expect(await dispatcher('own_data')('ola', 'plan.get')).toBeNull();
    // A checker that does not say why access was given (a future kind of access) never coalesces.
    expect(await dispatcher(undefined)('vera', 'plan.get')).toBeNull();
  });
});

describe('through the real core: a conversation id must belong to the participant named', () => {
  let o: FollowupOrg;
  beforeAll(async () => {
    o = await followupOrg();
  });
  afterAll(async () => {
    await o.t.close();
  });

  it("Bjørn cannot write into Anna's conversation with Petter by naming his own participant Kaja", async () => {
    const annas = await o.t.ok(o.annaConn, 'chat.append', { participantId: o.petterId, body: 'Hei Petter' });
    const before = await count(o.t, 'chat_messages');
    const r = await o.t.call(o.bjornConn, 'chat.append', {
      participantId: o.kajaId,
      body: 'Inn i en annens samtale',
      conversationId: annas.conversationId,
    });
    expect(r.ok ? 'ok' : r.error.code).toBe('NOT_FOUND');
    expect(await count(o.t, 'chat_messages')).toBe(before);
    const own = await o.t.ok(o.bjornConn, 'chat.append', { participantId: o.kajaId, body: 'Hei Kaja' });
    expect(
      await o.t.ok(o.bjornConn, 'chat.append', {
        participantId: o.kajaId,
        body: 'Samme samtale',
        conversationId: own.conversationId,
      }),
    ).toMatchObject({ conversationId: own.conversationId });
    expect((await auditOf(o.t, o.bjornId, 'chat.append')).map((a) => [a.target_id, a.outcome])).toEqual([
      [o.kajaId, 'error'],
      [o.kajaId, 'ok'],
      [o.kajaId, 'ok'],
    ]);
  });
});
