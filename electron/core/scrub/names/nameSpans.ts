import type { Span } from '../types.js';
import type { Token } from '../tokens.js';
import { CUE_KIND, NAME_PARTICLES } from './cues.js';
import type { Lexicon } from './lexicon.js';
import { COORDINATORS, isSuspendedCompound } from './cueContext.js';
import {
  COMMON_LOWER,
  COMMON_WORD_NAME,
  genitiveStem,
  hasForeignSurnameShape,
  hasSurnameShape,
  isAllCaps,
  isPlainNorwegianShape,
  isWordLike,
  PAIR_FIRST_MAX_LOWER,
  RELATION_MAX_LOWER,
} from './wordShape.js';

/** From the words found to be (part of) a name to whole names and their spans in the text. */

type Reason = 'model' | 'seen' | 'cue' | 'extend' | 'list';

export interface Hit {
  p: number;
  reason: Reason;
}

/** Token indices found so far, with their probability and why. */
export type Hits = Map<number, Hit>;

/** What the extension looks at: the tokens, the lists, place marks, and whether the text is caseless chat. */
export interface HitContext {
  tokens: readonly Token[];
  lex: Lexicon;
  marks: Uint8Array | null;
  caseless: boolean;
}

/** Extends each hit to its neighbouring name parts and to names coordinated with it ("ida og mehmet"). */
export function extendHits({ tokens, lex, marks, caseless }: HitContext, hits: Hits): void {
  // Extend to neighbouring name parts: "Per Borten", "Tor Holger Bertelsen", "Rolf B. Wegner", "van der Berg".
  const isNamePart = (j: number): boolean => {
    const t = tokens[j];
    if (!t || t.kind !== 'w' || !t.cap || t.initial || marks?.[j] === 2) return false;
    if (isAllCaps(t) && t.text.length > 1) return false;
    return !isSuspendedCompound(tokens, j);
  };
  /** A lower-case word that continues a name: a surname or given name that is no ordinary word, or (chat) a word never seen. */
  const isLowerNamePart = (j: number): boolean => {
    const t = tokens[j];
    const prev = tokens[j - 1];
    // Only after a lower-case name part: in capitalised text a lower-case word after a name is a word.
    if (!t || t.kind !== 'w' || t.cap || t.text.length < 2 || marks?.[j] || CUE_KIND.has(t.lower) || !prev || prev.cap)
      return false;
    if ((lex.isSurname(t.lower) || lex.isFirstName(t.lower)) && !lex.isOrdinaryWord(t.lower)) return true;
    // A surname that is also a word ("berg", "haugen", "lund") right after a name is the surname.
    if (lex.isSurname(t.lower) && lex.lowerCount(t.lower) < RELATION_MAX_LOWER) return true;
    if (lex.isOnlyPersonName(t.lower)) return true;
    if (!caseless || t.text.length < 3) return false;
    if (lex.stats(t.lower) === undefined && !lex.isKnownName(t.lower) && !isPlainNorwegianShape(t.lower)) return true;
    // "amina nowicka", "ingvild sæther": a rare word shaped like a surname right after a name.
    return (
      t.text.length >= 4 &&
      lex.lowerCount(t.lower) < COMMON_LOWER &&
      !lex.isOrdinaryWord(t.lower) &&
      hasSurnameShape(t.lower)
    );
  };
  const indices = [...hits.keys()].sort((a, b) => a - b);
  for (const i of indices) {
    // rightwards
    let j = i + 1;
    for (;;) {
      const t = tokens[j];
      if (!t) break;
      if (hits.has(j)) {
        j++;
        continue;
      }
      // "B." initials
      if (t.kind === 'w' && t.cap && t.text.length === 1 && tokens[j + 1]?.text === '.' && isNamePart(j + 2)) {
        hits.set(j, { p: 0.8, reason: 'extend' });
        hits.set(j + 1, { p: 0.8, reason: 'extend' });
        j += 2;
        continue;
      }
      if (t.kind === 'w' && NAME_PARTICLES.has(t.lower) && !t.cap) {
        // "van der Berg", "bin Laden", "de la Cruz": up to three particles, then a capitalised name part.
        let k = j;
        while (k < j + 3 && tokens[k]?.kind === 'w' && NAME_PARTICLES.has(tokens[k]?.lower ?? '') && !tokens[k]?.cap)
          k++;
        if (isNamePart(k)) {
          for (let x = j; x <= k; x++) hits.set(x, { p: 0.8, reason: 'extend' });
          j = k + 1;
          continue;
        }
      }
      if (
        isNamePart(j) &&
        (lex.isKnownName(t.lower) || lex.lowerCount(t.lower) < COMMON_LOWER) &&
        t.start - (tokens[j - 1]?.end ?? 0) <= 1
      ) {
        hits.set(j, { p: 0.8, reason: 'extend' });
        j++;
        continue;
      }
      // Lower-case: a name takes its neighbours ("[kari] nordmann", "heter [ali] yusuf").
      if (isLowerNamePart(j) && t.start - (tokens[j - 1]?.end ?? 0) <= 1) {
        hits.set(j, { p: 0.75, reason: 'extend' });
        j++;
        continue;
      }
      break;
    }
    // leftwards, lower-case: a given name right before a surname ("per nguyen", "mona lie").
    const leftLower = tokens[i - 1];
    const self = tokens[i];
    if (
      leftLower &&
      self &&
      !self.cap &&
      leftLower.kind === 'w' &&
      !leftLower.cap &&
      !hits.has(i - 1) &&
      lex.isFirstName(leftLower.lower) &&
      !CUE_KIND.has(leftLower.lower) &&
      !marks?.[i - 1] &&
      lex.lowerCount(leftLower.lower) < PAIR_FIRST_MAX_LOWER &&
      lex.isSurname(self.lower) &&
      self.start - leftLower.end <= 1
    ) {
      hits.set(i - 1, { p: 0.75, reason: 'extend' });
    }
    // leftwards, lower-case: a word never seen right before a surname found on its own
    // ("filmon haile", "dawit tesfay"): a given name the lists do not have.
    const leftUnknown = tokens[i - 1];
    if (
      caseless &&
      leftUnknown &&
      self &&
      !self.cap &&
      leftUnknown.kind === 'w' &&
      !leftUnknown.cap &&
      !hits.has(i - 1) &&
      hits.get(i)?.reason === 'list' &&
      (lex.isSurname(self.lower) || hasForeignSurnameShape(self.lower)) &&
      !lex.isFirstName(self.lower) &&
      leftUnknown.text.length >= 3 &&
      !CUE_KIND.has(leftUnknown.lower) &&
      !marks?.[i - 1] &&
      lex.stats(leftUnknown.lower) === undefined &&
      !lex.isOrdinaryWord(leftUnknown.lower) &&
      !isWordLike(leftUnknown.lower, lex) &&
      self.start - leftUnknown.end <= 1
    ) {
      hits.set(i - 1, { p: 0.7, reason: 'extend' });
    }
    // leftwards: a capitalised given name right before ("Per Borten" at the start of a sentence)
    const left = tokens[i - 1];
    // Not a cue or an everyday word that is also in a name list: "Til Jonas:", "Som Kari sa" (the
    // model decides those common-word names, e.g. "Per Borten", on its own).
    if (
      left &&
      left.kind === 'w' &&
      left.cap &&
      !hits.has(i - 1) &&
      !isAllCaps(left) &&
      lex.isFirstName(left.lower) &&
      !CUE_KIND.has(left.lower) &&
      lex.lowerCount(left.lower) < COMMON_WORD_NAME &&
      (tokens[i]?.start ?? 0) - left.end <= 1
    ) {
      hits.set(i - 1, { p: 0.8, reason: 'extend' });
    }
  }

  // "ida og mehmet", "tobias eller ella": a given name coordinated with a name is a name too,
  // even when it is also a word that is rarely written (lower-case only).
  if (caseless) {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (!t || t.kind !== 'w' || t.cap || hits.has(i) || marks?.[i] || t.text.length < 3) continue;
      if (!lex.isFirstName(t.lower) || lex.lowerCount(t.lower) >= COMMON_LOWER || CUE_KIND.get(t.lower) === 'strong')
        continue;
      const before = tokens[i - 1];
      const after = tokens[i + 1];
      if (
        (before && COORDINATORS.has(before.lower) && hits.has(i - 2)) ||
        (after && COORDINATORS.has(after.lower) && hits.has(i + 2))
      ) {
        hits.set(i, { p: 0.7, reason: 'list' });
      }
    }
  }
}

/** A name found in this message also counts where it appears again in it ("Kari Nordmann … Nordmann"). */
export function addRepeats(tokens: readonly Token[], lex: Lexicon, hits: Hits): void {
  const found = new Set<string>();
  for (const i of hits.keys()) {
    const t = tokens[i];
    if (t && t.kind === 'w' && t.text.length > 1)
      found.add(
        genitiveStem(t.lower) !== null && !lex.isKnownName(t.lower) ? (genitiveStem(t.lower) ?? t.lower) : t.lower,
      );
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.kind !== 'w' || hits.has(i) || t.text.length < 2) continue;
    const stem = genitiveStem(t.lower);
    const match = found.has(t.lower) || (stem !== null && found.has(stem) && !lex.isKnownName(t.lower));
    if (!match) continue;
    if (!t.cap && lex.lowerCount(t.lower) >= COMMON_LOWER) continue;
    if (t.cap && t.initial && lex.lowerCount(t.lower) >= COMMON_WORD_NAME) continue;
    hits.set(i, { p: 0.9, reason: 'seen' });
  }
}

/** Groups consecutive hits (allowing the "." of an initial) into one span each. */
export function spansOf(
  text: string,
  tokens: readonly Token[],
  lex: Lexicon,
  seen: { has(name: string): boolean },
  hits: Hits,
): Span[] {
  const spans: Span[] = [];
  const sorted = [...hits.keys()].sort((a, b) => a - b);
  let k = 0;
  while (k < sorted.length) {
    const first = sorted[k] ?? 0;
    let last = first;
    let p = hits.get(first)?.p ?? 0;
    while (k + 1 < sorted.length && sorted[k + 1] === last + 1) {
      k++;
      last = sorted[k] ?? last;
      p = Math.max(p, hits.get(last)?.p ?? 0);
    }
    k++;
    const a = tokens[first];
    const b = tokens[last];
    if (!a || !b) continue;
    let end = b.end;
    // Genitive: leave the "s" outside when the stem is the name ("Karis" → "[NAVN_1]s").
    const stem = genitiveStem(b.lower);
    if (
      stem !== null &&
      b.kind === 'w' &&
      !lex.isKnownName(b.lower) &&
      !seen.has(b.lower) &&
      (lex.isKnownName(stem) || seen.has(stem))
    ) {
      end = b.end - (b.lower.length - stem.length);
    }
    spans.push({
      start: a.start,
      end,
      type: 'PERSON',
      confidence: Math.min(0.95, 0.5 + p / 2),
      text: text.slice(a.start, end),
      source: `person-${hits.get(first)?.reason ?? 'model'}`,
    });
  }
  return spans;
}
