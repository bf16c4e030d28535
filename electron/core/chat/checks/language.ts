/**
 * A small language identifier for the output check: is a short reply Norwegian (bokmål or
 * nynorsk), or English, Swedish, Danish, or none of them (a broken model's noise)? It counts
 * function words; good enough to catch a model that slips out of Norwegian, not a general tool.
 * English "I" is not counted: it is the Norwegian "i" as well; common English words that are
 * not Norwegian ("take", "today", "understand") are, since the word list holds a few of them. A reply without function words is
 * Norwegian when its words are known Norwegian forms (words.ts).
 */
import { isKnownWord } from './words.js';

export type DetectedLanguage = 'nb' | 'nn' | 'en' | 'sv' | 'da' | 'unknown';

const NB = new Set(
  'og jeg du det er ikke på som en et ei til med for har av at kan vil så om meg deg seg hva hvordan hvorfor hvem hvor hvilke hvilken når men også litt din ditt dine noe noen nå bare veldig godt være skal hvis sier fra eller dette den de ble blir får mye takk hei ja nei sammen selv viktig egentlig kanskje gjerne helt akkurat uten etter heller ønsker synes tenker føler hører forstår høres ut lyst vet deg dere oss vi han hun dem hele alle mer enn både da nok sånn slik fordi jo mens før siden ganske gjøre gjør fått få kommer komme første steget steg jobb plan'.split(
    ' ',
  ),
);
const NN = new Set(
  'ikkje eg kva korleis kvifor berre òg no meir ein eit dei ho frå vere gjere seier høyrer veit sjølv kven kvar korleis nokon noko heile'.split(
    ' ',
  ),
);
const EN = new Set(
  'the and you is are to of that it what how your with this have be not but can do my me we they will would about just so if or an in on at was were there their from which who understand take care today great good nice job work keep going well done see hear sounds tough makes sense thanks thank sorry really feel think know want need help hope try get'.split(
    ' ',
  ),
);
const SV = new Set(
  'och jag inte är vad hur mycket någon något själv också varför skulle måste här där från mig dig sig nu kanske'.split(
    ' ',
  ),
);
const DA = new Set(
  (
    'hvad meget efter nogen noget mig dig af sige kun blive hende nu også lige lidt måske sådan tak lyder træt ked ' +
    'uge ugen arbejde arbejdet tænker tænke tænkte mærke mærker hjælpe hjælp skridt fortæller fortælle rigtig ' +
    'rigtigt gerne hvornår sker nemt vigtigt vigtig nej jer øjeblikket spørgsmål kæmpet kæmper'
  ).split(' '),
);
/**
 * Norwegian words Danish writes the same way: they say nothing about which of the two a reply is,
 * so only the other Norwegian words weigh against Danish ("Det lyder som om du har det svært lige nu").
 */
const SHARED_WITH_DA = new Set(
  (
    'og jeg du det er ikke på som en et til med for har at kan vil så om hvordan hvorfor hvem hvor men din ditt ' +
    'dine bare godt være skal hvis fra eller dette den de blir får han hun dem vi alle hele da nok fordi jo mens ' +
    'før siden ganske komme kommer første plan sammen egentlig helt akkurat heller ønsker synes føler hører ' +
    'forstår lyst selv ja ut'
  ).split(' '),
);

/** Words shared by Norwegian and the neighbours are not evidence against Norwegian. */
const NOT_AGAINST_NB = new Set(['nu', 'också', 'kanske', 'meget', 'også', 'mig', 'dig', 'sig', 'af']);

export function detectLanguage(text: string): DetectedLanguage {
  const words = text
    .toLowerCase()
    .replace(/\[[^\]]*\]/g, ' ')
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 0);
  if (words.length === 0) return 'unknown';
  let nb = 0;
  let nn = 0;
  let en = 0;
  let sv = 0;
  let da = 0;
  let norwegianOnly = 0;
  for (const w of words) {
    if ((NB.has(w) || NN.has(w)) && !SHARED_WITH_DA.has(w)) norwegianOnly++;
    if (NB.has(w)) nb++;
    if (NN.has(w)) nn++;
    if (EN.has(w)) en++;
    if (SV.has(w) && !NOT_AGAINST_NB.has(w)) sv++;
    if (DA.has(w) && !NOT_AGAINST_NB.has(w)) da++;
  }
  const norwegian = nb + nn;
  const hasNorwegianLetters = /[æøå]/i.test(text);
  const needed = words.length <= 3 ? 1 : Math.max(2, Math.ceil(words.length * 0.15));
  if (sv >= 2 && sv >= norwegian / 2) return 'sv';
  if (da >= 2 && da >= norwegian / 2) return 'da';
  // Danish puts a comma before "at" ("Jeg kan godt forstå, at du …"); Norwegian does not.
  const daComma = (text.match(/,\s+at\s/giu) ?? []).length;
  if (da + daComma >= 2 && da + daComma > norwegianOnly) return 'da';
  if (en > norwegian) return 'en';
  // A short reply with a word of the neighbour's that is no Norwegian form ("Hvad synes du?", "Hur
  // mår du?"), and no word only Norwegian writes ("lyder" and "kun" are Norwegian too).
  if (words.length <= 8 && norwegianOnly === 0) {
    if (words.some((w) => DA.has(w) && !isKnownWord(w))) return 'da';
    if (words.some((w) => SV.has(w) && !NOT_AGAINST_NB.has(w) && !isKnownWord(w))) return 'sv';
  }
  if (norwegian >= needed || (hasNorwegianLetters && norwegian >= 1)) return nn > nb / 2 && nn >= 2 ? 'nn' : 'nb';
  // A short reply with few function words ("Sterkt gjort.", "Angsten tar mye plass."): Norwegian
  // when nearly every word is a known Norwegian form and nothing points to a neighbour language.
  if (en === 0 && sv === 0 && da === 0 && words.filter((w) => isKnownWord(w)).length >= Math.ceil(0.9 * words.length))
    return 'nb';
  return 'unknown';
}

/**
 * English spelled the English way, in a word Norwegian does not have: "w", "th", "gh", "sh" or "ch"
 * inside it, or an ending Norwegian does not use ("-ed", "-ly", "-ness", "-ful", "-tion").
 */
const ENGLISH_SHAPE =
  /w|th|gh|sh|ch|(?:ed|ly|ness|ful|tion|tions|ings)$|^(?:right|out|okay|ok|yeah|yes|like|cool|really|so|just|maybe|though)$/u;
/** How many English words a Norwegian reply may carry outside quotes before it is no longer Norwegian. */
const MAX_ENGLISH_WORDS = 1;

/**
 * A Norwegian reply with English mixed in ("Du er stressed out og alt føles overwhelming, right?"):
 * words outside quotes that are not Norwegian word forms and are English in their list or their
 * spelling. A quoted word is the person's own ("du føler deg «stuck»"); a capitalised word inside a
 * sentence is a name.
 */
export function mixesInEnglish(text: string): boolean {
  const unquoted = text.replace(/«[^»]*»|"[^"]*"|“[^”]*”|'[^']*'/gu, ' ');
  let english = 0;
  for (const m of unquoted.matchAll(/\p{L}+/gu)) {
    const word = m[0];
    const atStart = /(?:^|[.!?]\s*)$/u.test(unquoted.slice(0, m.index));
    if (!atStart && /^\p{Lu}/u.test(word)) continue;
    const w = word.toLowerCase();
    if (w.length < 2 || isKnownWord(w)) continue;
    if (EN.has(w) || ENGLISH_SHAPE.test(w)) english++;
  }
  return english > MAX_ENGLISH_WORDS || englishSentence(unquoted);
}

/**
 * A whole sentence in English inside a Norwegian reply ("Det høres tøft ut. That must have been
 * hard for you."): its words are as often Norwegian forms too ("that", "must", "have", "for"), so
 * each sentence of three or more words is also weighed on its own by its function words.
 */
function englishSentence(text: string): boolean {
  return text
    .split(/(?<=[.!?])\s+/u)
    .some((s) => (s.match(/\p{L}+/gu) ?? []).length >= 3 && detectLanguage(s) === 'en');
}

export function isNorwegian(text: string): boolean {
  const lang = detectLanguage(text);
  return lang === 'nb' || lang === 'nn';
}
