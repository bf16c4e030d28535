import { afterEach, describe, expect, it } from 'vitest';
import { maskNationalId } from '../../../electron/core/followup/profile.js';
import { auditOf, followupOrg, localDay, type FollowupOrg } from './helpers.js';

let o: FollowupOrg | undefined;
afterEach(async () => {
  await o?.t.close();
  o = undefined;
});

describe('participant profile', () => {
  it('masks the national id by default and reveals it only through its own audited action', async () => {
    o = await followupOrg();
    await o.t.ok(o.annaConn, 'participants.updateProfile', { participantId: o.petterId, nationalId: '158765 40077' });
    const profile = await o.t.ok(o.annaConn, 'participants.profile', { participantId: o.petterId });
    expect(profile).toMatchObject({ nationalIdMasked: '158765 *****', hasNationalId: true });
    expect(JSON.stringify(profile)).not.toContain('40077');
    expect(JSON.stringify(await o.t.ok(o.annaConn, 'caseload.list', {}))).not.toContain('40077');
    expect(
      JSON.stringify(await o.t.ok(o.petterConn, 'participants.profile', { participantId: o.petterId })),
    ).not.toContain('40077');

    expect(await auditOf(o.t, o.annaId, 'participants.revealNationalId')).toEqual([]);
    expect(await o.t.ok(o.annaConn, 'participants.revealNationalId', { participantId: o.petterId })).toEqual({
      nationalId: '15876540077',
    });
    expect(await auditOf(o.t, o.annaId, 'participants.revealNationalId')).toEqual([
      {
        action: 'participants.revealNationalId',
        target_type: 'participant',
        target_id: o.petterId,
        outcome: 'ok',
        reason: 'assigned_counselor',
      },
    ]);
    // The participant does not reveal it either (the screen is the counselor's).
    const own = await o.t.call(o.petterConn, 'participants.revealNationalId', { participantId: o.petterId });
    expect(own.ok ? 'ok' : own.error.code).toBe('FORBIDDEN');
  });

  it('keeps fields left out, clears fields set to null, and shows who is assigned', async () => {
    o = await followupOrg();
    await o.t.ok(o.annaConn, 'participants.updateProfile', {
      participantId: o.petterId,
      phone: '+47 400 00 000',
      email: 'petter@example.invalid',
      programme: 'work_training',
      startDate: '2026-09-01',
      plannedEndDate: '2027-02-28',
      navOffice: 'NAV Fiktivby',
    });
    const after = await o.t.ok(o.annaConn, 'participants.updateProfile', {
      participantId: o.petterId,
      email: null,
      navOffice: '',
    });
    expect(after).toMatchObject({
      displayName: 'Petter Fiktiv',
      phone: '+47 400 00 000',
      email: null,
      programme: 'work_training',
      startDate: '2026-09-01',
      plannedEndDate: '2027-02-28',
      navOffice: null,
      nationalIdMasked: null,
      hasNationalId: false,
      counselor: { id: o.annaId, displayName: 'Anna Veileder' },
      reminder: null,
    });
    const renamed = await o.t.ok(o.annaConn, 'participants.updateProfile', {
      participantId: o.petterId,
      displayName: 'Petter Fiktiv-Nytt',
    });
    expect(renamed.displayName).toBe('Petter Fiktiv-Nytt');
  });

  it('records the process stage as a timeline with dates and who recorded it', async () => {
    o = await followupOrg();
    await o.t.ok(o.annaConn, 'stages.set', {
      participantId: o.petterId,
      stage: 'assessment',
      startedOn: localDay(-40),
    });
    await o.t.ok(o.annaConn, 'stages.set', {
      participantId: o.petterId,
      stage: 'clarification',
      startedOn: localDay(-20),
    });
    const history = await o.t.ok(o.annaConn, 'stages.set', { participantId: o.petterId, stage: 'work_trial' });
    expect(history.map((s) => [s.stage, s.startedOn, s.recordedBy.displayName])).toEqual([
      ['assessment', localDay(-40), 'Anna Veileder'],
      ['clarification', localDay(-20), 'Anna Veileder'],
      ['work_trial', localDay(0), 'Anna Veileder'],
    ]);
    // The same click twice records it once.
    expect(await o.t.ok(o.annaConn, 'stages.set', { participantId: o.petterId, stage: 'work_trial' })).toHaveLength(3);
    const profile = await o.t.ok(o.petterConn, 'participants.profile', { participantId: o.petterId });
    expect(profile.stage?.stage).toBe('work_trial');
    expect(profile.stages).toHaveLength(3);
    // Only the counselor records stages.
    const r = await o.t.call(o.petterConn, 'stages.set', { participantId: o.petterId, stage: 'ended' });
    expect(r.ok ? 'ok' : r.error.code).toBe('FORBIDDEN');
  });

  it('masks as "150765 *****"', () => {
    expect(maskNationalId('15076500565')).toBe('150765 *****');
    expect(maskNationalId(null)).toBeNull();
    expect(maskNationalId('123')).toBe('***');
  });
});
