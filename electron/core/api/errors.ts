/**
 * Errors at the API edge are values: a stable code plus a Norwegian message for people.
 * Nothing here carries a stack trace or personal data.
 */
export const ERROR_CODES = [
  'VALIDATION',
  'UNKNOWN_PROCEDURE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'LOCKED',
  'RATE_LIMITED',
  'UNAVAILABLE',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldError {
  /** Dotted path of the field in the input, e.g. "plan.goal". Empty for the input as a whole. */
  path: string;
  message: string;
}

export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
  fields?: FieldError[];
  /** A finer code for the situation (e.g. `FOREIGN_DATABASE`), for the UI and the CLI's exit status. */
  reason?: string;
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiErrorBody };

const DEFAULT_MESSAGES: Record<ErrorCode, string> = {
  VALIDATION: 'Noen av opplysningene er ikke gyldige. Rett feltene som er merket, og prøv igjen.',
  UNKNOWN_PROCEDURE: 'Handlingen finnes ikke i denne versjonen av InkludMI.',
  UNAUTHENTICATED: 'Du må logge inn for å gjøre dette.',
  FORBIDDEN: 'Du har ikke tilgang til dette.',
  NOT_FOUND: 'Fant ikke det du ba om.',
  CONFLICT: 'Dette er allerede endret av noen andre. Last inn på nytt og prøv igjen.',
  LOCKED: 'InkludMI er låst. Logg inn for å fortsette.',
  RATE_LIMITED: 'For mange forsøk på kort tid. Vent litt og prøv igjen.',
  UNAVAILABLE: 'Tjenesten er ikke tilgjengelig akkurat nå. Prøv igjen om litt.',
  INTERNAL: 'Noe gikk galt. Ingenting ble lagret. Prøv igjen, eller kontakt IT-ansvarlig hvis feilen gjentar seg.',
};

/** Thrown inside services; turned into an ApiErrorBody by the dispatcher. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldError[] | undefined;

  constructor(code: ErrorCode, message?: string, fields?: FieldError[]) {
    super(message ?? DEFAULT_MESSAGES[code]);
    this.name = 'ApiError';
    this.code = code;
    this.fields = fields;
  }

  toBody(): ApiErrorBody {
    return this.fields ? { code: this.code, message: this.message, fields: this.fields } : { code: this.code, message: this.message };
  }
}

export function errorBody(code: ErrorCode, message?: string, fields?: FieldError[]): ApiErrorBody {
  return new ApiError(code, message, fields).toBody();
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
