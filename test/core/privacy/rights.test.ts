/**
 * Data-subject requests with their one-month deadline, rectification, restriction (frozen and
 * hidden from every service at the one access point), and the training gate: no conversation data
 * leaves for training without its own basis and a notice covering it, and then only scrubbed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROCEDURE_NAMES } from '../../../electron/core/api/router.js';
import { addMonths, requestDeadline } from '../../../electron/core/privacy/retentionRules.js';
import { recordBases } from '../../helpers/org.js';
import type { ChatCore } from '../chat/helpers.js';
import { fillParticipant, P_NAME, privacyOrg, Q_NAME, stringsFor } from './helpers.js';

let t: ChatCore;
const P = stringsFor('Rg', P_NAME, 23, '+47 919 22 334');
const Q = stringsFor('Tq', Q_NAME, 31, '+47 920 33 445');

beforeAll(async () => {
  t = await privacyOrg();
  await fillParticipant(t, { counselor: t.counselorA, participant: t.participantP, participantId: t.p, strings: P });
  await fillParticipant(t, { counselor: t.counselorB, participant: t.participantQ, participantId: t.q, strings: Q });
}, 120_000);

afterAll(async () => {
  await t?.close();
});

describe('requests and their deadline (art. 12(3))', () => {
  it('the deadline is one month after receipt (the end of a shorter month), extendable by at most two months with a reason', async () => {
    expect(requestDeadline('2026-01-31')).toBe('2026-02-28');
    expect(requestDeadline('2026-12-01')).toBe('2027-01-01');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    const r = await t.ok(t.counselorA, 'privacy.registerRequest', {
      participantId: t.p,
      kind: 'erasure',
      receivedOn: '2026-11-20',
    });
    expect(r).toMatchObject({ deadline: '2026-12-20', status: 'open', overdue: false });
    expect(
      await t.call(t.counselorA, 'privacy.extendRequest', {
        requestId: r.id,
        extendedTo: '2027-03-01',
        note: 'Omfattende sak.',
      }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const extended = await t.ok(t.counselorA, 'privacy.extendRequest', {
      requestId: r.id,
      extendedTo: '2027-02-20',
      note: 'Omfattende sak.',
    });
    expect(extended).toMatchObject({ extendedTo: '2027-02-20' });
    expect(
      await t.call(t.admin, 'privacy.closeRequest', {
        requestId: r.id,
        status: 'refused',
        outcome: 'refused_manifestly_unfounded',
      }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: 'note' }] } });
    expect(await t.call(t.counselorB, 'privacy.requests', { participantId: t.p })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const open = await t.ok(t.admin, 'privacy.requests', { openOnly: true });
    expect(open.map((x) => x.id)).toContain(r.id);
    await t.ok(t.admin, 'privacy.closeRequest', {
      requestId: r.id,
      status: 'refused',
      outcome: 'withdrawn',
      note: 'Deltakeren trakk kravet.',
    });
  });

  it('a request received long ago and still open is overdue', async () => {
    const r = await t.ok(t.admin, 'privacy.registerRequest', {
      participantId: t.q,
      kind: 'access',
      receivedOn: '2026-09-01',
    });
    expect(r).toMatchObject({ deadline: '2026-10-01', overdue: true });
    expect(r.daysLeft).toBeLessThan(0);
    await t.ok(t.counselorB, 'privacy.export', { participantId: t.q, requestId: r.id });
    expect((await t.ok(t.admin, 'privacy.requests', { participantId: t.q })).find((x) => x.id === r.id)).toMatchObject({
      status: 'completed',
      outcome: 'exported',
      overdue: false,
    });
  });
  it('a counselor listing requests without naming anyone sees those of her own caseload only', async () => {
    const mine = await t.ok(t.counselorA, 'privacy.registerRequest', {
      participantId: t.p,
      kind: 'access',
      receivedOn: '2026-11-25',
    });
    const theirs = await t.ok(t.counselorB, 'privacy.registerRequest', {
      participantId: t.q,
      kind: 'rectification',
      receivedOn: '2026-11-25',
    });
    const seenByA = (await t.ok(t.counselorA, 'privacy.requests', {})).map((x) => x.id);
    const seenByB = (await t.ok(t.counselorB, 'privacy.requests', {})).map((x) => x.id);
    expect(seenByA).toContain(mine.id);
    expect(seenByA).not.toContain(theirs.id);
    expect(seenByB).toContain(theirs.id);
    expect(seenByB).not.toContain(mine.id);
  });
});

describe('rectification (art. 16)', () => {
  it('the counselor corrects the profile and adds the participant’s own statement; the request is logged', async () => {
    const done = await t.ok(t.counselorA, 'privacy.rectify', {
      participantId: t.p,
      changes: { phone: '+47 921 00 000' },
      statement: 'Jeg har aldri jobbet i butikk.',
    });
    expect(done).toMatchObject({ kind: 'rectification', status: 'completed', outcome: 'rectified' });
    expect((await t.ok(t.counselorA, 'participants.profile', { participantId: t.p })).phone).toBe('+47 921 00 000');
    const notes = await t.ok(t.counselorA, 'notes.list', { participantId: t.p });
    expect(notes[0]!.body).toMatch(
      /^Merknad fra deltakeren \(retting etter personvernforordningen artikkel 16\): Jeg har aldri jobbet i butikk\./,
    );
    expect(await t.call(t.counselorB, 'privacy.rectify', { participantId: t.p, statement: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});

describe('restriction (art. 18): frozen and hidden from processing', () => {
  it('every service refuses the restricted participant at the one access point; the rights still work; lifting it restores access', async () => {
    await t.ok(t.admin, 'privacy.restrict', { participantId: t.p, note: 'Riktigheten bestrides.' });
    const calls = {
      'participants.profile': await t.call(t.counselorA, 'participants.profile', { participantId: t.p }),
      'plan.get': await t.call(t.participantP, 'plan.get', { participantId: t.p }),
      'notes.add': await t.call(t.counselorA, 'notes.add', {
        participantId: t.p,
        kind: 'meeting',
        occurredOn: '2026-11-30',
        body: 'Skal ikke lagres',
      }),
      'chat.start': await t.call(t.participantP, 'chat.start', { participantId: t.p }),
      'gamification.get': await t.call(t.participantP, 'gamification.get', { participantId: t.p }),
      'me.overview': await t.call(t.participantP, 'me.overview', { participantId: t.p }),
      'motivation.add': await t.call(t.participantP, 'motivation.add', {
        participantId: t.p,
        importance: 3,
        confidence: 3,
      }),
    };
    for (const [name, r] of Object.entries(calls))
      expect([name, r.ok ? 'ok' : `${r.error.code} ${r.error.reason}`]).toEqual([
        name,
        'FORBIDDEN PROCESSING_RESTRICTED',
      ]);
    expect(calls['participants.profile']).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/begrenset etter personvernforordningen art\. 18/) },
    });
    // Someone without access is told only that: nothing about the restriction.
    expect(await t.call(t.counselorB, 'participants.profile', { participantId: t.p })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.not.stringMatching(/begrenset/) },
    });
    // The rights still work on a frozen record, and so does the notice.
    expect((await t.call(t.participantP, 'privacy.export', { participantId: t.p })).ok).toBe(true);
    expect((await t.call(t.participantP, 'me.notice', { participantId: t.p })).ok).toBe(true);
    expect((await t.ok(t.admin, 'privacy.restrictions', {})).map((r) => r.participantId)).toEqual([t.p]);
    // Hidden from the caseload (its next step, last contact and flags are processing too).
    expect((await t.ok(t.counselorA, 'caseload.list', {})).rows.map((r) => r.participantId)).not.toContain(t.p);
    await t.ok(t.admin, 'privacy.liftRestriction', { participantId: t.p });
    expect((await t.call(t.counselorA, 'participants.profile', { participantId: t.p })).ok).toBe(true);
    expect((await t.ok(t.counselorA, 'caseload.list', {})).rows.map((r) => r.participantId)).toContain(t.p);
  });
});

describe('no training by default', () => {
  it('only privacy.trainingExport hands out conversation data for training', () => {
    expect(PROCEDURE_NAMES.filter((n) => /train|videretren/i.test(n))).toEqual([
      'privacy.trainingStatus',
      'privacy.trainingExport',
    ]);
  });

  it('refuses without its own basis, and without a notice covering it that the participants were shown', async () => {
    expect(await t.call(t.admin, 'privacy.trainingExport', { confirm: true })).toMatchObject({
      ok: false,
      error: {
        code: 'FORBIDDEN',
        message: expect.stringMatching(/Videretrening av språkmodell.*ikke har registrert behandlingsgrunnlag/),
      },
    });
    await recordBases(t.ok, t.admin, ['trainingExport']);
    expect(await t.ok(t.admin, 'privacy.trainingStatus', {})).toMatchObject({
      basisRecorded: true,
      noticeCovers: true,
      eligibleParticipants: 0,
      allowed: false,
    });
    expect(await t.call(t.admin, 'privacy.trainingExport', { confirm: true })).toMatchObject({
      ok: false,
      error: {
        code: 'FORBIDDEN',
        message: expect.stringMatching(/personvernerklæring som sier at samtalene kan brukes til videretrening/),
      },
    });
    expect(await t.call(t.counselorA, 'privacy.trainingExport', { confirm: true })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('then exports only the conversations of participants shown that notice, scrubbed, without crisis turns; an objection takes them out', async () => {
    const notice = await t.ok(t.participantP, 'me.notice', { participantId: t.p });
    expect(notice.notice.purposes).toContain('trainingExport');
    expect(notice.notice.sections.find((s) => s.id === 'training')!.paragraphs[0]).toMatch(
      /blir de pseudonymisert på nytt.*Det gjør dem ikke anonyme/,
    );
    await t.ok(t.participantP, 'privacy.acknowledge', { participantId: t.p, version: notice.notice.version });
    const exported = await t.ok(t.admin, 'privacy.trainingExport', { confirm: true });
    expect(exported.participants).toBe(1);
    expect(exported.excluded.crisis).toBeGreaterThanOrEqual(1);
    const text = JSON.stringify(exported);
    expect(text).toMatch(/Baksterlaerling/);
    for (const s of [P.name, P.name.split(' ')[0]!, P.phone, P.nationalId, P.email, t.p, Q.name, 'Nattevakt'])
      expect(text, s).not.toContain(s);
    expect(
      exported.conversations.every((c) => c.turns.every((turn) => ['user', 'assistant'].includes(turn.role))),
    ).toBe(true);

    await t.ok(t.participantP, 'privacy.object', { participantId: t.p, purpose: 'trainingExport' });
    expect(await t.ok(t.admin, 'privacy.trainingStatus', {})).toMatchObject({
      eligibleParticipants: 0,
      allowed: false,
    });
  });
});
