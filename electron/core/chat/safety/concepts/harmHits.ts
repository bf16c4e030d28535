import {
  has,
  near,
  negatedBefore,
  anyOf,
  ctxOf,
  firstOfSlot,
  wordIn,
  prefixIn,
  push,
  type Hit,
  type Sentence,
} from './sentence.js';
import { slotsOf } from './slots.js';
import { GAMES, UNTIL_PAYDAY } from '../lexicon/tokens.js';

/**
 * A game, a match, a contest or a figure of speech: the violence words are play. A game named
 * after "i" ("slår meg i tekken") uses the rules' list (GAMES); that list holds short words
 * ("lol", "lop") that only mean a game in that place.
 */
const GAME_OR_FIGURE = new RegExp(
  String.raw`\b(?:spill\w*|spel\w*|game\w*|fortnite|minecraft|fifa|call of duty|cod|cs|valorant|zelda|mario\w*|sjakk|kort|poker|tennis|fotball\w*|kamp\w*|finale\w*|final|finals|semifinal\w*|match\w*|turnering\w*|tournament\w*|cup\w*|league|serieseier\w*|zombie\w*|monstr\w*|fiende\w*|boss\w*|npc\w*|quiz\w*|konkurranse\w*|armbryting|bryting|bordtennis|badminton|tid|tida|tiden|time|presentasjon\w*|eksamen|prove\w*|intervju\w*|vits\w*|latter|mygg\w*|veps\w*|ugress\w*|plant\w*|film\w*|serie\w*|bok|boka|boken|boker|bokene)\b|\b(?:i|in)\s+${GAMES}\b`,
);

/** Not an acute need: a trip or a festival, a party, a fast or a diet, a meal skipped or ordered in, money short until payday. */
const NOT_ACUTE_NEED = new RegExp(
  String.raw`\b(?:fest\w*|hytt\w*|ferie\w*|hotell\w*|kino|restaurant\w*|faste|fasten|ramadan|diett\w*|lunsj|frokost|matpakke\w*|pizza\w*|bestill\w*|takeaway|foodora|wolt|pa vei|on the way|road ?trip|festival\w*|reis\w*|\w*turen)\b|${UNTIL_PAYDAY}`,
);

/**
 * Concept hits for violence (to or from the speaker, weapons, threats), abuse by someone close
 * (hitting, forcing, touching, control) and acute need (nowhere to sleep, nothing to eat).
 * Appends to `hits` (a sentence the IDIOM guard caught never gets here).
 */
export function addHarmHits(s: Sentence, hits: Hit[]): void {
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
  const games = gamesNeeded && GAME_OR_FIGURE.test(s.text);
  if (anyOf(s, 'VIOLVERB') && !games) {
    // The speaker as subject ("jeg skal …", "har lyst å …") and someone else right after the verb.
    const v = firstOfSlot(s, 'VIOLVERB');
    const speakerSubject =
      s.words.slice(0, v).some((w) => w === 'jeg' || w === 'i') ||
      !s.words.slice(0, v).some((_, i) => has(s.bits[i] as number, 'OTHER') || has(s.bits[i] as number, 'CLOSE'));
    const objectAfter = s.words
      .slice(v + 1, v + 5)
      .filter((w) => !/^(?:opp|ned|pa|ihjel|i|hjel|hel|den|denne|det|dette|that|this|the)$/.test(w))[0];
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
    // "han har aldri slått meg": the act denied, unless taken back ("før", "men", "until").
    const denied =
      /\b(?:aldri|ikke|ikkje|never|not)\s+(?:\w+\s+)?(?:slatt|sla|slar|slo|banket|banka|sparket|sparka|rort|lagt hand pa|hit|touched|beaten|hurt)\s+(?:meg|me)\b(?![^.!?]*\b(?:for|men|but|until|enna|enda|enno|before|ennå)\b)/.test(
        s.text,
      );
    if (!controlOnly && !figurative && !denied) push(hits, s, 'concept.abuse', 'abuse', 'acute', 'ABUSEVERB');
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
    !NOT_ACUTE_NEED.test(s.text)
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
  if (!games && (anyOf(s, 'VIOLVERB') || anyOf(s, 'WEAPON') || wordIn(s, 'fyr', 'fire', 'noe', 'noko', 'something'))) {
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
      /\b(?:natt\w*|night|kveld\w*|nar\s+(?:alle|mamma)\s+sover)\b/.test(s.text) &&
      // Someone comes or stays in the room, not the speaker sleeping elsewhere while it is painted.
      !/\b(?:males|pusses opp|oppussing\w*|maling|painted|renovat\w*|flytt\w*)\b/.test(s.text)
    )
      push(hits, s, 'concept.night_visits', 'abuse', 'acute', 'CLOSE');
  }
}
