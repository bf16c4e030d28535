import { describe, expect, it } from 'vitest';
import { DEFAULT_CONTEXT_BUDGET, turnsToDrop } from '../../../electron/core/llm/context-budget.js';

const budget = { contextSize: 1000, ...DEFAULT_CONTEXT_BUDGET };

describe('context budget', () => {
  it('keeps every turn while the next one fits under the high-water mark', () => {
    expect(turnsToDrop({ fixedTokens: 100, turnTokens: [100, 100, 100], upcomingTokens: 200 }, budget)).toBe(0);
    expect(turnsToDrop({ fixedTokens: 100, turnTokens: [100, 100, 100, 100], upcomingTokens: 150 }, budget)).toBe(0);
  });

  it('drops the oldest turns in one go, down to the low-water mark, so it rarely has to again', () => {
    // 100 + 6×100 + 200 = 900 > 850: drop until ≤ 500, i.e. keep two turns.
    expect(turnsToDrop({ fixedTokens: 100, turnTokens: [100, 100, 100, 100, 100, 100], upcomingTokens: 200 }, budget)).toBe(4);
  });

  it('drops every earlier turn when even the last one is too big, but never the system prompt', () => {
    expect(turnsToDrop({ fixedTokens: 300, turnTokens: [700], upcomingTokens: 100 }, budget)).toBe(1);
    expect(turnsToDrop({ fixedTokens: 900, turnTokens: [], upcomingTokens: 100 }, budget)).toBe(0);
  });
});
