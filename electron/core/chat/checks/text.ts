/** Small text helpers the reply checks share. */

/**
 * `\b` in JavaScript only knows ASCII letters, so "må\b" never matches. Patterns here are written
 * with `\b` for readability and rebuilt with a Unicode-aware word boundary. Where the pattern itself
 * says which side holds the word (a letter follows, or one precedes), one look to the other side is
 * enough, and that is much cheaper: a pattern that opens with the full two-sided test is tried with
 * four look-arounds at every position of the text.
 */
const WORD = String.raw`[\p{L}\p{N}_]`;
const UB = `(?:(?<!${WORD})(?=${WORD})|(?<=${WORD})(?!${WORD}))`;
const WORD_START = `(?<!${WORD})`;
const WORD_END = `(?!${WORD})`;
const WORD_ATOM = /^(?:\\[wd]|\\p\{[LN]\}|[\p{L}\p{N}_])/u;

/** Index just past the group opening at `open` (source[open] === '('), escapes and classes skipped. */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(source, i) - 1;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return source.length;
}

function classEnd(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i + 1;
  }
  return source.length;
}

/** The quantifier at `at` lets the atom before it be absent ("?", "*", "{0,…}"). */
function optionalAfter(source: string, at: number): boolean {
  return source[at] === '?' || source[at] === '*' || source.startsWith('{0', at);
}

/** Every match of the fragment from `at` to `end` begins with a word character. */
function startsWithWord(source: string, at: number, end: number): boolean {
  if (at >= end) return false;
  if (source[at] === '(') {
    const close = groupEnd(source, at);
    if (/^\(\?(?:<?[=!])/.test(source.slice(at, at + 4))) return startsWithWord(source, close, end);
    if (optionalAfter(source, close)) return false;
    const inner = source.startsWith('(?:', at) ? at + 3 : at + 1;
    let from = inner;
    for (let i = inner; i < close - 1; i++) {
      const c = source[i];
      if (c === '\\') i++;
      else if (c === '[') i = classEnd(source, i) - 1;
      else if (c === '(') i = groupEnd(source, i) - 1;
      else if (c === '|') {
        if (!startsWithWord(source, from, i)) return false;
        from = i + 1;
      }
    }
    return startsWithWord(source, from, close - 1);
  }
  const atom = WORD_ATOM.exec(source.slice(at, end));
  return atom !== null && !optionalAfter(source, at + atom[0].length);
}

/** The fragment just before `at` always ends with a word character (a word atom, perhaps with "+"). */
function endsWithWord(source: string, at: number): boolean {
  let i = at;
  if (source[i - 1] === '+') i--;
  const before = source.slice(Math.max(0, i - 5), i);
  if (/\\[wd]$|\\p\{[LN]\}$/u.test(before)) return true;
  const c = source[i - 1];
  // A letter, not the letter of an escape ("\s") and not an escaped character.
  return c !== undefined && /[\p{L}\p{N}_]/u.test(c) && source[i - 2] !== '\\';
}

export function u(re: RegExp): RegExp {
  const source = re.source;
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '[') {
      const end = classEnd(source, i);
      out += source.slice(i, end);
      i = end - 1;
    } else if (c === '\\' && source[i + 1] === 'b') {
      out += startsWithWord(source, i + 2, source.length) ? WORD_START : endsWithWord(source, i) ? WORD_END : UB;
      i++;
    } else if (c === '\\') {
      out += source.slice(i, i + 2);
      i++;
    } else out += c;
  }
  return new RegExp(out, re.flags.includes('u') ? re.flags : `${re.flags}u`);
}

/** The sentences of a reply, opening quotes and dashes removed. */
export function sentences(text: string): string[] {
  return (
    text
      // An ordinal ("hver 14. dag", "den 3. mars") ends no sentence: a period after a number splits
      // only before a capital.
      .split(/(?<=[!?]|(?<!\d)\.)\s+|(?<=\d\.)\s+(?!\p{Ll})/u)
      .map((s) => s.trim().replace(/^[«"'–-]\s*/, ''))
      .filter((s) => s.length > 0)
  );
}

/**
 * Common nynorsk words and their bokmål forms. The phrase lists of the checks are written in
 * bokmål; a nynorsk reply is read through this map as well, so "Viss du ikkje møter, mistar du
 * plassen" is the same warning as its bokmål twin.
 */
const NYNORSK_TO_BOKMAL: Readonly<Record<string, string>> = {
  eg: 'jeg',
  ikkje: 'ikke',
  kva: 'hva',
  korleis: 'hvordan',
  kvifor: 'hvorfor',
  kven: 'hvem',
  berre: 'bare',
  meir: 'mer',
  ein: 'en',
  eit: 'et',
  noko: 'noe',
  nokon: 'noen',
  dei: 'de',
  ho: 'hun',
  no: 'nå',
  sjølv: 'selv',
  vere: 'være',
  vore: 'vært',
  vert: 'blir',
  vart: 'ble',
  frå: 'fra',
  heile: 'hele',
  viss: 'hvis',
  utan: 'uten',
  kome: 'komme',
  kjem: 'kommer',
  gjere: 'gjøre',
  gjer: 'gjør',
  seier: 'sier',
  veit: 'vet',
  søkje: 'søke',
  fleire: 'flere',
  synest: 'synes',
  mistar: 'mister',
  misse: 'miste',
  pengar: 'penger',
  pengane: 'pengene',
  følgjer: 'følger',
  ifølgje: 'ifølge',
  lova: 'loven',
  månaden: 'måneden',
  månader: 'måneder',
  dagar: 'dager',
  tilbodet: 'tilbudet',
  morgon: 'morgen',
  tidleg: 'tidlig',
  tidlegare: 'tidligere',
  held: 'holder',
  gale: 'galt',
  lurast: 'lurest',
  håplaus: 'håpløs',
  skuld: 'skyld',
  skulda: 'skylda',
  di: 'din',
  dykk: 'dere',
  åleine: 'alene',
  byrje: 'begynne',
  byrjar: 'begynner',
  prøvar: 'prøver',
  treng: 'trenger',
  sluttar: 'slutter',
};

/** The text with nynorsk words in their bokmål forms (capitals kept), or the text itself. */
export function asBokmal(text: string): string {
  return text.replace(/\p{L}+/gu, (w) => {
    const b = NYNORSK_TO_BOKMAL[w.toLowerCase()];
    if (b === undefined) return w;
    return w[0] === w[0]?.toUpperCase() ? b[0]?.toUpperCase() + b.slice(1) : b;
  });
}

/**
 * Reporting verbs: what follows them is someone's own words, thoughts or feelings, reported or
 * reflected ("du sier at du må …", "moren din mener du burde …", "du er redd for å miste …").
 * The one list of them: the phrase lists (checkMoveOutput.ts), the checks by meaning (stance.ts)
 * and the trained reply vote (replyModel.ts, its REPORT word class) all read it. Bokmål and
 * nynorsk forms; an entry of several words is a phrase ("er redd", "lurer på"). Not here: "vet"
 * ("du vet godt at du burde …" presses), and the speaker's own hedges "det høres ut som", "det
 * virker som" (what follows them is the speaker's reading, not the person's words).
 */
export const REPORTING_VERBS: readonly string[] = [
  ...['føler', 'følte', 'kjenner', 'kjente', 'opplever', 'opplevde', 'opplevd', 'merker', 'merket'],
  ...['tenker', 'tenkte', 'tenkjer', 'mener', 'meiner', 'mente', 'synes', 'syns', 'syntes', 'synest'],
  ...['tror', 'trodde', 'trur', 'ønsker', 'ønsket', 'håper', 'frykter', 'gruer', 'grue'],
  ...['sier', 'sa', 'seier', 'forteller', 'fortalte', 'fortalt', 'fortel', 'beskriver', 'beskrev'],
  ...['hører', 'hørte', 'høyrer'],
  ...['ser at', 'så at', 'har sett at', 'legger merke til', 'la merke til', 'sammenligner deg med'],
  ...['lurer på', 'lurte på', 'er redd', 'var redd', 'er lei', 'er bekymret', 'er bekymra', 'er urolig'],
  ...['har kjent', 'har følt', 'har tenkt', 'har sagt', 'har hørt', 'har merket', 'har erfart'],
  ...['har fått høre', 'har fått beskjed', 'har fått høyre'],
];

/** The reporting verbs as a regular-expression alternation (longest first; spaces match any run of blanks). */
export const REPORTING_VERB_SOURCE = [...new Set(REPORTING_VERBS)]
  .sort((a, b) => b.length - a.length)
  .map((v) => v.replaceAll(' ', String.raw`\s+`))
  .join('|');
