import { describe, expect, it } from 'vitest';
import type { AuditEntryInput } from '../../../electron/core/audit/index.js';
import {
  OPENING_IDLE_MS,
  REPEATED_READS,
  RoutineReads,
  repeatedReadCounts,
} from '../../../electron/core/audit/index.js';

/**
 * Openings of a participant's record (issue 19, acceptance 4): the first read of her data by her
 * counselor gets an entry before the answer; further reads while the opening lasts are counted.
 * Here with a chain in memory and a clock the test moves, so the ten minutes are real minutes.
 */
function harness(start = Date.parse('2026-12-05T09:00:00Z')) {
  let clock = start;
  const chain: AuditEntryInput[] = [];
  const state = { failing: false };
  const reads = new RoutineReads(
    {
      runAudited: async (entry, work) => {
        const result = await work();
        if (state.failing) throw new Error('audit log unavailable');
        chain.push({ ...entry, at: new Date(clock).toISOString() });
        return result;
      },
      appendAll: async (entries) => void chain.push(...entries),
      appendIn: async () => false,
    },
    () => new Date(clock),
  );
  const read = (user: string, participantId: string, action = 'plan.get', answer = 'svar') =>
    reads.runInOpening(
      {
        actorId: user,
        actorRole: 'counselor',
        action,
        targetType: 'participant',
        targetId: participantId,
        outcome: 'ok',
        reason: 'assigned_counselor',
      },
      participantId,
      async () => answer,
    );
  const own = () => chain.filter((e) => e.action !== REPEATED_READS).map((e) => [e.actorId, e.targetId, e.at]);
  const counts = () =>
    chain
      .filter((e) => e.action === REPEATED_READS)
      .map((e) => [e.actorId, e.targetId, repeatedReadCounts(e.reason ?? null)]);
  return {
    reads,
    read,
    chain,
    state,
    own,
    counts,
    minutes: (m: number) => (clock += m * 60_000),
    at: () => new Date(clock).toISOString(),
  };
}

describe('openings of a participant’s record', () => {
  it('gives the first read an entry with its time and counts the reads that follow while it is open', async () => {
    const h = harness();
    const opened = h.at();
    expect(await h.read('vera', 'ola')).toBe('svar');
    h.minutes(2);
    await h.read('vera', 'ola', 'notes.list');
    h.minutes(3);
    await h.read('vera', 'ola');
    expect(h.own()).toEqual([['vera', 'ola', opened]]);
    await h.reads.seal();
    expect(h.counts()).toEqual([
      [
        'vera',
        'ola',
        [
          { action: 'notes.list', count: 1 },
          { action: 'plan.get', count: 1 },
        ],
      ],
    ]);
  });

  it('opens anew after ten minutes without a read of her, and when the counselor reads someone else', async () => {
    const h = harness();
    await h.read('vera', 'ola');
    h.minutes(9);
    await h.read('vera', 'ola'); // nine minutes: still open
    h.minutes(OPENING_IDLE_MS / 60_000);
    const back = h.at();
    await h.read('vera', 'ola'); // ten minutes without a read: a new access
    const kari = h.at();
    await h.read('vera', 'kari');
    const again = h.at();
    await h.read('vera', 'ola'); // back to Ola after Kari: a new access too
    expect(h.own().map(([, p, at]) => [p, at])).toEqual([
      ['ola', '2026-12-05T09:00:00.000Z'],
      ['ola', back],
      ['kari', kari],
      ['ola', again],
    ]);
    await h.reads.seal();
    expect(h.counts()).toEqual([['vera', 'ola', [{ action: 'plan.get', count: 1 }]]]);
  });

  it('keeps each user’s openings apart: another counselor’s read of the same participant is her own access', async () => {
    const h = harness();
    await h.read('vera', 'ola');
    await h.read('nina', 'ola');
    await h.read('vera', 'ola');
    await h.read('nina', 'ola');
    expect(h.own().map(([u, p]) => [u, p])).toEqual([
      ['vera', 'ola'],
      ['nina', 'ola'],
    ]);
  });

  it('lets reads that arrive together with the opening wait for its entry, then counts them', async () => {
    const h = harness();
    const answers = await Promise.all([h.read('vera', 'ola', 'plan.get'), h.read('vera', 'ola', 'notes.list')]);
    expect(answers).toEqual(['svar', 'svar']);
    expect(h.own()).toHaveLength(1);
    expect(h.reads.unsealed).toBe(1);
  });

  it('refuses the answer when the opening cannot be audited, and the next read opens again', async () => {
    const h = harness();
    h.state.failing = true;
    const opening = h.read('vera', 'ola', 'notes.list');
    const waiting = h.read('vera', 'ola');
    await expect(opening).rejects.toThrow('audit log unavailable');
    // The read that waited for that opening is not counted into it: it must open (and fails the same way).
    await expect(waiting).rejects.toThrow('audit log unavailable');
    expect(h.reads.unsealed).toBe(0);
    h.state.failing = false;
    await h.read('vera', 'ola');
    expect(h.own()).toHaveLength(1);
    expect(h.reads.unsealed).toBe(0);
  });

  it('seals one user’s counts when her session ends, and her next read is a new opening', async () => {
    const h = harness();
    await h.read('vera', 'ola');
    await h.read('vera', 'ola');
    await h.read('nina', 'kari');
    await h.read('nina', 'kari');
    await h.reads.seal('vera');
    expect(h.counts()).toEqual([['vera', 'ola', [{ action: 'plan.get', count: 1 }]]]);
    await h.read('vera', 'ola');
    await h.read('nina', 'kari'); // Nina's opening goes on
    expect(h.own().map(([u]) => u)).toEqual(['vera', 'nina', 'vera']);
    expect(h.reads.unsealed).toBe(2);
  });

  it('ends every opening at the local day change and seals the day’s counts', async () => {
    const h = harness(new Date(2026, 11, 5, 23, 52).getTime());
    await h.read('vera', 'ola');
    h.minutes(5);
    await h.read('vera', 'ola'); // 23:57, counted
    h.minutes(5);
    await h.read('vera', 'ola'); // 00:02 the next day: a new opening, after the seal of the day before
    expect(h.chain.map((e) => e.action)).toEqual(['plan.get', REPEATED_READS, 'plan.get']);
    expect(h.counts()).toEqual([['vera', 'ola', [{ action: 'plan.get', count: 1 }]]]);
  });
});
