import { NOT_NEEDED_REASON_CODES } from '../../../electron/core/decisions/decisionInput.js';
import { recordBases, TEST_ORGANISATION_ROLE } from '../../helpers/org.js';
import { chatCore, type ChatCore } from '../chat/helpers.js';
import { goodModel } from '../chat/scripted.js';
import { makeNationalId, seededRng } from '../scrub/ids.js';

/**
 * Words that belong to one participant and to nobody else in the organisation: after their erasure
 * none of them may be found anywhere in the database or its WAL (tested on the decrypted pages).
 * ASCII on purpose where the full-text index folds diacritics; the name keeps its æøå.
 */
export interface PersonStrings {
  /** Appended to the words that are this person's alone. */
  tag: string;
  name: string;
  nationalId: string;
  phone: string;
  email: string;
  navOffice: string;
  reminder: string;
  goal: string;
  step: string;
  stepDescription: string;
  note: string;
  location: string;
  counselorMessage: string;
  chat: string;
  crisis: string;
  caseNotes: string;
  requestNote: string;
  holdReason: string;
}

export function stringsFor(tag: string, name: string, seed: number, phone: string): PersonStrings {
  const rng = seededRng(seed);
  return {
    tag,
    name,
    nationalId: makeNationalId(rng),
    phone,
    email: `${tag}.postkasse@eksempel.invalid`,
    navOffice: `NAV Vaagsoey${tag}`,
    reminder: `Husk frist hos Fjordstaal${tag}`,
    goal: `Bli sveiser hos Sveiseverket${tag}`,
    step: `Ringe Verkstedgata${tag} om plass`,
    stepDescription: `Snakke med mester Trombonist${tag}`,
    note: `Samtale om Blaaklokkevegen${tag} og hyttetur til Zanzibarhytta${tag}`,
    location: `Moeterom Glitretind${tag}`,
    counselorMessage: `Hvordan gikk besoeket hos Kjoekkenhjelp${tag}`,
    chat: `Jeg vil gjerne jobbe som Baksterlaerling${tag} i butikk.`,
    crisis: `jeg orker ikke mer, jeg vil ikke leve lenger Nattevakt${tag}`,
    caseNotes: `Ryggplager etter Fjellklatring${tag}`,
    requestNote: `Ba om kopi via Postboks${tag}`,
    holdReason: `Klagesak Trygderetten${tag}`,
  };
}

/** The strings to look for in the raw bytes: the name, the numbers, and every word carrying the person's tag. */
export function needles(s: PersonStrings, options: { withHold?: boolean } = {}): string[] {
  const texts = [
    s.navOffice,
    s.reminder,
    s.goal,
    s.step,
    s.stepDescription,
    s.note,
    s.location,
    s.counselorMessage,
    s.chat,
    s.crisis,
    s.caseNotes,
    s.requestNote,
    ...(options.withHold ? [s.holdReason] : []),
  ];
  const tagged = texts
    .flatMap((text) => text.split(/\s+/))
    .filter((w) => w.includes(s.tag))
    .map((w) => w.replace(/[.,]$/, ''));
  return [s.name, s.nationalId, s.phone, s.email, ...tagged].filter((n, i, all) => all.indexOf(n) === i);
}

export const P_NAME = 'Ingeborg Ødegård-Kvalsvik';
export const Q_NAME = 'Kaja Deltaker';

/** An organisation (chatCore: admin, counselors A and B, participants P of A and Q of B) with every optional purpose's basis recorded. */
export async function privacyOrg(): Promise<ChatCore> {
  const t = await chatCore({ generator: goodModel(), names: { participantP: P_NAME, participantQ: Q_NAME } });
  await recordBases(t.ok, t.admin, ['statistics']);
  return t;
}

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
const localDay = (offset: number) => {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/**
 * Puts something in EVERY table that can hold data about the participant, through the API as the
 * people who would write it: profile, reminder, stage, goal, steps, motivation, appointment, note,
 * messages, a chatbot conversation with a crisis turn, points and badges, a decision case with a
 * decision and an outcome, the notice read, a request, an objection and a legal hold.
 */
export async function fillParticipant(
  t: ChatCore,
  who: {
    counselor: string;
    participant: string;
    participantId: string;
    strings: PersonStrings;
    withHold?: boolean;
    withObjection?: boolean;
  },
) {
  const { counselor, participant, participantId: id, strings: s } = who;
  await t.ok(counselor, 'participants.updateProfile', {
    participantId: id,
    nationalId: s.nationalId,
    phone: s.phone,
    email: s.email,
    programme: 'aft',
    startDate: localDay(-200),
    plannedEndDate: localDay(100),
    navOffice: s.navOffice,
  });
  await t.ok(counselor, 'participants.setReminder', { participantId: id, reminder: s.reminder });
  await t.ok(counselor, 'stages.set', { participantId: id, stage: 'work_trial' });
  await t.ok(participant, 'plan.setGoal', { participantId: id, goal: s.goal });
  await t.ok(participant, 'gamification.enable', { participantId: id, explanationVersion: 1 });
  const step = await t.ok(participant, 'plan.addStep', {
    participantId: id,
    title: s.step,
    description: s.stepDescription,
    kind: 'cv',
    status: 'planned',
  });
  await t.ok(participant, 'plan.updateStep', { participantId: id, stepId: step.id, status: 'done' });
  await t.ok(participant, 'motivation.add', { participantId: id, importance: 8, confidence: 5 });
  await t.ok(counselor, 'appointments.add', {
    participantId: id,
    startsAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
    durationMinutes: 45,
    kind: 'meeting',
    location: s.location,
  });
  await t.ok(counselor, 'notes.add', {
    participantId: id,
    kind: 'meeting',
    occurredOn: localDay(-1),
    durationMinutes: 30,
    attendance: 'attended',
    body: s.note,
  });
  await t.ok(counselor, 'chat.append', { participantId: id, body: s.counselorMessage });
  const { conversationId } = await t.ok(participant, 'chat.start', { participantId: id });
  await t.ok(participant, 'chat.send', { participantId: id, conversationId, text: s.chat });
  await t.ok(participant, 'chat.send', { participantId: id, conversationId, text: s.crisis });
  const decisionCase = await t.ok(counselor, 'decisions.createCase', {
    participantId: id,
    case: {
      startDate: daysAgo(125),
      sickLeavePercent: 100,
      icpc2Chapter: 'L',
      previousSpells3y: 1,
      ageBand: '16-29',
      counselorNotes: s.caseNotes,
    },
  });
  const session = await t.ok(counselor, 'decisions.openSession', { caseId: decisionCase.id });
  await t.ok(counselor, 'decisions.recordOwnAssessment', { sessionId: session.id, expectation: 'still-on-leave' });
  await t.ok(counselor, 'decisions.showPrediction', { sessionId: session.id });
  // Only NAV or NAV's processor records NAV's decision; otherwise an assessment for NAV is logged (issue 17).
  if (session.authority === 'assessment-for-nav')
    await t.ok(counselor, 'decisions.completeAssessmentForNav', {
      sessionId: session.id,
      recommendation: 'notNeeded',
      justification: 'Venter tilbake i arbeid innen 28 uker.',
    });
  else
    await t.ok(counselor, 'decisions.decideNotNeeded', {
      sessionId: session.id,
      reasonCode: NOT_NEEDED_REASON_CODES[2]!,
      justification: 'Venter tilbake i arbeid innen 28 uker.',
    });
  await t.ok(counselor, 'decisions.recordOutcome', { caseId: decisionCase.id, stillOnLeaveAtWeek26: false });
  const notice = await t.ok(participant, 'me.notice', { participantId: id });
  await t.ok(participant, 'privacy.acknowledge', { participantId: id, version: notice.notice.version });
  const request = await t.ok(participant, 'privacy.registerRequest', {
    participantId: id,
    kind: 'access',
    note: s.requestNote,
  });
  if (who.withObjection) await t.ok(participant, 'privacy.object', { participantId: id, purpose: 'statistics' });
  if (who.withHold) await t.ok(t.admin, 'privacy.placeHold', { participantId: id, reason: s.holdReason });
  return { conversationId, caseId: decisionCase.id, sessionId: session.id, stepId: step.id, requestId: request.id };
}

/**
 * The same organisation, processing for NAV for a while, records NAV's decision that a meeting is
 * not needed, and the letter's handover (issue 17). Call after every fillParticipant: the role
 * changes twice, so the notice gets a new version, which this participant then reads.
 */
export async function addNavLetterCase(
  t: ChatCore,
  who: { counselor: string; participant: string; participantId: string },
) {
  const { counselor, participant, participantId: id } = who;
  await t.ok(t.admin, 'privacy.setOrganisation', {
    role: 'processor',
    controller: { kind: 'nav', name: 'NAV Vestland', agreementReference: 'Databehandleravtale 2026-01' },
    contact: { name: 'Personvernansvarlig i tiltaket' },
  });
  const navCase = await t.ok(counselor, 'decisions.createCase', {
    participantId: id,
    case: {
      startDate: daysAgo(130),
      sickLeavePercent: 50,
      icpc2Chapter: 'P',
      previousSpells3y: 0,
      ageBand: '16-29',
      counselorNotes: '',
    },
  });
  const navSession = await t.ok(counselor, 'decisions.openSession', { caseId: navCase.id });
  await t.ok(counselor, 'decisions.recordOwnAssessment', { sessionId: navSession.id, expectation: 'back-at-work' });
  await t.ok(counselor, 'decisions.decideNotNeeded', {
    sessionId: navSession.id,
    reasonCode: NOT_NEEDED_REASON_CODES[2]!,
    justification: 'Venter tilbake i arbeid innen 28 uker.',
  });
  await t.ok(counselor, 'decisions.recordLetterHandover', {
    caseId: navCase.id,
    language: 'nn',
    channel: 'printedAndGiven',
  });
  await t.ok(t.admin, 'privacy.setOrganisation', TEST_ORGANISATION_ROLE);
  const current = await t.ok(participant, 'me.notice', { participantId: id });
  await t.ok(participant, 'privacy.acknowledge', { participantId: id, version: current.notice.version });
  return navCase.id;
}
