import { r, type RiskRule } from './rule.js';
import {
  CLAUSE_END,
  GAMES,
  HYPERBOLE_TAIL,
  IDIOM_DEATH,
  LIVING_LIKE_OR_WITHOUT,
  MORE,
  NEG,
  SELF,
  SUBJ,
  SUICIDE_WORD,
  UNDERTAKING,
} from './tokens.js';

/**
 * Suicidal thoughts said plainly (round 18): the one-line statements a young person types, by
 * meaning rather than wording. Each rule is one meaning, on folded text:
 * - killing oneself said with a bare reflexive "meg" after the speaker as subject ("jeg vil drepe
 *   meg", "æ ska drep mæ", "eg har lyst til å drepa meg"): with "jeg" before the verb, "meg" is
 *   the speaker, not a threat from someone else (that is concept.threatened);
 * - the old and formal verbs for taking one's life: "ta seg/meg av dage", "gjøre det av med meg
 *   (selv)", "gjøre kål på meg selv";
 * - being dead as what ought to be, or never having been born ("burde vært død", "skulle aldri
 *   blitt født", "i should be dead");
 * - fed up with life itself in other words than "lei" ("fått nok av livet", "drittlei av å leve");
 * - not bearing to wake up again ("orker ikke å våkne flere ganger");
 * - death or suicide as the only way out ("selvmord er eneste utvei", "eneste løsningen er å dø");
 * - leaving the world or life, or wanting to be in heaven ("forlate denne verden", "vil vekk fra
 *   livet", "vil til himmelen"); not someone out of one's life ("ut av livet mitt");
 * - better or rather dead ("bedre død enn levende", "vil heller være død"), soon dead ("snart er
 *   jeg død"), the will to live lost ("mistet livslysten");
 * - not managing to go on, said as the whole clause ("klarer ikke å fortsette");
 * - whether one can die from self-harm or a fall ("kan man dø av å kutte seg");
 * - not wanting any more, said as the whole clause ("jeg vil ikke mer", "vil ikkje lenger"); not
 *   "gidder ikke mer", which is mostly tiredness from a task.
 * Everyday uses of the same words are in `unless`: laughter, games, training, "av latter".
 */

/** A modal, a wish or an intention, in any tense, between the speaker and the verb. */
const WANT_OR_WILL = String.raw`(?:vil|ville|skal|ska|skulle|kommer|kjem|kan|burde|bor|ma|har lyst|hadde lyst|lyst|onsker|onska|onsket|tenker|tenkte|tenkt|tenkjer|planlegger|planla|vurderer|provde|provd|prover|forsokte|forsoker|orker|tor|turte|gar|har bestemt|bestemte|bestemt|er klar|er nodt)`;
/** A word between the speaker and the verb that is not another person (who would be the killer). */
const NOT_OTHER = String.raw`(?!(?:han|hun|ho|de|dei|du|dere|mamma|pappa|noen|nokon|folk|alle|sjefen|typen|faren|moren)\b)\w+\s+`;
/** Killing verbs that take the speaker's "meg" as object. */
const KILL = String.raw`(?:drepe|drepa|drep|dreper|drepte|myrde|myrder|kverke|kverka)`;
/** The speaker as object, in bokmål, nynorsk, dialect and chat spelling (folded). */
const ME = String.raw`(?:meg|me|mei|meh|mej)`;
/** The speaker before the modal, or left out at the start of a clause; or after it ("skulle jeg"). */
const speakerModal = (modal: string): string =>
  String.raw`(?:\b${modal}(?<=(?:^|[.!?,;:]\s*|\b${SUBJ}\s+|\bi\s+)(?:(?:bare|egentlig|kanskje|vel|jo|heller|helst|really|just)\s+)?\w+)|\b${modal}\s+${SUBJ})`;
/** "Ought to" said by the speaker; "skulle" only with "ha vært / aldri blitt", as "trodde jeg skulle dø" is fear, not a wish. */
const SPEAKER_OUGHT = speakerModal('(?:burde|should|shoulda)');
const SPEAKER_OUGHT_OR_SHOULD_HAVE = speakerModal('(?:burde|skulle|should|shoulda)');
/** Fed up, in other words than "lei av" (which tired_of_living reads). */
const FED_UP = String.raw`(?:fatt nok|fett nok|drittlei|dritlei|dritt lei|mokklei|mokk lei|lutlei|lut lei|kei|sykt lei|skikkelig lei|sa lei|sick and tired)`;
/** Life itself, or living. */
const LIFE_OR_LIVING = String.raw`(?:livet|a\s+(?:leve|leva|vere til|vere i live|eksistere|finnes)|being alive|living|life)`;
/** Food or drink: "vil ikke mer" at the table. */
const AT_THE_TABLE = String.raw`\b(?:mat|maten|spise|ete|mett|porsjon\w*|kake\w*|is|godteri|snop|drikke|kaffe|te|pizza|middag\w*|takk)\b`;
/** A way out, a solution, an option. */
const WAY_OUT = String.raw`(?:utvei\w*|utveg\w*|losning\w*|loysing\w*|vei ut|veg ut|mulighet\w*|moglegheit\w*|option|way out|solution)`;
/** Dying or suicide named as what one would do. */
const DYING = String.raw`(?:${SUICIDE_WORD}\w*|suicide|a\s+(?:do|doy|ta livet mitt|ta livet av meg|drepe meg|avslutte livet|forsvinne for godt)|doden|to die|dying|death)`;
/** The sky, not heaven: a balloon, a kite, a plane, looking up. */
const THE_SKY = String.raw`\b(?:fly|flyr|flyet|ballong\w*|drage\w*|rakett\w*|sky|skyene|skyer|bla|stjerne\w*|ser|sa|titte\w*|peke\w*|stige\w*|skyskrap\w*)\b`;
/** Ways one might hurt oneself, as asked in "kan man dø av å …". */
const SELF_HARM_ACT = String.raw`(?:kutte|kutta|skjere|skjera|henge|hengje|drukne|kvele|hoppe|svelge|ta\s+(?:for\s+)?(?:mange|mye|alle)|overdose\w*|cutting|hanging|jumping|drowning)`;
/** A joke, a game or training: the same verbs in everyday use. */
const EVERYDAY = String.raw`\b(?:haha\w*|hehe\w*|lol|lmao|xd|av latter|pa trening\w*|pa treninga|pa jobb\w*|i timen|${GAMES})\b`;

/**
 * Everyday twins of plain suicidal wording, shared with the older rules and concepts that read
 * the same words (each is one kind of everyday meaning, not a list of sentences):
 * - LIFE_IN_A_ROLE: "livet som arbeidsledig / student", "livet på landet", a life situation, not
 *   life itself ("livet som det er", "livet på denne jorda" stay life itself);
 * - DONE_WITH_SOMEONE: done for good with a person, a habit or an undertaking ("ferdig med ham",
 *   "slutt med snusen");
 * - LIVING_MANNER: a way of living ("leve sunt, billig, grønt, på budsjett");
 * - BOUNDED_HOPELESSNESS: no future or point in a named place or undertaking ("i den butikken",
 *   "på jobben"), not in life or the world.
 */
export const LIFE_IN_A_ROLE = String.raw`\b(?:livet|life)\s+(?:${LIVING_LIKE_OR_WITHOUT}|(?:pa|i)\s+(?!(?:jorda|jorden|verden|verda|kloden|planeten|denne|den|dette)\b)[a-z]+(?:et|en|a)\b)`;
export const DONE_WITH_SOMEONE = String.raw`\b(?:ferdig|ferdige|slutt|done)\s+(?:med|with)\s+(?:ham|han|henne|hun|ho|dem|dei|deg|dere|dykk|him|her|them|you|typen|dama|kjeresten|eksen|venn\w*|kompis\w*|gjengen|vennegjengen|snus\w*|royk\w*|alkohol\w*|drikking\w*|fyll\w*|gambling\w*|pengespill\w*|sosiale medier|tiktok|snap\w*|insta\w*|facebook|sukker|godteri|${UNDERTAKING})\b`;
export const LIVING_MANNER = String.raw`(?:sunt|sunnt|usunt|billig|billigere|dyrt|gront|miljovennlig|okologisk|vegansk|vegetar\w*|sparsomt|enkelt|enklere|minimalistisk|aktivt|pa\s+(?:budsjett|studielan|sparebluss)|uten\s+(?:bil|kjott|sukker|alkohol)|${LIVING_LIKE_OR_WITHOUT})`;
export const BOUNDED_HOPELESSNESS = String.raw`\b(?:fremtid\w*|framtid\w*|future|meningslost|meiningslaust|hapelost|haplaust|haplost|vits|vitsen|mening|meining|poeng)\s+(?:\w+\s+)?(?:i|pa|hos|ved|in|at)\s+(?:(?:den|denne|dette|that|this)\s+(?!(?:verden|verda|jorda|livet|kroppen|world|life)\b)\w+|${UNDERTAKING}|butikk\w*|bransje\w*|firma\w*|bedrift\w*|klubb\w*|laget)\b`;

export const SUICIDE_PLAIN_RULES: readonly RiskRule[] = [
  {
    id: 'suicide.plain.kill_me',
    category: 'suicide',
    level: 'acute',
    pattern: r(
      String.raw`\b${SUBJ}\s+(?:${NOT_OTHER}){0,2}${WANT_OR_WILL}\s+(?:${NOT_OTHER}){0,4}${KILL}\s+${ME}\b|\b${SUBJ}\s+(?:bare\s+|snart\s+|na\s+)?(?:dreper|drep|drepte)\s+${ME}\b`,
    ),
    unless: r(EVERYDAY),
  },
  {
    id: 'suicide.plain.formal_verbs',
    category: 'suicide',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:ta|tar|tok|tatt|tek|teke)\s+(?:${ME}|seg|sitt\s+liv|sitt\s+eget\s+liv)(?:\s+${SELF})?\s+av\s+dage(?:r|ne)?\b|\b(?:gjore|gjor|gjorde|gjort|gjere|gjer)\s+(?:det\s+)?av\s+med\s+${ME}(?:\s+${SELF})?\b|\b(?:gjore|gjor|gjorde|gjort|gjere|gjer)\s+kal\s+pa\s+${ME}\s+${SELF}\b`,
    ),
    concernIf: r(
      String.raw`\b(?:han|hun|ho|de|dei|noen|nokon|mange|folk)\s+(?:\w+\s+){0,2}(?:tok|tek|tar|har tatt|gjorde|gjer)\b`,
    ),
    unless: r(EVERYDAY),
  },
  {
    id: 'suicide.plain.ought_to_be_dead',
    category: 'suicide',
    level: 'acute',
    pattern: r(
      String.raw`${SPEAKER_OUGHT}\s+(?:(?:bare|egentlig|heller)\s+)?(?:do|doy|die)\b|${SPEAKER_OUGHT_OR_SHOULD_HAVE}\s+(?:(?:bare|egentlig|heller|ha|have|hatt)\s+){0,3}(?:(?:vert|vart|vore|vere|been|be)\s+(?:dod|daud|dead)|died|dodd)\b|${SPEAKER_OUGHT_OR_SHOULD_HAVE}\s+(?:(?:bare|egentlig|heller)\s+)?(?:aldri|ikke|ikkje|never|not)\s+(?:ha\s+|have\s+)?(?:blitt|vorte|vert|vart|been|vere)\s+(?:fodt|fodd|born)\b`,
    ),
    concernIf: r(String.raw`\b(?:han|hun|ho|de|dei|he|she|they)\s+(?:burde|skulle|should)\b`),
    unless: r(EVERYDAY),
  },
  {
    id: 'suicide.plain.fed_up_with_life',
    category: 'suicide',
    level: 'check_in',
    pattern: r(String.raw`\b${FED_UP}\s+(?:av|ta|of)\s+${LIFE_OR_LIVING}\b`),
    unless: r(LIFE_IN_A_ROLE),
  },
  {
    id: 'suicide.plain.want_no_more',
    category: 'suicide',
    level: 'check_in',
    pattern: r(String.raw`\b(?:vil|ville)\s+${NEG}\s+${MORE}${CLAUSE_END}`),
    unless: r(AT_THE_TABLE),
  },
  {
    id: 'suicide.plain.not_bear_waking',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:orker|orkar|gidder|klarer|klarar|makter|tor)\s+${NEG}\s+(?:a\s+)?(?:vakne|vakna|vakner)\s+(?:opp\s+)?(?:(?:igjen|att|flere ganger|fleire gonger|en gang til|ein gong til|mer|meir|til en ny dag|til ein ny dag|til enda en dag|til en dag til|til ein dag til)\b|(?:i morgen|i morgon|imorgen)(?=\s*(?:$|[.!?,;]|\s(?:heller|altsa|liksom|og|men)\b)))`,
    ),
    unless: r(String.raw`\b(?:slumr\w*|alarm\w*|vekkerklokk\w*|snooze\w*|mobilen)\b`),
  },
  {
    id: 'suicide.plain.only_way_out',
    category: 'suicide',
    level: 'acute',
    pattern: r(
      String.raw`\b${DYING}\s+(?:er|e|blir|virker|is|seems)\s+(?:som\s+)?(?:den\s+|min\s+|the\s+|my\s+)?(?:eneste|einaste|siste|only|last)\s+${WAY_OUT}|\b(?:eneste|einaste|only)\s+${WAY_OUT}\w*\s+(?:for meg\s+|for me\s+)?(?:er|e|is)\s+${DYING}`,
    ),
    concernIf: r(
      String.raw`\b(?:han|hun|ho|de|dei|he|she|they|mange|folk)\s+(?:\w+\s+){0,2}(?:trodde|tenkte|syntes|thought|felt|folte)\b`,
    ),
    unless: r(String.raw`\b(?:film\w*|serie\w*|bok|boka|roman\w*|karakter\w*|hovedperson\w*|${GAMES})\b`),
  },
  {
    id: 'suicide.plain.leave_the_world',
    category: 'suicide',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:forlate|forlata|forlater|leave|leaving)\s+(?:denne\s+|this\s+)?(?:verden|verda|jorda|jorden|kloden|planeten|world|earth|planet)\b|\b(?:vekk|bort|ut|away)\s+(?:fra|av|from|of)\s+(?:livet|denne\s+verden|denne\s+verda|jorda|life|this\s+world)\b(?!\s+(?:mitt|mit|hans|hennes|deres|dykkar|som|pa|i|med|til|my|his|her|as|in|on)\b)`,
    ),
    subject: 'speaker',
    unless: r(
      String.raw`\b(?:${GAMES}|film\w*|serie\w*|bok|boka|romskip\w*|rakett\w*|astronaut\w*|spaceship|rocket|mars)\b`,
    ),
  },
  {
    id: 'suicide.plain.want_heaven',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:vil|ville|lengter|lengtar|onsker|har lyst|skal|want|wanna)\s+(?:\w+\s+){0,4}(?:til|i|to|in)\s+(?:himmelen|heaven)\b|\b(?:sammen med|hos|with)\s+(?:\w+\s+){0,2}(?:i himmelen|in heaven)\b`,
    ),
    subject: 'speaker',
    unless: r(THE_SKY),
  },
  {
    id: 'suicide.plain.rather_dead',
    category: 'suicide',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:(?:hadde|har|er|e|var|blir|vil|ville|would|i'd|id)\s+)?(?:bedre|betre|better|heller|helst|rather)\s+(?:a\s+)?(?:vere\s+|vera\s+|be\s+|off\s+|vert\s+|vart\s+|vore\s+|been\s+)?(?:dod|daud|dead)\b(?!\s+enn\s+rod)`,
    ),
    subject: 'speaker',
    unless: r(String.raw`${IDIOM_DEATH}|${HYPERBOLE_TAIL}`),
  },
  {
    id: 'suicide.plain.soon_dead',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:snart|straks|soon)\s+(?:er|e|blir)\s+${SUBJ}\s+(?:dod|daud)\b|\b${SUBJ}\s+(?:er|e|blir)\s+(?:snart|straks)\s+(?:dod|daud)\b|\bi'?ll\s+(?:soon\s+)?be\s+dead\s+soon\b`,
    ),
    unless: r(String.raw`${IDIOM_DEATH}|${HYPERBOLE_TAIL}|\bav\b`),
  },
  {
    id: 'suicide.plain.will_to_live_lost',
    category: 'suicide',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:mistet|mista|misti|miste|mister|tapt|lost|losing|lose|ingen|null|uten|no|ikke|ikkje)\s+(?:\w+\s+)?(?:(?:lysten|lyst|vilje\w*|gnist\w*)\s+(?:til\s+)?a\s+(?:leve|leva)|livslyst\w*|livsgnist\w*|livsvilje\w*|livsmot\w*|will\s+to\s+live)\b`,
    ),
    unless: r(String.raw`\b(?:tilbake|igjen na|fatt igjen|fikk igjen|back|again)\b`),
  },
  {
    id: 'suicide.plain.cannot_go_on',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:klarer|klarar|orker|orkar|makter|maktar)\s+${NEG}\s+(?:a\s+)?(?:fortsette|fortsetta|halde fram|holde ut|halde ut|leve videre|leve vidare)${CLAUSE_END}`,
    ),
    unless: r(String.raw`\b${UNDERTAKING}\b|\bmed\s+(?:dette|det|ham|han|henne|dem)\b`),
  },
  {
    id: 'suicide.plain.can_one_die_of',
    category: 'suicide',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:kan|can|vil|will|would|dos|dor)\s+(?:man|en|ein|jeg|eg|du|you|i|folk|people)\s+(?:\w+\s+)?(?:do|doy|die)\s+(?:av|of|from|by|if)\s+(?:a\s+|man\s+|you\s+|i\s+)?${SELF_HARM_ACT}|\b(?:dor|doyr)\s+(?:man|en|ein|du|folk)\s+(?:\w+\s+)?(?:av|hvis|om|viss)\s+(?:a\s+|man\s+)?${SELF_HARM_ACT}`,
    ),
    unless: r(
      String.raw`\b(?:bading|badet|svomm\w*|fjelltur\w*|klatr\w*|fallskjerm\w*|bungee\w*|strikkhopp\w*|stup\w*|hoppe\s+(?:i|pa)\s+(?:vannet|trampoline\w*|sjon))\b`,
    ),
  },
];
