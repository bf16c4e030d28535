import { isAllowedNumber } from '../allowlist.js';
import type { Span } from '../types.js';

/** Endings of Norwegian street names written as one word (Storgata, Parkveien, Furulia, …). */
const STREET_SUFFIXES = [
  'veien',
  'vegen',
  'veiene',
  'vei',
  'veg',
  'gata',
  'gaten',
  'gate',
  'gt',
  'stien',
  'stigen',
  'sti',
  'stig',
  'plassen',
  'plass',
  'alléen',
  'alleen',
  'allé',
  'alle',
  'torget',
  'torg',
  'bakken',
  'bakke',
  'lia',
  'lien',
  'liene',
  'bryggen',
  'brygga',
  'brygge',
  'kaia',
  'kaien',
  'ringen',
  'svingen',
  'tunet',
  'haugen',
  'åsen',
  'grenda',
  'grenen',
  'jordet',
  'løkka',
  'løkken',
  'kroken',
  'krysset',
  'tråkket',
  'teigen',
  'lykkja',
  'myra',
  'myren',
  'vollen',
  'parken',
  'stredet',
  'smauet',
  'høgda',
  'høyden',
  'hagen',
  'lunden',
  'kollen',
  'toppen',
  'enga',
  'engen',
  'sletta',
  'sletten',
  'terrassen',
  'terrasse',
  'promenaden',
  'kvartalet',
  'gården',
  'jordene',
  'bekken',
  'dalen',
  'skogen',
  'marka',
  'tunnet',
  'vangen',
  'kleiva',
  'furua',
  'nesset',
  'odden',
  'sundet',
  'vika',
  'viken',
  'øya',
  'holmen',
  'berget',
  'stubben',
  'kroa',
  'rabben',
  'grandane',
  'vegen',
  'gjerdet',
  'bråten',
];
const SUFFIX_ALT = [...new Set(STREET_SUFFIXES)].sort((a, b) => b.length - a.length).join('|');
/** Separate-word street kinds: "Karl Johans gate 5", "Kong Oscars gate 12", "Dronning Mauds vei 3". */
const STREET_WORD =
  'gt\\.|gate|gata|gaten|vei|veien|veg|vegen|allé|alle|plass|plassen|terrasse|torg|brygge|bakke|sti|stig';
const PREFIX_WORDS =
  'Øvre|Nedre|Søndre|Nordre|Vestre|Østre|Store|Lille|Gamle|Nye|St\\.|Sankt|Kong|Dronning|Prins|Prinsesse|Fru|Professor|Dr\\.|Doktor|General|Biskop|President';

const CAP = '[A-ZÆØÅÄÖÜÉ][\\p{L}\\-]*';
const HOUSE = String.raw`\d{1,4}(?:[A-Za-zÆØÅæøå](?![\p{L}])|[ \u00A0][A-ZÆØÅ](?![\p{L}\d]))?(?:[ \u00A0]?[-–][ \u00A0]?\d{1,4})?`;
const FLAT = String.raw`(?:,?[ \u00A0]*(?:[HU]\d{4}|leil(?:ighet)?\.?[ \u00A0]*\d{1,4}))?`;
const POSTAL = String.raw`(?:,?[ \u00A0]*\d{4}[ \u00A0]+[A-ZÆØÅ][\p{L}\-]+(?:[ \u00A0](?:[A-ZÆØÅ][\p{L}\-]+|i|på)(?:[ \u00A0][A-ZÆØÅ][\p{L}\-]+)?)?)?`;

const ONE_WORD = new RegExp(
  String.raw`(?:(?:${PREFIX_WORDS})[ \u00A0])?${CAP}(?:${SUFFIX_ALT})[ \u00A0]+${HOUSE}${FLAT}${POSTAL}(?![\p{L}\d])`,
  'yu',
);
/** Cheap first pass: a letter, spaces and a digit; then the word before must end like a street. */
const LETTER_THEN_NUMBER = /\p{L}[ \u00A0]+\d/gu;
const STREET_SUFFIX_END = new RegExp(`(?:${SUFFIX_ALT})$`, 'u');
const SEPARATE_WORD = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(?:${PREFIX_WORDS}|${CAP})[ \u00A0]){1,3}(?:${STREET_WORD})[ \u00A0]+${HOUSE}${FLAT}${POSTAL}(?![\p{L}\d])`,
  'gu',
);
const SEPARATE_WORD_SITE = new RegExp(String.raw`(?<![\p{L}])(?:${STREET_WORD})[ \u00A0]+\d`, 'u');
const WORD_CHAR = /[\p{L}\-]/u;
/** Run on the lower-cased text (cheaper than a case-insensitive search); "ſ" and the Kelvin sign fold only under /i. */
const CUED_SITE = /\bbor[ \u00A0]|adresse|\badr\b|flytt|bosted|[ſ\u212A]/u;
/** After "bor i/på" or "adresse(n) (min) er" even lower-case street names count. */
const CUED = new RegExp(
  String.raw`(?:\bbor[ \u00A0]+(?:i|på)|\badresse(?:n)?(?:[ \u00A0]+(?:min|mi|hans|hennes|deres|vår|er|til[ \u00A0]+\p{L}+))*[ \u00A0]*:?|\badr\.?:?|\bflytta?(?:et|er|r)?[ \u00A0]+til|\bbosted:?)[ \u00A0]+` +
    String.raw`((?:[\p{L}.\-]+[ \u00A0]){0,3}?[\p{L}.\-]+[ \u00A0]+${HOUSE}${FLAT}${POSTAL})(?![\p{L}\d])`,
  'giu',
);
const PO_BOX = /(?<![\p{L}\d])(?:postboks|pb\.?)[ \u00A0]+\d{1,5}(?:,?[ \u00A0]*\d{4}[ \u00A0]+[A-ZÆØÅ][\p{L}-]+)?/giu;

/** Ordinary words that end like a street but are not one ("Hagen" alone is a name; these are kept). */
const NOT_STREETS = new Set(['uke', 'side', 'kapittel', 'punkt', 'trinn', 'nivå', 'klasse', 'år', 'dag']);
/** Words that never stand inside a street name. */
const NOT_IN_STREET = new Set([
  'med',
  'og',
  'i',
  'på',
  'siden',
  'for',
  'til',
  'fra',
  'etter',
  'ca',
  'cirka',
  'den',
  'det',
  'en',
  'et',
  'ei',
  'nå',
  'år',
  'uker',
  'uke',
  'måneder',
  'dager',
  'sammen',
  'alene',
  'hos',
  'der',
  'her',
  'om',
  'i',
  'snart',
  'bare',
  'over',
  'under',
  'minst',
  'mer',
  'enn',
  // Phone and clock words: "flyttet til onsdag, ring 116 111", "flytter til Bergen kl 14".
  'ring',
  'ringe',
  'ringer',
  'ringte',
  'tlf',
  'telefon',
  'mobil',
  'nummer',
  'nummeret',
  'nr',
  'klokka',
  'klokken',
  'kl',
]);
/** Abbreviations that may end with a dot inside a street name ("St. Olavs gate"). */
const DOTTED_IN_STREET = new Set(['st.', 'dr.', 'gt.', 'pr.', 'prof.', 'v.']);
const STREET_END = new RegExp(`(?:${SUFFIX_ALT}|${STREET_WORD})$`, 'iu');

/**
 * Street addresses: a street name with a Norwegian street suffix and a house number (+ letter,
 * + flat number, + postcode and place); street names in separate words ("Karl Johans gate 5");
 * anything shaped like a street after "bor i/på" or "adressen min er"; PO boxes.
 */
export function detectAddresses(text: string): Span[] {
  const spans: Span[] = [];
  if (!/\d/.test(text)) return spans;
  const seenStarts = new Set<number>();
  for (const site of text.matchAll(LETTER_THEN_NUMBER)) {
    // Walk back to the start of the street word (and an optional prefix word such as "Nedre").
    let wordStart = site.index;
    while (wordStart > 0 && WORD_CHAR.test(text[wordStart - 1] ?? '')) wordStart--;
    if (!STREET_SUFFIX_END.test(text.slice(wordStart, site.index + 1))) continue;
    const starts = [wordStart];
    const prefix = /(\S+)[ \u00A0]$/u.exec(text.slice(Math.max(0, wordStart - 14), wordStart));
    if (prefix) starts.unshift(wordStart - prefix[0].length);
    for (const start of starts) {
      if (seenStarts.has(start) || /[\p{L}\d]/u.test(text[start - 1] ?? '')) continue;
      ONE_WORD.lastIndex = start;
      const m = ONE_WORD.exec(text);
      if (!m) continue;
      seenStarts.add(start);
      spans.push({ start, end: start + m[0].length, type: 'ADDRESS', confidence: 0.97, text: m[0], source: 'address' });
      break;
    }
  }
  if (SEPARATE_WORD_SITE.test(text))
    for (const m of text.matchAll(SEPARATE_WORD)) {
      spans.push({
        start: m.index,
        end: m.index + m[0].length,
        type: 'ADDRESS',
        confidence: 0.96,
        text: m[0],
        source: 'address-words',
      });
    }
  if (CUED_SITE.test(text.toLowerCase()))
    for (const m of text.matchAll(CUED)) {
      const street = m[1] ?? '';
      const start = m.index + m[0].length - street.length;
      const firstWord = street.split(/[ \u00A0]/)[0]?.toLowerCase() ?? '';
      if (NOT_STREETS.has(firstWord)) continue;
      // The words before the number must look like a street: no "bor i Oslo med 3 venner".
      const words = street.slice(0, street.search(/[ \u00A0]\d/)).split(/[ \u00A0]+/);
      if (words.some((w) => NOT_IN_STREET.has(w.toLowerCase()))) continue;
      // A word with a full stop ends a sentence: "flyttet til onsdag klokka ni. Ring 116 …" is no street.
      if (words.some((w) => w.endsWith('.') && !DOTTED_IN_STREET.has(w.toLowerCase()))) continue;
      const lastWord = words[words.length - 1] ?? '';
      if (!/^\p{Lu}/u.test(lastWord) && !STREET_END.test(lastWord.replace(/\.$/u, ''))) continue;
      spans.push({
        start,
        end: start + street.length,
        type: 'ADDRESS',
        confidence: 0.94,
        text: street,
        source: 'address-cue',
      });
    }
  if (/postboks|pb\./iu.test(text))
    for (const m of text.matchAll(PO_BOX)) {
      spans.push({
        start: m.index,
        end: m.index + m[0].length,
        type: 'ADDRESS',
        confidence: 0.86,
        text: m[0],
        source: 'address-pobox',
      });
    }
  return spans.filter((span) => !endsInsideHelpLine(text, span));
}

/** The house number and the digit groups after it are a help line ("… 116" + " 111"). */
function endsInsideHelpLine(text: string, span: Span): boolean {
  const after = /^(?:[ \u00A0]\d+)+/u.exec(text.slice(span.end, span.end + 16));
  if (!after) return false;
  const house = /\d+$/u.exec(text.slice(span.start, span.end));
  return house !== null && isAllowedNumber(house[0] + after[0]);
}
