import { SPAN_TYPES, type Span } from './types.js';

const TYPE_RANK = new Map(SPAN_TYPES.map((t, i) => [t, i]));

/** Who wins where spans overlap: higher confidence, then longer, then earlier, then SPAN_TYPES order. */
function rank(a: Span, b: Span): number {
  return (
    b.confidence - a.confidence ||
    b.end - b.start - (a.end - a.start) ||
    a.start - b.start ||
    (TYPE_RANK.get(a.type) ?? 99) - (TYPE_RANK.get(b.type) ?? 99)
  );
}

/**
 * Index of the first span in `accepted` (disjoint, sorted by start) that starts at or after `pos`.
 */
function firstStartingAtOrAfter(accepted: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = accepted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((accepted[mid]?.start ?? 0) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Greedy by rank within one group of overlapping spans; the accepted spans are kept sorted by start. */
function resolveGroup(group: Span[], out: Span[]): void {
  group.sort(rank);
  const accepted: Span[] = [];
  for (const span of group) {
    // Accepted spans are disjoint: only the last one starting before span.end can overlap it.
    const at = firstStartingAtOrAfter(accepted, span.end);
    const before = accepted[at - 1];
    if (before && before.end > span.start) continue;
    accepted.splice(firstStartingAtOrAfter(accepted, span.start), 0, span);
  }
  for (const s of accepted) out.push(s);
}

/**
 * Merges overlapping candidate spans into a non-overlapping list, sorted by start. Where spans
 * overlap, the one with higher confidence wins, then the longer one, then the earlier one, then
 * the type listed first in SPAN_TYPES: the result does not depend on detector order.
 *
 * A sorted sweep: spans sorted by start fall into groups that overlap nothing outside the group,
 * and each group is decided on its own (the same result as ranking all spans at once, since a
 * span's fate depends only on spans it overlaps, directly or through others in its group).
 * O(n log n) for n candidates.
 */
export function resolveSpans(candidates: readonly Span[]): Span[] {
  const valid = candidates.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  let group: Span[] = [];
  let groupEnd = -1;
  for (const span of valid) {
    if (group.length > 0 && span.start >= groupEnd) {
      if (group.length === 1) out.push(group[0] as Span);
      else resolveGroup(group, out);
      group = [];
    }
    group.push(span);
    groupEnd = group.length === 1 ? span.end : Math.max(groupEnd, span.end);
  }
  if (group.length === 1) out.push(group[0] as Span);
  else if (group.length > 1) resolveGroup(group, out);
  return out;
}
