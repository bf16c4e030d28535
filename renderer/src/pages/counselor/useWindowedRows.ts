import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** Rows above and below the screen that are rendered too, so scrolling and Tab never reach an empty row. */
const OVERSCAN_PX = 800;
/** A caseload row before any has been measured (two lines of text in a small table). */
const ESTIMATED_ROW_PX = 56;
/** Rendered before the first measurement: more than a tall screen holds. */
const FIRST_ROWS = 24;

/** What the table body holds, top to bottom: runs of rows, and space that stands for the rows between. */
export type RowSegment = { kind: 'rows'; start: number; end: number } | { kind: 'space'; height: number };

export interface RowWindow {
  segments: RowSegment[];
  /** Renders row `index` (if it is not) and calls `then` once it is in the document. */
  reveal: (index: number, then: () => void) => void;
}

/**
 * A window over a long table body that scrolls with the page: only the rows on screen (and
 * OVERSCAN_PX around it) are in the document, the rest stand as two spacers of their measured (or
 * estimated) height, so the scroll bar, the page height and a row's position are those of the whole
 * list. Rows must carry `data-row-index`. The row that has focus stays rendered (on its own, with
 * space around it) wherever the page is scrolled, so focus is never lost; `reveal` brings any row
 * in for the keyboard (Home, End).
 * With `enabled` false every row is rendered (a page of 50 needs no window).
 */
export function useWindowedRows(count: number, body: RefObject<HTMLElement | null>, enabled: boolean): RowWindow {
  const heights = useRef(new Map<number, number>());
  // Rows not yet measured count as the average of those that were.
  const measuredSum = useRef(0);
  const focused = useRef<number | null>(null);
  const pending = useRef<{ index: number; then: () => void } | null>(null);
  const [range, setRange] = useState<{ start: number; end: number; pinned: number | null }>(() => ({
    start: 0,
    end: Math.min(count, FIRST_ROWS),
    pinned: null,
  }));

  const heightOf = useCallback((i: number) => {
    const known = heights.current.get(i);
    if (known !== undefined) return known;
    const n = heights.current.size;
    return n === 0 ? ESTIMATED_ROW_PX : measuredSum.current / n;
  }, []);

  /** The rows that overlap the screen (plus overscan and the focused row), from the body's position. */
  const compute = useCallback(() => {
    const el = body.current;
    if (!el) return { start: 0, end: Math.min(count, FIRST_ROWS), pinned: null };
    const top = el.getBoundingClientRect().top;
    const from = -top - OVERSCAN_PX;
    const to = window.innerHeight - top + OVERSCAN_PX;
    let y = 0;
    let start = 0;
    while (start < count && y + heightOf(start) < from) y += heightOf(start++);
    let end = start;
    while (end < count && y < to) y += heightOf(end++);
    const f = focused.current;
    return { start, end, pinned: f !== null && f < count && (f < start || f >= end) ? f : null };
  }, [body, count, heightOf]);

  const update = useCallback(() => {
    const next = compute();
    setRange((r) => (r.start === next.start && r.end === next.end && r.pinned === next.pinned ? r : next));
  }, [compute]);

  // Measure the rendered rows after each render; a changed height can change what fits on screen.
  useLayoutEffect(() => {
    const el = body.current;
    if (!el || !enabled) return;
    let changed = false;
    for (const row of el.querySelectorAll<HTMLElement>('tr[data-row-index]')) {
      const i = Number(row.dataset.rowIndex);
      const h = row.getBoundingClientRect().height;
      const was = heights.current.get(i);
      if (was !== h) {
        measuredSum.current += h - (was ?? 0);
        heights.current.set(i, h);
        changed = true;
      }
    }
    const p = pending.current;
    if (p && ((p.index >= range.start && p.index < range.end) || p.index === range.pinned)) {
      pending.current = null;
      p.then();
    }
    if (changed) update();
  });

  useEffect(() => {
    if (!enabled) return;
    heights.current.clear();
    measuredSum.current = 0;
    update();
    const el = body.current;
    const onFocus = (e: FocusEvent) => {
      const row = (e.target as HTMLElement).closest<HTMLElement>('tr[data-row-index]');
      focused.current = row ? Number(row.dataset.rowIndex) : null;
    };
    const onBlur = (e: FocusEvent) => {
      if (!el?.contains(e.relatedTarget as Node | null)) focused.current = null;
    };
    el?.addEventListener('focusin', onFocus);
    el?.addEventListener('focusout', onBlur);
    window.addEventListener('scroll', update, { passive: true });
    window.addEventListener('resize', update);
    return () => {
      el?.removeEventListener('focusin', onFocus);
      el?.removeEventListener('focusout', onBlur);
      window.removeEventListener('scroll', update);
      window.removeEventListener('resize', update);
    };
  }, [body, enabled, update]);

  const reveal = useCallback(
    (index: number, then: () => void) => {
      const el = body.current;
      if (!enabled || !el || (index >= range.start && index < range.end) || index === range.pinned) {
        then();
        return;
      }
      // Scroll to where the row will stand (its estimated place), render what is on screen there
      // and the row itself, then hand it over once it is in the document.
      let y = 0;
      for (let i = 0; i < index; i++) y += heightOf(i);
      pending.current = { index, then };
      focused.current = index;
      window.scrollTo({ top: el.getBoundingClientRect().top + window.scrollY + y - window.innerHeight / 2 });
      update();
    },
    [body, enabled, heightOf, range, update],
  );

  if (!enabled) return { segments: [{ kind: 'rows', start: 0, end: count }], reveal };
  const space = (from: number, to: number): RowSegment[] => {
    let height = 0;
    for (let i = from; i < to; i++) height += heightOf(i);
    return height > 0 ? [{ kind: 'space', height }] : [];
  };
  const start = Math.min(range.start, count);
  const end = Math.min(range.end, count);
  const runs: { start: number; end: number }[] = [{ start, end }];
  const pinned = range.pinned;
  if (pinned !== null && pinned < count && (pinned < start || pinned >= end)) {
    runs.push({ start: pinned, end: pinned + 1 });
    runs.sort((a, b) => a.start - b.start);
  }
  const segments: RowSegment[] = [];
  let at = 0;
  for (const run of runs) {
    segments.push(...space(at, run.start), { kind: 'rows', ...run });
    at = run.end;
  }
  segments.push(...space(at, count));
  return { segments, reveal };
}
