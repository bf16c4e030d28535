import fs from 'node:fs';
import { z } from 'zod';
import { AGE_BANDS, ICPC2_CHAPTER_LETTERS } from './case.js';
import { DecisionError } from './errors.js';

/**
 * The survival model behind the prediction as a versioned JSON file: its schema, Norwegian
 * validation messages and the active model (prediction itself is in model.ts). The model is a Weibull proportional-hazards model of sick-leave duration:
 *
 *   cumulative baseline hazard  H0(t) = (t / scaleWeeks) ^ shape         (t in weeks of sick leave)
 *   person's hazard multiplier  m     = product of the hazard ratios of their covariate levels
 *   S(t | on leave at a)              = exp(-m * (H0(t) - H0(a)))
 *
 * Everything is deterministic: the same file and the same case always give the same numbers.
 */

export const SUPPORTED_SCHEMA_VERSIONS = [1] as const;

const sourceIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{1,60}$/, { error: 'Kilde-id må være små bokstaver, tall og bindestrek.' });
const EVIDENCE = ['published', 'derived', 'assumption', 'reference'] as const;
export type Evidence = (typeof EVIDENCE)[number];

const levelSchema = z
  .object({
    value: z.string().min(1).max(40),
    label: z.string().min(1).max(120),
    hazardRatio: z
      .number()
      .min(0.1, { error: 'Hasardratio under 0,1 er ikke troverdig.' })
      .max(10, { error: 'Hasardratio over 10 er ikke troverdig.' }),
    evidence: z.enum(EVIDENCE),
    /** Plain Norwegian sentence shown in the factors layer (bokmål). */
    explanation: z.string().min(1).max(600),
    /** The label and the sentence in nynorsk (optional: a screen in nynorsk falls back to bokmål). */
    labelNn: z.string().min(1).max(120).optional(),
    explanationNn: z.string().min(1).max(600).optional(),
    sourceIds: z.array(sourceIdSchema),
    /** Share of people at week 17 with this level, used only to draw the synthetic calibration population. */
    syntheticShare: z.number().min(0).max(1),
  })
  .strict();

const covariateSchema = z
  .object({
    label: z.string().min(1).max(120),
    labelNn: z.string().min(1).max(120).optional(),
    levels: z.array(levelSchema).min(1).max(20),
  })
  .strict();

const spellBinSchema = z
  .object({ value: z.string().min(1), min: z.number().int().min(0), max: z.number().int().min(0).nullable() })
  .strict();

const numberSchema = z
  .object({
    label: z.string().min(1),
    value: z.number(),
    unit: z.string().min(1),
    where: z.string().min(1),
    /** The same in nynorsk (optional, as every `…Nn` text: a screen in nynorsk falls back to bokmål). */
    labelNn: z.string().min(1).optional(),
    unitNn: z.string().min(1).optional(),
    whereNn: z.string().min(1).optional(),
  })
  .strict();

const sourceSchema = z
  .object({
    id: sourceIdSchema,
    title: z.string().min(1),
    publisher: z.string().min(1),
    year: z.number().int().min(1990).max(2100).nullable(),
    url: z.string().url(),
    numbers: z.array(numberSchema),
  })
  .strict();

const calibrationBandSchema = z
  .object({
    label: z.string().min(1),
    minPredicted: z.number().min(0).max(1),
    maxPredicted: z.number().min(0).max(1),
    n: z.number().int().min(0),
    meanPredicted: z.number().min(0).max(1).nullable(),
    observedRate: z.number().min(0).max(1).nullable(),
  })
  .strict();

const riskBandSchema = z
  .object({
    id: z.enum(['low', 'medium', 'high']),
    label: z.string().min(1),
    min: z.number().min(0).max(1),
    max: z.number().min(0).max(1),
  })
  .strict();

export const modelFileSchema = z
  .object({
    schemaVersion: z.literal(1),
    modelVersion: z
      .string()
      .regex(/^\d+\.\d+\.\d+(-[a-z0-9.]+)?$/, { error: 'modelVersion må være et versjonsnummer som 1.0.0.' }),
    name: z.string().min(1).max(120),
    kind: z.literal('weibull-ph'),
    /** Who built it and from what. The bundled baseline says: published aggregate statistics only. */
    provenance: z
      .object({
        builtFrom: z.enum(['published-aggregates', 'controller-trained']),
        builtBy: z.string().min(1),
        builtAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
        legalBasisNote: z.string().min(1),
        description: z.string().min(1),
        legalBasisNoteNn: z.string().min(1).optional(),
        descriptionNn: z.string().min(1).optional(),
      })
      .strict(),
    timeUnit: z.literal('week'),
    defaultAsOfWeek: z.number().int().min(1).max(51),
    horizonWeek: z.number().int().min(2).max(52),
    /** Sickness benefit ends at 52 weeks; remaining-time quantiles are capped here. */
    maxWeek: z.number().int().min(2).max(104),
    baseline: z
      .object({
        distribution: z.literal('weibull'),
        shape: z
          .number()
          .min(0.05, { error: 'Formparameteren er urimelig liten.' })
          .max(5, { error: 'Formparameteren er urimelig stor.' }),
        scaleWeeks: z
          .number()
          .min(0.001, { error: 'Skalaparameteren må være positiv.' })
          .max(520, { error: 'Skalaparameteren er urimelig stor.' }),
        derivation: z.string().min(1),
        sourceIds: z.array(sourceIdSchema).min(1),
      })
      .strict(),
    covariates: z
      .object({
        grading: covariateSchema,
        diagnosisGroup: covariateSchema.extend({ chapterToLevel: z.record(z.string(), z.string()) }).strict(),
        ageBand: covariateSchema,
        previousSpells: covariateSchema.extend({ bins: z.array(spellBinSchema).min(1) }).strict(),
      })
      .strict(),
    riskBands: z.array(riskBandSchema).length(3),
    sources: z.array(sourceSchema).min(1),
    assumptions: z.array(
      z.object({ id: z.string().min(1), text: z.string().min(1), textNn: z.string().min(1).optional() }).strict(),
    ),
    calibration: z
      .object({
        synthetic: z.boolean(),
        description: z.string().min(1),
        descriptionNn: z.string().min(1).optional(),
        seed: z.number().int(),
        n: z.number().int().min(1),
        asOfWeek: z.number().int(),
        bands: z.array(calibrationBandSchema).min(1, { error: 'Kalibreringstabellen mangler.' }),
        brierScore: z.number().min(0).max(1),
        brierScoreBaseRateOnly: z.number().min(0).max(1),
      })
      .strict(),
    intendedUse: z.string().min(1),
    notIntendedUse: z.string().min(1),
    intendedUseNn: z.string().min(1).optional(),
    notIntendedUseNn: z.string().min(1).optional(),
  })
  .strict()
  .superRefine((m, ctx) => {
    const sourceIds = new Set(m.sources.map((s) => s.id));
    const checkSources = (ids: string[], path: (string | number)[]) => {
      for (const id of ids)
        if (!sourceIds.has(id))
          ctx.addIssue({ code: 'custom', path, message: `Kilden «${id}» finnes ikke i kildelisten.` });
    };
    checkSources(m.baseline.sourceIds, ['baseline', 'sourceIds']);
    if (m.horizonWeek <= m.defaultAsOfWeek)
      ctx.addIssue({
        code: 'custom',
        path: ['horizonWeek'],
        message: 'Horisonten må ligge etter vurderingstidspunktet.',
      });
    if (m.maxWeek < m.horizonWeek)
      ctx.addIssue({ code: 'custom', path: ['maxWeek'], message: 'maxWeek kan ikke være før horisonten.' });
    for (const key of ['grading', 'diagnosisGroup', 'ageBand', 'previousSpells'] as const) {
      const cov = m.covariates[key];
      const values = cov.levels.map((l) => l.value);
      if (new Set(values).size !== values.length)
        ctx.addIssue({ code: 'custom', path: ['covariates', key], message: 'Nivåene må ha unike verdier.' });
      cov.levels.forEach((l, i) => checkSources(l.sourceIds, ['covariates', key, 'levels', i, 'sourceIds']));
      const share = cov.levels.reduce((s, l) => s + l.syntheticShare, 0);
      if (Math.abs(share - 1) > 1e-6)
        ctx.addIssue({
          code: 'custom',
          path: ['covariates', key],
          message: 'Andelene for den syntetiske befolkningen må summere til 1.',
        });
    }
    const gradingValues = m.covariates.grading.levels
      .map((l) => l.value)
      .sort()
      .join(',');
    if (gradingValues !== 'full,graded')
      ctx.addIssue({
        code: 'custom',
        path: ['covariates', 'grading'],
        message: 'Gradering må ha nivåene «full» og «graded».',
      });
    const ageValues = new Set(m.covariates.ageBand.levels.map((l) => l.value));
    for (const band of AGE_BANDS)
      if (!ageValues.has(band))
        ctx.addIssue({ code: 'custom', path: ['covariates', 'ageBand'], message: `Aldersgruppen ${band} mangler.` });
    const diagValues = new Set(m.covariates.diagnosisGroup.levels.map((l) => l.value));
    for (const letter of ICPC2_CHAPTER_LETTERS) {
      const level = m.covariates.diagnosisGroup.chapterToLevel[letter];
      if (!level || !diagValues.has(level))
        ctx.addIssue({
          code: 'custom',
          path: ['covariates', 'diagnosisGroup', 'chapterToLevel', letter],
          message: `ICPC-2-kapittel ${letter} er ikke knyttet til en diagnosegruppe.`,
        });
    }
    const bins = [...m.covariates.previousSpells.bins].sort((a, b) => a.min - b.min);
    const spellValues = new Set(m.covariates.previousSpells.levels.map((l) => l.value));
    let expected = 0;
    bins.forEach((bin, i) => {
      if (bin.min !== expected)
        ctx.addIssue({
          code: 'custom',
          path: ['covariates', 'previousSpells', 'bins'],
          message: 'Intervallene for tidligere sykefravær må starte på 0 og henge sammen.',
        });
      if (!spellValues.has(bin.value))
        ctx.addIssue({
          code: 'custom',
          path: ['covariates', 'previousSpells', 'bins'],
          message: `Intervallet ${bin.value} har ikke noe nivå.`,
        });
      if (bin.max === null) {
        if (i !== bins.length - 1)
          ctx.addIssue({
            code: 'custom',
            path: ['covariates', 'previousSpells', 'bins'],
            message: 'Bare det siste intervallet kan være åpent.',
          });
      } else expected = bin.max + 1;
    });
    if (bins.length > 0 && bins[bins.length - 1]?.max !== null)
      ctx.addIssue({
        code: 'custom',
        path: ['covariates', 'previousSpells', 'bins'],
        message: 'Det siste intervallet må være åpent oppover.',
      });
    const bands = m.riskBands;
    if (
      bands[0]?.min !== 0 ||
      bands[2]?.max !== 1 ||
      bands[0]?.max !== bands[1]?.min ||
      bands[1]?.max !== bands[2]?.min
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['riskBands'],
        message: 'Risikogruppene må dekke 0–1 uten hull, i rekkefølgen lav, middels, høy.',
      });
    }
    m.calibration.bands.forEach((b, i) => {
      if (b.minPredicted > b.maxPredicted)
        ctx.addIssue({
          code: 'custom',
          path: ['calibration', 'bands', i],
          message: 'Kalibreringsbåndet har min over maks.',
        });
    });
  });

export type SurvivalModel = z.infer<typeof modelFileSchema>;
export type ModelLevel = SurvivalModel['covariates']['grading']['levels'][number];
export type CovariateKey = keyof SurvivalModel['covariates'];
export const COVARIATE_KEYS: readonly CovariateKey[] = ['grading', 'diagnosisGroup', 'ageBand', 'previousSpells'];

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
