import type { Programme } from '../core/followup/profile.js';
import type { Stage } from '../core/followup/stages.js';
import { hasValidNationalIdControlDigits } from '../core/scrub/checksums.js';

/*
 * The demonstration organisation's people (`inkludmi demo`): two counselors and the participants
 * they follow, each with a history of stages, steps, motivation readings, notes and appointments.
 * Every person is fictional and every national id synthetic.
 */

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

export const PARTICIPANTS: DemoParticipant[] = [
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

export const COUNSELORS = { vera: 'Vera Veileder (demo)', viktor: 'Viktor Veileder (demo)' } as const;
