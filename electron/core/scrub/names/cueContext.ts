import type { Token } from '../tokens.js';
import { AFTER_NAME, CUE_KIND } from './cues.js';
import { ANY_PLACE, PHRASE_START, PLACE, type Lexicon } from './lexicon.js';

/** What stands around a word: cue words before it, places and brands, compounds, "sin" after it. */

/** Prepositions of place: "i Førde", "fra Lund", "til Moss" name the place, not the person. */
const LOCATIVES = new Set([
  'i',
  'på',
  'fra',
  'til',
  'mot',
  'ved',
  'nær',
  'rundt',
  'utenfor',
  'gjennom',
  'via',
  'forbi',
  'innom',
  'nordover',
  'sørover',
  'in',
  'to',
  'from',
]);

/** Token marks: 1 = a one-word place or brand, 2 = part of a multi-word place or brand phrase. */
export function placeMarks(tokens: readonly Token[], lex: Lexicon, flags: Uint16Array): Uint8Array | null {
  let marks: Uint8Array | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.kind !== 'w') continue;
    const f = flags[i] ?? 0;
    if ((f & (PLACE | ANY_PLACE | PHRASE_START)) === 0) continue;
    const phrases = f & PHRASE_START ? lex.phrasesFrom(t.lower) : undefined;
    if (phrases) {
      for (const phrase of phrases) {
        let k = i;
        let ok = true;
        for (const part of phrase) {
          while (tokens[k]?.kind === 'p' && tokens[k]?.text !== '&') k++;
          if (tokens[k]?.lower !== part) {
            ok = false;
            break;
          }
          k++;
        }
        if (!ok) continue;
        marks ??= new Uint8Array(tokens.length);
        for (let x = i; x < k; x++) marks[x] = 2;
        i = k - 1;
        break;
      }
      if (marks && marks[i] === 2) continue;
    }
    const prev = tokens[i - 1];
    if (f & PLACE || (f & ANY_PLACE && prev !== undefined && prev.kind === 'w' && LOCATIVES.has(prev.lower))) {
      marks ??= new Uint8Array(tokens.length);
      marks[i] = 1;
    }
  }
  return marks;
}

export function cueBefore(tokens: readonly Token[], i: number): 'strong' | 'relation' | 'weak' | null {
  let j = i - 1;
  let prev = tokens[j];
  if (prev && prev.kind === 'p' && (prev.text === ':' || prev.text === ',')) prev = tokens[--j];
  if (!prev || prev.kind !== 'w') return null;
  const kind = CUE_KIND.get(prev.lower);
  if (kind === undefined) return prev.lower === 'er' && tokens[j - 1]?.lower === 'navnet' ? 'strong' : null;
  if (kind === 'possessive') return CUE_KIND.get(tokens[j - 1]?.lower ?? '') === 'relation' ? 'relation' : null;
  return kind;
}

/** "og"/"eller" cue a lower-case name only right after another name ("ali og hodan", not "og marin"). */
export const COORDINATORS = new Set(['og', 'eller']);

export function weakCueHolds(tokens: readonly Token[], i: number, hits: ReadonlyMap<number, unknown>): boolean {
  let j = i - 1;
  if (tokens[j]?.kind === 'p') j--;
  const prev = tokens[j];
  if (!prev || !COORDINATORS.has(prev.lower)) return true;
  return hits.has(j - 1);
}

/** A word with a hyphen right after it and "og"/"eller" next: "Vold- og", "Helse- eller". */
export function isSuspendedCompound(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const dash = tokens[i + 1];
  const next = tokens[i + 2];
  return (
    t !== undefined &&
    dash !== undefined &&
    next !== undefined &&
    dash.text === '-' &&
    dash.start === t.end &&
    next.start > dash.end &&
    COORDINATORS.has(next.lower)
  );
}

export function nameAfter(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return next !== undefined && next.kind === 'w' && AFTER_NAME.has(next.lower);
}
