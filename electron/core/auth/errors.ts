/** Why an account or the encrypted store refused: one code per situation, one Norwegian message each. */
export const AUTH_ERROR_MESSAGES = {
  SETUP_REQUIRED:
    'InkludMI er ikke satt opp ennå. Start oppsettet for å opprette organisasjonen og den første administratoren.',
  ALREADY_SET_UP: 'InkludMI er allerede satt opp for en organisasjon på denne maskinen.',
  MISSING_KEY_FILE:
    'Nøkkelfilen (keys.json) mangler i datamappen, så databasen kan ikke låses opp. Legg tilbake nøkkelfilen fra sikkerhetskopien, eller kontakt IT-ansvarlig. Ingenting er endret.',
  DAMAGED_KEY_FILE:
    'Nøkkelfilen (keys.json) er skadet og kan ikke leses. Legg tilbake nøkkelfilen fra sikkerhetskopien, eller kontakt IT-ansvarlig. Ingenting er endret.',
  MISSING_DATABASE:
    'Databasen mangler i datamappen. Gjenopprett fra sikkerhetskopi, eller kontakt IT-ansvarlig. Ingenting er endret.',
  FOREIGN_DATABASE:
    'Databasen i datamappen kan ikke åpnes med denne organisasjonens nøkkel. Den hører trolig til en annen organisasjon, eller den er skadet. Ingenting er endret.',
  DAMAGED_DATABASE:
    'Databasen er skadet og kan ikke åpnes. Gjenopprett fra sikkerhetskopi, eller kontakt IT-ansvarlig. Ingenting er endret.',
  DATABASE_TOO_NEW:
    'Databasen er laget av en nyere versjon av InkludMI. Oppdater appen for å åpne den. Ingenting er endret.',
  WRONG_CREDENTIALS: 'Feil brukernavn eller passord.',
  ACCOUNT_LOCKED: 'For mange mislykkede innloggingsforsøk. Kontoen er midlertidig sperret.',
  ACCOUNT_DEACTIVATED: 'Kontoen er deaktivert. Kontakt administratoren i organisasjonen din.',
  WRONG_RECOVERY_KEY:
    'Gjenopprettingsnøkkelen er ikke riktig. Sjekk at du har skrevet den av riktig (grupper på fire tegn).',
  WRONG_PASSWORD: 'Det nåværende passordet er ikke riktig.',
  STORE_LOCKED: 'InkludMI er låst. Logg inn for å fortsette.',
  UNKNOWN_USER: 'Fant ingen bruker med det brukernavnet.',
  USERNAME_TAKEN: 'Brukernavnet er allerede i bruk. Velg et annet.',
  LAST_ADMIN: 'Organisasjonen må ha minst én aktiv administrator.',
  PASSWORD_CHANGE_REQUIRED: 'Du har fått et passord av administratoren. Velg ditt eget nye passord før du fortsetter.',
} as const;

export type AuthErrorCode = keyof typeof AUTH_ERROR_MESSAGES;

/** Store problems a login can reveal (the status cannot see them without the key). */
export const STORE_PROBLEM_REASONS = [
  'MISSING_KEY_FILE',
  'DAMAGED_KEY_FILE',
  'MISSING_DATABASE',
  'FOREIGN_DATABASE',
  'DAMAGED_DATABASE',
  'DATABASE_TOO_NEW',
] as const satisfies readonly AuthErrorCode[];
/** Refusals of the sign-in itself. */
export const LOGIN_FAILURE_REASONS = [
  'WRONG_CREDENTIALS',
  'ACCOUNT_LOCKED',
  'ACCOUNT_DEACTIVATED',
  'UNKNOWN_USER',
] as const satisfies readonly AuthErrorCode[];

export class AuthError extends Error {
  constructor(
    readonly code: AuthErrorCode,
    /** Seconds until a locked account may try again. */
    readonly retryAfterSeconds?: number,
  ) {
    super(AUTH_ERROR_MESSAGES[code]);
    this.name = 'AuthError';
  }

  /** The message for people, with the waiting time where there is one. */
  get userMessage(): string {
    if (this.code === 'ACCOUNT_LOCKED' && this.retryAfterSeconds !== undefined)
      return `${this.message} Prøv igjen om ${formatWait(this.retryAfterSeconds)}.`;
    return this.message;
  }
}

export function formatWait(seconds: number): string {
  if (seconds < 60) return `${Math.max(1, Math.ceil(seconds))} sekunder`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? '1 minutt' : `${minutes} minutter`;
}
