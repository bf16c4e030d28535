import { z } from 'zod';
import { AGE_BANDS, ICPC2_CHAPTER_LETTERS } from './case.js';

/**
 * The schema of the versioned JSON model file behind the prediction (reading it, with Norwegian
 * messages, and the active model are in modelFile.ts; prediction itself is in model.ts). The model
 * is a Weibull proportional-hazards model of sick-leave duration:
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
