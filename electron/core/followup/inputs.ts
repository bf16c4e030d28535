import { z } from 'zod';
import { hasValidNationalIdControlDigits } from '../scrub/index.js';
import { isCalendarDate } from './dates.js';

/**
 * Input pieces shared by the follow-up procedures, each with the Norwegian message shown next to
 * the field. Whatever fails here is refused before anything is written.
 */
export const participantIdInput = z.string().uuid('Ugyldig deltaker-id.');

export const calendarDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Skriv datoen som ÅÅÅÅ-MM-DD.')
  .refine(isCalendarDate, 'Datoen finnes ikke i kalenderen.');

/** An instant with an explicit offset or Z ("2026-12-03T10:00:00+01:00"), stored as UTC. */
export const instant = z.iso
  .datetime({ offset: true, message: 'Velg dato og skriv klokkeslettet (tt:mm).' })
  .transform((s) => new Date(s).toISOString());

const optionalText = (max: number, tooLong: string) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .transform((s) => (s.length === 0 ? null : s))
    .nullable();

export const phoneInput = optionalText(32, 'Telefonnummeret er for langt.').refine(
  (s) =>
    s === null ||
    (/^\+?[\d\s().-]+$/.test(s) && (s.match(/\d/g)?.length ?? 0) >= 5 && (s.match(/\d/g)?.length ?? 0) <= 15),
  'Skriv et telefonnummer med bare sifre (og eventuelt + foran).',
);

export const emailInput = optionalText(254, 'E-postadressen er for lang.').refine(
  (s) => s === null || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s),
  'Skriv en gyldig e-postadresse (navn@eksempel.no).',
);

export const nationalIdInput = z
  .string()
  .transform((s) => s.replace(/[\s.-]/g, ''))
  .refine((s) => s.length === 0 || /^\d{11}$/.test(s), 'Fødselsnummeret skal ha 11 sifre.')
  .refine(
    (s) => s.length === 0 || hasValidNationalIdControlDigits(s),
    'Kontrollsifrene stemmer ikke. Sjekk fødselsnummeret.',
  )
  .transform((s) => (s.length === 0 ? null : s))
  .nullable();

export const navOfficeInput = optionalText(120, 'Navnet på NAV-kontoret kan ha høyst 120 tegn.');

export const reminderInput = optionalText(500, 'Påminnelsen kan ha høyst 500 tegn.');

export const goalInput = z
  .string()
  .trim()
  .min(1, 'Skriv målet, gjerne med deltakerens egne ord.')
  .max(1000, 'Målet kan ha høyst 1000 tegn.');

export const stepTitleInput = z
  .string()
  .trim()
  .min(1, 'Skriv hva steget går ut på.')
  .max(200, 'Steget kan ha høyst 200 tegn. Skriv resten i beskrivelsen.');

export const stepDescriptionInput = optionalText(2000, 'Beskrivelsen kan ha høyst 2000 tegn.');

export const rulerInput = (what: string) =>
  z
    .number({ message: `Velg ${what} fra 0 til 10.` })
    .int(`Velg ${what} som et helt tall fra 0 til 10.`)
    .min(0, `${what[0]!.toUpperCase()}${what.slice(1)} må være mellom 0 og 10.`)
    .max(10, `${what[0]!.toUpperCase()}${what.slice(1)} må være mellom 0 og 10.`);

/** The most a session note can hold (about eight pages of text). */
export const NOTE_MAX_CHARS = 20_000;
export const noteBodyInput = z
  .string()
  .trim()
  .min(1, 'Skriv notatet.')
  .max(NOTE_MAX_CHARS, 'Notatet kan ha høyst 20 000 tegn. Kort det ned, eller del det i to notater.');

export const locationInput = optionalText(200, 'Stedet kan ha høyst 200 tegn.');
