import type { Prediction } from './model.js';
import {
  decidesForNav,
  NOT_NEEDED_REASON_CODES,
  NOT_NEEDED_REASONS,
  type DecisionAuthority,
  type NotNeededReason,
} from './decisionInput.js';
import {
  authorityOf,
  type DecisionRecord,
  type DecisionSession,
  type OwnAssessment,
  type SessionStage,
} from './record.js';

/** The text shown at the confirmation step: a summons is treated as potentially within GDPR art. 22. */
export const SUMMON_CONFIRMATION_TEXT =
  'Du er i ferd med å registrere NAVs beslutning om at personen skal kalles inn til dialogmøte 2. Når NAV innkaller, har arbeidstakeren, arbeidsgiveren og den som sykmeldte plikt til å delta (folketrygdloven § 8-7 a). Deltar arbeidstakeren ikke uten rimelig grunn, kan retten til sykepenger falle bort (folketrygdloven § 8-8). Beslutningen har altså betydning for personen, og den skal være din egen vurdering, ikke bare anslaget. Bekreft at du har vurdert saken selv.';

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
