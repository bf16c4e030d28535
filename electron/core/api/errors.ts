/**
 * Errors at the API edge are values: a stable code plus a Norwegian message for people.
 * Nothing here carries a stack trace or personal data.
 */
import { DEFAULT_MESSAGES, DomainError, type ErrorCode, type FieldError } from '../errors/index.js';

import type { ErrorReason } from './reasons.js';

export { ERROR_CODES, type ErrorCode, type FieldError } from '../errors/index.js';
export type { ErrorReason } from './reasons.js';

export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
  fields?: FieldError[];
  /** A finer code for the situation (e.g. `FOREIGN_DATABASE`), for the UI and the CLI's exit status. */
  reason?: ErrorReason;
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiErrorBody };

/** Thrown by procedures at the API edge; inside core, modules throw DomainError (core/errors). */
export class ApiError extends DomainError {
  constructor(code: ErrorCode, message?: string, fields?: FieldError[], reason?: string) {
    super(code, message ?? DEFAULT_MESSAGES[code], fields, reason);
    this.name = 'ApiError';
  }

  toBody(): ApiErrorBody {
    return toApiErrorBody(this);
  }
}

/** The transport's view of a domain error: code, Norwegian message, fields and reason, nothing else. */
export function toApiErrorBody(err: DomainError): ApiErrorBody {
  return {
    code: err.code,
    message: err.message,
    ...(err.fields ? { fields: err.fields } : {}),
    // Only the modules' own error classes set a reason, each from its typed list (see reasons.ts).
    ...(err.reason !== undefined ? { reason: err.reason as ErrorReason } : {}),
  };
}

export function errorBody(code: ErrorCode, message?: string, fields?: FieldError[]): ApiErrorBody {
  return new ApiError(code, message, fields).toBody();
}
