import fs from 'node:fs';
import { DecisionError } from './errors.js';
import { modelFileSchema, SUPPORTED_SCHEMA_VERSIONS, type SurvivalModel } from './modelFileSchema.js';

/**
 * Reading a model file: validation against the schema (modelFileSchema.ts) with messages in the
 * admin's written standard, and the active model that an import replaces only when the file is valid.
 */

export type ModelParseResult = { ok: true; model: SurvivalModel } | { ok: false; error: DecisionError };

/** The written standard of the field messages: the admin's own (nynorsk, or bokmål for the rest). */
export type ModelFileLanguage = 'nb' | 'nn';

const TYPE_NAMES: Record<ModelFileLanguage, Record<string, string>> = {
  nb: { string: 'tekst', number: 'et tall', boolean: 'sann/usann', object: 'et objekt', array: 'en liste' },
  nn: { string: 'tekst', number: 'eit tal', boolean: 'sann/usann', object: 'eit objekt', array: 'ei liste' },
};

/** The schema's own messages in nynorsk (the schema writes them in bokmål; a test checks every one has its pair). */
export const SCHEMA_MESSAGES_NN: Readonly<Record<string, string>> = {
  'Kilde-id må være små bokstaver, tall og bindestrek.': 'Kjelde-id må vere små bokstavar, tal og bindestrek.',
  'Hasardratio under 0,1 er ikke troverdig.': 'Hasardratio under 0,1 er ikkje truverdig.',
  'Hasardratio over 10 er ikke troverdig.': 'Hasardratio over 10 er ikkje truverdig.',
  'Formparameteren er urimelig liten.': 'Formparameteren er urimeleg liten.',
  'Formparameteren er urimelig stor.': 'Formparameteren er urimeleg stor.',
  'Skalaparameteren må være positiv.': 'Skalaparameteren må vere positiv.',
  'Skalaparameteren er urimelig stor.': 'Skalaparameteren er urimeleg stor.',
  'Kalibreringstabellen mangler.': 'Kalibreringstabellen manglar.',
  'Horisonten må ligge etter vurderingstidspunktet.': 'Horisonten må liggje etter vurderingstidspunktet.',
  'Nivåene må ha unike verdier.': 'Nivåa må ha unike verdiar.',
  'Andelene for den syntetiske befolkningen må summere til 1.':
    'Delane for den syntetiske befolkninga må summere til 1.',
  'Gradering må ha nivåene «full» og «graded».': 'Gradering må ha nivåa «full» og «graded».',
  'Intervallene for tidligere sykefravær må starte på 0 og henge sammen.':
    'Intervalla for tidlegare sjukefråvær må starte på 0 og henge saman.',
  'Bare det siste intervallet kan være åpent.': 'Berre det siste intervallet kan vere ope.',
  'Det siste intervallet må være åpent oppover.': 'Det siste intervallet må vere ope oppover.',
  'Risikogruppene må dekke 0–1 uten hull, i rekkefølgen lav, middels, høy.':
    'Risikogruppene må dekkje 0–1 utan hol, i rekkjefølgja låg, middels, høg.',
  'Kalibreringsbåndet har min over maks.': 'Kalibreringsbandet har min over maks.',
  'Skjemaversjonen støttes ikke.': 'Skjemaversjonen er ikkje støtta.',
};

/** Norwegian messages for the schema's generic checks (the schema's own messages take precedence). */
function norwegianIssue(
  issue: {
    code?: string;
    expected?: unknown;
    input?: unknown;
    minimum?: unknown;
    maximum?: unknown;
    keys?: unknown;
    values?: unknown;
  },
  lang: ModelFileLanguage,
): string | undefined {
  const nn = lang === 'nn';
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? nn
          ? 'Feltet manglar.'
          : 'Feltet mangler.'
        : `${nn ? 'Feil type: skal vere' : 'Feil type: skal være'} ${TYPE_NAMES[lang][String(issue.expected)] ?? String(issue.expected)}.`;
    case 'invalid_value': {
      const allowed = Array.isArray(issue.values)
        ? issue.values.map((v) => JSON.stringify(v)).join(' eller ')
        : nn
          ? 'ein av dei tillatne verdiane'
          : 'en av de tillatte verdiene';
      return `${nn ? 'Ugyldig verdi: skal vere' : 'Ugyldig verdi: skal være'} ${allowed}.`;
    }
    case 'too_small':
      return `For liten eller for kort (minst ${String(issue.minimum)}).`;
    case 'too_big':
      return nn
        ? `For stor eller for lang (høgst ${String(issue.maximum)}).`
        : `For stor eller for lang (høyst ${String(issue.maximum)}).`;
    case 'unrecognized_keys':
      return `${nn ? 'Ukjende felt' : 'Ukjente felt'}: ${Array.isArray(issue.keys) ? issue.keys.join(', ') : ''}.`;
    case 'invalid_format':
      return 'Feil format.';
    default:
      return undefined;
  }
}

/** A schema message in the admin's written standard. */
function inLanguage(message: string, lang: ModelFileLanguage): string {
  return lang === 'nn' ? (SCHEMA_MESSAGES_NN[message] ?? message) : message;
}

/** Validates a model file's content (text or already-parsed JSON). Never throws. */
export function parseModelFile(content: string | unknown, lang: ModelFileLanguage = 'nb'): ModelParseResult {
  let json: unknown = content;
  if (typeof content === 'string') {
    try {
      json = JSON.parse(content);
    } catch {
      return {
        ok: false,
        error: new DecisionError(
          'MODEL_FILE_INVALID',
          'Modellfilen er ikke gyldig JSON. Den aktive modellen er beholdt.',
        ),
      };
    }
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return {
      ok: false,
      error: new DecisionError(
        'MODEL_FILE_INVALID',
        'Modellfilen må være et JSON-objekt. Den aktive modellen er beholdt.',
      ),
    };
  }
  const schemaVersion = (json as Record<string, unknown>).schemaVersion;
  if (!(SUPPORTED_SCHEMA_VERSIONS as readonly unknown[]).includes(schemaVersion)) {
    return {
      ok: false,
      error: new DecisionError(
        'MODEL_FILE_INVALID',
        `Modellfilen har skjemaversjon ${JSON.stringify(schemaVersion ?? null)}, men denne versjonen av InkludMI støtter bare skjemaversjon ${SUPPORTED_SCHEMA_VERSIONS.join(', ')}. Den aktive modellen er beholdt.`,
        [{ path: 'schemaVersion', message: inLanguage('Skjemaversjonen støttes ikke.', lang) }],
      ),
    };
  }
  const parsed = modelFileSchema.safeParse(json, { error: (issue) => norwegianIssue(issue, lang) });
  if (!parsed.success) {
    const fields = parsed.error.issues
      .slice(0, 20)
      .map((issue) => ({ path: issue.path.map(String).join('.'), message: inLanguage(issue.message, lang) }));
    const missingCalibration = parsed.error.issues.some((i) => i.path[0] === 'calibration');
    const message = missingCalibration
      ? 'Modellfilen mangler en gyldig kalibreringstabell. Den aktive modellen er beholdt.'
      : 'Modellfilen er ikke gyldig. Den aktive modellen er beholdt.';
    return { ok: false, error: new DecisionError('MODEL_FILE_INVALID', message, fields) };
  }
  return { ok: true, model: parsed.data };
}

/** Reads and validates a model file from disk. */
export function readModelFile(filePath: string): ModelParseResult {
  let text: string;
  try {
    text = fs.readFileSync(filePath, 'utf8');
  } catch {
    return {
      ok: false,
      error: new DecisionError(
        'MODEL_FILE_INVALID',
        'Fant ikke modellfilen, eller den kunne ikke leses. Den aktive modellen er beholdt.',
      ),
    };
  }
  return parseModelFile(text);
}

export type ModelImportResult =
  | { ok: true; activeVersion: string; previousVersion: string }
  | { ok: false; error: DecisionError; activeVersion: string };

/**
 * Holds the active model. Importing a replacement validates it first; a bad file is refused with
 * a clear Norwegian message and the active model stays as it was. (Who may import is decided at
 * the API edge: admin only.)
 */
export class ActiveModel {
  readonly #initial: SurvivalModel;
  #model: SurvivalModel;

  constructor(initial: SurvivalModel) {
    this.#initial = initial;
    this.#model = initial;
  }

  get current(): SurvivalModel {
    return this.#model;
  }

  import(content: string | unknown): ModelImportResult {
    const result = parseModelFile(content);
    if (!result.ok) return { ok: false, error: result.error, activeVersion: this.#model.modelVersion };
    const previousVersion = this.#model.modelVersion;
    this.#model = result.model;
    return { ok: true, activeVersion: result.model.modelVersion, previousVersion };
  }

  /** Back to the model it started with (the bundled baseline): when the store locks. */
  reset(): void {
    this.#model = this.#initial;
  }
}
