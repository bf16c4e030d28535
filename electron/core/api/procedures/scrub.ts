import { z } from 'zod';
import { defaultScrubber } from '../../scrub/index.js';
import { procedure } from '../define.js';

/** A note may hold 20,000 characters (notes.add); the preview looks at no more than that. */
const MAX_PREVIEW = 20_000;

/**
 * Tekstvask as a preview: the note editors mark detected personal data while the counselor types.
 * Text in, spans out (positions in the text, UTF-16 code units, end exclusive). Nothing is stored,
 * and the call is deliberately NOT audited: it names no record, and its only input is the text
 * itself, which must never reach the audit log or any log (the dispatcher logs failures by
 * procedure name and error class only).
 */
export const scrubProcedures = {
  'scrub.preview': procedure({
    summary:
      'Markerer personopplysninger i en tekst mens veilederen skriver (tekstvask; ingenting lagres eller logges)',
    access: ['counselor'],
    input: z.object({ text: z.string().max(MAX_PREVIEW, 'Teksten er for lang til å sjekkes.') }).strict(),
    handler: async ({ text }) => ({
      spans: defaultScrubber('note')
        .detect(text, {})
        .map(({ start, end, type }) => ({ start, end, type })),
    }),
  }),
};
