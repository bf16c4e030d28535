import type { CaseTiming, DecisionCase } from './case.js';
import type { DecisionAuthority, NotNeededReason } from './decisionInput.js';
import type { DecisionKind, DecisionRecord } from './record.js';
import type { LetterHandover } from './store.js';
import type { FeatureState } from '../settings/index.js';

/** A stop from the legal-basis register (core/privacy), as settings.featureState gives it. */
export interface PurposeRefusal {
  reason: Exclude<FeatureState['reason'], 'ENABLED'>;
  message: string;
}

/** A case as the case list shows it. */
export interface CaseSummary {
  case: DecisionCase;
  timing: CaseTiming;
  decided: boolean;
  /** The recorded decision, when there is one: for the case list, and to print or copy the information text again later. */
  decision: {
    id: string;
    kind: DecisionKind;
    recordKind: 'decision' | 'assessmentForNav';
    decidedAt: string;
    counselorName: string;
    reasonCode: NotNeededReason | null;
    informationText: string | null;
    /** The same letter in nynorsk (null for records from before it existed). */
    informationTextNn: string | null;
    assessmentText: string | null;
    assessmentTextNn: string | null;
  } | null;
  /** When, how and in which written standard the "not needed" letter was handed over (oldest first). */
  letterHandovers: LetterHandover[];
  /** The outcome at week 26, when recorded (for oversight of the model). */
  outcome: { stillOnLeaveAtWeek26: boolean; recordedAt: string } | null;
  /** Why no step of this case can be taken now (the person has objected), or null. */
  stopped: PurposeRefusal | null;
  /** Who decides in this organisation now: NAV's decision, or an assessment for NAV. */
  authority: DecisionAuthority;
}

/** What the case list shows of a recorded decision. */
export function decisionSummaryOf(d: DecisionRecord): NonNullable<CaseSummary['decision']> {
  return {
    id: d.id,
    kind: d.decision,
    recordKind: d.kind ?? 'decision',
    decidedAt: d.decidedAt,
    counselorName: d.counselorName,
    reasonCode: d.reasonCode,
    informationText: d.informationText,
    informationTextNn: d.informationTextNn ?? null,
    assessmentText: d.assessmentText ?? null,
    assessmentTextNn: d.assessmentTextNn ?? null,
  };
}
