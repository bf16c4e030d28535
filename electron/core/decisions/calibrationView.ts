import type { SurvivalModel } from './model.js';
import type { DecisionRecord } from './record.js';
import type { OutcomeRecord } from './store.js';
import { calibrationTable } from './synthetic.js';

/** How many recorded outcomes (for the active model version) before calibration is shown on them instead of the synthetic check. */
export const REAL_OUTCOMES_FOR_CALIBRATION = 20;

/** The calibration view: the model file's synthetic self-consistency check, or calibration on the outcomes the organisation recorded. */
export interface CalibrationView {
  calibration: SurvivalModel['calibration'];
  /** Recorded outcomes of decisions made with the active model version. */
  realOutcomes: number;
  realOutcomesNeeded: number;
}

/**
 * Calibration as the screens show it (issue 17): until REAL_OUTCOMES_FOR_CALIBRATION outcomes are
 * recorded for decisions made with the active model version, the model file's table, labelled
 * as a self-consistency check on synthetic outcomes; from then on, the same bands computed on
 * the recorded outcomes (only counts per band leave the service, no case).
 */
export function calibrationOnRecordedOutcomes(
  model: SurvivalModel,
  decisions: DecisionRecord[],
  recorded: OutcomeRecord[],
): CalibrationView {
  const outcomes = new Map(recorded.map((o) => [o.caseId, o.stillOnLeaveAtWeek26] as const));
  const cases = decisions
    .filter((d) => d.modelVersion === model.modelVersion && outcomes.has(d.caseId))
    .map((d) => ({ predicted: d.prediction.probability, stillOnLeave: outcomes.get(d.caseId)! }));
  const base = { realOutcomes: cases.length, realOutcomesNeeded: REAL_OUTCOMES_FOR_CALIBRATION };
  if (cases.length < REAL_OUTCOMES_FOR_CALIBRATION) return { calibration: model.calibration, ...base };
  const edges = [model.calibration.bands[0]!.minPredicted, ...model.calibration.bands.map((b) => b.maxPredicted)];
  const table = calibrationTable(cases, edges);
  return {
    calibration: {
      synthetic: false,
      description: `Faktiske utfall ved uke ${model.horizonWeek} registrert i organisasjonen: ${table.n} saker vurdert med modellversjon ${model.modelVersion}.`,
      descriptionNn: `Faktiske utfall ved veke ${model.horizonWeek} registrerte i organisasjonen: ${table.n} saker vurderte med modellversjon ${model.modelVersion}.`,
      seed: 0,
      n: table.n,
      asOfWeek: model.defaultAsOfWeek,
      bands: table.bands,
      brierScore: table.brierScore,
      brierScoreBaseRateOnly: table.brierScoreBaseRateOnly,
    },
    ...base,
  };
}
