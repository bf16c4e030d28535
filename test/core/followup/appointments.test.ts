import { afterEach, describe, expect, it } from 'vitest';
import { auditOf, count, followupOrg, todayAt, type FollowupOrg } from './helpers.js';

let o: FollowupOrg | undefined;
afterEach(async () => {
  await o?.t.close();
  o = undefined;
});

const PAST_NOT_CONFIRMED = 'Tidspunktet har vært. Bekreft at du registrerer en avtale som allerede har vært.';

describe('appointments that have been', () => {
  it('a time before now is refused at the field until the counselor confirms it has been, then listed with attendance', async () => {
    o = await followupOrg();
    const lastWeek = todayAt(10, 0, -7);
    const refused = await o.t.call(o.annaConn, 'appointments.add', {
      participantId: o.petterId,
      startsAt: lastWeek,
      durationMinutes: 45,
      kind: 'meeting',
    });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('VALIDATION');
      expect(refused.error.fields).toEqual([{ path: 'startsAt', message: PAST_NOT_CONFIRMED }]);
    }
    expect(await count(o.t, 'appointments')).toBe(0);

    const held = await o.t.ok(o.annaConn, 'appointments.add', {
      participantId: o.petterId,
      startsAt: lastWeek,
      durationMinutes: 45,
      kind: 'meeting',
      past: true,
      attended: true,
    });
    expect(held).toMatchObject({ startsAt: lastWeek, attended: true, cancelled: false });
    const noShow = await o.t.ok(o.annaConn, 'appointments.add', {
      participantId: o.petterId,
      startsAt: todayAt(9, 0, -2),
      durationMinutes: 30,
      kind: 'phone',
      past: true,
    });
    expect(noShow.attended).toBeNull();
    await o.t.ok(o.annaConn, 'appointments.attendance', {
      participantId: o.petterId,
      appointmentId: noShow.id,
      attended: false,
    });

    // The default list shows what is coming; with includePast nothing has disappeared.
    expect(await o.t.ok(o.annaConn, 'appointments.list', { participantId: o.petterId })).toEqual([]);
    const all = await o.t.ok(o.annaConn, 'appointments.list', { participantId: o.petterId, includePast: true });
    expect(all.map((a) => [a.startsAt, a.attended])).toEqual([
      [noShow.startsAt, false],
      [lastWeek, true],
    ]);
    expect((await auditOf(o.t, o.annaId, 'appointments.attendance')).map((e) => e.outcome)).toEqual(['ok']);
  });

  it('attendance is refused for an appointment that has not begun, and for a cancelled one', async () => {
    o = await followupOrg();
    const refusedAtAdd = await o.t.call(o.annaConn, 'appointments.add', {
      participantId: o.petterId,
      startsAt: todayAt(10, 0, 3),
      durationMinutes: 30,
      kind: 'meeting',
      attended: true,
    });
    expect(!refusedAtAdd.ok && refusedAtAdd.error.fields?.[0]?.path).toBe('attended');
    const coming = await o.t.ok(o.annaConn, 'appointments.add', {
      participantId: o.petterId,
      startsAt: todayAt(10, 0, 3),
      durationMinutes: 30,
      kind: 'meeting',
    });
    const early = await o.t.call(o.annaConn, 'appointments.attendance', {
      participantId: o.petterId,
      appointmentId: coming.id,
      attended: true,
    });
    expect(!early.ok && early.error.message).toBe('Oppmøte kan registreres når avtalen har begynt.');
    const cancelled = await o.t.ok(o.annaConn, 'appointments.add', {
      participantId: o.petterId,
      startsAt: todayAt(10, 0, -1),
      durationMinutes: 30,
      kind: 'meeting',
      past: true,
    });
    await o.t.ok(o.annaConn, 'appointments.cancel', { participantId: o.petterId, appointmentId: cancelled.id });
    const onCancelled = await o.t.call(o.annaConn, 'appointments.attendance', {
      participantId: o.petterId,
      appointmentId: cancelled.id,
      attended: true,
    });
    expect(!onCancelled.ok && onCancelled.error.code).toBe('CONFLICT');
    const rows = await o.t.ok(o.annaConn, 'appointments.list', {
      participantId: o.petterId,
      includePast: true,
      includeCancelled: true,
    });
    expect(rows.map((a) => a.attended)).toEqual([null, null]);
  });

  it('a meeting the participant did not come to is not contact on the caseload', async () => {
    o = await followupOrg();
    const a = await o.t.ok(o.annaConn, 'appointments.add', {
      participantId: o.petterId,
      startsAt: todayAt(10, 0, -3),
      durationMinutes: 30,
      kind: 'meeting',
      past: true,
      attended: false,
    });
    const petter = async () =>
      (await o!.t.ok(o!.annaConn, 'caseload.list', {})).rows.find((r) => r.participantId === o!.petterId);
    expect((await petter())?.lastContact).toBeNull();
    await o.t.ok(o.annaConn, 'appointments.attendance', {
      participantId: o.petterId,
      appointmentId: a.id,
      attended: true,
    });
    expect((await petter())?.lastContact?.kind).toBe('appointment');
  });
});
