import { isValidOrgNumber } from '../checksums.js';
import { hasDigits } from '../context.js';
import type { Span } from '../types.js';

const ORG = /(?<![\d\p{L}])([89]\d{2})([ \u00A0.]?)(\d{3})\2(\d{3})(?![\d\p{L}])/gu;
/** A sole proprietorship's organisation number identifies a person (the owner). */
const SOLE_PROPRIETOR = /\b(?:enk|enkeltpersonforetak(?:et)?|enkeltmannsforetak(?:et)?|enkeltmannsfirma(?:et)?)\b/iu;

/** Organisation numbers (mod 11) when an "ENK"/"enkeltpersonforetak" cue stands within 120 characters. */
export function detectOrgNumbers(text: string): Span[] {
  const spans: Span[] = [];
  if (!hasDigits(text, 9)) return spans;
  for (const m of text.matchAll(ORG)) {
    const digits = (m[1] ?? '') + (m[3] ?? '') + (m[4] ?? '');
    if (!isValidOrgNumber(digits)) continue;
    const start = m.index;
    const end = start + m[0].length;
    const window = text.slice(Math.max(0, start - 120), Math.min(text.length, end + 120));
    if (!SOLE_PROPRIETOR.test(window)) continue;
    spans.push({ start, end, type: 'ORG_NUMBER', confidence: 0.93, text: m[0], source: 'org-number' });
  }
  return spans;
}
