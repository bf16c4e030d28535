import { positions, near, negatedBefore, anyOf, ctxOf, push, type Hit, type Sentence } from './sentence.js';
import { EVERYDAY_TRAP, HELP_WITH_A_TASK, ROLE_GROUP } from '../lexicon/tokens.js';
import { BOUNDED_HOPELESSNESS, LIVING_MANNER } from '../lexicon/suicidePlain.js';

/** A burden to a team, a class or colleagues, or when asking for help with a task, is one in that role. */
const BURDEN_IN_ROLE = new RegExp(
  String.raw`\b(?:byrde|burden)\s+(?:\w+\s+)?(?:for|til|to|on|i|in|pa)\s+${ROLE_GROUP}|${HELP_WITH_A_TASK}`,
);
/** No way out of a debt or a contract is no way out of life. */
const TRAPPED_IN_EVERYDAY = new RegExp(EVERYDAY_TRAP);
/** No future or point in a named place or undertaking, or in a way of living, not in life (lexicon/suicidePlain.ts). */
const HOPELESS_IN_A_PLACE = new RegExp(String.raw`${BOUNDED_HOPELESSNESS}|\b(?:leve|leva|living)\s+${LIVING_MANNER}`);

/** Words of the WAY slot that say only "how much" ("mye", "mange", "lang"): not a way unless asked. */
const AMOUNT_ONLY = /^(?:mye|mange|many|much|lang|dypt|hoyt|hoy|hoyest|vondt|hurt)$/;

/** A question by its word order, with or without "?": "kan man …", "er det …", "gjør det …", "is it …". */
const ASKED =
  /^(?:kan|kunne|vil|ville|er|blir|gjor|gar|ma|skal|does|do|is|can|will|would|how)\s+(?:man|det|en|it|you|one|du|jeg|i)\b/;

/**
 * A way or method named in a statement (or a sentence asked without "?"): a WAY word that is more than an amount, or an amount
 * asked about ("hvor mye", "how many"). "Bestefar døde, jeg tenker mye på han" names no way.
 */
function wayNamed(s: Sentence): boolean {
  if (ASKED.test(s.text)) return true;
  for (const i of positions(s, 'WAY')) {
    const w = s.words[i] as string;
    if (!AMOUNT_ONLY.test(w) || /^(?:hvor|how)$/.test(s.words[i - 1] ?? '')) return true;
  }
  return false;
}

/**
 * Concept hits for suicide: a wish, intent, plan or method about one's own death; ending it;
 * a means made ready; farewells; giving things away; disappearing; hopelessness; being a burden.
 * Appends to `hits` (a sentence the IDIOM guard caught never gets here).
 */
export function addSuicideHits(s: Sentence, isQuestion: boolean, hits: Hit[]): void {
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
    if ((isQuestion || wayNamed(s)) && near(s, 'WAY', 'DEATH', 8, true))
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
    if (
      (near(s, 'PLAN', 'END', 10, true) &&
        !(EVERYDAY_PLAN.test(s.text) && !ENDING.test(s.text)) &&
        !ENDED_THING.test(s.text)) ||
      (near(s, 'PLAN', 'READY', 3, true) && anyOf(s, 'TIME') && !EVERYDAY_PLAN.test(s.text)) ||
      // "har en plan, neste uke er jeg borte": gone by a time, for nothing named.
      (near(s, 'PLAN', 'DISAPPEAR', 10) &&
        (anyOf(s, 'TIME') || LATER.test(s.text)) &&
        !EVERYDAY_PLAN.test(s.text) &&
        !ctxOf(s, 'DISAPPEAR'))
    )
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
    // Away, shared out among people, or not needed any more.
    (/\bbort\b|\baway\b/.test(s.text) ||
      /\b(?:fordelt|fordele|fordeler|delt ut|deler ut|dele ut)\b/.test(s.text) ||
      (anyOf(s, 'NOMORE') && anyOf(s, 'NEG'))) &&
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
      ) &&
      !TRAPPED_IN_EVERYDAY.test(s.text) &&
      !HOPELESS_IN_A_PLACE.test(s.text) &&
      // "ingenting blir bedre av å bare vente": a means that does not help, not life without hope.
      !/\b(?:bli|blir|ble|get|gets)\s+(?:\w+\s+)?(?:bedre|better)\s+(?:av|ved|by)\s+(?:a|to|at)\b/.test(s.text)
    ) {
      push(hits, s, 'concept.hopeless', 'suicide', 'check_in', 'HOPELESS');
    }
    if (
      (/\b(?:byrde|burden)\b/.test(s.text) && anyOf(s, 'SELF') && !BURDEN_IN_ROLE.test(s.text)) ||
      /\b(?:bedre|betre|better)\s+(?:\w+\s+){0,3}(?:uten|utan|without)\s+(?:meg|me)\b|\b(?:ikke|ikkje|not)\s+(?:\w+\s+)?(?:et\s+|eit\s+|noe\s+|noko\s+|a\s+)?(?:problem|bry|byrde|burden)\s+for\s+(?:noen|nokon|alle|dere|anyone|anybody)\s+(?:lenger|lengre|meir|mer|anymore|snart)\b|\b(?:ikke|ikkje|not)\s+(?:noe\s+|noko\s+|any\s+)?(?:darligere|verre|worse)\s+(?:\w+\s+)?(?:uten|utan|without)\s+(?:meg|me)\b|\b(?:sluppet|slapp|sleppe|slippe|spart|spared)\s+(?:\w+\s+){0,5}(?:om|hvis|viss|dersom|if)\s+(?:jeg|i)\s+(?:var|ble|vart|was|were)\s+(?:borte|dod|vekk|gone|dead)\b|\bi\s+(?:veien|vegen)\s+for\s+alle\b|\b(?:ingen|(?:no|na) one|nobody)\s+(?:\w+\s+){0,2}(?:savne|savnet|merke|merket|miss|care)\s+(?:\w+\s+)?(?:meg|me|if i|om jeg|hvis jeg)\b/.test(
        s.text,
      )
    ) {
      push(hits, s, 'concept.burden', 'suicide', 'check_in', 'BURDEN');
    }
  }
  addUnnamedActHits(s, hits);
}

/** Longer horizons ("til sommeren", "neste år", "by christmas"), not a week away. */
const LATER =
  /\b(?:til|i|innen|neste|etter|by|next|this|until)\s+(?:sommer\w*|jul\w*|ar|aret|paske\w*|host\w*|vinter\w*|var|varen|bursdag\w*|17\.? mai|nyttar\w*|year|summer|christmas|easter|birthday|then|da)\b|\bi\s+ar\b|\b(?:det\s+)?nye\s+aret\b|\bneste\s+ar\b|\bbli\s+(?:1[6-9]|2\d)\b/;
/** Everyday plans and absences name what they are for. */
export const EVERYDAY_PLAN =
  /\b(?:bryllup\w*|eksamen\w*|prove\w*|fest\w*|ferie\w*|tur\w*|reise\w*|reis|flytt\w*|intervju\w*|mote\w*|timen|time hos|tannleg\w*|lege\w*|utveksling\w*|utland\w*|militer\w*|forsvaret|folkehog\w*|studi\w*|jobb\w*|skole\w*|kurs\w*|praksis\w*|kamp\w*|trening\w*|konsert\w*|bursdagsfest\w*|wedding|exam|party|trip|holiday|vacation|exchange|interview|hytt\w*|sommerjobb\w*|innleveringa?|presentasjon\w*|oppgave\w*|soke\w*|soker|sokte|soknad\w*|lerling\w*|apply\w*|application\w*)\b/;

/** An END word that says ending, not only "finished" ("ferdig", "over"): "festen er ferdig planlagt". */
const ENDING = /\b(?:slutt|avslutt\w*|ende|end)\b/;

/**
 * Ending one named thing, a definite noun that is not life, pain or existence ("avslutte
 * medlemskapet", "end the contract"): a plan about that thing.
 */
const ENDED_THING =
  /\b(?:avslutte|avslutter|avslutta|avsluttet|si opp|sier opp|end|cancel)\s+(?:mitt\s+|min\s+|mi\s+|my\s+|the\s+)?(?!(?:livet|live|smert\w*|lidelse\w*|plage\w*|pine\w*|eksistensen|tilveret|tilverelsen|alt|det|dette|meg|it|everything)\b)\w{2,}(?:et|en|a|ene|ane|ship|tion|ment)\b/;

/** A word that every "chosen" shape below needs. */
const CHOSEN_GATE =
  /\b(?:valgt|valgte|valt|datoen|daton|tidspunktet|bestemt|fastsatt|funnet|chosen|picked|decided|hvordan|how|dato|daton|date|dag|day|plan)\b/;

/**
 * The act left unnamed: a day, a date or a place chosen, "how and when" known, a plan that is
 * ready, "doing it" decided for a time; being gone by a time to come; someone asked to look after
 * one's animals or things once one is gone. Said in a counseling chat, these are asked about
 * (check_in). Plans and absences that name what they are for (a wedding, an exam, a trip) are not.
 */
function addUnnamedActHits(s: Sentence, hits: Hit[]): void {
  if (EVERYDAY_PLAN.test(s.text)) return;
  const chosen =
    CHOSEN_GATE.test(s.text) &&
    !ctxOf(s, 'END') &&
    (/\b(?:valgt|valgte|valt|bestemt|fastsatt|funnet|chosen|picked)\s+(?:meg\s+)?(?:en\s+|ei\s+|et\s+|a\s+|the\s+)?(?:dag|dagen|dato|daton|tidspunkt|tidspunktet|sted|stedet|kveld|natt|date|day|place|night)\b(?!\s+(?:for|til|pa|to|of)\b)|\b(?:datoen|daton|dagen|tidspunktet|the date)\s+(?:er|is)\s+(?:satt|valgt|bestemt|set|chosen)\b(?!\s+(?:for|til|pa|to|of)\b)/.test(
      s.text,
    ) ||
      /\b(?:hvordan|how)\s+og\s+(?:\w+\s+){0,2}(?:nar|hva tid|when|hvor|where)\b(?!\s+(?:jeg|i|vi|we)\s+(?:skal|ska|will|should|kan|can)\s+(?!gjore\b|do\b))|\bbestemt\s+(?:meg\s+)?(?:nar|hvor|hvordan|when|where|how)\s+(?:det|it)\b|\b(?:nar|when)\s+og\s+(?:\w+\s+){0,2}(?:hvordan|how|hvor|where)\b(?!\s+(?:jeg|i|vi|we)\s+(?:skal|ska|will|should|kan|can)\s+(?!gjore\b|do\b))/.test(
        s.text,
      ) ||
      /\b(?:en|a)\s+(?:dato|dag|date|day)\s+og\s+(?:et|a|en)\s+(?:sted|place)\b/.test(s.text) ||
      (/\b(?:har|have|got)\s+(?:en|a)\s+plan\b(?!\s+(?:for|til|om|to|pa)\b)/.test(s.text) &&
        /\b(?:klar|klart|ferdig|ready|set)\b/.test(s.text)) ||
      (/\b(?:bestemt|decided)\s+(?:meg\s+)?(?:for\s+)?(?:a\s+|to\s+)?(?:gjore|gjor|do)\s+(?:det|it)\b/.test(s.text) &&
        (anyOf(s, 'TIME') || LATER.test(s.text) || /\b(?:etter|for|before|after)\s+\w+/.test(s.text))));
  // Doing "it" when nobody is there to notice.
  const unnoticed =
    /\b(?:gjore|gjor|do)\s+(?:det|it)\s+(?:\w+\s+){0,4}(?:alene|alone|ingen\s+(?:er\s+hjemme|merker|ser|vet)|no one|nobody|merker ingen)\b/.test(
      s.text,
    );
  if (chosen || unnoticed) push(hits, s, 'concept.plan_unnamed', 'suicide', 'check_in', 'SELF');
  if (
    LATER.test(s.text) &&
    /\b(?:jeg|i)\s+(?:er|blir|will be|won't be|will not be|am)\s+(?:ikke\s+)?(?:a se|her|til stede|here|around|alive|i live)\b/.test(
      s.text,
    ) &&
    /\b(?:ikke|not|won't)\b/.test(s.text) &&
    !/\b(?:hos|besok\w*|borte pa|staying with|visiting)\b|\b(?:skal|drar|reiser|going|flying)\s+(?:til|pa|to)\b/.test(
      s.text,
    )
  )
    push(hits, s, 'concept.gone_by_then', 'suicide', 'check_in', 'SELF');
  // Others better off if the speaker were gone.
  if (
    /\b(?:better off|bedre|best|beste|lettere|easier)\b/.test(s.text) &&
    /\b(?:if i (?:was|were) gone|if i wasn't (?:here|around)|without me|om jeg (?:var|er|blir) borte|hvis jeg (?:var|er|blir) borte|at jeg forsvinner|om jeg forsvant|hvis jeg forsvant|om jeg ikke (?:fantes|var her)|hvis jeg ikke (?:fantes|var her))\b/.test(
      s.text,
    ) &&
    !EVERYDAY_PLAN.test(s.text)
  )
    push(hits, s, 'concept.burden', 'suicide', 'check_in', 'BURDEN');
  // Not being there for a time to come: not living to see it, not to be counted on or planned for.
  if (
    LATER.test(s.text) &&
    (/\b(?:kommer\s+(?:ikke|aldri)\s+til\s+a|rekker\s+(?:ikke|aldri)\s+a|won't|will not|never)\s+(?:a\s+)?(?:oppleve|se|bli|fylle|feire|make it to|see|turn|experience)\b/.test(
      s.text,
    ) ||
      /\bikke\s+(?:regn|tell)\s+med\s+meg\b|\b(?:don't|do not)\s+count\s+on\s+me\b|\bplanlegge\s+(?:\w+\s+){0,3}med\s+meg\b|\bblir\s+(?:ikke|aldri)\s+med\s+(?:inn\s+)?i\b/.test(
        s.text,
      )) &&
    !/\b(?:hos|besok\w*|borte pa|staying with|visiting|konsert\w*|billett\w*)\b|\b(?:skal|drar|reiser|going|flying)\s+(?:til|pa|to)\b/.test(
      s.text,
    )
  )
    push(hits, s, 'concept.gone_by_then', 'suicide', 'check_in', 'SELF');
  // One's things or animals given to someone for after one is gone.
  if (
    /\b(?:fa|fr|arve|ha|get|have|inherit)\s+(?:\w+\s+){0,3}(?:tingene|ting|katt\w*|hund\w*|kanin\w*|fugl\w*|gitar\w*|sykkel\w*|smykk\w*|klerne|pc\w*|playstation\w*|rommet|my \w+)\s+(?:\w+\s+){0,3}(?:etter meg|after me)\b|\b(?:tingene|katt\w*|hund\w*|kanin\w*|gitar\w*|sykkel\w*|smykk\w*|pc\w*)\s+(?:min|mitt|mi|mine)\s+(?:kan|skal|ma)\s+(?:\w+\s+){0,3}(?:fa|arve|ha)\s+(?:nar|etter)\b/.test(
      s.text,
    ) &&
    !/\b(?:helg\w*|uke\w*|dager|en stund|noen dager|weekend|week|a while|ferie\w*|lane|lant)\b/.test(s.text)
  )
    push(hits, s, 'concept.giving_away', 'suicide', 'check_in', 'SELF');
  if (
    /\b(?:pass pa|passe pa|passer pa|ta vare pa|tar vare pa|ta deg av|tar deg av|take care of|look after)\s+(?:\w+\s+){0,2}(?:katt\w*|hund\w*|kanin\w*|fugl\w*|hest\w*|marsvin\w*|dyr\w*|tingene|ting|cat|dog|pets?|things|stuff)\b/.test(
      s.text,
    ) &&
    /\b(?:nar|etter|after|when|once)\s+(?:at\s+)?(?:jeg|i)(?:'m|\s+am|\s+er|\s+blir)?\s+(?:borte|gone|dod|dead|ikke er her|not here)\b|\b(?:etter meg|after me)\b/.test(
      s.text,
    ) &&
    !/\b(?:helg\w*|uke\w*|dager|en stund|noen dager|weekend|week|a while)\b/.test(s.text)
  )
    push(hits, s, 'concept.giving_away', 'suicide', 'check_in', 'SELF');
}
