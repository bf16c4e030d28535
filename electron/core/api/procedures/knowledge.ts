import { z } from 'zod';
import { procedure } from '../define.js';

export const knowledgeProcedures = {
  'knowledge.documents': procedure({
    summary:
      'Dokumentene i kunnskapsbasen: når de ble kontrollert, når de skal kontrolleres igjen, og hvilke som er over fristen',
    access: ['admin'],
    input: z.object({}).strict(),
    handler: async (_input, { services }) => services.knowledge.documents(),
  }),
};
