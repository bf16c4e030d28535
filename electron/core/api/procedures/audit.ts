import { z } from 'zod';
import { AUDIT_GROUPS, REPEATED_READS, repeatedReadCounts, UNVERIFIED_PREFIX } from '../../audit/index.js';
import { procedure } from '../define.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z)?$/, 'Skriv datoen som ÅÅÅÅ-MM-DD.');

export const auditProcedures = {
  'audit.list': procedure({
    summary: 'Revisjonsloggen (bare metadata: hvem, hva, hvilken post, når, utfall)',
    access: ['admin'],
    audit: () => ({ type: 'audit_log', id: null }),
    input: z
      .object({
        actorId: z.string().uuid().optional(),
        action: z
          .string()
          .max(64)
          .regex(/^[a-z][a-zA-Z0-9_.]*$/, 'Ugyldig handling.')
          .optional(),
        group: z.enum(AUDIT_GROUPS, { message: 'Velg et område fra listen.' }).optional(),
        from: isoDate.optional(),
        to: isoDate.optional(),
        limit: z.number().int().min(1).max(1000).optional(),
        beforeSeq: z.number().int().min(1).optional(),
      })
      .strict(),
    handler: async ({ group, ...input }, { services }) => {
      // A group is every action labelled with it (the label table is loaded when called, as below).
      const actions = group
        ? (await import('../auditLabels.js')).auditActionLabels().flatMap((l) => (l.group === group ? [l.action] : []))
        : undefined;
      const entries = await services.audit.list({ ...input, ...(actions ? { actions } : {}) });
      const names = await services.auth.displayNames(entries.flatMap((e) => (e.actorId ? [e.actorId] : [])));
      return {
        entries: entries.map((e) => ({
          ...e,
          actorName: e.actorId ? (names.get(e.actorId) ?? null) : null,
          // A sealing entry's reason is the count per procedure; the page shows them with their labels.
          repeats: e.action === REPEATED_READS ? repeatedReadCounts(e.reason) : null,
          // Whose reads they are: a counselor's further reads of a participant's record while she had it
          // open (its opening is an entry of its own), or someone's repeated reads of her own pages.
          repeatsOf:
            e.action !== REPEATED_READS
              ? null
              : e.targetType === 'participant' && e.targetId !== null && e.actorRole === 'counselor'
                ? ('record' as const)
                : ('ownPages' as const),
          // Written by a locked program without the audit key: the page says so beside the reason.
          unverified: e.reason?.startsWith(UNVERIFIED_PREFIX) ?? false,
          reasonCode: e.reason?.startsWith(UNVERIFIED_PREFIX) ? e.reason.slice(UNVERIFIED_PREFIX.length) : e.reason,
        })),
      };
    },
  }),
  'audit.actions': procedure({
    summary: 'Hvilke handlinger revisjonsloggen kan vise, med navn og gruppe',
    access: ['admin'],
    input: z.object({}).strict(),
    // The label table imports the procedure table, which imports this file: loaded when called.
    handler: async () => ({ actions: (await import('../auditLabels.js')).auditActionLabels() }),
  }),
  'audit.verify': procedure({
    summary: 'Kontrollerer hash-kjeden i revisjonsloggen',
    access: ['admin'],
    audit: () => ({ type: 'audit_log', id: null }),
    input: z.object({}).strict(),
    handler: async (_input, { services }) => services.audit.verify(),
  }),
};
