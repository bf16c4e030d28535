import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatInstant,
  formatPeriod,
  formatTime,
  localInstant,
  parseClock,
} from '../../renderer/src/i18n/format';

/**
 * No screen shows a person an ISO date (2026-08-06) or a numeric date that reads as the American
 * order (08/06/2026): every date in the renderer goes through renderer/src/i18n/format.ts, and what
 * that module writes is checked here for every language and every month.
 */
const root = path.resolve(import.meta.dirname, '../..');
const FORMAT_MODULE = path.join(root, 'renderer/src/i18n/format.ts');
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;
const SLASH_DATE = /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/;
const LANGUAGES = ['nb', 'nn', 'en'] as const;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Ways of turning a date into text (or asking the browser for its own date field) outside the one formatter. */
const FORBIDDEN: [string, RegExp][] = [
  ['toLocaleDateString', /\.toLocaleDateString\(/],
  ['toLocaleTimeString', /\.toLocaleTimeString\(/],
  ['toLocaleString on a date', /\.toLocaleString\(/],
  ['Intl.DateTimeFormat', /Intl\.DateTimeFormat/],
  ['an ISO date cut from toISOString', /toISOString\(\)\s*\.(slice|substring|split)\(/],
  ['the browser date input', /type\s*[=:]\s*['"{]*(date|datetime-local|time|month|week)['"]/],
];

describe('one date formatter for the renderer', () => {
  it('no renderer file formats a date itself or uses the browser date input (mm/dd/yyyy on an English system)', () => {
    const offenders = sourceFiles(path.join(root, 'renderer/src'))
      .filter((file) => file !== FORMAT_MODULE)
      .flatMap((file) => {
        const lines = fs.readFileSync(file, 'utf8').split('\n');
        return lines.flatMap((line, i) =>
          FORBIDDEN.filter(([, re]) => re.test(line)).map(
            ([what]) => `${path.relative(root, file)}:${i + 1} ${what}: ${line.trim()}`,
          ),
        );
      });
    expect(offenders).toEqual([]);
  });

  it('writes every day of a year, with and without time, without ISO or slashed dates, in every language', () => {
    const shown: string[] = [];
    for (const language of LANGUAGES) {
      for (let day = 0; day < 366; day += 1) {
        const d = new Date(2026, 0, 1 + day, (day * 7) % 24, (day * 13) % 60, 5);
        const ymd = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
        shown.push(
          formatDate(ymd, language),
          formatDate(d.toISOString(), language),
          formatInstant(d.toISOString(), language),
          formatDateTime(d, language),
          formatTime(d, language),
          formatPeriod(ymd, 'day', language),
          formatPeriod(ymd, 'month', language),
        );
      }
    }
    expect(shown.filter((s) => ISO_DATE.test(s) || SLASH_DATE.test(s))).toEqual([]);
    // Norwegian: day, abbreviated month, year; 24-hour times.
    expect(formatDate('2026-09-05', 'nb')).toBe('5. sep. 2026');
    expect(formatDate('2026-08-06', 'nn')).toBe('6. aug. 2026');
    expect(formatInstant(new Date(2026, 11, 1, 14, 0), 'nb')).toBe('1. des. 2026, 14:00');
    expect(formatDate('2026-08-06', 'en')).toBe('6 Aug 2026');
    expect(formatTime(new Date(2026, 11, 1, 21, 5), 'en')).toBe('21:05');
    expect(formatPeriod('2026-03-01', 'month', 'nb')).toBe('mars 2026');
    expect(formatPeriod('2026-03-01', 'day', 'nb')).toBe('1. mars');
  });

  it('reads the time field in 24-hour form and joins it with the date in the machine’s own time zone', () => {
    expect(['9', '930', '9.30', '09:30', ' 9:30 '].map(parseClock)).toEqual([
      '09:00',
      '09:30',
      '09:30',
      '09:30',
      '09:30',
    ]);
    expect(['24:00', '9:60', '9 am', 'kl 9', ''].map(parseClock)).toEqual([null, null, null, null, null]);
    expect(localInstant('2026-12-03', '14:15')).toBe(new Date(2026, 11, 3, 14, 15).toISOString());
    expect(localInstant('2026-02-31', '10:00')).toBeNull();
    expect(localInstant('2026-12-03', 'snart')).toBeNull();
  });
});
