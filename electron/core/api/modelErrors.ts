import type { ApiErrorBody, ErrorCode } from './errors.js';
import { ModelError, type ModelErrorCode } from '../llm/index.js';

/** How the model runtime's errors look at the API edge: their own Norwegian message, a general code. */
const API_CODE: Record<ModelErrorCode, ErrorCode> = {
  MODEL_NOT_CONFIGURED: 'UNAVAILABLE',
  MODEL_LOAD_FAILED: 'UNAVAILABLE',
  MODEL_PROCESS_CRASHED: 'UNAVAILABLE',
  MODEL_NOT_RESPONDING: 'UNAVAILABLE',
  MODEL_BUSY: 'CONFLICT',
  MODEL_TIME_LIMIT: 'UNAVAILABLE',
  MODEL_STOPPED: 'CONFLICT',
  MODEL_INVALID_OUTPUT: 'UNAVAILABLE',
  MODEL_INPUT_TOO_LONG: 'VALIDATION',
  MODEL_NOTHING_TO_REGENERATE: 'CONFLICT',
  MODEL_SHUT_DOWN: 'UNAVAILABLE',
  MODEL_INTERNAL: 'INTERNAL',
  IMPORT_NOT_FOUND: 'VALIDATION',
  IMPORT_NOT_GGUF: 'VALIDATION',
  IMPORT_TRUNCATED: 'VALIDATION',
  IMPORT_UNSUPPORTED: 'VALIDATION',
  IMPORT_TOO_LARGE: 'VALIDATION',
  IMPORT_NO_SPACE: 'UNAVAILABLE',
  IMPORT_FAILED: 'INTERNAL',
  IMPORT_CANCELLED: 'CONFLICT',
  IMPORT_FILE_TOO_BIG: 'VALIDATION',
  IMPORT_UPLOAD_GONE: 'NOT_FOUND',
  IMPORT_UPLOAD_BROKEN: 'CONFLICT',
  IMPORT_BUSY: 'CONFLICT',
};

export function modelErrorToApi(err: unknown): ApiErrorBody | null {
  if (!(err instanceof ModelError)) return null;
  return { code: API_CODE[err.code], message: err.message };
}
