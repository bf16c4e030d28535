import { z } from 'zod';
import { DecisionError } from './errors.js';
import { LETTER_HANDOVER_CHANNELS } from './store.js';

/**
 * What the decision workflow accepts: NAV's reason codes, the organisation's policy, who decides,
 * and the input schemas for each step a counselor takes, before or after the decision.
 */

/** NAV's reason codes for not holding dialogmøte 2 (Modia, navikt/syfomodiaperson, ValidUnntakArsak). */
export const NOT_NEEDED_REASONS = {
  MEDISINSKE_GRUNNER: 'Medisinske grunner',
  INNLEGGELSE_INSTITUSJON: 'Innleggelse i helseinstitusjon',
  FORVENTET_FRISKMELDING_INNEN_28UKER: 'Forventet friskmelding innen 28 ukers sykmelding',
  DOKUMENTERT_TILTAK_FRISKMELDING: 'Tiltak som sannsynligvis vil føre til en friskmelding',
} as const;
export type NotNeededReason = keyof typeof NOT_NEEDED_REASONS;
export const NOT_NEEDED_REASON_CODES = Object.keys(NOT_NEEDED_REASONS) as NotNeededReason[];

export const JUSTIFICATION_MIN = 10;
export const JUSTIFICATION_MAX = 1000;

/** Organisation policy for the workflow (part of the settings the lead wires; defaults are safe). */
export const decisionPolicySchema = z
  .object({
    /** Own assessment before the prediction is shown. On by default; organisation policy may turn it off. */
    cognitiveForcing: z.boolean(),
    /** Whether a case may be opened for decision before it is due (day 119). */
    allowBeforeDue: z.boolean(),
    /** Threshold below which the model recommends "møte trolig ikke nødvendig"; null = the model's base rate (default, see the model card). */
    recommendNotNeededBelow: z.number().min(0).max(1).nullable().optional(),
  })
  .strict();
export type DecisionPolicy = z.infer<typeof decisionPolicySchema>;
export const DEFAULT_DECISION_POLICY: DecisionPolicy = {
  cognitiveForcing: true,
  allowBeforeDue: false,
  recommendNotNeededBelow: null,
};

/**
 * Who decides, from the organisation's role in the legal-basis register. Dialogmøte 2 is NAV's
 * decision (folketrygdloven § 8-7 a): a NAV unit, or an organisation processing on NAV's behalf,
 * records NAV's decision; anyone else (a tiltaksarrangør acting on its own) writes an assessment
 * for the NAV counselor, with no decision, no exemption code as verdict and no letter.
 */
export const DECISION_AUTHORITIES = ['nav', 'nav-processor', 'assessment-for-nav'] as const;
export type DecisionAuthority = (typeof DECISION_AUTHORITIES)[number];
export const decidesForNav = (a: DecisionAuthority): boolean => a === 'nav' || a === 'nav-processor';

export const assessmentForNavInputSchema = z
  .object({
    /** What the counselor recommends to NAV. */
    recommendation: z.enum(['summon', 'notNeeded'], { error: 'Velg hva du anbefaler NAV: møte eller ikke møte.' }),
    justification: z
      .string({ error: 'Skriv en kort begrunnelse til NAV-veilederen.' })
      .trim()
      .min(JUSTIFICATION_MIN, {
        error: `Skriv en kort begrunnelse til NAV-veilederen (minst ${JUSTIFICATION_MIN} tegn).`,
      })
      .max(JUSTIFICATION_MAX, { error: `Begrunnelsen kan være på høyst ${JUSTIFICATION_MAX} tegn.` }),
  })
  .strict();

export const OWN_EXPECTATIONS = ['still-on-leave', 'back-at-work', 'unsure'] as const;
export type OwnExpectation = (typeof OWN_EXPECTATIONS)[number];

export const ownAssessmentInputSchema = z
  .object({
    /** The counselor's own answer: will the person still be on sick leave at week 26? */
    expectation: z.enum(OWN_EXPECTATIONS, {
      error: 'Velg hva du selv tror: fortsatt sykmeldt, tilbake i arbeid, eller usikker.',
    }),
    /** Optional own estimate, in percent, that the person is still on sick leave at week 26. */
    estimatePercent: z
      .number({ error: 'Anslaget må være et tall.' })
      .int({ error: 'Anslaget må være et helt tall.' })
      .min(0, { error: 'Anslaget må være mellom 0 og 100.' })
      .max(100, { error: 'Anslaget må være mellom 0 og 100.' })
      .nullable()
      .default(null),
    /** What the counselor would do before seeing the prediction. */
    leaningTowards: z.enum(['summon', 'notNeeded', 'undecided']).default('undecided'),
  })
  .strict();

export const notNeededInputSchema = z
  .object({
    reasonCode: z.enum(NOT_NEEDED_REASON_CODES as [NotNeededReason, ...NotNeededReason[]], {
      error: 'Velg en av NAVs årsaker til at møte ikke er nødvendig.',
    }),
    justification: z
      .string({ error: 'Skriv en kort begrunnelse.' })
      .trim()
      .min(JUSTIFICATION_MIN, { error: `Skriv en kort begrunnelse (minst ${JUSTIFICATION_MIN} tegn).` })
      .max(JUSTIFICATION_MAX, { error: `Begrunnelsen kan være på høyst ${JUSTIFICATION_MAX} tegn.` }),
  })
  .strict();

export const summonInputSchema = z
  .object({
    justification: z
      .string()
      .trim()
      .max(JUSTIFICATION_MAX, { error: `Begrunnelsen kan være på høyst ${JUSTIFICATION_MAX} tegn.` })
      .default(''),
  })
  .strict();

/** The explicit confirmation must literally say yes. */
export const confirmSummonInputSchema = z
  .object({ confirm: z.literal(true, { error: 'Innkallingen må bekreftes uttrykkelig.' }) })
  .strict();

/** What is recorded about a case after the decision: how the letter was handed over, and the outcome at week 26. */
export const letterHandoverInputSchema = z
  .object({
    language: z.enum(['nb', 'nn'], { error: 'Velg om brevet ble gitt på bokmål eller nynorsk.' }),
    channel: z.enum(LETTER_HANDOVER_CHANNELS, { error: 'Velg hvordan brevet ble levert.' }),
  })
  .strict();

export const outcomeInputSchema = z
  .object({ stillOnLeaveAtWeek26: z.boolean({ error: 'Oppgi om personen fortsatt var sykmeldt ved uke 26.' }) })
  .strict();

/** Validates a step's input; bad input is refused with every issue, and nothing is recorded. */
export function parseOrThrow<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    throw new DecisionError(
      'INVALID_INPUT',
      undefined,
      parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
    );
  }
  return parsed.data;
}
