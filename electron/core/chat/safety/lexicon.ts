/**
 * Risk rules for the safety stage. Every pattern is written against *folded* text
 * (see normalize.ts: lower case, å→a, ø→o, æ→e, "aa"→a, "oe"→o, "ae"→e, no diacritics), so one
 * rule covers bokmål, nynorsk, dialect and chat spelling.
 *
 * Design rules, because recall matters more than precision here (a missed crisis is far worse
 * than a caring message that was not needed):
 * - A rule matches a *statement about the speaker* (wish, intent, plan, ongoing harm, being
 *   harmed). Idioms ("døde av latter", "drepende kjedelig", "dødssliten", "killing it",
 *   "I could kill for a coffee") are not matched because no rule looks for those shapes, and the
 *   few idioms that share a shape with a real signal are listed in `unless`.
 * - Ambiguous shapes ("det tar livet av meg", "this job is killing me", "jeg orker ikke mer",
 *   "jeg kunne drept ham") give `concern`, never `acute`.
 * - Denial, third person and topic mentions of suicide or self-harm are lowered to `concern`
 *   (`concernIf`), not dropped: a counselor would still want to know.
 * - `matched` in the result carries rule ids only, never the participant's words.
 *
 * The rules never contain or produce method details; they only detect.
 */
import { SITUATION_RULES } from './lexiconSituations.js';
import type { RiskCategory, RiskLevel } from './types.js';

export interface RiskRule {
  /** Stable id, reported in `matched` and on the counselor's flag (e.g. "suicide.wish_to_die"). */
  id: string;
  category: RiskCategory;
  level: Exclude<RiskLevel, 'none'>;
  pattern: RegExp;
  /** Skip this match when the clause around it matches (idioms and accidents). */
  unless?: RegExp;
  /** Lower an acute match to concern when the clause around it matches (denial, third person, topic). */
  concernIf?: RegExp;
  /**
   * 'speaker': acute only when the clause's subject is the speaker or left out
   * ("jeg tar livet av meg", "vil ta livet av meg"); other subjects give concern
   * ("det tar livet av meg", "jobben tar livet av meg").
   */
  subject?: 'speaker';
}

/** Laughter in the clause: with a subject other than the speaker, "tok livet av meg, haha" is the idiom. */
export const LAUGHTER = /\b(?:haha\w*|hehe\w*|lol|lmao|xd|hah)\b/;

const r = (source: string): RegExp => new RegExp(source, 'g');

// Token classes (folded spelling).
const SUBJ = String.raw`(?:jeg|eg|je|jei|ej|e)`;
const NEG = String.raw`(?:ikke|ikkje|ikk|itj|ike|ikkj|ik|ikek|ikje|ikkr|aldri)`;
const SELF = String.raw`(?:selv|sjolv|sjol|sjel|sjov)`;
const DIE = String.raw`(?:do+|doy|dau|daue|doden)`;
const MORE = String.raw`(?:mer|meir|lenger|lengre|no mer|noe mer|noko meir|lengre)`;
const LIFE_MINE = String.raw`(?:livet?|livt|live)\s+(?:mitt?|mit)`;
const SUICIDE_WORD = String.raw`(?:selv|sjolv|sjol|sjel|sel|self)mord?`;
const OTHER_PERSON = String.raw`(?:han|hun|ho|de|dei|vennen|venninna|venninnen|kompisen|broren|bror|sostera|sosteren|syster|noen|nokon|en venn|ei venninne|en i klassen|folk|mange|kjendis|artisten)`;
const FAMILY = String.raw`(?:fatter'?n|mutter'?n|kjereste(?:n)?(?: (?:min|til (?:mamma|pappa)))?|(?:mamma|pappa|mor|far) sin kjereste|pappa|papa|mamma|mama|faren(?: min)?|far(?: min)?|moren(?: min)?|mora(?: mi)?|mor(?: mi)?|fattern|muttern|stefar(?:en)?(?: min)?|stemor(?:en)?(?: min)?|stemora(?: mi)?|broren(?: min)?|bror(?: min)?|sosteren(?: min)?|sostera(?: mi)?|onkel(?:en)?(?: min)?|tante(?:n)?(?: min)?|bestefar(?:en)?(?: min)?|kjeresten(?: min)?|typen(?: min)?|dama(?: mi)?|mannen(?: min)?|kona(?: mi)?|samboren(?: min)?|sambo(?:en)?(?: min)?|eksen(?: min)?|eksen|sjefen(?: min)?|han|hun|ho|de|dei)`;
const PARTNER = String.raw`(?:kjeresten(?: min)?|typen(?: min)?|dama(?: mi)?|mannen(?: min)?|kona(?: mi)?|samboren(?: min)?|sambo(?:en)?(?: min)?|eksen(?: min)?|eksen)`;
const PARENT_ETC = String.raw`(?:pappa|papa|mamma|mama|faren(?: min)?|moren(?: min)?|mora(?: mi)?|fattern|muttern|sjefen(?: min)?|lereren(?: min)?|veilederen(?: min)?|treneren(?: min)?|broren(?: min)?|sosteren(?: min)?|sostera(?: mi)?)`;
const CLAUSE_END = String.raw`(?=$|[.!?,;:]|\s+(?:og|men|jeg|eg|e|na|altsa|assa|ass|liksom|serr|seriost|egentlig|i livet|med livet|for alltid|fra alt|fra alle|fra verden|helt|lenger|mer|bare|orker|klarer|vil)\b)`;
const VICTIM = String.raw`(?:ham|han|henne|hun|ho|dem|de|dei|noen|nokon|folk|sjefen|lereren|leraren|veilederen|rettleiaren|nabon|faren|moren|pappa|mamma|broren|kjeresten|eksen|deg|dere|alle|hele klassen|klassen|den som|de som|han som|hun som)`;
const GAMES = String.raw`(?:sjakk|fifa|kort|poker|ludo|tennis|bordtennis|fotball|yatzy|quiz|armbryting|konkurranse|lop|lopet|\w*spill\w*|cs|lol|fortnite|valorant|mario ?kart)`;
const HYPERBOLE_TAIL = String.raw`\s+(?:nar|hvis|om|viss|dersom|if|when)\b`;

const CORE_RULES: readonly RiskRule[] = [
  // ─── Suicide: explicit wish, intent, plan (acute) ────────────────────────────────────────────
  {
    id: 'suicide.wish_to_die',
    category: 'suicide',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:vil|ville|vi|onsker a|onsker|har lyst (?:til )?a|lyst (?:til )?a|har lyst til|skulle onske (?:at )?${SUBJ} kunne|kan like gjerne|fortjener a|bare vil)\s+(?:bare\s+)?${DIE}\b`,
    ),
    unless: r(
      String.raw`\b${DIE}\s+litt\b|\bflau\w*|\bpinlig\w*|\b${DIE}\s+(?:av|of)\s+(?:latter|skam|flauhet|kjedsomhet|pinlighet|sjenanse|nerver|spenning|misunnelse|sult|kos)`,
    ),
  },
  {
    id: 'suicide.thinks_of_dying',
    category: 'suicide',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:tenker|tenkt|tenkte|tenkjer|tanker|tankar|tenke|plan|planer|planar|planlegger|planlagt)\s+(?:\w+\s+){0,2}(?:pa|om|for)\s+a\s+(?:${DIE}|ta livet|avslutte)\b|\bdodsonske\w*|\bdodstank\w*`,
    ),
    concernIf: r(String.raw`\b(?:ikke|ikkje|aldri|ingen)\b`),
  },
  {
    id: 'suicide.not_want_to_live',
    category: 'suicide',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:vil|ville|onsker|orker|orkar|gidder|gidd|klarer|klarar|har lyst|lyst|kan|makter|maktar|tor|vil)\s+${NEG}\s+(?:(?:lenger|mer|meir)\s+)?(?:(?:til\s+)?a\s+)?(?:leve|leva|vere i live|vere i livet|vere levende|eksistere|leve livet|finnes|fins|finst|vere til)\b(?!\s+(?:av|pa|i\s+(?!live)))|\b${SUBJ}\s+${NEG}\s+(?:vil|ville|onsker|orker|orkar|gidder|klarer|klarar|har lyst til a|har lyst a|makter)\s+(?:(?:til\s+)?a\s+)?(?:leve|leva|vere i live)\b|\b${NEG}\s+(?:lyst|lust)\s+(?:til\s+)?a\s+(?:leve|leva)\b|\b(?:orker|orkar|klarer|klarar|takler|taklar)\s+${NEG}\s+livet\b|\bvil\s+(?:slutte|slutta)\s+a\s+leve\b|\blei\s+av\s+a\s+leve\b|\bfortjener\s+${NEG}\s+a\s+(?:leve|leva|finnes|vere her)\b|\b(?:vitsen|poenget|meininga|vits)\s+(?:med|i)\s+a\s+(?:leve|leva)\b|\b(?:vil|ville|onsker|haper|hapar|har lyst til)\s+(?:a\s+)?${NEG}\s+(?:a\s+)?(?:vakne|vakna|vakner)\b(?!\s+(?:tidlig|seint|sent|klokka|kl|for|sa|pa)\b)|\bhaper\s+${SUBJ}\s+${NEG}\s+(?:vakner|vaknar)\b`,
    ),
    concernIf: r(String.raw`\b(?:vil|ville)\s+${NEG}\s+(?:vere|leve)\s+sann\b`),
  },
  {
    id: 'suicide.life_not_worth',
    category: 'suicide',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:ikke|ikkje|ingen|ingenting|inga|ikkje noko)\s+(?:\w+\s+){0,2}(?:verdt|vits|grunn|grunnar|mening|poeng)\s+(?:(?:i|med|til|for|a)\s+)?(?:a\s+)?(?:leve|leva)\b(?!\s+for\b)|\blivet\s+(?:er|e)\s+${NEG}\s+verdt\b`,
    ),
  },
  {
    id: 'suicide.take_own_life',
    category: 'suicide',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:ta|tar|tok|tatt|taka|tek)\s+(?:${SUBJ}\s+)?${LIFE_MINE}\b|\b(?:ta|tar|tok|tatt|tek)\s+mitt\s+(?:eget\s+|eige\s+)?liv\b|\bunalive\s+(?:meg|my\s?self|meg ${SELF})`,
    ),
    concernIf: r(String.raw`\b(?:skal|vil|kommer)\s+${NEG}\b|\b${NEG}\s+(?:ta|tenkt|tenker)\b`),

    unless: r(String.raw`\b${LIFE_MINE}\s+tilbake\b|\bmitt\s+(?:eget\s+)?liv\s+tilbake\b`),
  },
  {
    id: 'suicide.kill_myself',
    category: 'suicide',
    level: 'acute',
    pattern: r(String.raw`\b(?:ta|tar|tok|tatt|tek)\s+(?:${SUBJ}\s+)?livet\s+(?:av|ta)\s+meg\b`),
    unless: r(String.raw`\bav\s+latter|\bav\s+lol\b|\bmed\s+ro\b`),
    subject: 'speaker',
  },
  {
    id: 'suicide.kill_myself_self',
    category: 'suicide',
    level: 'acute',
    pattern: r(String.raw`\b(?:drepe|dreper|drep|drepte|drap|kverke|kverker|myrde|kill)\s+meg\s+${SELF}\b`),
    unless: r(String.raw`\bav\s+latter|laugh`),
  },
  {
    id: 'suicide.thoughts',
    category: 'suicide',
    level: 'acute',
    pattern: r(
      String.raw`\b${SUICIDE_WORD}s?(?:tank\w*|plan\w*|forsok\w*|fare\w*|ide\w*)|\b(?:ta|tar|tok|tatt|bega|begar|begikk|begatt|gjore|gjor|gjorde|tenker pa|tenkt pa|tenkte pa|tenkjer pa|vurderer|vurdert|planlegger)\s+(?:et\s+|eit\s+)?${SUICIDE_WORD}\b`,
    ),
    concernIf: r(
      String.raw`\b(?:ikke|ikkje|aldri|ingen|inga)\b|\b${OTHER_PERSON}\s+(?:har|hadde|tok|begikk|provde|forsokte)\b|\bom\s+${SUICIDE_WORD}|\b(?:film|serie|bok|timen|foredrag|kurs|artikkel|nyhetene|podkast)\b`,
    ),
    unless: r(
      String.raw`\w*forebygg\w*|\b(?:roman\w*|novelle\w*|hovedperson\w*|film\w*|serie\w*|bok|boka|boken|dokumentar\w*|artikkel\w*|avis\w*|nyhet\w*|podkast\w*|\w*timen|kurs\w*|foredrag\w*|forebygg\w*|organisasjon\w*|helsedirektorat\w*|tall|tallene|\w*tallene|statistikk\w*|samfunnsfag\w*|historie\w*|movie|news|article|learned|lerte|lerte|psykolog|hjelpe\s+(?:folk|andre|en venn|ein ven)|help\s+a\s+friend|for\s+(?:\w+\s+)?(?:mange\s+)?ar\s+siden|years\s+ago|minnestund)\b`,
    ),
  },
  {
    id: 'suicide.mention',
    category: 'suicide',
    level: 'concern',
    pattern: r(String.raw`\b${SUICIDE_WORD}\w*|\bsuicid\w*`),
    unless: r(
      String.raw`\w*forebygg\w*|\b(?:not|ikke|ikkje)\s+suicidal\b|\b(?:film\w*|serie\w*|bok|boka|boken|dokumentar\w*|artikkel\w*|avis\w*|nyhet\w*|podkast\w*|\w*timen|kurs\w*|foredrag\w*|forebygg\w*|organisasjon\w*|helsedirektorat\w*|tall|tallene|\w*tallene|statistikk\w*|samfunnsfag\w*|historie\w*|movie|news|article|learned|lerte|lerte|psykolog|hjelpe\s+(?:folk|andre|en venn|ein ven)|help\s+a\s+friend|for\s+(?:\w+\s+)?(?:mange\s+)?ar\s+siden|years\s+ago|minnestund)\b|${SUICIDE_WORD}\s+for\s+(?:lommebok\w*|okonomien|karrieren|planeten|miljot|kroppen|laget|partiet)|\b(?:er|var|blir|ble)\s+(?:rent\s+)?${SUICIDE_WORD}\s+a\b|\b(?:politisk|sosialt|okonomisk)\s+${SUICIDE_WORD}`,
    ),
  },
  {
    id: 'suicide.better_off_without_me',
    category: 'suicide',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:bedre|betre|best|lettere|lettare)\s+(?:om|hvis|viss|dersom|uten|utan|for alle om|for alle hvis|for alle uten)\s+(?:meg\b|${SUBJ}\s+(?:var|er|ble|vart)\s+(?:dod|borte|vekk)|${SUBJ}\s+${NEG}\s+(?:fantes|fanst|fins|finst|levde|var her|eksisterte|var fodt|ble fodt))|\bskulle\s+onske\s+(?:at\s+)?${SUBJ}\s+(?:var\s+dod|${NEG}\s+(?:fantes|fanst|fins|finst|levde|eksisterte|var fodt|ble fodt|vart fodd)|aldri\s+(?:var|ble|vart)\s+(?:fodt|fodd))`,
    ),
    unless: r(String.raw`\bpa\s+(?:laget|banen|gruppa|prosjektet)`),
  },
  {
    id: 'suicide.not_here_anymore',
    category: 'suicide',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:om|hvis|viss|dersom)\s+${SUBJ}\s+(?:bare\s+)?${NEG}\s+(?:var|er|va|e|fantes|fanst|levde|eksisterte)\s+(?:her\s+)?(?:${MORE}|lenger)\b`,
    ),
  },
  {
    id: 'suicide.not_here_anymore_plain',
    category: 'suicide',
    level: 'check_in',
    pattern: r(String.raw`\b${NEG}\s+(?:\w+\s+){0,3}(?:vere|vere|er|var)\s+her\s+(?:${MORE}|lenger)\b`),
    unless: r(String.raw`\bher\s+(?:${MORE}|lenger)\s+(?:enn|pa|i|til|etter)\b|\b(?:jobbe|bo|bu|sitte|vente)\b`),
  },
  {
    id: 'suicide.easier_if_dead',
    category: 'suicide',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:bedre|betre|best|beste|lettere|lettare|lettest|enklere|enklast|enklest|greiest)\s+(?:\w+\s+){0,3}(?:om|hvis|viss|dersom)\s+${SUBJ}\s+(?:bare\s+)?(?:dode|dor|doydde|doyr|var dod|tok livet\w*|forsvant for (?:godt|alltid)|ble borte for (?:godt|alltid)|${NEG}\s+(?:fantes|fanst|levde|var her|eksisterte|vaknet|vakna))`,
    ),
  },
  {
    id: 'suicide.farewell',
    category: 'suicide',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:i tilfelle|hvis|om|viss|dersom)\s+${SUBJ}\s+(?:${NEG}\s+(?:er|lever|finnes|fins|er her|lenger er)\s*(?:her\s+)?(?:i morgen|lenger|mer|meir|etterpa)?|forsvinner|dor)\b[^.!?]{0,40}|\b(?:skrevet|skrive|skriver|skrev|laget)\s+(?:\w+\s+){0,2}(?:brev|melding|lapp)\s+(?:\w+\s+){0,3}(?:i tilfelle|nar ${SUBJ} er borte|til etterpa)`,
    ),
    unless: r(
      String.raw`\b(?:i tilfelle|hvis|om)\s+${SUBJ}\s+${NEG}\s+er\s+her\s+(?:pa|til)\s+(?:motet|timen|tida|jobb)`,
    ),
  },
  {
    id: 'suicide.method_question',
    category: 'suicide',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:hvor|kor)\s+(?:mange|mye)\s+(?:\w+\s+)?(?:piller|tabletter|paracet\w*|ibux|sovepiller|medisiner)\b|\b(?:dodelig|livsfarlig)\s+(?:dose|mengde)\b|\b(?:piller|tabletter)\s+(?:\w+\s+){0,3}(?:for a do|a do av|dodelig)\b`,
    ),
    unless: r(String.raw`\b(?:hodepine|om dagen|per dag|i dognet|feber|vondt|smerte\w*|mensen|allergi)\b`),
  },
  {
    id: 'suicide.nobody_would_miss_me_if_dead',
    category: 'suicide',
    level: 'acute',
    pattern: r(
      String.raw`\bingen\s+(?:\w+\s+){0,2}(?:savnet|savna|sakna|merket|merka|brydd seg|bry seg|brydde seg|bryr seg|bryr)\s+(?:\w+\s+){0,3}(?:om|hvis|viss|dersom)\s+${SUBJ}\s+(?:dode|dor|doydde|doyr|var dod|forsvant|forsvann|tok livet|lever eller dor|lever)`,
    ),
  },
  {
    id: 'suicide.nobody_would_miss_me',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\bingen\s+(?:ville|vil|kommer til a|hadde|kjem til a)\s+(?:\w+\s+)?(?:savnet|savna|sakna|merket|merka|brydd seg|bry seg)\s+(?:meg|om meg|om\s+${SUBJ})`,
    ),
  },
  {
    id: 'suicide.end_it',
    category: 'suicide',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:avslutte|avslutta|ende|ender)\s+(?:livet|live|det hele|meg ${SELF})\b|\b(?:gjore|gjor|gjorde|gjere|gjer)\s+(?:slutt|ende)\s+pa\s+(?:livet|live|alt|det hele|alt sammen|meg ${SELF})\b|\bavskjedsbrev\w*|\bavskilsbrev\w*`,
    ),
  },
  {
    id: 'suicide.sleep_forever',
    category: 'suicide',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:sovne|sove|sovna|sovner)\s+(?:inn\s+)?og\s+(?:aldri|ikke|ikkje)\s+(?:vakne|vakna|vake|vakner)`,
    ),
  },
  {
    id: 'suicide.method_intent',
    category: 'suicide',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:henge|hengje|henger)\s+meg\b(?!\s+(?:pa|med|etter|opp|fast|inn|ut|i))|\b(?:hoppe|hopper|hoppa|hopp|kaste meg|kaster meg)\s+(?:foran|fra|utfor|ut fra|ned fra|ut av|pa)\s+(?:toget|tog|bussen|en buss|en bil|bilen|trikken|t-banen|banen|brua|broa|bru|bro|ei bru|en bro|taket|et tak|blokka|vinduet|et vindu|skinnene|sporet|stupet|fjellet)\b|\b(?:ta|tok|tar|tatt|svelge|svelget|svelgje)\s+(?:en\s+|ei\s+)?overdose\b|\b(?:ta|tok|tar|tatt|svelge|svelget)\s+(?:alle|masse|mange|hele glasset med|hele pakka med|hele boksen med)\s+(?:\w+\s+)?(?:piller|tabletter|pillene|tablettene)\b|\b(?:samlet|samla|samler|spart|sparer|sparte|hamstret|hamstrer)\s+(?:opp\s+|pa\s+)?(?:\w+\s+)?(?:piller|tabletter|medisiner|sovepiller)\b`,
    ),
    concernIf: r(String.raw`\b${OTHER_PERSON}\s+(?:har|hadde|tok|provde)\b`),
    unless: r(
      String.raw`\boverdose\s+(?:med|av|pa)\s+(?:kaffe|koffein|sukker|godteri|snop|sjokolade|pizza|netflix|serier|energidrikk|red bull|monster|te)\b`,
    ),
  },
  {
    id: 'suicide.third_person',
    category: 'suicide',
    level: 'concern',
    pattern: r(
      String.raw`\b(?:ta|tok|tatt|tar|tek)\s+(?:livet|live)\s+(?:sitt|sin)\b|\b(?:ta|tok|tatt|tek)\s+sitt\s+(?:eget\s+|eige\s+)?liv\b`,
    ),
    unless: r(
      String.raw`\w*forebygg\w*|\b(?:roman\w*|novelle\w*|hovedperson\w*|film\w*|serie\w*|bok|boka|boken|dokumentar\w*|artikkel\w*|avis\w*|nyhet\w*|podkast\w*|\w*timen|kurs\w*|foredrag\w*|forebygg\w*|organisasjon\w*|helsedirektorat\w*|tall|tallene|\w*tallene|statistikk\w*|samfunnsfag\w*|historie\w*|movie|news|article|learned|lerte|lerte|psykolog|hjelpe\s+(?:folk|andre|en venn|ein ven)|help\s+a\s+friend|for\s+(?:\w+\s+)?(?:mange\s+)?ar\s+siden|years\s+ago|minnestund)\b`,
    ),
  },
  {
    id: 'suicide.cannot_go_on',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:orker|orkar|klarer|klarar|takler|taklar|makter|maktar|holder|held)\s+${NEG}\s+(?:ut\s+)?(?:noe\s+|noko\s+)?${MORE}(?:\s+(?:av\s+(?:dette|det|det her|alt|alt dette|alt sammen|livet|sann|sant)|na|no))?${CLAUSE_END}`,
    ),
  },
  {
    id: 'suicide.want_to_disappear',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:vil|ville|onsker a|lyst til a|har lyst til a|skulle onske ${SUBJ} kunne)\s+(?:bare\s+)?(?:forsvinne|bli borte|vere borte|ga bort for alltid)${CLAUSE_END}(?!\s+(?:fra|herfra)\s+(?!alt\b|alle\b|verden\b))`,
    ),
  },
  {
    id: 'suicide.hopelessness',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:livet|alt)\s+(?:er|e|foles|kjennes)\s+(?:sa\s+|helt\s+)?(?:meningslost|hapelost|haplaust|haplost|meiningslaust|et helvete)\b|\bhater\s+livet(?:\s+mitt)?\b(?!\s+som\b)|\b${SUBJ}\s+er\s+(?:bare\s+)?(?:en|ei)\s+byrde\b|\bingen\s+vits\s+(?:med|i)\s+(?:noe|noko|noenting|noe som helst|livet)\b`,
    ),
  },
  {
    id: 'suicide.kill_me_now',
    category: 'suicide',
    level: 'concern',
    pattern: r(String.raw`(?:^|[.!?,:;]\s*)(?:bare\s+|just\s+)?(?:skyt|drep|kill)\s+(?:meg|me)\b`),
    unless: r(
      String.raw`\b(?:haha\w*|hehe\w*|lol|lmao|flaut|pinlig|kjedelig|mandag|test|prove|proven|eksamen|embarrass\w*)\b`,
    ),
  },
  {
    id: 'suicide.it_is_killing_me',
    category: 'suicide',
    level: 'concern',
    pattern: r(String.raw`\b(?:is|it's|its|are|'s)\s+(?:\w+\s+)?killing\s+me\b`),
    unless: r(String.raw`\blaugh|\b(?:lol|haha\w*|lmao)\b`),
  },
  // English, explicit (acute)
  {
    id: 'suicide.en.kill_myself',
    category: 'suicide',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:kill|killing|kil|killed)\s+my\s?self\b|\bkms\b|\bunalive\b|\b(?:end|ending|take|taking)\s+my\s+(?:own\s+)?life\b`,
    ),
    unless: r(String.raw`\blaugh|\blol\s+(?:at|about)\b`),
  },
  {
    id: 'suicide.en.want_to_die',
    category: 'suicide',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:want|wanna|wanted|going|gonna|ready|planning|plan|wish)\s+(?:to\s+)?(?:die|end it all|end it|be dead)\b|\b(?:feel like|feeling like|thinking about|thinking of|think about)\s+(?:ending it|ending my life|ending everything|dying|killing myself|not being here)\b|\bwish\s+i\s+(?:was|were)\s+(?:dead|never born)\b|\bbetter\s+off\s+(?:dead|without me)\b|\b(?:no|any)\s+reason\s+to\s+(?:live|go on|keep going)\b|\bnot\s+worth\s+living\b|\b(?:don'?t|do not|dont|don't)\s+want\s+to\s+(?:live|be alive|exist|wake up)\b|\bsuicidal\b`,
    ),
    unless: r(
      String.raw`\w*forebygg\w*|\b(?:not|ikke|ikkje)\s+suicidal\b|\bdie\s+(?:of|from)\s+(?:embarrass\w*|laugh\w*|boredom|shame|cringe|cuteness)|\bdie\s+laughing|\bdying\s+to\b`,
    ),
  },
  {
    id: 'suicide.en.commit',
    category: 'suicide',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:i|i'm|im|i've|ive|i have|i am)\s+(?:\w+\s+){0,3}(?:suicide|overdose|hang myself|jump off)\b`,
    ),
    concernIf: r(String.raw`\b(?:never|not|don't|dont)\b`),
  },

  // ─── Added with the layered detector (issue 14): shapes the first rules missed ──────────────
  {
    id: 'suicide.give_up_and_die',
    category: 'suicide',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:gi|gir|gje|gjev|ga|gav|give|giving)\s+opp\s+(?:\w+\s+){0,3}(?:og|and)\s+(?:bare\s+|berre\s+|just\s+)?(?:${DIE}|die|forsvinne)\b|\b(?:gi|gir|gje|gitt|ga|gav)\s+opp\s+(?:livet|a leve|on life)\b`,
    ),
  },
  {
    id: 'suicide.give_up_everything',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:gi|gir|gje|gitt|ga|gav|give|giving)\s+opp\s+(?:alt|alt sammen|heile greia|hele greia|everything|pa alt|pa alt sammen|pa livet)\b`,
    ),
  },
  {
    id: 'suicide.disappear_for_good',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:forsvinne|forsvinn|forsvinner|bli borte|vere borte|vekk|disappear)\s+(?:\w+\s+)?(?:for godt|for alltid|forever|for good)\b|\bslutte\s+a\s+(?:eksistere|finnes|fins)\b|\b(?:stop|stopped)\s+existing\b`,
    ),
  },
  {
    id: 'suicide.method_question_way',
    category: 'suicide',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:minst|mest|enkleste|enklaste|enklest|raskeste|raskaste|sikreste|sikraste|beste|smertefri\w*|least|easiest|quickest|fastest|best|painless|surest)\b[^.!?]{0,30}\b(?:mate|maten|mater|matar|way|ways|method)\b[^.!?]{0,25}\b(?:a\s+${DIE}|to die|a ta livet|a drepe seg|of dying|to kill (?:my|your)self|a avslutte|a forsvinne for godt)\b|\b(?:hvordan|korleis|kossen|how)\s+(?:kan\s+|skal\s+|do\s+|can\s+|to\s+)?(?:man|en|ein|jeg|eg|i|you|one)?\s*(?:\w+\s+){0,2}(?:${DIE}|die|ta livet (?:sitt|mitt|av seg)|drepe seg selv|kill (?:my|your)self|end (?:my|your) life)(?:\s+(?:pa|uten|without|fort|raskt|smertefritt)\b|\s*\?|$)`,
    ),
    unless: r(
      String.raw`\b(?:av|of)\s+(?:latter|laugh\w*|kjedsomhet|boredom)\b|\bi\s+(?:spillet|spelet|gamet|${GAMES})\b|\bin\s+the\s+game\b|\bplanter?\b|\bblomst\w*`,
    ),
  },
  {
    id: 'suicide.means_ready',
    category: 'suicide',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:kniv\w*|pillene|piller|tablett\w*|tauet|tau|pistol\w*|vapen\w*|vapnet|blad\w*|barberblad\w*|pills|rope|gun|knife|blades?)\s+(?:\w+\s+)?(?:klar\w*|ferdig|fremme|framme|ready)\b|\b(?:har|fatt|skaffa?|skaffet|kjopt|kjopte)\s+(?:\w+\s+){0,3}(?:det|alt)\s+(?:\w+\s+)?(?:jeg|eg|i)\s+(?:trenger|treng|need)\s+(?:for|til)\s+a\s+(?:gjore det|${DIE}|ta livet|avslutte)`,
    ),
    unless: r(
      String.raw`\b(?:gronnsak\w*|gronnsak\w*|mat|maten|middag\w*|servering|kokk\w*|kjokken\w*|skjere|skjere|brod|kake|fisk|kjott|klatr\w*|camping|tur|hodepine\w*|tannverk\w*|vondt|allergi\w*|resept\w*|jakt\w*|skytebane\w*|skyting\w*)\b`,
    ),
  },
  {
    id: 'suicide.farewell_all',
    category: 'suicide',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:ta|tar|tek|si|sier|seier|sei|say|saying)\s+(?:farvel|farvel|adjo|ha det|goodbye)\s+(?:\w+\s+)?(?:til|med|to)\s+(?:alle|dere|dokker|familien|verden|livet|everyone|everybody|the world)\b|\bsiste\s+(?:gang|melding)\s+(?:\w+\s+){0,2}(?:hor\w*|horer|hoyrer|ser|hear|see)\s+(?:fra|fra|from)\s+(?:meg|me)\b|\b(?:last time you|you won't) (?:hear|see) (?:from )?me\b`,
    ),
    unless: r(
      String.raw`\b(?:jobb\w*|skole\w*|skule\w*|klassen|kolleg\w*|flytt\w*|ferie\w*|sommer\w*|praksis\w*|kurs\w*|avslutning\w*|prosjekt\w*|russ\w*)\b`,
    ),
  },
  {
    id: 'suicide.last_night',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:min|mi)\s+siste\s+(?:dag|natt|kveld|uke|veke)\b|\bsiste\s+(?:dagen|natta|kvelden)\s+(?:min|mi)\b|\bmy\s+last\s+(?:day|night)\b`,
    ),
    unless: r(
      String.raw`\b(?:jobb\w*|skole\w*|skule\w*|praksis\w*|kurs\w*|ferie\w*|tiltak\w*|pa\s+\w+|at\s+\w+|hjemme|i\s+(?:oslo|byen|norge))\b`,
    ),
  },
  {
    id: 'suicide.end_it_vague',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:gjore|gjor|gjorde|gjere|gjer)\s+det\s+slutt\b(?!\s+(?:med|mellom|pa)\b)|\bfa\s+(?:det\s+)?overstatt\b|\bend\s+it\b`,
    ),
    unless: r(
      String.raw`\bvi\s+(?:gjorde|har gjort|gjer|gjor)\b|\b(?:forhold\w*|kjeresten|typen|dama|henne|ham|han|hun|oss|argument|krangel\w*|relationship)\b`,
    ),
  },
  {
    id: 'suicide.plan_to_end',
    category: 'suicide',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:plan|planen|planer|planar|planlagt|planlegger|bestemt)\b[^.!?]{0,50}\b(?:gjore\s+det\s+slutt|gjere\s+det\s+slutt|avslutte\s+(?:det|alt|livet)|ta\s+livet|${DIE}|drepe meg|end it|kill myself|end my life)\b`,
    ),
    unless: r(String.raw`\b(?:gjore|gjere)\s+det\s+slutt\s+(?:med|mellom)\b|\b(?:forhold\w*|kjeresten|typen|dama)\b`),
  },
  {
    id: 'suicide.not_wake_up',
    category: 'suicide',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:haper|hapar|onsker|onskjer|ber om|hope|wish)\s+(?:at\s+)?(?:jeg|eg|i)\s+(?:\w+\s+)?(?:ikke|ikkje|don't|dont|won't|never)\s+(?:\w+\s+)?(?:vakner|vaknar|vakne|wake)\b|\bsovne\s+inn\s+for\s+godt\b`,
    ),
    unless: r(String.raw`\b(?:tidlig|seint|sent|lordag|sondag|helg\w*|ferie\w*|weekend)\b`),
  },
  {
    id: 'self_harm.overdose_taken',
    category: 'self_harm',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:tatt|tok|tar|teke|tek|svelget|svelgde|svelga|took|swallowed|taken)\s+(?:\w+\s+){0,3}(?:for mange|masse|en hel pakke|hele pakka|hele pakken|alle|altfor mange|too many|a bunch of|a whole (?:bottle|pack) of|\d+|tjue|ti|femten|tretti)\s+(?:\w+\s+)?(?:piller|pillene|tabletter|tablettene|tablettar|tablettane|paracet\w*|ibux|pills|sovetablett\w*|sovepiller|medisiner\w*|medisinane)\b|\b(?:drukket|drakk|drukke|drank)\s+(?:\w+\s+)?(?:klorin|oppvaskmiddel|bleach|noe giftig|gift|noko giftig)\b`,
    ),
    unless: r(String.raw`\b(?:vitamin\w*|allergi\w*|p-pill\w*|jernpill\w*|som legen sa|resept)\b`),
  },
  {
    id: 'welfare.no_place_tonight',
    category: 'welfare',
    level: 'concern',
    pattern: r(
      String.raw`\b(?:ikke|ikkje|ingen|ingenting|nowhere|no)\b[^.!?]{0,25}\b(?:sted|stad|steder|plass|tak over hodet|place|where)\b[^.!?]{0,20}(?:\ba\s+(?:sove|bo|bu|vere|dra)\b|\bto\s+(?:sleep|stay|go)\b|\bi\s+natt\b|\bi\s+kveld\b|\btonight\b)|\bikke\s+tak\s+over\s+hodet\b|\b(?:kastet|kasta|thrown|kicked)\s+(?:meg\s+)?(?:ut|out)\b[^.!?]{0,40}\b(?:hjemmefra|heimanfra|av leiligheten|hjemme|heime|of the house|of my flat|sover|sove|gata|ingen steder)|\bsover\s+(?:ute|pa gata|i trappa|i trappeoppgangen|i bilen)\b|\b(?:homeless|nowhere to sleep|nowhere to stay|evicted tonight)\b|\b(?:hvor|kvar|kor)\s+(?:jeg|eg)\s+skal\s+(?:sove|bo|bu)\s+(?:i natt|i kveld|fra i dag|fra i kveld)`,
    ),
  },
  {
    id: 'welfare.no_food',
    category: 'welfare',
    level: 'concern',
    pattern: r(
      String.raw`\b(?:ikke|ikkje|not)\s+(?:\w+\s+)?(?:spist|ete|eaten)\s+(?:pa|i|pa\s+flere|sidan|siden|in)\s+(?:\w+\s+){0,2}(?:dager|dagar|dogn|days)\b|\b(?:ingen|ikke|ikkje|no)\s+(?:\w+\s+)?(?:penger|pengar|money|rad)\s+(?:\w+\s+)?(?:til\s+)?(?:mat|food)\b|\b(?:ingen|ikke|ikkje|no)\s+(?:noe\s+)?mat\b[^.!?]{0,40}\b(?:penger|pengar|sulten|money|hungry)\b|\bgatt\s+sulten\b`,
    ),
    unless: r(String.raw`\b(?:kino|restaurant|pizza|godteri|snop|takeaway)\b`),
  },

  // ─── Self-harm ────────────────────────────────────────────────────────────────────────────────
  {
    id: 'self_harm.harm_myself',
    category: 'self_harm',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:kutter|kutta|kuttet|kutte|kuttar|skjerer|skar|skaret|skjere|risper|rispet|rispa|rispe|risser|skader|skada|skadet|skade|skadar|brenner|brant|brenne|slar|slo|sla|skjer)\s+meg\s+${SELF}\b|\bself[- ]?harm\w*|\b(?:cut|cutting|hurt|hurting|harm|harming|burn|burning)\s+my\s?self\b`,
    ),
    unless: r(
      String.raw`\bved\s+et\s+uhell|\bpa\s+(?:trening|treninga|fotball|kamp|jobb)|\buhell|\baccident|\b(?:at|during|playing)\s+(?:the\s+)?(?:gym|training|practice|football|soccer|work|game)|\bfell\b`,
    ),
    concernIf: r(
      String.raw`\b(?:slutta|sluttet|slutte|stoppet|stoppa|quit|stopped)\s+(?:a|med a|to)?\b|\bfor\s+\w+\s+(?:ar|maneder|uker)\s+siden\b|\byears ago\b|\b${OTHER_PERSON}\s+(?:har|hadde|pleide)\b`,
    ),
  },
  {
    id: 'self_harm.hurt_me',
    category: 'self_harm',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:skade|skader|skadet|skada|skadar|kutte|sare|skjere)\s+meg\b(?!\s+(?:pa|i|under|ved|med\s+(?:det|a\s+trene)))`,
    ),
    unless: r(
      String.raw`\bved\s+et\s+uhell|\buhell|\b(?:trening|fotball|kamp|ski|sykkel|jobb)\b|\bredd for a skade meg\b|\bvil\s+${NEG}\s+skade\b`,
    ),
    concernIf: r(String.raw`\b(?:slutta|sluttet|stoppet|stoppa)\b|\bfor\s+\w+\s+(?:ar|maneder|uker)\s+siden\b`),
  },
  {
    id: 'self_harm.something_to_myself',
    category: 'self_harm',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:gjore|gjor|gjorde|gjere|gjer)\s+noe\s+(?:\w+\s+)?(?:mot|med|ved)\s+meg\s+${SELF}\b|\b(?:something|anything)\s+(?:stupid\s+)?to\s+myself\b`,
    ),
  },
  {
    id: 'self_harm.cutting',
    category: 'self_harm',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:kutter|kutta|kuttet|kutte|kuttar|skjerer|skar|skaret|skjere|risper|rispet|rispa|rispe|risser|risset)\s+meg\b(?!\s+(?:ut|ned|inn|fri|los|av|bort|en|ei|et|litt|noe|noen|mer|ny|nytt|mat|brod|kake)\b)|\bbrenner\s+meg\s+(?:med|pa)\s+(?:lighter|lightern|sigarett|sigaretten|rok|royk)`,
    ),
    unless: r(
      String.raw`\bpa\s+(?:et\s+|eit\s+|en\s+|ein\s+)?(?:papir\w*|glass?\w*|kniv\w*|boks\w*|ark\w*)\b|\bi\s+(?:fingeren|fingern|fingrane|tommelen|handa|hand|handen|foten|leppa)|\bpa\s+(?:kniven|papir|papiret|glass|glasset|en kniv|boksen|et glass|hoveljernet)|\bved\s+et\s+uhell|\buhell|\b(?:nar|da|mens)\s+${SUBJ}\s+(?:lagde|laget|skar|kokte|barberte)|\bbarber\w*|\bharet|\bharet|\bhar(?:et)?\s+kort\b`,
    ),
    concernIf: r(
      String.raw`\b(?:slutta|sluttet|slutte|stoppet|stoppa)\s+(?:a|med a)?\b|\bfor\s+\w+\s+(?:ar|maneder|uker)\s+siden\b|\btidligere\b|\bfor lenge siden\b`,
    ),
  },
  {
    id: 'self_harm.mention',
    category: 'self_harm',
    level: 'acute',
    pattern: r(String.raw`\b(?:selv|sjolv|sjol|sjel|self)[- ]?skad\w*`),
    concernIf: r(
      String.raw`\bom\s+(?:selv|sjolv|sjol|sjel|self)[- ]?skad|\b(?:film|serie|foredrag|timen|kurs|ikke|ikkje|aldri|slutta|sluttet)\b|\b${OTHER_PERSON}\s+(?:har|hadde|driver med|sliter med)\b`,
    ),
    unless: r(
      String.raw`\w*forebygg\w*|\b(?:roman\w*|novelle\w*|hovedperson\w*|film\w*|serie\w*|bok|boka|boken|dokumentar\w*|artikkel\w*|avis\w*|nyhet\w*|podkast\w*|\w*timen|kurs\w*|foredrag\w*|forebygg\w*|organisasjon\w*|helsedirektorat\w*|tall|tallene|\w*tallene|statistikk\w*|samfunnsfag\w*|historie\w*|movie|news|article|learned|lerte|lerte|psykolog|hjelpe\s+(?:folk|andre|en venn|ein ven)|help\s+a\s+friend|for\s+(?:\w+\s+)?(?:mange\s+)?ar\s+siden|years\s+ago|minnestund)\b`,
    ),
  },

  // ─── Violence: intent to harm others, threats against the speaker ───────────────────────────
  {
    id: 'violence.intent',
    category: 'violence',
    level: 'acute',
    pattern: r(
      String.raw`\b${SUBJ}\s+(?:\w+\s+){0,2}(?:skal|ska|sko|vil|kommer til a|kjem til a|har lyst (?:til )?a|lyst (?:til )?a|tenker pa a|planlegger a|onsker a|har tenkt a)\s+(?:\w+\s+)?(?:drepe|drep|skade|knivstikke|stikke ned|skyte|banke opp|denge|juling pa|sla ned|sla ihjel|sla i hjel|kverke|voldta|myrde|knuse trynet pa)\s+${VICTIM}\b`,
    ),
    unless: r(
      String.raw`\b(?:drepe|drep)\s+(?:tid|tiden|tida)\b|\bi\s+${GAMES}\b|\bnoen\s+(?:zombier|zombies|monstre|monster|fiender|bosser|npc\w*|orker|troll|romvesener)\b|\b(?:pa|i)\s+(?:playstation|ps\d|xbox|switch|spillet|gamet|serveren)\b`,
    ),
  },
  {
    id: 'violence.weapon',
    category: 'violence',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:ta|tar|tatt|tok|har|bringe|ha)\s+(?:med\s+)?(?:meg\s+)?(?:en\s+|ei\s+|et\s+)?(?:kniv|pistol|vapen|gever|skytevapen|hagle|machete)\s+(?:med\s+)?(?:meg\s+)?(?:pa|til|i)\s+(?:skolen|skulen|jobben|tiltaket|nav|kurset|praksis|praksisplassen|moten|motet)|\bskyte\s+(?:folk|noen|alle|nokon)\s+(?:pa|i)\b`,
    ),
  },
  {
    id: 'violence.en.intent',
    category: 'violence',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:i'm|i am|im|i|i'll|ill)\s+(?:\w+\s+)?(?:going to|gonna|will|want to|wanna|about to|planning to)\s+(?:kill|hurt|stab|shoot|beat up|murder)\s+(?:him|her|them|someone|somebody|people|everyone|you|my\s+(?:boss|teacher|dad|father|mom|mother|brother|ex|boyfriend|girlfriend|neighbou?r|counsel\w*))\b`,
    ),
  },
  {
    id: 'violence.could_kill',
    category: 'violence',
    level: 'concern',
    pattern: r(
      String.raw`\b(?:kunne|kunna|kan)\s+(?:ha\s+)?(?:drept|drepe|myrda|myrdet|kverka|kverket|slatt ihjel)\s+(?:ham|han|henne|hun|ho|dem|de|dei|noen|sjefen|lereren|veilederen|\w+en)\b|\bcould\s+(?:have\s+)?(?:kill|killed|murder|murdered)\s+(?:him|her|them|my\s+\w+)\b`,
    ),
    unless: r(String.raw`\b(?:drept|drepe)\s+(?:tid|tiden|tida)\b|\bfor\s+(?:a|an)\s+\w+`),
  },
  {
    id: 'violence.threatened',
    category: 'violence',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:truer|truet|trua|truar|truga|trugar)\s+(?:\w+\s+)?(?:med\s+)?(?:a\s+)?(?:drepe|skade|banke|sla|knivstikke|skyte|voldta|spre bilder|legge ut bilder|dele bilder)\s+(?:av\s+)?(?:meg|oss)\b|\bthreat\w*\s+to\s+(?:kill|hurt|beat|stab)\s+me\b`,
    ),
  },
  {
    id: 'violence.someone_will_kill_me',
    category: 'violence',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:noen|nokon|${PARTNER}|han|hun|ho|de|dei)\s+(?:\w+\s+)?(?:vil|skal|ska|kommer til a|kjem til a|prover a|har provd a)\s+(?:a\s+)?(?:drepe|skade|knivstikke|skyte|banke opp|banke|denge|juling pa|sla ned|voldta)\s+meg\b|\b(?:sier|sa|seier|sei)\s+(?:at\s+)?(?:han|hun|ho|de|dei)\s+(?:skal|vil|kommer til a)\s+(?:drepe|skade|knivstikke|skyte|banke opp|banke|denge|juling pa|sla ned|voldta)\s+meg\b|\b(?:truer|truet|trua)\s+meg\s+med\s+(?:kniv|vapen|pistol|bank|juling)\b|\b(?:someone|somebody|he|she|they|my\s+(?:boyfriend|girlfriend|ex|partner|husband|wife))\s+(?:is going to|is gonna|will|wants to|tried to|said he would|said she would)\s+(?:kill|hurt|stab|shoot)\s+me\b`,
    ),
    unless: r(String.raw`\blol\b|\bhaha\b|\bi\s+${GAMES}\b|\bdrepte meg i\b`),
  },
  {
    id: 'violence.parent_will_kill_me',
    category: 'violence',
    level: 'concern',
    pattern: r(
      String.raw`\b${PARENT_ETC}\s+(?:\w+\s+)?(?:vil|skal|ska|kommer til a|kjem til a|dreper)\s+(?:a\s+)?(?:drepe\s+)?meg\b|\bmy\s+(?:boss|mom|mum|dad|teacher|counsel\w*)\s+(?:is going to|is gonna|will)\s+kill\s+me\b`,
    ),
    unless: r(String.raw`(?:meg|me)${HYPERBOLE_TAIL}|\blol\b|\bhaha\b|\bdreper\s+meg\s+(?:med|av)\b`),
  },
  {
    id: 'violence.victim',
    category: 'violence',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:ble|blei|vart|blir|har blitt|har vorte|er blitt|er)\s+(?:\w+\s+)?(?:banket opp|banka opp|slatt ned|knivstukket|knivstukke|ranet|rana|angrepet|angripe|mishandlet|mishandla|truet med kniv|skutt pa)\b|\b(?:got|was|been|get)\s+(?:beaten up|stabbed|jumped|assaulted|attacked)\b`,
    ),
    unless: r(
      String.raw`\b(?:avis\w*|nyhet\w*|lest\w* om|leste om|read about|i fjor|for\s+\w+\s+ar\s+siden|years ago|har det (?:fint|bra) na)\b`,
    ),
  },

  // ─── Abuse: violence or sexual abuse in close relationships, forced marriage ────────────────
  {
    id: 'abuse.hits_me',
    category: 'abuse',
    level: 'acute',
    pattern: r(
      String.raw`\b${FAMILY}\s+(?:\w+\s+)?(?:slar|slo|sla|banker|banket|banka|sparker|sparket|sparka|kveler|kvelte|kvelar|lugger|lugga|luggar|dytter|dytta|kloret|klorer|tafser|tafset|tafsa|misbruker|misbrukte|misbrukar|voldtok|voldtar|valdtok|mishandler|mishandlet|mishandlar|truer|truet|trugar|truar|har misbrukt|har mishandlet|har voldtatt|har slatt|har tafset pa|forgrep seg pa|forgriper seg pa|har forgrepet seg pa|misbrukt|voldtatt)\s+(?:(?:\w+\s+)?(?:og|and)\s+)?(?:meg|oss|pa meg|mamma|mora mi|moren min|pappa|broren min|sosteren min|sostera mi|lillebror|lillesoster|sosknene mine)\b`,
    ),
    unless: r(
      String.raw`\b(?:sla|slo|slar|slar)\s+meg\s+(?:\w+\s+){0,2}(?:i\s+${GAMES}|pa\s+(?:tid|poeng|malstreken))|\b(?:kveler|kvelte)\s+meg\s+med\b|\bmed\s+(?:sporsmal|mas|omsorg|kjerlighet|klemmer|meldinger)\b|\btvinger\s+meg\s+(?:til\s+)?a\s+(?:sta opp|spise|trene|soke|ga pa|ga til|rydde|vaske|lese|gjore lekser|ringe|komme|vere med|melde meg)|\btvang\s+meg\s+(?:til\s+)?a\s+(?:sta opp|spise|trene|soke|ga pa|ga til|rydde|vaske|lese|gjore lekser|ringe|komme|vere med|melde meg)`,
    ),
  },
  {
    id: 'abuse.partner_threat',
    category: 'abuse',
    level: 'acute',
    pattern: r(String.raw`\b${PARTNER}\s+(?:\w+\s+){0,3}(?:drepe|skade|knivstikke|skyte|banke opp|voldta|sla)\s+meg\b`),
    unless: r(String.raw`\bi\s+${GAMES}\b`),
  },
  {
    id: 'abuse.confinement',
    category: 'abuse',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:laser|laste|stenger|stengte|sperrer|sperret|holder|holdt)\s+meg\s+(?:inne|innesperret|fast|innelast)\b`,
    ),
  },
  {
    id: 'abuse.images',
    category: 'abuse',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:presset|presser|pressa|tvunget|tvinger|tvang|truet|truer|trua|maser|mast|utpresset|utpresser)\s+(?:meg\s+)?(?:til\s+)?(?:a\s+)?(?:sende|dele|ta|legge ut)\s+(?:\w+\s+)?(?:nudes|nudes|nakenbilder|nakenbilde|bilder av meg|nakenvideo|dick ?pics?)\b|\b(?:deler|delt|spre|sprer|spredt|legger ut|lagt ut)\s+(?:\w+\s+)?(?:nakenbilder|nudes|nakenbildene|bildene mine|bilder av meg)\b|\bsextortion\b`,
    ),
  },
  {
    id: 'abuse.forced',
    category: 'abuse',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:tvinger|tvang|tvingar|tvinga|presser|presset|pressa|tvunget)\s+(?:meg\s+)?(?:til\s+)?(?:a\s+)?(?:ha\s+sex|sex|ligge med|gifte meg|kle av meg|sende (?:nakenbilder|bilder)|ta (?:nakenbilder|bilder av meg)|ta dop|selge|ruse meg)`,
    ),
  },
  {
    id: 'abuse.without_consent',
    category: 'abuse',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:sex|tok pa meg|tar pa meg|tafs\w*|beforte meg|befolte meg|kysset meg|kledde av meg|tok bilder av meg|la seg oppa meg)\b[^.!?]{0,40}\b(?:uten\s+at\s+${SUBJ}\s+(?:ville|vil|sa ja|ga lov|gav lov)|mot\s+min\s+vilje|uten\s+samtykke|selv om ${SUBJ} sa nei|sjol om eg sa nei)`,
    ),
  },
  {
    id: 'abuse.hits_no_object',
    category: 'abuse',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:fordi|for|nar|nar|at)\s+${FAMILY}\s+(?:\w+\s+)?(?:slar|slo|banker|mishandler|drikker og slar)\b(?!\s+(?:av|opp|pa|til|seg|ned|inn|ut|ihjel|i hjel|alltid av|an|\w+\s+i\s+${GAMES}))`,
    ),
  },
  {
    id: 'abuse.threatens_me',
    category: 'abuse',
    level: 'acute',
    pattern: r(
      String.raw`\b${FAMILY}\s+(?:\w+\s+)?(?:truer|truet|trua|truar|truga|trugar)\s+(?:med\s+)?(?:a\s+)?(?:drepe|skade|banke|sla|knivstikke|skyte|voldta|spre bilder|legge ut bilder|dele bilder)\s+(?:av\s+)?(?:meg|oss)\b`,
    ),
  },
  {
    id: 'abuse.en.hits_me',
    category: 'abuse',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:he|she|they|my\s+(?:dad|father|mom|mum|mother|stepdad|stepfather|stepmom|stepmother|boyfriend|girlfriend|partner|husband|wife|brother|uncle|ex))\s+(?:\w+\s+)?(?:hits|hit|beats|beat|kicks|kicked|chokes|choked|forces|forced|abuses|abused|raped|rapes|touches|touched|hurts|threatens|threatened)\s+me\b`,
    ),
    unless: r(String.raw`\bbeat\s+me\s+(?:at|in)\b|\bhit\s+me\s+up\b`),
  },
  {
    id: 'abuse.disclosure',
    category: 'abuse',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:ble|blei|vart|har blitt|har vorte|blir|er blitt|er|var)\s+(?:\w+\s+){0,2}(?:voldtatt|valdteken|voldteken|misbrukt|seksuelt misbrukt|utsatt for (?:overgrep|vold|vald|voldtekt|valdtekt|incest)|tvunget til sex|tvinga til sex|tvangsgift|slatt hjemme|tvunget til a gifte meg|tvinga til a gifte meg)\b|\b(?:tvinger|tvang|tvingar)\s+(?:meg\s+)?(?:til\s+)?(?:a\s+)?(?:ha\s+)?sex\b|\b(?:skal|vil)\s+(?:\w+\s+)?gifte\s+meg\s+bort\b|\btvangsekteskap\w*|\btvangsgift\w*|\bvold\s+(?:hjemme|i hjemmet|i familien)\b|\b(?:i was|i've been|ive been|i got|i have been)\s+(?:\w+\s+)?(?:raped|sexually abused|abused|molested)\b`,
    ),
    // A book or film that is about abuse is not a disclosure.
    unless: r(
      String.raw`\b(?:boka|boken|filmen|serien|dokumentaren|artikkelen|episoden|romanen|stykket)\s+(?:handler|handla|handlet|var|er)\s+om\b`,
    ),
    concernIf: r(String.raw`\b(?:snakket|snakka|lest|lerte|hort|lert)\s+om\b|\b(?:film|serie|timen|foredrag|kurs)\b`),
  },
  {
    id: 'abuse.mention',
    category: 'abuse',
    level: 'concern',
    pattern: r(
      String.raw`\b(?:overgrep\w*|voldtekt\w*|valdtekt\w*|incest|vold i nere relasjoner|domestic violence|sexual abuse)\b`,
    ),
    unless: r(
      String.raw`\w*forebygg\w*|\b(?:roman\w*|novelle\w*|hovedperson\w*|film\w*|serie\w*|bok|boka|boken|dokumentar\w*|artikkel\w*|avis\w*|nyhet\w*|podkast\w*|\w*timen|kurs\w*|foredrag\w*|forebygg\w*|organisasjon\w*|helsedirektorat\w*|tall|tallene|\w*tallene|statistikk\w*|samfunnsfag\w*|historie\w*|movie|news|article|learned|lerte|lerte|psykolog|hjelpe\s+(?:folk|andre|en venn|ein ven)|help\s+a\s+friend|for\s+(?:\w+\s+)?(?:mange\s+)?ar\s+siden|years\s+ago|minnestund)\b`,
    ),
  },
  {
    id: 'abuse.controlling',
    category: 'abuse',
    level: 'concern',
    pattern: r(
      String.raw`\b${FAMILY}\s+(?:\w+\s+)?(?:kontrollerer|kontrollerte|sjekker|sjekka|overvaker|overvaka)\s+(?:alt\s+(?:${SUBJ}\s+)?(?:gjor|gjer|sier|seier)|telefonen min|mobilen min|pengene mine|hvem ${SUBJ} (?:treffer|snakker med)|meg hele tiden)`,
    ),
  },
  {
    id: 'abuse.afraid_to_go_home',
    category: 'abuse',
    level: 'concern',
    pattern: r(
      String.raw`\b(?:redd|tor ${NEG}|tort ${NEG})\s+(?:for\s+)?(?:a\s+)?(?:dra|ga|ga|komme|reise)\s+hjem\b|\bafraid\s+to\s+go\s+home\b`,
    ),
  },
];

// ─── Semantic families (issue 14, second pass) ──────────────────────────────────────────────────
// Each rule below covers a whole family of meaning rather than one phrasing: any first-person
// wish to be dead, any way of saying "I won't be here", any giving-away or farewell, any means
// made ready, any self-harm verb with intent. Uncertain shapes are check_in: asking directly is
// safe, a missed crisis is not. The idiom guards stay next to each rule.
const DIE_INF = String.raw`(?:${DIE}|doy|die)`;
const TRAVEL = String.raw`\b(?:ferie\w*|tur|turen|reise\w*|reis|flytt\w*|bortreist|hytta|hytte|utland\w*|jobb\w*|praksis\w*|skolen|skulen|timen|motet|moten|kontoret|kurs\w*|syk|sjuk|vacation|holiday|trip|moving|work|school|meeting|bursdag\w*|fest\w*|helg\w*|weekend)\b`;
const IDIOM_DEATH = String.raw`\bhold\w*\s+pa\s+a\b|\b(?:pinlig\w*|flau\w*|embarrass\w*)\b|\b(?:av|of|from)\s+(?:latter|laughing|laughter|kjedsomhet|kjedsemd|boredom|skam|flauhet|pinlighet|embarrass\w*|cringe|cuteness|sult|torst|torst|nerver|spenning|misunnelse|varme|heat)\b|\bkjedelig\w*|\bkjedeleg\w*|\bnesten\b|\bhaha\w*|\blol\b|\bi\s+(?:spillet|spelet|gamet|${GAMES})\b|\bin\s+the\s+game\b|\b(?:hunden|katten|bestemor|bestefar|mormor|morfar|farmor|farfar|planten|plantene|blomst\w*|dyret|dyr|fisken|batteri\w*|mobilen|telefonen|pcen|krig\w*|film\w*|serie\w*|bok|boka|boken|historie\w*|nyhet\w*|dinosaur\w*|celler|cellene|sola|stjern\w*|soldat\w*)\b`;
const PILLS = String.raw`(?:piller|pillene|pilla|tablett\w*|pills|meds|medisin\w*|medication|sovepiller|sovetablett\w*|ibux|paracet\w*|pinex|sobril|vival)`;
const BLADE = String.raw`(?:barberblad\w*|blades?|blader|bladene|skalpell\w*|razors?|kniv\w*|knife|knives)`;
const WEAPON = String.raw`(?:kniv|kniven|pistol\w*|vapen|vapnet|gevar|gever|hagle|machete|balltre|gun|knife|weapon|bat)`;
const PERSON_OBJ = String.raw`(?:han|ham|henne|hun|ho|dei|dem|de|noen|nokon|alle|him|her|them|everyone|someone)`;

const BROAD_RULES: readonly RiskRule[] = [
  // Suicide: wish to be dead, in any wording.
  {
    id: 'suicide.family.die_infinitive',
    category: 'suicide',
    level: 'check_in',
    // "å dø", "for å døy", "to die": talk about dying oneself ("kan man dø av …", "vil det gjøre vondt å dø").
    pattern: r(String.raw`\b(?:a\s+(?:bare\s+|berre\s+)?(?:${DIE}|doy)|to\s+(?:just\s+)?die)\b(?!\s+(?:for|ut)\b)`),
    // "Jeg kommer til å dø hvis jeg må ringe dem": hyperbole with a condition about an everyday task.
    unless: r(
      String.raw`${IDIOM_DEATH}|\ber\s+borte\b|\bfor\s+lenge\s+siden\b|\b(?:${DIE}|die)\s+(?:hvis|om|viss|dersom|nar|if|when)\s+(?:jeg|eg|i)\s+(?:ma|skal|have to|må)\b|\b(?:kreft\w*|sykdom\w*|sjukdom\w*|dement\w*|sykehjem\w*|sjukeheim\w*|palliativ\w*)\b|\b(?:han|hun|ho|de|dei|he|she|they)\s+(?:\w+\s+)?(?:kommer|kjem|skal|is going|are going)\s+(?:til\s+)?a\s+(?:${DIE}|die)\b`,
    ),
  },
  {
    id: 'suicide.family.rather_be_dead',
    category: 'suicide',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:a\s+(?:bare\s+|berre\s+)?vere|onsker meg|onskjer meg|rather be|wish i (?:was|were)|heller vere|vere)\s+dod\b|\bheller\s+(?:bare\s+)?(?:${DIE}|doy|vere dod)\b|\brather\s+(?:be\s+dead|die)\b|\b(?:die|dying|dead)\s+in\s+my\s+sleep\b`,
    ),
    unless: r(IDIOM_DEATH),
  },
  {
    id: 'suicide.family.if_i_died',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:om|hvis|viss|dersom|nar|if|when|til)\s+(?:jeg|eg|i|e|i'm|im)\s+(?:bare\s+|berre\s+|just\s+)?(?:dode|dor|doydde|doyr|doyde|died|die|was dead|var dod|er dod|gone|forsvant|ble pakjort|vart pakoyrd|ikke lenger er her|bestemmer meg)\b`,
    ),
    unless: r(String.raw`${TRAVEL}|${IDIOM_DEATH}`),
  },
  {
    id: 'suicide.family.death_as_way_out',
    category: 'suicide',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:utvei\w*|vei ut|veg ut|way out|losning\w*|loysing\w*|solution)\b[^.!?]{0,40}\b(?:${DIE_INF}|doden|dying|death)\b|\bdoden\b[^.!?]{0,30}\b(?:losning|loysing|lettelse|letting|befrielse|utvei|eneste|deilig|fint|bedre|god|relief)\b|\b(?:lengter|lengtar|tenker|tenkjer|dagdrommer)\s+(?:\w+\s+)?(?:etter|pa|om)\s+doden\b|\b(?:like greit|like bra|best|greiest|bedre|betre)\s+(?:at|om|hvis|viss|dersom)\s+(?:jeg|eg)\s+(?:bare\s+|berre\s+)?(?:dor|doyr|dode|doydde|do|doy)\b`,
    ),
    unless: r(String.raw`\b(?:film\w*|serie\w*|bok|boka|boken|historie\w*|religion\w*|krle|filosofi\w*)\b`),
  },
  {
    id: 'suicide.family.thoughts_of_death',
    category: 'suicide',
    level: 'check_in',
    concernIf: r(
      String.raw`\b(?:borte|over|for lenge siden|tidligere|tidlegare|before|used to|ikke|ikkje|aldri|never)\b`,
    ),
    pattern: r(
      String.raw`\b(?:tankene|tankane|tanker|tankar|thoughts)\s+(?:om|pa|of|about)\s+(?:a\s+)?(?:${DIE_INF}|doden|death|dying|ta livet|suicide|selvmord)\b`,
    ),
    unless: r(String.raw`\b(?:film\w*|serie\w*|bok|boka|boken|historie\w*)\b`),
  },
  {
    id: 'suicide.family.done_with_life',
    category: 'suicide',
    level: 'acute',
    pattern: r(
      String.raw`\bferdig\s+med\s+(?:livet|a leve|a leva)\b|\bdone\s+(?:with\s+life|living|with\s+(?:this|my)\s+life)\b|\b(?:livet|live)\s+(?:mitt\s+|mit\s+)?(?:er|e)\s+(?:over|slutt)\b|\bmy\s+life\s+is\s+over\b|\b(?:orker|klarer|klarar|gidder|orkar)\s+${NEG}\s+(?:a\s+)?(?:kjempe|fortsette|halde ut|holde ut)\s+(?:mer|meir|lenger)\b`,
    ),
    unless: r(String.raw`\b(?:haha\w*|lol)\b|\bsosial\w*|\bsom\s+(?:student|singel)\b`),
  },
  {
    id: 'suicide.family.nothing_to_live_for',
    category: 'suicide',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:ingenting|ikke\s+noe|ikkje\s+noko|ikke\s+noko|ingen ting|nothing|ingen|no)\s+(?:\w+\s+){0,2}(?:a\s+)?(?:leve|leva|live)\s+for\b|\b(?:isn't|is not|not)\s+worth\s+living\b|\b(?:ingen|no|ikke noen|ikkje nokon)\s+(?:grunn|grunnar|reason)\s+(?:til\s+a|to)\s+(?:fortsette|halde fram|holde ut|go on|continue|keep going|leve)\b(?!\s+med\b)`,
    ),
  },
  {
    id: 'suicide.family.never_wake',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:aldri|ikke|ikkje|never|not|don't|dont)\s+(?:\w+\s+)?(?:vakne|vakna|vakner|vaknar|wake up|wake|sta opp)\s+(?:igjen|opp igjen|again)\b|\b(?:legge meg|legg meg|sovne|sove)\s+(?:\w+\s+)?og\s+(?:aldri|ikke|ikkje)\s+(?:\w+\s+)?(?:vakne|vakna|sta opp)\b|\b(?:bare|berre|a)\s+(?:ikke|ikkje)\s+(?:vakne|vakna)\b|\b(?:vil|want to|wanna)\s+(?:bare\s+|berre\s+|just\s+)?(?:sove|sleep)\s+for\s+(?:alltid|evig|forever)\b|\bslutte\s+a\s+(?:puste|pusta)\b`,
    ),
    unless: r(
      String.raw`\b(?:tidlig|tidleg|seint|sent|lordag|sondag|helg\w*|ferie\w*|weekend|early|alarm\w*|vekkerklokk\w*|klokka|kl)\b`,
    ),
  },
  {
    id: 'suicide.family.stop_living',
    category: 'suicide',
    level: 'acute',
    pattern: r(String.raw`\bslutte\s+a\s+(?:leve|leva|eksistere|finnes)\b(?!\s+(?:sann|slik|pa|av|som|med|i|for)\b)`),
  },
  {
    id: 'suicide.family.end_it_all',
    category: 'suicide',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:gjore|gjor|gjorde|gjere|gjer|fa|få)\s+slutt\s+pa\s+(?:det\s+(?:hele|heile)|alt|alt sammen|alt saman|heile greia|hele greia)\b|\bavslutte\s+(?:alt|alt sammen)\b|\b(?:ending|end)\s+it\b|\b(?:want|wanna|need)\s+(?:it|everything)\s+(?:all\s+)?to\s+(?:end|stop)\b|\bit\s+all\s+to\s+end\b`,
    ),
    unless: r(
      String.raw`\b(?:forhold\w*|kjeresten|typen|dama|relationship|krangel\w*|mobbing\w*|braket|braket|stoyen|kaoset|rotet|maset|festen|moten|argument)\b|\bslutt\s+pa\s+alt\s+(?:rotet|maset|braket|styret)\b`,
    ),
  },
  {
    id: 'suicide.family.burden_gone',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:slipper|slepp|sleppe|slippe|blir kvitt|bli kvitt|er kvitt|get rid of)\s+(?:dere|du|dokker|alle|de|dei|you)?\s*(?:\w+\s+)?(?:meg|a tenke pa meg|me)\b|\b${NEG}\s+(?:\w+\s+){0,3}(?:plage|bry|vere til bry|vere ei byrde|vere en byrde|maste pa|bekymre)\s+(?:\w+\s+){0,2}(?:lenger|lengre|mer|meir)\b|\b(?:won't|wont|will not|don't|dont)\s+have\s+to\s+(?:worry|deal|think)\s+(?:about|with)\s+me\b|\b(?:i'm|im|i am|er|e)\s+(?:bare\s+|just\s+)?(?:en|ei|a)\s+(?:belastning|byrde|burden)\b|\b(?:happier|bedre|lykkeligere|betre)\s+(?:\w+\s+){0,2}(?:if|om|hvis|viss|uten|utan|without)\s+(?:i\s+(?:was|were)\s+gone|jeg\s+var\s+borte|eg\s+var\s+borte|me)\b|\bbedre\s+(?:at|om|hvis)\s+(?:jeg|eg)\s+(?:${NEG}\s+finnes|var borte|forsvinner)\b`,
    ),
    unless: r(String.raw`\b(?:jobb\w*|skole\w*|skule\w*|timen|motet|flytt\w*|ferie\w*|klassen|laget)\b`),
  },
  {
    id: 'suicide.family.not_here_future',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:${NEG}|not|won't|wont)\s+(?:\w+\s+){0,3}(?:vere|vere|er|e|be|here)\s+(?:her|around|alive|i live)\s*(?:lenger|lengre|mer|meir|anymore|tomorrow|i morgen|til|neste|da|much longer|for lenge)?\b|\b(?:i morgen|tomorrow)\s+(?:er|e)\s+(?:jeg|eg)\s+${NEG}\s+her\b|\b${NEG}\s+(?:\w+\s+){0,3}(?:leve|leva|live)\s+(?:til|lenge|to see|mye lenger)\b|\bblir\s+${NEG}\s+gammel\b|\b(?:ingen|ikke noen|no)\s+(?:fremtid|framtid|future)\s+(?:for|til)\s+(?:meg|me)\b|\b(?:framtida|fremtiden|framtiden)\s+mi\w*\s+(?:\w+\s+)?(?:finnes|fins)\s+${NEG}\b|\b${NEG}\s+(?:\w+\s+){0,2}(?:her|i live)\s+da\b`,
    ),
    unless: r(String.raw`${TRAVEL}|\bher\s+(?:i\s+(?:byen|landet|norge|oslo)|pa\s+\w+)\b`),
  },
  {
    id: 'suicide.family.gone_for_good',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:dra|drar|drog|ga|gar|gar|reise|forsvinne|borte|exit|vekk|slutt|ferdig|gone|leave|leaving)\b[^.!?]{0,30}\bfor\s+(?:godt|alltid|good)\b|\bta\s+(?:en|ein)\s+exit\b`,
    ),
    unless: r(
      String.raw`${TRAVEL}|\b(?:fra|fra)\s+(?:oslo|byen|bygda|norge|\w+en)\b|\bhjemmefra\b|\b(?:telefon\w*|mobil\w*|nokkel\w*|nokl\w*|lommebok\w*|penge\w*|sykkel\w*|bag\w*|veske\w*|jakke\w*|lappen|kortet|passet|smerte\w*|hodepine\w*|kvise\w*|utslett\w*)\b`,
    ),
  },
  {
    id: 'suicide.family.nobody_would_care',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:nobody|no one|noone|ingen)\s+(?:\w+\s+){0,2}(?:miss|care|notice|savne|savna|sakna|merke|merka|bry|brydd|bryr|ville grate|grate)\w*\s+(?:\w+\s+){0,3}(?:if|when|om|hvis|viss|nar|dersom)\s+(?:i|jeg|eg|i'm|im)\b|\b(?:hadde|ville)\s+${NEG}\s+(?:\w+\s+)?(?:savnet|savna|sakna|merket|merka|brydd seg)\s+(?:meg\s+)?(?:om|hvis|viss)\s+(?:jeg|eg)\b|\bingen\s+(?:vil|ville|kommer til a|kjem til a|hadde|kan|kommer|would|will)\s+(?:\w+\s+)?(?:savne|sakne|savnet|savna|sakna|merke|merka|merket|bry seg|bryr seg|miss|care|notice)\s+(?:meg|om meg|me|about me)\b`,
    ),
  },
  {
    id: 'suicide.family.hopeless_death',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:gitt|gi|gir|gav|ga)\s+opp\s+(?:hapet|hap|livet)\b|\bgiven\s+up\s+(?:on\s+)?(?:life|hope|everything)\b|\b(?:never|aldri)\s+(?:going\s+to\s+|kommer\s+til\s+a\s+)?(?:get|bli)\s+(?:better|bedre|betre)\b|\blife\s+is\s+(?:pointless|meaningless|hopeless)\b|\b(?:ser\s+)?ingen\s+(?:mening|meining|vits|poeng)\s+(?:med|i)\s+(?:noe|noko|noenting|livet|alt|nokon ting)\b|\b${NEG}\s+(?:\w+\s+)?(?:en|ei|ein|one)\s+(?:eneste|einaste|single)\s+dag\s+til\b`,
    ),
    unless: r(String.raw`\b(?:vekta|slanking|kosthold|dietten|trening\w*|fotball\w*|laget|prosjekt\w*)\b`),
  },
  // Plans, dates and "doing it".
  {
    id: 'suicide.family.plan_do_it',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:hvordan|korleis|kossen|how)\s+(?:og\s+(?:nar|nar|kva tid)\s+)?(?:jeg|eg|i)\s+(?:\w+\s+)?(?:skal|ska|will|'ll|ll|kan)?\s*(?:gjore|gjere|do)\s+(?:det|it)\b(?!\s+(?:med|pa|bedre|betre|riktig|rett|right|better))|\b(?:planen|alt)\s+er\s+(?:klar|klart|planlagt|bestemt)\b|\bbestemt\s+(?:meg\s+for\s+)?(?:dato|daton|dagen|tidspunkt\w*)\b|\bdet\s+skjer\s+(?:i\s+(?:kveld|natt|morgen|helga)|pa\s+\w+dag|etter\s+\w+|snart)\b|\b(?:i\s+(?:kveld|natt)|tonight)\s+(?:gjor|gjer|skjer|do)\s+(?:jeg|eg|i|det)\b|\b(?:gjor|gjer|doing|do)\s+(?:jeg\s+|eg\s+)?(?:det|it)\s+(?:i\s+(?:kveld|natt|helga)|tonight|pa\s+\w+dag|snart|soon)\b|\bingen\s+kan\s+stoppe\s+meg\b|\bno\s+one\s+can\s+stop\s+me\b|\bgjor\s+jeg\s+det\b`,
    ),
    unless: r(
      String.raw`\b(?:lekse\w*|oppgave\w*|soknad\w*|soker|soke|sokte|ringer|ringe|ring|sender|sende|vask\w*|rydd\w*|trening\w*|trene|handle\w*|skjema\w*|cv|mail|epost|e-post|melding\w*|homework|call|kake|middag\w*|matte|eksamen|presentasjon\w*|innlevering\w*|fest\w*|bursdag\w*|tur|kino)\b`,
    ),
  },
  {
    id: 'suicide.family.deadline',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\bgitt\s+(?:meg\s+)?${SELF}\s+(?:en|ein|ei)\s+(?:uke|veke|maned|manad|dag|ar|frist|siste)\b|\b(?:hvis|om|viss|if)\s+(?:ingenting|ikke noe|ikkje noko|nothing)\s+(?:\w+\s+)?(?:endrer|endrar|forandrer|changes|blir bedre|blir betre|gets better)\b[^.!?]{0,40}\b(?:gjor|gjer|done|slutt|ferdig|do it)\b|\b(?:gir|gi)\s+livet\s+(?:en|ei|ein)\s+(?:sjanse|frist)\b|\bteller\s+ned\s+(?:dagene|dagane)\s+til\s+${SUBJ}\b`,
    ),
  },
  // Means and method.
  {
    id: 'suicide.family.means_kept',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:samla|samlet|samler|spart|sparer|sparte|saving|saved|gjemt|gjemmer|gjomt|goymer|goymt|goymd|hidden|hiding|hide|keep|stockpil\w*|hamstr\w*)\s+(?:\w+\s+){0,2}(?:${PILLS}|${BLADE})\b|\b${BLADE}\s+(?:\w+\s+){0,2}(?:gjemt|gjomt|goymt|hidden)\b|\b(?:barberblad\w*|skalpell\w*)\b|\b(?:kjopt|kjopte|skaffet|skaffa|fatt tak i|bought|got)\s+(?:meg\s+)?(?:et\s+|eit\s+|a\s+)?(?:tau|rope)\b`,
    ),
    unless: r(
      String.raw`\b(?:barber\w*\s+(?:meg|skjegget|beina|leggene)|shav\w*|kjokken\w*|kitchen|kokk\w*|klatr\w*|bat|baten|seil\w*|camping|hoppetau|climbing|klesvask\w*|klesnor\w*|henge opp)\b`,
    ),
  },
  {
    id: 'suicide.family.how_to_die',
    category: 'suicide',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:hvordan|korleis|kossen|how)\s+(?:\w+\s+){0,3}(?:livet sitt|live sitt|seg selv|seg sjolv|myself|yourself|oneself)\b|\b(?:dor|doyr|die|dies|dying|doy)\s+(?:man|ein|en|you|one)?\s*(?:av|of|from)\s+(?:\w+\s+)?(?:${PILLS}|overdose|gift|poison)\b|\b(?:hjelpe meg|help me)\s+(?:a\s+|to\s+)?(?:finne|find)\s+(?:en|ein|a)\s+(?:mate|mate|way)\s+(?:a\s+|to\s+)?${DIE_INF}\b`,
    ),
    unless: r(
      String.raw`\b(?:hjelpe\s+\w+|help\s+(?:a|my)\s+friend|forebygg\w*|prevent\w*|(?:kan|hvordan)\s+(?:man|jeg|eg)\s+(?:hjelpe|stotte))\b|\b(?:kose|more|ta vare pa|ta seg av|stelle|passe pa|hevde|uttrykke|bevise|presentere|beskrive|forsvare)\s+(?:seg selv|seg sjolv|myself|yourself)\b`,
    ),
  },
  {
    id: 'suicide.family.jump',
    category: 'suicide',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:tenker pa a|tenkjer pa a|lyst (?:til )?a|vil|skal|ska|thinking (?:about|of)|want to|wanna|gonna|going to)\s+(?:bare\s+)?(?:hoppe|hoppa|jump\w*)\s+(?:\w+\s+)?(?:fra|fra|utfor|ned|ut|off|from|foran|in front)\b|\b(?:kjore|kjora|kjoyre|drive)\s+(?:\w+\s+){0,2}(?:i|inn i|mot|utfor|into|off)\s+(?:en\s+|ein\s+|a\s+)?(?:fjellvegg\w*|veggen|vegg|fjellet|trailer\w*|lastebil\w*|stupet|a wall|a truck|a cliff)\b|\bga\s+(?:ut\s+)?(?:i|ut i)\s+(?:sjon|havet|vannet|elva|the sea)\b[^.!?]{0,30}\b(?:${NEG}|never|not)\b`,
    ),
    unless: r(
      String.raw`\b(?:fallskjerm\w*|strikk\w*|bungee|trampoline\w*|basseng\w*|stup\w*\s+(?:i|fra brett)|badeplass\w*|brygga|bader|bade|swim\w*|parachute|ski\w*|hoydehopp|lengdehopp)\b`,
    ),
  },
  {
    id: 'suicide.family.at_the_edge',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:star|sitter|er|i'm|im|standing|sitting)\s+(?:\w+\s+){0,2}(?:pa|ved|on|at|by)\s+(?:kanten\s+(?:av|pa)\s+)?(?:brua|broa|bruen|bron|bron|skinnene|sporet|jernbanesporet|perrongkanten|taket|stupet|kanten|the bridge|the edge|the roof|the tracks|the rooftop)\b`,
    ),
    unless: r(
      String.raw`\b(?:bilde\w*|foto\w*|pictures?|photos?|utsikt\w*|view|venter pa|waiting for|tur\w*|hike|jobb\w*|work|skifter|reparer\w*|maler|snomak\w*|snomak\w*)\b`,
    ),
  },
  // Farewells, notes, giving things away.
  {
    id: 'suicide.family.farewell',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:ha det|farvel|adjo|goodbye|bye)\b[^.!?]{0,30}\btakk for alt\b|\btakk for alt\b[^.!?]{0,50}\b(?:farvel|ha det|se meg|hore fra meg|hoyre fra meg|goodbye)\b|\b(?:sier|seier|si|sei|saying|say|this is|ta)\s+(?:farvel|goodbye|adjo)\b|\b(?:ikke|ikkje|aldri|never|won't|wont|not)\s+(?:\w+\s+){0,3}(?:se|hore|hoyre|sja|see|hear\s+from)\s+(?:meg|me|fra meg|fra meg)\s+(?:igjen|again|mer|meir|anymore)\b|\b(?:hilse|hils|si til)\s+(?:\w+\s+){0,2}(?:at\s+)?(?:jeg|eg)\s+(?:er glad i|elsker)\b[^.!?]{0,20}\b(?:nar|etter|if)\b`,
    ),
    unless: r(
      String.raw`${TRAVEL}|\b(?:klassen|kolleg\w*|laget|sommer\w*|russ\w*|avslutning\w*|begravelse\w*|minnestund\w*|bisettelse\w*|gravferd\w*|funeral|for now|see you|vi ses|snakkes|neste uke|next week|til neste|for i dag|for today)\b`,
    ),
  },
  {
    id: 'suicide.family.note',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:skrevet|skrive|skriv|skrev|skriver|skreiv|skrive|left|wrote|writing|written|lagt)\s+(?:\w+\s+){0,2}(?:lapp|lappen|note|letter|siste\s+(?:innlegg|melding\w*|brev))\b|\b(?:skrevet|skrive|skriv|skrev|skriver|skreiv|wrote|writing|written)\s+(?:\w+\s+){0,2}(?:brev|letter|meldinger)\s+til\s+(?:familien|mamma|pappa|mor|far|alle|foreldrene|de som|my\s+(?:family|parents|mom|dad))\b|\b(?:de|dei|those)\s+som\s+(?:blir|vert)\s+(?:igjen|att|etter)\b|\bfor\s+siste\s+gang\b[^.!?]{0,20}$`,
    ),
    unless: r(
      String.raw`\b(?:nav|soknad\w*|jobb\w*|skole\w*|skule\w*|kommune\w*|lege\w*|handleliste\w*|ferie\w*|julekort\w*|bursdag\w*|takk\w*kort|tur|application|exam|eksamen|innlevering\w*)\b`,
    ),
  },
  {
    id: 'suicide.family.giving_away',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:gitt|gir|gav|ga|gi|gjeve|gjev|gjeve|delt|deler|delte|given|giving|give|gave)\s+(?:\w+\s+){0,4}(?:bort|vekk|away|ut)\b[^.!?]{0,40}\b(?:mine|mitt|min|mi|alt|all|my|tingene|stuff|things)\b|\b(?:gitt|gir|gav|ga|gjeve|delt|deler|given|gave|giving)\s+(?:bort|vekk|away|ut)\s+(?:\w+\s+){0,3}(?:mine|mitt|min|mi|alt|all|my|stuff|things|eig|eier)\b|\b(?:hvem|kven|who)\s+som\s+skal\s+(?:fa|få|have|get)\s+(?:tingene|sakene|dyra|katten|hunden|my)\b|\b(?:tingene|sakene)\s+mine\s+(?:nar|etter)\s+(?:jeg|eg)\s+er\s+borte\b|\b(?:ta vare pa|passe pa|take care of)\s+(?:\w+\s+)?(?:hunden|katten|dyra|tingene|my\s+\w+)\s+(?:\w+\s+){0,2}(?:nar|etter|when|for meg)\b|\btrenger\s+(?:\w+\s+)?${NEG}\s+(?:tingene mine|det|dem|noe)\s+(?:lenger|mer|meir)\b[^.!?]{0,30}\b(?:gir|gitt|bort)\b|\bgitt\s+bort\s+\w+\s+og\s+alt\b|\btrenger\s+det\s+ikke\s+mer\b`,
    ),
    unless: r(
      String.raw`\b(?:fretex|finn|loppis|billett\w*|plassen|syk|sjuk|bruktbutikk\w*|innsamling\w*|veldedig\w*|frelsesarme\w*|rydd\w*|flytt\w*|for sma|for sma|gamle|gammel|vokst|lekser|oppgave\w*|brosjyre\w*|flyer\w*|informasjon|rad|kort|godteri|kake\w*|pakke\w*|gave\w*|julegave\w*|jobb\w*|fatt ny\w*|kjopt ny\w*|bytt\w*)\b`,
    ),
  },
  {
    id: 'suicide.family.arranged_after',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:ordnet|ordna|fiksa|fikset|ryddet|rydda|slettet|sletta|deleted)\s+(?:\w+\s+){0,3}(?:alt|alle kontone|kontone mine|everything|all my accounts)\b[^.!?]{0,40}\b(?:ingen|farvel|rydde etter meg|etter meg|borte|goodbye|no one)\b`,
    ),
  },
  {
    id: 'suicide.family.attempt_again',
    category: 'suicide',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:overlevde|overlevd|survived)\s+(?:\w+\s+)?(?:forsoket|forsoket mitt|attempt)\b|\b(?:forrige gang|sist gang|last time)\s+(?:jeg|eg|i)\s+(?:provde|provde|tried)\b[^.!?]{0,40}\b(?:neste gang|igjen|next time|again)\b`,
    ),
  },
  {
    id: 'suicide.family.english',
    category: 'suicide',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:i'm|im|i am)\s+(?:so\s+)?done\s+(?:with\s+)?(?:life|living|everything)\b|\bno\s+(?:way\s+out|point)\s+(?:\w+\s+){0,2}(?:except|but|other than)\s+(?:dying|death|to die)\b|\b(?:won't|wont|will not)\s+be\s+(?:around|here|alive)\s+(?:much\s+)?(?:longer|tomorrow|anymore|for long)\b|\bthis\s+is\s+(?:my\s+)?goodbye\b(?!\s+for\s+(?:now|today))|\bi'?m\s+ending\s+it\b|\bnobody\s+will\s+miss\s+me\b|\b(?:i'?ll|i will|i'm going to|gonna)\s+do\s+it\s+(?:tonight|tomorrow|soon|on)\b|\bi\s+know\s+(?:exactly\s+)?how\s+(?:and\s+when\s+)?(?:i'?ll|i will|to)\s+do\s+it\b|\bdone\s+for\s+good\b`,
    ),
  },
  // Self-harm: any self-harm verb with intent, urge, relapse, wounds kept hidden, poisoning.
  {
    id: 'self_harm.family.urge',
    category: 'self_harm',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:trang\w*|lyst|lust|urge|behov|fristelsen|impuls\w*)\s+(?:\w+\s+){0,2}(?:til\s+)?(?:a\s+|to\s+)?(?:kutte|kutta|skade meg|skada meg|brenne meg|brenna meg|risse|rispe|cut|hurt myself|harm myself|burn myself|sla meg|sla meg|sla hodet|sla hodet)\b|\b(?:kutte|kutta|kutter|kuttet|kutting|cutting|cut|skade meg|skada meg|skader meg|skadar meg)\s+(?:\w+\s+)?(?:igjen|again)\b|\bstarted\s+cutting\b|\b(?:klarer|klarar)\s+${NEG}\s+(?:a\s+)?slutte\s+(?:a|med a)\s+(?:kutte|skade)\b`,
    ),
    unless: r(
      String.raw`\b(?:haret|haret|har\w*klipp|hair|plen\w*|gress\w*|kostnad\w*|utgift\w*|sukker|kaffe|karbo\w*|carbs|sugar|budsjett\w*|ned pa|ned|ut|av\s+\w+|kontakt\w*|klesbudsjett)\b`,
    ),
  },
  {
    id: 'self_harm.family.self_verb',
    category: 'self_harm',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:kutte|kutter|kutta|kuttar|skadd|skadde|skada|skader|skadar|brent|brenne|brenner|risser|rispet|biter|beit|bet|lugger|lugga|sulter|sultar|sultet|slar|slo|klor|klorer|river|reiv|rev)\s+(?:meg|me|mæ|mei)\s+(?:${SELF}\s+)?(?:som\s+straff|for\s+a\s+straffe|til\s+(?:blods|det\s+blor|det\s+blor)|med\s+vilje)\b|\b(?:kutte|kutter|kutta|kuttar|skadd|skadde|brent|risser|rispet)\s+(?:meg|me|mei)\s+${SELF}\b|\b(?:e|eg|jeg|æ)\s+(?:kutte|kutta|kutter|skade|skada)\s+(?:me|mæ|meg|mei)\b|\btil\s+(?:det\s+)?(?:blor|bloder|bloder)\b|\b(?:sulter|sultar)\s+meg\s+${SELF}\b|\bstraff\w*\s+(?:meg\s+${SELF}|myself)\b|\bselskad\w*|\bsjolskad\w*`,
    ),
    unless: r(
      String.raw`\b(?:uhell|uhellet|accident\w*|trening\w*|fotball\w*|kamp\w*|neseblod|nesa|tann\w*|mygg\w*|ved\s+et\s+uhell)\b|\b(?:me|meg)\s+pa\s+(?:et|eit|en|ein|ei|den|det|kniven|glas\w*|papir\w*|boks\w*)\b|\bi\s+(?:fingeren|fingern|handa|handen|tommelen|foten)\b`,
    ),
  },
  {
    id: 'self_harm.family.wounds_hidden',
    category: 'self_harm',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:kuttene|kuttane|kutta mine|arrene|arra|arr|sarene|sara|saret|sarene|cuts|scars|wounds|merkene)\b[^.!?]{0,40}\b(?:langermet|genser|long sleeves|hoodie|skjule|skjuler|gjemme|gjemmer|goymer|hide|ingen ser|ingen vet|no one sees|nobody sees|betent|infected|armene|armane|larene|handleddet|wrists?|arms?|bade)\b|\b(?:langermet|genser|long sleeves|skjuler|goymer|gjemmer|hide)\b[^.!?]{0,40}\b(?:kuttene|kuttane|arrene|arra|sarene|sara|cuts|scars|wounds)\b|\b(?:ingen|nobody|no one)\s+(?:\w+\s+)?(?:vet|veit|knows)\s+(?:om\s+|about\s+)?(?:\w+\s+)?(?:arrene|kuttene|sarene|my scars|my cuts)\b|\bmange\s+arr\b`,
    ),
    unless: r(
      String.raw`\b(?:operasjon\w*|ulykke\w*|uhell\w*|kviser?|akne|brannskade\w*\s+fra|vannkopper|sykkel\w*|fall\w*|surgery|acne)\b`,
    ),
  },
  {
    id: 'self_harm.family.overdose',
    category: 'self_harm',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:tok|tatt|teke|tek|tar|svelget|svelga|svelgde|took|swallowed|taken|taking)\s+(?:\w+\s+){0,3}(?:haug|masse|mange|alle|hele|heile|bunch|lot|all|a whole|too many|for mange|altfor mange|\d{2,})\b[^.!?]{0,25}${PILLS}|\b(?:tok|tatt|teke|took|swallowed|svelget)\s+(?:\w+\s+)?${PILLS}\s+(?:til|to)\s+(?:pappa|mamma|mor|far|bestemor|my\s+\w+)\b|\b(?:took|tok|tatt|swallowed)\s+(?:\w+\s+)?(?:my\s+)?(?:mom's|dad's|mum's|mammas|pappas)\s+${PILLS}|\b(?:drukket|drakk|drukke|drank|drikker)\b[^.!?]{0,40}\b(?:tatt|tok|tar|took|blandet|blanda)\s+(?:\w+\s+)?${PILLS}|\b(?:blandet|blanda|mixing|mixed)\s+${PILLS}\s+(?:og|med|and|with)\s+(?:sprit|alkohol|vodka|alcohol|vin|ol)\b|\b(?:har|have|i've|ive)\s+(?:\w+\s+)?overdos\w*|\boverdosed\b|\btok\s+(?:\w+\s+)?${PILLS}\s+for\s+a\s+se\s+hva\b`,
    ),
    unless: r(
      String.raw`\b(?:vitamin\w*|allergi\w*|p-pill\w*|jernpill\w*|som legen sa|resept\w*|hodepine|mensen|feber)\b`,
    ),
  },
  {
    id: 'self_harm.family.poison',
    category: 'self_harm',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:drukket|drukke|drakk|drikke|spist|spiste|ete|et|svelget|svelga|drink|drank|ate|swallowed)\s+(?:\w+\s+){0,3}(?:giftig\w*|gift|vaskeskap\w*|vaskemiddel\w*|rensemiddel\w*|klorin|lut|poison\w*|bleach|toxic)\b`,
    ),
    unless: r(String.raw`\b(?:sopp\w*|ved\s+et\s+uhell|uhell|accident\w*|hunden|katten|barnet)\b`),
  },
  // Violence: intent, weapons, threats, attack.
  {
    id: 'violence.family.wish_them_dead',
    category: 'violence',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:vil|onsker|onskjer|want|wish)\s+(?:at\s+)?${PERSON_OBJ}\s+(?:all\s+|alle\s+)?(?:skal\s+|to\s+)?(?:${DIE}|doy|die|blo|bleed|lide|suffer)\b|\b(?:fa|få|make)\s+${PERSON_OBJ}\s+(?:til\s+a\s+)?(?:blo|bleed|lide|suffer)\b|\b(?:skal|vil|ska|kommer til a)\s+(?:\w+\s+){0,2}(?:sla|sla|banke|drepe)\s+(?:\w+\s+)?(?:i\s*hjel|ihjel)\b|\b(?:skal|ska|vil)\s+(?:sorge for|passe pa)\s+at\s+(?:han|hun|ho|de|dei)\s+aldri\b|\b(?:hevn\w*|revenge)\b[^.!?]{0,40}\b(?:vold|vald|blo|drepe|skade|kniv|violence|hurt)\b|\b(?:skal|vil|want to)\s+(?:\w+\s+)?(?:hevne|ta hevn|get revenge)\b`,
    ),
    unless: r(
      String.raw`\bi\s+${GAMES}\b|\b(?:zombier|zombies|monstre|fiender|npc\w*|planten|ugress\w*|mygg\w*|veps\w*|flua|fluene|film\w*|serie\w*|bok\w*)\b`,
    ),
  },
  {
    id: 'violence.family.weapon',
    category: 'violence',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:skaffet|skaffa|skaffe|kjopt|kjopte|bringing|bring|brought|tek|tar|ta|tok|har|got|bought|have)\s+(?:meg\s+)?(?:med\s+)?(?:en\s+|ein\s+|ei\s+|et\s+|eit\s+|a\s+)?${WEAPON}\s+(?:med\s+)?(?:\w+\s+){0,2}(?:til|to|for|pa|i)\s+(?:skolen|skulen|school|jobben|work|a ta|hevn|revenge|ham|han|henne|dem|dei)\b|\b${WEAPON}\b[^.!?]{0,30}\b(?:vet hvem|veit kven|know who|hevn\w*|revenge)\b|\b(?:hevn\w*|revenge|vise dem)\b[^.!?]{0,40}\b(?:${WEAPON}|vapen)\b|\b(?:bevepnet|bevepna|armed)\b`,
    ),
    unless: r(
      String.raw`\b(?:kjokken\w*|middag\w*|mat\w*|gronnsak\w*|gronnsak\w*|brod|kake|fisk\w*|speider\w*|tur\w*|jakt\w*|skyting\w*|skytebane\w*|kokk\w*|cooking|kitchen|hobby|lommekniv)\b|\bi\s+${GAMES}\b`,
    ),
  },
  {
    id: 'violence.family.threatened',
    category: 'violence',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:trua|truet|truga|truer|truar|trugar|threatened|threatening)\s+(?:\w+\s+){0,2}(?:med|with)\s+(?:en\s+|ein\s+|a\s+)?(?:kniv|pistol|vapen|knife|gun|juling|bank|vold|vald|a drepe|a skade)\b|\b(?:venter|star|star|waiting|standing)\b[^.!?]{0,40}\b(?:med|with)\s+(?:en\s+|ein\s+|a\s+)?(?:kniv|pistol|vapen|knife|gun|balltre)\b|\b(?:truer|truet|trua|truar|truga|trugar|threatens|threatening)\s+(?:meg|me|oss)\b(?!\s+med\s+(?:a\s+)?(?:gi|sparken|melde|politi|foreldre|rektor|lereren))|\b(?:they'll|he'll|she'll|they will|he will|they're going to)\s+(?:beat|hurt|stab)\s+me\b|\b(?:de|dei|gjengen|han|hun|ho|noen)\s+(?:\w+\s+){0,2}(?:skal|kommer til a|vil)\s+(?:ta|ha)\s+meg\s+(?:i\s+(?:kveld|natt|morgen)|etter\s+skolen|nar)\b|\b(?:sier|sa|seier)\s+(?:at\s+)?(?:han|hun|ho|de|dei)\s+(?:\w+\s+)?(?:dreper|drep|skal drepe|skader)\s+meg\s+(?:om|hvis|viss|dersom)\b`,
    ),
    unless: r(String.raw`\b(?:haha\w*|lol)\b|\bi\s+${GAMES}\b|\b(?:sparken|oppsigelse\w*|advarsel)\b`),
  },
  {
    id: 'violence.family.attacked',
    category: 'violence',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:ble|blei|vart|har blitt|er blitt|blitt|was|got)\s+(?:\w+\s+)?(?:overfalt|overfallen|overfalle|ranet|rana|knivstukket|knivstukke|banket opp|banka opp|jumped|mugged|assaulted|stabbed|beaten up)\b`,
    ),
    unless: r(
      String.raw`\b(?:avis\w*|nyhet\w*|lest\w* om|leste om|read about|film\w*|serie\w*|i fjor|for\s+\w+\s+ar\s+siden|years ago|bok\w*)\b`,
    ),
  },
  // Abuse: being hit, touched, forced, controlled, sextortion, forced marriage.
  {
    id: 'abuse.family.hit',
    category: 'abuse',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:blir|ble|blei|vart|har blitt|har vorte|get|got|getting|being)\s+(?:\w+\s+)?(?:slatt|slatt|banka|banket|sparka|sparket|kvelt|lugget|lugga|dytta|hit|beaten|kicked|slapped|choked)\b(?!\s+(?:ut|av\s+laget|i\s+(?:kamp|finale|semi)))|\b(?:slar|slo|banker|banket|banka|hits|beats)\s+(?:oss|mamma og meg|meg og mamma|us)\b|\b(?:fatter'?n|mutter'?n)\s+(?:\w+\s+)?(?:slar|slo|banker)\b`,
    ),
    unless: r(
      String.raw`\bi\s+fjor\b|\bfor\s+\w+\s+(?:ar|uker|maneder)\s+siden\b|\bhar\s+det\s+(?:fint|bra)\b|\bi\s+${GAMES}\b|\b(?:kamp\w*|finale\w*|semifinale\w*|konkurranse\w*|turnering\w*|poeng|trening\w*|fotball\w*|handball\w*|boksing\w*|kampsport\w*|karate|judo|game|match|tournament|av\s+laget)\b|\bbeaten\s+(?:at|in|by)\b`,
    ),
  },
  {
    id: 'abuse.family.sexual',
    category: 'abuse',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:tar|tok|tek|tatt|touches|touched|beforer|beforte|befoler|befolte)\s+(?:pa\s+)?(?:meg|me)\b[^.!?]{0,40}\b(?:om natta|om natten|om kvelden|at night|mot min vilje|mot viljen min|uten at|nar ingen|der nede|private)\b|\b(?:stefar\w*|stefaren|onkel\w*|fetter\w*|en voksen|ein vaksen|nabon|treneren|lereren)\s+(?:\w+\s+)?(?:tar|tok|beforer|touches)\b[^.!?]{0,30}\b(?:meg|natta|natten|me)\b|\bforgrep\w*\s+seg\s+pa\s+(?:meg|oss)\b|\b(?:gjor|gjer|gjorde|dos|did)\s+ting\s+(?:med|mot|to)\s+(?:meg|me)\s+(?:som\s+)?(?:${SUBJ}|i)\s+(?:ikke|ikkje|don't|dont)\s+(?:vil|want)\b|\b(?:tvinger|tvang|presser|presset|pressa|forces|forced)\s+(?:meg|me)\s+(?:til\s+)?(?:\w+\s+){0,3}(?:${SUBJ}|i)\s+(?:ikke|ikkje|don't|dont)\s+(?:vil|want)\b`,
    ),
    unless: r(String.raw`\b(?:film\w*|serie\w*|bok\w*|artikkel\w*|nyhet\w*)\b`),
  },
  {
    id: 'abuse.family.forced_marriage',
    category: 'abuse',
    level: 'acute',
    pattern: r(
      String.raw`\bgift\w*\s+(?:meg\s+)?bort\b|\b(?:tvinge|tvinger|tvang|tvinga|presse|force|forcing|forced|make)\s+(?:meg|me)\s+(?:til\s+)?(?:a\s+|to\s+)?(?:gifte|marry)\b|\bbestemt\s+(?:hvem|kven|who)\s+(?:${SUBJ}|i)\s+(?:skal|ska|will)\s+(?:gifte meg|marry)\b|\b(?:sendt|sende|sender|tar meg med)\s+(?:\w+\s+){0,3}(?:hjemlandet|ut av landet|til\s+\w+landet)\b[^.!?]{0,40}\b(?:gifte|gift)\b`,
    ),
  },
  {
    id: 'abuse.family.images',
    category: 'abuse',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:nakenbild\w*|nakenbilet\w*|nakenbilde\w*|nudes?|intime bilder|sexbilder|sexvideo\w*|nakenvideo\w*)\b[^.!?]{0,40}\b(?:truer|truet|trua|truga|presser|presset|pressa|tvinger|threaten\w*|legge ut|dele|spre|share|post|leak)\b|\b(?:truer|truet|trua|truga|presser|presset|pressa|tvinger|tvang|threaten\w*|blackmail\w*|utpress\w*|maser|mast)\b[^.!?]{0,40}\b(?:nakenbild\w*|nakenbilet\w*|nudes?|intime bilder|sexbilder|nakenvideo\w*)\b`,
    ),
  },
  {
    id: 'abuse.family.controlled',
    category: 'abuse',
    level: 'concern',
    pattern: r(
      String.raw`\bfar\s+${NEG}\s+(?:lov\s+)?(?:til\s+)?(?:a\s+)?(?:ga ut|ga\s+ut\s+av\s+huset|forlate huset|ha venner|treffe venner|ga pa skolen|ha telefon|ha mobil)\b|\blocks?\s+me\s+(?:in|up)\b|\blocked\s+me\s+(?:in|up)\b|\b(?:laser|laser|laste|stenger)\s+meg\s+(?:inne|inn)\b|\b(?:kontrollerer|kontrollerte)\s+alt\b[^.!?]{0,30}\btruer\b|\btar\s+(?:telefonen|mobilen|passet)\s+min\w*\b[^.!?]{0,40}\b(?:dreper|truer|skader|slar)\b`,
    ),
  },
  // Acute welfare.
  {
    id: 'welfare.family.nowhere_tonight',
    category: 'welfare',
    level: 'concern',
    pattern: r(
      String.raw`\b(?:ma|skal|kommer til a|have to|must|got to)\s+sove\s+(?:ute|pa\s+(?:gata|gaten|trappa|benken|stasjonen|gangen)|i\s+(?:bilen|trappa|trappeoppgangen|en park|parken|busskuret)|outside|on the street)\b|\b(?:uten|utan|without)\s+(?:bolig|bustad|husvere|husvere|sted a bo|stad a bu|tak over hodet|a place to (?:live|stay|sleep))\b|\b(?:kastet|kasta|kicked|threw)\s+(?:meg|me)\s+(?:ut|out)\b|\bfar\s+${NEG}\s+komme\s+(?:inn\s+)?(?:hjem|heim|inn)\b|\bstengt\s+ute\b|\blocked\s+out\b`,
    ),
    unless: r(String.raw`\b(?:festen|klubben|timen|gruppa|chatten|spillet|laget|serveren|discord)\b|\bhaha\w*\b`),
  },
  {
    id: 'welfare.family.no_food',
    category: 'welfare',
    level: 'concern',
    pattern: r(
      String.raw`\b(?:ikke|ikkje|not|haven't|havent|have not)\s+(?:\w+\s+)?(?:spist|ete|etti|eaten)\s+(?:\w+\s+)?(?:pa|i|sidan|siden|since|for|in)\s+(?:\w+\s+){0,2}(?:dager|dagar|dogn|days|mandag|tirsdag|onsdag|torsdag|fredag|lordag|sondag|mandag|mandagen|\w+dag)\b|\b(?:ingen|null|ikke noe|ikkje noko|no|tomt for|tom for|out of)\s+(?:\w+\s+)?(?:mat|food)\b|\bkjoleskapet\s+er\s+(?:helt\s+)?tomt\b|\b(?:ingen|null|no)\s+(?:penger|pengar|kroner|money)\b[^.!?]{0,40}\b(?:mat|food|spise|ete|eat|i kveld|tonight)\b|\bstrom(?:men)?\s+(?:er\s+)?(?:stengt|avstengt|kuttet|kutta|borte)\b`,
    ),
    unless: r(
      String.raw`\b(?:kino|restaurant\w*|pizza|godteri|snop|takeaway|kantina|faste|fasten|ramadan|diett\w*|slank\w*|matpakke\w*|lunsj|frokost|middag\w*\s+i\s+dag|butikken|handle|handler)\b|\bmat\s+(?:i|pa)\s+(?:spillet|gamet)\b`,
    ),
  },
  {
    id: 'suicide.family.tired_of_living',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:lei|trott|troytt|sliten|tired|sick)\s+(?:\w+\s+)?(?:av|of)\s+(?:a\s+)?(?:vere til|vere i live|leve|leva|eksistere|being alive|living|life|livet|existing)\b|\bslippe\s+a\s+(?:vakne|vakna|leve|leva|eksistere|vere til)\b|\b(?:haper|hapar|onsker|onskjer|hope|wish)\b[^.!?]{0,20}\b(?:ikke|ikkje|not|never)\s+(?:\w+\s+)?(?:skal\s+|kommer til a\s+|will\s+)?(?:vakne|vakner|vaknar|wake)\b`,
    ),
    unless: r(String.raw`\b(?:tidlig|tidleg|seint|sent|lordag|sondag|helg\w*|ferie\w*|weekend|early|alarm\w*)\b`),
  },
  {
    id: 'suicide.family.wish_death_happens',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:skulle onske|skulle onskje|onsker|onskjer|haper|hapar|wish|hope)\b[^.!?]{0,50}\b(?:${SUBJ}|i)\s+(?:\w+\s+){0,4}(?:dor|doyr|dode|doydde|die|died|pakjort|pakoyrd|hit by|overkjort)\b|\b(?:skulle onske|skulle onskje|onsker|onskjer|wish)\b[^.!?]{0,20}\b(?:aldri|never)\s+(?:var|ble|vart|was|had been)\s+(?:fodt|fodd|born)\b`,
    ),
    unless: r(IDIOM_DEATH),
  },
  {
    id: 'suicide.family.pills_gathered',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:kjopt|kjopte|skaffet|skaffa|samlet|talt opp|telt opp|counted|bought)\b[^.!?]{0,25}\b(?:mange|masse|flere|fleire|alle|many|lots of|all)\b[^.!?]{0,20}${PILLS}|\b(?:whole|hel|heil|heile|hele)\s+(?:bottle|pakke|pakka|eske|boks|glass|brett)\s+(?:of\s+|med\s+)?${PILLS}[^.!?]{0,30}\b(?:ved siden av meg|next to me|foran meg|i handa|in my hand)\b|\b(?:talt|telt)\s+opp\s+${PILLS}|\bhar\s+alt\s+(?:${SUBJ}\s+)?(?:trenger|treng|need)\s+(?:\w+\s+)?(?:klart|klar|ready)\b`,
    ),
    unless: r(
      String.raw`\b(?:hodepine|apotek\w*\s+for|mensen|allergi\w*|resept\w*|vitamin\w*|jobb\w*|apoteket der jeg jobber)\b`,
    ),
  },
  {
    id: 'self_harm.family.body',
    category: 'self_harm',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:brent|brente|brenner|brant|burned|burnt)\s+(?:meg|myself)\s+(?:med|pa|with)\s+(?:en\s+)?(?:lighter\w*|sigarett\w*|strykejern\w*|fyrstikk\w*|cigarette\w*)\b|\b(?:risp\w*|ripser|ripset|rispar|risser|risset|kutter|kuttar|kutta|skjerer|skjer|cut|cutting)\s+(?:meg|myself)\s+(?:i|on|pa)\s+(?:armen|armene|armane|larene|laret|handleddet|handledda|beina|magen|my\s+(?:arms?|wrists?|thighs?|legs?))\b|\bskad\w*\s+(?:kroppen min|kroppen|my body)\b|\btil\s+(?:det\s+)?(?:blodde|bledde|blodet rant)\b`,
    ),
    unless: r(
      String.raw`\b(?:uhell|uhellet|accident\w*|trening\w*|fotball\w*|kamp\w*|tann\w*|ved\s+et\s+uhell|lage mat|matlaging)\b`,
    ),
  },
  {
    id: 'violence.family.intent_noun',
    category: 'violence',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:kommer til a|kjem til a|har tenkt a|skal|ska|vil|planlegger a)\s+(?:\w+\s+)?(?:skade|drepe|knivstikke|stikke ned|skyte|banke opp|denge|knuse trynet)\s+(?:pa\s+)?(?:den som|de som|dei som|han|ham|henne|dem|alle|noen|nokon|hans|hennes|dems)\b|\bknuse\s+trynet\s+(?:hans|hennes|deres|dems|pa\s+(?:han|ham|henne|dem))\b[^.!?]{0,20}\bfor alvor\b`,
    ),
    unless: r(
      String.raw`\bi\s+${GAMES}\b|\b(?:zombier|zombies|monstre|fiender|npc\w*|bosser|ugress\w*|mygg\w*|veps\w*|spill\w*|game)\b|\b(?:vil|skal)\s+${NEG}\b`,
    ),
  },
  {
    id: 'abuse.family.hit_by',
    category: 'abuse',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:slatt|slen|banka|banket|sparka|sparket|kvelt|dytta|dyttet|lugget|lugga|mishandla|mishandlet|hit|beaten|kicked|choked)\s+(?:av|by)\s+(?:\w+\s+)?(?:kjeresten|typen|dama|mannen|kona|pappa|mamma|faren|far|moren|mor|stefar\w*|stemor\w*|broren|foreldre\w*|eksen|sambo\w*|han|henne|ham|my\s+(?:boyfriend|girlfriend|dad|father|mom|mother|stepdad|partner|husband|brother))\b|\b(?:sa|sier|seier|said|says)\s+(?:at\s+|that\s+)?(?:han|hun|ho|de|dei|he|she|they)\s+(?:\w+\s+)?(?:dreper|drep|skal drepe|skulle drepe|vil drepe|ville drepe|skader|skulle skade|would kill|will kill)\s+(?:meg|me)\b`,
    ),
    unless: r(String.raw`\bi\s+${GAMES}\b|\b(?:haha\w*|lol)\b|\bkamp\w*|\bfinale\w*|\bbeaten\s+(?:at|in)\b`),
  },
];

export const RISK_RULES: readonly RiskRule[] = [...CORE_RULES, ...BROAD_RULES, ...SITUATION_RULES];
