import { r, type RiskRule } from './rule.js';
import { FAMILY, GAMES } from './tokens.js';

/**
 * Harm told as what happened, not named (round 17): young people rarely say "overgrep", "vold"
 * or "trusler"; they tell the act. Each rule is one kind of telling, on folded text:
 * - sexual acts on the body: a hand on an intimate part, being undressed, someone on top of
 *   one, waking up to it, acts while one was asleep or too drunk, unnamed "things" done to one;
 * - an adult's secrecy or "nobody will believe you" about what "we do";
 * - being filmed where one is undressed, and money demanded against images;
 * - violence at home told as an event: a grip round the throat, a head slammed into a thing,
 *   being hit with an object or on a part of the body;
 * - threats received: what someone says they will do to one's body, a message "we know where
 *   you live", "they'll get me" with fear;
 * - the speaker's own violence: done before and to be done again, an ambush with a weapon;
 * - acute welfare by its parts: power or heat gone in the cold, nowhere to go at night.
 * Everyday uses of the same words (a doctor, a pet, sport, a game, a joke) are in `unless`.
 */

/** The speaker is not the one acting: no "jeg/eg/i" right before the verb. */
const NOT_SPEAKER_BEFORE = String.raw`(?<!\b(?:jeg|eg|je|e|i)\s)`;
/** Nor within two words before it ("jeg har tatt av meg"). */
const NOT_SPEAKER_NEAR = String.raw`(?<!\b(?:jeg|eg|je|e|i)\s+(?:\w+\s+){0,2})`;

/** A hand, a touch or a grope. */
const TOUCH = String.raw`(?:tar|tok|tek|la|legger|legg|stakk|stikker|putta|putter|puttet|kjente|kjenner|klemte|klemmer|tafser|tafsa|tafset|klar|kladde|kladd|famler|famla|famlet|gramser|gramsa|gramset|grafser|grafsa|beforte|beforer|befolte|befoler|rorte|rorer|strok|stryker|grabbed|grabs|touched|touches|put|puts|rubbed|rubs)`;
/** An intimate part of the speaker's body (folded), or the inside of their clothes. */
const INTIMATE = String.raw`(?:puppene|puppane|puppa|puppen|brysta|brystene|brystet mitt|rumpa|rompa|rumpe|baken|skrittet|skrevet|underlivet|tissen|fitta|pikken|kuken|dasen|larene|lara|laret mitt|mellom beina|mellom bena|beina mine|bena mine|lara mine|larene mine|mellom lara|mellom larene|innafor trusa|innenfor trusa|under trusa|under buksa|inni buksa|inn i buksa|oppi buksa|inni trusa|under skjorta|under genseren|under skjorte|breasts|boobs|butt|ass|crotch|between my legs|private parts|privates|under my (?:shirt|skirt|pants|clothes)|in my pants)`;
/** Care, a baby or a partner one likes: a touch that is no abuse. */
const TOUCH_CARE = String.raw`\b(?:lege\w*|legen|doktor\w*|helsesoster\w*|sykepleier\w*|jordmor\w*|undersok\w*|brystkreft|mammografi|kul|kuler|fysio\w*|massasje\w*|massor\w*|baby\w*|amme\w*|ammer|koselig\w*|likte det|liker det|deilig|digg|doctor|nurse|exam\w*|massage)\b`;

/** Someone on a pet, a child or in play: no abuse. */
const PLAY_OR_PET = String.raw`\b(?:hund\w*|katt\w*|kattepus|valp\w*|baby\w*|lillebror\w*|lillesoster\w*|nevo\w*|niese\w*|ungen|barnet|bryt\w*|slass|sloss|leik\w*|lek|leker|tull\w*|fleip\w*|haha\w*|lol|xd|dog|cat|puppy|wrestl\w*)\b`;

/** Adults with power over a young person (not parents, whose "don't tell" is usually a surprise). */
const ADULT = String.raw`(?:onkel\w*|stefar\w*|stemor\w*|fosterfar\w*|fostermor\w*|trener\w*|lerer\w*|lerar\w*|nabo\w*|voksen|vaksen|voksne|fetter\w*|bestefar\w*|morfar\w*|farfar\w*|en mann|ein mann|en eldre|ein eldre|coach|uncle|stepdad|stepfather|teacher|neighbou?r|adult)`;

/** Telling someone is forbidden, or threatened if one does. */
const MUST_NOT_TELL = String.raw`(?:(?:ikke|ikkje|aldri|never|not|ingen|nobody|no one)\s+(?:\w+\s+){0,3}(?:fa vite|fa vete|fa greie pa|fortelle|fortelje|si det|sei det|sladre|tell|know|find out)|(?:hvis|om|viss|dersom|if)\s+(?:jeg|eg|i)\s+(?:\w+\s+)?(?:forteller|fortel|fortelle|sier|seier|si|sladrer|tell|tells)\s+(?:det\s+|om det\s+)?(?:til\s+)?(?:noen|nokon|mamma|pappa|anyone|someone|andre|nokon)|(?:hemmelig\w*|hemmeleg\w*|secret))`;
/** What "we" do together, said without naming it. */
const WHAT_WE_DO = String.raw`(?:(?:det|hva|kva|what)\s+(?:vi|me|we)\s+(?:\w+\s+)?(?:gjor|gjer|gjorde|gjere|driver med|holder pa med|do|did|are doing)|(?:vi|me|we)\s+(?:\w+\s+)?(?:gjor|gjer|gjorde|do|did)\s+(?:sant|slikt|dette|det her|this|that|stuff like this|sant sammen|dette sammen))`;

/** A private situation in which the speaker was filmed or photographed. */
const PRIVATE_PLACE = String.raw`(?:dusj\w*|garderobe\w*|toalett\w*|don|dassen|badet|naken|nakne|uten kler|skiftet|skifta|skiftar|kledde av|sov|sovnet|sovna|var full|var dritings|sex|shower\w*|changing|naked|toilet|bathroom|asleep|undress\w*|passed out)`;
/** Images or a recording. */
const IMAGES = String.raw`(?:bilde\w*|bilete\w*|video\w*|film\w*|nudes?|nakenbild\w*|pics|photos|pictures)`;

/**
 * Being filmed or photographed: a story frame's "filmen" is then the recording of the speaker,
 * not a film on a screen (frames.ts asks this before it drops a match).
 */
export const SPEAKER_RECORDED =
  /\b(?:filmet|filma|filmer|filmar|fotograferte|fotografert|spilte inn|filmed|recorded)\s+(?:meg|me)\b|\b(?:tok|tatt|tek|took)\s+(?:\w+\s+)?(?:bilde\w*|bilete\w*|video\w*|pics|photos|pictures)\s+(?:av|of)\s+(?:meg|me)\b/;

/**
 * Someone else who has been given help or a place to stay, in a sentence where the speaker says
 * nothing of themself ("venninna mi ble slått, men hun har flyttet ut og fått hjelp", "men nå bor
 * hun hos oss"): a story that is over (a frame in frames.ts). Not when the help is denied ("men hun
 * har ikke fått hjelp") or the place is with the one who harms.
 */
export const HELPED_OTHER = String.raw`^(?![^.!?]*\b(?:jeg|eg|je|meg|i'm|im)\b)[^.!?]*\b(?:men|but)\s+(?:na\s+|no\s+|now\s+)?(?:(?:han|hun|ho|de|dei|he|she|they)\s+(?:har|hev|has|have)\s+(?!(?:\w+\s+){0,3}(?:ikke|ikkje|itj|aldri|not|never|enna|enno|yet)\b)(?:\w+\s+){0,4}(?:fatt|fenge|got)\s+(?:\w+\s+)?(?:hjelp|plass|bolig|husvere|help|a place)|(?:bor|lives|sover|sleeps|stays)\s+(?:han|hun|ho|de|dei|he|she|they)\s+(?:hos oss|with us|pa krisesenter\w*)|(?:han|hun|ho|de|dei|he|she|they)\s+(?:bor|lives|sover|sleeps|stays)\s+(?:hos oss|with us|pa krisesenter\w*))\b`;

/** A part of the body, the speaker's in a threat or an assault. */
const BODY = String.raw`(?:ansiktet|trynet|fjeset|fjeset|kjeften|hodet|hue|huet|skallen|nakken|nesa|nesen|tennene|kjeven|beina|bena|armene|armane|armen|fingrene|knea|kneskalene|ribbeina|ryggen|magen|oyet|oya|munnen|face|head|legs|arms|teeth|knees|ribs|jaw|neck)`;
/** An object used to hit, or a place one is slammed into. */
const HIT_WITH = String.raw`(?:beltet|belte|sleiva|sleiv|kosten|kosteskaftet|stekepanna|panna|skon|tofflen|ledningen|laderen|stokken|kjepp\w*|pinnen|knyttneven|neven|nevene|flaska|flaske|hammer\w*|hanger\w*|kleshenger\w*|belt|fist|bottle|stick)`;
const SLAMMED_INTO = String.raw`(?:veggen|vegg|bordet|benken|kjokkenbenken|kjokkenbordet|gulvet|golvet|bakken|doren|dora|dorkarmen|skapet|vasken|speilet|radiatoren|trappa|trappen|vinduet|ruta|ovnen|wall|floor|table|stairs|door|counter|sink)`;
/** Sport, a game or a joke: hitting, throwing and threats that are no violence. */
const SPORT_OR_JOKE = String.raw`\b(?:kamp\w*|trening\w*|fotball\w*|handball\w*|hockey\w*|basket\w*|bryt\w*|boksing\w*|sparring\w*|kampsport\w*|judo|karate|tekwondo|turnering\w*|mesterskap\w*|ball\w*|pucken|snoball\w*|uhell\w*|accident\w*|snublet|snubla|skled|datt|falt|haha\w*|hehe\w*|lol|xd|tull\w*|fleip\w*|game\w*|match|practice|argument\w*|poeng\w*)\b|\bi\s+${GAMES}\b`;

/** Harm to a body in a threat: to cut up, smash, break; or put one in hospital. */
/** Harm done to a part of the body ("knuse trynet mitt", "brekke beina dine"). */
const MAIM_BODY = String.raw`(?:knuse|knuser|brekke|brekker|knekke|knekker|smadre|smadrer|odelegge|odelegger|sla inn|slar inn|skjere opp|kutte opp|smash|break|cut up)`;
/** Harm that needs no body part to be a threat ("skjære meg opp", "knivstikke meg"). */
const MAIM_ME = String.raw`(?:skjere opp|kutte opp|sprette opp|knivstikke|smadre|cut up|stab)`;
/** A game or a joke (no sport: a threat "after training" is still a threat). */
const JOKE_OR_GAME = String.raw`\b(?:haha\w*|hehe\w*|lol|xd|tull\w*|fleip\w*|game\w*|spill\w*)\b|\bi\s+${GAMES}\b`;
const HOSPITAL = String.raw`(?:(?:sende|sender|legge|legger|fa|put|send|land)\s+(?:meg|me)\s+(?:pa|i|til|in|into|to)\s+(?:the\s+)?(?:sykehus\w*|sjukehus\w*|legevakt\w*|hospital|er|a&e|icu))`;

/** Fear: the speaker does not dare to go out, hides, is scared. */
const AFRAID = String.raw`(?:tor\s+(?:ikke|ikkje|itj|ikkj|ik)|tort\s+(?:ikke|ikkje)|redd|livredd|skremt|skrekkslagen|gjemmer meg|goymer meg|scared|afraid|terrified|hiding)`;

/** A weapon, or a blunt object carried to hurt (folded). */
const ARMED_WITH = String.raw`(?:kniv|kniven|kniver|jernror\w*|balltre\w*|hammer\w*|oks|oksa|brostein\w*|knogjern\w*|slagvapen\w*|batong\w*|kjetting\w*|pistol\w*|vapen|vapnet|gevar\w*|gever\w*|machete\w*|crowbar|brass knuckles|knife|gun|bat|pipe|metal pipe|iron bar)`;

/** Power, heat or water cut or broken. */
const UTILITY_OFF = String.raw`\b(?:strom|strommen|straum|straumen|varme|varmen|oppvarming\w*|fyring\w*|ovn|ovnen|ovnane|ovnene|panelovn\w*|varmepump\w*|fyren|power|electricity|heating|heat|heater)\s+(?:er\s+|ble\s+|vart\s+|blei\s+|har\s+|has\s+|is\s+|was\s+|got\s+)?(?:\w+\s+)?(?:stengt|avstengt|kuttet|kutta|borte|gatt|odelagt|odela|virker (?:ikke|ikkje)|funker (?:ikke|ikkje)|funkar (?:ikke|ikkje)|slatt av|skrudd av|cut off|shut off|broken|gone|turned off)\b`;
/** Cold that hurts (not "litt kaldt"). */
const HARD_COLD = String.raw`\b(?:minus|iskald\w*|iskaldt|fryser|frys|fraus|frose|kulda|kulde|freezing|hutrer|hakker tenner|sa kald|sa kaldt|so cold)\b`;
/** Nowhere to go, be or sleep. */
const NOWHERE = String.raw`\b(?:ingen|ikke noe|ikkje noko|ikke noen|ikkje nokon|nowhere|no)\s+(?:steder|sted|stad|stader|plass|plasser|place|where)\s+(?:a|to)\s+(?:ga|dra|vere|vera|sove|sova|bo|bu|overnatte|go|stay|sleep)\b`;
/** Tonight, at night, or out in the street now. */
const NIGHT_OR_OUT = String.raw`\b(?:i natt|inatt|i kveld|ikveld|om natta|om natten|midt pa natta|natta|klokka er|tonight|right now|at night|(?:sitter|star|er|ligger|gar|sitting|standing)\s+(?:\w+\s+){0,2}(?:ute|pa gata|pa stasjonen|pa oslo s|i parken|pa en benk|outside|on the street|at the station))\b`;

export const HARM_TOLD_PLAINLY_RULES: readonly RiskRule[] = [
  // ─── Sexual abuse told as acts ───────────────────────────────────────────────────────────────
  {
    id: 'abuse.told.intimate_touch',
    category: 'abuse',
    level: 'acute',
    pattern: r(
      String.raw`\b${NOT_SPEAKER_BEFORE}${TOUCH}\s+(?:(?:han|hun|ho|de|dei|he|she|they)\s+)?(?:\w+\s+){0,2}(?:pa|mellom|under|innunder|inn under|oppi|i|on|between|up|down)\s+(?:\w+\s+)?${INTIMATE}\b|\b${NOT_SPEAKER_BEFORE}${TOUCH}\s+(?:\w+\s+){0,2}(?:inn under|innunder|under|inn i|inni|oppi|ned i|into|inside|down)\s+(?:buksa|buksen|trusa|trusen|bhen|skjorta|genseren|kjolen)\s+(?:mi|min)\b|\b(?:touched|touches|grabbed|grabs|groped|gropes|rubbed)\s+my\s+(?:\w+\s+)?(?:breasts|boobs|butt|ass|crotch|private parts|privates|chest)\b|\b(?:klar|kladde|kladd|tafser|tafsa|tafset|famler|famla|gramser|gramsa|gramset|grafser|grafsa|groped|gropes|groping)\s+(?:\w+\s+)?(?:pa\s+|on\s+)?(?:meg|me)\b`,
    ),
    unless: r(String.raw`${TOUCH_CARE}|${PLAY_OR_PET}|\ber\s+klar\b|\bklar pa meg\s+(?:til|for)\b`),
  },
  {
    id: 'abuse.told.undressed_or_on_top',
    category: 'abuse',
    level: 'acute',
    pattern: r(
      String.raw`\b${NOT_SPEAKER_NEAR}(?:dro|dratt|drog|drar|rev|revet|reiv|river|trakk|trukket|kledde|tok|tatt|ripped|pulled|took)\s+(?:\w+\s+)?(?:av\s+meg\s+(?:\w+\s+)?(?:buksa|buksen|trusa|trusen|klerne|klea|kleda|bhen|bh|skjorta|kjolen|boxer\w*|undertoy\w*)|(?:off\s+)?my\s+(?:pants|clothes|underwear|shirt|skirt|bra)(?:\s+off)?)\b|\b(?:la|lagt|legger|ligger|lag|lay|lying|was)\s+(?:seg\s+)?(?:oppa|oppe pa|on top of)\s+(?:meg|me)\b`,
    ),
    unless: r(String.raw`${PLAY_OR_PET}|${TOUCH_CARE}|\b(?:hjalp|hjelpe|hjelper|helped)\b`),
  },
  {
    id: 'abuse.told.unable_to_say_no',
    category: 'abuse',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:vaknet|vakna|vakne|vakner|vaknar|woke)\s+(?:opp\s+|up\s+)?(?:av|med|til|to|and)\s+(?:at\s+)?(?:\w+\s+){0,3}(?:la oppa|lag oppa|var oppa|var inni|tok pa|rorte|beforte|tafset|tafsa|kledde av|dro av|hadde dratt|hadde tatt av|hadde handa|hadde hendene|was on top|on top of me|touching me|inside me|undress\w*)|\b(?:for full|sa full|dritings|drita|for rusa|for ruset|for dopa|bevisstlos|besvimt|husker (?:ikke|ikkje|bare|berre|lite)|asleep|passed out|blacked out|too drunk|so drunk|unconscious|don't remember|only remember)\b[^.!?]{0,60}\b(?:han|hun|ho|he|she|they|noen|nokon|someone)\s+(?:\w+\s+){0,2}(?:hadde sex|did stuff|did things|did something|gjorde ting|tok pa meg|rorte meg|beforte|tafset|kledde av|had sex|touched|la oppa|la seg oppa|lay on|was on top|var inni meg|var inne i meg|was inside me)|\b(?:tvang|tvinger|tvinga|tvingar|forced|forces)\s+(?:seg|himself|herself)\s+(?:pa|on)\s+(?:meg|me)\b|\b(?:did|done|doing|gjorde|gjort|hadde sex|had sex|la med|slept with)\b[^.!?]{0,60}\b(?:never said yes|didn't say yes|didnt say yes|never agreed|didn't consent|didnt consent|sa aldri ja|sa ikke ja|sa ikkje ja|ga (?:aldri|ikke|ikkje) lov|ikke samtykke\w*)`,
    ),
    unless: r(PLAY_OR_PET),
  },
  {
    id: 'abuse.told.kept_on_despite_resistance',
    category: 'abuse',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:fortsatte|fortsetter|heldt fram|holdt fram|holdt pa|ga seg ikke|ga seg ikkje|stoppet ikke|stoppa ikke|stoppa ikkje|kept going|didn't stop|didnt stop|wouldn't stop)\b[^.!?]{0,40}\b(?:selv om|sjol om|sjolv om|even though|though|when|mens|da)\s+(?:jeg|eg|i)\s+(?:\w+\s+){0,2}(?:dytta|dyttet|dytter|skjov|presset|pressa|pushed|tried to push|prov\w* a komme meg (?:los|unna|vekk)|tried to get away|grat|griner|gret|cried|ba\s+(?:han|ham|henne|ho)\s+(?:om a\s+)?(?:slutte|stoppe|ga))\b`,
    ),
    unless: r(
      String.raw`${PLAY_OR_PET}|${SPORT_OR_JOKE}|\b(?:kile\w*|kilte|kiling|tickl\w*|mas\w*|snakke\w*|prate\w*|ringe\w*|sende meldinger|spille\w*)\b`,
    ),
  },
  {
    id: 'abuse.told.unnamed_acts',
    category: 'abuse',
    level: 'concern',
    pattern: r(
      String.raw`(?<!\b(?:det|dette|den|som|it|that|this)\s)\b(?:gjorde|gjort|gjor|gjer|did|dos|done)\s+(?:\w+\s+)?(?:ting|sant|slikt|stuff|things)\s+(?:med|mot|ved|to)\s+(?:meg|me|kroppen min|my body)\b`,
    ),
    unless: r(
      String.raw`\b(?:fine|fint|morsomme|goye|koselige|artige|kule|mange|masse|alle mulige|fun|cool|nice|great|film\w*|musikk\w*|sang\w*|terapi\w*|trening\w*|reise\w*|tur\w*|opplevelse\w*|konsert\w*|medisin\w*|piller|the movie|music)\b`,
    ),
  },
  {
    id: 'abuse.told.adult_secrecy',
    category: 'abuse',
    level: 'concern',
    pattern: r(
      String.raw`\b${ADULT}\b[^.!?]{0,60}\b(?:sier|sa|seier|sei|ber|bad|truer|truet|trua|says|said|told|tells)\b[^.!?]{0,80}(?:\b${WHAT_WE_DO}\b[^.!?]{0,80}\b${MUST_NOT_TELL}|\b${MUST_NOT_TELL}\b[^.!?]{0,80}\b${WHAT_WE_DO}|\b(?:normalt|vanlig|helt greit|normal)\s+(?:at\s+|that\s+)?(?:vi|me|we)\s+(?:gjor|gjer|do))\b|\b(?:secret\w*|hemmelig\w*|hemmeleg\w*|keep quiet|(?:ikke|ikkje|aldri|not|never)\s+(?:\w+\s+)?(?:si|sei|fortelle|fortelje|tell))\b[^.!?]{0,40}\b(?:what|det|hva|kva)\s+(?:he|she|they|han|hun|ho)\s+(?:dos|did|do|gjor|gjer|gjorde)\s+(?:to|with|med|mot)\s+(?:me|meg)\b|\b(?:han|hun|ho|de|dei|he|she|they|${ADULT})\s+(?:\w+\s+)?(?:sa|sier|seier|said|says|told me|tells me)\s+(?:at\s+|that\s+)?(?:ingen|nobody|no one)\s+(?:\w+\s+)?(?:vil|ville|kommer til a|kom til a|kjem til a|would|will|is going to)\s+(?:\w+\s+)?(?:tro|believe)\s+(?:pa\s+)?(?:meg|me|deg|you)\b(?!\s+(?:selv|sjol|sjolv|self))`,
    ),
    unless: r(
      String.raw`\b(?:bursdag\w*|gave\w*|presang\w*|overrask\w*|surprise|present|kake\w*|fest\w*|party|tror pa meg selv|tror pa deg selv|believe in yourself|believe in myself)\b`,
    ),
  },
  {
    id: 'abuse.told.shut_out_in_cold',
    category: 'abuse',
    level: 'concern',
    pattern: r(
      String.raw`\b${FAMILY}\s+(?:\w+\s+)?(?:stenger|stengte|stengde|laser|laste|sperrer|sperret|locked|locks|shuts|shut)\s+meg\s+(?:ute|out)\b(?!\s+(?:av|fra|of|from)\b)[^.!?]{0,50}\b(?:kulda|kulde|kaldt|minus|natta|natt|nettene|cold|night|snon|snow|balkongen|uten jakke|uten sko|without (?:a )?(?:jacket|coat))\b`,
    ),
    unless: r(JOKE_OR_GAME),
  },
  // ─── Images: filmed where undressed; money demanded against images ───────────────────────────
  {
    id: 'abuse.told.filmed_private',
    category: 'abuse',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:filmet|filma|filmer|filmar|fotograferte|fotografert|spilte inn|filmed|recorded|(?:tok|tatt|took)\s+(?:\w+\s+)?(?:bilde\w*|bilete\w*|video\w*|pics|photos|pictures)\s+(?:av|of))\s+(?:meg|me)\b[^.!?]{0,40}\b${PRIVATE_PLACE}\b|\b(?:skjult|skjulte|hidden)\s+(?:kamera\w*|camera\w*)\b[^.!?]{0,60}\b(?:dusj\w*|garderobe\w*|badet|toalett\w*|rommet mitt|soverommet|shower|bathroom|my room)\b`,
    ),
  },
  {
    id: 'abuse.told.sexual_images_sent',
    category: 'abuse',
    level: 'concern',
    pattern: r(
      String.raw`\b(?:sendte|sender|sendt|sent|sends|viste|viser|showed)\s+(?:meg\s+|me\s+)?(?:\w+\s+){0,2}(?:bilde\w*|bilete\w*|video\w*|pics?|photos?|snap\w*)\s+(?:av|of)\s+(?:pikken|kuken|tissen|dasen|penisen|seg selv naken|seg sjol naken|seg naken|his dick|his penis|himself naked)\b|\bdick ?pics?\b`,
    ),
  },
  {
    id: 'abuse.told.pay_or_images',
    category: 'abuse',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:penger|pengar|kroner|kr|vipps\w*|betale|betal|betaler|money|pay|bitcoin|gavekort\w*|\d+\s*(?:kr|kroner|nok|dollar))\b[^.!?]{0,60}\b(?:ellers|eller sa|hvis ikke|viss ikkje|om ikke|or else|otherwise|or)\b[^.!?]{0,40}\b(?:sender|deler|legger ut|sprer|poster|send|share|post|leak|viser)\s+(?:\w+\s+){0,3}${IMAGES}|\b(?:sender|deler|legger ut|sprer|poster|send|share|post|leak)\s+(?:\w+\s+){0,3}${IMAGES}\b[^.!?]{0,60}\b(?:hvis|om|viss|dersom|if|unless)\s+(?:jeg|eg|i)\s+(?:ikke|ikkje|don't|dont)?\s*(?:betaler|betale|vippser|pay|send\w* penger)`,
    ),
    unless: r(
      String.raw`\b(?:svindel\w*|scam\w*|pakke\w*|faktura\w*|regning\w*|abonnement\w*|fotograf\w*|bryllup\w*)\b`,
    ),
  },
  // ─── Violence told as an event ──────────────────────────────────────────────────────────────
  {
    id: 'violence.told.breath_stopped',
    category: 'violence',
    level: 'acute',
    pattern: r(
      String.raw`\b${NOT_SPEAKER_BEFORE}(?:tok|tar|tek|grep|griper|greip|klemte|klemmer|klemde|holdt|holder|presset|pressa|trykket|trykka|strammet|strama|grabbed|squeezed|put)\s+(?:meg\s+|his hands\s+|her hands\s+|hands\s+)?(?:hardt\s+)?(?:rundt|om|rundt om|i|around|round)\s+(?:halsen|strupen|my neck|my throat)(?:\s+(?:min|mi|pa meg))?\b|\b(?:kvelertak|strupetak)\s+pa\s+meg\b|\b(?:grabbed|squeezed|choked)\s+my\s+(?:throat|neck)\b|\b${NOT_SPEAKER_BEFORE}(?:trykket|trykka|trykte|trykker|holdt|holder|presset|pressa|presser|la|legger|held|pressed|put)\s+(?:ei\s+|en\s+|a\s+)?(?:puta|puten|pute|dyna|handa|hendene|a pillow|his hand|her hand)\s+over\s+(?:ansiktet mitt|munnen min|nesa mi|fjeset mitt|my face|my mouth)\b|\b${NOT_SPEAKER_BEFORE}(?:holdt|holder|presset|pressa|dytta|dyttet|tvang|held|pushed|forced)\s+(?:hodet mitt|hue mitt|ansiktet mitt|my head|my face)\s+(?:ned\s+)?under\s+(?:vann|vannet|vatnet|water|the water)\b`,
    ),
    unless: r(
      String.raw`\b(?:klem\w*|hug\w*|kyss\w*|kjede\w*|smykke\w*|skjerf\w*|slips|lege\w*|sykepleier\w*|vondt i halsen|sar hals|halsbetennelse|forkjol\w*|reiste meg|sto opp|stod opp|blodtrykk\w*|dehydr\w*)\b|${SPORT_OR_JOKE}`,
    ),
  },
  {
    id: 'violence.told.slammed_or_hit_with',
    category: 'violence',
    level: 'acute',
    pattern: r(
      String.raw`\b${NOT_SPEAKER_BEFORE}(?:dunket|dunka|dunker|slo|slar|slengte|slengt|slenger|smalt|smeller|smelte|kastet|kasta|kaster|dyttet|dytta|dytter|presset|pressa|banket|banka|knuste|slammed|smashed|banged|pushed|shoved|threw)\s+(?!(?:jeg|eg|je|i)\b)(?:\w+\s+)?(?:hodet mitt|hue mitt|huet mitt|ansiktet mitt|trynet mitt|fjeset mitt|meg|my head|my face|me)\s+(?:\w+\s+)?(?:i|mot|inn i|ned i|ned|into|against|down)\s+(?:\w+\s+)?${SLAMMED_INTO}\b|\b${NOT_SPEAKER_BEFORE}(?:slo|slar|slatt|banket|banka|denget|denga|piska|pisket|pisker|hit|hits|beat|beats|whipped)\s+(?!(?:jeg|eg|je|i)\b)(?:\w+\s+)?(?:meg|me)\s+(?:\w+\s+)?(?:med|with)\s+(?:\w+\s+)?${HIT_WITH}\b|\b${NOT_SPEAKER_BEFORE}(?:slo|slar|sparket|sparka|sparker|dunket|dunka|kicked|punched|hit)\s+(?!(?:jeg|eg|je|i)\b)(?:\w+\s+)?(?:meg|me)\s+(?:\w+\s+)?(?:i|pa|in|on)\s+(?:\w+\s+)?${BODY}\b|\b${NOT_SPEAKER_BEFORE}(?:trakket|trakka|trakker|trampet|trampa|tramper|stampet|stampa|hoppet|hoppa|stomped|stamped)\s+pa\s+(?:(?:hodet|hue|ansiktet|magen|ryggen|handa|hendene|fingrene)\s+(?:mitt|min|mi|mine)|my head|my face|my hands?|my fingers)\b|\b${FAMILY}\s+(?:\w+\s+)?(?:biter|beit|klyper|klop|klorer|lugger|river|spytter pa|kaster ting pa|bites|pinches|scratches)\s+meg\b[^.!?]{0,30}\b(?:nar|hver gang|when|whenever)\s+(?:han|hun|ho|de|dei|he|she|they)\s+(?:\w+\s+)?(?:er|blir|e|vert|is|gets)\s+(?:sint|sur|full|forbanna|drita|rusa|fyllesyk|angry|mad|drunk|high)\b`,
    ),
    unless: r(String.raw`${SPORT_OR_JOKE}|${PLAY_OR_PET}|\b(?:hest\w*|kua|dyr\w*)\b`),
  },
  // ─── Threats received ──────────────────────────────────────────────────────────────────────
  {
    id: 'violence.told.threat_to_body',
    category: 'violence',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:sa|sier|seier|sei|skrev|skriver|sendte|truet|truer|trua|lovet|lova|said|says|wrote|texted|swore|threatened)\s+(?:at\s+|that\s+)?(?:\w+\s+){0,2}(?:skal|ska|sko|kommer til a|kjem til a|vil|will|'ll|ll|would|'d|gonna|is going to|are going to)\s+(?:\w+\s+){0,2}(?:${MAIM_BODY}\s+(?:\w+\s+)?${BODY}\s+(?:mitt|min|mi|mine|dine|ditt|di)\b|${MAIM_BODY}\s+my\s+${BODY}|${MAIM_ME}\s+(?:meg|me)\b|${HOSPITAL}\b)|\b(?:he|she|they)'?(?:ll|d)\s+(?:${MAIM_BODY}\s+my\s+${BODY}|${MAIM_ME}\s+me\b|${HOSPITAL})|\b(?:truer|truet|trua|truar|truga|trugar|threaten\w*)\s+(?:med\s+)?(?:a\s+|to\s+)?[^.!?]{0,50}\b(?:banke|denge|drepe|skade|knivstikke|kverke|beat|kill|hurt|stab)\s+(?:meg|me)\b`,
    ),
    unless: r(
      String.raw`${SPORT_OR_JOKE}|\b(?:banen|bana|finale\w*|spiller|spelar|spille|runde\w*|konkurranse\w*|quiz\w*|tannleg\w*|lege\w*|frisor\w*|hest\w*|blodprov\w*|undersok\w*|sjekk\w*|kontroll\w*|operasjon\w*|innlegg\w*|for a ta)\b`,
    ),
  },
  {
    id: 'violence.told.threat_message',
    category: 'violence',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:melding\w*|sms\w*|dm|snap\w*|kommentar\w*|skrev|sendte|nummer|message\w*|texted|text|wrote|sent)\b[^.!?]{0,80}\b(?:vet hvor du bor|veit kor du bur|vet kor du bor|veit kvar du bur|vet hvor du bur|we know where you live|(?:du er|du e|you'?re|you are)\s+(?:dod|daud|dead)\s+(?:i morgen|i morra|i morgon|i kveld|i natt|neste gang|nar|tomorrow|tonight|next time|when)|du\s+(?:skal|kommer til a|kjem til a)\s+(?:do|doy)\b|you'?re going to die|vi kommer (?:etter|for) deg|we'?re coming for you)`,
    ),
    unless: r(String.raw`${JOKE_OR_GAME}|\b(?:bursdag\w*|pakke\w*|pizza\w*|overrask\w*|besok\w*|kake\w*)\b`),
  },
  {
    id: 'violence.told.address_exposed',
    category: 'violence',
    level: 'concern',
    pattern: r(
      String.raw`\b(?:lagt ut|la ut|legger ut|delt|deler|delte|spredt|sprer|posted|shared|leaked)\s+(?:\w+\s+)?(?:adressen min|adressa mi|adressen var|hvor jeg bor|kvar eg bur|my address|where i live)\b[^.!?]{0,60}\b(?:skal|ska|kommer til a|kjem til a|vil|will|gonna|going to)\s+(?:\w+\s+)?(?:komme|kome|finne|oppsoke|ta|come|find|get)\b`,
    ),
    unless: r(
      String.raw`${JOKE_OR_GAME}|\b(?:finn|finn\.no|annonse\w*|pakke\w*|levere\w*|hente\w*|kjoper\w*|selge\w*|bursdag\w*|fest\w*|besok\w*)\b`,
    ),
  },
  {
    id: 'violence.told.they_will_get_me',
    category: 'violence',
    level: 'concern',
    pattern: r(
      String.raw`\b(?:skal|ska|sko|kommer til a|kjem til a|vil|gonna|going to|will|'ll)\s+(?:\w+\s+)?(?:ta|fa tak i|get|jump)\s+(?:meg|me)\b(?!\s+(?:med|inn|opp|ut|imot|i mot|i handa|i hand|pa ordet|sammen|tid|fri|en pause|with|along|out|to the|home))[^.!?]{0,60}\b${AFRAID}\b|\b${AFRAID}\b[^.!?]{0,60}\b(?:skal|ska|sko|kommer til a|kjem til a|vil|gonna|going to|will|'ll)\s+(?:\w+\s+)?(?:ta|fa tak i|get|jump)\s+(?:meg|me)\b(?!\s+(?:med|inn|opp|ut|imot|i mot|i handa|pa ordet|sammen|tid|fri|en pause|with|along|out|home))`,
    ),
    unless: r(
      String.raw`${JOKE_OR_GAME}|\b(?:politi\w*|vakt\w*|kontroll\w*|billett\w*|tyv\w*|tagg\w*|bildet|bilde|foto\w*|selfie|kino|tur)\b`,
    ),
  },
  // ─── The speaker's own violence: again, or planned with a weapon ────────────────────────────
  {
    id: 'violence.told.again',
    category: 'violence',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:jeg|eg|je|e|i|i've|ive)\s+(?:har\s+|have\s+|hadde\s+)?(?:\w+\s+)?(?:banka|banket|juling|denget|denga|slatt ned|slo ned|slatt ihjel|knivstakk|knivstukket|stakk ned|stukket ned|brakk nesa|knakk|beat up|beaten up|stabbed|knocked out|beat the shit)\b[^?!]{0,80}\b(?:gjore|gjere|gjor|gjer|do|doing)\s+(?:det|dette|it|that|the same|det samme)\s+(?:igjen|att|pa nytt|en gang til|ein gong til|again|once more)\b`,
    ),
    unless: r(SPORT_OR_JOKE),
  },
  {
    id: 'violence.told.armed_plan',
    category: 'violence',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:planlagt|planlegger|planla|har tenkt|skal|ska|kommer til a|vil|venter pa|going to|gonna|planning to|planned to)\s+(?:a\s+|to\s+)?(?:\w+\s+){0,2}(?:ta|ta igjen|hoppe pa|jumpe|angripe|overfalle|sla|banke|get|jump|attack)\s+(?:ham|han|henne|ho|dem|dei|him|her|them)\b(?!\s+(?:med|i|pa|with|in|at)\s+(?:pa|til|\w*spill\w*|${GAMES}|badminton|tennis|kino|tur))[^.!?]{0,80}\b${ARMED_WITH}\b|\b(?:har med|har med meg|tar med|tek med|bringing|brought|got)\s+(?:meg\s+)?(?:en\s+|ein\s+|ei\s+|et\s+|a\s+)?${ARMED_WITH}\b[^.!?]{0,80}\b(?:ta|ta igjen|hoppe pa|banke|sla|get|jump|attack)\s+(?:ham|han|henne|dem|dei|him|her|them)\b(?!\s+(?:med|with))|\b${ARMED_WITH}\b[^.!?]{0,60}\b(?:use it on|bruke (?:den|det|han|ho) pa)\s+(?:him|her|them|han|ham|henne|dem|dei)\b`,
    ),
    unless: r(
      String.raw`\b(?:kjokken\w*|middag\w*|mat\w*|verktoy\w*|snekker\w*|rorlegger\w*|jobb\w*|hytte\w*|hage\w*|tur\w*|jakt\w*|speider\w*)\b|${JOKE_OR_GAME}`,
    ),
  },
  // ─── Acute welfare by its parts ─────────────────────────────────────────────────────────────
  {
    id: 'welfare.told.no_heat_in_cold',
    category: 'welfare',
    level: 'concern',
    pattern: r(String.raw`${UTILITY_OFF}[^?!]{0,120}${HARD_COLD}|${HARD_COLD}[^?!]{0,120}${UTILITY_OFF}`),
    unless: r(
      String.raw`\b(?:pizza\w*|mat|maten|middag\w*|kake\w*|brod\w*|bake\w*|steik\w*|stearinlys|kos\w*|hytt\w*|tur\w*|telt\w*|fikser|fikses|reparer\w*|kommer i morgen|kommer i dag|kommer snart|bestilt|i en time|noen minutter|i ukraina|i krigen)\b|\b(?:elektriker\w*|rorlegger\w*|huseier\w*)\s+(?:kommer|fikser|ordner)\b`,
    ),
  },
  {
    id: 'welfare.told.left_alone_without',
    category: 'welfare',
    level: 'concern',
    pattern: r(
      String.raw`\b(?:mamma|pappa|mor|far|mora mi|faren min|moren min|foreldrene mine|foreldra mine|mum|mom|dad|my parents)\s+(?:\w+\s+)?(?:har vert borte|har vore borte|er borte|har ikke kommet hjem|har ikkje kome heim|forsvant|stakk|has been gone|hasn't come home|hasnt come home|left)\b[^?!]{0,80}\b(?:alene|aleine|aleina|uten penger|utan pengar|ingen penger|ingen pengar|ikke noe mat|ikkje noko mat|ingen mat|tom for mat|alone|no money|no food)\b`,
    ),
    unless: r(
      String.raw`\b(?:ferie\w*|tur|turen|reise\w*|jobb\w*|kurs\w*|hytt\w*|konsert\w*|helg\w*|kveld\w*|i kveld|holiday|trip|work|vokste opp|vokste eg opp|grew up|years ago)\b|\b(?:da|when)\s+(?:jeg|eg|i)\s+(?:var|was)\s+(?:liten|lita|lite|small|little|\d+)\b|\bfor\s+\w+\s+ar\s+siden\b`,
    ),
  },
  {
    id: 'welfare.told.nowhere_at_night',
    category: 'welfare',
    level: 'concern',
    pattern: r(String.raw`${NOWHERE}[^?!]{0,80}${NIGHT_OR_OUT}|${NIGHT_OR_OUT}[^?!]{0,80}${NOWHERE}`),
    unless: r(
      String.raw`\b(?:sover|sov|bor|overnatter)\s+(?:han|hun|ho|de|dei)\s+hos\b|\b(?:han|hun|ho|de|dei)\s+(?:sover|sov|bor|overnatter|fikk sove|far sove)\s+hos\b|\b(?:spill\w*|game\w*|minecraft|film\w*|serie\w*|telt\w*|tur\w*|festival\w*)\b`,
    ),
  },
];
