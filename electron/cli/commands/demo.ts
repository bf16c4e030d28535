import { randomInt } from 'node:crypto';
import { LOCK_FILE } from '../../core/db/dataLock.js';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import type { InputOf, ProcedureName } from '../../core/api/router.js';
import type { Role } from '../../core/auth/types.js';
import { backdateDemoParticipant, markDemoOrganisation } from '../../core/followup/demo.js';
import type { Core } from '../../core/index.js';
import { withCore } from '../core.js';
import { COUNSELORS, PARTICIPANTS, syntheticNationalId } from '../demoParticipants.js';
import { CliError, EXIT, writeLine, type CliCommand } from '../io.js';
import { callOk } from '../session.js';

/**
 * `inkludmi demo`: a demonstration organisation in an EMPTY data folder, so a new user can try
 * everything at once. Every person is fictional (surnames such as Eksempel, Prøvesen, Fiktivsen),
 * national ids are synthetic (month + 80, valid control digits: no real person has one), e-mail
 * addresses end in .invalid and phone numbers start with 0 (not in use in Norway). Everything is
 * written through the API, as the fictional users themselves, so the audit log is as real as the
 * rest. Passwords are random and printed once, marked as demo.
 */

export const DEMO_ORGANISATION = 'Eksempel Tiltak AS (demo)';

const WORDS = [
  'blåbær',
  'fjellvann',
  'sykkel',
  'lyngheia',
  'tursti',
  'kanelbolle',
  'regnjakke',
  'skiløype',
  'solvegg',
  'havbris',
  'nordlys',
  'vaffel',
  'tyttebær',
  'bålkaffe',
  'fjordbåt',
  'molte',
];

function demoPassword(): string {
  const pool = [...WORDS];
  const words = Array.from({ length: 3 }, () => pool.splice(randomInt(pool.length), 1)[0]!);
  return `${words.join('-')}-${randomInt(10, 100)}`;
}

export interface DemoLogin {
  role: Role;
  username: string;
  password: string;
  displayName: string;
}

export interface DemoResult {
  organisation: string;
  dataDir: string;
  logins: DemoLogin[];
  recoveryKey: string;
  participants: number;
}

const localDate = (offsetDays: number, now: Date) => {
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + offsetDays);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
const localInstant = (offsetDays: number, hour: number, now: Date) =>
  new Date(now.getFullYear(), now.getMonth(), now.getDate() + offsetDays, hour).toISOString();

/** Seeds the demonstration organisation into a core whose data folder is empty. */
export async function seedDemo(core: Core, dataDir: string, now = new Date()): Promise<DemoResult> {
  const ok = <N extends ProcedureName>(conn: string, name: N, input: InputOf<N>) => callOk(core, name, input, conn);
  const logins: DemoLogin[] = [];
  const admin = {
    role: 'admin' as const,
    username: 'demo-admin',
    password: demoPassword(),
    displayName: 'Dina Demoadmin (demo)',
  };
  const setup = await ok('demo-admin', 'auth.setup', {
    organisationName: DEMO_ORGANISATION,
    admin: { username: admin.username, displayName: admin.displayName, password: admin.password },
  });
  logins.push(admin);
  await markDemoOrganisation(core.services.store);
  // Nothing optional runs without a recorded legal basis (issue 9): the demo records fictional ones.
  const demoNote = 'Demo: fiktivt grunnlag for demonstrasjon, ikke vurdert for en virkelig organisasjon.';
  // No feature runs before the organisation's role is recorded, nor the chatbot without an art. 9 condition (issue 18).
  await ok('demo-admin', 'privacy.setOrganisation', {
    role: 'controller',
    contact: { name: 'Personvernansvarlig (demo)', email: 'personvern@eksempel.invalid' },
  });
  await ok('demo-admin', 'privacy.recordBasis', {
    purpose: 'chatbot',
    basis: {
      article6: 'e',
      supplementaryBasis: 'tiltaksforskriften § 1-7',
      specialCategories: true,
      article9: 'b',
      article9SupplementaryBasis: 'arbeidsmarkedsloven § 12',
      note: demoNote,
    },
  });
  await ok('demo-admin', 'privacy.recordBasis', {
    purpose: 'gamification',
    basis: {
      article6: 'f',
      balancingTest: {
        purpose: 'Synlig fremdrift som motivasjon.',
        necessity: 'Bare når deltakeren selv slår det på.',
        balancing: 'Ingen sammenligning eller tap; slettes når det slås av.',
      },
      note: demoNote,
    },
  });

  const counselorIds: Record<keyof typeof COUNSELORS, string> = { vera: '', viktor: '' };
  const counselorConn: Record<keyof typeof COUNSELORS, string> = { vera: 'demo-vera', viktor: 'demo-viktor' };
  for (const key of Object.keys(COUNSELORS) as (keyof typeof COUNSELORS)[]) {
    const login = { role: 'counselor' as const, username: key, password: demoPassword(), displayName: COUNSELORS[key] };
    counselorIds[key] = (await ok('demo-admin', 'users.create', { ...login })).id;
    logins.push(login);
  }
  const participantLogins = new Map<string, DemoLogin>();
  const ids = new Map<string, string>();
  for (const p of PARTICIPANTS.filter((x) => x.username)) {
    const login = {
      role: 'participant' as const,
      username: p.username!,
      password: demoPassword(),
      displayName: p.name,
    };
    const user = await ok('demo-admin', 'users.create', { ...login, counselorId: counselorIds[p.counselor] });
    ids.set(p.name, user.participantId!);
    participantLogins.set(p.name, login);
    logins.push(login);
  }
  for (const key of Object.keys(COUNSELORS) as (keyof typeof COUNSELORS)[]) {
    await ok(counselorConn[key], 'auth.login', {
      username: key,
      password: logins.find((l) => l.username === key)!.password,
    });
  }

  for (const [index, p] of PARTICIPANTS.entries()) {
    const c = counselorConn[p.counselor];
    const id = ids.get(p.name) ?? (await ok(c, 'participants.create', { displayName: p.name })).id;
    ids.set(p.name, id);
    const self = participantLogins.get(p.name);
    const selfConn = self ? `demo-${self.username}` : null;
    if (self && selfConn) await ok(selfConn, 'auth.login', { username: self.username, password: self.password });
    const first = p.name.split(' ')[0]!.toLowerCase();
    await ok(c, 'participants.updateProfile', {
      participantId: id,
      nationalId: syntheticNationalId(...p.birth, index * 7),
      phone: `000 00 0${String(index + 10).padStart(2, '0')}`,
      email: `${first}@eksempel.invalid`,
      programme: p.programme,
      startDate: localDate(-p.startedDaysAgo, now),
      plannedEndDate: localDate(-p.startedDaysAgo + Math.round(p.plannedMonths * 30.4), now),
      navOffice: 'NAV Eksempelby (fiktivt)',
    });
    for (const [stage, daysAgo] of p.stages)
      await ok(c, 'stages.set', { participantId: id, stage, startedOn: localDate(-daysAgo, now) });
    // The counselor has gone through the current notice with each demo participant (chatbot and points wait for it).
    const { notice } = await ok(c, 'privacy.participantNotice', { participantId: id });
    await ok(c, 'privacy.acknowledge', { participantId: id, version: notice.version });
    if (p.gamification && selfConn)
      await ok(selfConn, 'gamification.enable', { participantId: id, explanationVersion: 1 });
    if (p.goal) await ok(selfConn ?? c, 'plan.setGoal', { participantId: id, goal: p.goal });
    for (const s of p.steps) {
      const conn = s.by === 'participant' && selfConn ? selfConn : c;
      const step = await ok(conn, 'plan.addStep', {
        participantId: id,
        title: s.title,
        kind: s.kind ?? 'other',
        ...(s.dueInDays !== undefined ? { dueOn: localDate(s.dueInDays, now) } : {}),
        ...(conn === c && s.agreed ? { agreed: true } : {}),
      });
      if (s.status && s.status !== step.status)
        await ok(conn, 'plan.updateStep', { participantId: id, stepId: step.id, status: s.status });
    }
    for (const [daysAgo, importance, confidence, own] of p.rulers) {
      await ok(own && selfConn ? selfConn : c, 'motivation.add', {
        participantId: id,
        importance,
        confidence,
        measuredOn: localDate(-daysAgo, now),
      });
    }
    for (const n of p.notes) {
      await ok(c, 'notes.add', {
        participantId: id,
        kind: n.kind,
        occurredOn: localDate(-n.daysAgo, now),
        durationMinutes: n.minutes,
        attendance: 'attended',
        body: n.body,
      });
    }
    for (const a of p.appointments) {
      await ok(c, 'appointments.add', {
        participantId: id,
        startsAt: localInstant(a.inDays, a.hour, now),
        durationMinutes: 45,
        kind: a.kind,
        ...(a.location ? { location: a.location } : {}),
        // Today's meeting may already have begun when the demo is made: that is meant.
        past: true,
      });
    }
    if (p.reminder) await ok(c, 'participants.setReminder', { participantId: id, reminder: p.reminder });
    if (p.waitingMessage && selfConn) await ok(selfConn, 'chat.append', { participantId: id, body: p.waitingMessage });
    if (p.gamification === 'shared' && selfConn)
      await ok(selfConn, 'gamification.share', { participantId: id, shared: true });
    await backdateDemoParticipant(core.services.store, id, p.startedDaysAgo, now);
    if (selfConn) await ok(selfConn, 'auth.logout', {});
  }
  for (const conn of ['demo-admin', ...Object.values(counselorConn)]) await ok(conn, 'auth.logout', {});
  return {
    organisation: DEMO_ORGANISATION,
    dataDir,
    logins,
    recoveryKey: setup.recoveryKey,
    participants: PARTICIPANTS.length,
  };
}

const ROLE_NAME: Record<Role, string> = { admin: 'administrator', counselor: 'veileder', participant: 'deltaker' };

export const demoCommand: CliCommand = {
  name: 'demo',
  summary: 'Lager en demonstrasjonsorganisasjon med fiktive veiledere og deltakere i en tom datamappe',
  usage: 'inkludmi demo [--data-dir MAPPE] [--json]',
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: { 'data-dir': { type: 'string' }, json: { type: 'boolean' } },
      strict: true,
    });
    return withCore(
      values['data-dir'],
      async (core, dataDir) => {
        // The folder's own lock (taken by this command) does not count.
        if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).some((f) => f !== LOCK_FILE)) {
          throw new CliError(
            `Datamappen ${dataDir} er ikke tom. «inkludmi demo» lager en demonstrasjonsorganisasjon bare i en tom mappe, så den aldri blandes med ekte data. Velg en ny mappe med --data-dir. Ingenting ble endret.`,
            EXIT.usage,
          );
        }
        const result = await seedDemo(core, dataDir);
        if (values.json) {
          writeLine(io.stdout, JSON.stringify(result, null, 2));
          return EXIT.ok;
        }
        const out = io.stdout;
        writeLine(out, `Demonstrasjonsorganisasjonen «${result.organisation}» er laget i ${dataDir}.`);
        writeLine(
          out,
          `Den har ${result.participants} fiktive deltakere med aktivitetsplaner, motivasjonsmålinger, notater og avtaler.`,
        );
        writeLine(out);
        writeLine(
          out,
          'ALT HER ER FIKTIVT. Bruk ikke denne datamappen til ekte deltakere: passordene under står i klartekst.',
        );
        writeLine(out);
        writeLine(out, 'DEMO-PÅLOGGINGER (bare til demonstrasjon):');
        const width = Math.max(...result.logins.map((l) => l.username.length));
        const pwWidth = Math.max(...result.logins.map((l) => l.password.length));
        for (const l of result.logins)
          writeLine(
            out,
            `  ${ROLE_NAME[l.role].padEnd(13)} ${l.username.padEnd(width)}  ${l.password.padEnd(pwWidth)}  ${l.displayName}`,
          );
        writeLine(out);
        writeLine(out, `Gjenopprettingsnøkkel (demo): ${result.recoveryKey}`);
        writeLine(out);
        writeLine(out, `Prøv den i nettlesermodus med: npm run serve -- --data-dir ${dataDir}`);
        return EXIT.ok;
      },
      { kdfCost: io.kdfCost, command: 'demo' },
    );
  },
};
