import type { Span } from '../types.js';
import type { Token } from '../tokens.js';
import { AFTER_NAME, CUE_KIND, NAME_PARTICLES } from './cues.js';
import type { Lexicon } from './lexicon.js';
import type { PersonModel } from './model.js';
import { scorerFor } from './scorer.js';

export interface PersonDetectorOptions {
  lexicon: Lexicon;
  model: PersonModel;
  /** Model probability from which a capitalised word counts as (part of) a name. */
  threshold: number;
  /** Lower-cased name tokens already seen in this conversation. */
  seen: ReadonlySet<string>;
}

/** A lower-case word written this often in ordinary text is a common word, not a name. */
const COMMON_LOWER = 3;
/** From this many lower-case occurrences a sentence-initial capitalised word is read as the word. */
const COMMON_WORD_NAME = 20;

type Reason = 'model' | 'seen' | 'cue' | 'extend';

interface Hit {
  p: number;
  reason: Reason;
}

function isAllCaps(t: Token): boolean {
  const text = t.text;
  if (text.length < 2) return false;
  // Most words have an ASCII lower-case letter early on: no need to build the upper-case copy.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 128) break;
  }
  return text === text.toUpperCase();
}

/** Genitive stem: "Karis" → "kari", "Kari's" → "kari"; null when not genitive-shaped. */
export function genitiveStem(lower: string): string | null {
  // Same as /^(.{2,}?)(?:['’´]s|s|['’´])$/u, without a regular expression (it runs for most tokens).
  const n = lower.length;
  const last = lower[n - 1];
  let stem: string | null = null;
  if (last === 's') stem = n >= 4 && isApostrophe(lower[n - 2]) && atLeastTwoChars(lower.slice(0, n - 2)) ? lower.slice(0, n - 2) : lower.slice(0, n - 1);
  else if (isApostrophe(last)) stem = lower.slice(0, n - 1);
  return stem !== null && atLeastTwoChars(stem) ? stem : null;
}

function atLeastTwoChars(s: string): boolean {
  if (s.length >= 4) return true;
  if (s.length < 2) return false;
  return [...s].length >= 2;
}

function isApostrophe(ch: string | undefined): boolean {
  return ch === "'" || ch === '’' || ch === '´';
}

function seenGenitive(lower: string, seen: ReadonlySet<string>, lex: Lexicon): boolean {
  const stem = genitiveStem(lower);
  return stem !== null && seen.has(stem) && !lex.isKnownName(lower) && lex.lowerCount(lower) < COMMON_LOWER;
}

function cueBefore(tokens: readonly Token[], i: number): 'strong' | 'relation' | 'weak' | null {
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
const COORDINATORS = new Set(['og', 'eller']);

function weakCueHolds(tokens: readonly Token[], i: number, hits: ReadonlyMap<number, unknown>): boolean {
  let j = i - 1;
  if (tokens[j]?.kind === 'p') j--;
  const prev = tokens[j];
  if (!prev || !COORDINATORS.has(prev.lower)) return true;
  return hits.has(j - 1);
}

/** A word with a hyphen right after it and "og"/"eller" next: "Vold- og", "Helse- eller". */
function isSuspendedCompound(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const dash = tokens[i + 1];
  const next = tokens[i + 2];
  return t !== undefined && dash !== undefined && next !== undefined && dash.text === '-' && dash.start === t.end && next.start > dash.end && COORDINATORS.has(next.lower);
}

function nameAfter(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return next !== undefined && next.kind === 'w' && AFTER_NAME.has(next.lower);
}

/**
 * Person names: the model scores capitalised words; rules add cued words ("heter liv"), names
 * already seen in the conversation (also lower-case), multi-word names and genitive forms.
 */
export function detectPersons(text: string, tokens: readonly Token[], opts: PersonDetectorOptions): Span[] {
  const { lexicon: lex, model, threshold, seen } = opts;
  const scorer = scorerFor(model, lex);
  const hits = new Map<number, Hit>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.kind !== 'w' || t.text.length < 2) continue;
    const isSeen = seen.size > 0 && (seen.has(t.lower) || seenGenitive(t.lower, seen, lex));
    if (!t.cap && !isSeen) {
      // Fast path for ordinary lower-case words: no cue word before, no "sin" after.
      const prev = tokens[i - 1];
      const prevWord = prev && prev.kind === 'p' ? tokens[i - 2] : prev;
      if ((!prevWord || !CUE_KIND.has(prevWord.lower)) && !nameAfter(tokens, i)) continue;
    }
    // "Vold- og overgrepslinjen", "Barne- og familiedepartementet": the first half of a compound.
    if (t.cap && isSuspendedCompound(tokens, i)) continue;
    const cue = cueBefore(tokens, i);
    if (t.cap) {
      if (isAllCaps(t) && t.text.length <= 4 && !isSeen) {
        // Acronyms (NAV, DNB, ADHD) are not names unless seen as one.
        const p = scorer.probability(tokens, i);
        if (p >= Math.max(threshold, 0.9)) hits.set(i, { p, reason: 'model' });
        continue;
      }
      if (isSeen) {
        hits.set(i, { p: 0.95, reason: 'seen' });
        continue;
      }
      if (cue === 'strong' || cue === 'relation') {
        hits.set(i, { p: 0.9, reason: 'cue' });
        continue;
      }
      // A common word that is also a name (Dag, Liv, Sol, Per) first in a sentence is the word,
      // unless a cue or a following surname says otherwise ("Per Borten").
      if (t.initial && lex.lowerCount(t.lower) >= COMMON_WORD_NAME && !nameAfter(tokens, i)) {
        const next = tokens[i + 1];
        if (!(next && next.kind === 'w' && next.cap && !isAllCaps(next) && next.start - t.end <= 1)) continue;
      }
      const p = scorer.probability(tokens, i);
      if (p >= threshold) {
        hits.set(i, { p, reason: 'model' });
        continue;
      }
      // "Ahmed's", "Karis" inside a sentence: the genitive of a name-list name.
      const stem = genitiveStem(t.lower);
      if (!t.initial && stem !== null && !lex.isKnownName(t.lower) && lex.isKnownName(stem) && lex.lowerCount(t.lower) < COMMON_LOWER) {
        hits.set(i, { p: Math.max(p, 0.6), reason: 'model' });
        continue;
      }
      // A name-list word capitalised inside a sentence (Liv, Dag, Håp …) or before "sin".
      if ((!t.initial || nameAfter(tokens, i)) && lex.isKnownName(t.lower)) {
        const s = lex.stats(t.lower);
        const capO = s ? s.midO + s.midEnt : 0;
        const capPer = s ? s.midPer : 0;
        if (capO <= capPer || nameAfter(tokens, i) || cue === 'weak') hits.set(i, { p: Math.max(p, 0.6), reason: 'model' });
      }
      continue;
    }
    // Lower-case: only with a cue, a name already seen, or "kari sin".
    if (!isSeen && cue === null && !nameAfter(tokens, i)) continue;
    const lowerCount = lex.lowerCount(t.lower);
    const stem = genitiveStem(t.lower);
    const known = lex.isKnownName(t.lower) || (stem !== null && lex.isKnownName(stem));
    if (isSeen && (lowerCount < COMMON_LOWER || cue !== null)) {
      hits.set(i, { p: 0.9, reason: 'seen' });
    } else if (cue === 'strong' && (known || lowerCount < COMMON_LOWER)) {
      hits.set(i, { p: 0.85, reason: 'cue' });
    } else if ((cue === 'relation' || nameAfter(tokens, i)) && known && lowerCount < COMMON_LOWER) {
      hits.set(i, { p: 0.75, reason: 'cue' });
    } else if (cue === 'weak' && lowerCount === 0 && t.text.length >= 3 && (lex.isFirstName(t.lower) || (stem !== null && lex.isFirstName(stem))) && weakCueHolds(tokens, i, hits)) {
      // Chat: "snakka med kari", "hei lars", "sa ahmed", "ali og hodan". Only a given name never
      // written lower-case as an ordinary word, so "til mai", "med rose", "og per" stay words.
      hits.set(i, { p: 0.7, reason: 'cue' });
    }
  }
  if (hits.size === 0) return [];

  // Extend to neighbouring name parts: "Per Borten", "Tor Holger Bertelsen", "Rolf B. Wegner", "van der Berg".
  const isNamePart = (j: number): boolean => {
    const t = tokens[j];
    if (!t || t.kind !== 'w' || !t.cap || t.initial) return false;
    if (isAllCaps(t) && t.text.length > 1) return false;
    return !isSuspendedCompound(tokens, j);
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
        while (k < j + 3 && tokens[k]?.kind === 'w' && NAME_PARTICLES.has(tokens[k]?.lower ?? '') && !tokens[k]?.cap) k++;
        if (isNamePart(k)) {
          for (let x = j; x <= k; x++) hits.set(x, { p: 0.8, reason: 'extend' });
          j = k + 1;
          continue;
        }
      }
      if (isNamePart(j) && (lex.isKnownName(t.lower) || lex.lowerCount(t.lower) < COMMON_LOWER) && t.start - (tokens[j - 1]?.end ?? 0) <= 1) {
        hits.set(j, { p: 0.8, reason: 'extend' });
        j++;
        continue;
      }
      break;
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

  // A name found in this message also counts where it appears again in it ("Kari Nordmann … Nordmann").
  const found = new Set<string>();
  for (const i of hits.keys()) {
    const t = tokens[i];
    if (t && t.kind === 'w' && t.text.length > 1) found.add(genitiveStem(t.lower) !== null && !lex.isKnownName(t.lower) ? (genitiveStem(t.lower) ?? t.lower) : t.lower);
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

  // Group consecutive hits (allowing the "." of an initial) into one span each.
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
    if (stem !== null && b.kind === 'w' && !lex.isKnownName(b.lower) && !seen.has(b.lower) && (lex.isKnownName(stem) || seen.has(stem))) {
      end = b.end - (b.lower.length - stem.length);
    }
    spans.push({ start: a.start, end, type: 'PERSON', confidence: Math.min(0.95, 0.5 + p / 2), text: text.slice(a.start, end), source: `person-${hits.get(first)?.reason ?? 'model'}` });
  }
  return spans;
}
