import { isValidIban } from '../checksums.js';
import type { Span } from '../types.js';

const IBAN = /(?<![\p{L}\d])([A-Z]{2}\d{2})((?:[ \u00A0]?[A-Z0-9]{4}){2,7}(?:[ \u00A0]?[A-Z0-9]{1,3})?)(?![\p{L}\d])/gu;

/** Country code and check digits: where an IBAN can start. */
const IBAN_SITE = /[A-Z]{2}\d{2}/;

/** IBAN with its mod-97 check, compact or in groups of four. */
export function detectIbans(text: string): Span[] {
  const spans: Span[] = [];
  if (!IBAN_SITE.test(text)) return spans;
  for (const m of text.matchAll(IBAN)) {
    let raw = m[0];
    // Trailing groups may belong to the next words: shrink until the check holds.
    while (raw.length >= 15) {
      const compact = raw.replace(/[\s\u00A0]/g, '');
      if (isValidIban(compact)) {
        spans.push({
          start: m.index,
          end: m.index + raw.length,
          type: 'IBAN',
          confidence: 0.99,
          text: raw,
          source: 'iban',
        });
        break;
      }
      const cut = raw.search(/[ \u00A0][A-Z0-9]+$/);
      if (cut < 0) break;
      raw = raw.slice(0, cut);
    }
  }
  return spans;
}
