import { stemmer as snowballNorwegian } from '@orama/stemmers/norwegian';
import wordData from '../../../../resources/safety/norwegian-words.json' with { type: 'json' };
import { PHRASES } from './concepts/phrases.js';
import { SLOT_WORDS } from './concepts/slots.js';
import { RISK_RULES } from './lexicon.js';

/**
 * Typo tolerance for the words that carry risk. A participant in distress types fast: doubled
 * letters ("tenkker", "selvmordd", "piiller"), a dropped letter ("selvmor", "tablettr") or two
 * letters swapped ("slevmord"). A word that is not a known word form and is one such slip away
 * from a risk word (the risk-bearing concept slots' words, concepts/slot*.ts) is read as that
 * word. Known words are never changed: the forms of the prose check's Norwegian list
 * (resources/safety/norwegian-words.json), other inflections of the same stems (Snowball
 * Norwegian, as the knowledge search stems: "baker" and "anket" are words, though only "bakeren"
 * and "anke" are listed) and every word the rules and phrases are written with (so no rule word is
 * read as another). A slip is undone only when it is unambiguous: exactly one word, a risk word,
 * is one edit away by the slips below, and no known word is ("pilller" is "piller"; a word one
 * slip from a risk word and from another known word is left as written). Only slips that rarely
 * make another real word are
 * undone: a stray extra letter is not ("planten" is a plant, not "planen"), and a dropped or
 * swapped letter only in risk words of six letters or more ("doen" is the loo, not "doden").
 *
 * Applied inside foldText (normalize.ts), so the rules, the concept slots, the classifier's
 * features and the talk classifier all read the same corrected words.
 */

/** Shortest word that is corrected, and shortest risk word a correction may land on. */
const MIN_WORD = 4;
const MIN_TARGET = 4;
/** Shortest risk word a dropped or swapped letter is undone towards. */
const MIN_LONG_TARGET = 6;

/** The slots whose words carry risk by themselves (not "skal", "alle", "over"). */
const RISK_SLOTS = [
  'DEATH',
  'MEANS',
  'HARMVERB',
  'VIOLVERB',
  'WEAPON',
  'ABUSEVERB',
  'FAREWELL',
  'DISAPPEAR',
  'HOPELESS',
  'PLAN',
] as const satisfies readonly (keyof typeof SLOT_WORDS)[];
/** Risk words that are no slot's own: life, not coping, thinking of it. */
const MORE_TARGETS = [
  'leve',
  'lever',
  'livet',
  'orker',
  'orke',
  'tenker',
  'selvmord',
  'kutte',
  'kutter',
  'kuttet',
  'drepe',
  'piller',
  'pillene',
  'tabletter',
  'paracet',
  'onsker',
  'onske',
];

/**
 * Chat abbreviations that stand for a word the rules read ("hva er vitsen m å leve", "vil ikke
 * leve mr", "ork ikke mer"): only short forms with one common reading.
 */
const ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['m', 'med'],
  ['mr', 'mer'],
  ['mn', 'men'],
  ['hv', 'hva'],
  ['ork', 'orker'],
]);
/** First letters of the abbreviations, as char codes: other short words are not looked up. */
const ABBREVIATION_START: ReadonlySet<number> = new Set([...ABBREVIATIONS.keys()].map((k) => k.charCodeAt(0)));

interface Tables {
  known: Set<string>;
  targets: Set<string>;
  /** A risk word with one letter dropped → the risk word ("selvmor" → "selvmord"). */
  dropped: Map<string, string>;
  /**
   * The letter sets (bit a–z) a slip of a risk word can have: a doubled or swapped letter keeps
   * the word's set, a dropped one keeps it or loses that letter. A word with any other set is no
   * slip of a risk word, which an integer lookup tells without hashing the word.
   */
  slipSets: Set<number>;
}
let tables: Tables | undefined;

/** The same folding as normalize.ts for a plain word (lower case, æøå, diacritics). */
function foldWord(w: string): string {
  return w
    .toLowerCase()
    .replace(/æ/g, 'e')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '');
}

function build(): Tables {
  const known = new Set<string>();
  for (const w of (wordData as { words: string }).words.split('\n')) if (w.length > 0) known.add(foldWord(w));
  const targets = new Set<string>();
  for (const raw of MORE_TARGETS) targets.add(raw);
  for (const slot of RISK_SLOTS)
    for (const w of SLOT_WORDS[slot]) {
      // A prefix ("kutt*") is a stem, not a word: nothing is read as it.
      if (w.length >= MIN_TARGET && /^[a-z]+$/.test(w)) targets.add(w);
    }
  const dropped = new Map<string, string>();
  for (const t of targets) {
    if (t.length < MIN_LONG_TARGET) continue;
    for (let i = 0; i < t.length; i++) {
      const d = t.slice(0, i) + t.slice(i + 1);
      if (!known.has(d) && !targets.has(d) && !dropped.has(d)) dropped.set(d, t);
    }
  }
  const slipSets = new Set<number>();
  for (const t of targets) {
    const set = letterSet(t);
    slipSets.add(set);
    for (let b = 0; b < 26; b++) if ((set & (1 << b)) !== 0) slipSets.add(set & ~(1 << b));
  }
  for (const t of targets) known.add(t);
  for (const rule of RISK_RULES)
    for (const re of [rule.pattern, rule.unless, rule.unlessInSentence, rule.concernIf])
      for (const w of re?.source.match(/[a-z]{3,}/g) ?? []) known.add(w);
  for (const { re } of PHRASES) for (const w of re.source.match(/[a-z]{3,}/g) ?? []) known.add(w);
  return { known, targets, dropped, slipSets };
}

const memo = new Map<string, string>();

/** Whether correctTypo may change a word of this length starting with this char code (a cheap pre-check). */
export function mayCorrect(length: number, firstChar: number): boolean {
  return length >= MIN_WORD || ABBREVIATION_START.has(firstChar);
}

/** The risk word a slip of `word` stands for, or `word` itself (folded, lower-case ASCII letters). */
export function correctTypo(word: string): string {
  if (word.length < MIN_WORD) return ABBREVIATIONS.get(word) ?? word;
  const t = (tables ??= build());
  if (!t.slipSets.has(letterSet(word))) return word;
  const cached = memo.get(word);
  if (cached !== undefined) return cached;
  const out = isKnown(word, t) ? word : (slipOf(word, t) ?? word);
  if (memo.size >= 20_000) memo.clear();
  memo.set(word, out);
  return out;
}

/** The letters a–z of a word as bits (other characters are ignored). */
function letterSet(w: string): number {
  let set = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i) - 97;
    if (c >= 0 && c < 26) set |= 1 << c;
  }
  return set;
}

/**
 * The endings the Snowball Norwegian stemmer takes off (and none): a word of the same stem is
 * the stem with one of them.
 */
const ENDINGS = [
  '',
  'e',
  'a',
  'en',
  'et',
  'er',
  'ar',
  'ene',
  'ane',
  'ende',
  'ande',
  'ede',
  'te',
  'de',
  't',
  's',
  'es',
  'ens',
  'ets',
  'ers',
  'het',
  'heten',
  'ast',
  'ing',
  'inga',
  'ingen',
];

/** A known word form, or another inflection of a known word's stem (not of a risk word's). */
function isKnown(w: string, t: Tables): boolean {
  if (t.known.has(w)) return true;
  const stem = snowballNorwegian(w);
  return ENDINGS.some((ending) => {
    const v = stem + ending;
    return v !== w && t.known.has(v) && !t.targets.has(v) && snowballNorwegian(v) === stem;
  });
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';

/**
 * The one risk word `w` is a slip of, or undefined. The slips are one edit each (a doubled
 * letter, a dropped letter, two neighbours swapped); every doubled letter collapsed at once is
 * tried only when no one-edit reading exists. Ambiguous slips are left as written: two risk
 * words, or a risk word and a known word, one edit away.
 */
function slipOf(w: string, t: Tables): string | undefined {
  const risk = new Set<string>();
  const known: string[] = [];
  const consider = (c: string, isRisk: boolean): void => {
    if (isRisk) risk.add(c);
    else if (c.length >= MIN_WORD && t.known.has(c) && !t.targets.has(c)) known.push(c);
  };
  // A doubled letter ("tennkker" → "tenker").
  for (let i = 0; i + 1 < w.length; i++) {
    if (w[i] !== w[i + 1]) continue;
    const d = w.slice(0, i) + w.slice(i + 1);
    consider(d, t.targets.has(d));
  }
  // One letter dropped ("selvmor" → "selvmord"), towards risk words of six letters or more.
  const full = t.dropped.get(w);
  if (full) consider(full, true);
  // Two neighbours swapped ("slevmord" → "selvmord").
  for (let i = 0; i + 1 < w.length; i++) {
    if (w[i] === w[i + 1]) continue;
    const s = w.slice(0, i) + (w[i + 1] as string) + (w[i] as string) + w.slice(i + 2);
    consider(s, s.length >= MIN_LONG_TARGET && t.targets.has(s));
  }
  if (risk.size > 0) {
    // A known word one letter longer is another reading of a dropped letter ("bakker" for "baker").
    if (full) known.push(...knownInsertions(w, t));
    const [only] = risk;
    if (risk.size > 1 || only === undefined) return undefined;
    // Another word of the same stem is the same reading ("tablettar" for "tabletter").
    const stem = snowballNorwegian(only);
    return known.every((k) => snowballNorwegian(k) === stem) ? only : undefined;
  }
  // Every doubled letter at once ("tennkkker" → "tenker").
  const single = w.replace(/([a-z])\1+/g, '$1');
  return single !== w && t.targets.has(single) ? single : undefined;
}

/** The known words that are no risk word and are `w` with one letter added. */
function knownInsertions(w: string, t: Tables): string[] {
  const out: string[] = [];
  for (let i = 0; i <= w.length; i++)
    for (const c of ALPHABET) {
      const v = w.slice(0, i) + c + w.slice(i);
      if (t.known.has(v) && !t.targets.has(v)) out.push(v);
    }
  return out;
}

/** Every word of folded text read through correctTypo (only words of letters a–z are visited). */
export function correctTypos(folded: string): string {
  let out = '';
  let from = 0;
  let changed = false;
  const n = folded.length;
  let i = 0;
  while (i < n) {
    const c = folded.charCodeAt(i);
    if (c < 97 || c > 122) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n) {
      const d = folded.charCodeAt(j);
      if (d < 97 || d > 122) break;
      j++;
    }
    // Only whole words: not a run inside a word with other letters (digits, ', non-ASCII).
    const whole = (i === 0 || !isWordChar(folded.charCodeAt(i - 1))) && (j === n || !isWordChar(folded.charCodeAt(j)));
    if (whole && mayCorrect(j - i, c)) {
      const w = folded.slice(i, j);
      const fixed = correctTypo(w);
      if (fixed !== w) {
        out += folded.slice(from, i) + fixed;
        from = j;
        changed = true;
      }
    }
    i = j;
  }
  return changed ? out + folded.slice(from) : folded;
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 39 || c > 127;
}
