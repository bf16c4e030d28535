import { afterEach, describe, expect, it } from 'vitest';
import { earnedBadges, weeklyProgress } from '../../../electron/core/gamification/service.js';
import type { TestCore } from '../../helpers/org.js';
import { count, followupOrg, type FollowupOrg } from '../followup/helpers.js';

let o: FollowupOrg | undefined;
afterEach(async () => {
  await o?.t.close();
  o = undefined;
});

const TABLES = ['gamification_profiles', 'gamification_points', 'gamification_badges'] as const;
async function gamificationRows(t: TestCore, participantId: string): Promise<number[]> {
  return Promise.all(TABLES.map((table) => count(t, table, 'participant_id = ?', [participantId])));
}

describe('gamification, proportionate by design', () => {
  it('is off by default: the participant sees the explanation, nothing is stored', async () => {
    o = await followupOrg();
    const view = await o.t.ok(o.petterConn, 'gamification.get', { participantId: o.petterId });
    expect(view.status).toBe('off');
    if (view.status !== 'off') return;
    expect(view.explanation.version).toBe(1);
    expect(view.explanation.paragraphs.join(' ')).toMatch(/frivillig.*slettes/s);
    const step = await o.t.ok(o.petterConn, 'plan.addStep', { participantId: o.petterId, title: 'Første steg' });
    const done = await o.t.ok(o.petterConn, 'plan.updateStep', {
      participantId: o.petterId,
      stepId: step.id,
      status: 'done',
    });
    expect(done.rewards).toBeNull();
    expect(await gamificationRows(o.t, o.petterId)).toEqual([0, 0, 0]);
  });

  it('once turned on, completing a step gives a point and the first badge; the counselor sees nothing until it is shared', async () => {
    o = await followupOrg();
    const stale = await o.t.call(o.petterConn, 'gamification.enable', {
      participantId: o.petterId,
      explanationVersion: 0,
    });
    expect(stale.ok ? 'ok' : stale.error.fields?.[0]?.path).toBe('explanationVersion');
    const on = await o.t.ok(o.petterConn, 'gamification.enable', { participantId: o.petterId, explanationVersion: 1 });
    expect(on).toMatchObject({
      status: 'on',
      points: 0,
      badges: [],
      sharedWithCounselor: false,
      progress: { done: 0, total: 0 },
    });

    const cv = await o.t.ok(o.petterConn, 'plan.addStep', {
      participantId: o.petterId,
      title: 'Skrive CV',
      kind: 'cv',
    });
    await o.t.ok(o.petterConn, 'plan.addStep', { participantId: o.petterId, title: 'Søke jobb', kind: 'application' });
    const done = await o.t.ok(o.petterConn, 'plan.updateStep', {
      participantId: o.petterId,
      stepId: cv.id,
      status: 'done',
    });
    expect(done.rewards).toEqual({ points: 1, badges: ['first_step', 'cv_done'] });
    const view = await o.t.ok(o.petterConn, 'gamification.get', { participantId: o.petterId });
    expect(view).toMatchObject({
      status: 'on',
      points: 1,
      progress: { done: 1, total: 2, percent: 50 },
      weeks: { weeksWithProgress: 1, bestRun: 1, thisWeek: true },
    });
    expect(view.status === 'on' && view.badges.map((b) => b.badge)).toEqual(['cv_done', 'first_step']);

    // The counselor: nothing, and not even whether it is on.
    expect(await o.t.ok(o.annaConn, 'gamification.get', { participantId: o.petterId })).toEqual({
      status: 'not_shared',
    });
    const overview = await o.t.ok(o.annaConn, 'plan.get', { participantId: o.petterId });
    expect(JSON.stringify(overview)).not.toMatch(/badge|points/);
    // A step the counselor marks done earns the participant's point, but the answer tells the counselor nothing.
    const counselorStep = await o.t.ok(o.annaConn, 'plan.addStep', {
      participantId: o.petterId,
      title: 'Avtalt steg',
      agreed: true,
      kind: 'application',
    });
    const byCounselor = await o.t.ok(o.annaConn, 'plan.updateStep', {
      participantId: o.petterId,
      stepId: counselorStep.id,
      status: 'done',
    });
    expect(byCounselor.rewards).toBeNull();

    await o.t.ok(o.petterConn, 'gamification.share', { participantId: o.petterId, shared: true });
    const shared = await o.t.ok(o.annaConn, 'gamification.get', { participantId: o.petterId });
    expect(shared).toMatchObject({ status: 'on', points: 2, sharedWithCounselor: true });
    expect(shared.status === 'on' && shared.badges.map((b) => b.badge).sort()).toEqual([
      'cv_done',
      'first_application',
      'first_step',
    ]);
    await o.t.ok(o.petterConn, 'gamification.share', { participantId: o.petterId, shared: false });
    expect(await o.t.ok(o.annaConn, 'gamification.get', { participantId: o.petterId })).toEqual({
      status: 'not_shared',
    });
    // Only the participant decides.
    for (const name of ['gamification.share', 'gamification.enable', 'gamification.disable'] as const) {
      const input =
        name === 'gamification.share'
          ? { participantId: o.petterId, shared: true }
          : name === 'gamification.enable'
            ? { participantId: o.petterId, explanationVersion: 1 }
            : { participantId: o.petterId };
      const r = await o.t.call(o.annaConn, name, input as never);
      expect(r.ok ? 'ok' : r.error.code, name).toBe('FORBIDDEN');
    }
  });

  it('points only for steps the participant chose, and nothing is taken away when a step is reopened', async () => {
    o = await followupOrg();
    await o.t.ok(o.petterConn, 'gamification.enable', { participantId: o.petterId, explanationVersion: 1 });
    const proposal = await o.t.ok(o.annaConn, 'plan.addStep', {
      participantId: o.petterId,
      title: 'Veileders forslag, ikke avtalt',
    });
    await o.t.ok(o.petterConn, 'plan.updateStep', {
      participantId: o.petterId,
      stepId: proposal.id,
      status: 'planned',
    });
    const r = await o.t.ok(o.petterConn, 'plan.updateStep', {
      participantId: o.petterId,
      stepId: proposal.id,
      status: 'done',
    });
    expect(r.rewards).toEqual({ points: 0, badges: [] });
    const own = await o.t.ok(o.petterConn, 'plan.addStep', { participantId: o.petterId, title: 'Mitt eget' });
    expect(
      (await o.t.ok(o.petterConn, 'plan.updateStep', { participantId: o.petterId, stepId: own.id, status: 'done' }))
        .rewards,
    ).toEqual({ points: 1, badges: ['first_step'] });
    await o.t.ok(o.petterConn, 'plan.updateStep', { participantId: o.petterId, stepId: own.id, status: 'in_progress' });
    expect(await o.t.ok(o.petterConn, 'gamification.get', { participantId: o.petterId })).toMatchObject({
      points: 1,
      badges: [{ badge: 'first_step' }],
    });
    // Done again: no second point for the same step.
    expect(
      (await o.t.ok(o.petterConn, 'plan.updateStep', { participantId: o.petterId, stepId: own.id, status: 'done' }))
        .rewards,
    ).toEqual({ points: 0, badges: [] });
  });

  it('gives the first-week-at-work badge a week after the first day at work', async () => {
    o = await followupOrg();
    await o.t.ok(o.petterConn, 'gamification.enable', { participantId: o.petterId, explanationVersion: 1 });
    const work = await o.t.ok(o.petterConn, 'plan.addStep', {
      participantId: o.petterId,
      title: 'Første dag på jobb',
      kind: 'work_start',
    });
    await o.t.ok(o.petterConn, 'plan.updateStep', { participantId: o.petterId, stepId: work.id, status: 'done' });
    let view = await o.t.ok(o.petterConn, 'gamification.get', { participantId: o.petterId });
    expect(view.status === 'on' && view.badges.map((b) => b.badge)).toEqual(['first_step']);
    await o.t.core.services.store.db.run('UPDATE activity_steps SET completed_at = ? WHERE id = ?', [
      new Date(Date.now() - 8 * 86_400_000).toISOString(),
      work.id,
    ]);
    view = await o.t.ok(o.petterConn, 'gamification.get', { participantId: o.petterId });
    expect(view.status === 'on' && view.badges.map((b) => b.badge).sort()).toEqual(['first_step', 'first_work_week']);
  });

  it('turning it off erases every row of it (checked in the tables) and keeps the activity plan', async () => {
    o = await followupOrg();
    await o.t.ok(o.petterConn, 'gamification.enable', { participantId: o.petterId, explanationVersion: 1 });
    await o.t.ok(o.kajaConn, 'gamification.enable', { participantId: o.kajaId, explanationVersion: 1 });
    const step = await o.t.ok(o.petterConn, 'plan.addStep', { participantId: o.petterId, title: 'Steg', kind: 'cv' });
    await o.t.ok(o.petterConn, 'plan.updateStep', { participantId: o.petterId, stepId: step.id, status: 'done' });
    await o.t.ok(o.petterConn, 'gamification.share', { participantId: o.petterId, shared: true });
    expect(await gamificationRows(o.t, o.petterId)).toEqual([1, 1, 2]);

    const off = await o.t.ok(o.petterConn, 'gamification.disable', { participantId: o.petterId });
    expect(off).toEqual({ status: 'off', erased: { points: 1, badges: 2, profile: 1 } });
    expect(await gamificationRows(o.t, o.petterId)).toEqual([0, 0, 0]);
    expect(await gamificationRows(o.t, o.kajaId)).toEqual([1, 0, 0]); // someone else's choice is untouched
    expect(await count(o.t, 'activity_steps', 'participant_id = ?', [o.petterId])).toBe(1);
    expect(await o.t.ok(o.annaConn, 'gamification.get', { participantId: o.petterId })).toEqual({
      status: 'not_shared',
    });
    expect((await o.t.ok(o.petterConn, 'gamification.get', { participantId: o.petterId })).status).toBe('off');
    // Turned on again, it starts from the steps (nothing was kept aside).
    expect(
      await o.t.ok(o.petterConn, 'gamification.enable', { participantId: o.petterId, explanationVersion: 1 }),
    ).toMatchObject({ points: 1, sharedWithCounselor: false });
  });

  it('refuses with a clear message when the organisation has switched it off, but turning it off still erases', async () => {
    o = await followupOrg();
    await o.t.ok(o.petterConn, 'gamification.enable', { participantId: o.petterId, explanationVersion: 1 });
    await o.t.ok(o.admin, 'settings.update', { features: { gamification: false } });
    for (const [name, input] of [
      ['gamification.get', { participantId: o.petterId }],
      ['gamification.enable', { participantId: o.petterId, explanationVersion: 1 }],
      ['gamification.share', { participantId: o.petterId, shared: true }],
    ] as const) {
      const r = await o.t.call(o.petterConn, name, input as never);
      expect(r.ok ? 'ok' : `${r.error.code} ${r.error.message}`, name).toBe(
        'UNAVAILABLE Poeng og merker er slått av i denne organisasjonen.',
      );
    }
    const step = await o.t.ok(o.petterConn, 'plan.addStep', { participantId: o.petterId, title: 'Steg' });
    expect(
      (await o.t.ok(o.petterConn, 'plan.updateStep', { participantId: o.petterId, stepId: step.id, status: 'done' }))
        .rewards,
    ).toBeNull();
    expect((await o.t.ok(o.petterConn, 'me.overview', { participantId: o.petterId })).gamification).toBeNull();
    expect(await count(o.t, 'gamification_points')).toBe(0);
    await o.t.ok(o.petterConn, 'gamification.disable', { participantId: o.petterId });
    expect(await gamificationRows(o.t, o.petterId)).toEqual([0, 0, 0]);
  });
});

describe('weekly progress never punishes a missed week', () => {
  it('counts weeks with progress and the best run; a gap ends nothing that was earned', () => {
    expect(weeklyProgress([], '2026-12-01')).toEqual({ weeksWithProgress: 0, bestRun: 0, thisWeek: false });
    // Weeks of 2 Nov, 9 Nov, 16 Nov, then a missed week, then 30 Nov (today's week: Tuesday 1 Dec).
    const earned = ['2026-11-02', '2026-11-04', '2026-11-10', '2026-11-22', '2026-11-30'];
    expect(weeklyProgress(earned, '2026-12-01')).toEqual({ weeksWithProgress: 4, bestRun: 3, thisWeek: true });
    // Weeks later, with nothing new: the same numbers, only "this week" is not yet done.
    expect(weeklyProgress(earned, '2027-01-20')).toEqual({ weeksWithProgress: 4, bestRun: 3, thisWeek: false });
  });

  it('badges come from milestones of the participant’s own steps only, never from chance', () => {
    const step = (kind: 'cv' | 'application' | 'work_start' | 'other', completedAt: string) => ({
      id: 1,
      kind,
      proposedBy: 'participant' as const,
      agreed: false,
      completedAt,
    });
    const now = new Date('2026-12-01T12:00:00Z');
    expect(earnedBadges([], now)).toEqual([]);
    expect(earnedBadges([step('other', '2026-11-30T10:00:00Z')], now)).toEqual(['first_step']);
    expect(
      earnedBadges([step('work_start', '2026-11-20T10:00:00Z'), step('application', '2026-11-01T10:00:00Z')], now),
    ).toEqual(['first_step', 'first_application', 'first_work_week']);
    expect(earnedBadges([step('work_start', '2026-11-28T10:00:00Z')], now)).toEqual(['first_step']);
  });
});
