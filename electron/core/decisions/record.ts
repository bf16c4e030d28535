import type { Prediction } from './model.js';
import type { DecisionAuthority, NotNeededReason, OwnExpectation } from './decisionInput.js';

/** What a decision session holds while it is open, and what is kept of every decision once made. */

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

/** Who decides in this session; sessions from before the distinction recorded NAV's decision. */
export const authorityOf = (session: DecisionSession): DecisionAuthority => session.authority ?? 'nav';
