import { z } from 'zod';
import { LENGTH_BOUNDS, MOVE_KINDS, type Move } from './moves.js';

/** What the language model returns for a turn. */
export const moveOutputSchema = z
  .object({
    move: z.enum(MOVE_KINDS),
    text: z.string().min(1).max(1200),
    sources: z.array(z.string().min(1).max(200)).max(10),
  })
  .strict();

export type MoveOutput = z.infer<typeof moveOutputSchema>;

/**
 * A JSON schema in the subset node-llama-cpp turns into a grammar (`createGrammarForJsonSchema`):
 * the move is fixed to the chosen one, the text is length-bounded, and sources can only be ids of
 * the passages given in this turn (none for moves other than provide_information, and none when
 * no passages were given). Structurally typed so core/chat does not import node-llama-cpp.
 */
export interface MoveOutputJsonSchema {
  readonly type: 'object';
  readonly properties: {
    readonly move: { readonly const: string };
    readonly text: { readonly type: 'string'; readonly minLength: number; readonly maxLength: number };
    readonly sources: {
      readonly type: 'array';
      readonly items: { readonly enum: readonly string[] } | { readonly type: 'string' };
      readonly minItems?: number;
      readonly maxItems: number;
    };
  };
}

export function moveOutputJsonSchema(
  m: Pick<Move, 'kind' | 'variant'>,
  passageIds: readonly string[] = [],
): MoveOutputJsonSchema {
  const bounds = LENGTH_BOUNDS[m.kind];
  const mayCite = (m.kind === 'provide_information' && m.variant === 'grounded') || m.kind === 'summary';
  const ids = mayCite ? [...new Set(passageIds)] : [];
  const sources =
    ids.length > 0
      ? {
          type: 'array' as const,
          items: { enum: ids },
          ...(m.kind === 'provide_information' ? { minItems: 1 } : {}),
          maxItems: Math.min(ids.length, 5),
        }
      : { type: 'array' as const, items: { type: 'string' as const }, maxItems: 0 };
  return {
    type: 'object',
    properties: {
      move: { const: m.kind },
      text: { type: 'string', minLength: bounds.min, maxLength: bounds.max },
      sources,
    },
  };
}

/** Parses the model's JSON text; null when it is not valid output. */
export function parseMoveOutput(json: string): MoveOutput | null {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  const parsed = moveOutputSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
