import { afterEach, describe, expect, it } from 'vitest';
import { followupOrg, localDay, todayAt, type FollowupOrg } from './helpers.js';

let o: FollowupOrg | undefined;
afterEach(async () => {
  await o?.t.close();
  o = undefined;
});

const NOTE = 'Privat notat: bekymret for søvnen';
const REMINDER = 'Husk å ringe arbeidsgiveren';

async function seeded(): Promise<FollowupOrg> {
  const org = await followupOrg();
  await org.t.ok(org.annaConn, 'notes.add', {
    participantId: org.petterId,
    kind: 'meeting',
    occurredOn: localDay(-1),
    body: NOTE,
  });
  await org.t.ok(org.annaConn, 'participants.setReminder', { participantId: org.petterId, reminder: REMINDER });
  await org.t.ok(org.annaConn, 'plan.setGoal', { participantId: org.petterId, goal: 'Jeg vil jobbe i butikk' });
  await org.t.ok(org.annaConn, 'plan.addStep', {
    participantId: org.petterId,
    title: 'Skrive CV sammen',
    kind: 'cv',
    agreed: true,
    dueOn: localDay(5),
  });
  await org.t.ok(org.annaConn, 'motivation.add', {
    participantId: org.petterId,
    importance: 6,
    confidence: 3,
    measuredOn: localDay(-7),
  });
  await org.t.ok(org.annaConn, 'appointments.add', {
    participantId: org.petterId,
    startsAt: todayAt(10, 0, 3),
    durationMinutes: 45,
    kind: 'meeting',
    location: 'Kontoret',
  });
  // Kaja's plan, which Petter must never see.
  await org.t.ok(org.bjornConn, 'plan.setGoal', { participantId: org.kajaId, goal: 'Kajas eget mål' });
  return org;
}

describe('the participant view', () => {
  it('shows the participant their own goal, steps, progress, motivation and appointments, never the notes or the reminder', async () => {
    o = await seeded();
    const overview = await o.t.ok(o.petterConn, 'me.overview', { participantId: o.petterId });
    expect(overview).toMatchObject({
      participantId: o.petterId,
      displayName: 'Petter Fiktiv',
      goal: { text: 'Jeg vil jobbe i butikk', setByRole: 'counselor' },
      progress: { done: 0, total: 1, percent: 0 },
      motivation: [{ importance: 6, confidence: 3, enteredBy: 'session', measuredOn: localDay(-7) }],
      counselor: { displayName: 'Anna Veileder' },
      gamification: { status: 'off' },
    });
    expect(overview.steps.map((s) => s.title)).toEqual(['Skrive CV sammen']);
    expect(overview.appointments).toHaveLength(1);
    const everything = JSON.stringify([
      overview,
      await o.t.ok(o.petterConn, 'plan.get', { participantId: o.petterId }),
      await o.t.ok(o.petterConn, 'participants.profile', { participantId: o.petterId }),
      await o.t.ok(o.petterConn, 'motivation.list', { participantId: o.petterId }),
      await o.t.ok(o.petterConn, 'appointments.list', { participantId: o.petterId }),
    ]);
    expect(everything).not.toContain(NOTE);
    expect(everything).not.toContain(REMINDER);
    expect(everything).not.toContain('Kajas eget mål');
    expect(everything).not.toContain('"reminder"');
    for (const name of ['notes.list', 'participants.setReminder'] as const) {
      const r = await o.t.call(
        o.petterConn,
        name,
        name === 'notes.list' ? { participantId: o.petterId } : { participantId: o.petterId, reminder: 'x' },
      );
      expect(r.ok ? 'ok' : r.error.code, name).toBe('FORBIDDEN');
    }
  });

  it('refuses another participant’s page, even with one’s own login', async () => {
    o = await seeded();
    for (const name of ['me.overview', 'plan.get', 'motivation.list'] as const) {
      const r = await o.t.call(o.petterConn, name, { participantId: o.kajaId });
      expect(r.ok ? 'ok' : r.error.code, name).toBe('FORBIDDEN');
    }
    const counselor = await o.t.call(o.annaConn, 'me.overview', { participantId: o.petterId });
    expect(counselor.ok ? 'ok' : counselor.error.code).toBe('FORBIDDEN');
  });

  it('lets the participant add and update their own steps, accept and complete the counselor’s, and record rulers', async () => {
    o = await seeded();
    const own = await o.t.ok(o.petterConn, 'plan.addStep', {
      participantId: o.petterId,
      title: 'Søke på Kiwi',
      kind: 'application',
      dueOn: localDay(7),
    });
    expect(own).toMatchObject({ proposedBy: 'participant', status: 'planned', agreed: false, kind: 'application' });
    const reworded = await o.t.ok(o.petterConn, 'plan.updateStep', {
      participantId: o.petterId,
      stepId: own.id,
      title: 'Søke på Kiwi og Rema',
      status: 'in_progress',
    });
    expect(reworded.step).toMatchObject({ title: 'Søke på Kiwi og Rema', status: 'in_progress' });
    const agreed = await o.t.ok(o.annaConn, 'plan.updateStep', {
      participantId: o.petterId,
      stepId: own.id,
      agreed: true,
    });
    expect(agreed.step.agreed).toBe(true);

    const proposal = await o.t.ok(o.annaConn, 'plan.addStep', {
      participantId: o.petterId,
      title: 'Besøke NAV-kontoret',
    });
    expect(proposal).toMatchObject({ proposedBy: 'counselor', status: 'proposed', agreed: false });
    const accepted = await o.t.ok(o.petterConn, 'plan.updateStep', {
      participantId: o.petterId,
      stepId: proposal.id,
      status: 'planned',
    });
    expect(accepted.step.status).toBe('planned');

    const done = await o.t.ok(o.petterConn, 'plan.updateStep', {
      participantId: o.petterId,
      stepId: own.id,
      status: 'done',
    });
    expect(done.step.completedAt).not.toBeNull();
    expect(done.rewards).toBeNull(); // gamification is off
    const reopened = await o.t.ok(o.petterConn, 'plan.updateStep', {
      participantId: o.petterId,
      stepId: own.id,
      status: 'in_progress',
    });
    expect(reopened.step.completedAt).toBeNull();
    await o.t.ok(o.petterConn, 'plan.updateStep', { participantId: o.petterId, stepId: own.id, status: 'done' });
    await o.t.ok(o.petterConn, 'plan.updateStep', {
      participantId: o.petterId,
      stepId: proposal.id,
      status: 'cancelled',
    });

    const reading = await o.t.ok(o.petterConn, 'motivation.add', {
      participantId: o.petterId,
      importance: 8,
      confidence: 6,
    });
    expect(reading).toMatchObject({ enteredBy: 'participant', measuredOn: localDay(0) });

    const plan = await o.t.ok(o.petterConn, 'plan.get', { participantId: o.petterId });
    // Cancelled steps do not count toward progress: 1 done of 2.
    expect(plan.progress).toEqual({ done: 1, total: 2, percent: 50 });
    expect(plan.steps.map((s) => s.status)).toEqual(['planned', 'done', 'cancelled']);
  });

  it('gives the chart its series and the activity-plan events beside it, in time order', async () => {
    o = await seeded();
    const step = await o.t.ok(o.petterConn, 'plan.addStep', { participantId: o.petterId, title: 'Første steg' });
    await o.t.ok(o.petterConn, 'plan.updateStep', { participantId: o.petterId, stepId: step.id, status: 'done' });
    await o.t.ok(o.petterConn, 'motivation.add', { participantId: o.petterId, importance: 7, confidence: 5 });
    await o.t.ok(o.annaConn, 'stages.set', { participantId: o.petterId, stage: 'job_search', startedOn: localDay(-2) });
    const timeline = await o.t.ok(o.annaConn, 'motivation.list', { participantId: o.petterId });
    expect(timeline.series.map((r) => [r.measuredOn, r.importance, r.confidence, r.enteredBy])).toEqual([
      [localDay(-7), 6, 3, 'session'],
      [localDay(0), 7, 5, 'participant'],
    ]);
    expect(timeline.events.map((e) => e.kind)).toEqual(['stage', 'goal_set', 'step_added', 'step_added', 'step_done']);
    expect(timeline.events.at(-1)).toMatchObject({
      kind: 'step_done',
      stepId: step.id,
      title: 'Første steg',
      on: localDay(0),
    });
  });

  it('shows the goal set last as the current one, and every goal set on the timeline', async () => {
    o = await seeded();
    await o.t.ok(o.petterConn, 'plan.setGoal', { participantId: o.petterId, goal: 'Jeg vil heller ta fagbrev' });
    const overview = await o.t.ok(o.petterConn, 'me.overview', { participantId: o.petterId });
    expect(overview.goal).toMatchObject({ text: 'Jeg vil heller ta fagbrev', setByRole: 'participant' });
    const plan = await o.t.ok(o.annaConn, 'plan.get', { participantId: o.petterId });
    expect(plan.goal).toMatchObject({ text: 'Jeg vil heller ta fagbrev', setByRole: 'participant' });
    const timeline = await o.t.ok(o.annaConn, 'motivation.list', { participantId: o.petterId });
    expect(timeline.events.flatMap((e) => (e.kind === 'goal_set' ? [e.title] : []))).toEqual([
      'Jeg vil jobbe i butikk',
      'Jeg vil heller ta fagbrev',
    ]);
  });
});
