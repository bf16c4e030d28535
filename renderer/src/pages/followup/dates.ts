import { localeOf } from '../../i18n/format';

/**
 * Calendar dates ("2026-12-01") are local dates: they are parsed as local midnight, never as UTC
 * (new Date('2026-12-01') is UTC midnight and shows the day before west of Greenwich).
 */
export function parseLocalDate(ymd: string): Date {
  const [y, m, d] = ymd.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

export function toLocalDate(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

export function todayLocal(): string {
  return toLocalDate(new Date());
}

/** Whole days from `from` to `to` (local dates). */
export function daysBetween(from: string, to: string): number {
  return Math.round((parseLocalDate(to).getTime() - parseLocalDate(from).getTime()) / 86_400_000);
}

/**
 * Formatters are made once per language and style: creating an Intl.DateTimeFormat costs far more
 * than formatting with one (a caseload of 100 rows formats some 400 dates).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${options.dateStyle ?? ''}|${options.timeStyle ?? ''}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(localeOf(language), options);
    formatters.set(key, f);
  }
  return f;
}

export function formatLocalDate(ymd: string, language: string, style: 'medium' | 'short' | 'long' = 'medium'): string {
  return formatter(language, { dateStyle: style }).format(parseLocalDate(ymd));
}

/** "1. des. 2026, 14:00" */
export function formatInstant(iso: string, language: string): string {
  return formatter(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** The value of an <input type="datetime-local"> (local time) as an instant with an explicit offset. */
export function localDateTimeToIso(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}
