import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { createDispatcher, type DispatchOutcome } from '../../../electron/core/api/dispatcher.js';
import { ApiError } from '../../../electron/core/api/errors.js';
import { procedureFactory, type AnyProcedure } from '../../../electron/core/api/procedure.js';
import type { Principal } from '../../../electron/core/auth/types.js';

interface FakeServices {
  notes: { add: (text: string) => Promise<{ id: number }> };
}

const procedure = procedureFactory<FakeServices>();

function setup(principal: Principal | null = null) {
  const add = vi.fn(async (_text: string) => ({ id: 7 }));
  const outcomes: DispatchOutcome[] = [];
  const table = {
    'notes.add': procedure({
      summary: 'test',
      access: ['counselor'],
      input: z.object({ text: z.string().min(1).max(20), minutes: z.number().int().min(0).max(600) }).strict(),
      handler: (input, { services }) => services.notes.add(input.text),
    }),
    'open.ping': procedure({
      summary: 'test',
      access: 'public',
      input: z.object({}).strict(),
      handler: async () => 'pong',
    }),
    'open.crash': procedure({
      summary: 'test',
      access: 'public',
      input: z.object({}),
      handler: async () => {
        throw new Error('secret personal detail: Kari Nordmann 01018012345');
      },
    }),
    'open.forbidden': procedure({
      summary: 'test',
      access: 'public',
      input: z.object({}),
      handler: async () => {
        throw new ApiError('FORBIDDEN');
      },
    }),
  };
  const logged: string[] = [];
  const dispatch = createDispatcher<FakeServices>({
    table: table as Record<string, AnyProcedure<FakeServices>>,
    services: { notes: { add } },
    resolveSession: async (id) => (principal && id === principal.sessionId ? principal : null),
    onOutcome: (o) => {
      outcomes.push(o);
    },
    logFailure: (proc, cls) => logged.push(`${proc} ${cls}`),
  });
  const call = (name: string, input: unknown, connectionId: string | null = principal?.sessionId ?? null) =>
    dispatch({ name, input, connectionId, emit: () => undefined });
  return { call, add, outcomes, logged };
}

const counselor: Principal = {
  userId: 'u1',
  role: 'counselor',
  displayName: 'Veileder',
  sessionId: 'conn-1',
  participantId: null,
};

describe('dispatcher', () => {
  it('returns a typed validation error with Norwegian field messages and never runs the handler', async () => {
    const { call, add, outcomes } = setup(counselor);
    const result = await call('notes.add', { text: '', minutes: 9999 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.message).toMatch(/ikke gyldige/);
    expect(result.error.fields).toEqual([
      { path: 'text', message: 'Feltet må fylles ut.' },
      { path: 'minutes', message: 'Kan være høyst 600.' },
    ]);
    expect(add).not.toHaveBeenCalled();
    expect(outcomes).toEqual([
      {
        procedure: 'notes.add',
        principal: counselor,
        outcome: 'invalid',
        code: 'VALIDATION',
        audited: false,
        target: null,
      },
    ]);
  });

  it('refuses unknown fields, missing fields and wrong types', async () => {
    const { call, add } = setup(counselor);
    const extra = await call('notes.add', { text: 'ok', minutes: 5, admin: true });
    const missing = await call('notes.add', { text: 'ok' });
    const wrongType = await call('notes.add', { text: 42, minutes: 5 });
    const notAnObject = await call('notes.add', 'drop table');
    for (const result of [extra, missing, wrongType, notAnObject]) {
      expect(result.ok ? null : result.error.code).toBe('VALIDATION');
    }
    if (!missing.ok) expect(missing.error.fields?.[0]).toEqual({ path: 'minutes', message: 'Feltet må fylles ut.' });
    if (!extra.ok) expect(extra.error.fields?.[0]?.message).toBe('Ukjente felt: admin.');
    expect(add).not.toHaveBeenCalled();
  });

  it('runs the handler with the parsed input when everything holds', async () => {
    const { call, add, outcomes } = setup(counselor);
    const result = await call('notes.add', { text: 'Møte', minutes: 30 });
    expect(result).toEqual({ ok: true, data: { id: 7 } });
    expect(add).toHaveBeenCalledWith('Møte');
    expect(outcomes.at(-1)?.outcome).toBe('ok');
  });

  it('refuses unknown procedures, including names inherited from Object.prototype', async () => {
    const { call } = setup();
    for (const name of ['notes.delete', '__proto__', 'constructor', 'toString']) {
      const result = await call(name, {});
      expect(result.ok ? null : result.error.code).toBe('UNKNOWN_PROCEDURE');
    }
  });

  it('checks the declared role before validating and records the refusal', async () => {
    const anonymous = setup(null);
    const noLogin = await anonymous.call('notes.add', { text: '', minutes: -1 });
    expect(noLogin.ok ? null : noLogin.error.code).toBe('UNAUTHENTICATED');
    expect(anonymous.outcomes[0]?.outcome).toBe('denied');

    const participant: Principal = {
      userId: 'p1',
      role: 'participant',
      displayName: 'Deltaker',
      sessionId: 'conn-2',
      participantId: null,
    };
    const wrongRole = setup(participant);
    const refused = await wrongRole.call('notes.add', { text: 'x', minutes: 1 });
    expect(refused.ok ? null : refused.error.code).toBe('FORBIDDEN');
    expect(wrongRole.add).not.toHaveBeenCalled();
    expect(wrongRole.outcomes[0]).toMatchObject({ outcome: 'denied', code: 'FORBIDDEN', principal: participant });
  });

  it('a connection nobody logged in on is anonymous', async () => {
    const { call } = setup(counselor);
    const result = await call('notes.add', { text: 'x', minutes: 1 }, 'some-other-connection');
    expect(result.ok ? null : result.error.code).toBe('UNAUTHENTICATED');
  });

  it('hides internal errors: a generic Norwegian message, no stack, no personal data, logged by class only', async () => {
    const { call, logged } = setup();
    const result = await call('open.crash', {});
    expect(result.ok).toBe(false);
    const text = JSON.stringify(result);
    expect(text).not.toMatch(/Kari|01018012345|stack|Error:/);
    if (!result.ok) expect(result.error).toEqual({ code: 'INTERNAL', message: expect.stringMatching(/Noe gikk galt/) });
    expect(logged).toEqual(['open.crash Error']);
  });

  it('passes typed errors from services through unchanged', async () => {
    const { call, outcomes } = setup();
    const result = await call('open.forbidden', {});
    expect(result.ok ? null : result.error).toEqual({ code: 'FORBIDDEN', message: 'Du har ikke tilgang til dette.' });
    expect(outcomes[0]?.outcome).toBe('denied');
  });
});
