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
