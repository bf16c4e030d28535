import { SPAN_TYPES, type Span } from './types.js';

const TYPE_RANK = new Map(SPAN_TYPES.map((t, i) => [t, i]));

/**
 * Merges overlapping candidate spans into a non-overlapping list, sorted by start. Where spans
 * overlap, the one with higher confidence wins, then the longer one, then the earlier one, then
 * the type listed first in SPAN_TYPES: the result does not depend on detector order.
 */
export function resolveSpans(candidates: readonly Span[]): Span[] {
  const valid = candidates.filter((s) => s.end > s.start);
  const ranked = [...valid].sort(
    (a, b) =>
      b.confidence - a.confidence ||
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start ||
      (TYPE_RANK.get(a.type) ?? 99) - (TYPE_RANK.get(b.type) ?? 99),
  );
  const accepted: Span[] = [];
  for (const span of ranked) {
    if (accepted.some((s) => s.start < span.end && span.start < s.end)) continue;
    accepted.push(span);
  }
  return accepted.sort((a, b) => a.start - b.start);
}
