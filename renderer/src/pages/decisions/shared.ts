import type { TFunction } from 'i18next';
import type { ApiErrorBody } from '../../../../electron/core/api/errors';
import type { OutputOf } from '../../../../electron/core/api/router';
import type { AgeBand, Icpc2Chapter } from '../../../../electron/core/decisions/case';
import type { NotNeededReason } from '../../../../electron/core/decisions/decisionInput';
import type { DecisionErrorReason } from '../../../../electron/core/decisions/errors';
import type { SurvivalModel } from '../../../../electron/core/decisions/model';
import type { LocalTrainingStatus } from '../../../../electron/core/decisions/localTraining';
import { isFeatureRefusal } from '../../api/reasons';
import { localeOf } from '../../i18n/format';

/** The decision-support screens' view of the API (types only: the renderer talks to window.inkludmi). */
export type CaseSummary = OutputOf<'decisions.listCases'>[number];
export type SessionView = OutputOf<'decisions.openSession'>;
export type ShownPrediction = NonNullable<SessionView['prediction']>;
export type Factor = NonNullable<SessionView['factors']>[number];
export type DecisionRecord = NonNullable<SessionView['decision']>;
/**
 * `decisions.model` with what the model page shows. Spelled out from the core's types so the page
 * stays typed whichever order the API's parts land in; the procedure returns exactly these fields.
 */
export type ModelInfo = OutputOf<'decisions.model'> & {
  schemaVersion: number;
  builtBy: string;
  builtAt: string;
  description: string;
  intendedUse: string;
  notIntendedUse: string;
  riskBands: SurvivalModel['riskBands'];
  sources: SurvivalModel['sources'];
  assumptions: SurvivalModel['assumptions'];
  modelCardModelVersion: string | null;
  localTraining: LocalTrainingStatus;
};
export type Calibration = ModelInfo['calibration'];
export type MonitorReport = OutputOf<'decisions.monitor'>;
export type GroupStats = MonitorReport['overall'];
export type AutopilotWarning = MonitorReport['warnings'][number];
export type RiskBand = ShownPrediction['riskBand'];
export type { AgeBand, Icpc2Chapter, NotNeededReason };

/** The 17 ICPC-2 chapters, in the order of the classification (the core validates the same list). */
export const ICPC2_LETTERS = [
  'A',
  'B',
  'D',
  'F',
  'H',
  'K',
  'L',
  'N',
  'P',
  'R',
  'S',
  'T',
  'U',
  'W',
  'X',
  'Y',
  'Z',
] as const satisfies readonly Icpc2Chapter[];
export const AGE_BAND_VALUES = ['16-29', '30-39', '40-49', '50-59', '60+'] as const satisfies readonly AgeBand[];
export const REASON_CODES = [
  'MEDISINSKE_GRUNNER',
  'INNLEGGELSE_INSTITUSJON',
  'FORVENTET_FRISKMELDING_INNEN_28UKER',
  'DOKUMENTERT_TILTAK_FRISKMELDING',
] as const satisfies readonly NotNeededReason[];
export const RISK_BANDS = ['low', 'medium', 'high'] as const satisfies readonly RiskBand[];

// Compile-time checks that the lists above are complete.
type Missing<All, Listed> = Exclude<All, Listed> extends never ? true : false;
const complete: [
  Missing<Icpc2Chapter, (typeof ICPC2_LETTERS)[number]>,
  Missing<AgeBand, (typeof AGE_BAND_VALUES)[number]>,
  Missing<NotNeededReason, (typeof REASON_CODES)[number]>,
] = [true, true, true];
void complete;

/** Day 119 (17 weeks): NAV's stoppunkt; the core decides, this is only for the form's hint. */
export const DUE_DAY = 119;

export function isFeatureUnavailable(error: ApiErrorBody): boolean {
  if (error.reason) return isFeatureRefusal(error.reason);
  return error.code === 'FORBIDDEN' || error.code === 'UNAVAILABLE';
}

// Every reason decision support refuses a step with, keyed by core's own type: a reason added in
// core fails the renderer's typecheck here until it has its text in the locale files.
const DECISION_REASONS: Record<DecisionErrorReason, true> = {
  NO_PRINCIPAL: true,
  NOT_COUNSELOR: true,
  NOT_OWN_SESSION: true,
  INVALID_INPUT: true,
  OWN_ASSESSMENT_REQUIRED: true,
  PREDICTION_NOT_SHOWN: true,
  WRONG_STATE: true,
  CONFIRMATION_REQUIRED: true,
  ALREADY_DECIDED: true,
  CASE_NOT_DUE: true,
  NOT_FOUND: true,
  MODEL_FILE_INVALID: true,
  RETENTION_MINIMUM: true,
  NOT_NAV_DECISION: true,
  DEVELOPMENT_BASIS_MISSING: true,
  OWN_ASSESSMENT_LOCKED: true,
  SUMMON_PENDING: true,
  RECORDS_NAV_DECISION: true,
  NO_CASE_ACCESS: true,
  NO_MONITOR_ACCESS: true,
  ADMIN_ONLY: true,
  NO_LETTER: true,
};

/**
 * A refusal of decision support in the user's written standard (decisions.errors.<REASON>); the
 * core's message (bokmål, for the API and the CLI) only for refusals from elsewhere.
 */
export function errorMessage(t: TFunction, error: ApiErrorBody): string {
  if (error.reason && Object.hasOwn(DECISION_REASONS, error.reason)) return t(`decisions.errors.${error.reason}`);
  return refusalMessage(t, error);
}

/** Why decision support does not run (switched off, no basis, an objection …), in the user's written standard. */
export function refusalMessage(t: TFunction, refusal: { reason?: string; message: string }): string {
  if (isFeatureRefusal(refusal.reason as ApiErrorBody['reason']))
    return t(`decisions.unavailable.reasons.${refusal.reason}`);
  return refusal.message;
}

export function formatPercent(value: number | null | undefined, language: string, digits = 0): string {
  if (value === null || value === undefined) return '–';
  return new Intl.NumberFormat(localeOf(language), { style: 'percent', maximumFractionDigits: digits }).format(value);
}

export function formatNumber(value: number | null | undefined, language: string, digits = 0): string {
  if (value === null || value === undefined) return '–';
  return new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: digits }).format(value);
}

/** Seconds as "45 s" or "3 min". */
export function formatDuration(t: TFunction, seconds: number | null | undefined, language: string): string {
  if (seconds === null || seconds === undefined) return '–';
  if (seconds < 90)
    return t('decisions.units.seconds', { value: formatNumber(seconds, language, seconds < 10 ? 1 : 0) });
  return t('decisions.units.minutes', { value: formatNumber(seconds / 60, language, 1) });
}
