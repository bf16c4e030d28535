import { z } from 'zod';
import { DecisionError } from './errors.js';

/**
 * A decision case: one person on sick leave whose need for dialogmøte 2 is to be assessed.
 *
 * Data minimisation: the diagnosis is kept as the ICPC-2 CHAPTER LETTER only (e.g. "L"), never
 * the diagnosis code or text. Age is kept as a band, previous spells as a count. The counselor's
 * own notes are free text the counselor writes; they are never given to the model.
 */

/** The 17 chapters of ICPC-2 (International Classification of Primary Care, 2nd ed.). */
export const ICPC2_CHAPTERS = {
  A: 'Allment og uspesifisert',
  B: 'Blod, bloddannende organer og immunsystemet',
  D: 'Fordøyelsessystemet',
  F: 'Øye',
  H: 'Øre',
  K: 'Hjerte og kretsløp',
  L: 'Muskel- og skjelettsystemet',
  N: 'Nervesystemet',
  P: 'Psykisk',
  R: 'Luftveier',
  S: 'Hud',
  T: 'Endokrine, metabolske og ernæringsmessige sykdommer',
  U: 'Urinveier',
  W: 'Svangerskap, fødsel og familieplanlegging',
  X: 'Kvinnelige kjønnsorganer',
  Y: 'Mannlige kjønnsorganer',
  Z: 'Sosiale problemer',
} as const;

export type Icpc2Chapter = keyof typeof ICPC2_CHAPTERS;
export const ICPC2_CHAPTER_LETTERS = Object.keys(ICPC2_CHAPTERS) as Icpc2Chapter[];

export function isIcpc2Chapter(value: unknown): value is Icpc2Chapter {
  return typeof value === 'string' && (ICPC2_CHAPTER_LETTERS as string[]).includes(value);
}

export const AGE_BANDS = ['16-29', '30-39', '40-49', '50-59', '60+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** Day 119 = 17 weeks: NAV's own stoppunkt for dialogmøte 2 candidates (tilfelleStart + 119 days). */
export const DUE_DAY = 119;
/** Dialogmøte 2 is to be held by 26 weeks (182 days) of sick leave, folketrygdloven § 8-7 a. */
export const MEETING_DEADLINE_DAY = 182;
export const NOTES_MAX_LENGTH = 2000;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export const decisionCaseInputSchema = z
  .object({
    /** First day of the sick leave (sykefraværstilfellets start), YYYY-MM-DD. */
    startDate: z
      .string({ error: 'Oppgi startdato for sykmeldingen.' })
      .refine(isRealDate, { error: 'Startdatoen må være en gyldig dato på formen ÅÅÅÅ-MM-DD.' }),
    /** Sick-leave percentage: 100 is full, 20–99 graded (folketrygdloven § 8-13: at least 20 %). */
    sickLeavePercent: z
      .number({ error: 'Oppgi sykmeldingsgrad i prosent.' })
      .int({ error: 'Sykmeldingsgraden må være et helt tall.' })
      .min(20, { error: 'Sykmeldingsgraden må være minst 20 prosent.' })
      .max(100, { error: 'Sykmeldingsgraden kan ikke være over 100 prosent.' }),
    /** ICPC-2 chapter LETTER only. Anything longer (a code like "L03" or diagnosis text) is refused. */
    icpc2Chapter: z.string({ error: 'Oppgi diagnosekapittel (én bokstav i ICPC-2).' }).refine(isIcpc2Chapter, {
      error: 'Oppgi bare kapittelbokstaven i ICPC-2 (for eksempel L eller P), ikke diagnosekode eller diagnosetekst.',
    }),
    /** Number of previous sick-leave spells in the last three years. */
    previousSpells3y: z
      .number({ error: 'Oppgi antall tidligere sykefravær de siste tre årene.' })
      .int({ error: 'Antall tidligere sykefravær må være et helt tall.' })
      .min(0, { error: 'Antall tidligere sykefravær kan ikke være negativt.' })
      .max(99, { error: 'Antall tidligere sykefravær virker urimelig høyt. Sjekk tallet.' }),
    ageBand: z.enum(AGE_BANDS, { error: 'Velg en aldersgruppe.' }),
    /** The counselor's own notes (never shown to the model). */
    counselorNotes: z
      .string({ error: 'Notatet må være tekst.' })
      .max(NOTES_MAX_LENGTH, { error: `Notatet kan være på høyst ${NOTES_MAX_LENGTH} tegn.` })
      .default(''),
  })
  .strict();

export interface DecisionCase {
  id: string;
  /** Reference to the participant in the follow-up store (never a national id number). */
  participantRef: string;
  startDate: string;
  sickLeavePercent: number;
  icpc2Chapter: Icpc2Chapter;
  previousSpells3y: number;
  ageBand: AgeBand;
  counselorNotes: string;
  createdAt: string;
  createdBy: string;
}

/** The covariates the model sees: nothing else from the case ever reaches it. */
export interface CaseCovariates {
  sickLeavePercent: number;
  icpc2Chapter: Icpc2Chapter;
  previousSpells3y: number;
  ageBand: AgeBand;
}

export function covariatesOf(c: CaseCovariates): CaseCovariates {
  return {
    sickLeavePercent: c.sickLeavePercent,
    icpc2Chapter: c.icpc2Chapter,
    previousSpells3y: c.previousSpells3y,
    ageBand: c.ageBand,
  };
}

export type CaseValidation =
  | { ok: true; value: Omit<DecisionCase, 'id' | 'participantRef' | 'createdAt' | 'createdBy'> }
  | { ok: false; error: DecisionError };

/** Validates a case input; errors carry Norwegian messages per field. */
export function validateCaseInput(input: unknown): CaseValidation {
  const parsed = decisionCaseInputSchema.safeParse(input);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: issue.message,
    }));
    return { ok: false, error: new DecisionError('INVALID_INPUT', undefined, fields) };
  }
  const v = parsed.data;
  return {
    ok: true,
    value: {
      startDate: v.startDate,
      sickLeavePercent: v.sickLeavePercent,
      icpc2Chapter: v.icpc2Chapter as Icpc2Chapter,
      previousSpells3y: v.previousSpells3y,
      ageBand: v.ageBand,
      counselorNotes: v.counselorNotes,
    },
  };
}

export interface CreateCaseOptions {
  id: string;
  participantRef: string;
  createdBy: string;
  now: Date;
}

/** Builds a validated case or throws a DecisionError('INVALID_INPUT') with field messages. */
export function createCase(input: unknown, options: CreateCaseOptions): DecisionCase {
  const result = validateCaseInput(input);
  if (!result.ok) throw result.error;
  return {
    id: options.id,
    participantRef: options.participantRef,
    createdAt: options.now.toISOString(),
    createdBy: options.createdBy,
    ...result.value,
  };
}

/** An injectable clock so due dates are testable. */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

const MS_PER_DAY = 86_400_000;

function utcDay(date: Date): number {
  return Math.floor(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()) / MS_PER_DAY);
}

function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  return new Date(d.getTime() + days * MS_PER_DAY).toISOString().slice(0, 10);
}

export interface CaseTiming {
  /** Whole days of sick leave on the clock's date (start date = day 0). */
  daysOnLeave: number;
  /** Completed weeks of sick leave. */
  weekOnLeave: number;
  /** Date the case becomes due: start + 119 days (17 weeks). */
  dueDate: string;
  /** Latest date for dialogmøte 2: start + 182 days (26 weeks). */
  meetingDeadline: string;
  isDue: boolean;
  daysUntilDue: number;
  daysUntilMeetingDeadline: number;
}

/** When the case becomes due (day 119) and how far it is from the 26-week deadline. */
export function caseTiming(c: Pick<DecisionCase, 'startDate'>, clock: Clock = systemClock): CaseTiming {
  const start = utcDay(new Date(`${c.startDate}T00:00:00Z`));
  const today = utcDay(clock());
  const daysOnLeave = today - start;
  return {
    daysOnLeave,
    weekOnLeave: Math.floor(daysOnLeave / 7),
    dueDate: addDays(c.startDate, DUE_DAY),
    meetingDeadline: addDays(c.startDate, MEETING_DEADLINE_DAY),
    isDue: daysOnLeave >= DUE_DAY,
    daysUntilDue: Math.max(0, DUE_DAY - daysOnLeave),
    daysUntilMeetingDeadline: MEETING_DEADLINE_DAY - daysOnLeave,
  };
}

export function isDue(c: Pick<DecisionCase, 'startDate'>, clock: Clock = systemClock): boolean {
  return caseTiming(c, clock).isDue;
}
