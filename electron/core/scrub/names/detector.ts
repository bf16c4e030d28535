import type { Span } from '../types.js';
import type { Token } from '../tokens.js';
import { AFTER_NAME, CUE_KIND, NAME_PARTICLES } from './cues.js';
import {
  ANY_PLACE,
  CUE,
  CUE_WEAK,
  FIRST,
  LAST,
  NAME_AFTER,
  ONLY_PERSON,
  ORDINARY,
  PHRASE_START,
  PLACE,
  type Lexicon,
} from './lexicon.js';
import type { PersonModel } from './model.js';
import { inflectionStemCount } from './features.js';
import { scorerFor } from './scorer.js';

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

/** A lower-case first-name-list word that is also a word this common ("per", "mine") never starts a name pair. */
const PAIR_FIRST_MAX_LOWER = 400;
/** After a relation cue ("naboen bakken"), a name-list word written lower-case at most this often is a name. */
const RELATION_MAX_LOWER = 50;

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
function placeMarks(tokens: readonly Token[], lex: Lexicon, flags: Uint16Array): Uint8Array | null {
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

/** A lower-case word written this often in ordinary text is a common word, not a name. */
const COMMON_LOWER = 3;
/** From this many lower-case occurrences a sentence-initial capitalised word is read as the word. */
const COMMON_WORD_NAME = 20;

type Reason = 'model' | 'seen' | 'cue' | 'extend' | 'list';

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
  if (last === 's')
    stem =
      n >= 4 && isApostrophe(lower[n - 2]) && atLeastTwoChars(lower.slice(0, n - 2))
        ? lower.slice(0, n - 2)
        : lower.slice(0, n - 1);
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

/** "karis", "kari's": the genitive of a given name in the lists. */
function genitiveOfFirstName(lower: string, lex: Lexicon): boolean {
  const last = lower[lower.length - 1];
  if (last !== 's' && !isApostrophe(last)) return false;
  const stem = genitiveStem(lower);
  return stem !== null && lex.isFirstName(stem);
}

function seenGenitive(lower: string, seen: NameSet, lex: Lexicon): boolean {
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

/**
 * A word shaped like an inflected Norwegian word (definite or plural endings, compounds of
 * everyday stems): never joins a name just because the lexicon has not seen it.
 */
const NORWEGIAN_ENDINGS = [
  'ene',
  'ane',
  'ingen',
  'inga',
  'heten',
  'het',
  'else',
  'lig',
  'lige',
  'ligt',
  'isk',
  'iske',
  'ende',
  'ert',
  'erte',
  'et',
  'te',
  'de',
  'er',
  'en',
  'ar',
  'a',
];
function isPlainNorwegianShape(lower: string): boolean {
  if (/[æøå]/u.test(lower)) return true;
  for (const e of NORWEGIAN_ENDINGS) if (lower.length > e.length + 2 && lower.endsWith(e)) return true;
  return false;
}

/**
 * Surname endings of the languages spoken in Norway that Norwegian words do not have: Polish
 * (-ski/-ska, -cki/-cka, -wicz, -czyk), Ukrainian and Russian (-enko, -chuk, -ovych), Lithuanian
 * (-auskas, -ienė, -aitė, -ytė), Bosnian, Croatian and Serbian (-ović, -ević, -ić), Turkish
 * (-oğlu), Afghan and Persian (-zadeh, -zai, -khel), Armenian (-yan).
 */
const FOREIGN_SURNAME_ENDINGS = [
  'owski',
  'owska',
  'ewski',
  'ewska',
  'inski',
  'inska',
  'ynski',
  'ynska',
  'iński',
  'ińska',
  'yński',
  'yńska',
  'cki',
  'cka',
  'dzki',
  'dzka',
  'wicz',
  'czyk',
  'czak',
  'szczak',
  'enko',
  'chuk',
  'czuk',
  'iuk',
  'yuk',
  'ovych',
  'evych',
  'ovich',
  'evich',
  'ovna',
  'evna',
  'auskas',
  'auskienė',
  'auskiene',
  'evičius',
  'avičius',
  'ienė',
  'aitė',
  'ytė',
  'iūtė',
  'ūnas',
  'ović',
  'ovic',
  'ević',
  'evic',
  'ovič',
  'ič',
  'ić',
  'oğlu',
  'oglu',
  'zadeh',
  'zada',
  'zai',
  'khel',
  'khil',
  'yan',
];
/** Endings of Norwegian farm and place surnames ("-heim", "-stad", "-rud", "-sæther", "-nygård"). */
const NORWEGIAN_SURNAME_ENDINGS = [
  'sen',
  'ssen',
  'heim',
  'stad',
  'rud',
  'vik',
  'dal',
  'dahl',
  'nes',
  'ness',
  'næs',
  'næss',
  'haug',
  'bø',
  'seth',
  'sæter',
  'sæther',
  'seter',
  'gård',
  'gaard',
  'lie',
  'bakk',
  'berg',
  'strand',
  'holm',
  'voll',
  'vold',
  'toft',
  'rød',
  'aas',
  'ås',
  'myhre',
  'myr',
  'hamre',
  'bråten',
  'løkken',
  'tveit',
  'tveiten',
  'lund',
  'eide',
  'moen',
  'haugen',
  'hagen',
  'bakken',
  'sletten',
  'brekke',
  'kvam',
  'kvamme',
  'skog',
  'nes',
  'land',
  'fjeld',
  'fjell',
  'li',
  'sund',
  'by',
  'rønning',
  'engen',
  'hovd',
  'hov',
  'heggen',
];
function endsWithAny(lower: string, endings: readonly string[], minStem: number): boolean {
  for (const e of endings) if (lower.length >= e.length + minStem && lower.endsWith(e)) return true;
  return false;
}

/** The foreign endings by their last two letters: most words are ruled out by one lookup. */
const FOREIGN_BY_TAIL = (() => {
  const map = new Map<string, string[]>();
  for (const e of FOREIGN_SURNAME_ENDINGS) {
    const tail = e.slice(-2);
    map.set(tail, [...(map.get(tail) ?? []), e]);
  }
  return map;
})();

/** Shaped like a surname of another language: a word Norwegian does not end that way. */
export function hasForeignSurnameShape(lower: string): boolean {
  const endings = FOREIGN_BY_TAIL.get(lower.slice(-2));
  return endings !== undefined && endsWithAny(lower, endings, 3);
}

/** Shaped like a surname, Norwegian or not (for a word right beside a name that was found). */
export function hasSurnameShape(lower: string): boolean {
  return hasForeignSurnameShape(lower) || endsWithAny(lower, NORWEGIAN_SURNAME_ENDINGS, 2);
}

const WORD_ENDINGS = /(?:sk|ske|ig|ige|ikk|isme|ist|ister|ing|ere|ers)$/u;

/**
 * Shaped like a form of a Norwegian word (see isPlainNorwegianShape; also adjectives in -sk/-ig,
 * a genitive or inflected form of a word seen lower-case: "bloggernes", "fars"), or a compound
 * ending in an everyday word ("nevrokirurg", "satellittsendere"): not a name.
 */
function isWordLike(lower: string, lex: Lexicon): boolean {
  if (isPlainNorwegianShape(lower) || WORD_ENDINGS.test(lower)) return true;
  const stem = genitiveStem(lower);
  if (stem !== null && lex.lowerCount(stem) > 0) return true;
  if (inflectionStemCount(lower, lex) > 0) return true;
  for (let k = 3; k <= lower.length - 4; k++)
    if (lex.lowerCount(lower.slice(k)) >= (lower.length - k >= 5 ? 1 : COMMON_LOWER)) return true;
  return false;
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
  const lowercaseNames = opts.lowercaseNames ?? false;
  const scorer = scorerFor(model, lex);
  const hits = new Map<number, Hit>();
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

  // A name found in this message also counts where it appears again in it ("Kari Nordmann … Nordmann").
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
