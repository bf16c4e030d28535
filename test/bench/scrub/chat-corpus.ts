/**
 * A chat-style set for tekstvask's person names: lower-case, no punctuation, the way young people
 * write to the assistant. Conversation lines written for InkludMI with slots for names of people
 * living in Norway today (common given names and surnames in Statistics Norway's name statistics,
 * including common names of immigrant origin: Somali, Arabic, Polish, Lithuanian, Vietnamese,
 * Pakistani, Eritrean, Tamil, Kurdish, Turkish …), plus name-free lines.
 *
 * Lines and names are split in two: `tune` may be looked at while developing; `heldout` is never
 * tuned on (its lines and names are separate from tune's). Deterministic.
 */
import { seededRng } from '../../core/scrub/ids.js';

export interface ChatNameLine {
  text: string;
  /** Each planted name: its parts' positions (a name counts as removed only if every part is gone). */
  names: { start: number; end: number; value: string }[];
}

/** {F} a given name, {N} a full name (given name + surname), {S} a surname. */
const TEMPLATES = [
  'jeg snakket med {N} i går hun var grei',
  'sjefen min heter {N} og han er streng',
  'hei det er meg {F} fra tiltaket',
  'ring {F} hvis jeg ikke svarer',
  '{N} på lageret sa at jeg kunne ta fri',
  'naboen {S} klager hele tiden på musikken',
  'mamma {F} er syk så jeg må hjelpe henne',
  'bestevennen min {N} fikk jobb på rema',
  'kan du si til {F} at jeg kommer senere',
  'veilederen min {N} har ikke svart på meldingen',
  'jeg har møte med {N} på nav på mandag',
  'pappa {F} kjører meg til intervjuet',
  'kollegaen min {F} var syk i dag så jeg jobba alene',
  'hei {F} har du tid i morgen',
  '{F} og {F} skal også søke på jobben',
  'jeg var hos {N} etter skolen',
  'han heter {N} og jobber på butikken',
  'trenger du nummeret til {N}',
  'spør {F} om hun kan bytte vakt med meg',
  'læreren min {N} sa at jeg burde ta fagbrev',
  'jeg og {F} har vært venner siden barneskolen',
  'sa {F} at møtet var flytta',
  '{N} er kontaktpersonen min på jobben',
  'fikk melding fra {N} om vaktlista',
  'jeg bor hos tante {F} nå',
  'sjefen {S} vil at jeg skal jobbe mer',
  'har du hørt fra {F} i dag',
  'kjæresten min {F} syns jeg burde søke',
  'min bror {N} har samme jobb',
  'jeg gikk på kino med {F} og {N}',
  'det var {N} som ringte meg',
  'si hei til {F} fra meg',
  'hun heter {F} og går i klassen min',
  'har avtale med {N} klokka ti',
  'skal treffe {F} etter jobb',
  'snakka med {N} om praksisplassen',
  'vennen min {F} kan sikkert hjelpe',
  '{F} sier at det er greit',
  'møtte {N} på bussen i dag',
  'saksbehandleren min {N} er på ferie',
];

const NAME_FREE = [
  'jeg vet ikke helt hva jeg skal skrive i søknaden',
  'kan du hjelpe meg med cv en min',
  'hva betyr arbeidsavklaringspenger egentlig',
  'jeg er så lei av å vente på svar',
  'fikk ikke jobben men det går bra',
  'jeg har intervju på fredag og er sykt nervøs',
  'hvordan søker jeg om studielån',
  'jeg orker ikke stå opp om morgenen',
  'vet du hva minstelønn er i butikk',
  'jeg liker å jobbe med folk og dyr',
  'skal jeg ta med vitnemål på intervjuet',
  'har ikke fått lønn denne måneden',
  'per time får jeg ikke så mye',
  'det var mye folk på jobb i dag',
  'jeg har et godt liv egentlig men jobben er kjip',
  'mine venner sier jeg burde slutte',
  'vi skal ha grilling i helga hvis det blir sol',
  'jeg mista bussen igjen lol',
  'trenger hjelp med meldekortet',
  'kan jeg få tiltakspenger hvis jeg går på kurs',
  'jobben starter klokka sju hver dag',
  'har du noen tips til intervju',
  'jeg vil bli elektriker eller rørlegger',
  'fikk beskjed om å møte opp på kontoret',
  'hva skjer hvis jeg ikke sender meldekort',
  'det er for mye stress på skolen nå',
  'jeg har vondt i ryggen etter jobb',
  'burde jeg si opp eller vente',
  'jeg kjøpte nye sko på xxl i går',
  'vi var i sverige på ferie i sommer',
  'jeg har lyst å flytte til bergen',
  'han var skikkelig sur i dag',
  'hun sa ingenting om vaktene',
  'vi spiste på mcdonalds etter trening',
  'jeg gleder meg til helga',
  'takk for hjelpen det var nyttig',
  'skal på fotball trening i kveld',
  'har du tid til å se på søknaden min',
  'jeg var på legen og fikk sykemelding',
  'det går fint med meg nå',
  'kan jeg jobbe deltid og studere samtidig',
  'mamma syns jeg burde ta lappen',
  'pappa jobber på oljeplattform',
  'naboen har en hund som bjeffer hele natta',
  'sjefen er grei men litt streng',
  'vi fikk nye uniformer på jobb',
  'hvor mye skatt må jeg betale',
  'jeg vil ta fagbrev som kokk',
  'ble ferdig med skolen i juni',
  'er det lov å ha to jobber',
];

/** Common given names and surnames in Norway today, Norwegian and of immigrant origin. */
const FIRST = [
  'emma',
  'jakob',
  'nora',
  'noah',
  'sofie',
  'emil',
  'ella',
  'oliver',
  'leah',
  'lucas',
  'ingrid',
  'filip',
  'olivia',
  'aksel',
  'maja',
  'william',
  'sara',
  'kasper',
  'frida',
  'isak',
  'thea',
  'henrik',
  'ida',
  'magnus',
  'mathilde',
  'sander',
  'hedda',
  'jonas',
  'tiril',
  'elias',
  'kari',
  'ola',
  'anne',
  'lars',
  'marius',
  'silje',
  'kristian',
  'hanne',
  'martin',
  'ingeborg',
  'tobias',
  'julie',
  'vetle',
  'amalie',
  'eirik',
  'mohammed',
  'muhammad',
  'ahmed',
  'ali',
  'fatima',
  'amina',
  'hodan',
  'abdi',
  'yusuf',
  'zainab',
  'omar',
  'layla',
  'hamza',
  'aisha',
  'ibrahim',
  'piotr',
  'agnieszka',
  'jakub',
  'katarzyna',
  'tomasz',
  'anna',
  'mateusz',
  'zofia',
  'jonas',
  'lukas',
  'tadas',
  'rasa',
  'dovile',
  'mantas',
  'thi',
  'linh',
  'minh',
  'hoa',
  'tuan',
  'huong',
  'hamid',
  'yonas',
  'senait',
  'tesfay',
  'merhawi',
  'kidane',
  'tharshan',
  'priya',
  'kavitha',
  'arjun',
  'sivakumar',
  'mehmet',
  'zeynep',
  'elif',
  'rebin',
  'rojin',
  'soran',
  'jasmin',
  'emir',
  'selma',
  'oksana',
  'dmytro',
  'natalia',
];
const LAST = [
  'hansen',
  'johansen',
  'olsen',
  'larsen',
  'andersen',
  'pedersen',
  'nilsen',
  'kristiansen',
  'jensen',
  'karlsen',
  'johnsen',
  'pettersen',
  'eriksen',
  'berg',
  'haugen',
  'hagen',
  'johannessen',
  'andreassen',
  'jacobsen',
  'dahl',
  'jørgensen',
  'halvorsen',
  'henriksen',
  'lund',
  'sørensen',
  'moen',
  'gundersen',
  'iversen',
  'solberg',
  'svendsen',
  'eide',
  'knutsen',
  'martinsen',
  'bakken',
  'kristoffersen',
  'mathisen',
  'lie',
  'amundsen',
  'nguyen',
  'tran',
  'pham',
  'le',
  'ali',
  'ahmed',
  'mohamed',
  'hassan',
  'hussain',
  'khan',
  'yusuf',
  'abdi',
  'warsame',
  'osman',
  'ibrahim',
  'omar',
  'nowak',
  'kowalski',
  'wiśniewska',
  'kaczmarek',
  'kazlauskas',
  'petrauskas',
  'jankauskienė',
  'tesfay',
  'haile',
  'gebremedhin',
  'tekle',
  'yohannes',
  'sivakumar',
  'selvarajah',
  'rajan',
  'yilmaz',
  'kaya',
  'demir',
  'barzani',
  'ahmadi',
  'hosseini',
  'rahimi',
  'iqbal',
  'malik',
  'shah',
  'butt',
  'chaudhry',
  'shevchenko',
  'kovalenko',
  'berisha',
  'hodžić',
  'begić',
];

const half = <T>(xs: readonly T[], part: 'tune' | 'heldout'): T[] =>
  xs.filter((_, i) => (i % 2 === 0) === (part === 'tune'));

/** Name lines: `count` lines from the part's templates, with the part's names. */
export function chatNameLines(part: 'tune' | 'heldout', count: number, seed = 23): ChatNameLine[] {
  const rng = seededRng(seed + (part === 'heldout' ? 1000 : 0));
  const templates = half(TEMPLATES, part);
  const first = half([...new Set(FIRST)], part);
  const last = half([...new Set(LAST)], part);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;
  const out: ChatNameLine[] = [];
  for (let n = 0; n < count; n++) {
    const template = pick(templates);
    let text = '';
    const names: ChatNameLine['names'] = [];
    let rest = template;
    for (let m = /\{([FNS])\}/.exec(rest); m !== null; m = /\{([FNS])\}/.exec(rest)) {
      text += rest.slice(0, m.index);
      const value = m[1] === 'F' ? pick(first) : m[1] === 'S' ? pick(last) : `${pick(first)} ${pick(last)}`;
      names.push({ start: text.length, end: text.length + value.length, value });
      text += value;
      rest = rest.slice(m.index + m[0].length);
    }
    text += rest;
    out.push({ text, names });
  }
  return out;
}

/** Name-free chat lines of the part. */
export function chatNameFreeLines(part: 'tune' | 'heldout'): string[] {
  return half(NAME_FREE, part);
}

/** NorNE-style text as young people type it: lower case, no punctuation. */
export function chatStyle(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s'-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
