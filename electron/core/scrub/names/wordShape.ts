import type { Token } from '../tokens.js';
import type { Lexicon } from './lexicon.js';
import { inflectionStemCount } from './features.js';

/**
 * What a word looks like to the person detector: how common it is written lower-case, all
 * capitals, genitive forms, and endings that mark an inflected Norwegian word or a surname.
 */

/** A lower-case first-name-list word that is also a word this common ("per", "mine") never starts a name pair. */
export const PAIR_FIRST_MAX_LOWER = 400;
/** After a relation cue ("naboen bakken"), a name-list word written lower-case at most this often is a name. */
export const RELATION_MAX_LOWER = 50;

/** A lower-case word written this often in ordinary text is a common word, not a name. */
export const COMMON_LOWER = 3;
/** From this many lower-case occurrences a sentence-initial capitalised word is read as the word. */
export const COMMON_WORD_NAME = 20;

export function isAllCaps(t: Token): boolean {
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
export function genitiveOfFirstName(lower: string, lex: Lexicon): boolean {
  const last = lower[lower.length - 1];
  if (last !== 's' && !isApostrophe(last)) return false;
  const stem = genitiveStem(lower);
  return stem !== null && lex.isFirstName(stem);
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
export function isPlainNorwegianShape(lower: string): boolean {
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
export function isWordLike(lower: string, lex: Lexicon): boolean {
  if (isPlainNorwegianShape(lower) || WORD_ENDINGS.test(lower)) return true;
  const stem = genitiveStem(lower);
  if (stem !== null && lex.lowerCount(stem) > 0) return true;
  if (inflectionStemCount(lower, lex) > 0) return true;
  for (let k = 3; k <= lower.length - 4; k++)
    if (lex.lowerCount(lower.slice(k)) >= (lower.length - k >= 5 ? 1 : COMMON_LOWER)) return true;
  return false;
}
