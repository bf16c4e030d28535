import { r, type RiskRule } from './rule.js';
import { SUBJ, TRAVEL, EVERYDAY_LEAVING } from './tokens.js';

/**
 * Disclosures said without the usual words (lead's probe, stop 32), each a kind of meaning:
 * - keeping oneself alive as something one may not manage ("vet ikke hvor lenge jeg klarer å
 *   holde meg i live", "keeping myself alive is all I do");
 * - goodbyes already said to the people one cares about ("har sagt ha det til de jeg er glad i");
 * - an adult or a stranger who wants to meet the speaker alone (grooming), in bokmål, nynorsk
 *   and English.
 * Everyday uses of the same words are in `unless`: a game, a trip or a move, a meeting at work.
 */
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
];
