import type { Principal } from '../auth/index.js';
import { caseTiming, type Clock, type DecisionCase } from './case.js';
import { assessmentForNavText, type AssessmentTextInput } from './assessmentText.js';
import { DecisionError } from './errors.js';
import { notNeededInformationText } from './infoText.js';
import type { Prediction } from './model.js';
import {
  assessmentForNavInputSchema,
  confirmSummonInputSchema,
  decidesForNav,
  NOT_NEEDED_REASONS,
  notNeededInputSchema,
  ownAssessmentInputSchema,
  parseOrThrow,
  summonInputSchema,
  type DecisionAuthority,
  type DecisionPolicy,
} from './decisionInput.js';
import { authorityOf, snapshotOf, type DecisionRecord, type DecisionSession, type OwnAssessment } from './record.js';

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
