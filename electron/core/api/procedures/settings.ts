import { z } from 'zod';
import { settingsSchema } from '../../policy/index.js';
import { procedure } from '../define.js';

/** What an admin may change in the app: everything but the policy-only keys, any subset at a time. */
const settingsPatch = settingsSchema
  .omit({ dataDir: true, modelDir: true })
  .extend({
    features: settingsSchema.shape.features.partial(),
    retentionMonths: settingsSchema.shape.retentionMonths.partial(),
    decisionOversight: settingsSchema.shape.decisionOversight.partial(),
  })
  .partial()
  .strict();

/** The dotted names of the keys a patch changes, as one audit code (at most 128 characters). */
function changedKeys(input: Record<string, unknown>): string {
  const names = Object.entries(input).flatMap(([k, v]) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.keys(v).map((sub) => `${k}.${sub}`) : [k],
  );
  const joined = names.map((n) => n.replace(/[^A-Za-z0-9_.-]/g, '_')).join(':');
  return (joined || 'none').slice(0, 128);
}

export const settingsProcedures = {
  'settings.get': procedure({
    summary: 'Gjeldende innstillinger, hvilke som er låst av IT-ansvarlig, og status for policyfilen',
    // Settings hold no personal data, and the login screen needs language and locks.
    access: 'public',
    input: z.object({}).strict(),
    handler: async (_input, { services }) => services.settings.view(),
  }),
  'settings.update': procedure({
    summary: 'Endrer organisasjonens innstillinger (ikke de som er låst av policy)',
    access: ['admin'],
    // Audited with the names of the changed keys (issue 16), e.g. `features.chatbot:inactivityLockMinutes`.
    audit: (input) => ({ type: 'settings_keys', id: changedKeys(input) }),
    input: settingsPatch,
    handler: async (input, { services }) => {
      const current = services.settings.effective();
      const { features, retentionMonths, decisionOversight, ...rest } = input;
      return services.settings.update({
        ...rest,
        ...(features ? { features: { ...current.features, ...features } } : {}),
        ...(retentionMonths ? { retentionMonths: { ...current.retentionMonths, ...retentionMonths } } : {}),
        ...(decisionOversight ? { decisionOversight: { ...current.decisionOversight, ...decisionOversight } } : {}),
      });
    },
  }),
};
