/**
 * Norwegian-aware text analysis for retrieval: lower-casing with æ, ø and å kept, a light
 * bokmål stemmer (inflection suffixes such as -ene, -er, -en, -et, -a), stop words, and
 * decompounding against the knowledge base's own vocabulary ("gjeldsrådgivning" → "gjeld" +
 * "rådgivning"), so a question need not use the exact compound a document uses.
 *
 * The same functions analyse documents (at index time) and questions (at search time), so a
 * stem on one side always lines up with the stem on the other.
 */

/** Function words and question words that carry no topic (bokmål, some nynorsk and chat forms). */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `
  og i jeg det at en et den til er som på de med han av ikke ikkje der så var meg seg men ett har om vi min mitt
  ha hadde hun nå over da ved fra du ut sin dem oss opp man kan hans hvor eller hva skal selv sjøl her alle vil
  bli ble blitt kunne inn når være vært noen noe ville dere deg som deres kun ja etter ned skulle denne for hos
  hvis mer enn dette mange også mye bare fordi må mot uten andre annen annet blir både alt allerede hvordan
  hvorfor hvem hvilke hvilken hvilket hva slags slik sånn altså liksom egentlig går gjør gjøre gjør gjort får få
  fått kanskje trenger ønsker vet vite lurer lure spørsmål hei hallo takk mitt mine min dine din ditt sitt sine
  hennes henne ham hen dei dykk me eg ikkje kva korleis kvifor kven kor noko nokon ein eit sjølv ja nei bør burde
  veldig litt helt svært ganske sånne sånt greit ok okei ting lenge lang lengre mest best god godt bra ny nytt nye
  først første siste enda ennå igjen dag dager uke uker måned måneder år året tid gang ganger får dersom
  ta tar tatt tok gi gir ga gitt kommer komme kom kommet si sier sa sett ser se finne finner finnes fins funnet
  bruke bruker brukt brukte holde holder gå gikk gått står stå stod sitte sitter like liker lyst fått fikk
  sånn sånt ting tingen noe noen nokså stund stunder kjempe skikkelig masse ganske typ bare altså dere vær
  lage lager laget lagd lag betyr bety betydde
  `
    .split(/\s+/)
    .filter(Boolean),
);

/** Inflection suffixes, longest first. Stripped once, and only when a stem of 3+ letters remains. */
const SUFFIXES = [
  'hetene',
  'hetens',
  'heten',
  'heter',
  'elsen',
  'elser',
  'ingen',
  'ingene',
  'inger',
  'ende',
  // Agent nouns in -er with a definite or plural ending ("rådgiveren", "arbeidsgivere") lose both,
  // so every form meets the same key as "rådgiver".
  'erens',
  'eren',
  'erne',
  'ere',
  'ene',
  'ane',
  'ens',
  'ers',
  'ets',
  'het',
  'ert',
  'est',
  'en',
  'er',
  'et',
  'ar',
  'a',
  'e',
];

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

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/** Light bokmål stemmer: strips one inflection suffix (and a genitive -s) when 3+ letters remain. */
export function stem(word: string): string {
  let w = normalize(word);
  if (/^\d/.test(w) || w.length <= 3) return w;
  // Genitive/linking -s on longer words ("navs", "arbeidsgivers"), never "ss" ("prosess").
  if (w.length > 5 && w.endsWith('s') && !w.endsWith('ss') && !/[aeiouyæøå]s$/.test(w)) w = w.slice(0, -1);
  for (const suffix of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  // A final doubled consonant is single in the key ("chatten" → "chat", "jobb" → "job"), so
  // spellings and inflections that double it ("chat"/"chatten", "natt"/"natta") meet.
  if (w.length >= 4 && /([bcdfghjklmnpqrstvwxz])\1$/.test(w)) w = w.slice(0, -1);
  return RELATED_FORMS.get(w) ?? w;
}

/**
 * Derivations a suffix stemmer cannot join (adjective ↔ noun), mapped to one key. Kept small and
 * general: everyday forms a young person would use for a topic the documents name differently.
 */
const RELATED_FORMS: ReadonlyMap<string, string> = new Map([
  ['deprim', 'depresjon'],
  ['deprimert', 'depresjon'],
  ['nervøsit', 'nervøs'],
  ['arbeidsløs', 'arbeidsledig'],
  ['jobbløs', 'arbeidsledig'],
  ['sykdom', 'syk'],
  ['angstfylt', 'angst'],
]);

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
  const out: string[] = [];
  for (const s of contentStems(text)) {
    out.push(s);
    for (const part of decompound(s, vocabulary)) if (!isStopWord(part)) out.push(part);
  }
  return out;
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
}

/** Stems shorter than this are matched exactly; longer ones also match as prefixes (compounds). */
export const PREFIX_MIN = 6;

/** Whether an index term matches a query stem: exact, or as prefix for long stems. */
export function termMatches(indexTerm: string, queryStem: string): boolean {
  return indexTerm === queryStem || (queryStem.length >= PREFIX_MIN && indexTerm.startsWith(queryStem));
}

/**
 * For a question word that is not a compound of two known words: the longest known last part
 * (4+ letters, after a head of 3+ letters), because in Norwegian the last part carries the meaning.
 */
export function knownTail(word: string, vocabulary: ReadonlySet<string>): string | null {
  const w = stem(word);
  for (let i = MIN_PART; i <= w.length - 4; i++) {
    const tail = w.slice(i);
    if (vocabulary.has(tail) && !STOP_WORDS.has(tail)) return tail;
  }
  return null;
}

export function analyzeQuery(query: string, vocabulary: ReadonlySet<string>): QueryTerm[] {
  const seen = new Set<string>();
  const terms: QueryTerm[] = [];
  for (const token of tokenize(query)) {
    if (isStopWord(token)) continue;
    const s = stem(token);
    if (s.length < 2 || seen.has(s) || isStopWord(s)) continue;
    seen.add(s);
    const parts = decompound(s, vocabulary).filter((p) => !isStopWord(p));
    if (parts.length === 0 && !vocabulary.has(s)) {
      const tail = knownTail(s, vocabulary);
      if (tail) {
        terms.push({ word: token, stem: s, parts: [tail], tailOnly: true });
        continue;
      }
    }
    terms.push({ word: token, stem: s, parts, tailOnly: false });
  }
  return terms;
}
