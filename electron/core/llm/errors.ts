/**
 * Errors of the model runtime and model import: a stable code plus a Norwegian message for people.
 * Messages never contain prompt text, file contents or stack traces.
 */
export const MODEL_ERROR_MESSAGES = {
  MODEL_NOT_CONFIGURED: 'Ingen språkmodell er valgt. En administrator må importere og velge en modell.',
  MODEL_LOAD_FAILED: 'Språkmodellen kunne ikke lastes. Kontroller at modellfilen er hel, eller velg en annen modell.',
  MODEL_PROCESS_CRASHED: 'Språkmodellen stoppet uventet. Den startes automatisk på nytt ved neste forespørsel.',
  MODEL_NOT_RESPONDING: 'Språkmodellen svarte ikke og ble startet på nytt. Prøv igjen.',
  MODEL_BUSY: 'Assistenten svarer allerede i denne samtalen. Vent til svaret er ferdig, eller stopp det.',
  MODEL_TIME_LIMIT: 'Språkmodellen brukte for lang tid, og svaret ble avbrutt.',
  MODEL_STOPPED: 'Svaret ble stoppet før det var ferdig.',
  MODEL_INVALID_OUTPUT: 'Språkmodellen ga et svar i feil format. Prøv igjen.',
  MODEL_INPUT_TOO_LONG: 'Teksten er for lang for språkmodellen. Del den opp i mindre biter.',
  MODEL_NOTHING_TO_REGENERATE: 'Det finnes ikke noe svar å lage på nytt i denne samtalen.',
  MODEL_SHUT_DOWN: 'Språkmodellen er slått av.',
  MODEL_INTERNAL: 'Noe gikk galt i språkmodellen. Prøv igjen, eller kontakt IT-ansvarlig hvis feilen gjentar seg.',
  IMPORT_NOT_FOUND: 'Fant ikke filen som skulle importeres.',
  IMPORT_NOT_GGUF: 'Filen er ikke en språkmodell i GGUF-format. Velg en fil som slutter på .gguf.',
  IMPORT_TRUNCATED:
    'Modellfilen er ufullstendig. Den ble trolig avbrutt under nedlasting eller kopiering. Hent filen på nytt.',
  IMPORT_UNSUPPORTED: 'Denne modelltypen støttes ikke av InkludMI.',
  IMPORT_TOO_LARGE: 'Modellen trenger mer minne enn denne maskinen har. Velg en mindre modell.',
  IMPORT_NO_SPACE: 'Det er ikke nok ledig diskplass til å importere modellen.',
  IMPORT_FAILED: 'Modellen kunne ikke importeres. Ingenting ble endret.',
  IMPORT_CANCELLED: 'Importen ble avbrutt. Ingenting ble endret.',
  IMPORT_FILE_TOO_BIG: 'Filen er større enn noen språkmodell InkludMI kan bruke. Ingenting ble endret.',
  IMPORT_UPLOAD_GONE:
    'Opplastingen finnes ikke lenger: den ble avbrutt eller stod stille for lenge. Ingenting ble endret. Prøv igjen.',
  IMPORT_UPLOAD_BROKEN: 'Opplastingen kom i uorden og er stoppet. Ingenting ble endret. Prøv igjen.',
  IMPORT_BUSY: 'En annen import pågår allerede. Vent til den er ferdig, og prøv igjen.',
} as const;

export type ModelErrorCode = keyof typeof MODEL_ERROR_MESSAGES;

export interface ModelErrorBody {
  code: ModelErrorCode;
  message: string;
}

export class ModelError extends Error {
  readonly code: ModelErrorCode;

  constructor(code: ModelErrorCode, message?: string) {
    super(message ?? MODEL_ERROR_MESSAGES[code]);
    this.name = 'ModelError';
    this.code = code;
  }

  toBody(): ModelErrorBody {
    return { code: this.code, message: this.message };
  }

  static fromBody(body: ModelErrorBody): ModelError {
    return new ModelError(body.code, body.message);
  }
}

/** The error as a body safe to show and send: a ModelError keeps its code, anything else is internal. */
export function toModelErrorBody(error: unknown, fallback: ModelErrorCode = 'MODEL_INTERNAL'): ModelErrorBody {
  if (error instanceof ModelError) return error.toBody();
  return { code: fallback, message: MODEL_ERROR_MESSAGES[fallback] };
}
