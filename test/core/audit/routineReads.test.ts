import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { procedures } from '../../../electron/core/api/router.js';
import type { AuditEntry } from '../../../electron/core/audit/index.js';
import { REPEATED_READS, repeatedReadCounts } from '../../../electron/core/audit/index.js';
import { ADMIN_PASSWORD, addUser, login, makeCore, setupOrg, type TestCore } from '../../helpers/org.js';

/**
 * Acceptance 4 of issue 19: ordinary use by one counselor, scripted through the dispatcher as the
 * renderer's pages call it (the flows of followup.spec and chat.spec: caseload, a participant's
 * profile, log, plan, motivation and appointments, a note and a step written, back to the caseload),
 * repeated. Reads of her own pages are counted per day; an access to a participant's data is an
 * opening of her record, with an entry of its own and its time; further reads while it is open are
 * counted; every write keeps its own entry; the chain still verifies.
 */
let t: TestCore;
let admin: string;
let counselorId: string;
const participants: string[] = [];

/** The whole chain, oldest first. */
async function chain(): Promise<AuditEntry[]> {
  const rows = await t.core.services.store.db.all<{ seq: number }>('SELECT seq FROM audit_log ORDER BY seq');
  const entries = await t.core.services.audit.list({ limit: 1000, beforeSeq: rows.length + 1 });
  return entries.sort((a, b) => a.seq - b.seq);
}

/** Each call the renderer makes in one round; `about` is the participant whose data the call reads or writes. */
interface Call {
  name: keyof typeof procedures;
  input: Record<string, unknown>;
  about: string | null;
}

const WRITES = new Set(['notes.add', 'plan.addStep']);

function round(participantId: string, n: number): Call[] {
  const about = participantId;
  const home: Call[] = [
    { name: 'caseload.list', input: {}, about: null },
    { name: 'chat.flags', input: { unseenOnly: true }, about: null },
    { name: 'participants.list', input: { limit: 500 }, about: null },
  ];
  return [
    ...home,
    { name: 'participants.profile', input: { participantId }, about },
    { name: 'notes.list', input: { participantId }, about },
    {
      name: 'notes.add',
      input: { participantId, kind: 'meeting', occurredOn: '2026-12-01', body: `Samtale nummer ${n}` },
      about,
    },
    { name: 'notes.list', input: { participantId }, about },
    { name: 'plan.get', input: { participantId }, about },
    { name: 'plan.addStep', input: { participantId, title: `Steg ${n}` }, about },
    { name: 'plan.get', input: { participantId }, about },
    { name: 'motivation.list', input: { participantId }, about },
    { name: 'appointments.list', input: { participantId }, about },
    ...home,
  ];
}

let before = 0;
let after = 0;
/** One per round: the participant whose record she opened, the calls about her, and when the round ran. */
const visits: { participantId: string; calls: string[]; from: number; to: number }[] = [];
let session: AuditEntry[] = [];

beforeAll(async () => {
  t = await makeCore();
  ({ admin } = await setupOrg(t));
  counselorId = (await addUser(t, admin, 'vera', 'Vera Veileder', 'counselor')).id;
  for (const [u, name] of [
    ['ola', 'Ola Nordmann'],
    ['kari', 'Kari Nordmann'],
    ['per', 'Per Hansen'],
  ] as const)
    participants.push((await addUser(t, admin, u, name, 'participant', counselorId)).participantId!);
  const vera = await login(t, 'vera');
  await t.ok(admin, 'auth.logout', {});
  const firstSeq = (await chain()).length + 1;
  // Twenty rounds over her three participants: each round as the pages call the API.
  for (let n = 0; n < 20; n++) {
    const participantId = participants[n % participants.length]!;
    const visit = { participantId, calls: [] as string[], from: Date.now(), to: 0 };
    for (const call of round(participantId, n)) {
      const r = await t.call(vera, call.name, call.input as never);
      expect(r.ok, call.name).toBe(true);
      // Before openings and counted reads, every successful call of an audited procedure was one entry.
      if (procedures[call.name].audit) before++;
      if (call.about) visit.calls.push(call.name);
    }
    visit.to = Date.now();
    visits.push(visit);
  }
  await t.ok(vera, 'auth.logout', {});
  // Her counted reads were sealed into the chain when she logged out (and the app locked).
  admin = await login(t, 'admin', ADMIN_PASSWORD);
  session = (await chain()).filter((e) => e.seq >= firstSeq && e.actorId === counselorId);
  after = session.filter((e) => e.action !== 'auth.login' && e.action !== 'auth.logout').length;
}, 120_000);

afterAll(async () => {
  await t?.close();
});

describe('ordinary use leaves at most a quarter of the audit entries, and every access (issue 19, acceptance 4)', () => {
  it('twenty rounds of ordinary use write at most a quarter of the entries they wrote before', () => {
    const aboutParticipants = visits.reduce((n, v) => n + v.calls.length, 0);
    console.log(
      `ordinary use by one counselor: ${before} audit entries before, ${after} after ` +
        `(${(after / before).toFixed(3)} of before; ${aboutParticipants} calls about a participant's data, ` +
        `${visits.length} openings of a record, ${before - aboutParticipants} reads of her own lists)`,
    );
    expect(before).toBe(300);
    expect(after).toBeLessThanOrEqual(before / 4);
  });

  it('every opening of a participant’s record has its own entry, at the time she opened it, before her writes', () => {
    const aboutThem = session.filter((e) => e.targetType === 'participant' && e.action !== REPEATED_READS);
    for (const [i, visit] of visits.entries()) {
      const inVisit = aboutThem.filter((e) => Date.parse(e.at) >= visit.from && Date.parse(e.at) <= visit.to);
      // She opened the record with the profile page; the note and the step she wrote follow, each its own entry.
      expect(
        inVisit.map((e) => [e.action, e.targetId, e.outcome]),
        `round ${i}`,
      ).toEqual([
        ['participants.profile', visit.participantId, 'ok'],
        ['notes.add', visit.participantId, 'ok'],
        ['plan.addStep', visit.participantId, 'ok'],
      ]);
    }
    // Nothing about a participant happened outside the rounds.
    expect(aboutThem).toHaveLength(visits.length * 3);
  });

  it('counts every other read of her data, per participant and procedure, and the counts add up to the calls', () => {
    for (const participantId of participants) {
      const made = new Map<string, number>();
      for (const visit of visits.filter((v) => v.participantId === participantId))
        for (const call of visit.calls.filter((c) => !WRITES.has(c))) made.set(call, (made.get(call) ?? 0) + 1);
      const recorded = new Map<string, number>();
      const about = session.filter((e) => e.targetType === 'participant' && e.targetId === participantId);
      for (const e of about)
        if (e.action === REPEATED_READS)
          for (const c of repeatedReadCounts(e.reason)) recorded.set(c.action, (recorded.get(c.action) ?? 0) + c.count);
        else if (!WRITES.has(e.action)) recorded.set(e.action, (recorded.get(e.action) ?? 0) + 1);
      expect(Object.fromEntries(recorded), participantId).toEqual(Object.fromEntries(made));
      // Her counted reads of one participant are one sealing entry (sealed once, when she logged out).
      expect(about.filter((e) => e.action === REPEATED_READS)).toHaveLength(1);
    }
  });

  it('counts the repeated reads of her own lists, and the counts add up to every read she made', () => {
    const sealed = session.filter((e) => e.action === REPEATED_READS && e.targetType !== 'participant');
    const counts = sealed.flatMap((e) => repeatedReadCounts(e.reason));
    expect(counts.map((c) => c.action).sort()).toEqual(['caseload.list', 'chat.flags', 'participants.list']);
    // One sealing entry per record read (her caseload, her crisis flags), not one per kind.
    expect(sealed.length).toBeLessThan(counts.length);
    // 20 rounds × 2 visits to the caseload page = 40 reads of each list: one entry, and 39 counted.
    for (const action of ['caseload.list', 'chat.flags', 'participants.list']) {
      expect(
        session.filter((e) => e.action === action),
        action,
      ).toHaveLength(1);
      expect(counts.find((c) => c.action === action)?.count, action).toBe(39);
    }
  });

  it('gives every read by anyone but her assigned counselor an entry of its own; openings are per counselor', async () => {
    const userOf = async (participantId: string) =>
      (await t.core.services.store.db.get<{ id: string }>('SELECT id FROM users WHERE participant_id = ?', [
        participantId,
      ]))!.id;
    const ola = participants[0]!;
    const olaUser = await userOf(ola);
    const nina = (await addUser(t, admin, 'nina', 'Nina Nilsen', 'counselor')).id;
    const olaConn = await login(t, 'ola');
    const vera = await login(t, 'vera');
    const ninaConn = await login(t, 'nina');
    const start = (await chain()).length;
    for (let i = 0; i < 5; i++) {
      await t.ok(olaConn, 'me.overview', { participantId: ola });
      await t.ok(vera, 'plan.get', { participantId: ola });
      await t.ok(admin, 'participants.get', { participantId: ola });
      expect((await t.call(ninaConn, 'plan.get', { participantId: ola })).ok).toBe(false);
    }
    let mid = (await chain()).filter((e) => e.seq > start);
    // Ola's own page: a routine read, counted per day after its first entry.
    expect(mid.filter((e) => e.actorId === olaUser && e.action === 'me.overview')).toHaveLength(1);
    // Vera opened Ola's record once; her other four reads are counted.
    expect(mid.filter((e) => e.actorId === counselorId && e.action === 'plan.get')).toHaveLength(1);
    // The admin is not Ola's counselor: each read has its own entry, and so has each refusal of Nina.
    expect(mid.filter((e) => e.action === 'participants.get')).toHaveLength(5);
    expect(mid.filter((e) => e.actorId === nina && e.action === 'plan.get').map((e) => e.outcome)).toEqual(
      Array(5).fill('denied'),
    );

    // Ola moves to Nina: her first read opens her own opening of his record; Vera is refused, each time.
    await t.ok(admin, 'participants.assign', { participantId: ola, counselorId: nina });
    for (let i = 0; i < 3; i++) {
      await t.ok(ninaConn, 'plan.get', { participantId: ola });
      expect((await t.call(vera, 'plan.get', { participantId: ola })).ok).toBe(false);
    }
    mid = (await chain()).filter((e) => e.seq > start);
    expect(mid.filter((e) => e.actorId === nina && e.action === 'plan.get' && e.outcome === 'ok')).toHaveLength(1);
    expect(mid.filter((e) => e.actorId === counselorId && e.outcome === 'denied')).toHaveLength(3);

    await t.core.services.audit.routineReads.seal();
    const sealed = (await chain()).filter((e) => e.seq > start && e.action === REPEATED_READS);
    expect(sealed.map((e) => [e.actorId, e.targetId, e.reason]).sort()).toEqual(
      [
        [olaUser, ola, 'me.overview:4'],
        [counselorId, ola, 'plan.get:4'],
        [nina, ola, 'plan.get:2'],
      ].sort(),
    );
    // His access export says who read his page and how often, in words.
    const exported = await t.ok(olaConn, 'privacy.export', { participantId: ola });
    const line = exported.auditTrail.find((l) => l.action === REPEATED_READS && l.who === 'Deg selv');
    expect(line?.what).toMatch(/^Gjentatte visninger samme dag.*: Deltakerens egen side.*\(4 ganger til\)$/);
  });

  it('leaves a chain that still verifies (hashes, links, MACs, checkpoint)', async () => {
    const v = await t.ok(admin, 'audit.verify', {});
    expect(v.ok).toBe(true);
    expect(v.entries).toBeGreaterThan(after);
  });
});
