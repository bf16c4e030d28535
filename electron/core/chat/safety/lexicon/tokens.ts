/**
 * Token classes of the risk rules, in folded spelling (normalize.ts): pieces of patterns shared by
 * the rule files (pronouns, negation, dying, people close to one, means, idiom guards).
 */
// Token classes (folded spelling).
export const SUBJ = String.raw`(?:jeg|eg|je|jei|ej|e)`;
export const NEG = String.raw`(?:ikke|ikkje|ikk|itj|ike|ikkj|ik|ikek|ikje|ikkr|aldri)`;
export const SELF = String.raw`(?:selv|sjolv|sjol|sjel|sjov)`;
export const DIE = String.raw`(?:do+|doy|dau|daue|doden|devve|dauve)`;
export const MORE = String.raw`(?:mer|meir|lenger|lengre|no mer|noe mer|noko meir|lengre)`;
export const LIFE_MINE = String.raw`(?:livet?|livt|live)\s+(?:mitt?|mit)`;
export const SUICIDE_WORD = String.raw`(?:selv|sjolv|sjol|sjel|sel|self)mord?`;
export const OTHER_PERSON = String.raw`(?:han|hun|ho|de|dei|vennen|venninna|venninnen|kompisen|broren|bror|sostera|sosteren|syster|noen|nokon|en venn|ei venninne|en i klassen|folk|mange|kjendis|artisten)`;
export const FAMILY = String.raw`(?:fatter'?n|mutter'?n|kjereste(?:n)?(?: (?:min|til (?:mamma|pappa)))?|(?:mamma|pappa|mor|far) sin kjereste|pappa|papa|mamma|mama|faren(?: min)?|far(?: min)?|moren(?: min)?|mora(?: mi)?|mor(?: mi)?|fattern|muttern|stefar(?:en)?(?: min)?|stemor(?:en)?(?: min)?|stemora(?: mi)?|broren(?: min)?|bror(?: min)?|sosteren(?: min)?|sostera(?: mi)?|onkel(?:en)?(?: min)?|tante(?:n)?(?: min)?|bestefar(?:en)?(?: min)?|kjeresten(?: min)?|typen(?: min)?|dama(?: mi)?|mannen(?: min)?|kona(?: mi)?|samboren(?: min)?|sambo(?:en)?(?: min)?|eksen(?: min)?|eksen|sjefen(?: min)?|han|hun|ho|de|dei)`;
export const PARTNER = String.raw`(?:kjeresten(?: min)?|typen(?: min)?|dama(?: mi)?|mannen(?: min)?|kona(?: mi)?|samboren(?: min)?|sambo(?:en)?(?: min)?|eksen(?: min)?|eksen)`;
export const PARENT_ETC = String.raw`(?:pappa|papa|mamma|mama|faren(?: min)?|moren(?: min)?|mora(?: mi)?|fattern|muttern|sjefen(?: min)?|lereren(?: min)?|veilederen(?: min)?|treneren(?: min)?|broren(?: min)?|sosteren(?: min)?|sostera(?: mi)?)`;
export const CLAUSE_END = String.raw`(?=$|[.!?,;:]|\s+(?:og|men|jeg|eg|e|na|altsa|assa|ass|liksom|serr|seriost|egentlig|i livet|med livet|for alltid|fra alt|fra alle|fra verden|helt|lenger|mer|bare|orker|klarer|vil)\b)`;
export const VICTIM = String.raw`(?:ham|han|henne|hun|ho|dem|de|dei|noen|nokon|folk|sjefen|lereren|leraren|veilederen|rettleiaren|nabon|faren|moren|pappa|mamma|broren|kjeresten|eksen|deg|dere|alle|hele klassen|klassen|den som|de som|han som|hun som)`;
export const GAMES = String.raw`(?:sjakk|fifa|kort|poker|ludo|tennis|bordtennis|fotball|yatzy|quiz|armbryting|konkurranse|lop|lopet|\w*spill\w*|cs|lol|fortnite|valorant|mario ?kart|tekken|minecraft|warzone|cod|apex|roblox|overwatch|gta|smash|among us|elden ring|rocket league|pubg|siege|halo|zelda|pokemon|game\w*)`;
export const HYPERBOLE_TAIL = String.raw`\s+(?:nar|hvis|om|viss|dersom|if|when)\b`;
// ─── Semantic families (issue 14, second pass) ──────────────────────────────────────────────────
// Each rule below covers a whole family of meaning rather than one phrasing: any first-person
// wish to be dead, any way of saying "I won't be here", any giving-away or farewell, any means
// made ready, any self-harm verb with intent. Uncertain shapes are check_in: asking directly is
// safe, a missed crisis is not. The idiom guards stay next to each rule.
export const DIE_INF = String.raw`(?:${DIE}|doy|die)`;
export const TRAVEL = String.raw`\b(?:ferie\w*|tur|turen|reise\w*|reis|flytt\w*|bortreist|hytta|hytte|utland\w*|flyplass\w*|togstasjon\w*|stasjonen|bussterminal\w*|ferja|ferga|airport|station|jobb\w*|praksis\w*|skolen|skulen|timen|motet|moten|kontoret|kurs\w*|syk|sjuk|vacation|holiday|trip|moving|work|school|meeting|bursdag\w*|fest\w*|helg\w*|weekend)\b`;
export const IDIOM_DEATH = String.raw`\b(?:hold\w*|held|heldt)\s+pa\s+a\b|\b(?:pinlig\w*|flau\w*|embarrass\w*)\b|\b(?:av|of|from)\s+(?:latter|laughing|laughter|kjedsomhet|kjedsomheit|kjedsemd|boredom|skam|flauhet|pinlighet|embarrass\w*|cringe|cuteness|sult|torst|torst|nerver|spenning|misunnelse|varme|heat)\b|\bkjedelig\w*|\bkjedeleg\w*|\bnesten\b|\bhaha\w*|\blol\b|\bi\s+(?:spillet|spelet|gamet|${GAMES})\b|\bin\s+the\s+game\b|\b(?:hunden|katten|bestemor|bestefar|mormor|morfar|farmor|farfar|planten|plantene|blomst\w*|dyret|dyr|fisken|batteri\w*|mobilen|telefonen|pcen|krig\w*|film\w*|serie\w*|bok|boka|boken|historie\w*|dikt\w*|poet\w*|novell\w*|roman\w*|ballade\w*|skuespill\w*|stykket|nyhet\w*|dinosaur\w*|celler|cellene|sola|stjern\w*|soldat\w*)\b`;
export const PILLS = String.raw`(?:piller|pillene|pilla|tablett\w*|pills|meds|medisin\w*|medication|sovepiller|sovetablett\w*|ibux|paracet\w*|pinex|sobril|vival|paralgin\w*|panodil\w*|ibuprofen|tylenol|advil|aspirin\w*|acetaminophen|xanax|valium|painkillers|smertestill\w*|antidepressiv\w*)`;
export const BLADE = String.raw`(?:barberblad\w*|blades?|blader|bladene|skalpell\w*|razors?|kniv\w*|knife|knives)`;
export const WEAPON = String.raw`(?:kniv|kniven|pistol\w*|vapen|vapnet|gevar|gever|hagle|hagla|haglen|rifl\w*|machete|balltre|gun|knife|weapon|bat)`;
export const PERSON_OBJ = String.raw`(?:han|ham|henne|hun|ho|dei|dem|de|noen|nokon|alle|him|her|them|everyone|someone)`;
/**
 * After "ikke leve": living in a manner compared with someone ("som foreldrene mine", "sånn som
 * dem") or without a small pleasure ("uten kaffe", "uten mobilen") — a wish about how to live.
 * Not "sånn som nå", "som dette", "som jeg gjør": those are about one's own life as it is.
 */
export const LIVING_LIKE_OR_WITHOUT = String.raw`(?:(?:sann|slik|like|akkurat|pa samme mate)\s+)?som\s+(?!na\b|no\b|dette\b|det\b|i\s+dag\b|om\b|jeg\b|eg\b|je\b|meg\b)|uten\s+(?:min\s+|mi\s+|mitt\s+|en\s+|ei\s+)?(?:kaffe\w*|te|teen|sjokolade\w*|mobil\w*|telefon\w*|internett\w*|nett|nettet|wifi|musikk\w*|netflix|spill\w*|gaming|pizza|snus\w*|sukker|godteri|brus|kake\w*|tv|tven|pcen|playstation|ps5|kaffekopp\w*|frokost\w*)\b`;
/**
 * A farewell to a thing or a place, not to people ("ta farvel med hytta", "si ha det til byen"):
 * the object is a definite noun that names no person and not life or the world.
 */
export const FAREWELL_TO_THING = String.raw`\b(?:farvel|adjo|goodbye|ha det)\s+(?:med|til|to)\s+(?:(?:den|det|de|dei|gamle|fine|the|old|our|my|var|vart|vare)\s+)*(?!(?:alle|alt|dere|dokker|deg|dykk|verden|livet|familien|familia|mamma|pappa|mor|far|mora|faren|moren|broren|bror|brodrene|sosteren|sostera|systera|vennene|vennane|venner|kjeresten|typen|dama|kona|mannen|klassen|everyone|everybody|you|the world|life|my family)\b)(?:\w*(?:hytt|hus|leilighet|husvere|by|bygd|skol|skul|jobb|rom|bil|sykkel|sommer|ferie|land|sted|plass|gat|studio|kontor|hjem|heim|vane|vana|habit|rutin|uvane|snus|roy?k|sigarett|alkohol|drikking|rus|gaming|spilling|godteri|sukker|telefon|mobil|kaffe|energidrikk|dieten)\w*|[a-z]+(?:ten|et)\b)`;

/**
 * Someone else's crisis that is over: a third person who now is well, has got help or a home,
 * in a sentence where the speaker says nothing of themself ("kompisen min slet med
 * selvmordstanker, men han har fått hjelp").
 */
export const RECOVERED_OTHER = String.raw`^(?![^.!?]*\b(?:jeg|eg|je|meg|i'm|im)\b)[^.!?]*(?:\b(?:han|hun|ho|de|dei|he|she|they)\s+(?:har|hadde|er|e|has|is)\s+(?!(?:\w+\s+){0,2}(?:ikke|ikkje|itj|aldri|not|never)\b)(?:\w+\s+){0,2}(?:bra|fint|bedre|godt|frisk|clean|hjelp|behandling|fine|better|okay|ok|oke|okei|oki|okey|alright|i\s+orden|well|help|i\s+god\s+behold|uskadd|unhurt)\b|\b(?:har|er|e|has|is)\s+(?:han|hun|ho|de|dei|he|she|they)\s+(?!(?:\w+\s+){0,2}(?:ikke|ikkje|itj|aldri|not|never)\b)(?:\w+\s+){0,2}(?:bra|fint|bedre|godt|frisk|clean|hjelp|behandling|fine|better|okay|well|help|ok|oki|okei|okey|alright|i\s+orden|i\s+god\s+behold|uskadd|unhurt)\b|\b(?:men|but)\s+(?:na\s+|no\s+|now\s+)?(?:har|er|is|has|is now)\s+(?:\w+\s+){0,3}(?:fatt hjelp|bedre|frisk|bra|fint|clean|better|fine|well|got help)\b|\b(?:gar|gikk|gjekk)\s+det\s+(?:\w+\s+){0,2}(?:bra|bedre|fint|godt|greit)\s+med\s+(?:han|ham|henne|hun|ho|dem|dei|de)\b|\b(?:na|no|now)\b[^.!?]*\b(?:og|men|and)\s+(?:har|hev|has)\s+det\s+(?:\w+\s+)?(?:bra|fint|godt|bedre|greit)\b)`;

/** A thing given away because it is no longer used ("fordi jeg ikke spiller mer"): a reason named. */
export const NO_LONGER_USED = String.raw`\b(?:ikke|ikkje|not|aldri)\s+(?:\w+\s+)?(?:spiller|spelar|bruker|brukar|leser|les|trener|gar med|passer|passar|rir|play|use|wear|ride|read)\b`;

/** A story told about others: what a film, book or article is about ("filmen handlet om …", "i boka"). */
export const MEDIA_FRAME = String.raw`\b(?:handlet|handler|handla|handlar|is about|was about)\s+om\b|\b(?:i|in)\s+(?:filmen|serien|boka|boken|episoden|romanen|novellen|dokumentaren|artikkelen|the movie|the film|the show|the book|the series)\b`;
/** An everyday leaving named anywhere in the sentence (quitting a job, moving, a last school day). */
export const EVERYDAY_LEAVING = String.raw`\b(?:sagt opp|sier opp|seier opp|sagt upp|slutt(?:er|a|et)\s+(?:i|pa|hos|som|med)|siste\s+(?:arbeids|skole|skule)?dag\w*|flytt\w*|avslutning\w*|utveksling\w*|pensjon\w*|quit my job|quitting|moving|leaving do)\b`;
/**
 * Being, living or existing bound to a place or platform that is not the world or life ("ikke være
 * her mer, på denne skolen altså", "ikke finnes på facebook lenger"): the speaker leaves that place,
 * not life (a time is no place: "ikke her i morgen" stays). Follows the existence word, after an
 * optional "mer/lenger" and a comma or "altså".
 */
export const AT_A_NAMED_PLACE = String.raw`(?:\s+(?:mer|meir|lenger|lengre|anymore|no more))?\s*,?\s+(?:(?:altsa|assa|liksom|jeg mener|eg meiner|i mean)\s+)?(?:pa|i|pa den|on|at|in)\s+(?!(?:(?:denne|den|dette|this|the)\s+)?(?:jorda|jorden|planeten|kloden|verden|verda|livet|world|earth|planet|life|live|morgen|morgon|kveld|natt|dag|helga|helgen|framtida|fremtiden|neste|lenge|tomorrow|tonight|the future)\b)[a-z]`;
/**
 * Money short until a near, known day ("ikke penger til mat før lønning på fredag", "til
 * studielånet kommer"): a tight week, not an acute need. Guards the acute-need shapes.
 */
export const UNTIL_PAYDAY = String.raw`\b(?:for|til|until|before)\s+(?:neste\s+|next\s+)?(?:lonning\w*|lonna|lonnsdag\w*|studielan\w*|stipend\w*|payday|pay day)\b`;

/**
 * Said after a "men": the act or the thought happens all the same ("men jeg gjør det likevel",
 * "men det ender alltid med det", "men noen ganger"). Takes a denial back (denial.ts) and makes
 * an unwanted act a signal (indirect.ts).
 */
export const HAPPENS_ANYWAY = String.raw`\b(?:men|but)\b[^.!?]{0,60}\b(?:likevel|allikevel|uansett|anyway|still|innimellom|av og til|noen ganger|nokre gonger|sometimes|ender|enda opp|skjer|klarer\s+(?:ikke|ikkje|itj)\s+(?:a\s+)?(?:la\s+vere|stoppe|slutte)|gjor det|gjer det|har gjort det|do it|can'?t stop|cant stop|tenker pa det|tenkjer pa det|har tenkt pa det)\b`;

/** A group one has a role in (a team, a class, colleagues): a burden to it is a burden in that role. */
export const ROLE_GROUP = String.raw`\b(?:laget|lagene|klassen|gruppa|gruppen|teamet|prosjekt\w*|kolleg\w*|bandet|koret|team|group|class|coworkers|colleagues)\b`;

/** Help asked for with a named task ("spør om hjelp med CV-en"), not with everything or with life. */
export const HELP_WITH_A_TASK = String.raw`\b(?:spor|spurte|ber|ba|maser|masa|trenger|treng|asks?|asking|need)\s+(?:\w+\s+){0,2}(?:om\s+|for\s+)?(?:hjelp|help)\s+(?:med|til|with)\s+(?!(?:alt|alle|absolutt|everything|livet|life|a\s+leve|living)\b)\w+`;
/** A burden in a role: to a group one belongs to, or when asking for help with a named task. */
export const BURDEN_IN_A_ROLE = String.raw`${ROLE_GROUP}|${HELP_WITH_A_TASK}`;

/** A named everyday trap one wants out of: a debt, a loan, a contract, a subscription. */
export const EVERYDAY_TRAP = String.raw`\b(?:ut\s+av|out\s+of)\s+(?:\w+\s+){0,2}(?:gjeld\w*|\w*(?<!p)lan(?:et|ene)?|inkasso\w*|\w*kontrakt\w*|\w*abonnement\w*|bindingstid\w*|debt|loan|contract)\b`;

/**
 * A rule one sets oneself, called a punishment: a pleasure withheld or a chore added ("straffer
 * meg selv med å ikke spille", "med å kutte ut gaming", "med å ta trappa"). Not eating, drinking
 * or sleeping stays a signal; only a named treat may be withheld.
 */
export const SELF_IMPOSED_RULE = String.raw`\b(?:straff\w*|punish\w*)\s+(?:meg\s+(?:selv|sjolv|sjol|sjel|sjov)\s+|meg\s+|myself\s+)(?:med|ved|by|with)\s+(?:a\s+|to\s+)?(?:(?:ikke|ikkje|itj|not|no)\s+(?:(?:spise|ete|eat|eating|drikke|drink)\s+(?:godteri|snop|sjokolade|kake\w*|pizza|sukker|chips|dessert\w*|brus|candy|sweets|chocolate)\b|(?!spise|ete|eat|eating|drikke|drink|sove|sova|sleep|sleeping)\w+)|droppe|dropper|kutte\s+(?:ut|ned)|kutter\s+(?:ut|ned)|la\s+vere|la\s+vera|ga\s+glipp|vente|ta\s+trappa|ekstra|skipping|cutting\s+out|extra)`;

/** A fall: an accident named in the sentence ("falt av sykkelen", "datt på isen", "fell off"). */
export const A_FALL = String.raw`\b(?:falt|datt|ramla|ramlet|fell|tripped)\s+(?:\w+\s+){0,2}(?:pa|av|ned|med|fra|over|i|off|on|down|over)\b`;
/** A chore named as the cause of hyperbole ("drep meg, fire timer med lekser", "this homework is killing me"). */
export const CHORE = String.raw`\b(?:timer med|hours of|lekse\w*|homework|matte\w*|mote\w*|meeting\w*|ko|koen|queue|powerpoint\w*|excel\w*|ekselark\w*|innlevering\w*|forelesning\w*|lecture\w*|trafikk\w*|traffic|oppgave\w*|assignment\w*|essays?|deadlines?|pendl\w*|commute)\b`;
/** A star, a cell, a species: nature that dies ("hvordan dør en stjerne"), or anything that dies out. */
const NATURE = String.raw`(?:stjern\w*|stars?|celle\w*|cells?|dinosaur\w*|insekt\w*|insects?|bie|biene|bier|bees?|korall\w*|sprak\w*|languages?|bakteri\w*|virus\w*|arter|artene|species|trer|trerne|treet|trees?)`;
/** The death of nature: its noun as the subject of the verb, before or right after it; dying out. */
export const NATURE_DEATH = String.raw`\b(?:do|dor|dode|doydde|doyr|dau|died|dies|die|dying)\s+(?:ut|out)\b|\b(?:utdodd\w*|utrydd\w*|extinct\w*)|\b(?:dor|dode|doyr|doydde|die|dies|died)\s+(?:en\s+|ei\s+|et\s+|ein\s+|eit\s+|the\s+|a\s+)?${NATURE}\b|\b${NATURE}\s+(?:\w+\s+)?(?:dor|dode|doyr|doydde|do|die|dies|died|dying)\b`;
/** Living like someone else ("leve sånn som pappa"), not like now: a way of living, not life itself. */
export const LIVE_LIKE_SOMEONE = String.raw`\b(?:vere|leve|leva)\s+(?:${LIVING_LIKE_OR_WITHOUT})`;
/** Something one ends or takes up that is not life: a course, a contract, an apprenticeship, a treatment. */
export const UNDERTAKING = String.raw`(?:skole\w*|skule\w*|jobb\w*|studi\w*|kurs\w*|praksis\w*|lerling\w*|lereplass\w*|kontrakt\w*|avtale\w*|abonnement\w*|arbeidsforhold\w*|leieforhold\w*|medlemskap\w*|tiltak\w*|behandling\w*|semester\w*|prosjekt\w*|forhold\w*)`;
/** An ordeal one gets through and is done with: a test, an appointment, a move ("få det overstått"). */
export const ORDEAL = String.raw`\b(?:eksam\w*|exams?|proven|provene|tentamen\w*|muntlig\w*|intervju\w*|interviews?|tannlege\w*|legetime\w*|presentasjon\w*|fremforing\w*|framforing\w*|foredrag\w*|operasjon\w*|vaksin\w*|sproyte\w*|blodprove\w*|oppkjoring\w*|forerprove\w*|kjoretime\w*|flytting\w*|flyttelass\w*)\b`;
/**
 * Hopeless with a thing named after a determiner ("alt er håpløst med den gamle PCen"), not with
 * life, the world, oneself or the people one lives with.
 */
export const HOPELESS_WITH_A_THING = String.raw`\b(?:hapelost|haplaust|haplost)\s+med\s+(?:den|det|denne|dette|de|dei|min|mitt|mi|mine)\s+(?!(?:liv\w*|verd\w*|kropp\w*|lenger|lengre|her|na|hele|heile|familie\w*|foreld\w*|mamma|mor|pappa|far|venn\w*|framtid\w*|fremtid\w*|tanke\w*|hodet|situasjon\w*)\b)\w+`;
/**
 * What a date was set for, when it names an event ("bestemt dato for flyttinga"), not "det", "når",
 * "å …" or one's own death.
 */
export const DATE_OF_AN_EVENT = String.raw`(?:for|til)\s+(?!(?:det|da|nar|hva|kva|a|at|min|mitt|mi|doden|dauden|livet|slutten|enden|alt|meg|it|when|my)\b)\w+`;
