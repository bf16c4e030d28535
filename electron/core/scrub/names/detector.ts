import type { Span } from '../types.js';
import type { Token } from '../tokens.js';
import { CUE_KIND } from './cues.js';
import { CUE, CUE_WEAK, FIRST, LAST, NAME_AFTER, ONLY_PERSON, ORDINARY, type Lexicon } from './lexicon.js';
import type { PersonModel } from './model.js';
import { scorerFor } from './scorer.js';
import { cueBefore, isSuspendedCompound, nameAfter, placeMarks, weakCueHolds } from './cueContext.js';
import {
  COMMON_LOWER,
  COMMON_WORD_NAME,
  genitiveOfFirstName,
  genitiveStem,
  hasForeignSurnameShape,
  isAllCaps,
  isPlainNorwegianShape,
  isWordLike,
  PAIR_FIRST_MAX_LOWER,
  RELATION_MAX_LOWER,
} from './wordShape.js';
import { addRepeats, extendHits, spansOf, type Hits } from './nameSpans.js';

/** What the person detector asks of the names already seen (a Set, or the vault's index in place). */
export interface NameSet {
  has(name: string): boolean;
  readonly size: number;
}

export interface PersonDetectorOptions {
  lexicon: Lexicon;
  model: PersonModel;
  /** Model probability from which a capitalised word counts as (part of) a name. */
  threshold: number;
  /** Lower-cased name tokens already seen in this conversation. */
  seen: NameSet;
  /**
   * Chat path (recall first): a lower-case word that is a name in the name lists and no ordinary
   * word ("fatima", "nguyen") is a name without any cue, and a word the lexicon has never seen
   * joins a name beside it. Off: lower-case names need a cue (the note editor's marking).
   */
  lowercaseNames?: boolean;
}

function seenGenitive(lower: string, seen: NameSet, lex: Lexicon): boolean {
  const stem = genitiveStem(lower);
  return stem !== null && seen.has(stem) && !lex.isKnownName(lower) && lex.lowerCount(lower) < COMMON_LOWER;
}

const AUXILIARIES = new Set(['har', 'hadde', 'ha', 'hatt', 'er', 'var', 'blir', 'ble', 'vart', 'vert']);
/**
 * "har kosta", "har jobba": right after an auxiliary, a lower-case word in -a whose -et form is an
 * ordinary word ("kostet") is that verb in its -a form, not a name on the lists ("Kosta").
 */
function verbFormAfterAuxiliary(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  const t = tokens[i];
  const before = tokens[i - 1];
  if (!t || !before || before.kind !== 'w' || !AUXILIARIES.has(before.lower) || !t.lower.endsWith('a')) return false;
  return lex.lowerCount(`${t.lower.slice(0, -1)}et`) >= COMMON_LOWER;
}

/**
 * Person names: the model scores capitalised words; rules add cued words ("heter liv"), names
 * already seen in the conversation (also lower-case), multi-word names and genitive forms.
 */
export function detectPersons(text: string, tokens: readonly Token[], opts: PersonDetectorOptions): Span[] {
  const { lexicon: lex, model, threshold, seen } = opts;
  const lowercaseNames = opts.lowercaseNames ?? false;
  const scorer = scorerFor(model, lex);
  const hits: Hits = new Map();
  // What the lists say about each word, looked up once (cue words and "sin" included).
  const flags = new Uint16Array(tokens.length);
  // A writer who capitalises names inside sentences ("møtte Kari") does not leave other names in
  // lower case: the lower-case name-list rules are for text without capitals.
  let capitalisedInside = false;
  let anyCandidate = seen.size > 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.kind !== 'w') continue;
    const f = lex.flags(t.lower);
    flags[i] = f;
    if (f !== 0) anyCandidate = true;
    if (t.cap) {
      anyCandidate = true;
      if (!t.initial && !capitalisedInside && !isAllCaps(t)) capitalisedInside = true;
    }
  }
  // No capital letter, no word in any list or cue list, nothing seen before: no name can be found.
  if (!anyCandidate) return [];
  const marks = placeMarks(tokens, lex, flags);
  const caseless = lowercaseNames && !capitalisedInside;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.kind !== 'w' || t.text.length < 2) continue;
    const isSeen = seen.size > 0 && (seen.has(t.lower) || seenGenitive(t.lower, seen, lex));
    const mark = marks ? (marks[i] ?? 0) : 0;
    if (!t.cap && !isSeen) {
      // Fast path for ordinary lower-case words: no cue word before, no "sin" after, and (chat)
      // in no name list.
      const f = flags[i] ?? 0;
      // A listed name that is no ordinary word, or a given name before a surname ("per hansen").
      const listed =
        caseless &&
        !verbFormAfterAuxiliary(tokens, i, lex) &&
        (((f & (FIRST | LAST | ONLY_PERSON)) !== 0 &&
          ((f & ORDINARY) === 0 || ((f & FIRST) !== 0 && ((flags[i + 1] ?? 0) & LAST) !== 0))) ||
          (t.text.length >= 6 && hasForeignSurnameShape(t.lower)));
      if (!listed && ((flags[i + 1] ?? 0) & NAME_AFTER) === 0) {
        const prevWord = tokens[i - 1]?.kind === 'p' ? i - 2 : i - 1;
        const pf = prevWord < 0 ? 0 : (flags[prevWord] ?? 0);
        if ((pf & CUE) === 0) continue;
        // After a weak cue ("og", "til", "med") only a given name (or its genitive) can be a name.
        if ((pf & CUE_WEAK) !== 0 && (f & (FIRST | LAST | ONLY_PERSON)) === 0 && !genitiveOfFirstName(t.lower, lex))
          continue;
      }
    }
    // A place or brand ("Førde", "Norge", "Los Angeles", "Ralph Lauren") is no person unless seen
    // in this conversation or named by a strong cue ("heter Lund").
    if (mark !== 0 && !isSeen && cueBefore(tokens, i) !== 'strong') continue;
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
      if (
        !t.initial &&
        stem !== null &&
        !lex.isKnownName(t.lower) &&
        lex.isKnownName(stem) &&
        lex.lowerCount(t.lower) < COMMON_LOWER
      ) {
        hits.set(i, { p: Math.max(p, 0.6), reason: 'model' });
        continue;
      }
      // A name-list word capitalised inside a sentence (Liv, Dag, Håp …) or before "sin".
      if ((!t.initial || nameAfter(tokens, i)) && lex.isKnownName(t.lower)) {
        const s = lex.stats(t.lower);
        const capO = s ? s.midO + s.midEnt : 0;
        const capPer = s ? s.midPer : 0;
        if (capO <= capPer || nameAfter(tokens, i) || cue === 'weak')
          hits.set(i, { p: Math.max(p, 0.6), reason: 'model' });
      }
      continue;
    }
    const lowerCount = lex.lowerCount(t.lower);
    if (caseless && !isSeen && !CUE_KIND.has(t.lower)) {
      // Chat without capitals: a given name or surname from the lists that is no ordinary word
      // ("fatima", "elias", "nguyen") is a name wherever it stands.
      const first = lex.isFirstName(t.lower);
      const last = lex.isSurname(t.lower);
      // A surname alone must not look like an inflected Norwegian word ("tepper") unless NorNE saw it as a name.
      const surnameAlone =
        !first &&
        last &&
        t.text.length >= 4 &&
        (!isPlainNorwegianShape(t.lower) || (lex.stats(t.lower)?.midPer ?? 0) + (lex.stats(t.lower)?.iniPer ?? 0) > 0);
      if ((first || surnameAlone) && t.text.length >= 3 && !lex.isOrdinaryWord(t.lower)) {
        hits.set(i, { p: first ? 0.75 : 0.7, reason: 'list' });
        continue;
      }
      // Seen in NorNE only ever as a person's name ("obama", "jagland").
      if (t.text.length >= 3 && lex.isOnlyPersonName(t.lower) && !lex.isOrdinaryWord(t.lower)) {
        hits.set(i, { p: 0.7, reason: 'list' });
        continue;
      }
      // "per hansen", "liv nguyen": a given name that is also a word, followed by a surname that is not.
      const next = tokens[i + 1];
      if (
        first &&
        lowerCount < PAIR_FIRST_MAX_LOWER &&
        next &&
        next.kind === 'w' &&
        !next.cap &&
        next.start - t.end <= 1 &&
        lex.isSurname(next.lower) &&
        !lex.isFirstName(next.lower) &&
        !lex.isOrdinaryWord(next.lower) &&
        !marks?.[i + 1]
      ) {
        hits.set(i, { p: 0.7, reason: 'list' });
        continue;
      }
      // "naboen bakken", "sjefen min lie": a name-list word right after a relation (and a possessive).
      if ((first || last) && cue === 'relation' && lowerCount < RELATION_MAX_LOWER) {
        hits.set(i, { p: 0.7, reason: 'cue' });
        continue;
      }
      // "kjæresten min emir", "naboen sultani": after a relation, a word never seen in ordinary
      // text that is not shaped like an inflected Norwegian word (or is shaped like a surname).
      if (
        cue === 'relation' &&
        t.text.length >= 3 &&
        lex.stats(t.lower) === undefined &&
        !lex.isOrdinaryWord(t.lower) &&
        (hasForeignSurnameShape(t.lower) || !isWordLike(t.lower, lex))
      ) {
        hits.set(i, { p: 0.7, reason: 'cue' });
        continue;
      }
      // "kowalczyk", "bondarenko", "petrauskas": a surname shape no Norwegian word has, never seen as a word.
      if (
        t.text.length >= 6 &&
        lowerCount === 0 &&
        !lex.isOrdinaryWord(t.lower) &&
        (lex.stats(t.lower)?.iniO ?? 0) + (lex.stats(t.lower)?.midO ?? 0) === 0 &&
        hasForeignSurnameShape(t.lower)
      ) {
        hits.set(i, { p: 0.7, reason: 'list' });
        continue;
      }
    }
    // Lower-case: only with a cue, a name already seen, or "kari sin".
    if (!isSeen && cue === null && !nameAfter(tokens, i)) continue;
    const stem = genitiveStem(t.lower);
    const known = lex.isKnownName(t.lower) || (stem !== null && lex.isKnownName(stem));
    if (isSeen && (lowerCount < COMMON_LOWER || cue !== null)) {
      hits.set(i, { p: 0.9, reason: 'seen' });
    } else if (cue === 'strong' && (known || lowerCount < COMMON_LOWER)) {
      hits.set(i, { p: 0.85, reason: 'cue' });
    } else if ((cue === 'relation' || nameAfter(tokens, i)) && known && lowerCount < COMMON_LOWER) {
      hits.set(i, { p: 0.75, reason: 'cue' });
    } else if (
      cue === 'weak' &&
      lowerCount === 0 &&
      t.text.length >= 3 &&
      (lex.isFirstName(t.lower) || (stem !== null && lex.isFirstName(stem))) &&
      weakCueHolds(tokens, i, hits)
    ) {
      // Chat: "snakka med kari", "hei lars", "sa ahmed", "ali og hodan". Only a given name never
      // written lower-case as an ordinary word, so "til mai", "med rose", "og per" stay words.
      hits.set(i, { p: 0.7, reason: 'cue' });
    }
  }
  if (hits.size === 0) return [];

  extendHits({ tokens, lex, marks, caseless }, hits);
  addRepeats(tokens, lex, hits);
  return spansOf(text, tokens, lex, seen, hits);
}
