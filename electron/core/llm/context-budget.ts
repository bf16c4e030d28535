/**
 * When a conversation nears the context size, drop its oldest turns — in one go, down to a low-water
 * mark, so the (expensive) full re-evaluation that follows a trim happens rarely and every other
 * turn keeps reusing the evaluated prefix.
 */
export interface ContextBudget {
  contextSize: number;
  /** Trim when the next turn would fill more than this share of the context. */
  highWater: number;
  /** After trimming, the next turn fills at most this share (when possible). */
  lowWater: number;
}

export const DEFAULT_CONTEXT_BUDGET: Omit<ContextBudget, 'contextSize'> = { highWater: 0.85, lowWater: 0.5 };

export interface TrimInput {
  /** Tokens that always stay: the system prompt and the chat template's framing. */
  fixedTokens: number;
  /** Tokens of each earlier turn (user + answer), oldest first. */
  turnTokens: readonly number[];
  /** Tokens the coming turn needs: the new user text plus room for the answer. */
  upcomingTokens: number;
}

/** How many of the oldest turns to drop before the coming turn (0 when it fits). */
export function turnsToDrop(input: TrimInput, budget: ContextBudget): number {
  const total = (turns: readonly number[]) => input.fixedTokens + input.upcomingTokens + turns.reduce((sum, t) => sum + t, 0);
  if (total(input.turnTokens) <= budget.contextSize * budget.highWater) return 0;
  let drop = 0;
  while (drop < input.turnTokens.length && total(input.turnTokens.slice(drop)) > budget.contextSize * budget.lowWater) drop++;
  return drop;
}
