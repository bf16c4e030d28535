import { r, type RiskRule } from './rule.js';
import { BOUNDED_HOPELESSNESS, LIVING_MANNER } from './suicidePlain.js';
import {
  AT_A_NAMED_PLACE,
  RECOVERED_OTHER,
  SUBJ,
  NEG,
  SELF,
  DIE,
  MORE,
  LIFE_MINE,
  SUICIDE_WORD,
  OTHER_PERSON,
  CLAUSE_END,
  GAMES,
  EVERYDAY_LEAVING,
  BURDEN_IN_A_ROLE,
  LIVING_LIKE_OR_WITHOUT,
  CHORE,
  NATURE_DEATH,
  LIVE_LIKE_SOMEONE,
  UNDERTAKING,
  ORDEAL,
  HOPELESS_WITH_A_THING,
} from './tokens.js';

/**
 * The first risk rules for suicide: explicit wish, intent and plan, thoughts, method, farewells,
 * in Norwegian and English, and the shapes added with the layered detector (issue 14).
 */
export const CORE_SUICIDE_RULES: readonly RiskRule[] = [
  // ─── Suicide: explicit wish, intent, plan (acute) ────────────────────────────────────────────
  {
    id: 'suicide.wish_to_die',
    category: 'suicide',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:vil|ville|vi|onsker a|onsker|har lyst (?:til )?a|lyst (?:til )?a|har lyst til|skulle onske (?:at )?${SUBJ} kunne|kan like gjerne|fortjener a|bare vil)\s+(?:(?:bare|berre|bokstavelig talt|bokstaveleg talt|faktisk|virkelig|verkeleg|helst|egentlig|eigentleg|literally|seriost|rett og slett)\s+)?${DIE}\b`,
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
      String.raw`\b(?:tenker|tenkt|tenkte|tenkjer|tanker|tankar|tenke|plan|planer|planar|planlegger|planlagt)\s+(?:\w+\s+){0,2}(?:pa|om|for)\s+a\s+(?:${DIE}|ta livet|avslutte(?!\s+(?:\w+\s+)?${UNDERTAKING}))\b|\bdodsonske\w*|\bdodstank\w*`,
    ),
    concernIf: r(String.raw`\b(?:ikke|ikkje|aldri|ingen)\b`),
  },
  {
    id: 'suicide.not_want_to_live',
    category: 'suicide',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:vil|vill|ville|onsker|orker|orkar|gidder|gidd|klarer|klarar|har lyst|lyst|kan|makter|maktar|tor)\s+${NEG}\s+(?:(?:lenger|mer|meir)\s+)?(?:(?:til\s+)?a\s+)?(?:leve|leva|vere i live|vere i livet|vere levende|eksistere|leve livet|finnes|fins|finst|vere til)\b(?!\s+(?:av|pa|i\s+(?!live)|bry|besvar|plage|nytte|hjelp|glede|stede|${LIVING_LIKE_OR_WITHOUT}))|\b${SUBJ}\s+${NEG}\s+(?:vil|ville|onsker|orker|orkar|gidder|klarer|klarar|har lyst til a|har lyst a|makter)\s+(?:(?:til\s+)?a\s+)?(?:leve|leva|vere i live|vakne|vakna|eksistere|finnes|fins)\b(?!\s+(?:tidlig|tidleg|for|av|pa|opp|til|i\s+(?!live|morgen|morgon)))|\b${NEG}\s+(?:lyst|lust)\s+(?:til\s+)?a\s+(?:leve|leva|finnes|fins|finst|eksistere|vere her|vere til)\b|\b(?:orker|orkar|klarer|klarar|takler|taklar)\s+${NEG}\s+(?:(?:dette|mitt|det)\s+)?livet\b|\bvil\s+(?:slutte|slutta)\s+a\s+leve\b(?!\s+(?:av|som)\b|\s+pa\s+(?!(?:denne|den)\s+(?:jorda|jorden|planeten|kloden)\b))|\blei\s+av\s+a\s+leve\b|\bfortjener\s+${NEG}\s+a\s+(?:leve|leva|finnes|vere her)\b|\b(?:vitsen|poenget|meininga|vits)\s+(?:med|i)\s+a\s+(?:leve|leva)\b(?!\s+${LIVING_MANNER})|\b(?:vil|ville|onsker|haper|hapar|har lyst til)\s+(?:a\s+)?${NEG}\s+(?:a\s+)?(?:vakne|vakna|vakner)\b(?!\s+(?:tidlig|seint|sent|klokka|kl|for|sa|pa|til\s+(?:\w+dag|klokka|kl|lunsj|middag|\d+))\b)|\bhaper\s+${SUBJ}\s+${NEG}\s+(?:vakner|vaknar)\b|\b(?:${NEG}|ingen|inga|no)\s+(?:krefter|krefte|kraft|energi|styrke|strength)\s+(?:igjen\s+|att\s+|left\s+)?(?:til\s+a|a|to)\s+(?:leve|leva|live|fortsette a leve|go on living)\b`,
    ),
    concernIf: r(String.raw`\b(?:vil|ville)\s+${NEG}\s+(?:vere|leve)\s+sann\b`),
    // "vil ikke leve sånn som pappa": a way of living compared with someone's, not life itself.
    unless: r(LIVE_LIKE_SOMEONE),
  },
  {
    id: 'suicide.life_not_worth',
    category: 'suicide',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:ikke|ikkje|ingen|ingenting|inga|ikkje noko|ittno|itjno|inkje)\s+(?:\w+\s+){0,2}(?:verdt|vits|grunn|grunnar|mening|poeng)\s+(?:(?:i|med|til|for|a)\s+)?(?:a\s+)?(?:leve|leva|lev)\b(?!\s+(?:for\b|${LIVING_MANNER}))|\blivet\s+(?:er|e)\s+${NEG}\s+verdt\b`,
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
    // "tar livet av meg hvis jeg må på et kurs til, haha": a chore as the condition, said laughing.
    unless: r(
      String.raw`\bav\s+latter|\bav\s+lol\b|\bmed\s+ro\b|\bi\s+${GAMES}\b|\bmeg\s+(?:hvis|om|viss|dersom|if|nar)\s+(?:${SUBJ}\s+)?(?:ma|skal|far|have to)\b[^.!?]*\b(?:haha\w*|hehe\w*|lol|lmao|xd)\b`,
    ),
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
    unlessInSentence: r(RECOVERED_OTHER),
  },
  {
    id: 'suicide.mention',
    category: 'suicide',
    level: 'concern',
    pattern: r(String.raw`\b${SUICIDE_WORD}\w*|\bsuicid\w*`),
    unless: r(
      String.raw`\w*forebygg\w*|\b(?:not|ikke|ikkje)\s+suicidal\b|\b(?:film\w*|serie\w*|bok|boka|boken|dokumentar\w*|artikkel\w*|avis\w*|nyhet\w*|podkast\w*|\w*timen|kurs\w*|foredrag\w*|forebygg\w*|organisasjon\w*|helsedirektorat\w*|tall|tallene|\w*tallene|statistikk\w*|\w*raten|\w*statistikk\w*|andel\w*|forsk\w*|studie\w*|samfunnsfag\w*|historie\w*|movie|news|article|learned|lerte|lerte|psykolog|hjelpe\s+(?:folk|andre|en venn|ein ven)|help\s+a\s+friend|for\s+(?:\w+\s+)?(?:mange\s+)?ar\s+siden|years\s+ago|minnestund)\b|${SUICIDE_WORD}\s+for\s+(?:lommebok\w*|okonomien|karrieren|planeten|miljot|kroppen|laget|partiet)|\b(?:er|var|blir|ble)\s+(?:rent\s+)?${SUICIDE_WORD}\s+a\b|\b(?:politisk|sosialt|okonomisk)\s+${SUICIDE_WORD}|${SUICIDE_WORD}s(?:oppdrag|aksjon|angrep|angriper|bomb|pilot)\w*|\bsuicide\s+(?:missions?|squad|bomb\w*|attack\w*|pilots?)\b`,
    ),
    unlessInSentence: r(RECOVERED_OTHER),
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
    pattern: r(
      String.raw`\b${NEG}\s+(?:\w+\s+){0,3}(?:vere|vere|er|var)\s+her\s+(?:${MORE}|lenger)\b(?!${AT_A_NAMED_PLACE})`,
    ),
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
    // "i tilfelle jeg ikke er her lenger"; "som om jeg ikke finnes" (as if: being overlooked) is no condition.
    level: 'acute',
    pattern: r(
      String.raw`\b(?:i tilfelle|hvis|(?<!\bsom\s)om|viss|dersom)\s+${SUBJ}\s+(?:${NEG}\s+(?:er|lever|finnes|fins|er her|lenger er)\s*(?:her\s+)?(?:i morgen|lenger|mer|meir|etterpa)?|forsvinner|dor)\b[^.!?]{0,40}|\b(?:skrevet|skrive|skriver|skrev|laget)\s+(?:\w+\s+){0,2}(?:brev|melding|lapp)\s+(?:\w+\s+){0,3}(?:i tilfelle|nar ${SUBJ} er borte|til etterpa)`,
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
    // A dose asked for a pain or a day ("mot tannpine", "per dag"): a question about safe use.
    unless: r(
      String.raw`\b(?:\w*pine|om dagen|per dag|pr dag|i dognet|daglig|feber|vondt|\w*smerte\w*|mensen\w*|menstru\w*|allergi\w*|forkjol\w*|influensa|trygt|anbefalt\w*|maks\w*|lege\w*|resept\w*)\b|\bmot\s+(?!(?:livet|alt|meg|det hele)\b)\w+`,
    ),
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
    // A farewell letter to a class or colleagues, on leaving a school or a job.
    unless: r(
      String.raw`\b(?:avskjedsbrev\w*|avskilsbrev\w*)\s+(?:\w+\s+)?til\s+(?:klassen|kolleg\w*|jobben|laget|sjefen|arbeidsplassen|skolen|skulen|elevene|lereren|leraren)\b`,
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
      String.raw`\b(?:scene|scenen|videon|the film|a scene|\w*forstehjelp\w*|first aid|hlr)\b|\boverdose\s+(?:(?:med|av|pa)\s+)?(?:kaffe|koffein|sukker|godteri|snop|sjokolade|pizza|netflix|serier|energidrikk|red bull|monster|te)\b|\blevere\s+(?:\w+\s+){0,2}(?:inn|tilbake|pa apotek\w*)|\bgamle\s+(?:medisin\w*|piller|pillene|tablett\w*)`,
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
    // A crisis that is over, or a video (a story on a screen or a page is a shared frame: frames.ts).
    unlessInSentence: r(String.raw`${RECOVERED_OTHER}|\b(?:videon|the film)\b`),
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
      String.raw`\b(?:vil|ville|onsker a|lyst til a|har lyst til a|skulle onske ${SUBJ} kunne|(?:det\s+)?(?:beste|bedste|lettaste|letteste|enkleste|enklaste)\s+(?:er|e|blir|hadde vert|ville vert)\s+a|(?:best|bedre|lettest|enklest)\s+a)\s+(?:bare\s+|berre\s+)?(?:forsvinne|bli borte|vere borte|ga bort for alltid)${CLAUSE_END}(?!\s+(?:fra|herfra)\s+(?!alt\b|alle\b|verden\b))`,
    ),
  },
  {
    id: 'suicide.hopelessness',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:livet|alt)\s+(?:er|e|foles|kjennes)\s+(?:sa\s+|helt\s+)?(?:meningslost|hapelost|haplaust|haplost|meiningslaust|et helvete)\b|\bhater\s+livet(?:\s+mitt)?\b(?!\s+som\b)|\b${SUBJ}\s+er\s+(?:bare\s+)?(?:en|ei)\s+byrde\b|\bingen\s+vits\s+(?:med|i)\s+(?:noe|noko|noenting|noe som helst|livet)\b`,
    ),
    unless: r(String.raw`${BURDEN_IN_A_ROLE}|${BOUNDED_HOPELESSNESS}|${HOPELESS_WITH_A_THING}`),
  },
  {
    id: 'suicide.kill_me_now',
    category: 'suicide',
    level: 'concern',
    pattern: r(String.raw`(?:^|[.!?,:;]\s*)(?:bare\s+|just\s+)?(?:skyt|drep|kill)\s+(?:meg|me)\b`),
    unless: r(
      String.raw`\b(?:haha\w*|hehe\w*|lol|lmao|flaut|pinlig|kjedelig|mandag|test|prove|proven|eksamen\w*|muntlig\w*|tentamen\w*|presentasjon\w*|fremforing\w*|framforing\w*|foredrag\w*|innlevering\w*|embarrass\w*)\b`,
    ),
    // "drep meg, fire timer med lekser igjen": a chore named anywhere in the sentence.
    unlessInSentence: r(CHORE),
  },
  {
    id: 'suicide.it_is_killing_me',
    category: 'suicide',
    level: 'concern',
    pattern: r(String.raw`\b(?:is|it's|its|are|'s)\s+(?:\w+\s+)?killing\s+me\b`),
    unless: r(String.raw`\blaugh|\b(?:lol|haha\w*|lmao)\b`),
    // "this homework is killing me": a chore as the subject, as "drep meg, fire timer med lekser".
    unlessInSentence: r(CHORE),
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
    unlessInSentence: r(RECOVERED_OTHER),
  },
  {
    id: 'suicide.en.commit',
    category: 'suicide',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:i(?!\s+(?:boka|boken|filmen|serien|spillet|episoden|dag|gar|kveld|natt|morgen|morra|fjor|helga|timen|en|ei|et|den|det|de|denne|dette)\b)|i'm|im|i've|ive|i have|i am)\s+(?:\w+\s+){0,3}(?:suicide|overdose|hang myself|jump off)\b`,
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
    // "gir opp hele greia med lappen": the thing given up is named.
    unless: r(
      String.raw`\bopp\s+(?:alt|alt sammen|heile greia|hele greia|everything|pa alt)\s+(?:med|om|with|about)\b`,
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
      String.raw`\b(?:av|of)\s+(?:latter|laugh\w*|kjedsomhet|boredom)\b|\bi\s+(?:spillet|spelet|gamet|${GAMES})\b|\bin\s+the\s+game\b|\bplanter?\b|\bblomst\w*|${NATURE_DEATH}`,
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
      String.raw`\b(?:gronnsak\w*|gronnsak\w*|mat|maten|middag\w*|servering|kokk\w*|kjokken\w*|skjere|skjere|brod|kake|fisk|kjott|klatr\w*|camping|tur|turen|fisketur\w*|fjelltur\w*|skogstur\w*|hyttetur\w*|hodepine\w*|tannverk\w*|vondt|allergi\w*|resept\w*|jakt\w*|skytebane\w*|skyting\w*|bat|baten|batar|baten\w*|seilbat\w*|jolle\w*|telt|teltet|tilhenger\w*|hengeren|slep\w*|fortoy\w*)\b`,
    ),
  },
  {
    id: 'suicide.farewell_all',
    category: 'suicide',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:ta|tar|tek|si|sier|seier|sei|say|saying)\s+(?:farvel|farvel|adjo|ha det|goodbye)\s+(?:\w+\s+)?(?:til|med|to)\s+(?:alle|dere|dokker|familien|verden|livet|everyone|everybody|the world)\b|\bsiste\s+(?:gang|melding)\s+(?:\w+\s+){0,2}(?:hor\w*|horer|hoyrer|ser|hear|see)\s+(?:fra|fra|from)\s+(?:meg|me)\b|\b(?:last time (?:that )?you(?:'ll|\s+will|\s+get to)?|you won't(?:\s+ever)?) (?:hear|see) (?:from )?me\b`,
    ),
    unless: r(
      String.raw`\b(?:jobb\w*|skole\w*|skule\w*|klassen|kolleg\w*|flytt\w*|ferie\w*|sommer\w*|praksis\w*|kurs\w*|avslutning\w*|prosjekt\w*|russ\w*)\b`,
    ),
    unlessInSentence: r(EVERYDAY_LEAVING),
  },
  {
    id: 'suicide.last_night',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:min|mi)\s+siste\s+(?:dag|natt|kveld|uke|veke)\b|\bsiste\s+(?:dagen|natta|kvelden)\s+(?:min|mi)\b|\bmy\s+last\s+(?:day|night)\b`,
    ),
    unless: r(
      String.raw`\b(?:jobb\w*|skole\w*|skule\w*|praksis\w*|kurs\w*|ferie\w*|tiltak\w*|pa\s+\w+|at\s+\w+|hjemme|i\s+(?!(?:livet|live|verden|verda|denne|dette|det|dag|kveld|natt|morgen|life|this|the)\b)\w+)\b`,
    ),
  },
  {
    id: 'suicide.end_it_vague',
    category: 'suicide',
    level: 'check_in',
    pattern: r(String.raw`\b(?:gjore|gjor|gjorde|gjere|gjer)\s+det\s+slutt\b(?!\s+(?:med|mellom|pa)\b)|\bend\s+it\b`),
    unless: r(
      String.raw`\bvi\s+(?:gjorde|har gjort|gjer|gjor)\b|\b(?:forhold\w*|kjeresten|typen|dama|henne|ham|han|hun|oss|argument|krangel\w*|relationship)\b`,
    ),
  },
  {
    // "vil bare få det overstått", "skal avslutte det i natt": an unnamed "it" got over with or
    // ended at a time. Its own rule, so an ordeal named in the sentence ("skal få det overstått,
    // eksamen er i morgen") is what is got over with, not life.
    id: 'suicide.end_it_vague',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\bfa\s+(?:det\s+)?overstatt\b|\b(?:avslutte|avslutta|avslutter|avsluttar)\s+det\s+(?:hele\s+)?(?:i\s+(?:kveld|natt)|na|snart|for godt|tonight)\b`,
    ),
    unless: r(String.raw`\bvi\b`),
    unlessInSentence: r(String.raw`${ORDEAL}|${CHORE}|\b${UNDERTAKING}\b`),
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
];
