import { norwegianDayMonth } from '../../util/index.js';

/**
 * The text of a note draft: what a model's draft must stay within (the counselor's bullets and
 * nothing else) and the fallback note made from the bullets alone.
 */

export type NoteKind = 'meeting' | 'phone' | 'digital' | 'other';

/** Longest note draft taken from the model (checked after generation: node-llama-cpp refuses a grammar that repeats a character rule 2,000 times). */
export const NOTE_DRAFT_MAX_CHARS = 2000;
export const NOTE_SCHEMA = { type: 'object', properties: { text: { type: 'string', minLength: 40 } } } as const;

/** Content words (4+ letters) of a text, lower-cased. */
function contentWords(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !STOP.has(w)));
}
const STOP = new Set([
  'ikke',
  'skal',
  'være',
  'hadde',
  'eller',
  'også',
  'etter',
  'dette',
  'disse',
  'deltakeren',
  'deltaker',
  'samtale',
  'samtalen',
  'veileder',
  'veilederen',
  'møte',
  'møtet',
  'notat',
  'notatet',
  'sammen',
  'blir',
  'ble',
  'som',
  'med',
  'for',
]);

/** Every sentence of a draft must rest on the counselor's bullets (a shared content word). */
export function unsupportedSentences(draft: string, bullets: string): string[] {
  const source = contentWords(bullets);
  return draft
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && contentWords(s).size > 0)
    .filter(
      (s) =>
        ![...contentWords(s)].some(
          (w) =>
            source.has(w) ||
            [...source].some((b) => b.length >= 5 && (w.startsWith(b.slice(0, 5)) || b.startsWith(w.slice(0, 5)))),
        ),
    );
}

/** The counselor's bullets as tidy sentences, without adding anything: the fallback note. */
export function tidyBullets(bullets: string, occurredOn: string, kind: NoteKind): string {
  const items = bullets
    .split(/\n+/)
    .map((l) => l.replace(/^\s*(?:[-*•–]|\d+[.)])\s*/, '').trim())
    .filter((l) => l.length > 0)
    .map((l) => {
      const s = l.charAt(0).toUpperCase() + l.slice(1);
      return /[.!?]$/.test(s) ? s : `${s}.`;
    });
  const heading = { meeting: 'Møte', phone: 'Telefonsamtale', digital: 'Digital samtale', other: 'Kontakt' }[kind];
  return `${heading} ${norwegianDayMonth(occurredOn)}.\n\n${items.join(' ')}`;
}
