import { stemmer as snowballNorwegian } from '@orama/stemmers/norwegian';
import { EVERYDAY_WORD_FORMS } from './everydayWords.js';
import { ENGLISH_WORDS, NYNORSK_WORDS, RELATED_FORMS, SPOKEN_WORDS, STOP_WORDS } from './wordLists.js';

export { STOP_WORDS };

/**
 * Norwegian-aware text analysis for retrieval: lower-casing with æ, ø and å kept, the Snowball
 * Norwegian stemmer (@orama/stemmers, Apache-2.0), stop words, and
 * decompounding against the knowledge base's own vocabulary ("gjeldsrådgivning" → "gjeld" +
 * "rådgivning"), so a question need not use the exact compound a document uses.
 *
 * The same functions analyse documents (at index time) and questions (at search time), so a
 * stem on one side always lines up with the stem on the other.
 */

const WORD = /[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu;

/** Lower-case, NFC, and the few spelling variants that matter (aa → å is NOT applied: "saa" is rare). */
export function normalize(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[’`´]/g, "'");
}

/** Words of the text, normalised; hyphenated words are kept whole and also split ("NAV-kontor"). */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const m of normalize(text).matchAll(WORD)) {
    const w = m[0].replace(/'s$/, '').replace(/'/g, '');
    const hyphenSuffix = /^(.+)-(en|et|er|ene|a|ens|ets|s|ane|ar)$/.exec(w);
    if (hyphenSuffix) {
      // "CV-en", "NAV-s", "AAP-en": an inflected abbreviation, not a compound.
      out.push(hyphenSuffix[1] ?? w);
    } else if (w.includes('-')) {
      out.push(w.replace(/-/g, ''));
      for (const part of w.split('-')) if (part) out.push(part);
    } else {
      out.push(w);
    }
  }
  return out;
}

/** English words for bokmål ones, by exact form (see ENGLISH_WORDS). */
const ENGLISH: ReadonlyMap<string, string> = new Map(ENGLISH_WORDS);

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/**
 * Stems a word with the Snowball Norwegian stemmer (bokmål, and most nynorsk inflections), then
 * writes a final doubled consonant single ("chatten" → "chatt" → "chat") so spellings that double
 * it meet, and maps the few derivations Snowball cannot join to one key.
 */
export function stem(word: string): string {
  const w = normalize(word);
  // An English word is read as the bokmål word, by its exact form: its stem may be a bokmål stem
  // ("delete" → "del", as of "deles").
  const english = ENGLISH.get(w);
  if (english !== undefined) return english === w ? w : stem(english);
  if (/^\d/.test(w)) return w;
  // A short word is its own stem, unless it is a nynorsk word for a bokmål one ("løn", "val").
  if (w.length <= 3) return nynorskStems().get(w) ?? w;
  const cached = stemCache.get(w);
  if (cached !== undefined) return cached;
  // Snowball removes one suffix per call, so "veilederen" → "veileder" but "veileder" → "veiled":
  // a second pass brings the definite and plural forms of agent nouns to the same key.
  const doctor = DOCTOR.exec(w);
  if (doctor) return cacheStem(w, `${doctor[1] ?? ''}lege`);
  let s = snowballNorwegian(w);
  if (s.length >= 5) s = snowballNorwegian(s);
  // Snowball leaves the present tense of verbs made from "stå", "slå", "gå", "få" ("forstår",
  // "foreslår", "består") whole; their infinitive is the key.
  if (s.length >= 6 && /(?:stå|slå|gå|få)r$/.test(s)) s = s.slice(0, -1);
  // … and leaves the -t of the past tense of weak verbs ("søkte" → "søkt", "kjøpte" → "kjøpt"):
  // the verb's stem is the key ("søk", as of "søke", "søker").
  if (/te$/.test(w) && s.length >= 4 && /[kplrdgmfv]t$/.test(s) && !STOP_WORDS.has(s.slice(0, -1))) s = s.slice(0, -1);
  // ("sommer" → "somm" stays: written single it would be the function word "som".)
  // Only from five letters: a short word written single is usually another word ("kokk" – "koke").
  if (s.length >= 5 && /([bcdfghjklmnpqrstvwxz])\1$/.test(s) && !STOP_WORDS.has(s.slice(0, -1))) s = s.slice(0, -1);
  s = RELATED_FORMS.get(s) ?? s;
  s = nynorskStems().get(s) ?? s;
  return cacheStem(w, s);
}

let nynorskMap: Map<string, string> | null = null;

function nynorskStems(): ReadonlyMap<string, string> {
  if (nynorskMap) return nynorskMap;
  nynorskMap = new Map(); // empty while it is built: stem() below must not look itself up
  const built = new Map<string, string>();
  for (const [nn, nb] of [...NYNORSK_WORDS, ...SPOKEN_WORDS]) {
    const from = stem(nn);
    const to = stem(nb);
    if (from !== to) built.set(from, to);
  }
  // The same words typed without æ, ø and å ("skjonner", "mykje" is already so): their folded stem
  // stands for them too, unless it is another word's stem.
  for (const [nn, nb] of [...NYNORSK_WORDS, ...SPOKEN_WORDS]) {
    if (!/[æøå]/.test(nn)) continue;
    const from = stem(foldNorwegian(nn));
    const to = stem(nb);
    if (from !== to && !built.has(from)) built.set(from, to);
  }
  // A word joined to a word that is itself joined ("tenåring" → "ungdom" → "ung") goes to the end.
  for (const [from, to] of built) {
    let end = to;
    for (let i = 0; i < 3 && built.has(end); i++) end = built.get(end) ?? end;
    built.set(from, end);
  }
  stemCache.clear();
  nynorskMap = built;
  return built;
}

function cacheStem(word: string, s: string): string {
  if (stemCache.size > 50_000) stemCache.clear();
  stemCache.set(word, s);
  return s;
}

const stemCache = new Map<string, string>();

/**
 * "lege" (doctor) and its compounds: Snowball takes -leg off as an adjective ending ("vanleg"),
 * which turns "fastlegen" into "fast" (as in "fast jobb"). The doctor words keep their "lege".
 */
const DOCTOR = /^(fast|skole|bedrifts|allmenn|helsesøster|)leg(?:e|en|er|ene|ar|ane)$/;

let everydayForms: Set<string> | null = null;
let everydayStems: Set<string> | null = null;

/**
 * Whether a stem is of a word general Norwegian uses as a verb, adjective or adverb ("forsvinner",
 * "altfor", "enig"; see everydayWords.ts): when the knowledge base has never seen it, it is a word
 * of how the question is put, not of what it is about ("passord", "statsborgerskap" are not).
 */
export function isEverydayStem(s: string): boolean {
  if (!everydayStems) {
    everydayForms = new Set(EVERYDAY_WORD_FORMS.split(/\s+/).filter(Boolean));
    everydayStems = new Set([...everydayForms].map((form) => stem(form)));
  }
  return everydayStems.has(s);
}

/**
 * The same for a question word with its stem. When the stem is itself an everyday word ("rent"),
 * another word that stems to it may be a noun of its own ("rente"): then only the listed forms are
 * everyday. Otherwise ("forsvinn") every word of the stem is one of its forms.
 */
export function isEverydayWord(word: string, s: string): boolean {
  if (!isEverydayStem(s)) return false;
  return everydayForms?.has(word) === true || everydayForms?.has(s) !== true;
}

/** The content words of a text: tokens minus stop words, stemmed. */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(text)) {
    if (isStopWord(t)) continue;
    const s = stem(t);
    // A stem that is itself a function word ("varer" → "var") carries no topic either.
    if (s.length >= 2 && !isStopWord(s)) out.push(s);
  }
  return out;
}

const LINKS = ['', 's', 'e'] as const;
const MIN_PART = 3;

/**
 * Splits a compound into known parts, longest known head first: "lønnstilskudd" → ["lønn",
 * "tilskudd"] when both are in the vocabulary (with the linking -s/-e of Norwegian compounds).
 * Returns [] when the word is not a compound of known words.
 */
export function decompound(word: string, vocabulary: ReadonlySet<string>, depth = 0): string[] {
  const w = stem(word);
  if (w.length < 2 * MIN_PART + 1 || depth > 2) return [];
  for (let i = w.length - MIN_PART; i >= MIN_PART; i--) {
    const head = w.slice(0, i);
    const tail = w.slice(i);
    const tailStem = stem(tail);
    const tailKnown = tail.length >= 4 && (vocabulary.has(tail) || vocabulary.has(tailStem));
    if (!tailKnown) continue;
    for (const link of LINKS) {
      if (link && !head.endsWith(link)) continue;
      const h = link ? head.slice(0, -link.length) : head;
      if (h.length < MIN_PART) continue;
      if (vocabulary.has(h) || vocabulary.has(stem(h))) {
        const headStem = vocabulary.has(h) ? h : stem(h);
        const sub = decompound(h, vocabulary, depth + 1);
        return [...(sub.length ? sub : [headStem]), vocabulary.has(tail) ? tail : tailStem];
      }
    }
  }
  return [];
}

/** Index-side analysis: stems plus the parts of compounds found in the vocabulary. */
export function indexTerms(text: string, vocabulary: ReadonlySet<string>): string[] {
  const { heads, modifiers } = splitIndexTerms(text, vocabulary);
  return [...heads, ...modifiers];
}

/**
 * Index-side analysis that keeps apart what a text is about from what only qualifies it: `heads`
 * are the stems and the last part of each compound ("feriepenger" → "peng": money), `modifiers`
 * the other parts ("feri"). A Norwegian compound is a kind of its last part, so a question about
 * "ferie" is not answered by a page about "feriepenger" as surely as one about "penger".
 */
export function splitIndexTerms(
  text: string,
  vocabulary: ReadonlySet<string>,
): { heads: string[]; modifiers: string[] } {
  const heads: string[] = [];
  const modifiers: string[] = [];
  for (const s of contentStems(text)) {
    heads.push(s);
    const parts = decompound(s, vocabulary).filter((p) => !isStopWord(p));
    parts.forEach((part, i) => (i === parts.length - 1 ? heads : modifiers).push(part));
  }
  return { heads, modifiers };
}

/** Vocabulary for decompounding: every content stem of the corpus with 3+ letters. */
export function buildVocabulary(texts: Iterable<string>): Set<string> {
  const vocab = new Set<string>();
  for (const text of texts) for (const s of contentStems(text)) if (s.length >= MIN_PART) vocab.add(s);
  return vocab;
}

/** One concept of a question: a stem, and the parts it splits into when it is a compound. */
export interface QueryTerm {
  word: string;
  stem: string;
  parts: string[];
  /** True when only the last part of a compound is known ("kjempenervøs" → "nervøs"). */
  tailOnly: boolean;
  /**
   * A recognised need's term (situationMatch.ts): the folded stems of the question's words that told
   * it. A passage serving the need covers them (evidence.ts).
   */
  covers?: readonly string[];
}

/** Stems shorter than this are matched exactly; longer ones also match as prefixes (compounds). */
export const PREFIX_MIN = 6;

/**
 * For a question word that is not a compound of two known words: the longest known last part
 * (4+ letters after a head of 3+, or 3 letters after a head of 5+: "truckførerkurs" → "kur"),
 * because in Norwegian the last part carries the meaning.
 */
export function knownTail(word: string, vocabulary: ReadonlySet<string>): string | null {
  const w = stem(word);
  for (let i = MIN_PART; i <= w.length - 3; i++) {
    const tail = w.slice(i);
    if (tail.length === 3 && i < 5) continue;
    if (vocabulary.has(tail) && !STOP_WORDS.has(tail)) return tail;
  }
  return null;
}

/**
 * Whether a and b are at most one edit apart (one letter added, removed, changed, or two
 * neighbours swapped): the typos of a quickly written question ("arbeidstrenning", "lønnslipp").
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Stems shorter than this are not corrected: short words one letter apart are usually other words. */
export const TYPO_MIN = 6;

/**
 * The vocabulary stem one edit away from a question word the knowledge base does not have, when
 * there is exactly one such stem with the same first letter (a typo rarely hits the first letter,
 * and more than one candidate means the word cannot be told).
 */
export function correctTypo(s: string, vocabulary: ReadonlySet<string>): string | null {
  if (s.length < TYPO_MIN || vocabulary.has(s)) return null;
  let found: string | null = null;
  for (const v of vocabulary) {
    if (v[0] !== s[0] || Math.abs(v.length - s.length) > 1 || v.length < TYPO_MIN - 1) continue;
    if (withinOneEdit(s, v)) {
      if (found !== null && found !== v) return null;
      found = v;
    }
  }
  return found !== null && !STOP_WORDS.has(found) ? found : null;
}

/**
 * A verbal noun the knowledge base does not have, read as its verb when it has that: "lesing" →
 * "les" (lese), "skriving" → "skriv", "forklaring" → "forkl" (forklare). Snowball leaves the -ing
 * of these nouns on.
 */
export function verbOfNoun(s: string, vocabulary: ReadonlySet<string>): string | null {
  const m = /^(.{3,}?)(?:n?ing)$/.exec(s);
  if (!m || vocabulary.has(s)) return null;
  for (const base of [s.slice(0, -3), s.slice(0, -4)])
    if (base.length >= 3 && vocabulary.has(base) && !STOP_WORDS.has(base)) return base;
  // … or its infinitive's stem, when Snowball takes more than the -e off ("forklaring" → "forklare" → "forkl").
  // (Not an English word: "savings" is no "save".)
  const word = `${s.slice(0, -3)}e`;
  const infinitive = ENGLISH.has(word) ? '' : stem(word);
  if (infinitive.length >= 4 && vocabulary.has(infinitive) && !STOP_WORDS.has(infinitive)) return infinitive;
  return null;
}

/**
 * A word the knowledge base has in another spelling of a doubled consonant ("budsjet" –
 * "budsjett", "buddsjett"): Snowball strips different endings from the two spellings, so the
 * word is tried with its last consonant doubled or written single before stemming.
 */
export function spellingVariant(word: string, vocabulary: ReadonlySet<string>): string | null {
  const w = normalize(word);
  if (w.length < 5) return null;
  const candidates = [w];
  if (/[bdfgklmnprst]$/.test(w)) candidates.push(w + w.slice(-1));
  candidates.push(w.replace(/([bdfgklmnprst])\1/g, '$1'));
  for (const c of candidates) {
    if (vocabulary.has(c) && !STOP_WORDS.has(c)) return c;
    const s = stem(c);
    if (vocabulary.has(s) && !STOP_WORDS.has(s)) return s;
  }
  return null;
}

/** A word written without æ, ø and å ("okonomi", "laerling", "soknad"), as the letters compare. */
export function foldNorwegian(word: string): string {
  return word.replace(/æ|ae/g, 'a').replace(/ø|oe/g, 'o').replace(/å|aa/g, 'a');
}

const foldedVocabularies = new WeakMap<ReadonlySet<string>, Map<string, string | null>>();

/**
 * The vocabulary stem a word typed without æ, ø and å stands for ("okonomisk" – "økonomisk",
 * "laerling" – "lærling"), when exactly one stem matches it so (null on a tie).
 */
export function asciiVariant(word: string, vocabulary: ReadonlySet<string>): string | null {
  if (/[æøå]/.test(word)) return null;
  let folded = foldedVocabularies.get(vocabulary);
  if (!folded) {
    folded = new Map();
    for (const v of vocabulary) {
      if (!/[æøå]/.test(v)) continue;
      const f = foldNorwegian(v);
      folded.set(f, folded.has(f) ? null : v);
    }
    foldedVocabularies.set(vocabulary, folded);
  }
  const found = folded.get(foldNorwegian(stem(word)));
  return found && !vocabulary.has(stem(word)) && !STOP_WORDS.has(found) ? found : null;
}
