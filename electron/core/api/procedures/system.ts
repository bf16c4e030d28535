import { z } from 'zod';
import { HEALTH_CHECKS } from '../../system/index.js';
import { procedure } from '../define.js';

export const systemProcedures = {
  'system.info': procedure({
    summary: 'Versjoner og status for appen, databasemotoren og språkmodellen',
    access: 'public',
    input: z.object({}).strict(),
    handler: (_input, { services }) => services.system.info(),
  }),
  'system.health': procedure({
    summary: 'Helsesjekk av datamappe, database og språkmodell',
    access: 'public',
    input: z
      .object({
        include: z.array(z.enum(HEALTH_CHECKS)).min(1).max(HEALTH_CHECKS.length).optional(),
      })
      .strict(),
    handler: (input, { services }) => services.system.health(input.include),
  }),
};
