import { randomInt } from 'node:crypto';
import { LOCK_FILE } from '../../core/db/dataLock.js';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import type { InputOf, ProcedureName } from '../../core/api/router.js';
import type { Role } from '../../core/auth/types.js';
import { backdateDemoParticipant, markDemoOrganisation } from '../../core/followup/demo.js';
import type { Programme } from '../../core/followup/profile.js';
import type { Stage } from '../../core/followup/stages.js';
import type { Core } from '../../core/index.js';
import { hasValidNationalIdControlDigits } from '../../core/scrub/checksums.js';
import { withCore } from '../core.js';
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

/** A synthetic national id (Skatteetaten/NAV test numbers: month + 80) with valid control digits. */
export function syntheticNationalId(day: number, month: number, year: number, serial: number): string {
  const W1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
  const W2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  const yy = year % 100;
  // Individual numbers 500–999 belong to births 2000–2039; 000–499 to 1900–1999.
  const firstIndividual = year >= 2000 ? 500 : 0;
  for (let individual = firstIndividual + (serial % 200); individual < firstIndividual + 500; individual++) {
    const base =
      [day, month + 80, yy].map((n) => String(n).padStart(2, '0')).join('') + String(individual).padStart(3, '0');
    const d = [...base].map(Number);
    const k1 = (11 - (d.reduce((s, x, i) => s + x * W1[i]!, 0) % 11)) % 11;
    if (k1 === 10) continue;
    const k2 = (11 - ([...d, k1].reduce((s, x, i) => s + x * W2[i]!, 0) % 11)) % 11;
    if (k2 === 10) continue;
    const id = `${base}${k1}${k2}`;
    if (hasValidNationalIdControlDigits(id)) return id;
  }
  throw new Error('no synthetic id');
}

interface DemoStep {
  title: string;
  kind?: 'cv' | 'application' | 'work_start' | 'other';
  dueInDays?: number;
  /** Who writes it: the participant (needs a login) or the counselor. */
  by: 'participant' | 'counselor';
  agreed?: boolean;
  /** Where it ends up. */
  status?: 'proposed' | 'planned' | 'in_progress' | 'done' | 'cancelled';
}

interface DemoParticipant {
  name: string;
  username?: string;
  counselor: 'vera' | 'viktor';
  birth: [day: number, month: number, year: number];
  programme: Programme;
  startedDaysAgo: number;
  plannedMonths: number;
  /** Stage history: stage and how many days ago it began. */
  stages: [Stage, number][];
  goal?: string;
  steps: DemoStep[];
  /** Motivation readings: days ago, importance, confidence, entered by the participant themselves. */
  rulers: [number, number, number, boolean][];
  notes: { daysAgo: number; kind: 'meeting' | 'phone' | 'digital'; body: string; minutes: number }[];
  /** Appointments: days from today and local hour. */
  appointments: { inDays: number; hour: number; kind: 'meeting' | 'phone' | 'digital'; location?: string }[];
  /** The participant wrote to the counselor and waits for an answer. */
  waitingMessage?: string;
  reminder?: string;
  gamification?: 'on' | 'shared';
}

const PARTICIPANTS: DemoParticipant[] = [
  {
    name: 'Ada Eksempel',
    username: 'ada',
    counselor: 'vera',
    birth: [14, 3, 2004],
    programme: 'aft',
    startedDaysAgo: 75,
    plannedMonths: 6,
    stages: [
      ['assessment', 75],
      ['clarification', 50],
      ['job_search', 12],
    ],
    goal: 'Jeg vil ha en deltidsjobb i butikk før sommeren.',
    steps: [
      { title: 'Skrive CV-en ferdig', kind: 'cv', by: 'participant', status: 'done' },
      {
        title: 'Søke på to butikkjobber i nærheten',
        kind: 'application',
        by: 'participant',
        dueInDays: 3,
        status: 'in_progress',
      },
      { title: 'Øve på jobbintervju sammen', by: 'counselor', dueInDays: 7, agreed: true, status: 'planned' },
      { title: 'Ta hygienekurset', by: 'counselor', dueInDays: 21 },
    ],
    rulers: [
      [60, 6, 3, false],
      [40, 7, 4, false],
      [20, 7, 6, true],
      [3, 8, 7, true],
    ],
    notes: [
      {
        daysAgo: 20,
        kind: 'meeting',
        minutes: 60,
        body: 'Gikk gjennom CV-en. Ada vil helst jobbe med kunder. Avtalte å søke på to stillinger.',
      },
      { daysAgo: 6, kind: 'phone', minutes: 15, body: 'Kort samtale om søknaden. Hun er mer trygg på intervjuet nå.' },
    ],
    appointments: [{ inDays: 0, hour: 14, kind: 'meeting', location: 'Møterom 2' }],
    waitingMessage: 'Hei! Jeg har sendt den ene søknaden. Kan vi se på den andre sammen?',
    reminder: 'Spør om hun har fått svar fra butikken.',
    gamification: 'shared',
  },
  {
    name: 'Bo Prøvesen',
    username: 'bo',
    counselor: 'vera',
    birth: [2, 11, 2001],
    programme: 'work_training',
    startedDaysAgo: 120,
    plannedMonths: 9,
    stages: [
      ['assessment', 120],
      ['work_trial', 45],
    ],
    goal: 'Komme i gang med faste arbeidstider og klare fire dager i uka.',
    steps: [
      { title: 'Møte på arbeidstreningen fire dager denne uka', by: 'participant', status: 'done' },
      {
        title: 'Snakke med lederen om flere oppgaver på lageret',
        by: 'counselor',
        dueInDays: -3,
        agreed: true,
        status: 'planned',
      },
      { title: 'Ta truckførerkurs', by: 'counselor', dueInDays: 30, status: 'cancelled' },
    ],
    rulers: [
      [90, 4, 2, false],
      [45, 5, 4, false],
      [10, 6, 4, true],
    ],
    notes: [
      {
        daysAgo: 9,
        kind: 'meeting',
        minutes: 45,
        body: 'Arbeidstreningen går bedre. Døgnrytmen er fortsatt en utfordring.',
      },
    ],
    appointments: [{ inDays: 1, hour: 10, kind: 'digital' }],
    gamification: 'on',
  },
  {
    name: 'Cato Fiktivsen',
    counselor: 'vera',
    birth: [28, 6, 2003],
    programme: 'follow_up',
    startedDaysAgo: 40,
    plannedMonths: 6,
    stages: [['assessment', 40]],
    steps: [
      { title: 'Kartleggingssamtale nummer to', by: 'counselor', dueInDays: -10, agreed: true, status: 'planned' },
    ],
    rulers: [[38, 5, 5, false]],
    notes: [
      {
        daysAgo: 30,
        kind: 'meeting',
        minutes: 60,
        body: 'Første samtale. Cato er usikker på hva han vil. Vi avtalte en ny samtale.',
      },
    ],
    appointments: [],
    reminder: 'Har ikke svart på to meldinger. Prøv å ringe.',
  },
  {
    name: 'Dina Demosen',
    counselor: 'vera',
    birth: [9, 1, 2007],
    programme: 'ips',
    startedDaysAgo: 2,
    plannedMonths: 12,
    stages: [],
    steps: [],
    rulers: [],
    notes: [],
    appointments: [{ inDays: 3, hour: 9, kind: 'meeting', location: 'Kontoret' }],
  },
  {
    name: 'Eli Testesen',
    counselor: 'vera',
    birth: [17, 8, 2000],
    programme: 'ips',
    startedDaysAgo: 200,
    plannedMonths: 12,
    stages: [
      ['assessment', 200],
      ['job_search', 120],
      ['in_work_or_school', 25],
    ],
    goal: 'Beholde jobben på lageret og få flere vakter.',
    steps: [
      { title: 'Første dag på jobb', kind: 'work_start', by: 'counselor', agreed: true, status: 'done' },
      { title: 'Oppfølgingssamtale med arbeidsgiver', by: 'counselor', dueInDays: 10, agreed: true, status: 'planned' },
    ],
    rulers: [
      [150, 8, 5, false],
      [60, 9, 7, false],
      [20, 9, 8, false],
    ],
    notes: [{ daysAgo: 4, kind: 'phone', minutes: 20, body: 'Ringte arbeidsgiver. Fornøyd med innsatsen.' }],
    appointments: [{ inDays: 8, hour: 13, kind: 'phone' }],
  },
  {
    name: 'Frode Oppdiktet',
    username: 'frode',
    counselor: 'viktor',
    birth: [30, 4, 2002],
    programme: 'vta',
    startedDaysAgo: 60,
    plannedMonths: 24,
    stages: [
      ['assessment', 60],
      ['clarification', 20],
    ],
    goal: 'Finne en arbeidsplass der jeg trives.',
    steps: [{ title: 'Besøke verkstedet på tirsdag', by: 'participant', dueInDays: 5, status: 'planned' }],
    rulers: [[15, 6, 5, true]],
    notes: [{ daysAgo: 15, kind: 'meeting', minutes: 45, body: 'Snakket om hvilke arbeidsoppgaver Frode liker.' }],
    appointments: [{ inDays: 0, hour: 11, kind: 'meeting' }],
  },
  {
    name: 'Gro Påfunnsen',
    counselor: 'viktor',
    birth: [5, 12, 1999],
    programme: 'other',
    startedDaysAgo: 300,
    plannedMonths: 9,
    stages: [
      ['assessment', 300],
      ['job_search', 200],
      ['ended', 30],
    ],
    goal: 'Begynne på skole igjen.',
    steps: [
      {
        title: 'Søke opptak til voksenopplæringen',
        kind: 'application',
        by: 'counselor',
        agreed: true,
        status: 'done',
      },
    ],
    rulers: [[210, 7, 6, false]],
    notes: [{ daysAgo: 31, kind: 'meeting', minutes: 30, body: 'Avslutningssamtale. Gro har fått skoleplass.' }],
    appointments: [],
  },
];

const COUNSELORS = { vera: 'Vera Veileder (demo)', viktor: 'Viktor Veileder (demo)' } as const;

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
