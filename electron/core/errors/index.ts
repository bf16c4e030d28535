/**
 * Domain errors: the bottom floor of core. Every module throws these (or its own subclass) with a
 * stable code and a Norwegian message for people; `api/` maps them to transport error bodies.
 * Nothing here carries a stack trace to the caller or personal data.
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

export const DEFAULT_MESSAGES: Record<ErrorCode, string> = {
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

/**
 * A refusal or failure a person should be told about. `reason` is the finer situation (e.g.
 * `PROCESSING_RESTRICTED`) for the UI and the CLI's exit status; subclasses narrow it.
 */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldError[] | undefined;
  readonly reason: string | undefined;

  constructor(code: ErrorCode, message?: string, fields?: FieldError[], reason?: string) {
    super(message ?? DEFAULT_MESSAGES[code]);
    this.name = 'DomainError';
    this.code = code;
    this.fields = fields;
    this.reason = reason;
  }
}

/** Why an optional feature does not run (the organisation's switch, the legal-basis register, an objection). */
export const FEATURE_REFUSAL_REASONS = [
  'FEATURE_OFF',
  'LEGAL_BASIS_MISSING',
  'CONTROLLER_ROLE_MISSING',
  'ARTICLE9_MISSING',
  'OBJECTION',
  'NOTICE_NOT_SEEN',
] as const;
export type FeatureRefusalReason = (typeof FEATURE_REFUSAL_REASONS)[number];

export { norwegianErrorMap } from './validation.js';
