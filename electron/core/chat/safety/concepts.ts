import { canonicalWords, sharedSentences } from './canonical.js';
import { splitSentences } from './normalize.js';
import type { RiskAssessment, RiskCategory, RiskLevel } from './types.js';

/**
 * Layer 1b of the crisis detector: a semantic lexicon of concept slots, combined
 * compositionally. Where lexicon.ts recognises phrasings, this layer recognises meanings: a
 * sentence that puts a *wish or intent* next to *one's own death*, *a means* next to
 * *readiness*, *a farewell* next to *everyone* or *tonight*, *a question about how* next to
 * *dying* is a risk however it is worded, because each slot is filled by any of many words
 * (bokmål, nynorsk, dialect, chat spelling and English, on the canonical words of features.ts).
 *
 *   "Jeg har så lyst til å gi opp alt og bare dø"   DESIRE … DEATH            → acute
 *   "Hva er den minst smertefulle måten å dø på?"   WAY … DEATH (question)    → acute
 *   "Jeg har kniven klar"                           MEANS … READY             → acute
 *   "Skal ta farvel med alle i kveld"               FAREWELL … ALL/TIME       → acute
 *   "Jeg har lyst til å forsvinne for godt"         DISAPPEAR … FOREVER       → check_in
 *   "Jeg har en plan for hvordan … gjøre det slutt" PLAN … END                → acute
 *   "Det intervjuet tok livet av meg, haha"         idiom (laughter)          → nothing
 *
 * Guards are meanings too: laughter and hyperbole ("av latter", "dødslei", "drepe tida"),
 * everyday contexts that own the same words (cooking for a knife, climbing for a rope, a
 * headache for pills, a relationship for "gjøre det slutt", work or school for a farewell),
 * media and history, and someone else as the subject. A guard only stops this layer's own
 * match; it never lowers what another layer found.
 */

type Slot =
  | 'SELF'
  | 'OTHER'
  | 'DESIRE'
  | 'INTENT'
  | 'DEATH'
  | 'MEANS'
  | 'READY'
  | 'TIME'
  | 'ALL'
  | 'FAREWELL'
  | 'FOREVER'
  | 'DISAPPEAR'
  | 'WAY'
  | 'PLAN'
  | 'END'
  | 'NEG'
  | 'HARMVERB'
  | 'BODY'
  | 'GIVEAWAY'
  | 'MYTHINGS'
  | 'NOMORE'
  | 'HOPELESS'
  | 'BURDEN'
  | 'METHOD'
  | 'QUANT'
  | 'VIOLVERB'
  | 'TARGET'
  | 'WEAPON'
  | 'CLOSE'
  | 'ABUSEVERB'
  | 'SHELTER';

/** Words (canonical, folded) and prefixes ("pille*") that fill each slot. */
const WORDS: Readonly<Record<Slot, readonly string[]>> = {
  SELF: ['jeg', 'meg', 'min', 'mitt', 'mine', 'mi', 'selv', "i'm", "i've", 'myself', 'my'],
  OTHER: [
    'han',
    'hun',
    'ham',
    'henne',
    'de',
    'dem',
    'kompis*',
    'venn*',
    'venninn*',
    'bror*',
    'soster*',
    'onkel*',
    'tante*',
    'bestefar*',
    'bestemor*',
    'besteforeldr*',
    'hovedperson*',
    'karakter*',
    'he',
    'she',
    'they',
    'someone',
    'folk',
    'noen',
    'artist*',
    'kjendis*',
    'mannen',
    'dama',
    'gutten',
    'jenta',
    'nabon',
    'nabo',
  ],
  DESIRE: [
    'vil',
    'ville',
    'lyst',
    'lyster',
    'onsk*',
    'onskj*',
    'want',
    'wish',
    'fristet',
    'fristende',
    'lengter',
    'lengtar',
    'haper',
    'hapar',
    'hapet',
    'hope',
    'hoping',
    'trang',
    'helst',
    'gjerne',
  ],
  INTENT: [
    'skal',
    'kommer',
    'tenkt',
    'tenker',
    'tenke',
    'tenkte',
    'bestemt',
    'bestemmer',
    'planlegg*',
    'going',
    'will',
    "i'll",
    'ready',
    'decided',
    'vurder*',
    'klar',
    'klart',
    'gjor',
    'gjore',
    'gjort',
    'prov*',
    'forsok*',
    'try',
    'trying',
  ],
  DEATH: [
    'do',
    'dor',
    'dode',
    'doden',
    'dod',
    'die',
    'died',
    'dying',
    'dead',
    'death',
    'selvmord*',
    'suicid*',
    'unalive',
    'kms',
    'overdos*',
  ],
  MEANS: [
    'kniv*',
    'pill*',
    'tablett*',
    'paracet*',
    'paralgin*',
    'ibux',
    'ibuprofen',
    'sovepill*',
    'sovetablett*',
    'medisin*',
    'pills',
    'painkiller*',
    'smertestill*',
    'meds',
    'tau',
    'tauet',
    'rope',
    'lokke*',
    'bro',
    'broa',
    'bru',
    'brua',
    'bridge',
    'toget',
    'tog',
    'train',
    'skinnene',
    'perrong*',
    'taket',
    'roof',
    'blokka',
    'stupet',
    'barberblad*',
    'blad',
    'bladet',
    'blade',
    'blades',
    'pistol*',
    'gevar*',
    'hagle*',
    'vapen',
    'vapnet',
    'gun',
    'knife',
    'gift',
    'giften',
    'poison',
    'klorin',
    'bleach',
    'overdose',
    'dose',
    'doser',
  ],
  READY: [
    'klar',
    'klart',
    'ferdig',
    'fremme',
    'framme',
    'fram',
    'frem',
    'ready',
    'skaffet',
    'skaffa',
    'samlet',
    'samla',
    'spart',
    'gjemt',
    'gjomt',
    'ladd',
    'ladet',
    'hamstret',
    'hamstra',
  ],
  TIME: [
    'kveld',
    'natt',
    'natta',
    'tonight',
    'snart',
    'soon',
    'na',
    'now',
    'morgen',
    'tomorrow',
    'helga',
    'mandag',
    'tirsdag',
    'onsdag',
    'torsdag',
    'fredag',
    'lordag',
    'sondag',
    'etterpa',
    'later',
  ],
  ALL: ['alle', 'alt', 'everyone', 'everybody', 'verden', 'familien', 'dere', 'livet'],
  FAREWELL: ['farvel', 'adjo', 'goodbye', 'bye', 'avskjed*', 'avskil*', 'testament*'],
  FOREVER: ['alltid', 'godt', 'forever', 'good', 'evig*', 'aldri'],
  DISAPPEAR: ['forsvinn*', 'forsvant', 'borte', 'vekk', 'disappear*', 'gone'],
  WAY: [
    'mate',
    'maten',
    'mater',
    'matar',
    'metode*',
    'way',
    'ways',
    'method*',
    'hvordan',
    'how',
    'raskest*',
    'enklest*',
    'sikrest*',
    'smertefri*',
    'smertefull*',
    'vondt',
    'painless',
    'hurt',
    'lang',
    'dypt',
    'hoyt',
    'hoy',
    'hoyest',
    'mange',
    'mye',
    'many',
    'much',
  ],
  PLAN: ['plan', 'planen', 'planer', 'planar', 'planlagt', 'planlegg*', 'bestemt', 'plan*'],
  END: ['slutt', 'avslutt*', 'ende', 'end', 'over', 'overstatt', 'ferdig'],
  NEG: ['ikke', 'aldri', 'ingen', 'not', 'never', "don't", "can't", "won't", 'ingenting', 'nothing'],
  HARMVERB: [
    'kutt*',
    'skjer',
    'skjere',
    'skjerer',
    'skar',
    'skaret',
    'risp*',
    'riss*',
    'brenn*',
    'brant',
    'brent',
    'skad*',
    'cut',
    'cutting',
    'hurt',
    'harm*',
    'burn*',
    'sla',
    'slar',
    'slo',
    'dunk*',
  ],
  BODY: [
    'armen',
    'armene',
    'armane',
    'arm',
    'laret',
    'larene',
    'handledd*',
    'huden',
    'beina',
    'magen',
    'hodet',
    'veggen',
    'arms',
    'wrist*',
    'thigh*',
    'skin',
    'arr',
    'arrene',
    'scars',
    'blo',
    'blor',
    'blodde',
    'blod',
  ],
  GIVEAWAY: ['gitt', 'gav', 'ga', 'gir', 'gi', 'gave', 'given', 'giving', 'fordelt', 'fordele', 'fordeler'],
  MYTHINGS: [
    'tingene',
    'ting',
    'katten',
    'hunden',
    'gitaren',
    'klerne',
    'playstation*',
    'pcen',
    'mobilen',
    'samling*',
    'stuff',
    'things',
    'belongings',
    'alt',
    'eiendel*',
  ],
  NOMORE: ['trenger', 'treng', 'bruke', 'need'],
  HOPELESS: [
    'hap',
    'vits',
    'vitsen',
    'mening',
    'meningen',
    'meningslos*',
    'hapl*',
    'hapelos*',
    'fremtid*',
    'framtid*',
    'point',
    'hope',
    'future',
    'utvei',
    'losning*',
  ],
  BURDEN: [
    'byrde',
    'burden',
    'veien',
    'vegen',
    'bedre',
    'betre',
    'better',
    'sluppet',
    'savnet',
    'savna',
    'merke',
    'merket',
    'care',
    'miss',
  ],
  METHOD: [],
  VIOLVERB: [
    'drepe',
    'dreper',
    'drepte',
    'myrde',
    'myrder',
    'skade',
    'skader',
    'skadet',
    'skada',
    'knivstikk*',
    'stikke',
    'stikk',
    'skyte',
    'skyt',
    'skyter',
    'banke',
    'banker',
    'denge',
    'kverke',
    'juling',
    'kill',
    'stab',
    'shoot',
    'hurt',
    'beat',
    'murder',
    'lide',
    'suffer',
  ],
  TARGET: [
    'ham',
    'han',
    'henne',
    'hun',
    'dem',
    'de',
    'sjefen',
    'lereren',
    'leraren',
    'nabon',
    'faren',
    'pappa',
    'moren',
    'mamma',
    'stefar*',
    'broren',
    'kjeresten',
    'eksen',
    'typen',
    'klassen',
    'alle',
    'noen',
    'folk',
    'gutten',
    'gutta',
    'jentene',
    'fyren',
    'him',
    'her',
    'them',
    'everyone',
    'someone',
    'people',
  ],
  WEAPON: [
    'kniv',
    'kniven',
    'pistol*',
    'vapen',
    'vapnet',
    'gevar*',
    'hagle*',
    'machete',
    'balltre',
    'slagvapen',
    'gun',
    'knife',
    'weapon',
    'bat',
  ],
  CLOSE: [
    'pappa',
    'mamma',
    'far',
    'faren',
    'mor',
    'moren',
    'mora',
    'stefar*',
    'stemor*',
    'onkel*',
    'tante*',
    'fetter*',
    'kusine*',
    'bestefar*',
    'kjeresten',
    'typen',
    'dama',
    'mannen',
    'kona',
    'sambo*',
    'eksen',
    'broren',
    'bror',
    'storebror*',
    'familien',
    'foreldr*',
    'treneren',
    'lereren',
    'nabon',
    'voksen',
    'vaksen',
    'dad',
    'mom',
    'mum',
    'father',
    'mother',
    'stepdad',
    'uncle',
    'boyfriend',
    'girlfriend',
    'husband',
    'brother',
    'he',
    'han',
    'hun',
    'she',
    'de',
    'they',
  ],
  ABUSEVERB: [
    'slar',
    'slo',
    'slatt',
    'banker',
    'banket',
    'banka',
    'sparker',
    'sparket',
    'sparka',
    'kveler',
    'kvelte',
    'kvelt',
    'lugger',
    'dytter',
    'dyttet',
    'voldtok',
    'voldtar',
    'voldtatt',
    'misbruk*',
    'mishandl*',
    'forgrep',
    'forgriper',
    'ror',
    'rorer',
    'rorte',
    'beforer',
    'beforte',
    'hits',
    'hit',
    'beats',
    'kicks',
    'chokes',
    'raped',
    'rapes',
    'touches',
    'touched',
  ],
  SHELTER: [
    'sove',
    'sover',
    'bo',
    'bu',
    'sted',
    'stad',
    'plass',
    'husvere',
    'tak',
    'sleep',
    'stay',
    'mat',
    'spist',
    'ete',
    'eaten',
    'food',
    'sulten',
    'sultne',
    'hungry',
  ],
  QUANT: [
    'alle',
    'hele',
    'heile',
    'masse',
    'mange',
    'nok',
    'haug',
    'haugevis',
    'whole',
    'all',
    'bunch',
    'esker',
    'eske',
    'pakke',
    'pakka',
    'pakker',
    'brett',
    'boks',
    'boksen',
    'glass',
    'glasset',
    'lot',
  ],
};

/** The slot words, for the check that each is spelled as canonicalWords() writes it. */
export const CONCEPT_WORDS: Readonly<Record<string, readonly string[]>> = WORDS;

const SLOT_NAMES = Object.keys(WORDS) as Slot[];
// One bit per slot in a 32-bit integer (1 << 31 is negative; beyond that the bits wrap).
if (SLOT_NAMES.length > 31) throw new Error('too many concept slots for one bit mask');
const SLOT_BIT: Readonly<Record<Slot, number>> = Object.fromEntries(SLOT_NAMES.map((s, i) => [s, 1 << i])) as Record<
  Slot,
  number
>;

const exact = new Map<string, number>();
const prefixes: { prefix: string; bit: number }[] = [];
for (const slot of SLOT_NAMES) {
  for (const w of WORDS[slot]) {
    if (w.endsWith('*')) prefixes.push({ prefix: w.slice(0, -1), bit: SLOT_BIT[slot] });
    else exact.set(w, (exact.get(w) ?? 0) | SLOT_BIT[slot]);
  }
}
const bitCache = new Map<string, number>();

function slotsOf(word: string): number {
  const cached = bitCache.get(word);
  if (cached !== undefined) return cached;
  let bits = exact.get(word) ?? 0;
  for (const p of prefixes) if (word.startsWith(p.prefix)) bits |= p.bit;
  if (bitCache.size < 50_000) bitCache.set(word, bits);
  return bits;
}

/**
 * Phrases that fill a slot as a whole, on the canonical sentence (words joined by one space).
 * Each match marks the word it starts at. A phrase is tried only when one of its `gate` words
 * is in the sentence (most sentences have none, which keeps the layer fast).
 */
const PHRASES: readonly { slot: Slot; re: RegExp; gate: readonly string[] }[] = [
  {
    slot: 'DEATH',
    re: /\b(?:ta|tar|tok|tatt|tek|take|taking|end|ending)\s+(?:\w+\s+)?(?:livet|liv|life)\s+(?:mitt|min|av meg|my|own)\b/g,
    gate: ['livet', 'liv', 'life'],
  },
  { slot: 'DEATH', re: /\b(?:ta|tar|tok|tatt|tek)\s+mitt\s+(?:eget\s+|eige\s+)?liv\b/g, gate: ['liv'] },
  {
    slot: 'DEATH',
    re: /\b(?:drepe|dreper|drep|drepte|kill|killing)\s+(?:meg selv|myself|my self)\b/g,
    gate: ['selv', 'myself', 'self'],
  },
  {
    slot: 'DEATH',
    re: /\b(?:gjore|gjor|gjort|gjorde|gjer)\s+slutt\s+pa\s+(?:alt|livet|det hele|meg selv|alt sammen)\b/g,
    gate: ['slutt'],
  },
  { slot: 'END', re: /\b(?:gjore|gjor|gjort|gjorde|gjer)\s+det\s+slutt\b(?!\s+(?:med|mellom)\b)/g, gate: ['slutt'] },
  {
    slot: 'DEATH',
    re: /\b(?:slutte|slutta|stop|stopped)\s+a\s+(?:leve|puste|eksistere|finnes)\b|\bstop\s+(?:living|breathing|existing)\b/g,
    gate: ['leve', 'puste', 'eksistere', 'finnes', 'living', 'breathing', 'existing'],
  },
  {
    slot: 'METHOD',
    re: /\b(?:hoppe|hopper|hopp|hoppa|jump|jumping)\s+(?:\w+\s+){0,2}(?:fra|foran|utfor|ut fra|off|in front of)\s+(?:\w+\s+)?(?:brua|broa|bru|bro|bridge|taket|tak|blokka|blokk|vinduet|stupet|fjellet|toget|tog|train|roof|balkong\w*|\d+\s*(?:meter|etasje))\b/g,
    gate: ['hoppe', 'hopper', 'hopp', 'hoppa', 'jump', 'jumping'],
  },
  {
    slot: 'METHOD',
    re: /\b(?:ga|gar|legge meg|legger meg|kaste meg|kaster meg)\s+(?:\w+\s+)?(?:ut\s+)?(?:foran|under)\s+(?:\w+\s+)?(?:toget|tog|bussen|en bil|bilen|trikken|t-banen|train|bus|a car)\b/g,
    gate: ['foran', 'under'],
  },
  {
    slot: 'METHOD',
    re: /\b(?:legge|legger|la|lagt)\s+meg\s+(?:pa|under|foran)\s+(?:skinnene|sporet|toget|tog|veien|motorveien|rails|the tracks)\b/g,
    gate: ['skinnene', 'sporet', 'toget', 'tog', 'veien', 'motorveien', 'rails', 'tracks'],
  },
  {
    slot: 'DESIRE',
    re: /\bber\s+(?:\w+\s+){0,2}om\s+at\b|\bpray\w*\s+(?:that|to)\b/g,
    gate: ['ber', 'pray', 'praying', 'prayed'],
  },
  {
    slot: 'METHOD',
    re: /\b(?:henge|hengje|henger)\s+(?:meg|seg|myself)\b(?!\s+(?:pa|med|etter|opp|fast|inn|ut|i)\b)/g,
    gate: ['henge', 'hengje', 'henger'],
  },
  {
    slot: 'DEATH',
    re: /\ba\s+(?:ta\s+livet\s+(?:sitt|av seg)|drepe\s+seg|ta\s+sitt\s+(?:eget\s+)?liv)\b/g,
    gate: ['livet', 'seg', 'liv'],
  },
  {
    slot: 'DEATH',
    re: /\b(?:avslutte|avslutta|ende)\s+(?:livet|det hele|alt|alt sammen|det)\b(?!\s+(?:med|i|pa|for)\b)/g,
    gate: ['avslutte', 'avslutta', 'ende'],
  },
  {
    slot: 'DEATH',
    re: /\b(?:ikke|aldri|not|never)\s+(?:(?:lenger|mer)\s+)?(?:eksistere|finnes|fins|exist|vere til)\b/g,
    gate: ['eksistere', 'finnes', 'fins', 'exist', 'til'],
  },
  {
    slot: 'DEATH',
    re: /\b(?:ikke|aldri|not|never)\s+(?:\w+\s+)?(?:vakne|vakner|vaknet|vakna|wake)\b/g,
    gate: ['vakne', 'vakner', 'vaknet', 'vakna', 'wake'],
  },
  {
    slot: 'DEATH',
    re: /\b(?:ikke|aldri|not)\s+(?:(?:vil|vil|orker|gidder|want to|lyst (?:til )?a)\s+)?(?:a\s+)?(?:leve|leva|living|live|vere her|vere i live|be here|be alive)\b(?!\s+(?:av|pa|i|med|som|sann|off|on|like|with)\b)/g,
    gate: ['leve', 'leva', 'living', 'live', 'vere', 'be'],
  },
  { slot: 'DEATH', re: /\bend\s+it\b|\bover\s+(?:for|med)\s+meg\b/g, gate: ['end', 'over'] },
  {
    slot: 'FAREWELL',
    re: /\b(?:ha det|si ha det|sier ha det|sagt ha det)\b(?=.*\b(?:alltid|godt|siste|alle|forever|dere)\b)|\bsiste\s+(?:gang|melding\w*|beskjed\w*)\s+(?:\w+\s+){0,3}(?:fra meg|from me)\b|\blast\s+(?:time|message)\b|\bnar\s+(?:dere|du)\s+(?:leser|finner)\s+dette\b|\bwhen\s+you\s+read\s+this\b/g,
    gate: ['det', 'siste', 'last', 'leser', 'finner', 'read'],
  },
  {
    slot: 'FAREWELL',
    re: /\b(?:tilgi\s+meg|forgive\s+me|(?:sorry|unnskyld)\s+for\s+(?:alt|everything)|glad\s+i\s+dere\s+alle)\b(?=.*\b(?:klarte ikke|orker ikke|klarer ikke|for alltid|for godt|alt|alle|everything|goodbye|ha det)\b)/g,
    gate: ['tilgi', 'forgive', 'sorry', 'unnskyld', 'glad'],
  },
  {
    slot: 'FOREVER',
    re: /\bfor\s+(?:godt|alltid|good|ever)\b|\baldri\s+(?:komme|kommer)\s+tilbake\b|\bnever\s+come\s+back\b|\bingen\s+morgendag\b/g,
    gate: ['godt', 'alltid', 'good', 'ever', 'tilbake', 'back', 'morgendag'],
  },
  {
    slot: 'HOPELESS',
    re: /\b(?:ingen|ikke noe|ikke noen|no|na)\s+(?:\w+\s+)?(?:vei|veg|way)\s+(?:ut|out)\b|\b(?:ingenting|ikke noe|nothing)\s+(?:\w+\s+){0,3}(?:bli|blir|get|gets)\s+(?:bedre|better)\b|\bikke noe\s+(?:igjen\s+)?a\s+leve\s+for\b|\bnothing\s+(?:left\s+)?to\s+live\s+for\b|\bingen\s+(?:\w+\s+)?fremtid\b|\bsee\s+the\s+point\b/g,
    gate: ['vei', 'veg', 'way', 'bedre', 'better', 'leve', 'live', 'fremtid', 'framtid', 'point'],
  },
  {
    slot: 'BURDEN',
    re: /\b(?:bedre|betre|better)\s+(?:\w+\s+){0,3}(?:uten|utan|without|om|hvis|viss|if)\s+(?:meg|me|jeg|i)\b|\bi\s+(?:veien|vegen)\s+for\s+alle\b|\b(?:ingen|(?:no|na) one|nobody)\s+(?:\w+\s+){0,2}(?:savne|savnet|merke|merket|care|miss|bryr)\b/g,
    gate: ['bedre', 'betre', 'better', 'veien', 'vegen', 'savne', 'savnet', 'merke', 'merket', 'miss', 'care', 'bryr'],
  },
  {
    slot: 'WAY',
    re: /\bhva\s+skjer\s+(?:\w+\s+){0,3}(?:hvis|om|nar|if)\b|\bhvor\s+(?:lang tid|mange|mye|dypt|hoyt)\b|\bhow\s+(?:many|much|long|deep|high)\b|\bspor\s+for\s+(?:en venn|meg selv)\b/g,
    gate: ['skjer', 'hvor', 'how', 'spor'],
  },
  {
    slot: 'TIME',
    re: /\bi\s+(?:kveld|natt|morgen|dag)\b|\bneste\s+(?:uke|veke)\b|\bpa\s+(?:mandag|tirsdag|onsdag|torsdag|fredag|lordag|sondag)\b/g,
    gate: [
      'kveld',
      'natt',
      'morgen',
      'dag',
      'uke',
      'veke',
      'mandag',
      'tirsdag',
      'onsdag',
      'torsdag',
      'fredag',
      'lordag',
      'sondag',
    ],
  },
  { slot: 'READY', re: /\b(?:ligger|ligg|er|star|sta|e)\s+klarer\b/g, gate: ['klarer'] },
  {
    slot: 'END',
    re: /\b(?:ta|tar|fa)\s+slutt\b|\bvere over\b|\bskal\s+(?:\w+\s+)?vere over\b|\bbe over\b/g,
    gate: ['slutt', 'over'],
  },
];

/** Gate word → the phrases it opens (indexes into PHRASES). */
const PHRASES_BY_GATE = new Map<string, number[]>();
PHRASES.forEach(({ gate }, id) => {
  for (const g of gate) {
    const ids = PHRASES_BY_GATE.get(g) ?? [];
    if (!ids.includes(id)) ids.push(id);
    PHRASES_BY_GATE.set(g, ids);
  }
});

/** Sentences where the slot words are not meant literally, or belong to an everyday context. */
const IDIOM =
  /\b(?:do|dor|dode|doy|die|dying)\s+(?:av|of)\s+(?:skam|latter|flau\w*|kjedsomhet|kjedsomheit|pinlighet|sjenanse|nerver|spenning|sult|kos|embarrass\w*|boredom|shame)\b|\b(?:do|dor|doy|die)\s+(?:hvis|om|viss|dersom|nar|if)\s+(?:jeg|i)\s+(?:ma|skal|have to|must|ikke far|ikke fikk|don't get)\b|\b(?:haha|av latter|le meg i hjel|ler meg i hjel|dods(?:lei|kjedelig|sliten|trott)|drepe\s+(?:tid|tida|tiden)|i\s+foten|kjedsomhet|kjedelig|flau\w*|pinlig|kill it|killing it|dying to|die laughing|innvendig|inni meg|tuller|tulla)\b/;
const CONTEXT: Readonly<
  Partial<Record<'MEANS' | 'FAREWELL' | 'END' | 'DISAPPEAR' | 'GIVEAWAY' | 'DEATH' | 'HARM', RegExp>>
> = {
  MEANS:
    /\b(?:middag\w*|mat|maten|matlaging|kokk\w*|kjokken\w*|skjerebrett\w*|gronnsak\w*|brod\w*|kake\w*|kjott\w*|fisk\w*|klatr\w*|klatring|bat\w*|seil\w*|camping|tur\w*|telt\w*|hodepine\w*|mensen|feber|allergi\w*|resept\w*|lege\w*|apotek\w*|jakt\w*|skytebane\w*|fallskjerm\w*|brygge\w*|bading|stupe\w*|stup)\b/,
  FAREWELL:
    /\b(?:see you|ses|snakkes|for now|for na|til neste|neste uke|next week|\w*fest\w*|party|sjefen|kake\w*|sykehus\w*|flyplass\w*|reise\w*|jobb\w*|kolleg\w*|praksis\w*|skole\w*|skule\w*|klasse\w*|sommer\w*|ferie\w*|flytt\w*|kurs\w*|avslutning\w*|russ\w*|laget|trener\w*|fretex|loppemarked\w*|utveksling\w*)\b/,
  END: /\bslutt\s+med\b|\b(?:kjeresten|typen|dama|forhold\w*|relationship|girlfriend|boyfriend|with him|with her)\b|\b(?:skole\w*|skule\w*|jobb\w*|soke|soker|soknad\w*|prosjekt\w*|eksamen|semester\w*|kurs\w*|praksis\w*|oppgave\w*|lekse\w*|regning\w*|cv\w*)\b/,
  DISAPPEAR:
    /\b(?:telefon\w*|mobil\w*|nokkel\w*|nokl\w*|lommebok\w*|penge\w*|sykkel\w*|sykkelen|bag\w*|veske\w*|jakke\w*|lappen|kortet|passet|katt\w*|hund\w*|smerte\w*|hodepine\w*|sosiale medier|instagram|snap\w*|tiktok|facebook|nett\w*|dyna|dyne|under dyna|en stund|en uke|ferie\w*|hytta|helga|helgen|for a while|jobben|skolen|byen|herfra)\b/,
  GIVEAWAY:
    /\b(?:fretex|loppemarked\w*|gamle|brukt|second hand|veldedighet\w*|bursdag\w*|julegave\w*|fatt ny\w*|kjopt ny\w*|for liten|for sma|for stor)\b/,
  DEATH:
    /\bom\s+(?:selvmord\w*|a do)\b|\babout\s+suicide\b|\bhelp\s+a\s+friend\b|\bhjelpe\s+(?:en|ei|andre|folk)\b|\b(?:som|who)\s+(?:dode|dor|died|die)\b|\b(?:tilbake|back)\b|\b(?:tidlig|tidleg|seint|sent|early|alarm\w*|vekkerklokk\w*)\b|\b\w*krig\w*|\b(?:plant\w*|blomst\w*|spill\w*|game\w*|fortnite|serveren|karakter\w*|batteri\w*|mobil\w*|telefon\w*|pc\w*|laptop\w*|bilen\s+min|publikum|dokumentar\w*|film\w*|serie\w*|bok\w*|avis\w*|nyhet\w*|historie\w*|helsefag\w*|timen|norsktimen|forebygg\w*|krig\w*|kreft\w*|sykdom\w*|begravelse\w*|fallskjerm\w*)\b/,
  HARM: /\b(?:uhell\w*|accident\w*|trening\w*|middag\w*|lagde mat|laget mat|fotball\w*|handball\w*|kamp\w*|matlaging|lage mat|barber\w*|harklipp|papir\w*|glass\w*|falt|falle|fall|datt|skled|ulykke\w*|jobb\w*|redd for|kne\w*|ankel\w*|rygg\w*|skulder\w*|steke\w*|ovn\w*|komfyr\w*|grill\w*|sola|solbrent|brennevin|kalorier|fett|finger\w*|fingr\w*|tommel\w*|boks\w*|glas|glass|hoveljern\w*|saks\w*)\b/,
};

const ENGLISH_AFTER_DO = new Set([
  'it',
  'this',
  'that',
  'something',
  'anything',
  'better',
  'my',
  'the',
  'so',
  'more',
  'whatever',
  'what',
  'you',
  'we',
  'they',
  'not',
  "n't",
  'some',
  'well',
  'good',
  'great',
  'stuff',
  'things',
  'homework',
]);
const ENGLISH_BEFORE_DO = new Set([
  'to',
  'i',
  'you',
  'we',
  'they',
  "don't",
  'what',
  'can',
  'could',
  'should',
  'would',
  'will',
  'did',
  'does',
  'lets',
  "let's",
  'how',
  'pa',
  'paa',
]);

interface Sentence {
  words: string[];
  bits: number[];
  text: string;
  present: ReadonlySet<string>;
  /** All slots of the sentence's words, or-ed. */
  all: number;
}

function has(bits: number, slot: Slot): boolean {
  return (bits & SLOT_BIT[slot]) !== 0;
}

function positions(s: Sentence, slot: Slot): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.bits.length; i++) if (has(s.bits[i] as number, slot)) out.push(i);
  return out;
}

/** A word of `a` and a word of `b` at most `span` words apart (b after a unless `either`). */
function near(s: Sentence, a: Slot, b: Slot, span: number, either = false): boolean {
  const pa = positions(s, a);
  if (pa.length === 0) return false;
  const pb = positions(s, b);
  for (const i of pa)
    for (const j of pb) if (j !== i && (either ? Math.abs(j - i) <= span : j > i && j - i <= span)) return true;
  return false;
}

/**
 * The concept layer and the classifier's slot features read the same sentences. Inside
 * assessRisk the assessment's shared memo (canonical.ts) holds them; outside it (the layers
 * called alone, training) the last few are kept here.
 */
const recentSentences = new Map<string, Sentence>();

function sentenceOf(words: string[]): Sentence {
  const key = words.join(' ');
  const shared = sharedSentences() as Map<string, Sentence> | null;
  const memo = shared ?? recentSentences;
  const cached = memo.get(key);
  if (cached) return cached;
  const made = makeSentence(words);
  if (!shared && recentSentences.size >= 64) recentSentences.clear();
  memo.set(key, made);
  return made;
}

function makeSentence(words: string[]): Sentence {
  const text = words.join(' ');
  const bits = words.map(slotsOf);
  // Word offsets, to map a phrase match to the word it starts at.
  const starts: number[] = [];
  let at = 0;
  for (const w of words) {
    starts.push(at);
    at += w.length + 1;
  }
  const present = new Set(words);
  // The phrases whose gate word is in the sentence, found word by word, then run in table order.
  let gated: boolean[] | null = null;
  for (const w of present) {
    const ids = PHRASES_BY_GATE.get(w);
    if (!ids) continue;
    gated ??= new Array<boolean>(PHRASES.length).fill(false);
    for (const id of ids) gated[id] = true;
  }
  for (let p = 0; gated && p < PHRASES.length; p++) {
    if (!gated[p]) continue;
    const { slot, re } = PHRASES[p] as (typeof PHRASES)[number];
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      let idx = 0;
      while (idx + 1 < starts.length && (starts[idx + 1] as number) <= m.index) idx++;
      bits[idx] = (bits[idx] as number) | SLOT_BIT[slot] | (slot === 'METHOD' ? SLOT_BIT.DEATH : 0);
    }
  }
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    // English "do" is not "dø" written without ø; "dør" after an article is a door.
    if (w === 'do' && (ENGLISH_AFTER_DO.has(words[i + 1] ?? '') || ENGLISH_BEFORE_DO.has(words[i - 1] ?? '')))
      bits[i] = (bits[i] as number) & ~SLOT_BIT.DEATH;
    if (w === 'dor' && /^(?:en|ei|the|a|ny|den)$/.test(words[i - 1] ?? ''))
      bits[i] = (bits[i] as number) & ~SLOT_BIT.DEATH;
    if (/^\d+$/.test(w) && Number(w) >= 10) bits[i] = (bits[i] as number) | SLOT_BIT.QUANT;
    // "klare" (ready, plural) is written "klarer" (manage) by canonicalWords: ready after a means.
    if (w === 'klarer' && i > 0 && ((bits[i - 1] as number) & SLOT_BIT.MEANS) !== 0)
      bits[i] = (bits[i] as number) | SLOT_BIT.READY;
  }
  let all = 0;
  for (const b of bits) all |= b;
  return { words, bits, text, present, all };
}

/** Someone else is the subject: a third-person word opens the sentence and no first person comes before the signal. */
function otherSubject(s: Sentence, before: number): boolean {
  for (let i = 0; i < Math.min(before, s.words.length); i++) {
    if (has(s.bits[i] as number, 'SELF')) return false;
    if (has(s.bits[i] as number, 'OTHER')) return true;
  }
  return false;
}

/** A negation right before the first word of the slot ("vil ikke dø", "tenker aldri på å dø"). */
function negatedBefore(s: Sentence, slot: Slot, span = 3): boolean {
  const p = positions(s, slot);
  if (p.length === 0) return false;
  const first = p[0] as number;
  for (let i = Math.max(0, first - span); i < first; i++) if (has(s.bits[i] as number, 'NEG')) return true;
  return false;
}

/** Ids this layer reports in `matched`. */
export const CONCEPT_IDS: readonly string[] = [
  'concept.abuse',
  'concept.acute_need',
  'concept.against_will',
  'concept.arson',
  'concept.bruises',
  'concept.burden',
  'concept.coercion',
  'concept.death_tempting',
  'concept.disappear',
  'concept.disguised',
  'concept.end_it',
  'concept.farewell',
  'concept.fear_of_violence',
  'concept.giving_away',
  'concept.hopeless',
  'concept.intent_to_die',
  'concept.means_amount',
  'concept.means_question',
  'concept.means_ready',
  'concept.method',
  'concept.method_question',
  'concept.night_visits',
  'concept.not_your_fault',
  'concept.overdose',
  'concept.own_funeral',
  'concept.plan',
  'concept.self_harm',
  'concept.threatened',
  'concept.unmissed',
  'concept.violence_intent',
  'concept.weapon',
  'concept.wish_it_ended',
  'concept.wish_to_die',
];

interface Hit {
  id: string;
  category: RiskCategory;
  level: Exclude<RiskLevel, 'none'>;
}

function anyOf(s: Sentence, slot: Slot): boolean {
  return (s.all & SLOT_BIT[slot]) !== 0;
}

function ctxOf(s: Sentence, k: keyof typeof CONTEXT): boolean {
  return CONTEXT[k]?.test(s.text) ?? false;
}

function firstOfSlot(s: Sentence, slot: Slot): number {
  const bit = SLOT_BIT[slot];
  for (let i = 0; i < s.bits.length; i++) if (((s.bits[i] as number) & bit) !== 0) return i;
  return 0;
}

function thirdOf(s: Sentence, slot: Slot): boolean {
  return otherSubject(s, firstOfSlot(s, slot));
}

function wordIn(s: Sentence, ...ws: string[]): boolean {
  for (const x of ws) if (s.present.has(x)) return true;
  return false;
}

function prefixIn(s: Sentence, ...ps: string[]): boolean {
  for (const x of s.words) for (const p of ps) if (x.startsWith(p)) return true;
  return false;
}

/** Adds a hit; someone else's wish or act tells the counselor (concern) but asks the person nothing. */
function push(
  hits: Hit[],
  s: Sentence,
  id: string,
  category: RiskCategory,
  level: Exclude<RiskLevel, 'none'>,
  about: Slot,
): void {
  const otherIsSubject = category !== 'violence' && category !== 'abuse' && thirdOf(s, about);
  hits.push({ id, category, level: otherIsSubject && level === 'acute' ? 'concern' : level });
}

function assessSentence(s: Sentence, isQuestion: boolean): Hit[] {
  const hits: Hit[] = [];
  const idiom = IDIOM.test(s.text);
  if (idiom) return hits;

  const death = anyOf(s, 'DEATH') && !ctxOf(s, 'DEATH');
  if (death && !negatedBefore(s, 'DEATH', 2)) {
    // A wish or intent about one's own death, however it is worded.
    if (near(s, 'DESIRE', 'DEATH', 9) && !negatedBefore(s, 'DESIRE', 2))
      push(hits, s, 'concept.wish_to_die', 'suicide', 'acute', 'DESIRE');
    else if (near(s, 'INTENT', 'DEATH', 7) && !negatedBefore(s, 'INTENT', 2))
      push(hits, s, 'concept.intent_to_die', 'suicide', 'acute', 'INTENT');
    else if (anyOf(s, 'METHOD') && (anyOf(s, 'SELF') || isQuestion))
      push(hits, s, 'concept.method', 'suicide', isQuestion ? 'acute' : 'check_in', 'METHOD');
    // How, how much, which way: a method question.
    if ((isQuestion || anyOf(s, 'WAY')) && near(s, 'WAY', 'DEATH', 8, true))
      push(hits, s, 'concept.method_question', 'suicide', 'acute', 'WAY');
    if (near(s, 'PLAN', 'DEATH', 10, true) && !ctxOf(s, 'END'))
      push(hits, s, 'concept.plan', 'suicide', 'acute', 'PLAN');
  }
  // An intent to "end it", said no more plainly: ask.
  if (
    positions(s, 'END').length > 0 &&
    /\b(?:gjore|gjor|gjer)\s+det\s+slutt\b(?!\s+(?:med|mellom)\b)/.test(s.text) &&
    (anyOf(s, 'INTENT') || anyOf(s, 'DESIRE')) &&
    !ctxOf(s, 'END')
  ) {
    push(hits, s, 'concept.end_it', 'suicide', 'check_in', 'INTENT');
  }
  // Wishing that it all would end, or to escape it all for good.
  const allOver =
    /\b(?:alt|alt sammen|det hele|livet|dette|smerten|det|it|it all|everything)\s+(?:\w+\s+)?(?:ta|tar|fa|vere|bli|be)\s+(?:slutt|over)\b/.test(
      s.text,
    );
  const escape =
    /\b(?:slippe|slepp\w*|escape)\b/.test(s.text) &&
    (anyOf(s, 'FOREVER') || /\b(?:leve|livet|life|living|alt|everything)\b/.test(s.text));
  if (anyOf(s, 'DESIRE') && (allOver || escape) && !ctxOf(s, 'END') && !negatedBefore(s, 'DESIRE', 2)) {
    push(hits, s, 'concept.wish_it_ended', 'suicide', 'check_in', 'DESIRE');
  }
  // A means made ready, or a large amount of it with an intent; pills taken in a large amount.
  if (anyOf(s, 'MEANS') && !ctxOf(s, 'MEANS')) {
    if (near(s, 'MEANS', 'READY', 5, true)) push(hits, s, 'concept.means_ready', 'suicide', 'acute', 'MEANS');
    else if (near(s, 'QUANT', 'MEANS', 4, true) && (anyOf(s, 'INTENT') || anyOf(s, 'DESIRE') || anyOf(s, 'TIME')))
      push(hits, s, 'concept.means_amount', 'suicide', 'acute', 'MEANS');
    if (
      near(s, 'QUANT', 'MEANS', 4, true) &&
      /\b(?:tok|tatt|teke|svelget|svelga|svelgde|took|taken|swallowed|tar|tek)\b/.test(s.text) &&
      /\b(?:pill\w*|tablett\w*|paracet\w*|paralgin\w*|ibux|ibuprofen|sove\w*|medisin\w*|pills)\b/.test(s.text)
    ) {
      push(hits, s, 'concept.overdose', 'self_harm', 'acute', 'MEANS');
    }
    if (
      isQuestion &&
      near(s, 'WAY', 'MEANS', 6, true) &&
      (death || /\b(?:dodelig|farlig|lethal|overlev\w*|survive)\b/.test(s.text))
    )
      push(hits, s, 'concept.means_question', 'suicide', 'acute', 'WAY');
  }
  // Plans: "har en plan for hvordan jeg skal gjøre det slutt", "planen er klar".
  if (anyOf(s, 'PLAN') && !ctxOf(s, 'END')) {
    if (near(s, 'PLAN', 'END', 10, true) || (near(s, 'PLAN', 'READY', 3, true) && anyOf(s, 'TIME')))
      push(hits, s, 'concept.plan', 'suicide', 'acute', 'PLAN');
  }
  // Farewells: to everyone, forever, for the last time; a bare one in a short message.
  if (anyOf(s, 'FAREWELL') && !ctxOf(s, 'FAREWELL')) {
    if (anyOf(s, 'ALL') || anyOf(s, 'FOREVER') || s.words.length <= 6)
      push(hits, s, 'concept.farewell', 'suicide', 'acute', 'FAREWELL');
    else push(hits, s, 'concept.farewell', 'suicide', 'check_in', 'FAREWELL');
  }
  // Giving one's things away because they will not be needed.
  if (
    anyOf(s, 'GIVEAWAY') &&
    near(s, 'GIVEAWAY', 'MYTHINGS', 4, true) &&
    /\bbort\b|\baway\b/.test(s.text) &&
    !ctxOf(s, 'GIVEAWAY')
  ) {
    push(
      hits,
      s,
      'concept.giving_away',
      'suicide',
      anyOf(s, 'NOMORE') && anyOf(s, 'NEG') ? 'acute' : 'check_in',
      'GIVEAWAY',
    );
  }
  // Disappearing for good, or unnoticed.
  if (anyOf(s, 'DISAPPEAR') && !ctxOf(s, 'DISAPPEAR')) {
    if (
      near(s, 'DISAPPEAR', 'FOREVER', 6, true) ||
      (anyOf(s, 'DESIRE') && /\b(?:alle|everyone|alt|verden)\b/.test(s.text))
    )
      push(hits, s, 'concept.disappear', 'suicide', 'check_in', 'DISAPPEAR');
    else if (
      /\b(?:ingen|(?:no|na) one|nobody)\b/.test(s.text) &&
      /\b(?:merke|merker|merket|savne|savner|savnet|care|miss)\b/.test(s.text)
    )
      push(hits, s, 'concept.unmissed', 'suicide', 'check_in', 'DISAPPEAR');
  }
  // Hopelessness about life itself (not about a job search), and being a burden.
  if (!ctxOf(s, 'END')) {
    if (
      anyOf(s, 'HOPELESS') &&
      anyOf(s, 'NEG') &&
      /\b(?:leve|living|live|livet|life|fremtid\w*|framtid\w*|future|vei ut|veg ut|way out|bedre|better|alt|for meg|for me)\b/.test(
        s.text,
      ) &&
      !/\b(?:soke|soknad\w*|jobb\w*|job|skole|skule|kurs\w*|eksamen|excel|bransje\w*|yrke\w*|firma\w*|laget)\b/.test(
        s.text,
      )
    ) {
      push(hits, s, 'concept.hopeless', 'suicide', 'check_in', 'HOPELESS');
    }
    if (
      (/\b(?:byrde|burden)\b/.test(s.text) && anyOf(s, 'SELF')) ||
      /\b(?:bedre|betre|better)\s+(?:\w+\s+){0,3}(?:uten|utan|without)\s+(?:meg|me)\b|\bi\s+(?:veien|vegen)\s+for\s+alle\b|\b(?:ingen|(?:no|na) one|nobody)\s+(?:\w+\s+){0,2}(?:savne|savnet|merke|merket|miss|care)\s+(?:\w+\s+)?(?:meg|me|if i|om jeg|hvis jeg)\b/.test(
        s.text,
      )
    ) {
      push(hits, s, 'concept.burden', 'suicide', 'check_in', 'BURDEN');
    }
  }
  // Violence: the speaker wants or means to harm someone; someone means to harm the speaker; a
  // weapon brought for someone.
  const gamesNeeded =
    anyOf(s, 'VIOLVERB') ||
    anyOf(s, 'WEAPON') ||
    anyOf(s, 'ABUSEVERB') ||
    wordIn(
      s,
      'fyr',
      'fire',
      'noe',
      'noko',
      'something',
      'vilje',
      'will',
      'redd',
      'livredd',
      'scared',
      'afraid',
      'rommet',
      'room',
      'senga',
      'bed',
    ) ||
    prefixIn(s, 'blamerk', 'bruise');
  const games =
    gamesNeeded &&
    /\b(?:spill\w*|spel\w*|game\w*|fortnite|minecraft|fifa|call of duty|cod|cs|valorant|zelda|mario\w*|sjakk|kort|poker|tennis|fotball\w*|kamp\w*|zombie\w*|monstr\w*|fiende\w*|boss\w*|npc\w*|quiz\w*|konkurranse\w*|armbryting|bryting|bordtennis|badminton|tid|tida|tiden|time|presentasjon\w*|eksamen|prove\w*|intervju\w*|vits\w*|latter|mygg\w*|veps\w*|ugress\w*|plant\w*|film\w*|serie\w*|bok\w*)\b/.test(
      s.text,
    );
  if (anyOf(s, 'VIOLVERB') && !games && !idiom) {
    // The speaker as subject ("jeg skal …", "har lyst å …") and someone else right after the verb.
    const v = firstOfSlot(s, 'VIOLVERB');
    const speakerSubject =
      s.words.slice(0, v).some((w) => w === 'jeg' || w === 'i') ||
      !s.words.slice(0, v).some((_, i) => has(s.bits[i] as number, 'OTHER') || has(s.bits[i] as number, 'CLOSE'));
    const objectAfter = s.words.slice(v + 1, v + 4).filter((w) => !/^(?:opp|ned|pa|ihjel|i|hjel)$/.test(w))[0];
    const targetAfter =
      objectAfter !== undefined && objectAfter !== 'meg' && objectAfter !== 'me' && has(slotsOf(objectAfter), 'TARGET');
    const speakerMeans =
      (near(s, 'DESIRE', 'VIOLVERB', 5) || near(s, 'INTENT', 'VIOLVERB', 5)) &&
      speakerSubject &&
      targetAfter &&
      !negatedBefore(s, 'VIOLVERB', 3);
    const threatToMe =
      /\b(?:skal|vil|kommer til a|kjem til a|gonna|will|going to|truer med a|truet med a)\s+(?:\w+\s+)?(?:drepe|drep|skade|knivstikke|stikke ned|skyte|banke opp|banke|sla ned|sla ihjel|kill|stab|shoot|hurt|beat)\s+(?:meg|me)\b/.test(
        s.text,
      ) &&
      !/^(?:jeg|i)\b/.test(s.text) &&
      // "mamma kommer til å drepe meg hvis jeg ikke rydder" is hyperbole; a threat tied to leaving or telling is not.
      (!/\b(?:meg|me)\s+(?:hvis|om|viss|dersom|nar|if|when)\b/.test(s.text) ||
        /\b(?:gar fra|forlater|slar opp|sier det|sier noe|forteller|leave|tell)\b/.test(s.text));
    if (threatToMe) push(hits, s, 'concept.threatened', 'violence', 'acute', 'VIOLVERB');
    else if (speakerMeans) push(hits, s, 'concept.violence_intent', 'violence', 'acute', 'VIOLVERB');
  }
  if (
    anyOf(s, 'WEAPON') &&
    !ctxOf(s, 'MEANS') &&
    !games &&
    /\b(?:skole\w*|skule\w*|school|jobb\w*|work|sekken|lomma|pa meg|with me|med meg|i tilfelle|in case|vise dem|show them|hevn\w*|revenge|venter|waiting|truet|truer|threatened)\b/.test(
      s.text,
    )
  ) {
    push(hits, s, 'concept.weapon', 'violence', 'acute', 'WEAPON');
  }
  // Abuse: someone close hits, forces, touches or threatens the speaker.
  if (
    anyOf(s, 'ABUSEVERB') &&
    !games &&
    !idiom &&
    /\b(?:meg|me|oss|us|mamma og meg|rommet mitt|min kropp|kroppen min)\b/.test(s.text) &&
    (anyOf(s, 'CLOSE') ||
      /\b(?:ble|blir|blei|vart|har blitt|was|got|get)\s+(?:\w+\s+)?(?:slatt|banket|banka|sparket|sparka|kvelt|voldtatt|misbrukt|mishandlet|raped|beaten|hit|kicked|choked|abused)\b/.test(
        s.text,
      ))
  ) {
    const controlOnly =
      /\b(?:truer|truet|trua|threatens|threatened)\s+med\s+(?:a\s+)?(?:gi|ringe|melde|sparken|trekke|stoppe|kaste ut|ta fra meg)\b/.test(
        s.text,
      ) || /\bsla(?:r|tt)?\s+(?:av|pa|opp|sammen)\b|\bslo\s+(?:av|pa|opp|sammen)\b/.test(s.text);
    // "kveler meg med spørsmål", "slo meg nesten ut med argumentene": figurative.
    const figurative =
      /\b(?:meg|me)\s+(?:\w+\s+){0,2}(?:med|with)\s+(?!(?:en|ei|et|a)\s+(?:kniv|belte|stokk|balltre|knife|belt))\w+/.test(
        s.text,
      ) || /\bnesten\b/.test(s.text);
    if (!controlOnly && !figurative) push(hits, s, 'concept.abuse', 'abuse', 'acute', 'ABUSEVERB');
  }
  if (
    wordIn(
      s,
      'tvang',
      'tvinger',
      'tvunget',
      'presset',
      'pressa',
      'forced',
      'forces',
      'sex',
      'gifte',
      'marry',
      'legge',
      'dele',
      'spre',
      'post',
      'share',
      'leak',
    ) &&
    /\b(?:tvang|tvinger|tvunget|presset|pressa|forced|forces)\s+(?:meg|me)\s+(?:til\s+)?(?:a\s+|to\s+)?(?:\w+\s+){0,2}(?:sex|ligge|gifte|marry|have sex|sende bilder|nakenbild\w*)\b|\b(?:sex|gifte meg|marry)\b[^.!?]{0,40}\b(?:mot min vilje|against my will|tvang|tvunget|forced)\b|\b(?:legge ut|dele|spre|post|share|leak)\s+(?:\w+\s+){0,2}(?:bilde\w*|bilete\w*|nudes|video\w*)\b[^.!?]{0,40}\b(?:hvis|om|viss|if|unless)\b/.test(
      s.text,
    )
  ) {
    push(hits, s, 'concept.coercion', 'abuse', 'acute', 'ABUSEVERB');
  }
  // Acute need: nowhere to sleep or nothing to eat, now.
  if (
    anyOf(s, 'SHELTER') &&
    anyOf(s, 'NEG') &&
    (anyOf(s, 'TIME') || /\b(?:dager|dagar|dogn|days|uke|veke|week)\b/.test(s.text)) &&
    /\b(?:sted|stad|plass|steder|where|tak over hodet)\b[^.!?]{0,25}\b(?:sove|bo|bu|sleep|stay|dra|go)\b|\b(?:spist|ete|eaten|mat|food)\b/.test(
      s.text,
    ) &&
    !/\b(?:fest\w*|hytt\w*|ferie\w*|hotell\w*|kino|restaurant\w*|faste|fasten|ramadan|diett\w*|lunsj|frokost|matpakke\w*)\b/.test(
      s.text,
    )
  ) {
    push(hits, s, 'concept.acute_need', 'welfare', 'concern', 'SHELTER');
  }
  if (
    wordIn(s, 'kastet', 'kasta', 'kicked', 'thrown') &&
    /\b(?:kastet|kasta|kicked|thrown)\s+(?:meg\s+|me\s+)?(?:ut|out)\b/.test(s.text) &&
    /\b(?:hjemme\w*|heime\w*|hjemmefra|heimanfra|of the house|out of home|i kveld|i natt|tonight|sitter|sover|gata|stasjon\w*|ingen steder|nowhere)\b/.test(
      s.text,
    ) &&
    !/\b(?:fest\w*|klubb\w*|timen|gruppa|chat\w*|spill\w*|laget|server\w*|discord|butikk\w*)\b/.test(s.text)
  ) {
    push(hits, s, 'concept.acute_need', 'welfare', 'concern', 'SHELTER');
  }
  // Violence said other ways: a condition then the act ("hvis han …, så stikker jeg ham"), arson,
  // a vague but serious threat, "kunne skadet dem for alvor".
  if (
    !games &&
    !idiom &&
    (anyOf(s, 'VIOLVERB') || anyOf(s, 'WEAPON') || wordIn(s, 'fyr', 'fire', 'noe', 'noko', 'something'))
  ) {
    const v = firstOfSlot(s, 'VIOLVERB');
    const after = anyOf(s, 'VIOLVERB')
      ? s.words.slice(v + 1, v + 4).filter((w) => !/^(?:opp|ned|pa|ihjel|i|hjel|jeg)$/.test(w))[0]
      : undefined;
    const targetAfter = after !== undefined && after !== 'meg' && has(slotsOf(after), 'TARGET');
    const speakerActs =
      /\b(?:stikker|dreper|skyter|skader|banker|knivstikker|slar)\s+(?:jeg|eg)\s+(?:han|ham|henne|dem|dei|de)\b/.test(
        s.text,
      );
    const serious = /\bfor\s+alvor\b|\bfor real\b|\bseriously\b/.test(s.text) && anyOf(s, 'SELF');
    if (speakerActs || (targetAfter && serious && !negatedBefore(s, 'VIOLVERB', 3)))
      push(hits, s, 'concept.violence_intent', 'violence', 'acute', 'VIOLVERB');
    if (
      /\b(?:sette|satte|setter|tenne|tenner|tente|set)\s+(?:fyr|fire)\s+(?:pa|pa\s+huset|to)\b/.test(s.text) &&
      /\b(?:deres|hans|hennes|dems|til\s+\w+|their|his|her)\b/.test(s.text)
    )
      push(hits, s, 'concept.arson', 'violence', 'acute', 'VIOLVERB');
    if (
      /\b(?:gjore|gjor|gjere)\s+(?:noe|noko|something)\s+(?:med|mot|to)\s+(?:ham|han|henne|dem|dei|him|her|them)\b/.test(
        s.text,
      ) &&
      /\b(?:aldri glemmer|aldri gloymer|never forget|angre|regret|for alvor|skikkelig)\b/.test(s.text)
    )
      push(hits, s, 'concept.violence_intent', 'violence', 'acute', 'TARGET');
    if (
      anyOf(s, 'WEAPON') &&
      !ctxOf(s, 'MEANS') &&
      /\b(?:dit|gar dit|drar dit|oppsoke\w*|finne ham|finne han|finne dem|there)\b/.test(s.text)
    )
      push(hits, s, 'concept.weapon', 'violence', 'acute', 'WEAPON');
  }
  // Abuse said other ways: against one's will; bruises from home; fear of being hit at home;
  // someone close in one's room at night.
  if (
    !games &&
    !idiom &&
    (wordIn(s, 'vilje', 'will', 'redd', 'livredd', 'scared', 'afraid', 'rommet', 'room', 'senga', 'bed') ||
      prefixIn(s, 'blamerk', 'bruise', 'grue'))
  ) {
    if (/\b(?:mot\s+(?:min|viljen min|mi)\s*vilje|mot viljen min|against my will)\b/.test(s.text))
      push(hits, s, 'concept.against_will', 'abuse', 'acute', 'ABUSEVERB');
    if (
      /\b(?:blamerk\w*|bruises?|merker\s+etter\s+slag)\b/.test(s.text) &&
      /\b(?:hjemme|heime|home|skjedde|pappa|mamma|stefar\w*|kjeresten|typen|han|faren|moren)\b/.test(s.text) &&
      !ctxOf(s, 'HARM')
    )
      push(hits, s, 'concept.bruises', 'abuse', 'acute', 'ABUSEVERB');
    if (
      /\b(?:redd|livredd|scared|afraid|grue\w*)\b/.test(s.text) &&
      /\b(?:bli slatt|blir slatt|bli banket|bli sparket|getting hit|get hit|get beaten|slar meg|banker meg|hits me|beats me)\b/.test(
        s.text,
      )
    )
      push(hits, s, 'concept.fear_of_violence', 'abuse', 'acute', 'ABUSEVERB');
    if (
      anyOf(s, 'CLOSE') &&
      /\brommet\s+(?:mitt|mett)\b|\bmy room\b|\bsenga\s+mi\b|\bmy bed\b/.test(s.text) &&
      /\b(?:natt\w*|night|kveld\w*|nar\s+(?:alle|mamma)\s+sover)\b/.test(s.text)
    )
      push(hits, s, 'concept.night_visits', 'abuse', 'acute', 'CLOSE');
  }
  // Suicide said softly: one's own funeral, death as tempting, "not your fault", thanks before leaving.
  if (
    !idiom &&
    wordIn(
      s,
      'begravelsen',
      'gravferda',
      'bisettelsen',
      'funeral',
      'doden',
      'death',
      'do',
      'dod',
      'dead',
      'feil',
      'skyld',
      'fault',
      'takk',
      'takke',
      'thank',
    ) &&
    !ctxOf(s, 'FAREWELL')
  ) {
    if (/\b(?:begravelsen|gravferda|bisettelsen)\s+(?:min|mi)\b|\bmy funeral\b/.test(s.text))
      push(hits, s, 'concept.own_funeral', 'suicide', 'check_in', 'SELF');
    if (
      /\b(?:doden|death|a do|a vere dod|being dead)\b/.test(s.text) &&
      /\b(?:fristende|fristar|frister|tempting|deilig\w*|befriende|lokker|lokkar|appealing|a relief|en lettelse)\b/.test(
        s.text,
      )
    )
      push(hits, s, 'concept.death_tempting', 'suicide', 'acute', 'DEATH');
    if (
      /\b(?:det|dette|it)\s+(?:(?:var|er|was|is)\s+(?:ikke|ikkje|not)|(?:ikke|ikkje)\s+(?:var|er)|wasn't|isn't)\s+(?:deres|dykkar|din|di|your)\s+(?:feil|skyld|fault)\b/.test(
        s.text,
      )
    )
      push(hits, s, 'concept.not_your_fault', 'suicide', 'check_in', 'SELF');
    if (
      /\btakke?\s+for\s+alt\b|\bthank\s+you\s+for\s+everything\b/.test(s.text) &&
      /\b(?:for|before)\s+(?:jeg|eg|i)\s+(?:gar|drar|forsvinner|go|leave)\b/.test(s.text)
    )
      push(hits, s, 'concept.farewell', 'suicide', 'check_in', 'SELF');
  }
  // Method questions: which means is most dangerous in large doses; making it look like an accident.
  if (!idiom && (anyOf(s, 'MEANS') || wordIn(s, 'ulykke', 'uhell', 'accident'))) {
    if (
      anyOf(s, 'MEANS') &&
      !ctxOf(s, 'MEANS') &&
      /\b(?:farl\w*|dangerous|dodelig\w*|lethal|store doser|stor dose|large doses?|overdos\w*)\b/.test(s.text) &&
      (isQuestion || /\b(?:hvilke|hvilken|kva for|which|what)\b/.test(s.text))
    )
      push(hits, s, 'concept.means_question', 'suicide', 'check_in', 'MEANS');
    if (
      /\b(?:ser ut som|ser ut som om|look like|looks like)\s+(?:en|ei|an)?\s*(?:ulykke|uhell|accident)\b/.test(
        s.text,
      ) &&
      !/\b(?:film\w*|serie\w*|bok\w*|krim\w*|spill\w*)\b/.test(s.text)
    )
      push(hits, s, 'concept.disguised', 'suicide', 'acute', 'SELF');
  }
  // Self-harm said other ways: punishing the body, new wounds, pain outside to ease the inside.
  if (
    !idiom &&
    (prefixIn(s, 'straff', 'punish', 'smert') || wordIn(s, 'sar', 'kutt', 'arr', 'wounds', 'cuts', 'vondt', 'pain')) &&
    !ctxOf(s, 'HARM')
  ) {
    if (
      /\b(?:straffer|straffe|straffa|straffet|punish\w*)\s+(?:kroppen min|kroppen|meg selv|meg|myself|my body)\b/.test(
        s.text,
      )
    )
      push(hits, s, 'concept.self_harm', 'self_harm', 'acute', 'SELF');
    if (
      /\b(?:nye|nytt|ferske|laget|lagd|lagt)\s+(?:\w+\s+)?(?:sar|kutt|arr|wounds|cuts)\b|\b(?:sar|kutt|cuts)\s+(?:\w+\s+){0,3}(?:selv|myself|i kveld|i natt|igjen)\b/.test(
        s.text,
      ) &&
      !/\b(?:operasjon\w*|tannlege\w*|lege\w*|sykkel\w*)\b/.test(s.text)
    )
      push(hits, s, 'concept.self_harm', 'self_harm', 'acute', 'SELF');
    if (
      /\b(?:smerte\w*|vondt|pain)\b/.test(s.text) &&
      /\b(?:utsiden|utenpa|outside)\b/.test(s.text) &&
      /\b(?:innsiden|inni|inside)\b/.test(s.text)
    )
      push(hits, s, 'concept.self_harm', 'self_harm', 'acute', 'SELF');
  }
  // Self-harm: a harming verb on oneself, or on one's body, or taken up again.
  if (anyOf(s, 'HARMVERB') && !ctxOf(s, 'HARM')) {
    const onSelf =
      /\b(?:kutt\w*|skjer\w*|skar\w*|risp\w*|riss\w*|brenn\w*|brant|brent|skad\w*|cut\w*|hurt\w*|harm\w*|burn\w*)\s+(?:meg|myself|me)\b(?!\s+(?:ut|ned|inn|fri|los|av|bort|ikke|aldri|not|never|en|ei|et|ein|eit|litt|noe|noko|mer|a|some|pa\s+(?:et|eit|en|ein|ei|papir\w*|glas\w*|kniv\w*)\b))/.test(
        s.text,
      );
    // Hitting one's head can be an accident; deliberately, or until it bleeds, it is not.
    const onlyHitting = positions(s, 'HARMVERB').every((i) => /^(?:sla|slar|slo|dunk\w*)$/.test(s.words[i] as string));
    const deliberate =
      /\b(?:til\s+(?:det|jeg)\s+(?:blor|blodde|bler)|med vilje|on purpose|for a kjenne|straffe meg|igjen og igjen|meg selv|myself|until it bleeds)\b/.test(
        s.text,
      );
    const onBody = near(s, 'HARMVERB', 'BODY', 5, true) && !thirdOf(s, 'HARMVERB') && (!onlyHitting || deliberate);
    const resumed =
      /\b(?:begynt|begynne|starta|startet|igjen|again)\b/.test(s.text) &&
      /\b(?:kutte|kutt|kuttet|skade|risse|cutting|cut)\b(?!\s+(?:ned|ut|pa|av|bort|kostnad\w*|sukker|kaffe))/.test(
        s.text,
      ) &&
      !/\b(?:kutte|kutt)\s+(?:ned|ut)\b/.test(s.text);
    if ((onSelf || onBody || resumed) && !negatedBefore(s, 'HARMVERB', 4))
      push(hits, s, 'concept.self_harm', 'self_harm', 'acute', 'HARMVERB');
  }
  return hits;
}

/**
 * Slot features of one sentence's canonical words for the classifier (features.ts): each slot
 * present ("q:MEANS") and each ordered pair of slots within eight words ("qq:DESIRE>DEATH"), so
 * the classifier, too, learns meanings rather than wordings.
 */
export function slotFeatures(words: string[]): string[] {
  if (words.length === 0) return [];
  const s = sentenceOf(words);
  const out: string[] = [];
  const lists = s.bits.map(slotIndexes);
  let seen = 0;
  for (let i = 0; i < lists.length; i++) {
    const li = lists[i] as readonly number[];
    for (const a of li) {
      if ((seen & (1 << a)) === 0) {
        seen |= 1 << a;
        out.push(SLOT_FEATURE[a] as string);
      }
      for (let j = i + 1; j < Math.min(lists.length, i + 9); j++) {
        for (const b of lists[j] as readonly number[])
          if (b !== a) out.push((PAIR_FEATURE[a] as string[])[b] as string);
      }
    }
  }
  return out;
}

const SLOT_FEATURE = SLOT_NAMES.map((n) => `q:${n}`);
const PAIR_FEATURE = SLOT_NAMES.map((a) => SLOT_NAMES.map((b) => `qq:${a}>${b}`));
const indexCache = new Map<number, readonly number[]>();

/** The slot numbers in a bit mask, in slot order (cached per mask). */
function slotIndexes(bits: number): readonly number[] {
  const cached = indexCache.get(bits);
  if (cached) return cached;
  const out: number[] = [];
  for (let i = 0; i < SLOT_NAMES.length; i++) if ((bits & (1 << i)) !== 0) out.push(i);
  if (indexCache.size < 10_000) indexCache.set(bits, out);
  return out;
}

/** Sentences of a message for this layer (the classifier's split): at most 60 words each. */
function sentencesOf(rawText: string): { words: string[]; question: boolean }[] {
  const out: { words: string[]; question: boolean }[] = [];
  for (const part of splitSentences(rawText)) {
    const words = canonicalWords(part);
    const question =
      /\?\s*$/.test(part) || /^(?:hva|hvor|hvordan|hvilken|hvilke|kor|korleis|kva|how|what|which)\b/i.test(part);
    for (let i = 0; i < words.length; i += 60) out.push({ words: words.slice(i, i + 60), question });
  }
  return out;
}

/** What the concept layer says about one message (never lowers; the caller raises). */
export function assessConcepts(rawText: string): RiskAssessment {
  const out: RiskAssessment = { level: 'none', categories: [], matched: [] };
  const rank: Record<RiskLevel, number> = { none: 0, check_in: 1, concern: 2, acute: 3 };
  for (const { words, question } of sentencesOf(rawText)) {
    if (words.length === 0) continue;
    for (const hit of assessSentence(sentenceOf(words), question)) {
      if (rank[hit.level] > rank[out.level]) out.level = hit.level;
      if (!out.categories.includes(hit.category)) out.categories.push(hit.category);
      if (!out.matched.includes(hit.id)) out.matched.push(hit.id);
    }
  }
  return out;
}
