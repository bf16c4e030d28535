import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gamificationProcedures } from '../../../electron/core/api/procedures/gamification.js';
import { meProcedures } from '../../../electron/core/api/procedures/me.js';
import { participantProcedures } from '../../../electron/core/api/procedures/participants.js';
import { workspaceProcedures } from '../../../electron/core/api/procedures/workspace.js';
import type { InputOf, ProcedureName } from '../../../electron/core/api/router.js';
import { auditOf, followupOrg, localDay, snapshot, todayAt, type FollowupOrg } from './helpers.js';

/**
 * Acceptance 2: a counselor cannot reach another counselor's participant through any procedure of
 * the workspace, and a participant cannot reach anyone else's. Every refusal is in the audit log,
 * and nothing is written.
 */
let o: FollowupOrg;
let stepId: number;
let appointmentId: number;
beforeAll(async () => {
  o = await followupOrg();
  // Anna's participant Petter has a bit of everything.
  await o.t.ok(o.annaConn, 'participants.updateProfile', {
    participantId: o.petterId,
    nationalId: '15876540077',
    phone: '+47 400 00 000',
  });
  stepId = (
    await o.t.ok(o.annaConn, 'plan.addStep', {
      participantId: o.petterId,
      title: 'Lage CV',
      kind: 'cv',
      agreed: true,
      dueOn: localDay(3),
    })
  ).id;
  appointmentId = (
    await o.t.ok(o.annaConn, 'appointments.add', {
      participantId: o.petterId,
      startsAt: todayAt(10, 0, 2),
      durationMinutes: 30,
      kind: 'meeting',
      location: 'Kontoret',
    })
  ).id;
  await o.t.ok(o.annaConn, 'participants.setReminder', { participantId: o.petterId, reminder: 'Hemmelig påminnelse' });
  await o.t.ok(o.petterConn, 'gamification.enable', { participantId: o.petterId, explanationVersion: 1 });
});
afterAll(async () => {
  await o.t.close();
});

/** Every procedure of this issue that names a participant, with a valid input for participant `id`. */
function calls(id: string): { [N in ProcedureName]?: InputOf<N> } {
  return {
    'participants.get': { participantId: id },
    'participants.rename': { participantId: id, displayName: 'Nytt navn' },
    'participants.assign': { participantId: id, counselorId: o.bjornId },
    'notes.add': { participantId: id, kind: 'meeting', occurredOn: localDay(0), body: 'Skal ikke lagres' },
    'notes.list': { participantId: id },
    'notes.search': { participantId: id, query: 'Petter' },
    'chat.messages': { participantId: id },
    'chat.append': { participantId: id, body: 'Skal ikke lagres' },
    'participants.profile': { participantId: id },
    'participants.updateProfile': { participantId: id, phone: '+47 99 99 99 99' },
    'participants.revealNationalId': { participantId: id },
    'participants.setReminder': { participantId: id, reminder: 'Forsøk' },
    'stages.set': { participantId: id, stage: 'job_search' },
    'plan.get': { participantId: id },
    'plan.setGoal': { participantId: id, goal: 'Et mål' },
    'plan.addStep': { participantId: id, title: 'Et steg' },
    'plan.updateStep': { participantId: id, stepId, status: 'done' },
    'motivation.list': { participantId: id },
    'motivation.add': { participantId: id, importance: 5, confidence: 5 },
    'appointments.list': { participantId: id },
    'appointments.add': { participantId: id, startsAt: todayAt(12, 0, 1), durationMinutes: 30, kind: 'phone' },
    'appointments.cancel': { participantId: id, appointmentId },
    'appointments.attendance': { participantId: id, appointmentId, attended: true },
    'appointments.ics': { participantId: id },
    'gamification.get': { participantId: id },
    'gamification.enable': { participantId: id, explanationVersion: 1 },
    'gamification.disable': { participantId: id },
    'gamification.share': { participantId: id, shared: true },
    'me.overview': { participantId: id },
  };
}

/** Procedures without a participant in their input: they act on the caller's own caseload (or add to it). */
const CASELOAD_WIDE = ['caseload.list', 'appointments.upcoming', 'participants.list', 'participants.create'];
/** Code lists and fixed texts, no personal data (so not audited). */
const NO_PERSONAL_DATA = ['followup.vocabulary'];
/** What the follow-up screens call that is not about a participant: the session, settings, tekstvask's marks while typing. */
const NOT_ABOUT_A_PARTICIPANT = ['auth.checkPassword', 'settings.get', 'system.info', 'scrub.preview'];
const FOLLOWUP_PROCEDURES = {
  ...participantProcedures,
  ...workspaceProcedures,
  ...gamificationProcedures,
  ...meProcedures,
};

/** The procedures the follow-up screens (caseload, participant workspace, participant page) call, read from their source. */
function screenProcedures(): string[] {
  const root = path.resolve(import.meta.dirname, '../../..');
  const dirs = ['renderer/src/pages/counselor', 'renderer/src/pages/followup', 'renderer/src/pages/participant'].map(
    (d) => path.join(root, d),
  );
  const names = new Set<string>();
  for (const dir of dirs) {
    for (const file of fs.readdirSync(dir).filter((f) => /\.tsx?$/.test(f))) {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      for (const m of text.matchAll(/\b(?:call|useQuery)\(\s*'([a-zA-Z]+\.[a-zA-Z]+)'/g)) names.add(m[1]!);
    }
  }
  return [...names].sort();
}

describe('access by need across the follow-up workspace', () => {
  it('covers every procedure of the follow-up (participants, notes, workspace, gamification, the participant page), and each declares its audit target', () => {
    const all = Object.keys(FOLLOWUP_PROCEDURES);
    expect(
      all.filter((n) => !(n in calls('x')) && !CASELOAD_WIDE.includes(n) && !NO_PERSONAL_DATA.includes(n)),
    ).toEqual([]);
    for (const [name, def] of Object.entries(FOLLOWUP_PROCEDURES)) {
      if (NO_PERSONAL_DATA.includes(name)) continue;
      expect(def.audit, name).toBeDefined();
      expect(def.access, name).not.toBe('public');
      if (name !== 'participants.get') expect(def.access, name).not.toBe('authenticated'); // the service decides who reaches a record
    }
  });

  it('covers every procedure the follow-up screens call', () => {
    const screens = screenProcedures();
    expect(screens.length).toBeGreaterThan(20);
    expect(
      screens.filter(
        (n) =>
          !(n in calls('x')) &&
          !CASELOAD_WIDE.includes(n) &&
          !NO_PERSONAL_DATA.includes(n) &&
          !NOT_ABOUT_A_PARTICIPANT.includes(n),
      ),
    ).toEqual([]);
  });

  it("counselor B gets FORBIDDEN for Anna's participant through every procedure, each refusal audited, nothing written", async () => {
    const before = await snapshot(o.t);
    for (const [name, input] of Object.entries(calls(o.petterId)) as [ProcedureName, InputOf<ProcedureName>][]) {
      const r = await o.t.call(o.bjornConn, name, input);
      expect(r.ok ? 'ok' : r.error.code, name).toBe('FORBIDDEN');
      const entries = await auditOf(o.t, o.bjornId, name);
      expect(entries.at(-1), name).toMatchObject({
        target_type: 'participant',
        target_id: o.petterId,
        outcome: 'denied',
        reason: 'FORBIDDEN',
      });
    }
    expect(await snapshot(o.t)).toEqual(before);
  });

  it("participant Kaja gets FORBIDDEN for Petter's data through every procedure, audited, nothing written", async () => {
    const before = await snapshot(o.t);
    for (const [name, input] of Object.entries(calls(o.petterId)) as [ProcedureName, InputOf<ProcedureName>][]) {
      const r = await o.t.call(o.kajaConn, name, input);
      expect(r.ok ? 'ok' : r.error.code, name).toBe('FORBIDDEN');
      expect(
        (await auditOf(o.t, (await o.t.ok(o.kajaConn, 'auth.status', {})).user!.userId, name)).at(-1),
        name,
      ).toMatchObject({ target_id: o.petterId, outcome: 'denied' });
    }
    expect(await snapshot(o.t)).toEqual(before);
  });

  it('an admin manages accounts but reads no follow-up content', async () => {
    const before = await snapshot(o.t);
    for (const name of [
      'participants.profile',
      'plan.get',
      'motivation.list',
      'appointments.list',
      'gamification.get',
      'participants.revealNationalId',
      'caseload.list',
      'notes.list',
      'notes.search',
      'notes.add',
      'chat.messages',
    ] as const) {
      const input = name === 'caseload.list' ? {} : { ...calls(o.petterId)[name], participantId: o.petterId };
      const r = await o.t.call(o.admin, name, input as never);
      expect(r.ok ? 'ok' : r.error.code, name).toBe('FORBIDDEN');
    }
    expect(await snapshot(o.t)).toEqual(before);
  });

  it('the vocabulary holds codes and the explanation only, for any logged-in user', async () => {
    const v = await o.t.ok(o.petterConn, 'followup.vocabulary', {});
    expect(v.stages).toEqual(['assessment', 'clarification', 'work_trial', 'job_search', 'in_work_or_school', 'ended']);
    expect(v.gamification.explanation.version).toBe(1);
    const anonymous = await o.t.call(null, 'followup.vocabulary', {});
    expect(anonymous.ok ? 'ok' : anonymous.error.code).toBe('UNAUTHENTICATED');
  });

  it("the caseload-wide procedures show B only B's own participants", async () => {
    await o.t.ok(o.bjornConn, 'appointments.add', {
      participantId: o.kajaId,
      startsAt: todayAt(9, 0, 1),
      durationMinutes: 30,
      kind: 'meeting',
    });
    const caseload = await o.t.ok(o.bjornConn, 'caseload.list', {});
    expect(caseload.rows.map((r) => r.participantId)).toEqual([o.kajaId]);
    const upcoming = await o.t.ok(o.bjornConn, 'appointments.upcoming', { days: 30 });
    expect(upcoming.map((a) => a.participantId)).toEqual([o.kajaId]);
    const ics = await o.t.ok(o.bjornConn, 'appointments.ics', {});
    expect(ics.eventCount).toBe(1);
    expect(JSON.stringify([caseload, upcoming, ics])).not.toContain(o.petterId);
  });

  it("an id of Anna's step or appointment used on B's own participant is not found, and changes nothing", async () => {
    const before = await snapshot(o.t);
    const step = await o.t.call(o.bjornConn, 'plan.updateStep', {
      participantId: o.kajaId,
      stepId,
      status: 'cancelled',
    });
    expect(step.ok ? 'ok' : step.error.code).toBe('NOT_FOUND');
    const cancel = await o.t.call(o.bjornConn, 'appointments.cancel', { participantId: o.kajaId, appointmentId });
    expect(cancel.ok ? 'ok' : cancel.error.code).toBe('NOT_FOUND');
    const ics = await o.t.call(o.bjornConn, 'appointments.ics', {
      participantId: o.kajaId,
      appointmentIds: [appointmentId],
    });
    expect(ics.ok ? 'ok' : ics.error.code).toBe('NOT_FOUND');
    expect(await snapshot(o.t)).toEqual(before);
  });

  it('after reassignment the old counselor loses access and the new one does not see the old reminder', async () => {
    await o.t.ok(o.admin, 'participants.assign', { participantId: o.petterId, counselorId: o.bjornId });
    const anna = await o.t.call(o.annaConn, 'plan.get', { participantId: o.petterId });
    expect(anna.ok ? 'ok' : anna.error.code).toBe('FORBIDDEN');
    const profile = await o.t.ok(o.bjornConn, 'participants.profile', { participantId: o.petterId });
    expect(profile.reminder).toBeNull();
    expect((await o.t.ok(o.bjornConn, 'caseload.list', { search: 'Petter' })).rows[0]!.reminder).toBeNull();
    await o.t.ok(o.admin, 'participants.assign', { participantId: o.petterId, counselorId: o.annaId });
    expect((await o.t.ok(o.annaConn, 'participants.profile', { participantId: o.petterId })).reminder).toBe(
      'Hemmelig påminnelse',
    );
  });
});
