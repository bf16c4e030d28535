import { before, hasDigits } from '../context.js';
import type { Span } from '../types.js';

const PLATE = /(?<![\p{L}\d])([A-ZÆØÅ]{2})([ \u00A0-]?)(\d{5})(?![\p{L}\d])/gu;
const PLATE_ANY_CASE = /(?<![\p{L}\d])([a-zæøå]{2})([ \u00A0-]?)(\d{5})(?![\p{L}\d])/gu;
const PLATE_CUE =
  /(?:reg\.?\s?nr|registreringsnummer(?:et)?|bilnummer(?:et)?|skilt(?:et)?|kjennemerke(?:t)?)\b[^\d\n]{0,20}$/u;

/** Norwegian car registration numbers: two letters and five digits ("EL 12345", "AB12345"). */
export function detectCarRegs(text: string): Span[] {
  const spans: Span[] = [];
  if (!hasDigits(text, 5)) return spans;
  for (const m of text.matchAll(PLATE)) {
    spans.push({
      start: m.index,
      end: m.index + m[0].length,
      type: 'CAR_REG',
      confidence: 0.88,
      text: m[0],
      source: 'car-reg',
    });
  }
  for (const m of text.matchAll(PLATE_ANY_CASE)) {
    if (!PLATE_CUE.test(before(text, m.index, 40))) continue;
    spans.push({
      start: m.index,
      end: m.index + m[0].length,
      type: 'CAR_REG',
      confidence: 0.85,
      text: m[0],
      source: 'car-reg-cue',
    });
  }
  return spans;
}
