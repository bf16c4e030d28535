import { z } from 'zod';
import type { Principal } from '../auth/index.js';
import { caseTiming, type Clock, type DecisionCase } from './case.js';
import { assessmentForNavText, type AssessmentTextInput } from './assessmentText.js';
import { DecisionError } from './errors.js';
import { notNeededInformationText } from './infoText.js';
import type { Prediction } from './model.js';

/**
 * The human decision about dialogmøte 2 as a state machine. Every transition is a pure function
 * (session in, new session out) that first checks the principal: only a logged-in COUNSELOR, and
 * only the counselor who opened the session, can move it. Nothing here sends, schedules or decides
 * anything on its own (ARCHITECTURE.md rule 9).
 *
 *   awaitingOwnAssessment ──recordOwnAssessment──▶ assessed ──showPrediction──▶ predictionShown
 *        │ (cognitive forcing off: prediction may be shown at once)               │
 *        └──────────────── proposeSummon ─▶ awaitingSummonConfirmation ─confirmSummon─▶ decided(summon)
 *                          decideNotNeeded(reason, justification) ───────────────────▶ decided(notNeeded)
 *
 * With cognitive forcing on (the default), the prediction cannot be shown and no decision can be
 * made before the counselor has recorded their own assessment, and the own assessment cannot be
 * changed after the prediction has been shown.
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

export type SessionStage =
  'awaitingOwnAssessment' | 'assessed' | 'predictionShown' | 'awaitingSummonConfirmation' | 'decided';

export interface OwnAssessment {
  expectation: OwnExpectation;
  estimatePercent: number | null;
  leaningTowards: 'summon' | 'notNeeded' | 'undecided';
  recordedAt: string;
  /** False when recorded after the prediction was shown (only possible with cognitive forcing off). */
  beforePrediction: boolean;
}

/** The prediction as it was (or would have been) shown, frozen in the record. */
export interface PredictionSnapshot {
  modelVersion: string;
  asOfWeek: number;
  horizonWeek: number;
  probability: number;
  per100: number;
  riskBand: Prediction['riskBand'];
  populationPer100: number;
  p10: number;
  p50: number;
  p90: number;
  factors: {
    covariate: string;
    level: string;
    hazardRatio: number;
    effectPercentagePoints: number;
    evidence: string;
  }[];
  /** The recommendation as it stood at decision time (absent in records from before it existed). */
  recommendation?: { kind: DecisionKind; threshold: number; thresholdSource: 'policy' | 'base-rate' };
}

export function snapshotOf(p: Prediction): PredictionSnapshot {
  return {
    modelVersion: p.modelVersion,
    asOfWeek: p.asOfWeek,
    horizonWeek: p.horizonWeek,
    probability: p.probability,
    per100: p.per100,
    riskBand: p.riskBand,
    populationPer100: p.baseRate.population.per100,
    p10: p.remainingWeeks.p10,
    p50: p.remainingWeeks.p50,
    p90: p.remainingWeeks.p90,
    factors: p.factors.map((f) => ({
      covariate: f.covariate,
      level: f.level,
      hazardRatio: f.hazardRatio,
      effectPercentagePoints: f.effectPercentagePoints,
      evidence: f.evidence,
    })),
    recommendation: {
      kind: p.recommendation.kind,
      threshold: p.recommendation.threshold,
      thresholdSource: p.recommendation.thresholdSource,
    },
  };
}

export type DecisionKind = 'summon' | 'notNeeded';

/** What is kept of every decision (append-only; kept at least DECISION_LOG_MIN_RETENTION_DAYS). */
export interface DecisionRecord {
  id: string;
  sessionId: string;
  caseId: string;
  participantRef: string;
  counselorId: string;
  counselorName: string;
  /**
   * 'decision': NAV's decision, recorded by NAV or its processor. 'assessmentForNav': a
   * tiltaksarrangør's assessment for the NAV counselor; `decision` is then what it recommends.
   * Absent in records from before the distinction (they were decisions).
   */
  kind?: 'decision' | 'assessmentForNav';
  /** For an assessment: the text to export or print for NAV, in bokmål. */
  assessmentText?: string | null;
  /** The same assessment in nynorsk (absent in records from before it existed). */
  assessmentTextNn?: string | null;
  decision: DecisionKind;
  reasonCode: NotNeededReason | null;
  reasonText: string | null;
  justification: string;
  openedAt: string;
  decidedAt: string;
  /** Time from opening the case for decision to the decision. */
  timeSpentMs: number;
  modelVersion: string;
  /** The model's prediction for this case at decision time (whether or not it was shown). */
  prediction: PredictionSnapshot;
  predictionShown: boolean;
  predictionShownAt: string | null;
  ownAssessment: OwnAssessment | null;
  explanationOpened: boolean;
  explanationOpenedAt: string | null;
  explanationOpenCount: number;
  calibrationViewed: boolean;
  cognitiveForcing: boolean;
  summonProposedAt: string | null;
  summonConfirmedAt: string | null;
  /** For "not needed": the information text to the person (printable/copyable), in bokmål. */
  informationText: string | null;
  /** The same information text in nynorsk (absent in records from before it existed). */
  informationTextNn?: string | null;
  weekOnLeave: number;
}

export interface DecisionSession {
  id: string;
  caseId: string;
  participantRef: string;
  counselorId: string;
  counselorName: string;
  openedAt: string;
  stage: SessionStage;
  cognitiveForcing: boolean;
  /** Who decides (frozen when the session opens). Absent in sessions from before: NAV's decision. */
  authority?: DecisionAuthority;
  /** Computed when the session opens; hidden from the counselor until showPrediction. */
  prediction: Prediction;
  predictionShownAt: string | null;
  ownAssessment: OwnAssessment | null;
  explanationOpenedAt: string | null;
  explanationOpenCount: number;
  calibrationViewedAt: string | null;
  pendingSummon: { justification: string; proposedAt: string } | null;
  decision: DecisionRecord | null;
}

// ---------------------------------------------------------------------------------------------
// Guards

/** Refuses anyone but a logged-in counselor (admin, participant and no principal are all refused). */
export function requireCounselor(principal: Principal | null | undefined): asserts principal is Principal {
  if (!principal || typeof principal.userId !== 'string' || principal.userId.length === 0)
    throw new DecisionError('NO_PRINCIPAL');
  if (principal.role !== 'counselor') throw new DecisionError('NOT_COUNSELOR');
}

function requireOwner(
  session: DecisionSession,
  principal: Principal | null | undefined,
): asserts principal is Principal {
  requireCounselor(principal);
  if (principal.userId !== session.counselorId) throw new DecisionError('NOT_OWN_SESSION');
}

function requireOpen(session: DecisionSession): void {
  if (session.stage === 'decided' || session.decision) throw new DecisionError('ALREADY_DECIDED');
}

function parseOrThrow<T>(schema: z.ZodType<T>, input: unknown): T {
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

const iso = (clock: Clock) => clock().toISOString();

// ---------------------------------------------------------------------------------------------
// Transitions

export interface OpenSessionArgs {
  id: string;
  decisionCase: DecisionCase;
  prediction: Prediction;
  policy: DecisionPolicy;
  clock: Clock;
  authority?: DecisionAuthority;
}

export function openSession(principal: Principal | null | undefined, args: OpenSessionArgs): DecisionSession {
  requireCounselor(principal);
  const timing = caseTiming(args.decisionCase, args.clock);
  if (!timing.isDue && !args.policy.allowBeforeDue) {
    throw new DecisionError(
      'CASE_NOT_DUE',
      `Saken er ikke klar for vurdering ennå. Den blir klar ${timing.dueDate} (17 ukers sykmelding).`,
    );
  }
  return {
    id: args.id,
    caseId: args.decisionCase.id,
    participantRef: args.decisionCase.participantRef,
    counselorId: principal.userId,
    counselorName: principal.displayName,
    openedAt: iso(args.clock),
    stage: args.policy.cognitiveForcing ? 'awaitingOwnAssessment' : 'assessed',
    cognitiveForcing: args.policy.cognitiveForcing,
    authority: args.authority ?? 'assessment-for-nav',
    prediction: args.prediction,
    predictionShownAt: null,
    ownAssessment: null,
    explanationOpenedAt: null,
    explanationOpenCount: 0,
    calibrationViewedAt: null,
    pendingSummon: null,
    decision: null,
  };
}

export function recordOwnAssessment(
  session: DecisionSession,
  principal: Principal | null | undefined,
  input: unknown,
  clock: Clock,
): DecisionSession {
  requireOwner(session, principal);
  requireOpen(session);
  const v = parseOrThrow(ownAssessmentInputSchema, input);
  if (session.cognitiveForcing && session.stage !== 'awaitingOwnAssessment')
    throw new DecisionError('OWN_ASSESSMENT_LOCKED');
  if (session.stage === 'awaitingSummonConfirmation') throw new DecisionError('WRONG_STATE');
  // Locked the moment the prediction is first shown, with or without cognitive forcing.
  if (session.ownAssessment && session.predictionShownAt) throw new DecisionError('OWN_ASSESSMENT_LOCKED');
  const ownAssessment: OwnAssessment = {
    expectation: v.expectation,
    estimatePercent: v.estimatePercent,
    leaningTowards: v.leaningTowards,
    recordedAt: iso(clock),
    beforePrediction: session.predictionShownAt === null,
  };
  return { ...session, ownAssessment, stage: session.stage === 'awaitingOwnAssessment' ? 'assessed' : session.stage };
}

/** Shows the prediction (records when, first time only). Refused before the own assessment when cognitive forcing is on. */
export function showPrediction(
  session: DecisionSession,
  principal: Principal | null | undefined,
  clock: Clock,
): DecisionSession {
  requireOwner(session, principal);
  requireOpen(session);
  if (session.cognitiveForcing && !session.ownAssessment) throw new DecisionError('OWN_ASSESSMENT_REQUIRED');
  if (session.predictionShownAt) return session;
  return {
    ...session,
    predictionShownAt: iso(clock),
    stage: session.stage === 'assessed' ? 'predictionShown' : session.stage,
  };
}

/** Opens the factors behind the estimate (second layer). Records the first time and counts opens. */
export function openExplanation(
  session: DecisionSession,
  principal: Principal | null | undefined,
  clock: Clock,
): DecisionSession {
  requireOwner(session, principal);
  requireOpen(session);
  if (!session.predictionShownAt) throw new DecisionError('PREDICTION_NOT_SHOWN');
  return {
    ...session,
    explanationOpenedAt: session.explanationOpenedAt ?? iso(clock),
    explanationOpenCount: session.explanationOpenCount + 1,
  };
}

/** Calibration of the model, shown on demand (recorded). */
export function viewCalibration(
  session: DecisionSession,
  principal: Principal | null | undefined,
  clock: Clock,
): DecisionSession {
  requireOwner(session, principal);
  requireOpen(session);
  if (!session.predictionShownAt)
    throw new DecisionError('PREDICTION_NOT_SHOWN', 'Anslaget må vises før kalibreringen kan vises.');
  return { ...session, calibrationViewedAt: session.calibrationViewedAt ?? iso(clock) };
}

const authorityOf = (session: DecisionSession): DecisionAuthority => session.authority ?? 'nav';

/** Only NAV, or NAV's processor, records NAV's decision. */
function requireDecidesForNav(session: DecisionSession): void {
  if (!decidesForNav(authorityOf(session))) throw new DecisionError('NOT_NAV_DECISION');
}

function requireAssessedIfForcing(session: DecisionSession): void {
  if (session.cognitiveForcing && !session.ownAssessment)
    throw new DecisionError('OWN_ASSESSMENT_REQUIRED', 'Registrer din egen vurdering før du tar en beslutning.');
}

/** First step of "summon": nothing is recorded as decided until confirmSummon. */
export function proposeSummon(
  session: DecisionSession,
  principal: Principal | null | undefined,
  input: unknown,
  clock: Clock,
): DecisionSession {
  requireOwner(session, principal);
  requireOpen(session);
  requireDecidesForNav(session);
  requireAssessedIfForcing(session);
  const v = parseOrThrow(summonInputSchema, input ?? {});
  return {
    ...session,
    stage: 'awaitingSummonConfirmation',
    pendingSummon: { justification: v.justification, proposedAt: iso(clock) },
  };
}

export function cancelSummon(session: DecisionSession, principal: Principal | null | undefined): DecisionSession {
  requireOwner(session, principal);
  requireOpen(session);
  if (session.stage !== 'awaitingSummonConfirmation') throw new DecisionError('WRONG_STATE');
  return {
    ...session,
    pendingSummon: null,
    stage: session.predictionShownAt
      ? 'predictionShown'
      : session.ownAssessment || !session.cognitiveForcing
        ? 'assessed'
        : 'awaitingOwnAssessment',
  };
}

/** The text shown at the confirmation step: a summons is treated as potentially within GDPR art. 22. */
export const SUMMON_CONFIRMATION_TEXT =
  'Du er i ferd med å registrere NAVs beslutning om at personen skal kalles inn til dialogmøte 2. Når NAV innkaller, har arbeidstakeren, arbeidsgiveren og den som sykmeldte plikt til å delta (folketrygdloven § 8-7 a). Deltar arbeidstakeren ikke uten rimelig grunn, kan retten til sykepenger falle bort (folketrygdloven § 8-8). Beslutningen har altså betydning for personen, og den skal være din egen vurdering, ikke bare anslaget. Bekreft at du har vurdert saken selv.';

export interface DecideArgs {
  recordId: string;
  decisionCase: DecisionCase;
  clock: Clock;
}

function baseRecord(
  session: DecisionSession,
  principal: Principal,
  args: DecideArgs,
  decidedAt: string,
): Omit<
  DecisionRecord,
  | 'decision'
  | 'reasonCode'
  | 'reasonText'
  | 'justification'
  | 'summonProposedAt'
  | 'summonConfirmedAt'
  | 'informationText'
  | 'informationTextNn'
> {
  return {
    id: args.recordId,
    sessionId: session.id,
    caseId: session.caseId,
    participantRef: session.participantRef,
    counselorId: principal.userId,
    counselorName: principal.displayName,
    openedAt: session.openedAt,
    decidedAt,
    timeSpentMs: Math.max(0, Date.parse(decidedAt) - Date.parse(session.openedAt)),
    modelVersion: session.prediction.modelVersion,
    prediction: snapshotOf(session.prediction),
    predictionShown: session.predictionShownAt !== null,
    predictionShownAt: session.predictionShownAt,
    ownAssessment: session.ownAssessment,
    explanationOpened: session.explanationOpenedAt !== null,
    explanationOpenedAt: session.explanationOpenedAt,
    explanationOpenCount: session.explanationOpenCount,
    calibrationViewed: session.calibrationViewedAt !== null,
    cognitiveForcing: session.cognitiveForcing,
    weekOnLeave: caseTiming(args.decisionCase, args.clock).weekOnLeave,
  };
}

/** Second, explicit step of "summon". Without a proposed summons it is refused. */
export function confirmSummon(
  session: DecisionSession,
  principal: Principal | null | undefined,
  input: unknown,
  args: DecideArgs,
): DecisionSession {
  requireOwner(session, principal);
  requireOpen(session);
  requireDecidesForNav(session);
  if (session.stage !== 'awaitingSummonConfirmation' || !session.pendingSummon)
    throw new DecisionError(
      'CONFIRMATION_REQUIRED',
      'Innkalling må først foreslås og deretter bekreftes i et eget steg.',
    );
  parseOrThrow(confirmSummonInputSchema, input);
  const decidedAt = iso(args.clock);
  const record: DecisionRecord = {
    ...baseRecord(session, principal, args, decidedAt),
    kind: 'decision',
    decision: 'summon',
    reasonCode: null,
    reasonText: null,
    justification: session.pendingSummon.justification,
    summonProposedAt: session.pendingSummon.proposedAt,
    summonConfirmedAt: decidedAt,
    informationText: null,
    informationTextNn: null,
  };
  return { ...session, stage: 'decided', pendingSummon: null, decision: record };
}

/** "Not needed" with one of NAV's reason codes and a short justification; produces the information text. */
export function decideNotNeeded(
  session: DecisionSession,
  principal: Principal | null | undefined,
  input: unknown,
  args: DecideArgs,
): DecisionSession {
  requireOwner(session, principal);
  requireOpen(session);
  requireDecidesForNav(session);
  requireAssessedIfForcing(session);
  if (session.stage === 'awaitingSummonConfirmation') throw new DecisionError('SUMMON_PENDING');
  const v = parseOrThrow(notNeededInputSchema, input);
  const decidedAt = iso(args.clock);
  const timing = caseTiming(args.decisionCase, args.clock);
  const base = baseRecord(session, principal, args, decidedAt);
  const reasonText = NOT_NEEDED_REASONS[v.reasonCode];
  const letter = {
    reason: v.reasonCode,
    reasonText,
    weekOnLeave: timing.weekOnLeave,
    counselorName: principal.displayName,
    decidedOn: decidedAt.slice(0, 10),
    meetingDeadline: timing.meetingDeadline,
  };
  const record: DecisionRecord = {
    ...base,
    kind: 'decision',
    decision: 'notNeeded',
    reasonCode: v.reasonCode,
    reasonText,
    justification: v.justification,
    summonProposedAt: null,
    summonConfirmedAt: null,
    informationText: notNeededInformationText(letter, 'nb'),
    informationTextNn: notNeededInformationText(letter, 'nn'),
  };
  return { ...session, stage: 'decided', decision: record };
}

/**
 * A tiltaksarrangør's assessment for the NAV counselor: the same cognitive forcing, prediction and
 * justification, but no decision, no exemption code and no letter to the person. The text is
 * exported or printed for NAV, who decides.
 */
export function completeAssessmentForNav(
  session: DecisionSession,
  principal: Principal | null | undefined,
  input: unknown,
  args: DecideArgs,
): DecisionSession {
  requireOwner(session, principal);
  requireOpen(session);
  if (decidesForNav(authorityOf(session))) throw new DecisionError('RECORDS_NAV_DECISION');
  requireAssessedIfForcing(session);
  const v = parseOrThrow(assessmentForNavInputSchema, input);
  const decidedAt = iso(args.clock);
  const timing = caseTiming(args.decisionCase, args.clock);
  const base = baseRecord(session, principal, args, decidedAt);
  const own = session.ownAssessment;
  const facts: AssessmentTextInput = {
    weekOnLeave: timing.weekOnLeave,
    meetingDeadline: timing.meetingDeadline,
    own: own
      ? { expectation: own.expectation, estimatePercent: own.estimatePercent, beforePrediction: own.beforePrediction }
      : null,
    shown: session.predictionShownAt !== null ? session.prediction : null,
    recommendation: v.recommendation,
    justification: v.justification,
    counselorName: principal.displayName,
    decidedOn: decidedAt.slice(0, 10),
  };
  const record: DecisionRecord = {
    ...base,
    kind: 'assessmentForNav',
    assessmentText: assessmentForNavText(facts, 'nb'),
    assessmentTextNn: assessmentForNavText(facts, 'nn'),
    decision: v.recommendation,
    reasonCode: null,
    reasonText: null,
    justification: v.justification,
    summonProposedAt: null,
    summonConfirmedAt: null,
    informationText: null,
    informationTextNn: null,
  };
  return { ...session, stage: 'decided', pendingSummon: null, decision: record };
}

// ---------------------------------------------------------------------------------------------
// What the UI may see

export interface SessionView {
  id: string;
  caseId: string;
  stage: SessionStage;
  cognitiveForcing: boolean;
  /** Who decides: NAV (or its processor) records a decision; otherwise an assessment for NAV. */
  authority: DecisionAuthority;
  openedAt: string;
  ownAssessment: OwnAssessment | null;
  /** Whether the counselor may ask for the prediction now. */
  predictionAvailable: boolean;
  /** Present only after showPrediction: the prediction without the factors layer. */
  prediction: Omit<Prediction, 'factors'> | null;
  /** Present only after openExplanation. */
  factors: Prediction['factors'] | null;
  pendingSummon: DecisionSession['pendingSummon'];
  confirmationText: string | null;
  decision: DecisionRecord | null;
  reasonOptions: { code: NotNeededReason; text: string }[];
}

/** The session as the counselor may see it: the prediction stays hidden until it is shown. */
export function viewOf(session: DecisionSession): SessionView {
  const shown = session.predictionShownAt !== null;
  const { factors, ...withoutFactors } = session.prediction;
  return {
    id: session.id,
    caseId: session.caseId,
    stage: session.stage,
    cognitiveForcing: session.cognitiveForcing,
    authority: authorityOf(session),
    openedAt: session.openedAt,
    ownAssessment: session.ownAssessment,
    predictionAvailable: !session.decision && (!session.cognitiveForcing || session.ownAssessment !== null),
    prediction: shown ? withoutFactors : null,
    factors: shown && session.explanationOpenedAt ? factors : null,
    pendingSummon: session.pendingSummon,
    confirmationText: session.stage === 'awaitingSummonConfirmation' ? SUMMON_CONFIRMATION_TEXT : null,
    decision: session.decision,
    // NAV's exemption codes are NAV's verdicts: offered only where the organisation records NAV's decision.
    reasonOptions: decidesForNav(authorityOf(session))
      ? NOT_NEEDED_REASON_CODES.map((code) => ({ code, text: NOT_NEEDED_REASONS[code] }))
      : [],
  };
}
