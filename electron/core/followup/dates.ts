/**
 * Calendar dates and instants for follow-up. A date is a local calendar day 'YYYY-MM-DD' (what a
 * counselor means by "today" on this machine); an instant is UTC ISO 8601 (Date.toISOString()).
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written 'YYYY-MM-DD' (2026-02-30 is not one). */
export function isCalendarDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** The local calendar day of an instant. */
export function localDate(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** Local midnight at the start of a calendar day. */
export function startOfLocalDay(date: string): Date {
  const m = DATE.exec(date);
  if (!m) throw new RangeError('not a date');
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

/** A calendar day `days` later (or earlier, when negative). */
export function addDays(date: string, days: number): string {
  const start = startOfLocalDay(date);
  return localDate(new Date(start.getFullYear(), start.getMonth(), start.getDate() + days));
}

/** The Monday of the (ISO) week a calendar day falls in. */
export function weekStart(date: string): string {
  const day = startOfLocalDay(date).getDay(); // 0 = Sunday
  return addDays(date, -((day + 6) % 7));
}

/** The bounds of "today" on this machine's clock, as instants, for the caseload query. */
export function dayBounds(now: Date): { today: string; startIso: string; endIso: string } {
  const today = localDate(now);
  return {
    today,
    startIso: startOfLocalDay(today).toISOString(),
    endIso: startOfLocalDay(addDays(today, 1)).toISOString(),
  };
}

export type Clock = () => Date;
export const systemClock: Clock = () => new Date();
