/** The month names, the same in bokmål and nynorsk, January first. */
export const NORWEGIAN_MONTHS: readonly string[] = [
  'januar',
  'februar',
  'mars',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'desember',
];

/** "2026-12-03" → "3. desember" (no year); anything that is not an ISO date is returned as it is. */
export function norwegianDayMonth(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])}. ${NORWEGIAN_MONTHS[Number(m[2]) - 1] ?? ''}`.trim();
}
