import { r, type RiskRule } from './rule.js';
import { SUBJ, PILLS, TRAVEL, EVERYDAY_LEAVING, CLAUSE_END } from './tokens.js';

/**
 * Disclosures said without the usual words (lead's probe, stop 32), each a kind of meaning:
 * - keeping oneself alive as something one may not manage ("vet ikke hvor lenge jeg klarer å
 *   holde meg i live", "keeping myself alive is all I do");
 * - goodbyes already said to the people one cares about ("har sagt ha det til de jeg er glad i");
 * - an adult or a stranger who wants to meet the speaker alone (grooming), in bokmål, nynorsk
 *   and English;
 * - knowing where one will "do it"; passwords or keys handed on for
 *   "afterwards"; how high a bridge or a roof is, looked up; whether a large number of pills or a
 *   poison is dangerous or deadly; all the rest of the pills taken; "I said no but he didn't stop".
 * Everyday uses of the same words are in `unless`: a game, a trip or a move, a meeting at work.
 */
/** A number of pills that is no dose: two digits or more, or all of them. */
const LARGE_AMOUNT = String.raw`(?:\d{2,}|tjue|tretti|forti|femti|hundre|alle|hele|heile|en hel|ei heil|twenty|thirty|fifty|all)`;

export const UNSAID_DISCLOSURE_RULES: readonly RiskRule[] = [
  {
    id: 'suicide.keeping_oneself_alive',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:holde|holder|holdt|halde|held|heldt)\s+meg\s+(?:sjol\s+|selv\s+|sjolv\s+)?i\s+(?:live|livet)\b|\b(?:keep|keeping|kept|stay|staying)\s+(?:myself\s+)?alive\b`,
    ),
    unless: r(
      String.raw`\b(?:spill\w*|spel\w*|game\w*|gaming|minecraft|fortnite|rust|dayz|survival|overlevelses\w*|villmark\w*|tur\w*|plant\w*|batteri\w*|mobil\w*|kaffe\w*|koffein|energidrikk\w*|red bull|monster|cola|sukker|snacks|sjokolade|eksam\w*|lesesal\w*|pugg\w*|samtalen|samtala|samtale|praten|the conversation|the chat)\b`,
    ),
  },
  {
    id: 'suicide.goodbye_to_loved_ones',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:sagt|sa|sier|seier|si|sei|skrevet|skrive|skriv|sendt|sende|said|say|texted)\s+(?:ha det|hadet|farvel|adjo|goodbye|bye)\s+(?:til|to)\s+(?:alle\s+|de\s+|dei\s+|dem\s+|everyone\s+|the\s+people\s+|people\s+)?(?:(?:som\s+)?${SUBJ}\s+(?:bryr meg om|bryr meg|er glad i|e glad i|elsker|held av|holder av)|som\s+(?:betyr|betydde|betyder)\s+(?:noe|noko|mest|alt)|(?:i|i'?m)\s+(?:love|care about|care for)|who\s+matter)\b`,
    ),
    unlessInSentence: r(
      String.raw`${TRAVEL}|${EVERYDAY_LEAVING}|\b(?:utveksling\w*|militer\w*|forstegangs\w*|folkehogsk\w*)\b`,
    ),
  },
  {
    id: 'abuse.adult_wants_to_meet_alone',
    category: 'abuse',
    level: 'concern',
    pattern: r(
      String.raw`\b(?:voksen|vaksen|voksne|vaksne|eldre|gammel|gamal|godt voksen|middelaldr\w*|ukjent|fremmed|framand|en mann|ein mann|en fyr|ein fyr|en type|mann pa|adult|older|grown|stranger|a man|some guy|an old)\b[^.!?]{0,80}\b(?:mote|mota|motes|motast|treffe|treffa|treffes|treffast|meet|see)\s+(?:\w+\s+){0,2}(?:alene|aleine|aleina|alone|pa hotell\w*|at a hotel|hjemme hos (?:han|ham|seg)|heime hos (?:han|seg)|at his place|i bilen (?:hans|sin)|in his car)\b`,
    ),
    unless: r(
      String.raw`\b(?:kolleg\w*|sjef\w*|veileder\w*|rettleiar\w*|lege\w*|psykolog\w*|helsesoster\w*|helsesyster\w*|intervju\w*|jobbintervju\w*|rutine\w*|lonn\w*|nav|arbeidsgiver\w*|arbeidsgjevar\w*|bestefar\w*|morfar\w*|farfar\w*|coworker|colleague|boss|doctor|interview)\b`,
    ),
  },
  {
    id: 'suicide.knows_where_to_do_it',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:vet|veit|veid|know)\s+(?:\w+\s+)?(?:hvor|kor|kvar|hvar|nar|kva tid|where|when)\s+(?:${SUBJ}|i)\s+(?:skal|ska|kommer til a|kjem til a|will|am going to|gonna)\s+(?:gjore|gjere|gjer|gjor|do)\s+(?:det|it)${CLAUSE_END}`,
    ),
    unlessInSentence: r(
      String.raw`\b(?:lekse\w*|oppgave\w*|innlevering\w*|prove\w*|eksamen\w*|bibliotek\w*|lesesal\w*|jobb\w*|skole\w*|skule\w*|praksis\w*|intervju\w*|trening\w*|ovelse\w*|kurs\w*|presentasjon\w*|fremforing\w*|homework|assignment|exam|presentation|work|school)\b`,
    ),
  },
  {
    id: 'suicide.affairs_for_afterwards',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:passord\w*|koder|kodene|pin\w*|nokler|nokkelen|nokkelene|konto\w*|brukernavn\w*|passwords?|keys|accounts)\b[^.!?]{0,60}\b(?:sa|slik at|so|for)\s+(?:han|hun|ho|de|dei|dere|mamma|pappa|he|she|they|you)\s+(?:har|fa|far|kan|has|have|gets?)\s+(?:dem|dei|det|den|them|it)?\s*(?:etterpa|etter meg|nar jeg er borte|nar eg er borte|afterwards|after i'm gone|when i'm gone)\b`,
    ),
    unlessInSentence: r(String.raw`${TRAVEL}|\b(?:ferie\w*|sykehus\w*|operasjon\w*|jobb\w*|vakt\w*)\b`),
  },
  {
    id: 'suicide.height_looked_up',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:sett|sjekket|sjekka|googla|googlet|lest|funnet ut|undersokt|malt|looked up|checked|googled|searched)\s+(?:\w+\s+){0,2}(?:hvor|kor|how)\s+(?:hoy|hoyt|hog|hogt|dyp|dypt|djup|djupt|high|tall|deep|far down)\s+(?:\w+\s+){0,3}(?:bru\w*|bro|broa|taket|stupet|fjellet|blokka|blokken|bygget|hochhaus|parkeringshus\w*|fossen|bridge|roof|cliff|building)\b`,
    ),
    unless: r(
      String.raw`\b(?:fysikk\w*|matte\w*|oppgave\w*|prosjekt\w*|turist\w*|tur\w*|kart\w*|snekker\w*|jobb\w*|ingenior\w*|homework|project)\b`,
    ),
  },
  {
    id: 'suicide.dangerous_amount_asked',
    category: 'suicide',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:farlig|dodelig|daudeleg|skadelig|livsfarlig|deadly|dangerous|lethal|fatal)\b[^.!?]{0,25}\b(?:a\s+|to\s+)?(?:ta|ta inn|svelge|take|swallow)\s+(?:${LARGE_AMOUNT}|mange|masse)\s+(?!mg\b|milligram|ml\b|g\b)(?:\w+\s+)?${PILLS}|\b(?:kan|could|can)\s+(?:man|en|ein|du|jeg|eg|you|i|one)\s+(?:\w+\s+)?(?:do|doy|daue|die)\s+av\s+(?:a\s+)?(?:drikke|drikka|ta|svelge|svelgje|spise|ete|sniffe|inhalere|puste inn|drink\w*|tak\w*|swallow\w*|eat\w*)\s+(?:${LARGE_AMOUNT}\s+(?!mg\b|milligram|ml\b|g\b)(?:\w+\s+)?${PILLS}|(?:\w+\s+){0,2}(?:rodsprit|sprit|klor|klorin|blekemiddel\w*|frostvesk\w*|frostveske|lampeolje|rottegift|gift|vaskemiddel\w*|oppvaskmiddel\w*|metanol|white spirit|lighter fluid|bensin|parafin|bleach|antifreeze|poison)\b)`,
    ),
    unless: r(String.raw`\b(?:hunden|katten|hund|katt|barn|babyen|ungen|dyr|dog|cat|child)\b`),
  },
  {
    id: 'suicide.rest_of_the_pills_taken',
    category: 'suicide',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:tok|tatt|tar|tek|svelget|svelgde|svelga|took|swallowed)\s+(?:${SUBJ}\s+)?(?:resten av|alle|hele|heile|en hel|ei heil|the rest of|all)\s+(?:\w+\s+){0,2}${PILLS}`,
    ),
    unless: r(
      String.raw`\b(?:lege\w*|kur|kuren|resept\w*|som jeg skulle|slik jeg skulle|som legen|antibiotika|p-piller|p-pillene|vitamin\w*|doctor|prescri\w*|as told)\b`,
    ),
  },
  {
    id: 'abuse.said_no_he_went_on',
    category: 'abuse',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:jeg|eg|i)\s+(?:sa|sei|said|ropte|skreik|screamed)\s+(?:nei|stopp|stop|no)\b[^.!?]{0,40}\b(?:men|but|og|and)\s+(?:han|hun|ho|de|dei|he|she|they)\s+(?:stoppet ikke|stoppa ikke|stoppa itj|stoppa ikkje|stoppet ikkje|fortsatte|fortsette|heldt fram|holdt fram|didn't stop|didnt stop|kept going|continued|went on)\b`,
    ),
    unless: r(
      String.raw`\b(?:mase\w*|masa|spor\w*|spurte|ringe\w*|ringte|sende\w*|sendte|snakke\w*|prate\w*|kjefte\w*|krangle\w*|tulle\w*|kile\w*|kitle\w*|synge\w*|spille\w*|game\w*|selge\w*|jobb\w*)\b`,
    ),
  },
];
