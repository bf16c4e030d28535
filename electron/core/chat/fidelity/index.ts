/**
 * chat/fidelity — MI fidelity (MITI 4.2.1 summary scores, plus MITI 3.1.1 % open and % adherent)
 * from stored move and talk labels, per conversation and over time, with the chart thresholds.
 */
export {
  MITI_THRESHOLDS,
  MITI_4_2_1_THRESHOLDS,
  EXTRA_MOVE_LABELS,
  conversationFidelity,
  aggregateFidelity,
  fidelityOverTime,
  metricsFromCounts,
  countTurns,
  addCounts,
  emptyCounts,
  periodStart,
  type MoveLabel,
  type ExtraMoveLabel,
  type StoredTurnLabels,
  type ConversationLabels,
  type FidelityCounts,
  type FidelityMetrics,
  type FidelityPeriod,
  type FidelityPoint,
  type Rating,
} from './fidelity.js';
