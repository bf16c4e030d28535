import { isValidBankAccount, isValidNationalId } from '../checksums.js';
import { before, hasDigits } from '../context.js';
import type { Span } from '../types.js';

/** Words that announce a national id number; an 11-digit run after one is removed even with a bad checksum. */
export const NATIONAL_ID_CUE =
  /(?:f\.?\s?nr|fødselsnr|fødselsnummer(?:et)?|fødselsnumm?er|personnr|personnummer(?:et)?|pers\.?\s?nr|p\.?nr|d-?nummer(?:et)?|d-?nr|dnr|h-?nummer(?:et)?|h-?nr|identitetsnummer(?:et)?|id-?nummer(?:et)?|id-?nr|syntetisk(?:e)?\s+(?:nummer|fnr|testnummer)|fødselsnummeret)\b[^\d\n]{0,25}$/u;

export const ACCOUNT_CUE =
  /(?:konto(?:nummer|nr\.?)?(?:et)?|bankkonto(?:en)?|kontonr\.?|lønnskonto(?:en)?|kto\.?(?:nr\.?)?)\b[^\d\n]{0,25}$/u;

const ELEVEN = /(?<![\d\p{L}])(\d{6})([ \u00A0-]?)(\d{5})(?![\d\p{L}])/gu;
/** The date part written as a date: "01.01.90 12345" (only after a cue word). */
const DOTTED = /(?<![\d\p{L}.])(\d{2})\.(\d{2})\.(\d{2})[ \u00A0-]?(\d{5})(?![\d\p{L}])/gu;

/**
 * Fødselsnummer, D-, H- and synthetic numbers: 6 date digits, optional space or hyphen, 5 digits.
 * Valid numbers (date under a known offset and both control digits, 2032 scheme included) are
 * always removed; an 11-digit run that fails the check only when a cue word stands before it,
 * and so is a number whose date part is written as a date ("fnr 01.01.90 12345").
 */
export function detectNationalIds(text: string): Span[] {
  const spans: Span[] = [];
  if (!hasDigits(text, 11)) return spans;
  for (const m of text.matchAll(ELEVEN)) {
    const start = m.index;
    const raw = m[0];
    const digits = (m[1] ?? '') + (m[3] ?? '');
    const end = start + raw.length;
    // "12.34.56 78901"-like or a longer dotted group: leave to the other detectors.
    if (text[start - 1] === '.' && /\d/.test(text[start - 2] ?? '')) continue;
    const ctx = before(text, start, 60);
    const valid = isValidNationalId(digits);
    if (ACCOUNT_CUE.test(ctx) && !NATIONAL_ID_CUE.test(ctx) && isValidBankAccount(digits) && m[2] === '') continue;
    if (valid) spans.push({ start, end, type: 'NATIONAL_ID', confidence: 0.97, text: raw, source: 'national-id' });
    else if (NATIONAL_ID_CUE.test(ctx))
      spans.push({ start, end, type: 'NATIONAL_ID', confidence: 0.9, text: raw, source: 'national-id-cue' });
  }
  if (text.includes('.')) {
    for (const m of text.matchAll(DOTTED)) {
      if (!NATIONAL_ID_CUE.test(before(text, m.index, 60))) continue;
      spans.push({
        start: m.index,
        end: m.index + m[0].length,
        type: 'NATIONAL_ID',
        confidence: 0.9,
        text: m[0],
        source: 'national-id-dotted',
      });
    }
  }
  return spans;
}
