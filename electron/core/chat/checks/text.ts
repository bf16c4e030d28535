/** Small text helpers the reply checks share. */

/**
 * `\b` in JavaScript only knows ASCII letters, so "må\b" never matches. Patterns here are written
 * with `\b` for readability and rebuilt with a Unicode-aware word boundary.
 */
const UB = String.raw`(?:(?<![\p{L}\p{N}_])(?=[\p{L}\p{N}_])|(?<=[\p{L}\p{N}_])(?![\p{L}\p{N}_]))`;
export function u(re: RegExp): RegExp {
  return new RegExp(re.source.replaceAll(String.raw`\b`, UB), re.flags.includes('u') ? re.flags : `${re.flags}u`);
}

/** The sentences of a reply, opening quotes and dashes removed. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim().replace(/^[«"'–-]\s*/, ''))
    .filter((s) => s.length > 0);
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
  ...['lurer på', 'lurte på', 'er redd', 'var redd', 'er lei', 'er bekymret', 'er bekymra', 'er urolig'],
  ...['har kjent', 'har følt', 'har tenkt', 'har sagt', 'har hørt', 'har merket', 'har erfart'],
  ...['har fått høre', 'har fått beskjed', 'har fått høyre'],
];

/** The reporting verbs as a regular-expression alternation (longest first; spaces match any run of blanks). */
export const REPORTING_VERB_SOURCE = [...new Set(REPORTING_VERBS)]
  .sort((a, b) => b.length - a.length)
  .map((v) => v.replaceAll(' ', String.raw`\s+`))
  .join('|');
