import { errorBody, type ApiErrorBody, type ErrorCode } from '../api/errors.js';
import { DbError } from '../db/index.js';
import { AuthError, type AuthErrorCode } from './errors.js';

const API_CODE: Record<AuthErrorCode, ErrorCode> = {
  SETUP_REQUIRED: 'UNAVAILABLE',
  ALREADY_SET_UP: 'CONFLICT',
  MISSING_KEY_FILE: 'UNAVAILABLE',
  DAMAGED_KEY_FILE: 'UNAVAILABLE',
  MISSING_DATABASE: 'UNAVAILABLE',
  FOREIGN_DATABASE: 'UNAVAILABLE',
  DAMAGED_DATABASE: 'UNAVAILABLE',
  DATABASE_TOO_NEW: 'UNAVAILABLE',
  WRONG_CREDENTIALS: 'UNAUTHENTICATED',
  ACCOUNT_LOCKED: 'RATE_LIMITED',
  ACCOUNT_DEACTIVATED: 'FORBIDDEN',
  WRONG_RECOVERY_KEY: 'UNAUTHENTICATED',
  WRONG_PASSWORD: 'VALIDATION',
  STORE_LOCKED: 'LOCKED',
  UNKNOWN_USER: 'NOT_FOUND',
  USERNAME_TAKEN: 'CONFLICT',
  LAST_ADMIN: 'CONFLICT',
  PASSWORD_CHANGE_REQUIRED: 'FORBIDDEN',
};

const FIELD: Partial<Record<AuthErrorCode, string>> = {
  WRONG_PASSWORD: 'currentPassword',
  USERNAME_TAKEN: 'username',
  WRONG_RECOVERY_KEY: 'recoveryKey',
};

/** Turns the account layer's and the store's errors into API error bodies (code, Norwegian message, reason). */
export function authErrorToApi(err: unknown): ApiErrorBody | null {
  if (err instanceof AuthError) {
    const field = FIELD[err.code];
    const body = errorBody(
      API_CODE[err.code],
      err.userMessage,
      field ? [{ path: field, message: err.userMessage }] : undefined,
    );
    return { ...body, reason: err.code };
  }
  if (err instanceof DbError && err.code === 'CLOSED') return { ...errorBody('LOCKED'), reason: 'STORE_LOCKED' };
  return null;
}
