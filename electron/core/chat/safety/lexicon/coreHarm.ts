import { r, type RiskRule } from './rule.js';
import {
  SUBJ,
  NEG,
  SELF,
  OTHER_PERSON,
  FAMILY,
  PARTNER,
  PARENT_ETC,
  VICTIM,
  GAMES,
  HYPERBOLE_TAIL,
  RECOVERED_OTHER,
} from './tokens.js';

/**
 * The first risk rules for self-harm, violence (intent to harm others, threats against the
 * speaker) and abuse (violence or sexual abuse in close relationships, forced marriage).
 */
export const CORE_HARM_RULES: readonly RiskRule[] = [
  // ─── Self-harm ────────────────────────────────────────────────────────────────────────────────
  {
    id: 'self_harm.harm_myself',
    category: 'self_harm',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:kutter|kutta|kuttet|kutte|kuttar|skjerer|skar|skaret|skjere|risper|rispet|rispa|rispe|risser|skader|skada|skadet|skade|skadar|brenner|brant|brenne|slar|slo|sla|skjer)\s+(?:${SUBJ}\s+)?meg\s+${SELF}\b|\bself[- ]?harm\w*|\b(?:cut|cutting|hurt|hurting|harm|harming|burn|burning)\s+my\s?self\b`,
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
      String.raw`\b(?:skade|skader|skadet|skada|skadar|kutte|sare|skjere)\s+(?:${SUBJ}\s+)?meg\b(?!\s+(?:pa|i(?!\s+(?:dag|kveld|natt|morgen|morgon|helgen|helga|gar))|under|ved|med\s+(?:det|a\s+trene)))`,
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
      String.raw`\b(?:kutter|kutta|kuttet|kutte|kuttar|skjerer|skar|skaret|skjere|risper|rispet|rispa|rispe|risser|risset)\s+(?:${SUBJ}\s+)?meg\b(?!\s+(?:ut|ned|inn|fri|los|av|bort|en|ei|et|litt|noe|noen|mer|ny|nytt|mat|brod|kake)\b)|\bbrenner\s+meg\s+(?:med|pa)\s+(?:lighter|lightern|sigarett|sigaretten|rok|royk)`,
    ),
    unless: r(
      String.raw`\bpa\s+(?:et\s+|eit\s+|en\s+|ein\s+)?(?:papir\w*|glass?\w*|kniv\w*|boks\w*|ark\w*)\b|\bpa\s+(?:et\s+|eit\s+|en\s+|ein\s+|ei\s+)?(?:den\s+|det\s+)?\w+(?:papir|glass|kniv|boks|blikk|kar|skar|sag|hovel|kant)(?:et|en|a|ene)?\b|\bi\s+(?:fingeren|fingern|fingrane|tommelen|handa|hand|handen|foten|leppa)|\bpa\s+(?:kniven|papir|papiret|glass|glasset|en kniv|boksen|et glass|hoveljernet)|\bved\s+et\s+uhell|\buhell|\b(?:nar|da|mens)\s+${SUBJ}\s+(?:lagde|laget|skar|kokte|barberte)|\bbarber\w*|\bharet|\bharet|\bhar(?:et)?\s+kort\b`,
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
    unlessInSentence: r(RECOVERED_OTHER),
  },

  // ─── Violence: intent to harm others, threats against the speaker ───────────────────────────
  {
    id: 'violence.intent',
    category: 'violence',
    level: 'acute',
    pattern: r(
      String.raw`\b${SUBJ}\s+(?:\w+\s+){0,2}(?:skal|ska|sko|vil|kommer til a|kjem til a|har lyst (?:til )?a|lyst (?:til )?a|tenker pa a|planlegger a|onsker a|har tenkt a)\s+(?:\w+\s+)?(?:drepe|drep|skade|knivstikke|stikke ned|skyte|banke opp|denge|juling pa|sla ned|sla ihjel|sla i hjel|kverke|voldta|myrde|knuse trynet pa|ta livet av|ta livet ta)\s+${VICTIM}\b`,
    ),
    unless: r(
      String.raw`\b(?:drepe|drep)\s+(?:tid|tiden|tida)\b|\bi\s+${GAMES}\b|\bnoen\s+(?:zombier|zombies|monstre|monster|fiender|bosser|npc\w*|orker|troll|romvesener)\b|\b(?:pa|i)\s+(?:playstation|ps\d|xbox|switch|spillet|gamet|serveren)\b`,
    ),
    // "jeg dreper broren min, han spiste kaka mi 😂": laughter in the sentence makes it hyperbole.
    // Nor is a threat to "you" if you eat, take or spoil a small thing ("hvis du spiser den siste
    // pizzabiten", "if you spoil the ending").
    unlessInSentence: r(
      String.raw`\b(?:haha\w*|hehe\w*|lol|lmao|xd)\b|\b(?:deg|dere|dykk|you)\s+(?:\w+\s+)?(?:hvis|om|viss|dersom|if)\s+(?:du|dere|de|you)\s+(?:\w+\s+)?(?:spiser|eter|et|drikker|spoiler|spoil\w*|avslorer|sletter|glemmer|laner|eat|eats|drink|drinks|delete|forget)\b`,
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
    // Chat English with the subject left out and the harm spelled out: "gonna beat the shit out
    // of him", "finna smash his face in", "about to jump that guy after school".
    id: 'violence.en.intent_plain',
    category: 'violence',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:gonna|gon|going\s+to|finna|bout\s+to|about\s+to|wanna|want\s+to|planning\s+to|i'?ll|i\s+will)\s+(?:\w+\s+)?(?:(?:beat|kick|knock|punch|smack|slap)\s+(?:the\s+)?(?:shit|crap|hell|fuck|living\s+daylights|life)\s+out\s+of\s+\w+|(?:smash|bash|punch|kick|break|cave|beat)\s+(?:his|her|their|(?:that|this)\s+\w+'?s)\s+(?:face|head|skull|teeth|nose|jaw|legs?|arms?)\b|(?:beat|jump|stab|shoot|kill|murder|hurt|strangle|choke)\s+(?:him|her|them|(?:that|this)\s+(?:guy|girl|kid|dude|bitch|bastard|asshole|prick|fucker|idiot)|my\s+(?:boss|teacher|dad|father|mom|mum|mother|stepdad|stepfather|brother|sister|ex|boyfriend|girlfriend|neighbou?r|classmate))(?:\s+up)?\b)`,
    ),
    // Said of someone else, the words are a threat the speaker tells of: a concern.
    concernIf: r(String.raw`\b(?:he|she|they|he's|she's|they're|hes|shes|theyre)\b`),
    // A game, a match or a contest; laughter.
    unlessInSentence: r(
      String.raw`\b(?:game\w*|match\w*|final\w*|league|tournament|chess|level|round|race|boss|cup|haha\w*|hehe\w*|lol|lmao|xd)\b|\bin\s+${GAMES}\b`,
    ),
  },
  {
    id: 'violence.could_kill',
    category: 'violence',
    level: 'concern',
    pattern: r(
      String.raw`\b(?:kunne|kunna|kan)\s+(?:ha\s+)?(?:slatt|sla|slott)\s+(?:\w+\s+)?i\s*hjel\b|\b(?:kunne|kunna|kan)\s+(?:ha\s+)?(?:drept|drepe|myrda|myrdet|kverka|kverket|slatt ihjel)\s+(?:ham|han|henne|hun|ho|dem|de|dei|noen|sjefen|lereren|veilederen|\w+en)\b|\bcould\s+(?:have\s+)?(?:kill|killed|murder|murdered)\s+(?:him|her|them|my\s+\w+)\b`,
    ),
    unless: r(
      String.raw`\b(?:drept|drepe)\s+(?:tid|tiden|tida)\b|\b(?:tid|tiden|tida)\s+i\s*hjel\b|\bfor\s+(?:a|an)\s+\w+`,
    ),
    // "I could kill my brother, he ate my leftovers lol": laughter in the sentence is hyperbole.
    unlessInSentence: r(String.raw`\b(?:haha\w*|hehe\w*|lol|lmao|xd)\b`),
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
      String.raw`\b${FAMILY}\s+(?:\w+\s+)?(?:(?:har\s+)?(?:begynt|begynte|pleier|pleide|finner pa|fant pa)\s+(?:a\s+)?(?:\w+\s+)?)?(?:slar|slo|sla|banker|banket|banka|sparker|sparket|sparka|kveler|kvelte|kvelar|lugger|lugga|luggar|dytter|dytta|kloret|klorer|tafser|tafset|tafsa|misbruker|misbrukte|misbrukar|voldtok|voldtar|valdtok|mishandler|mishandlet|mishandlar|truer|truet|trugar|truar|har misbrukt|har mishandlet|har voldtatt|har slatt|har tafset pa|forgrep seg pa|forgriper seg pa|har forgrepet seg pa|misbrukt|voldtatt)\s+(?:(?:\w+\s+)?(?:og|and)\s+)?(?:meg|oss|pa meg|mamma|mora mi|moren min|pappa|broren min|sosteren min|sostera mi|lillebror|lillesoster|sosknene mine)\b`,
    ),
    unless: r(
      String.raw`\b(?:sla|slo|slar|slar)\s+meg\s+(?:\w+\s+){0,2}(?:i\s+${GAMES}|pa\s+(?:tid|poeng|malstreken))|\b(?:sla|slo|slar)\s+meg\s+med\s+(?:et|en|ei|sitt|sin|sine)\s+(?:\w+\s+)?(?:argument\w*|poeng\w*|svar\w*|kommentar\w*|fakta|faktum|vits\w*|sitat\w*)\b|\b(?:kveler|kvelte)\s+meg\s+med\b|\bmed\s+(?:sporsmal|mas|omsorg|kjerlighet|klemmer|meldinger)\b|\btvinger\s+meg\s+(?:til\s+)?a\s+(?:sta opp|spise|trene|soke|ga pa|ga til|rydde|vaske|lese|gjore lekser|ringe|komme|vere med|melde meg)|\btvang\s+meg\s+(?:til\s+)?a\s+(?:sta opp|spise|trene|soke|ga pa|ga til|rydde|vaske|lese|gjore lekser|ringe|komme|vere med|melde meg)`,
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
    // A hold that keeps one from falling is care, not confinement.
    unless: r(
      String.raw`\bsa\s+(?:jeg|eg)\s+(?:ikke|ikkje)\s+(?:skulle|skal|ville)\s+(?:falle|skli|gli|ramle|snuble|detta|dette)\b|\bfor\s+a\s+(?:hjelpe meg|stotte meg)\b`,
    ),
  },
  {
    id: 'abuse.images',
    category: 'abuse',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:presset|presser|pressa|tvunget|tvinger|tvang|truet|truer|trua|maser|mast|utpresset|utpresser)\s+(?:meg\s+)?(?:til\s+)?(?:a\s+)?(?:sende|dele|ta|legge ut)\s+(?:\w+\s+)?(?:nudes|nudes|nakenbilder|nakenbilde|bilder av meg|nakenvideo|dick ?pics?)\b|\b(?:deler|delt|spre|sprer|spredt|legger ut|lagt ut)\s+(?:\w+\s+)?(?:nakenbilder|nudes|nakenbildene|bildene mine|bilder av meg)\b|\bsextortion\b|\b(?:truer|truet|trua|truar|trugar|threaten\w*)\s+(?:\w+\s+){0,2}(?:med\s+)?(?:a\s+|to\s+)?(?:legge ut|dele|spre|sende|poste|post|leak|share|send)\s+(?:\w+\s+){0,4}(?:bilde\w*|nudes|nakenbild\w*|video\w*|pics|photos|(?:de|dem|det)\s+(?:jeg|eg|i)\s+(?:\w+\s+){0,2}(?:sendt|sendte|sent))`,
    ),
    // An embarrassing photo threatened with a laugh is banter ("så flaut haha").
    unlessInSentence: r(String.raw`\b(?:haha\w*|hehe\w*|lol|lmao|flaut|flaust|pinlig\w*|embarrass\w*)\b`),
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
      String.raw`\b(?:he|she|they|my\s+(?:dad|father|mom|mum|mother|stepdad|stepfather|stepmom|stepmother|boyfriend|girlfriend|bf|gf|partner|husband|wife|brother|uncle|ex))\s+(?:\w+\s+)?(?:hits|hit|beats|beat|kicks|kicked|chokes|choked|forces|forced|abuses|abused|raped|rapes|touches|touched|hurts|threatens|threatened)\s+me\b`,
    ),
    unless: r(String.raw`\bbeat\s+me\s+(?:at|in)\b|\bhit\s+me\s+up\b`),
  },
  {
    id: 'abuse.disclosure',
    category: 'abuse',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:ble|blei|vart|har blitt|har vorte|blir|er blitt|er|var)\s+(?:\w+\s+){0,4}(?:voldtatt|valdteken|voldteken|misbrukt|seksuelt misbrukt|tafset pa|tafsa pa|befolt|beforet|befort|beforte|utsatt for (?:overgrep|vold|vald|voldtekt|valdtekt|incest)|tvunget til sex|tvinga til sex|tvangsgift|slatt hjemme|tvunget til a gifte meg|tvinga til a gifte meg)\b|\b(?:tvinger|tvang|tvingar)\s+(?:meg\s+)?(?:til\s+)?(?:a\s+)?(?:ha\s+)?sex\b|\b(?:skal|vil)\s+(?:\w+\s+)?gifte\s+meg\s+bort\b|\btvangsekteskap\w*|\btvangsgift\w*|\bvold\s+(?:hjemme|i hjemmet|i familien)\b|\b(?:i was|i've been|ive been|i got|i have been)\s+(?:\w+\s+)?(?:raped|sexually abused|abused|molested|groped|fondled)\b`,
    ),
    // A book or film that is about abuse is not a disclosure, nor are people who are abused ("hjelpe
    // folk som blir utsatt for vold").
    unless: r(
      String.raw`\b(?:boka|boken|filmen|serien|dokumentaren|artikkelen|episoden|romanen|stykket)\s+(?:handler|handla|handlet|var|er)\s+om\b|\b(?:folk|de|dei|andre|barn|born|kvinner|menn|mennesker|menneske|unge|ungdom|elever|personer|pasienter|ofre|ofrene|people|those|others|children|kids|women)\s+som\s+(?:\w+\s+)?(?:blir|ble|vart|er|var|har blitt|har vorte|are|were|have been|get)\b`,
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
      String.raw`\w*forebygg\w*|\b(?:roman\w*|novelle\w*|hovedperson\w*|film\w*|serie\w*|bok|boka|boken|dokumentar\w*|artikkel\w*|avis\w*|nyhet\w*|podkast\w*|\w*timen|kurs\w*|foredrag\w*|forebygg\w*|organisasjon\w*|helsedirektorat\w*|tall|tallene|\w*tallene|statistikk\w*|samfunnsfag\w*|historie\w*|movie|news|article|learned|lerte|lerte|psykolog|hjelpe\s+(?:folk|andre|en venn|ein ven)|help\s+a\s+friend|for\s+(?:\w+\s+)?(?:mange\s+)?ar\s+siden|years\s+ago|minnestund)\b|\b(?:voldtekts|valdtekts|overgreps)(?:dom\w*|sak\w*|tiltal\w*)|\b(?:lagmannsrett\w*|tingrett\w*|hoyesterett\w*|rettssak\w*|tiltal\w*|domfelt\w*|frifunnet|frifant)\b`,
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
