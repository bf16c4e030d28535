import type { ApiErrorBody } from '../../../electron/core/api/errors';
import type { FeatureRefusalReason, StoreProblemReason } from '../../../electron/core/api/reasons';

// Keyed by core's own reason types: a reason added or renamed in core fails the renderer's typecheck
// here until it is handled (the renderer imports only types from core, never code).
const FEATURE_REFUSALS: Record<FeatureRefusalReason, true> = {
  FEATURE_OFF: true,
  LEGAL_BASIS_MISSING: true,
  CONTROLLER_ROLE_MISSING: true,
  ARTICLE9_MISSING: true,
  OBJECTION: true,
  NOTICE_NOT_SEEN: true,
};
const STORE_PROBLEMS: Record<StoreProblemReason, true> = {
  MISSING_KEY_FILE: true,
  DAMAGED_KEY_FILE: true,
  MISSING_DATABASE: true,
  FOREIGN_DATABASE: true,
  DAMAGED_DATABASE: true,
  DATABASE_TOO_NEW: true,
};

/** The feature does not run here: switched off, no legal basis, role or art. 9 condition recorded, an objection, or the notice not yet seen. */
export function isFeatureRefusal(reason: ApiErrorBody['reason']): reason is FeatureRefusalReason {
  return reason !== undefined && Object.hasOwn(FEATURE_REFUSALS, reason);
}

/** The encrypted store cannot be opened (a login reveals it; the status cannot). */
export function isStoreProblem(reason: ApiErrorBody['reason']): reason is StoreProblemReason {
  return reason !== undefined && Object.hasOwn(STORE_PROBLEMS, reason);
}
