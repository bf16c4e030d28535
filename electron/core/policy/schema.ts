import { z } from 'zod';

/**
 * Organisation settings. Every setting has a safe default; IT staff can set and lock any of them
 * centrally with a policy file (policy.ts). The same schema validates the policy file, the admin's
 * changes in the app, and what the API returns.
 */
export const FEATURES = ['chatbot', 'gamification', 'decisionSupport', 'statistics'] as const;
export type Feature = (typeof FEATURES)[number];

export const LANGUAGE_CODES = ['nb', 'nn', 'en'] as const;

export const settingsSchema = z
  .object({
    /** Minutes of inactivity before the app locks and drops the database key. */
    inactivityLockMinutes: z.number().int().min(1).max(60),
    passwordMinLength: z.number().int().min(8).max(64),
    features: z.object({
      chatbot: z.boolean(),
      gamification: z.boolean(),
      decisionSupport: z.boolean(),
      statistics: z.boolean(),
    }),
    /** Default retention, in months after the programme ended, per category (applied by the retention job). */
    retentionMonths: z.object({
      chat: z.number().int().min(0).max(120),
      notes: z.number().int().min(0).max(120),
      activityPlan: z.number().int().min(0).max(120),
      motivation: z.number().int().min(0).max(120),
      decisionCases: z.number().int().min(6).max(120),
      /**
       * The decision log of dialogmøte 2, in months after each decision (issue 17): the
       * organisation's choice, at least six (InkludMI's own floor, so that it can be checked that a
       * human decided and how). Optional: settings stored before it existed lack it (six).
       */
      decisionLog: z.number().int().min(6).max(120).optional(),
      /** Audit entries about a participant (optional: settings stored before it existed lack it; core/privacy defaults it). */
      auditEntries: z.number().int().min(12).max(240).optional(),
    }),
    /** Blocks screen capture of the window on Windows and macOS. */
    contentProtection: z.boolean(),
    language: z.enum(LANGUAGE_CODES),
    /** Folder for the encrypted database (policy only; absolute path). */
    dataDir: z.string().min(1).max(1024).nullable(),
    /** Folder for model files (policy only; absolute path). */
    modelDir: z.string().min(1).max(1024).nullable(),
    /** File name of the active chat model, or null for the app's default. */
    activeChatModel: z.string().min(1).max(255).nullable(),
    activeEmbeddingModel: z.string().min(1).max(255).nullable(),
    /** Decision support's human oversight (dialogmøte 2): the organisation's policy. */
    decisionOversight: z
      .object({
        /** The counselor records their own assessment before the prediction is shown (cognitive forcing). */
        cognitiveForcing: z.boolean(),
        /** Who sees the oversight monitor: the admin only, or also each counselor for their own decisions. */
        monitorAccess: z.enum(['admin', 'admin-and-own-counselor']),
        /** "Autopilot" warning at this share of agreement with the model or more (0.5–1) … */
        agreementThreshold: z.number().min(0.5).max(1),
        /** … over at least this many of a counselor's latest decisions. */
        minDecisions: z.number().int().min(5).max(10_000),
        /**
         * … together with switching to the model's side at least this often when the own assessment
         * disagreed (0.2–1; issue 17). Optional: settings stored before it existed lack it (default 0.5).
         */
        switchRateThreshold: z.number().min(0.2).max(1).optional(),
        /**
         * The model recommends «møte trolig ikke nødvendig» below this probability (0.05–0.95), or
         * null for the model's base rate (the default, see the model card).
         */
        recommendNotNeededBelow: z.number().min(0.05).max(0.95).nullable().optional(),
      })
      .strict(),
  })
  .strict();

export type Settings = z.infer<typeof settingsSchema>;
export type SettingKey = keyof Settings;
export const SETTING_KEYS = Object.keys(settingsSchema.shape) as SettingKey[];

export const DEFAULT_SETTINGS: Settings = {
  inactivityLockMinutes: 10,
  passwordMinLength: 12,
  features: { chatbot: true, gamification: true, decisionSupport: true, statistics: false },
  retentionMonths: {
    chat: 12,
    notes: 60,
    activityPlan: 60,
    motivation: 60,
    decisionCases: 6,
    decisionLog: 6,
    auditEntries: 60,
  },
  contentProtection: true,
  language: 'nb',
  dataDir: null,
  modelDir: null,
  activeChatModel: null,
  activeEmbeddingModel: null,
  decisionOversight: {
    cognitiveForcing: true,
    monitorAccess: 'admin',
    agreementThreshold: 0.95,
    minDecisions: 30,
    switchRateThreshold: 0.5,
    recommendNotNeededBelow: null,
  },
};

/**
 * The policy file: any subset of the settings under "settings", and the keys IT staff lock under
 * "locked" (a locked key cannot be changed in the app). A key may be locked only if it is set.
 */
export const policyFileSchema = z
  .object({
    version: z.literal(1),
    settings: settingsSchema
      .extend({
        features: settingsSchema.shape.features.partial(),
        retentionMonths: settingsSchema.shape.retentionMonths.partial(),
        decisionOversight: settingsSchema.shape.decisionOversight.partial(),
      })
      .partial()
      .strict()
      .default({}),
    locked: z.array(z.enum(SETTING_KEYS as [SettingKey, ...SettingKey[]])).default([]),
  })
  .strict()
  .superRefine((policy, ctx) => {
    policy.locked.forEach((key, index) => {
      if (policy.settings[key] === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['locked', index],
          message: `«${key}» er låst, men har ingen verdi i policyen.`,
        });
      }
    });
  });

export type PolicyFile = z.infer<typeof policyFileSchema>;
