/** Decision support with real human oversight for dialogmøte 2 (issue 8). Pure Node; no Electron. */
export * from './errors.js';
export * from './case.js';
export * from './model.js';
export * from './decisionInput.js';
export * from './record.js';
export * from './decision.js';
export * from './sessionView.js';
export * from './infoText.js';
export * from './store.js';
export * from './monitor.js';
export * from './report.js';
export * from './caseSummary.js';
export * from './calibrationView.js';
export * from './localTraining.js';
export * from './service.js';
export {
  seededRandom,
  drawCovariates,
  drawSyntheticCases,
  calibrationTable,
  DEFAULT_CALIBRATION_EDGES,
  type SyntheticCase,
  type CalibrationResult,
} from './synthetic.js';
export { BASELINE_FILE } from './setup.js';
export * from './ownership.js';
export * from './personalData.js';
