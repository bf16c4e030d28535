import { isAllowedNumber } from '../allowlist.js';
import { after, before, hasDigits } from '../context.js';
import type { Span } from '../types.js';

const SEP = '[ \\u00A0.\\-]';
/** Norwegian 8-digit numbers in the groupings people write. */
const GROUPINGS = [
  `\\d{8}`,
  `\\d{3}${SEP}\\d{2}${SEP}\\d{3}`,
  `\\d{2}${SEP}\\d{2}${SEP}\\d{2}${SEP}\\d{2}`,
  `\\d{4}${SEP}\\d{4}`,
  `\\d{3}${SEP}\\d{3}${SEP}\\d{2}`,
  `\\d{3}${SEP}\\d{5}`,
  `\\d{2}${SEP}\\d{3}${SEP}\\d{3}`,
];
/** +47, 0047, also in brackets: "(+47) 912 34 567". */
const PREFIX = `(?:\\(?(?:\\+|00)[ \\u00A0]?47\\)?[ \\u00A0.\\-]?)`;
const NORWEGIAN = new RegExp(
  `(?<![\\d\\p{L}+])(${PREFIX})?(${GROUPINGS.map((g) => `(?:${g})`).join('|')})(?![\\d\\p{L}]|[.,]\\d)`,
  'gu',
);
/** Other countries: + and a country code, 7–14 more digits with spaces or hyphens. */
const INTERNATIONAL = /(?<![\d\p{L}])(?:\+|00)(?!47)[1-9]\d{0,2}(?:[ \u00A0.\-]?\(?\d\)?){7,14}(?![\d\p{L}])/gu;

export const PHONE_CUE =
  /(?:tlf|telefon(?:nummer|nr)?(?:et)?|mobil(?:nummer|nr)?(?:en|et)?|mob|ring(?:e|er)?|nummer(?:et)?|nr|sms|tekst|whatsapp|kontakt)\b[^\d\n]{0,25}$/u;

const AMOUNT_AFTER =
  /^[ \u00A0]?(?:kr\b|kroner|nok\b|,-|prosent|%|mill|mrd|km\b|kg\b|€|\$|euro|dollar|timer|personer|deltakere|innbyggere|stk)/u;
const AMOUNT_BEFORE =
  /(?:kr\.?|nok|€|\$|usd|eur|kostet|koster|beløp(?:et)?|sum(?:men)?|lønn(?:en)?|betalte|betale)\s*$/u;

function isYearPair(digits: string, raw: string): boolean {
  if (!/^\d{4}\D\d{4}$/.test(raw)) return false;
  const a = Number(digits.slice(0, 4));
  const b = Number(digits.slice(4));
  return a >= 1900 && a <= 2099 && b >= 1900 && b <= 2099;
}

/**
 * Phone numbers: Norwegian 8-digit numbers (optionally +47/0047) in common groupings, and foreign
 * numbers written with +country code. Emergency and help-line numbers (allowlist.ts) are kept,
 * and so are amounts, counts and year ranges.
 */
export function detectPhones(text: string): Span[] {
  const spans: Span[] = [];
  // Every grouping has eight digits, and a foreign number a country code and seven more.
  if (!hasDigits(text, 8)) return spans;
  for (const m of text.matchAll(NORWEGIAN)) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    const body = m[2] ?? '';
    const digits = body.replace(/\D/g, '');
    const prefixed = Boolean(m[1]);
    if (isAllowedNumber(raw)) continue;
    const ctxBefore = before(text, start, 40);
    const cued = PHONE_CUE.test(ctxBefore);
    if (!prefixed) {
      if (digits[0] === '0' || digits[0] === '1') continue;
      if (AMOUNT_AFTER.test(after(text, end, 12)) || AMOUNT_BEFORE.test(ctxBefore)) continue;
      if (isYearPair(digits, body)) continue;
      // 2-3-3 looks like an amount ("45 000 000"); only with a phone cue.
      if (/^\d{2}\D\d{3}\D\d{3}$/.test(body) && !cued) continue;
      // Thousands-grouped amounts like "12.500.000" are not phone numbers.
      if (/^\d{1,3}(?:\.\d{3})+$/.test(body) && !cued) continue;
    }
    const confidence = prefixed || cued ? 0.96 : /\D/.test(body) ? 0.9 : 0.8;
    spans.push({ start, end, type: 'PHONE', confidence, text: raw, source: 'phone' });
  }
  if (text.includes('+') || text.includes('00')) {
    for (const m of text.matchAll(INTERNATIONAL)) {
      const raw = m[0];
      if (isAllowedNumber(raw)) continue;
      spans.push({
        start: m.index,
        end: m.index + raw.length,
        type: 'PHONE',
        confidence: 0.9,
        text: raw,
        source: 'phone-intl',
      });
    }
  }
  return spans;
}
