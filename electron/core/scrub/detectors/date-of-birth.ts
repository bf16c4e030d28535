import type { Span } from '../types.js';

const MONTHS =
  'januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|jan|feb|febr|mar|apr|jun|jul|aug|sep|sept|okt|nov|des';
/** A cue, then a date. Only the date is removed: "født [DATO_1]". */
const DOB = new RegExp(
  String.raw`(?<![\p{L}])(født|fødd|f\.|f\.d\.|fødselsdato(?:en)?|fødselsdag(?:en)?|bursdag(?:en)?|dob|date of birth|born)` +
    String.raw`(?:[ \u00A0]*(?::|den|er|var|på|i|the|on|min|mi|hans|hennes))*[ \u00A0]*` +
    String.raw`(` +
    String.raw`\d{1,2}[./\-]\d{1,2}[./\-](?:\d{4}|\d{2})(?!\d)` +
    String.raw`|\d{4}-\d{2}-\d{2}(?!\d)` +
    String.raw`|\d{1,2}\.?[ \u00A0]*(?:${MONTHS})\.?(?:[ \u00A0]*(?:\d{4}|['’\-–]?\d{2})(?!\d))?` +
    String.raw`|\d{6}(?!\d)` +
    String.raw`|\d{1,2}[./]\d{1,2}\.?(?![\d./\-])` +
    String.raw`)`,
  'giu',
);

const DOB_SITE = /fød|f\.|bursdag|dob|born|birth/iu;

/** Dates of birth after "født", "f.", "fødd", "fødselsdato", "bursdag". A bare year is kept. */
export function detectDatesOfBirth(text: string): Span[] {
  const spans: Span[] = [];
  if (!DOB_SITE.test(text)) return spans;
  for (const m of text.matchAll(DOB)) {
    const cue = (m[1] ?? '').toLowerCase();
    const date = m[2] ?? '';
    const dayMonth = /^(\d{1,2})[./](\d{1,2})\.?$/u.exec(date);
    if (dayMonth) {
      // "Bursdagen min er 12.03": day and month only, a real date, and not after "f." ("f. 12.30").
      if (
        cue.startsWith('f.') ||
        Number(dayMonth[1]) < 1 ||
        Number(dayMonth[1]) > 31 ||
        Number(dayMonth[2]) < 1 ||
        Number(dayMonth[2]) > 12
      )
        continue;
    }
    const start = m.index + m[0].length - date.length;
    // "12. mai" etc. need the month word to end there (not "maiden").
    if (/\p{L}/u.test(text[start + date.length] ?? '')) continue;
    spans.push({
      start,
      end: start + date.length,
      type: 'DATE_OF_BIRTH',
      confidence: 0.95,
      text: date,
      source: 'date-of-birth',
    });
  }
  return spans;
}
