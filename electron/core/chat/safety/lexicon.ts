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

const r = (source: string): RegExp => new RegExp(source, 'g');

// Token classes (folded spelling).
const SUBJ = String.raw`(?:jeg|eg|je|jei|ej|e)`;
const NEG = String.raw`(?:ikke|ikkje|ikk|itj|ike|ikkj|ik|aldri)`;
const SELF = String.raw`(?:selv|sjolv|sjol|sjel|sjov)`;
const DIE = String.raw`(?:do+|doy|dau|daue|doden)`;
const MORE = String.raw`(?:mer|meir|lenger|lengre|no mer|noe mer|noko meir|lengre)`;
const LIFE_MINE = String.raw`(?:livet?|live)\s+(?:mitt?|mit)`;
const SUICIDE_WORD = String.raw`(?:selv|sjolv|sjol|sjel|sel|self)mord`;
const OTHER_PERSON = String.raw`(?:han|hun|ho|de|dei|vennen|venninna|venninnen|kompisen|broren|bror|sostera|sosteren|syster|noen|nokon|en venn|ei venninne|en i klassen|folk|mange|kjendis|artisten)`;
const FAMILY = String.raw`(?:pappa|papa|mamma|mama|faren(?: min)?|far(?: min)?|moren(?: min)?|mora(?: mi)?|mor(?: mi)?|fattern|muttern|stefar(?:en)?(?: min)?|stemor(?:en)?(?: min)?|stemora(?: mi)?|broren(?: min)?|bror(?: min)?|sosteren(?: min)?|sostera(?: mi)?|onkel(?:en)?(?: min)?|tante(?:n)?(?: min)?|bestefar(?:en)?(?: min)?|kjeresten(?: min)?|typen(?: min)?|dama(?: mi)?|mannen(?: min)?|kona(?: mi)?|samboeren(?: min)?|sambo(?:en)?(?: min)?|eksen(?: min)?|eksen|sjefen(?: min)?|han|hun|ho|de|dei)`;
const PARTNER = String.raw`(?:kjeresten(?: min)?|typen(?: min)?|dama(?: mi)?|mannen(?: min)?|kona(?: mi)?|samboeren(?: min)?|sambo(?:en)?(?: min)?|eksen(?: min)?|eksen)`;
const PARENT_ETC = String.raw`(?:pappa|papa|mamma|mama|faren(?: min)?|moren(?: min)?|mora(?: mi)?|fattern|muttern|sjefen(?: min)?|lereren(?: min)?|veilederen(?: min)?|treneren(?: min)?|broren(?: min)?|sosteren(?: min)?|sostera(?: mi)?)`;
const CLAUSE_END = String.raw`(?=$|[.!?,;:]|\s+(?:og|men|jeg|eg|e|na|altsa|assa|ass|liksom|serr|seriost|egentlig|i livet|med livet|for alltid|fra alt|fra alle|fra verden|helt|lenger|mer|bare|orker|klarer|vil)\b)`;
const VICTIM = String.raw`(?:ham|han|henne|hun|ho|dem|de|dei|noen|nokon|folk|sjefen|lereren|leraren|veilederen|rettleiaren|naboen|faren|moren|pappa|mamma|broren|kjeresten|eksen|deg|dere|alle|hele klassen|klassen|den som|de som|han som|hun som)`;
const GAMES = String.raw`(?:sjakk|fifa|kort|poker|ludo|tennis|bordtennis|fotball|yatzy|quiz|armbryting|konkurranse|lop|lopet|\w*spill\w*|cs|lol|fortnite|valorant|mario ?kart)`;
const HYPERBOLE_TAIL = String.raw`\s+(?:nar|hvis|om|viss|dersom|if|when)\b`;

export const RISK_RULES: readonly RiskRule[] = [
  // ─── Suicide: explicit wish, intent, plan (acute) ────────────────────────────────────────────
  {
    id: 'suicide.wish_to_die',
    category: 'suicide',
    level: 'acute',
    pattern: r(String.raw`\b(?:vil|ville|vi|onsker a|onsker|har lyst (?:til )?a|lyst (?:til )?a|har lyst til|skulle onske (?:at )?${SUBJ} kunne|kan like gjerne|fortjener a|bare vil)\s+(?:bare\s+)?${DIE}\b`),
    unless: r(String.raw`\b${DIE}\s+(?:av|of)\s+(?:latter|skam|flauhet|kjedsomhet|pinlighet|sjenanse|nerver|spenning|misunnelse|sult|kos)`),
  },
  {
    id: 'suicide.thinks_of_dying',
    category: 'suicide',
    level: 'acute',
    pattern: r(String.raw`\b(?:tenker|tenkt|tenkte|tenkjer|tanker|tankar|tenke|plan|planer|planar|planlegger|planlagt)\s+(?:\w+\s+){0,2}(?:pa|om|for)\s+a\s+(?:${DIE}|ta livet|avslutte)\b|\bdodsonske\w*|\bdodstank\w*`),
    concernIf: r(String.raw`\b(?:ikke|ikkje|aldri|ingen)\b`),
  },
  {
    id: 'suicide.not_want_to_live',
    category: 'suicide',
    level: 'acute',
    pattern: r(String.raw`\b(?:vil|ville|onsker|orker|orkar|gidder|gidd|klarer|klarar|har lyst|lyst|kan|makter|maktar|tor|vil)\s+${NEG}\s+(?:(?:lenger|mer|meir)\s+)?(?:(?:til\s+)?a\s+)?(?:leve|leva|vere i live|vere i livet|vere levende|eksistere|leve livet|finnes|fins|finst|vere til)\b(?!\s+(?:av|pa|i\s+(?!live)))|\b${SUBJ}\s+${NEG}\s+(?:vil|ville|onsker|orker|orkar|gidder|klarer|klarar|har lyst til a|har lyst a|makter)\s+(?:(?:til\s+)?a\s+)?(?:leve|leva|vere i live)\b|\b${NEG}\s+(?:lyst|lust)\s+(?:til\s+)?a\s+(?:leve|leva)\b|\b(?:orker|orkar|klarer|klarar|takler|taklar)\s+${NEG}\s+livet\b|\bvil\s+(?:slutte|slutta)\s+a\s+leve\b|\blei\s+av\s+a\s+leve\b|\bfortjener\s+${NEG}\s+a\s+(?:leve|leva|finnes|vere her)\b|\b(?:vitsen|poenget|meininga|vits)\s+(?:med|i)\s+a\s+(?:leve|leva)\b|\b(?:vil|ville|onsker|haper|hapar|har lyst til)\s+(?:a\s+)?${NEG}\s+(?:a\s+)?(?:vakne|vakna|vakner)\b|\bhaper\s+${SUBJ}\s+${NEG}\s+(?:vakner|vaknar)\b`),
    concernIf: r(String.raw`\b(?:vil|ville)\s+${NEG}\s+(?:vere|leve)\s+sann\b`),
  },
  {
    id: 'suicide.life_not_worth',
    category: 'suicide',
    level: 'acute',
    pattern: r(String.raw`\b(?:ikke|ikkje|ingen|ingenting|inga|ikkje noko)\s+(?:\w+\s+){0,2}(?:verdt|vits|grunn|grunnar|mening|poeng)\s+(?:(?:i|med|til|for|a)\s+)?(?:a\s+)?(?:leve|leva)\b(?!\s+for\b)|\blivet\s+(?:er|e)\s+${NEG}\s+verdt\b`),
  },
  {
    id: 'suicide.take_own_life',
    category: 'suicide',
    level: 'acute',
    pattern: r(String.raw`\b(?:ta|tar|tok|tatt|taka|tek)\s+(?:${SUBJ}\s+)?${LIFE_MINE}\b|\b(?:ta|tar|tok|tatt|tek)\s+mitt\s+(?:eget\s+|eige\s+)?liv\b|\bunalive\s+(?:meg|my\s?self|meg ${SELF})`),
    concernIf: r(String.raw`\b(?:skal|vil|kommer)\s+${NEG}\b|\b${NEG}\s+(?:ta|tenkt|tenker)\b`),
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
    pattern: r(String.raw`\b${SUICIDE_WORD}s?(?:tank\w*|plan\w*|forsok\w*|fare\w*|ide\w*)|\b(?:ta|tar|tok|tatt|bega|begar|begikk|begatt|gjore|gjor|gjorde|tenker pa|tenkt pa|tenkte pa|tenkjer pa|vurderer|vurdert|planlegger)\s+(?:et\s+|eit\s+)?${SUICIDE_WORD}\b`),
    concernIf: r(String.raw`\b(?:ikke|ikkje|aldri|ingen|inga)\b|\b${OTHER_PERSON}\s+(?:har|hadde|tok|begikk|provde|forsokte)\b|\bom\s+${SUICIDE_WORD}|\b(?:film|serie|bok|timen|foredrag|kurs|artikkel|nyhetene|podkast)\b`),
  },
  {
    id: 'suicide.mention',
    category: 'suicide',
    level: 'concern',
    pattern: r(String.raw`\b${SUICIDE_WORD}\w*|\bsuicid\w*`),
    unless: r(String.raw`${SUICIDE_WORD}\s+for\s+(?:lommebok\w*|okonomien|karrieren|planeten|miljoet|kroppen|laget|partiet)|\b(?:er|var|blir|ble)\s+(?:rent\s+)?${SUICIDE_WORD}\s+a\b|\b(?:politisk|sosialt|okonomisk)\s+${SUICIDE_WORD}`),
  },
  {
    id: 'suicide.better_off_without_me',
    category: 'suicide',
    level: 'acute',
    pattern: r(String.raw`\b(?:bedre|betre|best|lettere|lettare)\s+(?:om|hvis|viss|dersom|uten|utan|for alle om|for alle hvis|for alle uten)\s+(?:meg\b|${SUBJ}\s+(?:var|er|ble|vart)\s+(?:dod|borte|vekk)|${SUBJ}\s+${NEG}\s+(?:fantes|fanst|fins|finst|levde|var her|eksisterte|var fodt|ble fodt))|\bskulle\s+onske\s+(?:at\s+)?${SUBJ}\s+(?:var\s+dod|${NEG}\s+(?:fantes|fanst|fins|finst|levde|eksisterte|var fodt|ble fodt|vart fodd)|aldri\s+(?:var|ble|vart)\s+(?:fodt|fodd))`),
    unless: r(String.raw`\bpa\s+(?:laget|banen|gruppa|prosjektet)`),
  },
  {
    id: 'suicide.not_here_anymore',
    category: 'suicide',
    level: 'acute',
    pattern: r(String.raw`\b(?:om|hvis|viss|dersom)\s+${SUBJ}\s+(?:bare\s+)?${NEG}\s+(?:var|er|va|e|fantes|fanst|levde|eksisterte)\s+(?:her\s+)?(?:${MORE}|lenger)\b`),
  },
  {
    id: 'suicide.not_here_anymore_plain',
    category: 'suicide',
    level: 'concern',
    pattern: r(String.raw`\b${NEG}\s+(?:\w+\s+){0,3}(?:vere|vaere|er|var)\s+her\s+(?:${MORE}|lenger)\b`),
    unless: r(String.raw`\bher\s+(?:${MORE}|lenger)\s+(?:enn|pa|i|til|etter)\b|\b(?:jobbe|bo|bu|sitte|vente)\b`),
  },
  {
    id: 'suicide.easier_if_dead',
    category: 'suicide',
    level: 'acute',
    pattern: r(String.raw`\b(?:bedre|betre|best|beste|lettere|lettare|lettest|enklere|enklast|enklest|greiest)\s+(?:\w+\s+){0,3}(?:om|hvis|viss|dersom)\s+${SUBJ}\s+(?:bare\s+)?(?:dode|dor|doydde|doyr|var dod|tok livet\w*|forsvant for (?:godt|alltid)|ble borte for (?:godt|alltid)|${NEG}\s+(?:fantes|fanst|levde|var her|eksisterte|vaknet|vakna))`),
  },
  {
    id: 'suicide.farewell',
    category: 'suicide',
    level: 'acute',
    pattern: r(String.raw`\b(?:i tilfelle|hvis|om|viss|dersom)\s+${SUBJ}\s+(?:${NEG}\s+(?:er|lever|finnes|fins|er her|lenger er)\s*(?:her\s+)?(?:i morgen|lenger|mer|meir|etterpa)?|forsvinner|dor)\b[^.!?]{0,40}|\b(?:skrevet|skrive|skriver|skrev|laget)\s+(?:\w+\s+){0,2}(?:brev|melding|lapp)\s+(?:\w+\s+){0,3}(?:i tilfelle|nar ${SUBJ} er borte|til etterpa)`),
    unless: r(String.raw`\b(?:i tilfelle|hvis|om)\s+${SUBJ}\s+${NEG}\s+er\s+her\s+(?:pa|til)\s+(?:motet|timen|tida|jobb)`),
  },
  {
    id: 'suicide.method_question',
    category: 'suicide',
    level: 'acute',
    pattern: r(String.raw`\b(?:hvor|kor)\s+(?:mange|mye)\s+(?:\w+\s+)?(?:piller|tabletter|paracet\w*|ibux|sovepiller|medisiner)\b|\b(?:dodelig|livsfarlig)\s+(?:dose|mengde)\b|\b(?:piller|tabletter)\s+(?:\w+\s+){0,3}(?:for a do|a do av|dodelig)\b`),
  },
  {
    id: 'suicide.nobody_would_miss_me_if_dead',
    category: 'suicide',
    level: 'acute',
    pattern: r(String.raw`\bingen\s+(?:\w+\s+){0,2}(?:savnet|savna|sakna|merket|merka|brydd seg|bry seg|brydde seg|bryr seg|bryr)\s+(?:\w+\s+){0,3}(?:om|hvis|viss|dersom)\s+${SUBJ}\s+(?:dode|dor|doydde|doyr|var dod|forsvant|forsvann|tok livet|lever eller dor|lever)`),
  },
  {
    id: 'suicide.nobody_would_miss_me',
    category: 'suicide',
    level: 'concern',
    pattern: r(String.raw`\bingen\s+(?:ville|vil|kommer til a|hadde|kjem til a)\s+(?:\w+\s+)?(?:savnet|savna|sakna|merket|merka|brydd seg|bry seg)\s+(?:meg|om meg|om\s+${SUBJ})`),
  },
  {
    id: 'suicide.end_it',
    category: 'suicide',
    level: 'acute',
    pattern: r(String.raw`\b(?:avslutte|avslutta|ende|ender)\s+(?:livet|live|det hele|meg ${SELF})\b|\b(?:gjore|gjor|gjorde|gjere|gjer)\s+(?:slutt|ende)\s+pa\s+(?:livet|live|alt|det hele|alt sammen|meg ${SELF})\b|\bavskjedsbrev\w*|\bavskilsbrev\w*`),
  },
  {
    id: 'suicide.sleep_forever',
    category: 'suicide',
    level: 'acute',
    pattern: r(String.raw`\b(?:sovne|sove|sovna|sovner)\s+(?:inn\s+)?og\s+(?:aldri|ikke|ikkje)\s+(?:vakne|vakna|vake|vakner)`),
  },
  {
    id: 'suicide.method_intent',
    category: 'suicide',
    level: 'acute',
    pattern: r(String.raw`\b(?:henge|hengje|henger)\s+meg\b(?!\s+(?:pa|med|etter|opp|fast|inn|ut|i))|\b(?:hoppe|hopper|hoppa|hopp|kaste meg|kaster meg)\s+(?:foran|fra|utfor|ut fra|ned fra|ut av|pa)\s+(?:toget|tog|bussen|en buss|en bil|bilen|trikken|t-banen|banen|brua|broa|bru|bro|ei bru|en bro|taket|et tak|blokka|vinduet|et vindu|skinnene|sporet|stupet|fjellet)\b|\b(?:ta|tok|tar|tatt|svelge|svelget|svelgje)\s+(?:en\s+|ei\s+)?overdose\b|\b(?:ta|tok|tar|tatt|svelge|svelget)\s+(?:alle|masse|mange|hele glasset med|hele pakka med|hele boksen med)\s+(?:\w+\s+)?(?:piller|tabletter|pillene|tablettene)\b|\b(?:samlet|samla|samler|spart|sparer|sparte|hamstret|hamstrer)\s+(?:opp\s+|pa\s+)?(?:\w+\s+)?(?:piller|tabletter|medisiner|sovepiller)\b`),
    concernIf: r(String.raw`\b${OTHER_PERSON}\s+(?:har|hadde|tok|provde)\b`),
    unless: r(String.raw`\boverdose\s+(?:med|av|pa)\s+(?:kaffe|koffein|sukker|godteri|snop|sjokolade|pizza|netflix|serier|energidrikk|red bull|monster|te)\b`),
  },
  {
    id: 'suicide.third_person',
    category: 'suicide',
    level: 'concern',
    pattern: r(String.raw`\b(?:ta|tok|tatt|tar|tek)\s+(?:livet|live)\s+(?:sitt|sin)\b|\b(?:ta|tok|tatt|tek)\s+sitt\s+(?:eget\s+|eige\s+)?liv\b`),
  },
  {
    id: 'suicide.cannot_go_on',
    category: 'suicide',
    level: 'concern',
    pattern: r(String.raw`\b(?:orker|orkar|klarer|klarar|takler|taklar|makter|maktar|holder|held)\s+${NEG}\s+(?:ut\s+)?(?:noe\s+|noko\s+)?${MORE}${CLAUSE_END}`),
  },
  {
    id: 'suicide.want_to_disappear',
    category: 'suicide',
    level: 'concern',
    pattern: r(String.raw`\b(?:vil|ville|onsker a|lyst til a|har lyst til a|skulle onske ${SUBJ} kunne)\s+(?:bare\s+)?(?:forsvinne|bli borte|vere borte|ga bort for alltid)${CLAUSE_END}(?!\s+(?:fra|herfra)\s+(?!alt\b|alle\b|verden\b))`),
  },
  {
    id: 'suicide.hopelessness',
    category: 'suicide',
    level: 'concern',
    pattern: r(String.raw`\b(?:livet|alt)\s+(?:er|e|foles|kjennes)\s+(?:sa\s+|helt\s+)?(?:meningslost|hapelost|haplaust|haplost|meiningslaust|et helvete)\b|\bhater\s+livet(?:\s+mitt)?\b(?!\s+som\b)|\b${SUBJ}\s+er\s+(?:bare\s+)?(?:en|ei)\s+byrde\b|\bingen\s+vits\s+(?:med|i)\s+(?:noe|noko|noenting|noe som helst|livet)\b`),
  },
  {
    id: 'suicide.kill_me_now',
    category: 'suicide',
    level: 'concern',
    pattern: r(String.raw`(?:^|[.!?,:;]\s*)(?:bare\s+|just\s+)?(?:skyt|drep|kill)\s+(?:meg|me)\b`),
  },
  {
    id: 'suicide.it_is_killing_me',
    category: 'suicide',
    level: 'concern',
    pattern: r(String.raw`\b(?:is|it's|its|are|'s)\s+(?:\w+\s+)?killing\s+me\b`),
    unless: r(String.raw`\blaugh`),
  },
  // English, explicit (acute)
  {
    id: 'suicide.en.kill_myself',
    category: 'suicide',
    level: 'acute',
    pattern: r(String.raw`\b(?:kill|killing|kil|killed)\s+my\s?self\b|\bkms\b|\bunalive\b|\b(?:end|ending|take|taking)\s+my\s+(?:own\s+)?life\b`),
    unless: r(String.raw`\blaugh|\blol\s+(?:at|about)\b`),
  },
  {
    id: 'suicide.en.want_to_die',
    category: 'suicide',
    level: 'acute',
    pattern: r(String.raw`\b(?:want|wanna|wanted|going|gonna|ready|planning|plan|wish)\s+(?:to\s+)?(?:die|end it all|end it|be dead)\b|\b(?:feel like|feeling like|thinking about|thinking of|think about)\s+(?:ending it|ending my life|ending everything|dying|killing myself|not being here)\b|\bwish\s+i\s+(?:was|were)\s+(?:dead|never born)\b|\bbetter\s+off\s+(?:dead|without me)\b|\b(?:no|any)\s+reason\s+to\s+(?:live|go on|keep going)\b|\bnot\s+worth\s+living\b|\b(?:don'?t|do not|dont|don't)\s+want\s+to\s+(?:live|be alive|exist|wake up)\b|\bsuicidal\b`),
    unless: r(String.raw`\bdie\s+(?:of|from)\s+(?:embarrass\w*|laugh\w*|boredom|shame|cringe|cuteness)|\bdie\s+laughing|\bdying\s+to\b`),
  },
  {
    id: 'suicide.en.commit',
    category: 'suicide',
    level: 'acute',
    pattern: r(String.raw`\b(?:i|i'm|im|i've|ive|i have|i am)\s+(?:\w+\s+){0,3}(?:suicide|overdose|hang myself|jump off)\b`),
    concernIf: r(String.raw`\b(?:never|not|don't|dont)\b`),
  },

  // ─── Self-harm ────────────────────────────────────────────────────────────────────────────────
  {
    id: 'self_harm.harm_myself',
    category: 'self_harm',
    level: 'acute',
    pattern: r(String.raw`\b(?:kutter|kutta|kuttet|kutte|kuttar|skjerer|skar|skaret|skjere|risper|rispet|rispa|rispe|risser|skader|skada|skadet|skade|skadar|brenner|brant|brenne|slar|slo|sla|skjer)\s+meg\s+${SELF}\b|\bself[- ]?harm\w*|\b(?:cut|cutting|hurt|hurting|harm|harming|burn|burning)\s+my\s?self\b`),
    unless: r(String.raw`\bved\s+et\s+uhell|\bpa\s+(?:trening|treninga|fotball|kamp|jobb)|\buhell|\baccident|\b(?:at|during|playing)\s+(?:the\s+)?(?:gym|training|practice|football|soccer|work|game)|\bfell\b`),
    concernIf: r(String.raw`\b(?:slutta|sluttet|slutte|stoppet|stoppa|quit|stopped)\s+(?:a|med a|to)?\b|\bfor\s+\w+\s+(?:ar|aar|maneder|uker)\s+siden\b|\byears ago\b|\b${OTHER_PERSON}\s+(?:har|hadde|pleide)\b`),
  },
  {
    id: 'self_harm.hurt_me',
    category: 'self_harm',
    level: 'acute',
    pattern: r(String.raw`\b(?:skade|skader|skadet|skada|skadar|kutte|sare|skjere)\s+meg\b(?!\s+(?:pa|i|under|ved|med\s+(?:det|a\s+trene)))`),
    unless: r(String.raw`\bved\s+et\s+uhell|\buhell|\b(?:trening|fotball|kamp|ski|sykkel|jobb)\b|\bredd for a skade meg\b|\bvil\s+${NEG}\s+skade\b`),
    concernIf: r(String.raw`\b(?:slutta|sluttet|stoppet|stoppa)\b|\bfor\s+\w+\s+(?:ar|maneder|uker)\s+siden\b`),
  },
  {
    id: 'self_harm.something_to_myself',
    category: 'self_harm',
    level: 'acute',
    pattern: r(String.raw`\b(?:gjore|gjor|gjorde|gjere|gjer)\s+noe\s+(?:\w+\s+)?(?:mot|med|ved)\s+meg\s+${SELF}\b|\b(?:something|anything)\s+(?:stupid\s+)?to\s+myself\b`),
  },
  {
    id: 'self_harm.cutting',
    category: 'self_harm',
    level: 'acute',
    pattern: r(String.raw`\b(?:kutter|kutta|kuttet|kutte|kuttar|skjerer|skar|skaret|skjere|risper|rispet|rispa|rispe|risser|risset)\s+meg\b(?!\s+(?:ut|ned|inn|fri|los|av|bort|en|ei|et|litt|noe|noen|mer|ny|nytt|mat|brod|kake)\b)|\bbrenner\s+meg\s+(?:med|pa)\s+(?:lighter|lightern|sigarett|sigaretten|rok|royk)`),
    unless: r(String.raw`\bi\s+(?:fingeren|fingern|fingrane|tommelen|handa|hand|handen|foten|leppa)|\bpa\s+(?:kniven|papir|papiret|glass|glasset|en kniv|boksen|et glass|hoveljernet)|\bved\s+et\s+uhell|\buhell|\bnar\s+${SUBJ}\s+(?:lagde|laget|skar|kokte|barberte)|\bbarber\w*|\bhaaret|\bharet|\bhar(?:et)?\s+kort\b`),
    concernIf: r(String.raw`\b(?:slutta|sluttet|slutte|stoppet|stoppa)\s+(?:a|med a)?\b|\bfor\s+\w+\s+(?:ar|maneder|uker)\s+siden\b|\btidligere\b|\bfor lenge siden\b`),
  },
  {
    id: 'self_harm.mention',
    category: 'self_harm',
    level: 'acute',
    pattern: r(String.raw`\b(?:selv|sjolv|sjol|sjel|self)[- ]?skad\w*`),
    concernIf: r(String.raw`\bom\s+(?:selv|sjolv|sjol|sjel|self)[- ]?skad|\b(?:film|serie|foredrag|timen|kurs|ikke|ikkje|aldri|slutta|sluttet)\b|\b${OTHER_PERSON}\s+(?:har|hadde|driver med|sliter med)\b`),
  },

  // ─── Violence: intent to harm others, threats against the speaker ───────────────────────────
  {
    id: 'violence.intent',
    category: 'violence',
    level: 'acute',
    pattern: r(String.raw`\b${SUBJ}\s+(?:\w+\s+){0,2}(?:skal|ska|sko|vil|kommer til a|kjem til a|har lyst (?:til )?a|lyst (?:til )?a|tenker pa a|planlegger a|onsker a|har tenkt a)\s+(?:\w+\s+)?(?:drepe|drep|skade|knivstikke|stikke ned|skyte|banke opp|denge|juling pa|sla ned|sla ihjel|sla i hjel|kverke|voldta|myrde|knuse trynet pa)\s+${VICTIM}\b`),
    unless: r(String.raw`\b(?:drepe|drep)\s+(?:tid|tiden|tida)\b|\bi\s+${GAMES}\b|\bnoen\s+(?:zombier|zombies|monstre|monster|fiender|bosser|npc\w*|orker|troll|romvesener)\b|\b(?:pa|i)\s+(?:playstation|ps\d|xbox|switch|spillet|gamet|serveren)\b`),
  },
  {
    id: 'violence.weapon',
    category: 'violence',
    level: 'acute',
    pattern: r(String.raw`\b(?:ta|tar|tatt|tok|har|bringe|ha)\s+(?:med\s+)?(?:meg\s+)?(?:en\s+|ei\s+|et\s+)?(?:kniv|pistol|vapen|gever|skytevapen|hagle|machete)\s+(?:med\s+)?(?:meg\s+)?(?:pa|til|i)\s+(?:skolen|skulen|jobben|tiltaket|nav|kurset|praksis|praksisplassen|moten|motet)|\bskyte\s+(?:folk|noen|alle|nokon)\s+(?:pa|i)\b`),
  },
  {
    id: 'violence.en.intent',
    category: 'violence',
    level: 'acute',
    pattern: r(String.raw`\b(?:i'm|i am|im|i|i'll|ill)\s+(?:\w+\s+)?(?:going to|gonna|will|want to|wanna|about to|planning to)\s+(?:kill|hurt|stab|shoot|beat up|murder)\s+(?:him|her|them|someone|somebody|people|everyone|you|my\s+(?:boss|teacher|dad|father|mom|mother|brother|ex|boyfriend|girlfriend|neighbou?r|counsel\w*))\b`),
  },
  {
    id: 'violence.could_kill',
    category: 'violence',
    level: 'concern',
    pattern: r(String.raw`\b(?:kunne|kunna|kan)\s+(?:ha\s+)?(?:drept|drepe|myrda|myrdet|kverka|kverket|slatt ihjel)\s+(?:ham|han|henne|hun|ho|dem|de|dei|noen|sjefen|lereren|veilederen|\w+en)\b|\bcould\s+(?:have\s+)?(?:kill|killed|murder|murdered)\s+(?:him|her|them|my\s+\w+)\b`),
    unless: r(String.raw`\b(?:drept|drepe)\s+(?:tid|tiden|tida)\b|\bfor\s+(?:a|an)\s+\w+`),
  },
  {
    id: 'violence.threatened',
    category: 'violence',
    level: 'acute',
    pattern: r(String.raw`\b(?:truer|truet|trua|truar|truga|trugar)\s+(?:\w+\s+)?(?:med\s+)?(?:a\s+)?(?:drepe|skade|banke|sla|knivstikke|skyte|voldta|spre bilder|legge ut bilder|dele bilder)\s+(?:av\s+)?(?:meg|oss)\b|\bthreat\w*\s+to\s+(?:kill|hurt|beat|stab)\s+me\b`),
  },
  {
    id: 'violence.someone_will_kill_me',
    category: 'violence',
    level: 'acute',
    pattern: r(String.raw`\b(?:noen|nokon|${PARTNER}|han|hun|ho|de|dei)\s+(?:\w+\s+)?(?:vil|skal|ska|kommer til a|kjem til a|prover a|har provd a)\s+(?:a\s+)?(?:drepe|skade|knivstikke|skyte|banke opp|banke|denge|juling pa|sla ned|voldta)\s+meg\b|\b(?:sier|sa|seier|sei)\s+(?:at\s+)?(?:han|hun|ho|de|dei)\s+(?:skal|vil|kommer til a)\s+(?:drepe|skade|knivstikke|skyte|banke opp|banke|denge|juling pa|sla ned|voldta)\s+meg\b|\b(?:truer|truet|trua)\s+meg\s+med\s+(?:kniv|vapen|pistol|bank|juling)\b|\b(?:someone|somebody|he|she|they|my\s+(?:boyfriend|girlfriend|ex|partner|husband|wife))\s+(?:is going to|is gonna|will|wants to|tried to|said he would|said she would)\s+(?:kill|hurt|stab|shoot)\s+me\b`),
    unless: r(String.raw`\blol\b|\bhaha\b|\bi\s+${GAMES}\b|\bdrepte meg i\b`),
  },
  {
    id: 'violence.parent_will_kill_me',
    category: 'violence',
    level: 'concern',
    pattern: r(String.raw`\b${PARENT_ETC}\s+(?:\w+\s+)?(?:vil|skal|ska|kommer til a|kjem til a|dreper)\s+(?:a\s+)?(?:drepe\s+)?meg\b|\bmy\s+(?:boss|mom|mum|dad|teacher|counsel\w*)\s+(?:is going to|is gonna|will)\s+kill\s+me\b`),
    unless: r(String.raw`(?:meg|me)${HYPERBOLE_TAIL}|\blol\b|\bhaha\b|\bdreper\s+meg\s+(?:med|av)\b`),
  },
  {
    id: 'violence.victim',
    category: 'violence',
    level: 'acute',
    pattern: r(String.raw`\b(?:ble|blei|vart|blir|har blitt|har vorte|er blitt|er)\s+(?:\w+\s+)?(?:banket opp|banka opp|slatt ned|knivstukket|knivstukke|ranet|rana|angrepet|angripe|mishandlet|mishandla|truet med kniv|skutt pa)\b|\b(?:got|was|been|get)\s+(?:beaten up|stabbed|jumped|assaulted|attacked)\b`),
  },

  // ─── Abuse: violence or sexual abuse in close relationships, forced marriage ────────────────
  {
    id: 'abuse.hits_me',
    category: 'abuse',
    level: 'acute',
    pattern: r(String.raw`\b${FAMILY}\s+(?:\w+\s+)?(?:slar|slo|sla|banker|banket|banka|sparker|sparket|sparka|kveler|kvelte|kvelar|lugger|lugga|luggar|dytter|dytta|kloret|klorer|tafser|tafset|tafsa|misbruker|misbrukte|misbrukar|voldtok|voldtar|valdtok|mishandler|mishandlet|mishandlar|truer|truet|trugar|truar|har misbrukt|har mishandlet|har voldtatt|har slatt|har tafset pa|forgrep seg pa|forgriper seg pa|har forgrepet seg pa|misbrukt|voldtatt)\s+(?:(?:\w+\s+)?(?:og|and)\s+)?(?:meg|oss|pa meg|mamma|mora mi|moren min|pappa|broren min|sosteren min|sostera mi|lillebror|lillesoster|sosknene mine)\b`),
    unless: r(String.raw`\b(?:sla|slo|slar|slaar)\s+meg\s+(?:\w+\s+){0,2}(?:i\s+${GAMES}|pa\s+(?:tid|poeng|malstreken))|\b(?:kveler|kvelte)\s+meg\s+med\b|\bmed\s+(?:sporsmal|mas|omsorg|kjerlighet|klemmer|meldinger)\b|\btvinger\s+meg\s+(?:til\s+)?a\s+(?:sta opp|spise|trene|soke|ga pa|ga til|rydde|vaske|lese|gjore lekser|ringe|komme|vere med|melde meg)|\btvang\s+meg\s+(?:til\s+)?a\s+(?:sta opp|spise|trene|soke|ga pa|ga til|rydde|vaske|lese|gjore lekser|ringe|komme|vere med|melde meg)`),
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
    pattern: r(String.raw`\b(?:laser|laste|stenger|stengte|sperrer|sperret|holder|holdt)\s+meg\s+(?:inne|innesperret|fast|innelast)\b`),
  },
  {
    id: 'abuse.images',
    category: 'abuse',
    level: 'acute',
    pattern: r(String.raw`\b(?:presset|presser|pressa|tvunget|tvinger|tvang|truet|truer|trua|maser|mast|utpresset|utpresser)\s+(?:meg\s+)?(?:til\s+)?(?:a\s+)?(?:sende|dele|ta|legge ut)\s+(?:\w+\s+)?(?:nudes|nudes|nakenbilder|nakenbilde|bilder av meg|nakenvideo|dick ?pics?)\b|\b(?:deler|delt|spre|sprer|spredt|legger ut|lagt ut)\s+(?:\w+\s+)?(?:nakenbilder|nudes|nakenbildene|bildene mine|bilder av meg)\b|\bsextortion\b`),
  },
  {
    id: 'abuse.forced',
    category: 'abuse',
    level: 'acute',
    pattern: r(String.raw`\b(?:tvinger|tvang|tvingar|tvinga|presser|presset|pressa|tvunget)\s+(?:meg\s+)?(?:til\s+)?(?:a\s+)?(?:ha\s+sex|sex|ligge med|gifte meg|kle av meg|sende (?:nakenbilder|bilder)|ta (?:nakenbilder|bilder av meg)|ta dop|selge|ruse meg)`),
  },
  {
    id: 'abuse.without_consent',
    category: 'abuse',
    level: 'acute',
    pattern: r(String.raw`\b(?:sex|tok pa meg|tar pa meg|tafs\w*|beforte meg|befolte meg|kysset meg|kledde av meg|tok bilder av meg|la seg oppa meg)\b[^.!?]{0,40}\b(?:uten\s+at\s+${SUBJ}\s+(?:ville|vil|sa ja|ga lov|gav lov)|mot\s+min\s+vilje|uten\s+samtykke|selv om ${SUBJ} sa nei|sjol om eg sa nei)`),
  },
  {
    id: 'abuse.hits_no_object',
    category: 'abuse',
    level: 'acute',
    pattern: r(String.raw`\b(?:fordi|for|nar|naar|at)\s+${FAMILY}\s+(?:\w+\s+)?(?:slar|slo|banker|mishandler|drikker og slar)\b(?!\s+(?:av|opp|pa|til|seg|ned|inn|ut|ihjel|i hjel|alltid av|an|\w+\s+i\s+${GAMES}))`),
  },
  {
    id: 'abuse.threatens_me',
    category: 'abuse',
    level: 'acute',
    pattern: r(String.raw`\b${FAMILY}\s+(?:\w+\s+)?(?:truer|truet|trua|truar|truga|trugar)\s+(?:med\s+)?(?:a\s+)?(?:drepe|skade|banke|sla|knivstikke|skyte|voldta|spre bilder|legge ut bilder|dele bilder)\s+(?:av\s+)?(?:meg|oss)\b`),
  },
  {
    id: 'abuse.en.hits_me',
    category: 'abuse',
    level: 'acute',
    pattern: r(String.raw`\b(?:he|she|they|my\s+(?:dad|father|mom|mum|mother|stepdad|stepfather|stepmom|stepmother|boyfriend|girlfriend|partner|husband|wife|brother|uncle|ex))\s+(?:\w+\s+)?(?:hits|hit|beats|beat|kicks|kicked|chokes|choked|forces|forced|abuses|abused|raped|rapes|touches|touched|hurts|threatens|threatened)\s+me\b`),
    unless: r(String.raw`\bbeat\s+me\s+(?:at|in)\b|\bhit\s+me\s+up\b`),
  },
  {
    id: 'abuse.disclosure',
    category: 'abuse',
    level: 'acute',
    pattern: r(String.raw`\b(?:ble|blei|vart|har blitt|har vorte|blir|er blitt|er|var)\s+(?:\w+\s+){0,2}(?:voldtatt|valdteken|voldteken|misbrukt|seksuelt misbrukt|utsatt for (?:overgrep|vold|vald|voldtekt|valdtekt|incest)|tvunget til sex|tvinga til sex|tvangsgift|slatt hjemme|tvunget til a gifte meg|tvinga til a gifte meg)\b|\b(?:tvinger|tvang|tvingar)\s+(?:meg\s+)?(?:til\s+)?(?:a\s+)?(?:ha\s+)?sex\b|\b(?:skal|vil)\s+(?:\w+\s+)?gifte\s+meg\s+bort\b|\btvangsekteskap\w*|\btvangsgift\w*|\bvold\s+(?:hjemme|i hjemmet|i familien)\b|\b(?:i was|i've been|ive been|i got|i have been)\s+(?:\w+\s+)?(?:raped|sexually abused|abused|molested)\b`),
    concernIf: r(String.raw`\b(?:snakket|snakka|lest|lerte|hort|laert)\s+om\b|\b(?:film|serie|timen|foredrag|kurs)\b`),
  },
  {
    id: 'abuse.mention',
    category: 'abuse',
    level: 'concern',
    pattern: r(String.raw`\b(?:overgrep\w*|voldtekt\w*|valdtekt\w*|incest|vold i nere relasjoner|domestic violence|sexual abuse)\b`),
  },
  {
    id: 'abuse.controlling',
    category: 'abuse',
    level: 'concern',
    pattern: r(String.raw`\b${FAMILY}\s+(?:\w+\s+)?(?:kontrollerer|kontrollerte|sjekker|sjekka|overvaker|overvaka)\s+(?:alt\s+(?:${SUBJ}\s+)?(?:gjor|gjer|sier|seier)|telefonen min|mobilen min|pengene mine|hvem ${SUBJ} (?:treffer|snakker med)|meg hele tiden)`),
  },
  {
    id: 'abuse.afraid_to_go_home',
    category: 'abuse',
    level: 'concern',
    pattern: r(String.raw`\b(?:redd|tor ${NEG}|tort ${NEG})\s+(?:for\s+)?(?:a\s+)?(?:dra|ga|gaa|komme|reise)\s+hjem\b|\bafraid\s+to\s+go\s+home\b`),
  },
];
