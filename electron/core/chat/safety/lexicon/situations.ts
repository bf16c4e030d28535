/**
 * Risk rules for situations (part of layer 1, with lexicon.ts; same RiskRule shape, same folded
 * spelling): where lexicon.ts reads what a person says about wishes and acts, these read where a
 * person is and what is around them, because many crisis messages name no wish at all:
 *
 * - being at a height, a bridge, the tracks or the water with a sign of danger ("sitter ytterst
 *   på kanten og ser ned"), a rope or a car used as a means, means being gathered;
 * - farewells said without the word ("tilgi meg for det jeg skal gjøre"), hidden wounds;
 * - stalking, a drunk and violent parent, being locked in or beaten at home, sexual abuse said
 *   without the word, an attack planned on a school;
 * - acute welfare: homeless, sleeping where one cannot live, no money for food.
 *
 * Every rule names a class of situations by its parts (a place, a verb of being there, a sign),
 * each part filled by many words in bokmål, nynorsk, dialect and English; everyday contexts that
 * own the same words (work on a roof, a train to work, fishing on the ice, a washing line) are
 * listed in `unless`. A story on a screen or a page and the news are not: they are the shared
 * frames (lexicon/frames.ts), applied to every rule by the dispatcher. The rules never contain or produce method details; they only detect.
 */
import { r, type RiskRule } from './rule.js';
import { LIVING_MANNER } from './suicidePlain.js';
import { A_FALL, EVERYDAY_TRAP, RECOVERED_OTHER } from './tokens.js';

const BE_THERE = String.raw`(?:star|sto|stod|statt|sta|star|sitter|satt|sittet|sitti|ligget|sit|sitte|ligger|la|ligg|ligge|er|e|gar|gikk|gatt|ga|klatra|klatret|klatre|kjort|kjorte|kjorer|standing|sitting|lying|walking|went|climbed|am|i'm|im)`;
const HIGH_PLACE = String.raw`(?:bru\w*|bro|broa|bron|bridge|taket|roof|rooftop|kanten|edge|ledge|stupet|stup|cliff|rekkverk\w*|railing|balkong\w*|balcony|parkeringshus\w*|toppen|fjellkant\w*|utsiktspunkt\w*|kaikant\w*)`;
/** Signs of danger at a height: looking down ("stått på brua og sett ned"), leaning over, the edge, a jump, no one knowing. */
const DANGER_SIGN = String.raw`(?:(?:sett|ser|sa|kikka|kikket|kikker|stirret|stirra|stirrer|glodde|glor|looked|looking|staring|stared)\s+(?:\w+\s+)?ned\b|ned pa|ned i|ned mot|nedover|down at|down to|hoppe|hopp|hoppa|hopper|jump|jumping|ytterst|utsiden|on the outside|lener meg|leaning|dingler|ta steget|det siste steget|langt ned|asfalten|vannet under|the water below|ingen vet at|ingen veit at|nobody knows)`;
const RAILS = String.raw`(?:skinne\w*|skinna|togskinne\w*|togskinna|jernbane\w*|jernbanespor\w*|sporet|spora|tracks|rails|train tracks|railway)`;
const WATER = String.raw`(?:sjon|havet|vannet|vatnet|elva|elvi|fjorden|isen|innsjon|fossen|dypet|the sea|the water|the river|the lake|the ice|the ocean)`;
const NO_RETURN = String.raw`(?:og ikke|og ikkje|og aldri|aldri|ikke (?:snu|komme|kome)|ikkje (?:snu|kome)|not coming back|never|for godt|for alltid|forever|fortsette|fortsetje|keep (?:going|walking)|til jeg|til eg|until|ingen ser|nobody)`;
const PILLS = String.raw`(?:pill\w*|tablett\w*|medisin\w*|sovemedisin\w*|sovepill\w*|sovetablett\w*|paracet\w*|paralgin\w*|ibux|antidepressiv\w*|meds|pills|painkillers)`;
const PARENT = String.raw`(?:mamma|pappa|mor|far|faren|moren|mora|fatter'?n|mutter'?n|stefar\w*|stemor\w*|stefaren|stemora|foreldr\w*|dad|mom|mum|father|mother|stepdad|stepmom)`;
const DRUNK = String.raw`(?:full|fulle|drukket|drikker|drikk|drakk|drink\w*|drunk|ruset|rusa|fylla|fyller|fyll)`;
const HARM_AT_HOME = String.raw`(?:voldelig|valdeleg|violent|farlig|farleg|dangerous|slar|slo|sla|hits|hit|kaster|kasta|kastar|skriker|truer|trua|truet|redd|livredd|scared|gjemme|gjemmer|gjomme|hide|hiding|lase oss|laser oss|last oss|dytter|sparker|kveler|lugger)`;
const OTHER_ONE = String.raw`(?:han|hun|ho|eksen|eksen min|en fyr|ein fyr|noen|nokon|ei|en mann|ein mann|mannen|typen|kjeresten|he|she|someone|a guy|my ex)`;
const PLACE_I_LIVE = String.raw`(?:vinduet|doren|dora|doa|huset|leiligheten|blokka|hybelen|jobben|skolen|skulen|window|door|house|my place|my work|school|work)`;
// Everyday things done at a height (work, photos, trips, fishing). A story on a screen or a page,
// and the news, are the shared frames (lexicon/frames.ts), not this rule's own guard.
const EVERYDAY_HEIGHTS = String.raw`\b(?:jobb\w*|stillas\w*|snomak\w*|make|maker|makte|takrenne\w*|reparer\w*|bilde\w*|foto\w*|selfie\w*|utsikten er|tur\w*|ferie\w*|turist\w*|fiske\w*|fiska|bade|badet|bading|hoydeskrekk|redd for hoyder|klatring|klatrevegg\w*|filmet|filma|grill\w*|stjerne\w*|solnedgang\w*|sunset)\b`;

export const SITUATION_RULES: readonly RiskRule[] = [
  // ─── Suicide: places and means ───────────────────────────────────────────────────────────────
  {
    id: 'suicide.place.height',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b${BE_THERE}\s+(?:\w+\s+){0,4}(?:pa|ved|oppa|oppe pa|ytterst pa|utenfor|utsiden av|on|at|by|over)\s+(?:\w+\s+){0,2}${HIGH_PLACE}\b[^.!?]{0,60}\b${DANGER_SIGN}\b|\b${DANGER_SIGN}\b[^.!?]{0,40}\b${BE_THERE}\s+(?:\w+\s+){0,3}(?:pa|ved|oppa|ytterst pa|on|at)\s+(?:\w+\s+){0,2}${HIGH_PLACE}\b`,
    ),
    unless: r(EVERYDAY_HEIGHTS),
  },
  {
    id: 'suicide.place.rails',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:sitter|satt|ligger|la|star|sto|gar|gikk|gatt|sit|ligg|sitting|lying|standing|walking)\s+(?:\w+\s+){0,3}(?:pa|ved|langs|mellom|ut pa|on|by|along|next to)\s+(?:\w+\s+)?${RAILS}\b|\b(?:ga|gar|gatt|gikk|hoppe|hopper|kaste meg|legge meg|step|jump|walk)\s+(?:\w+\s+){0,2}(?:ut\s+)?foran\s+(?:\w+\s+)?(?:toget|tog|t-banen|t banen|t-bane|banen|trikken|bussen|lastebilen|traileren|a train|the train|a bus|a truck)\b`,
    ),
    unless: r(
      String.raw`\b(?:jobb\w*|arbeid\w*|forsinket|forseinka|stengt|buss for tog|pendl\w*|togvert\w*|konduktor\w*|nesten|holdt pa|almost|modelltog\w*)\b`,
    ),
  },
  {
    id: 'suicide.place.water',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:ga|gar|gikk|gatt|vasse|vasser|svomme|svommer|kaste meg|kaster meg|hoppe|hoppa|hopper|walk\w*|swim\w*|jump\w*)\s+(?:\w+\s+){0,2}(?:ut\s+)?(?:i|pa|uti|into|off|in|out into|out on)\s+(?:den\s+\w+\s+|the\s+\w+\s+)?${WATER}\b[^.!?]{0,60}\b${NO_RETURN}|\b(?:drukne|drukna|drukner|druknar|druknet|drown|drowning|drowned)\s*(?:meg|myself|seg|[.!?]|$)|\b(?:a|to)\s+(?:drukne|drown)\b(?!\s+i\b)|\bsynke\s+til\s+bunns\b`,
    ),
    unless: r(
      String.raw`\b(?:fisk\w*|pilk\w*|bad\w*|vinterbad\w*|skoyt\w*|tur\w*|livredning\w*|redde|redda|rescue\w*|som drukner|som druknet|som druknar|kurs\w*|ferie\w*|ulykke\w*|nesten|holdt pa|almost|redd for|hunden|katten|lekser|arbeid|jobb\w*)\b`,
    ),
  },
  {
    id: 'suicide.means.rope',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:knytt\w*|laget|lagd|lage)\s+(?:en\s+|ei\s+|a\s+)?(?:lokke|noose)\b|\bnoose\b|\b(?:tau|tauet|reip|reipet|rope|belte|beltet|ledning\w*|kabel\w*|skjerf\w*)\b[^.!?]{0,60}\b(?:bjelke\w*|krok\w*|stanga|takbjelke\w*|tale vekta|taler vekta|tale vekten|holder vekta|hook|beam|what it's for|what its for|hva (?:jeg skal bruke det|det er) til|kva (?:eg skal bruke det|det er) til)|\b(?:bjelke\w*|krok\w*|stanga|takbjelke\w*|hook|beam)\b[^.!?]{0,40}\b(?:holder|taler|tale|hold|vekta mi|vekten min|my weight)\b`,
    ),
    unless: r(
      String.raw`\b(?:klesvask\w*|klesnor\w*|bat\w*|klatr\w*|tautrekking|telt\w*|camping|bilde\w*|gardin\w*|lampe\w*|hengekoy\w*|huske\w*|lader\w*|gym\w*|trening\w*|boksesekk\w*|pull ?up\w*|hylle\w*|jakke\w*)\b`,
    ),
  },
  {
    id: 'suicide.means.car',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:kjore|kjorer|koyre|koyrer|styre|styrer|svinge|svingt|svinger|vri rattet|drive|driving|crash\w*|swerve\w*)\b[^.!?]{0,40}\b(?:inn i|rett i|i|mot|utfor|ut i|ut over|over i|into|off)\s+(?:\w+\s+){0,2}(?:vegg\w*|betongvegg\w*|fjellvegg\w*|trailer\w*|lastebil\w*|motgende|autovern\w*|stup\w*|kaia|kaikant\w*|fjorden|sjon|elva|et tre|treet|a wall|a tree|oncoming|a truck|cliff)`,
    ),
    unless: r(
      String.raw`\b(?:nesten|holdt pa|uhell\w*|glatt\w*|sno\w*|elg\w*|accident\w*|almost|kollisjon\w*|forsikring\w*|verksted\w*|spill\w*|game\w*|gta|forza)\b`,
    ),
  },
  {
    id: 'suicide.means.gathered',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:spart|spare|sparer|samlet|samla|samler|hamstret|hamstra|hamstrer|gjemt|gjomt|gjemmer|stockpil\w*|saving up|saved up|hoard\w*)\s+(?:\w+\s+){0,3}${PILLS}|\bnok\s+(?:\w+\s+){0,2}${PILLS}\b[^.!?]{0,40}\b(?:til at det holder|liggende|liggjande|gjemt|gjomt|enough to)\b|\b(?:kjopt|kjopte|bought)\s+(?:\w+\s+){0,2}${PILLS}\s+(?:\w+\s+){0,3}(?:flere|forskjellige|ulike|tre|fire|fem|several|different)\s+(?:butikker|apotek\w*|stores|shops|pharmacies)`,
    ),
    unless: r(
      String.raw`\b(?:resept\w*|reise\w*|ferie\w*|turen|apoteket sa|legen sa|doseske\w*)\b|\blevere\s+(?:\w+\s+){0,2}(?:inn|tilbake|pa apotek\w*)|\bgamle\s+(?:medisin\w*|piller|pillene|tablett\w*)|\b(?:for|fra|unna)\s+(?:lillebror|lillesoster|barna|ungene|smabarn\w*|babyen|the kids)\b|\bhoyt oppe\b`,
    ),
  },
  // ─── Suicide: farewells without the word ────────────────────────────────────────────────────
  {
    id: 'suicide.farewell.unsaid',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:tilgi|forgive)\s+(?:meg|me)\s+(?:for\s+)?(?:det\s+|what\s+)?(?:jeg|eg|i'm|i am|im|i)\s+(?:skal|ska|kommer til a|ma|about to|going to|gonna)\b|\b(?:si|sei|fortell|tell|sendt\s+(?:\w+\s+)?melding\w*|sendte\s+(?:\w+\s+)?melding\w*|skrevet|skreiv|skrev|texted|messaged)\s+(?:til\s+)?(?:mamma|pappa|mor|far|familien|alle|dem|dei|my mom|my dad|my family|them|everyone)\s+(?:at\s+|that\s+)?(?:jeg|eg|i)\s+(?:er\s+|am\s+|was\s+|'m\s+)?(?:glad i|lei meg|elsket|elsker|love|loved|sorry)\b|\b(?:si|sei|fortell|tell)\s+(?:til\s+)?\w+\s+(?:at\s+|that\s+)?(?:hun|han|ho|de|dei|she|he|they)\s+(?:kan|skal|can|should)\s+(?:fa|arve|have|get)\s+(?:\w+\s+)?(?:mitt|min|mine|mi|my)\b|\b(?:hun|han|ho|de|dei)\s+(?:kan|skal)\s+(?:fa|arve)\s+(?:rommet|tingene|klerne|alt)\s+(?:mitt|mine|mi|min)\b|\b(?:pass pa|ta vare pa|take care of)\s+(?:\w+\s+){0,3}(?:nar|etter at|when|after)\s+(?:jeg|eg|i)\s+(?:er borte|er gatt|er dod|dor|har gatt|am gone|'m gone|die)\b|\bha\s+et\s+(?:fint|godt)\s+liv\b|\bhave\s+a\s+(?:good|nice|great)\s+life\b`,
    ),
    unless: r(String.raw`\b(?:ferie\w*|reise\w*|tur\w*|bortreist|helga|hytta|vacation|trip|kurs\w*|jobb\w*)\b`),
  },
  // ─── Suicide: said without the word ─────────────────────────────────────────────────────────
  {
    id: 'suicide.wish_harmed_by_chance',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:haper|hapar|onsker|onskjer|onske|wish|hope|hoping|ber om at|bryr meg ikke om|bryr meg ikkje om|ville ikke brydd meg om|hadde vert (?:fint|greit|deilig|ok|det samme) om|don't care if|wouldn't mind if|(?:hadde|ville|skulle)\s+(?:ikke|ikkje|itj)\s+(?:gjort|brydd meg|hatt noe imot|hatt noko imot|vert noe|vert noko|mye|spilt noen rolle)(?:\s+(?:noe|noko|no|meg))?\s+(?:om|hvis|viss|dersom|at)|(?:det\s+)?(?:gjor|gjer)\s+(?:meg\s+)?(?:ikke|ikkje|itj)\s+(?:noe|noko|no)\s+(?:om|hvis|viss|dersom)|(?:spiller|spelar)\s+(?:ingen|inga)\s+rolle\s+(?:om|hvis|viss)|(?:wouldn't|would not|dosn't|dos not)\s+(?:matter|bother me|be (?:so |that )?bad)\s+if)\b[^.!?]{0,40}\b(?:(?:jeg|eg|i)\s+(?:bare\s+|berre\s+|just\s+)?(?:blir|ble|vert|vart|get|got)\s+(?:\w+\s+)?(?:overkjort|pakjort|truffet|skutt|drept|hit|killed|shot|run over)\b|(?:flyet|flya|the plane|bussen|toget)\s+(?:bare\s+)?(?:styrter|krasjer|gos down|crashes)\b|(?:skjot|skyter|dreper|drepte|slo|slar|kjorte over|kjorer over|kjorte pa|kjorer pa|kills|killed|shoots|shot|runs over|ran over)\s+(?:meg|me)\b|hjertet\s+(?:mitt\s+)?(?:bare\s+)?(?:stopper|stoppet|stoppa|stops)\b|(?:ikke|ikkje|not|never)\s+(?:\w+\s+)?(?:overlever|overleve|survive|vakner etter)\b)`,
    ),
    unless: r(String.raw`\b(?:spill\w*|game\w*|fifa|sjakk|haha\w*|lol)\b`),
  },
  {
    id: 'suicide.not_here_soon',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:kommer|kjem)\s+(?:ikke|ikkje)\s+til\s+a\s+(?:vere|vera)\s+(?:her|i live)\s+(?:nar|til|lenge|lenger|mye lenger|mykje lenger|neste|etter|pa|over)\b|\b(?:om|innen|by|before)\s+(?:en|ei|ein|a|next)?\s*(?:uke|veke|week|maned|manad|month)\s+(?:er\s+|is\s+)?(?:jeg|eg|i'll|i will)\s+(?:ikke\s+|ikkje\s+)?(?:her lenger|borte|gone|be gone|not be here)\b|\b(?:jeg|eg)\s+er\s+(?:ikke|ikkje)\s+her\s+(?:lenger|lengre|da|nar)\b|\b(?:jeg|eg)\s+(?:er|blir)\s+(?:nok\s+)?borte\s+(?:for|innen|til)\s+(?:jul|julen|pask\w*|sommer\w*|bursdag\w*|nyttar|neste\s+(?:uke|veke|maned|ar))\b|\b(?:tror|trur)\s+(?:ikke|ikkje)\s+(?:jeg|eg)\s+(?:rekker|rekk|blir med)\s+(?:a\s+)?(?:se|oppleve|feire|vere med pa)\s+(?:neste ar|jul|julen|sommer\w*|bursdag\w*|nyttar)\b|\b(?:won't|wont|will not)\s+be\s+(?:around|here)\s+(?:much\s+)?(?:longer|for long|by|when|next)\b`,
    ),
    unless: r(
      String.raw`\b(?:ferie\w*|flytt\w*|reis\w*|jobb\w*|kurs\w*|mote\w*|timen|bortreist|syk|utveksling\w*|hjem\w*|hytt\w*|tur\w*|permisjon\w*|militer\w*|vacation|moving|trip)\b`,
    ),
  },
  {
    id: 'suicide.knows_how_and_when',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:vet|veit|know|bestemt|decided)\s+(?:\w+\s+)?(?:hvordan|korleis|how|hvor|kor|kvar|where)\s+(?:og|and)\s+(?:\w+\s+)?(?:nar|kva tid|when)\s*(?:[.!?,]|$|(?:jeg|eg|e|i)\s+(?:skal|ska|will|am going to|kommer til a)\s+(?:gjore|gjere|do)\s+(?:det|it)\b)|\bhow\s+(?:i'm|im|i am|i will|i'll)\s+(?:gonna|going to)\s+do\s+it\s*(?:[.!?,]|$)`,
    ),
    // "vet du hvor og når?": a question about a meeting, not the speaker's own plan.
    unless: r(
      String.raw`\b(?:du|dere|dokker|dykk|you|vi|we|festen|kampen|motet|treffes|motes|konserten|toget|bussen)\b`,
    ),
  },
  {
    id: 'suicide.sorry_to_be_alive',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:skuffet|skuffa|skuffa|lei meg|disappointed|sad|upset)\s+(?:over\s+)?(?:at|that)\s+(?:jeg|eg|i)\s+(?:\w+\s+)?(?:vaknet|vakna|vaknar|vakner|woke|wake|lever|overlevde|survived|still alive|er i live|er her enno|er her enna)\b`,
    ),
  },
  {
    id: 'suicide.when_alone',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:gjore|gjere|do)\s+(?:det|it)\b[^.!?]{0,40}\b(?:nar|when)\s+(?:ingen|ikke noen|ikkje nokon|nobody|no one)\s+(?:er\s+|is\s+)?(?:hjemme|heime|home|ser|around)\b|\b(?:alene|aleine|alone)\s+(?:hjemme|heime|at home|home)\s+(?:lenge nok|long enough)\b`,
    ),
  },
  {
    id: 'suicide.hanging_place',
    category: 'suicide',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:henge|hengje|henger|hang)\s+(?:meg|myself)\s+(?:i|pa|in|from)\s+(?:\w+\s+)?(?:skogen|garasjen|kjelleren|loftet|et tre|treet|dusjen|skapet|badet|bjelken|taket|woods|tree|garage|ceiling|beam)\b`,
    ),
  },
  {
    id: 'suicide.giving_everything',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:hvem|kven|who)\s+(?:som\s+)?(?:skal|ska|should|gets?|will get)\s+(?:fa|arve|ha|get|inherit)\s+(?:\w+\s+){0,3}(?:tingene|tinga|eiendel\w*|things|stuff|belongings)\b|\b(?:fordelt|fordele|delt ut|gitt bort|gitt vekk|gav bort|ga bort|gitt fra meg|solgt|solgte|given away|gave away|sold)\s+(?:\w+\s+){0,2}(?:alt jeg eier|alt eg eig|alt jeg har|det meste|alle tingene mine|everything i own|all my stuff|all my things)\b`,
    ),
    unless: r(
      String.raw`\b(?:fretex|loppe\w*|flytt\w*|moving|gamle|baby\w*|finn|auksjon\w*|utland\w*|reise\w*|minimalis\w*)\b`,
    ),
  },
  {
    id: 'suicide.method_asked_generally',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:hvilke|hvilken|hva|kva|which|what)\b[^.!?]{0,30}\b(?:tar livet av (?:deg|en|folk)|dreper (?:deg|en|folk) (?:fortest|raskest|sikrest)|kills you (?:fastest|quickest))\b|\b(?:blo|bleed)\s+ut\b|\bbleed(?:ing)?\s+out\b`,
    ),
    unless: r(String.raw`\b(?:haha\w*|lol|jobb\w*|spill\w*|game\w*|kreft\w*|sykdom\w*)\b`),
  },
  {
    id: 'suicide.life_too_heavy',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:hater|hatar|hate)\s+(?:a\s+)?(?:vere i live|leve(?!\s+(?:av|pa|med|i|sann|slik|uten|som|sammen|her|der|hos)\b)|being alive|living(?!\s+(?:in|with|on|here|there|at)\b))\b|\b(?:for|altfor)\s+(?:tungt|vondt|hardt|tungt for meg)\s+a\s+leve\b|\b(?:ingen|ikke noen|ikkje nokon|no)\s+(?:annen\s+|anna\s+|other\s+)?(?:utvei|vei ut|veg ut|way out)\b`,
    ),
    // A named everyday trap ("ingen vei ut av denne gjelda") is not life.
    unless: r(
      String.raw`\b(?:rundkjoring\w*|parkering\w*|labyrint\w*|spill\w*|game\w*|escape|bygg\w*|tunnel\w*|mandag\w*|haha\w*|lol)\b|${EVERYDAY_TRAP}`,
    ),
  },
  // ─── Self-harm said by its traces ───────────────────────────────────────────────────────────
  {
    id: 'self_harm.hidden_wounds',
    category: 'self_harm',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:skjul\w*|gjem\w*|gjom\w*|dekk\w*|hide|hiding|langermet|plaster|armband\w*|hoodie\w*|ser|se|sjer|vise|see|noticed)\b[^.!?]{0,50}\b(?:kuttene|kutta|kutt|sarene|sara|arrene|arra|cuts|scars|wounds)\b|\b(?:kuttene|sarene|arrene|cuts|scars)\b[^.!?]{0,50}\b(?:ser|se|vise|skjule|see|notice)\b|\bblodige\s+(?:papir\w*|lommetorkl\w*|toalettpapir\w*|laken\w*|tissues)\b|\bblod\s+pa\s+(?:lakenet|laken|dyna|senga|putetrekket)\b`,
    ),
    unless: r(
      String.raw`\b(?:operasjon\w*|kirurg\w*|akne|kvise\w*|sykkel\w*|tatover\w*|kjokken\w*|matlaging|papirark\w*|katten|hunden|mensen|menstruasjon|neseblod\w*)\b`,
    ),
  },
  {
    id: 'self_harm.until_it_hurts',
    category: 'self_harm',
    level: 'check_in',
    pattern: r(
      String.raw`\btil\s+(?:det|huden|knokene|jeg|eg|den)\s+(?:\w+\s+)?(?:brenner|blor|blodde|bloda|bleeds|burns|blir svart|besvimer|sprekker|gjor\s+(?:\w+\s+)?vondt)\b|\b(?:scratch|hit|punch|bite|burn|cut)\w*\s+myself\s+(?:until|till|til)\b|\b(?:sar|sarene|kutt|arr|arrene|brannsar|merker|merkene)\b[^.!?]{0,30}\bsom\s+(?:jeg|eg)\s+(?:har\s+)?(?:laget|lagd|laga|gjort)\s+(?:selv|sjol|sjolv)\b`,
    ),
    unless: r(
      String.raw`\b(?:tren\w*|strekk\w*|toy\w*|beina|leggene|steik\w*|stek\w*|sola|solbrent|mat\w*|loping|lopetur\w*|lungene|musklene|myggstikk\w*|itch\w*|eksem\w*|utslett\w*|kvise\w*)\b`,
    ),
    // A fall named in the sentence ("falt på sykkelen og skrapte kneet til det blødde").
    unlessInSentence: r(String.raw`${A_FALL}`),
  },
  {
    id: 'self_harm.poison_taken',
    category: 'self_harm',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:drukket|drakk|drukke|svelget|svelga|svelgde|spist|ate|drank|swallowed)\s+(?:\w+\s+){0,3}(?:rengjoringsmiddel\w*|rensemiddel\w*|vaskemiddel\w*|oppvaskmiddel\w*|frostveske\w*|lampeolje\w*|rottegift|gift|klor\w*|salmiakk\w*|lut|antifreeze|bleach|detergent|poison|noe giftig|noko giftig)\b|\b(?:tatt|tok|svelget|took|swallowed)\s+(?:\w+\s+){0,2}(?:alt|alle|all|everything)\s+(?:\w+\s+){0,3}(?:av\s+)?${PILLS}`,
    ),
    unless: r(
      String.raw`\b(?:ved et uhell|uhell\w*|barnet|ungen|hunden|katten|accident\w*|som legen|som vanlig|resept\w*|i dag som|morgenmedisin\w*|antibiotika\w*|kuren)\b`,
    ),
  },
  {
    id: 'suicide.place.edge',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b${BE_THERE}\s+(?:\w+\s+){0,2}(?:pa utsiden av|utenpa|ytterst pa|helt ytterst|ute pa kanten|pa kanten av|on the ledge|on the edge|on the outside of)\b`,
    ),
    unless: r(EVERYDAY_HEIGHTS),
  },
  {
    id: 'suicide.end_things',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:considering|thinking about|think about|want to|wanna|planning to|plan to|going to|gonna|ready to|time to|about to)\s+(?:just\s+|finally\s+)?(?:end|ending)\s+(?:it all|things|everything|it|my life)\b(?!\s+(?:with|between|for)\b)|\b(?:sette|setje)\s+(?:punktum|strek|sluttstrek)\s+(?:for|pa|under)\s+(?:livet|alt|alt sammen|det hele)\b|\b(?:gjore|gjere)\s+(?:ein|en)\s+slutt\s+pa\s+(?:alt|livet|det hele|det heile|alt sammen|meg selv|meg sjolv)\b|\b(?:gjore|gjere)\s+(?:ein|en)\s+ende\s+pa\s+(?:alt|livet|det heile|det hele|meg sjolv|meg selv)\b`,
    ),
    unless: r(
      String.raw`\b(?:prosjekt\w*|kontrakt\w*|soknad\w*|kurs\w*|jobb\w*|forhold\w*|kjeresten|typen|dama|girlfriend|boyfriend|relationship|call|samtalen|moter?|serien|boka|spillet)\b`,
    ),
  },
  {
    id: 'suicide.no_reason_to_live',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:ingen|ikke noen|ikkje nokon|ikke noe|ikkje noko|no|not any)\s+(?:\w+\s+)?(?:mening|meining|vits|poeng|grunn|reason|point)\s+(?:med|i|to|til)\s+(?:a\s+)?(?:leve|live|living|fortsette|halde fram|holde ut|vere her|be here)\b(?!\s+${LIVING_MANNER})|\b(?:hvorfor|kvifor|korfor|why)\s+(?:\w+\s+){0,3}(?:fortsette|halde fram|keep)\s+(?:a\s+)?(?:leve|puste|eksistere|living|breathing|existing)\b`,
    ),
  },
  {
    id: 'violence.threat_knows_address',
    category: 'violence',
    level: 'concern',
    pattern: r(
      String.raw`\b(?:vet|veit|know|knows)\s+(?:hvor|kvar|kor|where)\s+(?:jeg|eg|i)\s+(?:bor|bur|live|am)\b[^.!?]{0,60}\b(?:skal|ska|kommer til a|kjem til a|gonna|will|going to)\s+(?:\w+\s+)?(?:ta|finne|fa tak i|get|hurt|skade|drepe|kill|banke)\b`,
    ),
    unless: r(String.raw`\b(?:pakke\w*|post\w*|levere|besok\w*|haha\w*|lol|bursdag\w*|overraske\w*|hente)\b`),
  },
  // ─── Violence ────────────────────────────────────────────────────────────────────────────────
  {
    id: 'violence.school_attack',
    category: 'violence',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:skyte|skyter|skyt|sprenge|sprenger|angripe|angriper|bombe|shoot|shooting|blow|attack|bomb)\s+(?:\w+\s+){0,3}(?:opp\s+|up\s+)?(?:skolen|skulen|klassen|klasserommet|kantina|school|my school|class|campus)\b|\b(?:ta|tar|tek|bringe|bring|bringing|take)\s+med\s+(?:meg\s+)?(?:\w+\s+){0,2}(?:gever\w*|gevar\w*|pistol\w*|vapen\w*|vapnet|kniv\w*|hagle\w*|hagla|rifl\w*|gun|knife|weapon|noe farlig|noko farleg|something dangerous|bombe\w*)\s+(?:\w+\s+){0,2}(?:pa|til|to|into)\s+(?:skolen|skulen|school|jobben|work|klassen)\b|\bliste\s+(?:\w+\s+){0,3}(?:hvem|kven|who)\s+(?:som\s+)?(?:skal|ska|should|will|must)\s+(?:do|doy|die|drepes|bli drept|be killed)\b`,
    ),
    unless: r(
      String.raw`\b(?:spill\w*|game\w*|news|historie\w*|skytebane\w*|basket\w*|ball\w*|mal\w*|bilde\w*|foto\w*|video\w*|mat og helse|heimkunnskap|kokk\w*|jakt\w*)\b`,
    ),
  },
  {
    id: 'violence.intent_named',
    category: 'violence',
    level: 'acute',
    pattern: r(
      String.raw`(?:^|[.!?,]\s*|\b(?:jeg|eg|i|i'm|im|i am)\s+)(?:skal|ska|kommer til a|kjem til a|going to|gonna|will|'ll)\s+(?:\w+\s+)?(?:kvele|kverke|drepe|drep|knivstikke|stikke ned|skyte|mishandle|kill|stab|shoot|strangle|murder|choke)\s+(?:\w+\s+)?(?:han|ham|henne|ho|dem|dei|him|her|them|my\s+\w+|min\s+\w+|\w+en\s+min|\w+a\s+mi)\b|\bgjore\s+(?:noe|noko)\s+(?:grusomt|grusamt|felt|jevlig|vondt)\s+(?:med|mot)\s+(?:\w+\s+)?(?:han|ham|henne|ho|dem|dei|\w+en|\w+a)\b`,
    ),
    unless: r(String.raw`\b(?:spill\w*|fifa|game\w*|fortnite|minecraft|haha\w*|lol|xd|cs|valorant|sjakk)\b`),
  },
  {
    id: 'violence.armed_in_fear',
    category: 'violence',
    level: 'concern',
    pattern: r(
      String.raw`\b(?:gar|ga|berer|har|carry\w*|bringing)\s+(?:\w+\s+){0,2}(?:med|uten|utan|without|a)\s+(?:en\s+|et\s+|ein\s+|a\s+)?(?:kniv|slagvapen|vapen|batong|balltre|pistol|knife|weapon|gun)\b|\b(?:kniv|saks|slagvapen|vapen|batong|balltre|pistol|knife|weapon|gun)\b[^.!?]{0,40}\bi\s+tilfelle\s+(?:noen|nokon|de|dei|han)\b`,
    ),
    unless: r(
      String.raw`\b(?:jakt\w*|fisk\w*|kjokken\w*|mat\w*|speider\w*|tur\w*|jobb\w*|arbeid\w*|lommekniv\w*|spill\w*|game\w*)\b`,
    ),
  },
  // ─── Abuse: stalking, home, sexual ──────────────────────────────────────────────────────────
  {
    id: 'abuse.stalking',
    category: 'abuse',
    level: 'concern',
    pattern: r(
      String.raw`\b(?:folger|folgt|fulgt|fulgte|folgde)\s+etter\s+(?:meg|oss)\b|\b(?:forfolger|forfolgt|forfulgt|forfulgte|forfolgd|stalker|stalka|stalket|stalking|stalks|stalked)\b|\b(?:follows|followed|following)\s+me\s+(?:home|everywhere|around|to)\b|\b(?:sporer|spora|sporet|spore|overvaker|overvaket|tracker|tracking|tracks)\s+(?:\w+\s+){0,2}(?:mobilen|telefonen|posisjonen|meg|me|my phone|my location)\b|\b(?:satt|lagt|installert|put)\s+(?:en\s+|an\s+|a\s+)?(?:tracker|gps|airtag|sporingsapp)\b|\b${OTHER_ONE}\b(?=[^.!?]{0,100}\b(?:hver|kvar|every|igjen|again|om natta|om natten|hele tida|heile tida|hele natta|alltid|always|selv om|sjol om|even though|redd|livredd|scared|afraid|ubedt|uninvited|blokkert|blocked|hundre|hundrevis)\b)[^.!?]{0,60}\b(?:star|sto|venter|ventet|dukker opp|dukka opp|dukket opp|keeps showing up|shows up|showing up|waits|waiting)\s+(?:\w+\s+){0,2}(?:utenfor|ved|pa|at|outside)\s+(?:\w+\s+){0,2}${PLACE_I_LIVE}\b|\b(?:dukker|dukka|dukket)\s+opp\s+(?:overalt|der jeg er|der eg er|hvor enn)\b|\b(?:selv om|sjol om|even though)\s+(?:jeg|eg|i)\s+(?:har\s+|have\s+)?(?:blokkert|blokka|blocked)\b`,
    ),
    unless: r(
      String.raw`\b(?:insta\w*|tiktok|snap\w*|twitter|youtube|facebook|konton|profilen|folgere|followers|spill\w*|game\w*|haha\w*|lol)\b`,
    ),
  },
  {
    id: 'abuse.drunk_parent',
    category: 'abuse',
    level: 'concern',
    pattern: r(
      String.raw`\b${PARENT}\b(?=[^.!?]{0,120}\b${DRUNK}\b)(?=[^.!?]{0,120}\b${HARM_AT_HOME}\b)|\b${HARM_AT_HOME}\b(?=[^.!?]{0,80}\b${PARENT}\b[^.!?]{0,60}\b${DRUNK}\b)`,
    ),
    unless: r(String.raw`\b(?:fest\w*|russ\w*|haha\w*|lol)\b`),
  },
  {
    id: 'abuse.beaten_locked_in',
    category: 'abuse',
    level: 'concern',
    pattern: r(
      String.raw`\b(?:far|fatt|fekk|fikk|gets?|got)\s+(?:\w+\s+)?(?:juling|deng|bank|ris|beaten)\s+(?:hjemme|heime|av\s+\w+|at home|by)\b|\b(?:far|fekk|fikk)\s+juling\b|\b(?:last|laser|laste|locked|locks)\s+(?:meg|me|oss|us)\s+(?:inne|inn|in)\b[^.!?]{0,50}\b(?:uten|utan|without|dager|dagar|days|timer|hours|rommet|boden|kjelleren|straff\w*)\b`,
    ),
    unless: r(String.raw`\b(?:fotball\w*|kamp\w*|fifa|spill\w*|game\w*|sjakk|tennis|haha\w*|lol|nokkel\w*|uhell\w*)\b`),
  },
  {
    id: 'abuse.sexual_unsaid',
    category: 'abuse',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:fortsatte|fortsetter|stoppet ikke|stoppa ikke|didn't stop|didnt stop|kept going)\b[^.!?]{0,40}\b(?:selv om|sjol om|even though|though)\s+(?:jeg|eg|i)\s+(?:sa|sei|said)\s+(?:nei|stopp|stop|no)\b|\b(?:tok|tar|tatt|tek|touch\w*|beforte|beforer|rorte|rorer|tafser|tafset|tafsa)\s+(?:pa\s+)?(?:meg|me)\b[^.!?]{0,60}\b(?:ikke var greit|ikke greit|ikkje greitt|ikke ville|ikkje ville|didn't want|nar ingen|mens jeg sov|mens eg sov|while i (?:was )?sle\w*|when no one|nobody|alene|alone|om natta|om natten)\b|\b(?:bilder|bilde|video\w*|pics|photos|nudes)\s+(?:\w+\s+){0,2}(?:av meg|of me)\b[^.!?]{0,60}\b(?:vil ha mer|krever|truer|legge ut|dele|spre|sende til|wants more|threaten\w*|post|leak|penger|money)\b|\b(?:ber|maser|krever|vil at|wants|asks|asked)\s+(?:meg\s+|me\s+)?(?:\w+\s+){0,2}(?:sende|sender|send)\s+(?:\w+\s+){0,2}(?:nakenbild\w*|nudes|bilder uten kler|bilder av meg uten kler)`,
    ),
    unless: r(String.raw`\b(?:klem\w*|trost\w*|lege\w*|skulder\w*)\b`),
  },
  {
    id: 'abuse.partner_control',
    category: 'abuse',
    level: 'concern',
    pattern: r(
      String.raw`\b(?:kjeresten|typen|mannen|dama|kona|sambor\w*|sambu\w*|eksen|boyfriend|girlfriend|husband|wife|partner)\b[^.!?]{0,60}\b(?:(?:lar|la)\s+meg\s+(?:ikke|ikkje|aldri)\s+(?:ga ut|treffe|mote|snakke med|dra|ringe)|(?:tar|tok|tatt|takes|took|gjemmer|hides)\s+(?:\w+\s+)?(?:passet|bankkortet|telefonen|mobilen|lommeboka|nokkelen|my passport|my phone|my keys)|won't let me\s+(?:leave|go out|see))\b|\bfalske\s+(?:profil\w*|kontor|brukere|accounts|profiles)\b[^.!?]{0,40}\b(?:meg|me)\b`,
    ),
    unless: r(String.raw`\b(?:haha\w*|lol|spill\w*|game\w*|ferie\w*|tull\w*)\b`),
  },
  {
    id: 'abuse.touched_at_night',
    category: 'abuse',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:mens jeg sov|mens eg sov|while i (?:was )?sle\w*|nar ingen (?:ser|er hjemme|er heime)|when no one)\b[^.!?]{0,40}\b(?:tok|tar|tek|rorte|rorer|beforte|beforer|tafset|tafsa|touched|touches)\s+(?:pa\s+)?(?:meg|me)\b|\b(?:la|legger)\s+seg\s+(?:i|oppi)\s+senga\s+(?:mi|min)\b[^.!?]{0,40}\b(?:tok|rorte|beforte|tafset|touched)\b`,
    ),
  },
  {
    // An adult who makes a child keep secret what they do together, or when alone, or a meeting
    // an adult asks for and tells the speaker to keep secret: grooming.
    id: 'abuse.secret_kept',
    category: 'abuse',
    level: 'concern',
    pattern: r(
      String.raw`\b(?:sier|sa|seier|ber|bad|truer|trua|says|said|told|tells)\b[^.!?]{0,30}\b(?:jeg|eg|meg|i|me)\b[^.!?]{0,12}\b(?:ikke|ikkje|aldri|not|never|ingen)\b[^.!?]{0,15}\b(?:si|sei|fortelle|fortelje|sladre|tell|anyone)\b[^.!?]{0,30}\b(?:hva vi gjor|kva vi gjer|det vi gjor|det vi gjer|what we do|what we did|nar vi er alene|nar vi er aleine|when we're alone|when we are alone|om oss|about us)\b|\b(?:var|our)\s+(?:lille\s+|vesle\s+|little\s+)?(?:hemmelighet|hemmelegheit|secret)\b[^.!?]{0,40}\b(?:alene|aleine|alone|tar pa|rorer|touch\w*|kropp\w*|body|naken|naked)\b|\b(?:voksen|voksne|vaksen|trener\w*|lerer\w*|lerar\w*|onkel\w*|stefar\w*|nabo\w*|sjef\w*|mannen|fyren|adult|coach|teacher|uncle|stepdad)\b[^.!?]{0,40}\b(?:var|our)\s+(?:lille\s+|vesle\s+|little\s+)?(?:hemmelighet|hemmelegheit|secret)\b|\b(?:voksen|vaksen|eldre|older|adult|grown)\s+(?:\w+\s+){0,2}(?:mann|man|kar|fyr|guy|dame|kvinne|woman)?\b[^.!?]{0,60}\b(?:mote|treffe|meet|hente|kjore)\s+(?:meg|me)\b[^.!?]{0,60}\b(?:ikke|ikkje|aldri|not|never|don'?t)\b[^.!?]{0,15}\b(?:si|sei|fortelle|fortelje|tell)\b|\b(?:ikke|ikkje|aldri|not|never)\b[^.!?]{0,15}\b(?:si|sei|fortelle|fortelje|tell)\b[^.!?]{0,20}\b(?:hva som skjedde|kva som skjedde|det som skjedde|hva som skjer|what happened)\s+(?:\w+\s+){0,2}(?:pa rommet|pa romet|i senga|pa badet|i bilen|alene|om natta|in the room|in bed)\b`,
    ),
    unless: r(
      String.raw`\b(?:bursdag\w*|gave\w*|overraskelse\w*|overrasking\w*|surprise|present|kake\w*|fest\w*|party|spill\w*|game\w*)\b`,
    ),
  },
  // ─── Acute welfare ───────────────────────────────────────────────────────────────────────────
  {
    id: 'welfare.homeless',
    category: 'welfare',
    level: 'concern',
    pattern: r(
      String.raw`\b(?:hjemlos|hjemlaus|heimlaus|heimlos|bostedslos|bustadlaus|homeless|sleeping rough)\b|\b(?:bor|bur|bodd|budd|sover|sov|sovet|sove|soven|sleeping|living|lived|slept|sleep)\s+(?:\w+\s+){0,2}(?:i|pa|in|on|at)\s+(?:\w+\s+)?(?:bilen|bussen|the train station|the station|busskur\w*|trappeoppgang\w*|trappa|boden|en bod|kjelleren|parken|benk\w*|stasjonen|gata|gaten|the car|my car|the bus|a stairwell|the street|a bench|a park|the park)\b[^.!?]{0,60}\b(?:ingen|ikke noe|ikkje noko|nowhere|no other|netter|netene|dager|dagar|uker|veker|nights|days|weeks|na|no|lenger|since|fordi|because|i natt|i kveld|tonight|maned\w*|manad\w*|months?)\b|\b(?:vet ikke|veit ikkje|veit ikke|aner ikke|no idea|don't know|dont know)\s+(?:hvor|kvar|kor|where)\s+(?:jeg|eg|i)\s+(?:skal|ska|should|can|kan)\s+(?:sove|overnatte|gjore av meg|sleep)\b|\b(?:ma|need to|have to)\s+finne\s+(?:et|eit|a)\s+(?:sted|stad|place)\s+(?:a|to)\s+(?:sove|sleep)\b[^.!?]{0,50}\b(?:i natt|i kveld|tonight|mork\w*|dark|har ingenting|ingen penger|no money)\b|\b(?:skiftet|skifta|byttet|bytta|changed)\s+(?:\w+\s+)?(?:las|lasen|lock|locks)\b[^.!?]{0,60}\b(?:star utenfor|star ute|sto ute|stod ute|er ute|kommer ikke inn|kjem ikkje inn|outside|can't get in|locked out)\b`,
    ),
    unless: r(
      String.raw`\b(?:telt\w*|camping|tur\w*|hytt\w*|speider\w*|frivillig\w*|de hjemlose|hjemlose folk|for hjemlose|om hjemlose|sommer\w*|festival\w*|roadtrip|ferie\w*|fest\w*|sovna|sovnet|blund\w*)\b|\b(?:han|hun|ho|de|dei|folk|mange)\s+(?:er|var|blir)\s+(?:hjemlos|bostedslos|homeless)\b`,
    ),
    unlessInSentence: r(RECOVERED_OTHER),
  },
  {
    // Nights spent outside, or days without power or heat in the cold (lead's probe, stop 31).
    id: 'welfare.nights_out_or_cold',
    category: 'welfare',
    level: 'concern',
    pattern: r(
      String.raw`\b(?:ikke|ikkje|itj)\s+(?:\w+\s+)?(?:(?:sovet|sove|sova|soven)\s+inne\b|(?:vore|vert)\s+inne\b(?!\s+(?:pa|i|hos|med)\b))|\b(?:har|hev|ha)\s+(?:\w+\s+)?(?:sovet|sove|soven|sova)\s+ute\b[^.!?]{0,40}\b(?:netter|netene|netter na|dager|dagar|uker|veker|nights|days|weeks|lenge)\b|\b(?:ikke|ikkje|uten|utan|ingen|no)\s+(?:\w+\s+){0,2}(?:strom|straum|varme|oppvarming|fyring|heating|power|electricity)\b[^.!?]{0,60}\b(?:minus|kaldt|iskaldt|kald|fryser|frys|kulda|kulde|cold|freezing)\b|\b(?:minus|iskaldt|kulda|fryser|frys|freezing)\b[^.!?]{0,60}\b(?:ikke|ikkje|uten|utan|ingen|no)\s+(?:\w+\s+){0,2}(?:strom|straum|varme|oppvarming|fyring|heating|power)\b`,
    ),
    unless: r(
      String.raw`\b(?:telt\w*|camping|tur\w*|hytt\w*|speider\w*|festival\w*|ferie\w*|sommer\w*|spill\w*|game\w*|minecraft|serie\w*|film\w*|bok|boka|boken)\b`,
    ),
    unlessInSentence: r(RECOVERED_OTHER),
  },
  {
    id: 'welfare.no_money_for_food',
    category: 'welfare',
    level: 'concern',
    pattern: r(
      String.raw`\b(?:ikke|ikkje|not|can't|cant)\s+(?:\w+\s+)?(?:rad|afford)\s+(?:til\s+)?(?:\w+\s+)?(?:mat|food|middag|a kjope mat|groceries)\b|\b(?:konto\w*|lommebok\w*|account)\s+(?:er\s+|is\s+)?(?:helt\s+)?(?:tom|tomt|empty)\b[^.!?]{0,40}\b(?:kjoleskap\w*|mat|food|fridge)\b|\b(?:kjoleskap\w*|fridge)\b[^.!?]{0,40}\b(?:konto\w*|lommebok\w*|account)\s+(?:er\s+|is\s+)?(?:helt\s+)?(?:tom|tomt|empty)\b|\b(?:barna|ungene|borna|kids|children)\s+(?:mine\s+|my\s+)?(?:har|hev|have|haven't)\s+(?:ikke|ikkje|not)?\s*(?:fatt|spist|ete|eaten|had)\s+(?:\w+\s+)?(?:mat|middag|frokost|noe|food|dinner|anything)\b[^.!?]{0,60}\b(?:ikke noe igjen|ikke er noe igjen|ikkje er noko att|ingenting igjen|ingen penger|no money|nothing left|tomt)\b`,
    ),
    unless: r(String.raw`\b(?:restaurant\w*|kino|takeaway|sushi|pizza|konsert\w*|ferie\w*)\b`),
  },
];
