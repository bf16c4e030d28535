import type { Span } from '../types.js';

const EMAIL =
  /(?<![\p{L}\d._%+-])[\p{L}\d](?:[\p{L}\d._%+-]{0,63})@(?:[\p{L}\d](?:[\p{L}\d-]{0,62})\.)+\p{L}{2,24}(?![\p{L}\d])/gu;

/** E-mail addresses (also with Norwegian letters in them). */
export function detectEmails(text: string): Span[] {
  const spans: Span[] = [];
  if (!text.includes('@')) return spans;
  for (const m of text.matchAll(EMAIL)) {
    spans.push({
      start: m.index,
      end: m.index + m[0].length,
      type: 'EMAIL',
      confidence: 1,
      text: m[0],
      source: 'email',
    });
  }
  return spans;
}
