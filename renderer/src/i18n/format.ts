/** Dates and times in the UI's language (Norwegian formats for bokmål and nynorsk). */
const LOCALES: Record<string, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

export function localeOf(language: string): string {
  return LOCALES[language] ?? 'nb-NO';
}

export function formatDateTime(value: Date | string, language: string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'short', timeStyle: 'medium' }).format(date);
}

export function formatDate(value: Date | string, language: string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'medium' }).format(date);
}
