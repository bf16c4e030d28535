import {
  AT_A_NAMED_PLACE,
  FAREWELL_TO_THING,
  LIVE_LIKE_SOMEONE,
  NATURE_DEATH,
  NO_LONGER_USED,
  TRAVEL,
} from '../lexicon/tokens.js';
import type { Slot } from './slots.js';

/**
 * Phrases that fill a slot as a whole, on the canonical sentence (words joined by one space).
 * Each match marks the word it starts at. A phrase is tried only when one of its `gate` words
 * is in the sentence (most sentences have none, which keeps the layer fast).
 */
export const PHRASES: readonly { slot: Slot; re: RegExp; gate: readonly string[] }[] = [
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
    re: /\b(?:slutte|slutta|stop|stopped)\s+a\s+(?:leve|puste|eksistere|finnes)\b(?!\s+(?:av|som)\b|\s+pa\s+(?!(?:denne|den)\s+(?:jorda|jorden|planeten|kloden)\b))|\bstop\s+(?:living|breathing|existing)\b/g,
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
    re: /\b(?:henge|hengje|henger)\s+(?:(?:man|en|ein|folk)\s+)?(?:meg|seg|myself)\b(?!\s+(?:pa|med|etter|opp|fast|inn|ut)\b|\s+i\b(?!\s+(?:fjor|helga|helgen|sommer|vinter|host|var|gar|natt|kveld|gar)\b))/g,
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
    re: new RegExp(
      String.raw`\b(?:ikke|aldri|not|never)\s+(?:(?:lenger|mer)\s+)?(?:eksistere|finnes|fins|exist|vere til(?!\s+(?:bry|besvar|plage|nytte|hjelp|glede|stede)\b))\b(?!${AT_A_NAMED_PLACE})`,
      'g',
    ),
    gate: ['eksistere', 'finnes', 'fins', 'exist', 'til'],
  },
  {
    slot: 'DEATH',
    re: /\b(?:ikke|aldri|not|never)\s+(?:\w+\s+)?(?:vakne|vakner|vaknet|vakna|wake)\b/g,
    gate: ['vakne', 'vakner', 'vaknet', 'vakna', 'wake'],
  },
  {
    slot: 'DEATH',
    re: new RegExp(
      String.raw`\b(?:ikke|aldri|not)\s+(?:(?:vil|vil|orker|gidder|want to|lyst (?:til )?a)\s+)?(?:a\s+)?(?:leve|leva|living|live|vere her|vere i live|be here|be alive)\b(?!\s+(?:av|pa|i|med|som|sann|slik|off|on|like|with)\b)(?!${AT_A_NAMED_PLACE})`,
      'g',
    ),
    gate: ['leve', 'leva', 'living', 'live', 'vere', 'be'],
  },
  {
    slot: 'VIOLVERB',
    re: /\b(?:sla|slar|slo|slatt)\s+(?:\w+\s+)?(?:ihjel|i\s+hel|i\s+hjel)\b(?!\s+(?:tid|tida|tiden)\b)/g,
    gate: ['ihjel', 'hel', 'hjel'],
  },
  { slot: 'DEATH', re: /\bend\s+it\b|\bover\s+(?:for|med)\s+meg\b/g, gate: ['end', 'over'] },
  {
    slot: 'FAREWELL',
    re: /\b(?:(?:si|sier|sagt|sa)\s+)?(?:ha det|hadet|hade)\b(?=.*\b(?:alltid|godt|siste|alle|forever|dere)\b)|\bsiste\s+(?:gang|melding\w*|beskjed\w*)\s+(?:\w+\s+){0,3}(?:fra meg|from me)\b|\bsiste\s+gang\s+(?:jeg|eg|i)\s+(?:skriver|skriv|snakker|snakkar|sender|melder|writes?|text)\s*(?:(?:her|til\s+(?:dere|dykk|dokker|deg|noen|nokon|you))\b)?(?=\s*(?:[.!,;]|$|og\b|takk\b))|\blast\s+(?:time|message)\b|\bnar\s+(?:dere|du)\s+(?:leser|finner)\s+dette\b|\bwhen\s+you\s+read\s+this\b/g,
    gate: ['ha', 'hadet', 'hade', 'siste', 'last', 'leser', 'finner', 'read'],
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
export const PHRASES_BY_GATE = new Map<string, number[]>();
PHRASES.forEach(({ gate }, id) => {
  for (const g of gate) {
    const ids = PHRASES_BY_GATE.get(g) ?? [];
    if (!ids.includes(id)) ids.push(id);
    PHRASES_BY_GATE.set(g, ids);
  }
});

/** Sentences where the slot words are not meant literally, or belong to an everyday context. */
export const IDIOM =
  /\b(?:do|dor|dode|doy|die|dying)\s+(?:av|of)\s+(?:skam|latter|flau\w*|kjedsomhet|kjedsomheit|pinlighet|sjenanse|nerver|spenning|sult|kos|embarrass\w*|boredom|shame)\b|\b(?:do|dor|doy|die)\s+(?:hvis|om|viss|dersom|nar|if)\s+(?:jeg|i)\s+(?:ma|skal|have to|must|ikke far|ikke fikk|don't get)\b|\b(?:av latter|le meg i hjel|ler meg i hjel|dods(?:lei|kjedelig|sliten|trott)|drepe\s+(?:tid|tida|tiden)|i\s+foten|kjedsomhet|kjedelig|flau\w*|pinlig|kill it|killing it|dying to|die laughing|innvendig|inni meg)\b/;
/**
 * Laughter and "just joking" ("haha", "tuller"): a joke, unless the sentence says it is none
 * (NOT_JOKING: "lol jeg vil dø, ikke på tull", "jeg tuller ikke").
 */
export const JOKING = /\b(?:haha|tuller|tulla|tullar)\b/;
export const NOT_JOKING =
  /\b(?:ikke pa tull|ikkje pa tull|tuller ikke|tuller ikkje|tullar ikkje|pa ordentlig|pa ekte|seriost|serr|mener det|meiner det|for real|no joke|not joking|ingen spok)\b/;
/**
 * Leaving this service, not life: the last time one writes *here*, with thanks for the help
 * ("siste gang jeg skriver her, takk for hjelpen"). "Takk for alt" and "til dere" stay farewells.
 */
const LEAVING_THE_SERVICE = String.raw`\bsiste\s+gang\s+(?:jeg|eg|i)\s+(?:skriver|skriv|er|chatter)\s+(?:her|pa\s+(?:chatten|her|denne))\b[^.!?]*\b(?:takk|tusen takk|thanks)\s+for\s+(?:(?:all|alt\s+)?hjelpen|hjelp|praten|pratene|samtalen\w*|radene|tipsene|the help)\b`;

/** The last message for today or for a while, not for ever ("siste melding fra meg i dag"). */
const FAREWELL_FOR_A_WHILE = String.raw`\b(?:fra meg|from me)\s+(?:i dag|idag|for i dag|today|for today|for na|pa en stund|for a while|denne uka|this week)\b`;
/**
 * A farewell to someone else who leaves ("avskjedskort til læreren som slutter", "kollegaen som
 * går av"): the one leaving is not the speaker.
 */
const SOMEONE_ELSE_LEAVES = String.raw`\bsom\s+(?:skal\s+|snart\s+)?(?:slutter|sluttar|slutta|sluttet|slutte|flytter|flyttar|flytta|flyttet|flytte|reiser|reiste|drar|dro|gar av|gikk av|gaar av|pensjonerer\w*|bo\s+(?:hos|i|pa))\b|\bpensjon\w*`;
/** Waking at or until a time ("vil ikke våkne klokka seks", "… til mandag"): an alarm, not a wish not to wake at all. */
const WAKE_AT_A_TIME = String.raw`\b(?:vakne|vakna|vakner|vaknar|wake)\s+(?:opp\s+|up\s+)?(?:klokka|klokken|kl|at|for|pa|sa tidlig|sa tidleg|i otta|til\s+(?:\w+dag|klokka|kl|lunsj|middag|\d+))\b`;

export const CONTEXT: Readonly<
  Partial<Record<'MEANS' | 'FAREWELL' | 'END' | 'DISAPPEAR' | 'GIVEAWAY' | 'DEATH' | 'HARM', RegExp>>
> = {
  MEANS:
    /\b(?:middag\w*|mat|maten|matlaging|kokk\w*|kjokken\w*|skjerebrett\w*|gronnsak\w*|brod\w*|kake\w*|kjott\w*|fisk\w*|klatr\w*|klatring|bat\w*|seil\w*|camping|tur\w*|telt\w*|hodepine\w*|mensen|feber|allergi\w*|resept\w*|lege\w*|apotek\w*|jakt\w*|skytebane\w*|fallskjerm\w*|brygge\w*|bading|stupe\w*|stup|kaka|kakene|pizza\w*|taco\w*|lok|loken|poteter|salat\w*|frukt\w*|eple\w*|polse\w*|kylling\w*|biff\w*|ost|osten|pakka|pakken|esken|eska)\b|\b(?:om|per|pr|i)\s+(?:dagen|dognet|dogn|day)\b|\b(?:daglig|dosering|maksdose\w*|anbefalt\w*|trygt|safe)\b|\buten\s+at\s+det\s+er\s+farlig\b|\btil\s+a\s+(?:skjere|kutte|dele|skrelle|hakke|smore|apne|lage|steke|koke|bake|fikse|reparere|spikke|snekre)\b(?!\s+(?:opp\s+)?(?:meg|seg|selv|armen|armene|handledd\w*|laret|larene|huden|magen)\b)/,
  FAREWELL: new RegExp(
    String.raw`\b(?:livet|life)\s+(?:som|as)\s+\w+|\b(?:see you|ses|snakkes|for now|for na|til neste|neste uke|next week|sykehjem\w*|sjukeheim\w*|hospital\w*|hospice|\w*vakt\w*|\w*skift\w*|\w*shifts?|jul\w*|christmas|xmas|paske\w*|easter|nyttar\w*|new year|this year|i ar|\w*fest\w*|party|sjefen|kake\w*|sykehus\w*|flyplass\w*|reise\w*|jobb\w*|kolleg\w*|praksis\w*|skole\w*|skule\w*|klasse\w*|sommer\w*|ferie\w*|flytt\w*|kurs\w*|avslutning\w*|russ\w*|laget|trener\w*|fretex|loppemarked\w*|utveksling\w*|\w+fag|faget|oppgave\w*|lekse\w*|undervisning\w*|pensum|homework|assignment)\b|${FAREWELL_TO_THING}|${TRAVEL}|${LEAVING_THE_SERVICE}|${FAREWELL_FOR_A_WHILE}|${SOMEONE_ELSE_LEAVES}`,
  ),
  END: /\bslutt\s+(?:med|pa)\b(?!\s+(?:alt|alt sammen|livet|livet mitt|det hele|meg|alle|dette|everything)\b)|\b(?:ferdig|done)\s+(?:med|with)\s+(?!(?:alt|alt sammen|livet|livet mitt|det hele|det|dette|meg|meg selv|alle|verden\w*|smerten|everything|life|it|it all|myself|the world)\b)(?:(?:den|det|de|dei|min|mitt|mine|mi|the|my|all)\s+)?[a-z]+(?:a|en|et|ene|ane|ing|ingen|s)\b|\b(?:gjeld\w*|lanet|lanene|studielan\w*|inkasso\w*|debts?|loans?)\b|\b(?:kjeresten|typen|dama|forhold\w*|relationship|girlfriend|boyfriend|with him|with her)\b|\b(?:skole\w*|skule\w*|jobb\w*|soke|soker|soknad\w*|prosjekt\w*|eksamen|semester\w*|kurs\w*|praksis\w*|oppgave\w*|lekse\w*|regning\w*|cv\w*|lerling\w*|lereplass\w*|kontrakt\w*|abonnement\w*|arbeidsforhold\w*|leieforhold\w*|medlemskap\w*|tiltak\w*|studi\w*)\b/,
  DISAPPEAR:
    /\b(?:telefon\w*|mobil\w*|nokkel\w*|nokl\w*|lommebok\w*|penge\w*|sykkel\w*|sykkelen|bag\w*|veske\w*|jakke\w*|lappen|kortet|passet|katt\w*|hund\w*|smerte\w*|hodepine\w*|sosiale medier|instagram|snap\w*|tiktok|facebook|nett\w*|dyna|dyne|under dyna|en stund|en uke|ferie\w*|hytta|helga|helgen|for a while|jobben|skolen|klassen|timen|kurset|treningen|praksisen|motet|byen|herfra)\b/,
  GIVEAWAY: new RegExp(
    String.raw`\b(?:fretex|loppemarked\w*|gamle|brukt|second hand|veldedighet\w*|bursdag\w*|julegave\w*|fatt ny\w*|fikk ny\w*|kjopt ny\w*|got a new|new one|for liten|for sma|for stor|vokst\s+(?:ut\s+av|fra)|grown out of|outgrown|flytt\w*|moving|rydd\w*|declutter\w*)\b|${NO_LONGER_USED}`,
  ),
  // Wondering what death is ("hva skjer etter døden", "hvor blir de av") is no wish about one's own,
  // in a sentence where the speaker wishes or means nothing; nor is the death of a star, a cell or
  // a species ("hvordan dør en stjerne", "hvorfor døde dinosaurene ut").
  DEATH: new RegExp(
    String.raw`\b(?:spise|drikke|ete|drikka|eat|drink)\w*\s+(?:\w+\s+)?(?:for\s+)?(?:mye|mange|much|many)\s+(?:energidrikk\w*|kaffe|cola|brus|vann|sukker|godteri|snop|salt|sjokolade|koffein|red bull|monster|melk|chips|pizza|te)\b|\bom\s+(?:selvmord\w*|a do)\b|\b(?:stryk\w*|eksamen\w*|muntlig\w*|tentamen\w*|innlevering\w*|pensum\w*|forerprov\w*|oppkjoring\w*)\b|\babout\s+suicide\b|\bhelp\s+a\s+friend\b|\bhjelpe\s+(?:en|ei|andre|folk)\b|\b(?:som|who)\s+(?:dode|dor|died|die)\b|\b(?:tilbake|back)\b|\b(?:tidlig|tidleg|seint|sent|early|alarm\w*|vekkerklokk\w*)\b|\b\w*krig\w*|${NATURE_DEATH}|${LIVE_LIKE_SOMEONE}|${WAKE_AT_A_TIME}|\b(?:jobbe|jobber|arbeide|arbeider|work|working|hjelpe|help|helping)\s+(?:\w+\s+)?(?:med|with)?\s*(?:\w+\s+){0,2}(?:som|who)\s+(?:har|hadde|have|has|had)\b|\b(?:plant\w*|blomst\w*|spill\w*|game\w*|fortnite|serveren|karakter\w*|batteri\w*|mobil\w*|telefon\w*|pc\w*|laptop\w*|bilen\s+min|publikum|dokumentar\w*|film\w*|serie\w*|bok|boka|boken|boker|bokene|dikt\w*|poet\w*|novell\w*|roman\w*|ballade\w*|stykket|avis\w*|nyhet\w*|historie\w*|helsefag\w*|forstehjelp\w*|first aid|hlr|timen|norsktimen|forebygg\w*|krig\w*|kreft\w*|sykdom\w*|begravelse\w*|fallskjerm\w*)\b|^(?![^.!?]*\b(?:jeg|eg|i)\s+(?:\w+\s+)?(?:vil|skal|har lyst|onsker|want|wanna|tenker pa a)\b)[^.!?]*?(?:\b(?:hva|kva|what)\s+(?:som\s+)?(?:skjer|happens)\s+(?:etter|after|nar\s+(?:man|en|vi|folk)\s+(?:dor|do)|when\s+(?:you|we|people)\s+die)\b|\b(?:etter|after)\s+(?:doden|death)\b|\b(?:hvor|kor)\s+(?:blir|ble|vart)\s+(?:de|dei|vi|man|ein|dyrene|dyra)\s+av\b)`,
  ),
  HARM: /\b(?:uhell\w*|accident\w*|trening\w*|middag\w*|lagde mat|laget mat|fotball\w*|handball\w*|kamp\w*|matlaging|lage mat|barber\w*|harklipp|papir\w*|glass\w*|falt|falle|fall|datt|skled|ulykke\w*|jobb\w*|redd for|kne\w*|ankel\w*|rygg\w*|skulder\w*|steke\w*|ovn\w*|komfyr\w*|grill\w*|sola|solbrent|brennevin|kalorier|fett|finger\w*|fingr\w*|tommel\w*|boks\w*|glas|glass|hoveljern\w*|saks\w*)\b/,
};

export const ENGLISH_AFTER_DO = new Set([
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
export const ENGLISH_BEFORE_DO = new Set([
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
