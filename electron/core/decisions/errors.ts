import { DomainError, type ErrorCode, type FieldError } from '../errors/index.js';

/**
 * Why a decision-support step was refused. The API code (`code`) tells the transport what kind of
 * failure it is; `reason` tells the UI exactly which rule stopped it. Messages are Norwegian
 * (bokmål, for the API and the CLI) and never contain personal data; the app shows every reason in
 * the user's written standard from its locale files (decisions.errors.<REASON>), so a rule with its
 * own wording gets its own reason here rather than a custom message.
 */
export const DECISION_ERROR_REASONS = [
  'NO_PRINCIPAL',
  'NOT_COUNSELOR',
  'NOT_OWN_SESSION',
  'INVALID_INPUT',
  'OWN_ASSESSMENT_REQUIRED',
  'PREDICTION_NOT_SHOWN',
  'WRONG_STATE',
  'CONFIRMATION_REQUIRED',
  'ALREADY_DECIDED',
  'CASE_NOT_DUE',
  'NOT_FOUND',
  'MODEL_FILE_INVALID',
  'RETENTION_MINIMUM',
  'NOT_NAV_DECISION',
  'DEVELOPMENT_BASIS_MISSING',
  'OWN_ASSESSMENT_LOCKED',
  'SUMMON_PENDING',
  'RECORDS_NAV_DECISION',
  'NO_CASE_ACCESS',
  'NO_MONITOR_ACCESS',
  'ADMIN_ONLY',
  'NO_LETTER',
] as const;

export type DecisionErrorReason = (typeof DECISION_ERROR_REASONS)[number];

const CODE_FOR_REASON: Record<DecisionErrorReason, ErrorCode> = {
  NO_PRINCIPAL: 'UNAUTHENTICATED',
  NOT_COUNSELOR: 'FORBIDDEN',
  NOT_OWN_SESSION: 'FORBIDDEN',
  INVALID_INPUT: 'VALIDATION',
  OWN_ASSESSMENT_REQUIRED: 'CONFLICT',
  PREDICTION_NOT_SHOWN: 'CONFLICT',
  WRONG_STATE: 'CONFLICT',
  CONFIRMATION_REQUIRED: 'CONFLICT',
  ALREADY_DECIDED: 'CONFLICT',
  CASE_NOT_DUE: 'CONFLICT',
  NOT_FOUND: 'NOT_FOUND',
  MODEL_FILE_INVALID: 'VALIDATION',
  RETENTION_MINIMUM: 'CONFLICT',
  NOT_NAV_DECISION: 'FORBIDDEN',
  DEVELOPMENT_BASIS_MISSING: 'FORBIDDEN',
  OWN_ASSESSMENT_LOCKED: 'CONFLICT',
  SUMMON_PENDING: 'CONFLICT',
  RECORDS_NAV_DECISION: 'CONFLICT',
  NO_CASE_ACCESS: 'FORBIDDEN',
  NO_MONITOR_ACCESS: 'FORBIDDEN',
  ADMIN_ONLY: 'FORBIDDEN',
  NO_LETTER: 'CONFLICT',
};

const DEFAULT_MESSAGES: Record<DecisionErrorReason, string> = {
  NO_PRINCIPAL: 'Du må være logget inn som veileder for å registrere en vurdering eller beslutning.',
  NOT_COUNSELOR: 'Bare en innlogget veileder kan registrere vurderinger og beslutninger om dialogmøte.',
  NOT_OWN_SESSION: 'Denne vurderingen er startet av en annen veileder. Start en egen vurdering.',
  INVALID_INPUT: 'Noen av opplysningene er ikke gyldige. Rett feltene som er merket, og prøv igjen.',
  OWN_ASSESSMENT_REQUIRED:
    'Registrer din egen vurdering først. Anslaget vises etterpå, slik at du vurderer saken selv før du ser det.',
  PREDICTION_NOT_SHOWN: 'Anslaget må vises før forklaringen kan åpnes.',
  WRONG_STATE: 'Dette steget kan ikke gjøres nå. Last inn saken på nytt og fortsett der du var.',
  CONFIRMATION_REQUIRED: 'Innkalling må bekreftes i et eget steg før den registreres.',
  ALREADY_DECIDED: 'Det er allerede registrert en beslutning i denne saken.',
  CASE_NOT_DUE: 'Saken er ikke klar for vurdering ennå. Den blir klar ved 17 ukers sykmelding.',
  NOT_FOUND: 'Fant ikke saken eller vurderingen.',
  MODEL_FILE_INVALID: 'Modellfilen er ikke gyldig. Den aktive modellen er beholdt.',
  RETENTION_MINIMUM: 'Beslutningsloggen kan ikke slettes før oppbevaringstiden organisasjonen har satt, er ute.',
  NOT_NAV_DECISION:
    'Dialogmøte 2 er NAVs beslutning (folketrygdloven § 8-7 a). Organisasjonen er registrert som verken NAV eller NAVs databehandler, så her skrives en vurdering til NAV-veilederen, ikke en beslutning.',
  DEVELOPMENT_BASIS_MISSING:
    'Modellen er trent av en behandlingsansvarlig, men det er ikke registrert et rettsgrunnlag for å utvikle modeller for denne behandlingsansvarlige. Registrer grunnlaget for utvikling først. Den aktive modellen er beholdt.',
  OWN_ASSESSMENT_LOCKED: 'Din egen vurdering er allerede registrert. Den kan ikke endres etter at anslaget er vist.',
  SUMMON_PENDING: 'Avbryt innkallingen først hvis du vil registrere at møte ikke er nødvendig.',
  RECORDS_NAV_DECISION: 'Organisasjonen registrerer NAVs beslutning; bruk «innkall» eller «ikke nødvendig».',
  NO_CASE_ACCESS: 'Du har ikke tilgang til denne saken.',
  NO_MONITOR_ACCESS: 'Du har ikke tilgang til tilsynsoversikten.',
  ADMIN_ONLY: 'Bare administrator kan gjøre dette.',
  NO_LETTER:
    'Det finnes ikke noe informasjonsbrev i denne saken. Brevet lages bare når NAVs beslutning er at møte ikke er nødvendig.',
};

/** A refused decision-support step. Extends DomainError so the dispatcher turns it into a typed error body. */
export class DecisionError extends DomainError {
  /** The UI needs the exact rule, not only the kind of failure. */
  declare readonly reason: DecisionErrorReason;

  constructor(reason: DecisionErrorReason, message?: string, fields?: FieldError[]) {
    super(CODE_FOR_REASON[reason], message ?? DEFAULT_MESSAGES[reason], fields, reason);
    this.name = 'DecisionError';
  }
}
