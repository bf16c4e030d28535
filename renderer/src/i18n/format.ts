/**
 * The one place the renderer turns dates and times into text for people (tables, charts, exports
 * and messages) and reads them back from the date and time fields. Norwegian formats for bokmål and
 * nynorsk («5. sep. 2026», «5. sep. 2026, 14:00»), British English for English: never an ISO date
 * (2026-09-05) and never a numeric day/month order a reader could take for the American one.
 * test/renderer/dates.test.ts fails when a screen formats a date anywhere else.
 *
 * Times are the machine's own time zone; nobody is asked for one.
 */
const LOCALES: Record<string, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

export function localeOf(language: string): string {
  return LOCALES[language] ?? 'nb-NO';
}

/** The language code Aksel's DatePicker takes. */
export function datepickerLocale(language: string): 'nb' | 'nn' | 'en' {
  return language === 'en' || language === 'nn' ? language : 'nb';
}

// ---- Calendar dates ("2026-12-01") -------------------------------------------------------------

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date as the API writes it ("2026-12-01"), not an instant. */
export function isLocalDate(value: string): boolean {
  return LOCAL_DATE.test(value);
}

/**
 * Calendar dates ("2026-12-01") are local dates: they are parsed as local midnight, never as UTC
 * (new Date('2026-12-01') is UTC midnight and shows the day before west of Greenwich).
 */
export function parseLocalDate(ymd: string): Date {
  const [y, m, d] = ymd.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

/** The calendar date of a moment on this machine, as the API takes it ("2026-12-01"). */
export function toLocalDate(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

export function todayLocal(now: Date = new Date()): string {
  return toLocalDate(now);
}

export function addDaysLocal(ymd: string, days: number): string {
  const d = parseLocalDate(ymd);
  d.setDate(d.getDate() + days);
  return toLocalDate(d);
}

/** Whole days from `from` to `to` (local dates). */
export function daysBetween(from: string, to: string): number {
  return Math.round((parseLocalDate(to).getTime() - parseLocalDate(from).getTime()) / 86_400_000);
}

// ---- Formatting --------------------------------------------------------------------------------

type Style = 'date' | 'dateTime' | 'dateTimeSeconds' | 'time' | 'dayMonth' | 'monthYear';
const OPTIONS: Record<Style, Intl.DateTimeFormatOptions> = {
  date: { dateStyle: 'medium' },
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
  dateTimeSeconds: { dateStyle: 'medium', timeStyle: 'medium' },
  time: { timeStyle: 'short' },
  dayMonth: { day: 'numeric', month: 'short' },
  monthYear: { month: 'short', year: 'numeric' },
};

/**
 * Formatters are made once per language and style: creating an Intl.DateTimeFormat costs far more
 * than formatting with one (a caseload of 100 rows formats some 400 dates).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(language: string, style: Style): Intl.DateTimeFormat {
  const key = `${language}|${style}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(localeOf(language), OPTIONS[style]);
    formatters.set(key, f);
  }
  return f;
}

/** A calendar date ("2026-12-01") is that day; anything else is read as an instant on this machine. */
function toDate(value: Date | string): Date {
  if (typeof value !== 'string') return value;
  return isLocalDate(value) ? parseLocalDate(value) : new Date(value);
}

/** «1. des. 2026» */
export function formatDate(value: Date | string, language: string): string {
  return formatter(language, 'date').format(toDate(value));
}

/** «1. des. 2026, 14:00» */
export function formatInstant(value: Date | string, language: string): string {
  return formatter(language, 'dateTime').format(toDate(value));
}

/** «1. des. 2026, 14:00:05»: where the order of events within a minute matters (audit log, chat). */
export function formatDateTime(value: Date | string, language: string): string {
  return formatter(language, 'dateTimeSeconds').format(toDate(value));
}

/** «14:00» */
export function formatTime(value: Date | string, language: string): string {
  return formatter(language, 'time').format(toDate(value));
}

/** A short label for a chart axis: «1. des.» for a day or week, «des. 2026» for a month. */
export function formatPeriod(value: Date | string, period: 'day' | 'week' | 'month', language: string): string {
  return formatter(language, period === 'month' ? 'monthYear' : 'dayMonth').format(toDate(value));
}

// ---- Reading the time field --------------------------------------------------------------------

/** «9», «930», «9.30», «09:30» → «09:30»; null for anything that is not a time of day. */
export function parseClock(text: string): string | null {
  const m = /^\s*(\d{1,2})(?:[:.]?(\d{2}))?\s*$/.exec(text);
  if (!m) return null;
  const hours = Number(m[1]);
  const minutes = Number(m[2] ?? '0');
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** A calendar date and a time of day on this machine as an instant ("2026-12-01T13:00:00.000Z"). */
export function localInstant(ymd: string, clock: string): string | null {
  const time = parseClock(clock);
  if (!isLocalDate(ymd) || !time) return null;
  const day = parseLocalDate(ymd);
  const [h, m] = time.split(':').map(Number);
  const at = new Date(day.getFullYear(), day.getMonth(), day.getDate(), h, m);
  return toLocalDate(at) === ymd ? at.toISOString() : null;
}
