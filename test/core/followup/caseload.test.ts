import { afterEach, describe, expect, it } from 'vitest';
import type { TestCore } from '../../helpers/org.js';
import { followupOrg, localDay, todayAt, type FollowupOrg } from './helpers.js';

let org: FollowupOrg | undefined;
afterEach(async () => {
  await org?.t.close();
  org = undefined;
});

const db = (t: TestCore) => t.core.services.store.db;
const daysAgoIso = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

/** Adds a participant to Anna's caseload, added `ageDays` ago. */
async function participant(o: FollowupOrg, name: string, ageDays = 60): Promise<string> {
  const p = await o.t.ok(o.annaConn, 'participants.create', { displayName: name });
  await db(o.t).run('UPDATE participants SET created_at = ?, updated_at = ? WHERE id = ?', [
    daysAgoIso(ageDays),
    daysAgoIso(ageDays),
    p.id,
  ]);
  return p.id;
}

async function message(
  o: FollowupOrg,
  participantId: string,
  author: 'participant' | 'counselor' | 'assistant',
  daysAgo: number,
): Promise<void> {
  await db(o.t).run(
    "INSERT INTO chat_messages (participant_id, conversation_id, author, author_user_id, body, created_at) VALUES (?, 'c1', ?, NULL, 'Hei', ?)",
    [participantId, author, daysAgoIso(daysAgo)],
  );
}

async function names(o: FollowupOrg, filters: Parameters<typeof o.t.ok<'caseload.list'>>[2]): Promise<string[]> {
  const page = await o.t.ok(o.annaConn, 'caseload.list', filters);
  return page.rows.map((r) => r.displayName);
}

describe('caseload ("Mine deltakere")', () => {
  it('lists only my own participants, searches by name, and shows what the list needs', async () => {
    org = await followupOrg();
    const o = org;
    const aksel = await participant(o, 'Aksel Fiktivsen');
    await participant(o, 'Birgit 100% Fiktiv');
    await o.t.ok(o.bjornConn, 'participants.create', { displayName: 'Aksel Annensen' }); // Bjørn's, never Anna's

    expect(await names(o, {})).toEqual(['Aksel Fiktivsen', 'Birgit 100% Fiktiv', 'Petter Fiktiv']);
    expect(await names(o, { search: 'aksel' })).toEqual(['Aksel Fiktivsen']);
    expect(await names(o, { search: '100%' })).toEqual(['Birgit 100% Fiktiv']);
    expect(await names(o, { search: '%' })).toEqual(['Birgit 100% Fiktiv']); // % is a character, not a wildcard
    expect(await names(o, { search: 'Annensen' })).toEqual([]);

    await o.t.ok(o.annaConn, 'stages.set', { participantId: aksel, stage: 'job_search', startedOn: localDay(-3) });
    await o.t.ok(o.annaConn, 'plan.addStep', {
      participantId: aksel,
      title: 'Sende søknad til Rema',
      dueOn: localDay(2),
      agreed: true,
      kind: 'application',
    });
    await o.t.ok(o.annaConn, 'plan.addStep', { participantId: aksel, title: 'Uten dato' });
    await o.t.ok(o.annaConn, 'appointments.add', {
      participantId: aksel,
      startsAt: todayAt(13, 0, 3),
      durationMinutes: 45,
      kind: 'meeting',
    });
    await o.t.ok(o.annaConn, 'notes.add', {
      participantId: aksel,
      kind: 'phone',
      occurredOn: localDay(-1),
      body: 'Ringte om søknaden.',
    });
    await o.t.ok(o.annaConn, 'participants.setReminder', {
      participantId: aksel,
      reminder: 'Spør om truckførerkurset',
    });
    await o.t.ok(o.annaConn, 'participants.updateProfile', { participantId: aksel, programme: 'aft' });

    const page = await o.t.ok(o.annaConn, 'caseload.list', { search: 'Aksel' });
    expect(page.total).toBe(1);
    expect(page.counts.all).toBe(3);
    const row = page.rows[0]!;
    expect(row).toMatchObject({
      displayName: 'Aksel Fiktivsen',
      programme: 'aft',
      stage: 'job_search',
      stageSince: localDay(-3),
      nextStep: { title: 'Sende søknad til Rema', dueOn: localDay(2), status: 'planned' },
      lastContact: { on: localDay(-1), kind: 'note' },
      nextMeeting: { startsAt: todayAt(13, 0, 3), durationMinutes: 45, kind: 'meeting' },
      reminder: 'Spør om truckførerkurset',
      flags: {
        isNew: false,
        awaitingReply: false,
        overdue: false,
        meetingToday: false,
        daysSinceContact: 1,
        noContact: false,
      },
    });
    // Bjørn's reminder list is his own: he sees no reminder and no participant of Anna's.
    const bjorns = await o.t.ok(o.bjornConn, 'caseload.list', {});
    expect(bjorns.rows.map((r) => r.displayName)).toEqual(['Aksel Annensen', 'Kaja Fiktiv']);
  });

  it('new: added within 14 days', async () => {
    org = await followupOrg();
    await participant(org, 'Ny Nilsen', 3);
    await participant(org, 'Gammel Gundersen', 20);
    await participant(org, 'Grense Grønn', 13);
    expect(await names(org, { isNew: true })).toEqual(['Grense Grønn', 'Ny Nilsen', 'Petter Fiktiv']); // Petter was added today
    expect((await org.t.ok(org.annaConn, 'caseload.list', {})).counts.isNew).toBe(3);
  });

  it('waiting for my reply: the latest message is from the participant', async () => {
    org = await followupOrg();
    const waiting = await participant(org, 'Venter Vik');
    const answered = await participant(org, 'Besvart Berg');
    const botLast = await participant(org, 'Robot Rud');
    await message(org, waiting, 'counselor', 3);
    await message(org, waiting, 'participant', 1);
    await message(org, answered, 'participant', 3);
    await message(org, answered, 'counselor', 2);
    await message(org, botLast, 'participant', 2);
    await message(org, botLast, 'assistant', 2);
    const page = await org.t.ok(org.annaConn, 'caseload.list', { awaitingReply: true });
    expect(page.rows.map((r) => r.displayName)).toEqual(['Venter Vik']);
    expect(page.rows[0]!.awaitingReplySince).toBe(
      (await db(org.t).get<{ c: string }>('SELECT max(created_at) AS c FROM chat_messages WHERE participant_id = ?', [
        waiting,
      ]))!.c,
    );
    expect(page.counts.awaitingReply).toBe(1);
  });

  it('no contact for N days: no note, held appointment or message since, and on the caseload longer than that', async () => {
    org = await followupOrg();
    const o = org;
    const silent = await participant(o, 'Stille Strand');
    const oldNote = await participant(o, 'Notat Nes');
    const recentNote = await participant(o, 'Nylig Notat');
    const recentMessage = await participant(o, 'Melding Moe');
    const onlyBot = await participant(o, 'Bot Bakken');
    const pastMeeting = await participant(o, 'Møtt Myhre');
    const cancelledMeeting = await participant(o, 'Avlyst Aas');
    await participant(o, 'Helt Ny', 5); // no contact, but only on the caseload for 5 days
    const noShow = await participant(o, 'Uteble Ulsrud');
    await o.t.ok(o.annaConn, 'notes.add', {
      participantId: noShow,
      kind: 'meeting',
      occurredOn: localDay(-2),
      attendance: 'no_show',
      body: 'Møtte ikke.',
    });
    await o.t.ok(o.annaConn, 'notes.add', {
      participantId: oldNote,
      kind: 'meeting',
      occurredOn: localDay(-20),
      body: 'Møte.',
    });
    await o.t.ok(o.annaConn, 'notes.add', {
      participantId: recentNote,
      kind: 'meeting',
      occurredOn: localDay(-14),
      body: 'Møte.',
    });
    await message(o, recentMessage, 'participant', 2);
    await message(o, onlyBot, 'assistant', 1);
    await o.t.ok(o.annaConn, 'appointments.add', {
      participantId: pastMeeting,
      startsAt: new Date(Date.now() - 3 * 86_400_000).toISOString(),
      durationMinutes: 30,
      kind: 'meeting',
      past: true,
    });
    const c = await o.t.ok(o.annaConn, 'appointments.add', {
      participantId: cancelledMeeting,
      startsAt: new Date(Date.now() - 3 * 86_400_000).toISOString(),
      durationMinutes: 30,
      kind: 'meeting',
      past: true,
    });
    await o.t.ok(o.annaConn, 'appointments.cancel', { participantId: cancelledMeeting, appointmentId: c.id });

    expect(await names(o, { noContactDays: 14 })).toEqual([
      'Avlyst Aas',
      'Bot Bakken',
      'Notat Nes',
      'Stille Strand',
      'Uteble Ulsrud',
    ]);
    expect(await names(o, { noContactDays: 30 })).toEqual([
      'Avlyst Aas',
      'Bot Bakken',
      'Stille Strand',
      'Uteble Ulsrud',
    ]);
    // Since yesterday: the message two days ago and the five-day-old record no longer protect; Petter was added today.
    expect(await names(o, { noContactDays: 1 })).toEqual([
      'Avlyst Aas',
      'Bot Bakken',
      'Helt Ny',
      'Melding Moe',
      'Møtt Myhre',
      'Notat Nes',
      'Nylig Notat',
      'Stille Strand',
      'Uteble Ulsrud',
    ]);
    expect(await names(o, { noContactDays: 5 })).toEqual([
      'Avlyst Aas',
      'Bot Bakken',
      'Notat Nes',
      'Nylig Notat',
      'Stille Strand',
      'Uteble Ulsrud',
    ]);
    const rows = (await o.t.ok(o.annaConn, 'caseload.list', { search: 'Notat Nes' })).rows;
    expect(rows[0]!.flags.daysSinceContact).toBe(20);
    expect((await o.t.ok(o.annaConn, 'caseload.list', { search: 'Stille' })).rows[0]!.lastContact).toBeNull();
    expect(silent).toBeTruthy();
  });

  it('next step overdue: an open step due before today (done, cancelled and later steps do not count)', async () => {
    org = await followupOrg();
    const o = org;
    const late = await participant(o, 'Sen Sæther');
    const doneLate = await participant(o, 'Ferdig Foss');
    const cancelledLate = await participant(o, 'Avbrutt Aune');
    const dueToday = await participant(o, 'Frist Idag');
    const s1 = await o.t.ok(o.annaConn, 'plan.addStep', {
      participantId: late,
      title: 'Lage CV',
      dueOn: localDay(-1),
      kind: 'cv',
      agreed: true,
    });
    await o.t.ok(o.annaConn, 'plan.addStep', {
      participantId: late,
      title: 'Senere',
      dueOn: localDay(10),
      agreed: true,
    });
    const s2 = await o.t.ok(o.annaConn, 'plan.addStep', {
      participantId: doneLate,
      title: 'Lage CV',
      dueOn: localDay(-5),
      agreed: true,
    });
    await o.t.ok(o.annaConn, 'plan.updateStep', { participantId: doneLate, stepId: s2.id, status: 'done' });
    const s3 = await o.t.ok(o.annaConn, 'plan.addStep', {
      participantId: cancelledLate,
      title: 'Kurs',
      dueOn: localDay(-5),
    });
    await o.t.ok(o.annaConn, 'plan.updateStep', { participantId: cancelledLate, stepId: s3.id, status: 'cancelled' });
    await o.t.ok(o.annaConn, 'plan.addStep', { participantId: dueToday, title: 'I dag', dueOn: localDay(0) });

    const page = await o.t.ok(o.annaConn, 'caseload.list', { overdue: true });
    expect(page.rows.map((r) => r.displayName)).toEqual(['Sen Sæther']);
    expect(page.rows[0]!.nextStep).toMatchObject({ id: s1.id, dueOn: localDay(-1) });
    expect(page.counts.overdue).toBe(1);
    const plan = await o.t.ok(o.annaConn, 'plan.get', { participantId: late });
    expect(plan.steps.find((s) => s.id === s1.id)!.overdue).toBe(true);
  });

  it('meeting today: an appointment today that is not cancelled', async () => {
    org = await followupOrg();
    const o = org;
    const today = await participant(o, 'Møte Idag');
    const earlyToday = await participant(o, 'Tidlig Tangen');
    const tomorrow = await participant(o, 'Møte Imorgen');
    const cancelled = await participant(o, 'Avlyst Idag');
    const yesterday = await participant(o, 'Møte Igår');
    await o.t.ok(o.annaConn, 'appointments.add', {
      participantId: today,
      startsAt: todayAt(23, 30),
      durationMinutes: 15,
      kind: 'phone',
      past: true,
    });
    await o.t.ok(o.annaConn, 'appointments.add', {
      participantId: earlyToday,
      startsAt: todayAt(0, 5),
      durationMinutes: 30,
      kind: 'meeting',
      past: true,
    });
    await o.t.ok(o.annaConn, 'appointments.add', {
      participantId: tomorrow,
      startsAt: todayAt(0, 5, 1),
      durationMinutes: 30,
      kind: 'meeting',
    });
    const c = await o.t.ok(o.annaConn, 'appointments.add', {
      participantId: cancelled,
      startsAt: todayAt(12),
      durationMinutes: 30,
      kind: 'meeting',
      past: true,
    });
    await o.t.ok(o.annaConn, 'appointments.cancel', { participantId: cancelled, appointmentId: c.id });
    await o.t.ok(o.annaConn, 'appointments.add', {
      participantId: yesterday,
      startsAt: todayAt(23, 0, -1),
      durationMinutes: 30,
      kind: 'meeting',
      past: true,
    });

    const page = await o.t.ok(o.annaConn, 'caseload.list', { meetingToday: true, sort: 'nextMeeting' });
    expect(page.rows.map((r) => r.displayName)).toEqual(['Tidlig Tangen', 'Møte Idag']);
    expect(page.rows[1]!.nextMeeting).toMatchObject({ startsAt: todayAt(23, 30), kind: 'phone' });
    expect(page.counts.meetingToday).toBe(2);
  });

  it('process stage: the current stage (the latest by date), one or several', async () => {
    org = await followupOrg();
    const o = org;
    const searching = await participant(o, 'Jobbsøker Johansen');
    const moved = await participant(o, 'Videre Vold');
    const backdated = await participant(o, 'Tilbake Tveit');
    await participant(o, 'Uten Fase');
    await o.t.ok(o.annaConn, 'stages.set', { participantId: searching, stage: 'assessment', startedOn: localDay(-30) });
    await o.t.ok(o.annaConn, 'stages.set', { participantId: searching, stage: 'job_search', startedOn: localDay(-5) });
    await o.t.ok(o.annaConn, 'stages.set', { participantId: moved, stage: 'job_search', startedOn: localDay(-20) });
    await o.t.ok(o.annaConn, 'stages.set', {
      participantId: moved,
      stage: 'in_work_or_school',
      startedOn: localDay(-2),
    });
    // Recorded later, but dated earlier: the stage that began last is current.
    await o.t.ok(o.annaConn, 'stages.set', {
      participantId: backdated,
      stage: 'clarification',
      startedOn: localDay(-1),
    });
    await o.t.ok(o.annaConn, 'stages.set', { participantId: backdated, stage: 'job_search', startedOn: localDay(-10) });

    expect(await names(o, { stages: ['job_search'] })).toEqual(['Jobbsøker Johansen']);
    expect(await names(o, { stages: ['job_search', 'in_work_or_school'] })).toEqual([
      'Jobbsøker Johansen',
      'Videre Vold',
    ]);
    expect(await names(o, { stages: ['clarification'] })).toEqual(['Tilbake Tveit']);
    expect(await names(o, { stages: ['ended'] })).toEqual([]);
  });

  it('with my reminder: participants I wrote a reminder about (my own, not another counselor’s)', async () => {
    org = await followupOrg();
    const o = org;
    const remembered = await participant(o, 'Husk Hansen');
    const removed = await participant(o, 'Fjernet Fjeld');
    await participant(o, 'Uten Påminnelse');
    await o.t.ok(o.annaConn, 'participants.setReminder', {
      participantId: remembered,
      reminder: 'Ring om praksisplassen',
    });
    await o.t.ok(o.annaConn, 'participants.setReminder', { participantId: removed, reminder: 'Midlertidig' });
    await o.t.ok(o.annaConn, 'participants.setReminder', { participantId: removed, reminder: '' });
    // Bjørn's reminder about his own participant is not in Anna's count.
    await o.t.ok(o.bjornConn, 'participants.setReminder', { participantId: o.kajaId, reminder: 'Bjørns egen' });

    const page = await o.t.ok(o.annaConn, 'caseload.list', { hasReminder: true });
    expect(page.rows.map((r) => [r.displayName, r.reminder])).toEqual([['Husk Hansen', 'Ring om praksisplassen']]);
    expect(page.counts.hasReminder).toBe(1);
    expect(page.counts.all).toBe(4);
    expect(await names(o, { hasReminder: true, search: 'Fjeld' })).toEqual([]);
    expect((await o.t.ok(o.bjornConn, 'caseload.list', { hasReminder: true })).rows.map((r) => r.displayName)).toEqual([
      'Kaja Fiktiv',
    ]);
  });

  it('combines filters (AND), pages, and keeps the chip counts for the whole caseload', async () => {
    org = await followupOrg();
    const o = org;
    const a = await participant(o, 'A Venter', 3);
    const b = await participant(o, 'B Venter');
    await participant(o, 'C Ny', 2);
    await message(o, a, 'participant', 1);
    await message(o, b, 'participant', 1);
    expect(await names(o, { awaitingReply: true, isNew: true })).toEqual(['A Venter']);
    const first = await o.t.ok(o.annaConn, 'caseload.list', { limit: 2 });
    const second = await o.t.ok(o.annaConn, 'caseload.list', { limit: 2, offset: 2 });
    expect([...first.rows, ...second.rows].map((r) => r.displayName)).toEqual([
      'A Venter',
      'B Venter',
      'C Ny',
      'Petter Fiktiv',
    ]);
    expect(first.total).toBe(4);
    const none = await o.t.ok(o.annaConn, 'caseload.list', { search: 'finnes ikke' });
    expect(none).toMatchObject({ rows: [], total: 0, counts: { all: 4, awaitingReply: 2, isNew: 3 } });
  });

  it('is for counselors only', async () => {
    org = await followupOrg();
    for (const conn of [org.admin, org.petterConn]) {
      const r = await org.t.call(conn, 'caseload.list', {});
      expect(r.ok ? null : r.error.code).toBe('FORBIDDEN');
    }
  });
});
