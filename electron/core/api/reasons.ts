/**
 * The finer reasons an API error may carry (`ApiErrorBody.reason`), derived from the modules that
 * raise them, and the groups the CLI acts on. The renderer (types only from core) keeps its groups in
 * renderer/src/api/reasons.ts as records keyed by these types, so the compiler keeps them equal.
 */
import { LOGIN_FAILURE_REASONS, STORE_PROBLEM_REASONS, type AuthErrorCode } from '../auth/index.js';
import type { DecisionErrorReason } from '../decisions/index.js';
import { FEATURE_REFUSAL_REASONS, type FeatureRefusalReason } from '../errors/index.js';

export type StoreProblemReason = (typeof STORE_PROBLEM_REASONS)[number];
export type { FeatureRefusalReason };

export type ErrorReason = AuthErrorCode | DecisionErrorReason | FeatureRefusalReason | 'PROCESSING_RESTRICTED';

export { FEATURE_REFUSAL_REASONS, LOGIN_FAILURE_REASONS, STORE_PROBLEM_REASONS };

const has =
  <T extends string>(list: readonly T[]) =>
  (reason: string | undefined): reason is T =>
    reason !== undefined && (list as readonly string[]).includes(reason);

/** The store cannot be opened (a login reveals it). */
export const isStoreProblem = has(STORE_PROBLEM_REASONS);
/** The sign-in itself was refused. */
export const isLoginFailure = has(LOGIN_FAILURE_REASONS);
