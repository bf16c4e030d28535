import type { Span } from '../types.js';

/** Endings of Norwegian street names written as one word (Storgata, Parkveien, Furulia, …). */
const STREET_SUFFIXES = [
  'veien', 'vegen', 'veiene', 'vei', 'veg', 'gata', 'gaten', 'gate', 'gt', 'stien', 'stigen', 'sti', 'stig',
  'plassen', 'plass', 'alléen', 'alleen', 'allé', 'alle', 'torget', 'torg', 'bakken', 'bakke', 'lia', 'lien',
  'liene', 'bryggen', 'brygga', 'brygge', 'kaia', 'kaien', 'ringen', 'svingen', 'tunet', 'haugen', 'åsen',
  'grenda', 'grenen', 'jordet', 'løkka', 'løkken', 'kroken', 'krysset', 'tråkket', 'teigen', 'lykkja', 'myra',
  'myren', 'vollen', 'parken', 'stredet', 'smauet', 'høgda', 'høyden', 'hagen', 'lunden', 'kollen', 'toppen',
  'enga', 'engen', 'sletta', 'sletten', 'terrassen', 'terrasse', 'promenaden', 'kvartalet', 'gården', 'jordene',
  'bekken', 'dalen', 'skogen', 'marka', 'tunnet', 'vangen', 'kleiva', 'furua', 'nesset', 'odden', 'sundet', 'vika',
  'viken', 'øya', 'holmen', 'berget', 'stubben', 'kroa', 'rabben', 'grandane', 'vegen', 'gjerdet', 'bråten',
];
const SUFFIX_ALT = [...new Set(STREET_SUFFIXES)].sort((a, b) => b.length - a.length).join('|');
/** Separate-word street kinds: "Karl Johans gate 5", "Kong Oscars gate 12", "Dronning Mauds vei 3". */
const STREET_WORD = 'gate|gata|gaten|vei|veien|veg|vegen|allé|alle|plass|plassen|terrasse|torg|brygge|bakke|sti|stig';
const PREFIX_WORDS = 'Øvre|Nedre|Søndre|Nordre|Vestre|Østre|Store|Lille|Gamle|Nye|St\\.|Sankt|Kong|Dronning|Prins|Prinsesse|Fru|Professor|Dr\\.|Doktor|General|Biskop|President';

const CAP = '[A-ZÆØÅÄÖÜÉ][\\p{L}\\-]*';
const HOUSE = String.raw`\d{1,4}(?:[A-Za-zÆØÅæøå](?![\p{L}])|[ \u00A0][A-ZÆØÅ](?![\p{L}\d]))?(?:[ \u00A0]?[-–][ \u00A0]?\d{1,4})?`;
const FLAT = String.raw`(?:,?[ \u00A0]*(?:[HU]\d{4}|leil(?:ighet)?\.?[ \u00A0]*\d{1,4}))?`;
const POSTAL = String.raw`(?:,?[ \u00A0]*\d{4}[ \u00A0]+[A-ZÆØÅ][\p{L}\-]+(?:[ \u00A0](?:[A-ZÆØÅ][\p{L}\-]+|i|på)(?:[ \u00A0][A-ZÆØÅ][\p{L}\-]+)?)?)?`;

const ONE_WORD = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(?:${PREFIX_WORDS})[ \u00A0])?${CAP}(?:${SUFFIX_ALT})[ \u00A0]+${HOUSE}${FLAT}${POSTAL}(?![\p{L}\d])`,
  'gu',
);
const SEPARATE_WORD = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(?:${PREFIX_WORDS}|${CAP})[ \u00A0]){1,3}(?:${STREET_WORD})[ \u00A0]+${HOUSE}${FLAT}${POSTAL}(?![\p{L}\d])`,
  'gu',
);
/** After "bor i/på" or "adresse(n) (min) er" even lower-case street names count. */
const CUED = new RegExp(
  String.raw`(?:\bbor[ \u00A0]+(?:i|på)|\badresse(?:n)?(?:[ \u00A0]+(?:min|mi|hans|hennes|deres|vår|er|til[ \u00A0]+\p{L}+))*[ \u00A0]*:?|\badr\.:?|\bflytta?(?:et|er|r)?[ \u00A0]+til|\bbosted:?)[ \u00A0]+` +
    String.raw`((?:[\p{L}.\-]+[ \u00A0]){0,3}?[\p{L}.\-]+[ \u00A0]+${HOUSE}${FLAT}${POSTAL})(?![\p{L}\d])`,
  'giu',
);
const PO_BOX = /(?<![\p{L}\d])(?:postboks|pb\.?)[ \u00A0]+\d{1,5}(?:,?[ \u00A0]*\d{4}[ \u00A0]+[A-ZÆØÅ][\p{L}-]+)?/giu;

/** Ordinary words that end like a street but are not one ("Hagen" alone is a name; these are kept). */
const NOT_STREETS = new Set(['uke', 'side', 'kapittel', 'punkt', 'trinn', 'nivå', 'klasse', 'år', 'dag']);

/**
 * Street addresses: a street name with a Norwegian street suffix and a house number (+ letter,
 * + flat number, + postcode and place); street names in separate words ("Karl Johans gate 5");
 * anything shaped like a street after "bor i/på" or "adressen min er"; PO boxes.
 */
export function detectAddresses(text: string): Span[] {
  const spans: Span[] = [];
  if (!/\d/.test(text)) return spans;
  for (const m of text.matchAll(ONE_WORD)) {
    spans.push({ start: m.index, end: m.index + m[0].length, type: 'ADDRESS', confidence: 0.9, text: m[0], source: 'address' });
  }
  for (const m of text.matchAll(SEPARATE_WORD)) {
    spans.push({ start: m.index, end: m.index + m[0].length, type: 'ADDRESS', confidence: 0.88, text: m[0], source: 'address-words' });
  }
  for (const m of text.matchAll(CUED)) {
    const street = m[1] ?? '';
    const start = m.index + m[0].length - street.length;
    const firstWord = street.split(/[ \u00A0]/)[0]?.toLowerCase() ?? '';
    if (NOT_STREETS.has(firstWord)) continue;
    spans.push({ start, end: start + street.length, type: 'ADDRESS', confidence: 0.86, text: street, source: 'address-cue' });
  }
  for (const m of text.matchAll(PO_BOX)) {
    spans.push({ start: m.index, end: m.index + m[0].length, type: 'ADDRESS', confidence: 0.86, text: m[0], source: 'address-pobox' });
  }
  return spans;
}
