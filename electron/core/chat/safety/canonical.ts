import { foldText, splitSentences } from './normalize.js';

/**
 * Canonical words: the folded text (normalize.ts) with every word mapped to one spelling, so
 * nynorsk, dialect, chat spelling and common misspellings collapse onto the bokmål form
 * ("eg/æ/e" → "jeg", "ikkje/itj" → "ikke", "døy" → "do", "sjølv/sjæl" → "selv"). Shared by the
 * classifier's features (features.ts) and the concept layer (concepts.ts).
 */
const CANONICAL: Readonly<Record<string, string>> = {
  // pronouns and small words (nynorsk, dialect, chat)
  eg: 'jeg',
  e: 'jeg',
  je: 'jeg',
  jei: 'jeg',
  ej: 'jeg',
  jg: 'jeg',
  i: 'i',
  meg: 'meg',
  me: 'meg',
  mei: 'meg',
  meh: 'meg',
  deg: 'deg',
  de: 'de',
  dei: 'de',
  ho: 'hun',
  hu: 'hun',
  n: 'han',
  dokker: 'dere',
  dokk: 'dere',
  sjolv: 'selv',
  sjol: 'selv',
  sjel: 'selv',
  sjov: 'selv',
  sel: 'selv',
  sjael: 'selv',
  self: 'selv',
  ikkje: 'ikke',
  ikk: 'ikke',
  itj: 'ikke',
  ike: 'ikke',
  ikkj: 'ikke',
  ik: 'ikke',
  ikek: 'ikke',
  ikkke: 'ikke',
  ikkee: 'ikke',
  inte: 'ikke',
  berre: 'bare',
  bere: 'bare',
  bar: 'bare',
  meir: 'mer',
  mere: 'mer',
  lenger: 'lenger',
  lengre: 'lenger',
  lenga: 'lenger',
  kva: 'hva',
  ka: 'hva',
  hvaa: 'hva',
  korleis: 'hvordan',
  kossen: 'hvordan',
  koss: 'hvordan',
  kordan: 'hvordan',
  kvifor: 'hvorfor',
  kor: 'hvor',
  kven: 'hvem',
  kem: 'hvem',
  ke: 'hva',
  ein: 'en',
  eit: 'et',
  ei: 'en',
  eitt: 'et',
  noko: 'noe',
  nokon: 'noen',
  noen: 'noen',
  nokre: 'noen',
  ska: 'skal',
  sko: 'skal',
  skar: 'skar',
  bf: 'boyfriend',
  gf: 'girlfriend',
  // Nynorsk participle of skjere ('har skore meg').
  skore: 'skaret',
  vart: 'ble',
  vert: 'blir',
  blei: 'ble',
  heim: 'hjem',
  heime: 'hjemme',
  hjemma: 'hjemme',
  kjem: 'kommer',
  kjeme: 'kommer',
  kommer: 'kommer',
  kjeim: 'kommer',
  orkar: 'orker',
  orke: 'orker',
  orka: 'orket',
  gidd: 'gidder',
  gid: 'gidder',
  gider: 'gidder',
  klarar: 'klarer',
  klare: 'klarer',
  klar: 'klar',
  tenkjer: 'tenker',
  tenkje: 'tenke',
  tenke: 'tenke',
  leva: 'leve',
  lever: 'lever',
  livet: 'livet',
  live: 'livet',
  livt: 'livet',
  liv: 'liv',
  doy: 'do',
  doyr: 'dor',
  doydde: 'dode',
  dau: 'dod',
  daud: 'dod',
  daue: 'do',
  // slang "dævve", "dauve"
  devve: 'do',
  dauve: 'do',
  devva: 'dode',
  dod: 'dod',
  doo: 'do',
  drepe: 'drepe',
  drepa: 'drepe',
  drep: 'drepe',
  drepper: 'dreper',
  drape: 'drepe',
  drepre: 'dreper',
  sjolvmord: 'selvmord',
  sjelvmord: 'selvmord',
  selmord: 'selvmord',
  selvmor: 'selvmord',
  sjolmord: 'selvmord',
  selvmoord: 'selvmord',
  mitt: 'mitt',
  mit: 'mitt',
  mi: 'mi',
  min: 'min',
  ass: 'ass',
  assa: 'ass',
  liksom: 'liksom',
  lissom: 'liksom',
  no: 'na',
  nu: 'na',
  idag: 'i dag',
  ikveld: 'i kveld',
  inatt: 'i natt',
  imorgen: 'i morgen',
  imorgon: 'i morgen',
  morgon: 'morgen',
  kniven: 'kniven',
  knivn: 'kniven',
  pillene: 'pillene',
  tablettar: 'tabletter',
  tablettane: 'tablettene',
  vil: 'vil',
  vi: 'vi',
  veit: 'vet',
  seier: 'sier',
  sei: 'si',
  gjere: 'gjore',
  gjer: 'gjor',
  vere: 'vere',
  vera: 'vere',
  vaere: 'vere',
  vore: 'vert',
  fanst: 'fantes',
  finst: 'fins',
  ingenting: 'ingenting',
  ingenteng: 'ingenting',
  inkje: 'ingenting',
  inga: 'ingen',
  wanna: 'want',
  gonna: 'going',
  im: "i'm",
  dont: "don't",
  cant: "can't",
  ive: "i've",
  haha: 'haha',
  hahaha: 'haha',
  hehe: 'haha',
  lol: 'haha',
  lmao: 'haha',
  xd: 'haha',
  hah: 'haha',
  lel: 'haha',
};

/**
 * Words of life, death and harm that a doubled vowel for emphasis or a slip ("leeve", "drepee",
 * "kuttee") must not hide; a word is read as one of them when undoubling its vowels gives it.
 * ("dør"/"door" is left out: "door" would become "dør".)
 */
const UNDOUBLED = new Set([
  'leve',
  'lever',
  'livet',
  'dode',
  'dod',
  'drepe',
  'dreper',
  'kutte',
  'kutter',
  'skade',
  'skader',
  'selvmord',
  'orker',
  'piller',
  'forsvinne',
]);

function undoubled(w: string): string {
  if (!/([eiouy])\1/.test(w)) return w;
  const single = w.replace(/([eiouy])\1+/g, '$1');
  return UNDOUBLED.has(single) ? single : w;
}

/**
 * The table as a Map of already split replacements: a lookup per word without splitting, and no
 * prototype names ("constructor" in an English message is a word, not Object's constructor).
 */
const CANONICAL_WORDS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(CANONICAL).map(([k, v]) => [k, v.split(' ')]),
);

/** Canonical words of a text (folded, canonical spelling, punctuation dropped). */
/**
 * The concept layer and the classifier read the same sentences in one assessment: the last few
 * sentences' words are kept so each is folded once. Callers must not change the returned array.
 */
const recent = new Map<string, string[]>();

export function canonicalWords(text: string): string[] {
  const memo = scope?.words ?? recent;
  const cached = memo.get(text);
  if (cached) return cached;
  const words = computeCanonicalWords(text);
  if (!scope && recent.size >= 64) recent.clear();
  memo.set(text, words);
  return words;
}

/**
 * One assessment's shared work: inside `withSharedSentences`, every layer that reads a sentence
 * (the concept layer, the classifier, the conversation layer) gets the words and slots computed
 * once in this assessment. Nothing is kept after it returns, so no message is faster because an
 * earlier one held the same sentence.
 */
interface SharedScope {
  splits: Map<string, string[]>;
  words: Map<string, string[]>;
  sentences: Map<string, unknown>;
  scores: Map<object, Map<string, unknown>>;
}
let scope: SharedScope | null = null;

export function withSharedSentences<T>(fn: () => T): T {
  if (scope) return fn();
  scope = { splits: new Map(), words: new Map(), sentences: new Map(), scores: new Map() };
  try {
    return fn();
  } finally {
    scope = null;
  }
}

/**
 * The sentences of a message (normalize.ts), split once per assessment: the concept layer and the
 * classifier read the same ones. Callers must not change the returned array.
 */
export function messageSentences(text: string): string[] {
  if (!scope) return splitSentences(text);
  let split = scope.splits.get(text);
  if (!split) scope.splits.set(text, (split = splitSentences(text)));
  return split;
}

/**
 * The current assessment's memo of one scorer's per-sentence results (classifier.ts), if any: the
 * conversation layer scores the end of the message again, with the earlier turns.
 */
export function sharedScores(owner: object): Map<string, unknown> | null {
  if (!scope) return null;
  let memo = scope.scores.get(owner);
  if (!memo) scope.scores.set(owner, (memo = new Map()));
  return memo;
}

/** The current assessment's memo of analysed sentences (concepts.ts), if any. */
export function sharedSentences(): Map<string, unknown> | null {
  return scope?.sentences ?? null;
}

function computeCanonicalWords(text: string): string[] {
  const folded = foldText(text);
  const out: string[] = [];
  for (const raw of wordsOf(folded)) {
    if (raw.length === 0) continue;
    const w = raw.replace(/^'+|'+$/g, '');
    if (w.length === 0) continue;
    const c = CANONICAL_WORDS.get(w);
    if (c) for (const part of c) out.push(part);
    else if (/^(?:ha){2,}h?$|^(?:he){2,}$/.test(w)) out.push('haha');
    else out.push(undoubled(w));
  }
  return out;
}

/**
 * The runs of letters, digits and apostrophes of folded text (as a split on anything else). Folded
 * text is almost always ASCII: then one pass; otherwise the Unicode split.
 */
function wordsOf(folded: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i <= folded.length; i++) {
    const c = i < folded.length ? folded.charCodeAt(i) : 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39) continue;
    if (c > 127) return folded.split(/[^\p{L}\p{N}']+/u);
    if (i > from) out.push(folded.slice(from, i));
    from = i + 1;
  }
  return out;
}
