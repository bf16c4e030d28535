import { r, type RiskRule } from './rule.js';
import { GAMES, TRAVEL, WEAPON } from './tokens.js';

/**
 * Crisis told from the middle of a conversation (lead's probe, round 16): a sentence of context
 * first, then the crisis said as a situation, a consequence, a plan or a past act that will be
 * repeated, not as a wish. Each rule is a kind of meaning, named by its parts (a place and a
 * sign, an act and its object, a need and who suffers it), each part filled by many words in
 * bokmål, nynorsk, dialect and English (folded spelling, normalize.ts):
 * - waiting by the traffic without travelling, not being sure of going home from a height or
 *   the water, danger hidden from people who think one is fine or elsewhere, walking into the
 *   water at a set time, checking whether one would survive a fall or a dose, wishing to be
 *   erased, no reason left to stay, a car running in a shut garage, a height stood on before and
 *   next time not going down, gone by a time said in inverted order, no more of life itself;
 * - purging, not eating with fainting as the consequence, punishing oneself with a blade or fire,
 *   hurting oneself until the skin is marked;
 * - violence done by the speaker to a person, a threat to put someone in hospital, waiting for
 *   someone with a weapon, a choke hold, things thrown at the family;
 * - sexual abuse told as acts on the body (a hand on or under the clothes of intimate parts,
 *   touched while showering or asleep, a forced act), images taken undressed, waking undressed
 *   with no memory, nude images held for money (sextortion);
 * - acute welfare: living in a car or a tent for a long time, power, water or heat cut off with
 *   a child, illness, cold or no money; no money for nappies or medicine.
 * Everyday uses of the same words (a train to work, a swim, a game, a doctor, a festival, a power
 * cut for repairs) are in `unless`. The rules never contain or produce method details.
 */
const HIGH_PLACE = String.raw`(?:bru\w*|bro|broa|taket|tak|kanten|stupet|fjellkant\w*|balkong\w*|parkeringshus\w*|toppen av|rekkverk\w*|bridge|roof|rooftop|edge|ledge|cliff|balcony)`;
const DANGER_PLACE = String.raw`(?:bru\w*|bro|broa|bron|taket|kanten|kaia|kaikant\w*|stupet|fjellet|skinnene|skinnane|sporet|sjon|havet|fjorden|elva|elvi|vannet|vatnet|stranda|skogen|bridge|roof|edge|cliff|tracks|the sea|the river|the lake)`;
const GO_HOME = String.raw`(?:gar|ga|drar|dra|kommer|komme|kjem|kome|kommer meg|gar meg|go|come|make it|get)\s+(?:\w+\s+)?(?:hjem|heim|hjemme|heime|home|tilbake|attende|back|ned|down)`;
const DANGER_THING = String.raw`(?:ytterst|kanten|stupet|skinnene|sporet|brua|broa|brui|taket|sjon|havet|fjorden|elva|vannet|vatnet|pillene|tablettene|tablettane|tauet|reipet|barberblad\w*|kniven|lagt igjen|latt igjen|la igjen|lagt att|left my|left behind|the edge|the bridge|the roof|the tracks|the pills|the rope)`;
const BODY_INTIMATE = String.raw`(?:puppene|puppane|puppen|brystene|brysta|brystet|rumpa|rompa|baken|skrittet|tissen|kjonnsorgan\w*|underlivet|innsiden av laret|laret|lara|mellom beina|breasts?|boobs|chest|butt|ass|crotch|private parts|between my legs)`;
const CLOTHES = String.raw`(?:buksa|buksen|bukse|trusa|trusen|truse|skjortet|skjorta|kjolen|genseren|toppen|bhen|bh-en|pysjamas\w*|pants|trousers|underwear|knickers|skirt|dress|shirt|top|bra|pyjamas)`;
const MEDICAL = String.raw`\b(?:lege\w*|legen|sykepleier\w*|sjukepleiar\w*|jordmor\w*|gynekolog\w*|helsesoster\w*|helsesyster\w*|fysioterapeut\w*|doctor|nurse|undersok\w*|mammografi|selvundersok\w*|kuler|kul i|feber|fever)\b`;
const PERSON = String.raw`(?:kjeresten|dama|typen|kona|mannen|sambo\w*|en gutt|ein gut|ei jente|en jente|en fyr|ein fyr|gutten|jenta|han|ham|henne|ho|hun|noen|nokon|broren|bror|sostera|sosteren|systera|lillebror\w*|lillesoster\w*|storebror\w*|storesoster\w*|mamma|pappa|moren|faren|kompis\w*|nabon|lereren|leraren|treneren|sjefen|my girlfriend|my boyfriend|my wife|my husband|a guy|a girl|him|her|someone|my brother|my sister|my mom|my dad)`;
/** Hurt done to a person, in the past (the speaker's act when a subject is named with it). */
const HURT_PAST = String.raw`(?:slo|slatt|banket|banka|denget|dengte|sparka|sparket|kvelte|kvalte|dytta|dyttet|beat|punched|kicked|choked|pushed)`;
/** Undressed, showering or asleep where another comes in: the situation of abuse told as acts. */
const EXPOSED = String.raw`(?:\b(?:nar|mens|da|while|when)\s+(?:jeg|eg|e|i)\s+(?:\w+\s+)?(?:dusjer|dusjar|dusja|dusjet|skifter|skiftar|skifta|skiftet|bader|badar|sover|sov|sovna|ligger i senga|ligg i senga|showering|changing|bathing|sleeping|asleep)\b|\b(?:inn|inne)\s+(?:pa|i)\s+(?:badet|dusjen|rommet mitt|rommet mit|do|garderoben)\b|\b(?:in|into)\s+(?:the shower|the bathroom|my room|my bed)\b)`;
/** Someone touching the speaker, not the speaker putting something on ("tar på meg jakka"). */
const TOUCHES_ME = String.raw`(?:tar|tok|tek|teke|rorer|rorte|befoler|befolte|beforer|beforte|tafser|tafset|tafsa|kjenner|kjente|touches|touched|grabs|grabbed|gropes|groped)\s+(?:pa\s+|on\s+)?(?:meg|me)\b(?!\s+(?:\w+\s+)?(?:kler\w*|klede\w*|\w*kler|\w*toy|jakk\w*|bukse\w*|buksa|genser\w*|sko|skone|sokk\w*|lue\w*|votter|hansk\w*|kjole\w*|skjort\w*|truse\w*|trusa|pysj\w*|handkle\w*|badekape\w*|morgenkape\w*|sminke\w*|krem\w*|parfyme\w*|deo\w*|hjelm\w*|briller|ansvar\w*|skyld\w*|oppgave\w*|jobben|det|den|dei|dem|noe|noko|alt|on)\b)`;
const UNDRESSED = String.raw`(?:\b(?:uten|utan|without)\s+(?:\w+\s+)?(?:kler|klede|klea|truse|trusa|bukse\w*|buksa|undertoy\w*|clothes|underwear|pants|knickers)\b|\b(?:naken|nakne|naked|undressed)\b)`;
const NO_MEMORY = String.raw`(?:\b(?:husker|hugsar|hugser|minnes|remember)\s+(?:\w+\s+)?(?:ingenting|ikke|ikkje|itj|nothing|not|no)\b|\b(?:blackout|black out|svart hull|filmbrudd)\b)`;
/** Medicines by kind and by name, as people call them. */
const DRUG = String.raw`(?:pill\w*|tablett\w*|paracet\w*|paralgin\w*|pinex\w*|ibux|ibuprofen|sobril|vival|valium|stesolid|imovane|zopiklon|zolpidem|xanax|tramadol|oxy\w*|kodein\w*|morfin\w*|antidepressiv\w*|sertralin\w*|cipralex|litium|lithium|insulin\w*|sovemedisin\w*|sovepill\w*|sovetablett\w*|medisin\w*|meds|pills)`;
/** A named ailment or a safe-use word: a dose asked for a pain or a day. */
const SAFE_USE = String.raw`\b(?:\w*pine|\w*smert\w*|vondt|feber|fever|pain|headache|om dagen|per dag|pr dag|i dognet|pa et dogn|a day|daglig|allergi\w*|forkjol\w*|influensa|trygt|safe|anbefalt\w*|maks\w*|lege\w*|resept\w*|doctor|apotek\w*|mensen\w*)\b`;
const CHILD_OR_NEED = String.raw`(?:baby\w*|spedbarn\w*|barnet|barna|ungen|ungane|ungene|datter\w*|dotter\w*|sonn\w*|lillebror|lillesoster|feber|syk|sjuk|iskaldt|kaldt|kald|fryser|frys|minus\w*|ikke penger|ingen penger|ikkje pengar|ingen pengar|no money|sick|freezing|cold|baby)`;

export const TOLD_IN_STORY_RULES: readonly RiskRule[] = [
  // ─── Suicide: a situation, not a wish ───────────────────────────────────────────────────────
  {
    id: 'suicide.story.waiting_for_traffic',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:venter|venta|vente|ventar|waiting|wait)\s+(?:pa|for)\s+(?:\w+\s+){0,2}(?:godstog\w*|toget|tog|trikken|t-banen|trailer\w*|lastebil\w*|vogntog\w*|the train|a train|the truck|a truck)\b[^.!?]{0,60}\b(?:ikke|ikkje|itj|not|never|no)\s+(?:\w+\s+){0,3}(?:ga|gar|komme|kome|stige|sette meg|get|getting|board\w*)\s+(?:om bord|ombord|pa|inn|on|on board|aboard)\b`,
    ),
    unless: r(
      String.raw`\b(?:mote|mota|hente|henter|henta|kommer med|kjem med|meet|pick up|picking up|forsinket|forseinka|innstilt|fullt|fullsatt|full|feil tog|neste tog|billett\w*|ticket|buss for tog)\b`,
    ),
  },
  {
    id: 'suicide.story.not_sure_of_going_home',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b${DANGER_PLACE}\b[^.!?]{0,80}\b(?:ikke|ikkje|itj|not)\s+(?:\w+\s+){0,2}(?:sikker|sikkert|viss|sure|vet|veit|know)\s+(?:pa\s+)?(?:at\s+|om\s+|if\s+|whether\s+|that\s+)?(?:jeg|eg|e|i|i'll|i will)\s+(?:\w+\s+)?${GO_HOME}\b`,
    ),
    unless: r(
      String.raw`\b(?:fest\w*|party|sover over|overnatter|haha\w*|lol|sent|seint|late|buss\w*|ferje\w*|ferge\w*|trafikk\w*|ko|storm\w*|uver\w*|tur\w*|fisk\w*|bad\w*|jobb\w*|vakt\w*|skift\w*)\b`,
    ),
  },
  {
    id: 'suicide.story.danger_hidden_from_others',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:tror|trur|think|thinks)\s+(?:at\s+)?(?:jeg|eg|e|i|i'm|im)\s+(?:\w+\s+){0,4}?(?:er|e|har det|sover|overnatter|am|'m|is|sit|sitter|ligger)\b[^.!?]{0,50}[.!?,]?\s*(?:\w+\s+){0,2}(?:egentlig|eigentleg|men|but|actually|really|in fact|i virkeligheten|(?:de|dei|ingen|nobody|they|han|hun|ho)\s+(?:vet|veit|aner|know|knows|don't know|dont know))\b[^.!?]{0,120}\b${DANGER_THING}`,
    ),
    unless: r(
      String.raw`\b(?:bade\w*|bada|badet|bading|isbad\w*|svomm\w*|swim\w*|fisk\w*|fiska|tur\w*|utsikt\w*|bilde\w*|foto\w*|selfie\w*|solnedgang\w*|piknik\w*|grill\w*|fest\w*|party|kafe\w*|kino|konsert\w*)\b`,
    ),
  },
  {
    id: 'suicide.story.into_water_at_a_time',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:gar|ga|vasse|vasser|vassar|walk|walking|going|wade|wading)\s+(?:\w+\s+)?(?:ut\s+)?(?:i|uti|into)\s+(?:sjon|havet|fjorden|elva|elvi|vannet|vatnet|innsjon|the sea|the water|the river|the lake|the ocean)\s+(?:i kveld|i natt|i morgen tidlig|tonight|when it gets dark|nar det blir morkt|nar det vert morkt)\b`,
    ),
    unless: r(
      String.raw`\b(?:bad\w*|isbad\w*|vinterbad\w*|svomm\w*|dukkert\w*|dupp\w*|fisk\w*|bat\w*|boat|seil\w*|kajakk\w*|padl\w*|surf\w*|swim\w*|dykk\w*|snorkl\w*|hver|kvar|every|med\s+(?:\w+\s+)?(?:vennene|venane|gjengen|kompis\w*|klassen|laget))\b`,
    ),
  },
  {
    id: 'suicide.story.checked_survival',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:om|hvis|whether|if)\s+(?:noen|man|en|ein|jeg|eg|folk|du|you|one|a person|people|kroppen)\s+(?:\w+\s+)?(?:overlever|overlevde|overleve|survives?|survived|would survive)\s+(?:\w+\s+){0,3}(?:fall|fallet|fall fra|hopp\w*|dose\w*|mengde\w*|drop|jump|dose|that)\b|\b(?:hvor|kor|how)\s+(?:hoyt|hoy|hogt|high|far|langt)\s+(?:\w+\s+){0,4}(?:ma|skal|trengs|trenger|must|need|needs)\s+(?:\w+\s+){0,3}(?:for a|to|so you|so that)\s+(?:\w+\s+)?(?:do|doy|die|dies|ikke overleve|not survive)\b`,
    ),
    unless: r(
      String.raw`\b(?:fallskjerm\w*|strikkhopp\w*|katt\w*|cat|cats|video\w*|film\w*|dokumentar\w*|fysikk\w*|naturfag\w*|oppgave\w*|quiz|trivia|flystyrt\w*|fly|plane|astronaut\w*|romfart\w*|maur|insekt\w*|klatr\w*|fjellklatr\w*)\b`,
    ),
  },
  {
    id: 'suicide.story.wish_to_be_erased',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:vil|ville|onsker|onskjer|onska|skulle onske|lyst til a|lyst a|helst|want|wish|wanna|just want)\s+(?:\w+\s+){0,3}(?:a\s+|to\s+)?(?:bli\s+|be\s+|get\s+)?(?:viskes|viska|visket|slettes|sletta|slettet|utslettes|utslettet|utsletta|erased|wiped|deleted)\s+(?:helt\s+|heilt\s+|completely\s+)?(?:ut|bort|vekk|out|away|from existence|fra jordas overflate)?\b(?![^.!?]{0,12}\b(?:fra|from)\s+(?!jordas|existence|the face|verden|the world|alt|everything)\w+)|\b(?:vil|onsker|onskjer|skulle onske|wish|want)\b[^.!?]{0,40}\b(?:ingen|nobody|no one)\s+(?:\w+\s+)?(?:husker|hugsar|minnes|remembers|remember)\s+(?:at\s+|that\s+)?(?:jeg|eg|i)\s+(?:noen gang\s+|nokon gong\s+|ever\s+)?(?:fantes|fanst|levde|eksisterte|var her|existed|lived|was here)\b`,
    ),
    unless: r(
      String.raw`\b(?:bilde\w*|bildet|konto\w*|profil\w*|historikk\w*|data\w*|chat\w*|gruppe\w*|snap\w*|innlegg\w*|kommentar\w*|video\w*|photo\w*|account|post|posts|tavla|tavle\w*|lekse\w*|minne\w*\s+(?:pa|fra)\s+(?:mobil|telefon|pc))\b`,
    ),
  },
  {
    id: 'suicide.story.no_reason_to_stay',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\bingen\s+(?:grunn|grunner|arsak|vits|mening)\s+(?:\w+\s+){0,3}?(?:til\s+)?(?:a\s+)?(?:bli|vere|vera|henge)\s+(?:her|igjen|att|pa jorda|i live)\s*(?:lenger|lengre|mer|meir)?(?!\s*,?\s*(?:pa|i|hos|ved)\s+\w)\b|\bno\s+(?:\w+\s+)?reason\s+(?:for me\s+)?to\s+(?:stay|be|stick)\s+(?:around|here|alive)(?!\s+(?:at|in|on)\s+\w)|\b(?:ingenting|ingen ting|ingen|nothing|nobody)\s+(?:som\s+|left\s+)?(?:holder|held|binder|bind|stopper|keeping|holding|keeps|holds)\s+(?:meg|me)\s+(?:igjen|her|tilbake|att|lenger|lengre|here|back|anymore)\b(?!\s+(?:fra|from|pa|i|in|at)\b)`,
    ),
    unlessInSentence: r(
      String.raw`\b(?:fest\w*|party|jobb\w*|skole\w*|skule\w*|klassen|kurs\w*|mote\w*|byen|bygda|leiligheten|kollektiv\w*|hybel\w*|landet|kommunen|gjengen|gruppa|laget|forhold\w*|relationship|job|school|town|city|interrail|reise\w*|reis|flytt\w*|utland\w*|studi\w*|ferie\w*)\b`,
    ),
  },
  {
    id: 'suicide.story.car_in_shut_garage',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:garasj\w*|garage)\b[^.!?]{0,100}\b(?:motor\w*|engine)\b[^.!?]{0,50}\b(?:lukket|lukka|lukt|stengt|stengd|igjen|closed|shut|locked)\b|\b(?:motor\w*|engine)\b[^.!?]{0,60}\b(?:garasj\w*|garage)\b[^.!?]{0,50}\b(?:lukket|lukka|lukt|stengt|stengd|closed|shut|locked)\b`,
    ),
    unless: r(
      String.raw`\b(?:verksted\w*|mekanik\w*|reparer\w*|fiks\w*|olje\w*|dekk\w*|vask\w*|starte?t?\s+ikke|ville ikke starte|ville ikkje starte|wouldn't start|wont start|won't start|varmt|battery|batteri\w*|motorsykkel\w*)\b`,
    ),
  },
  {
    id: 'suicide.story.height_next_time',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b${HIGH_PLACE}\b[^?]{0,140}?\b(?:neste gang|nestegang|next time)\b[^.!?]{0,60}\b(?:(?:ikke|ikkje|itj|not|won't|wont|never)\s+(?:\w+\s+){0,4}(?:ned|tilbake|attende|snu|down|back)|hopp\w*|jump\w*|hele veien|heile vegen|all the way|gjor (?:jeg|eg) det|gjer (?:jeg|eg) det|i'll do it|tor (?:jeg|eg)|gar (?:jeg|eg) over)\b`,
    ),
    unless: r(
      String.raw`\b(?:svommehall\w*|timeter\w*|femmeter\w*|stupebrett\w*|stupetarn\w*|badeplass\w*|basseng\w*|fallskjerm\w*|strikk\w*|klatr\w*|ski\w*|heis\w*|gondol\w*|paraglid\w*|jobb\w*|stillas\w*|snomak\w*|utsikt\w*|bilde\w*|foto\w*)\b`,
    ),
  },
  {
    id: 'suicide.story.gone_by_then',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:da|na|no|snart|etter det|innen da|then|by then)\s+(?:er|e)\s+(?:jeg|eg|e)\s+(?:ikke|ikkje|itj)\s+(?:her|i live|pa jorda)\s+(?:lenger|lengre|mer|meir)\b|\b(?:er|e)\s+(?:jeg|eg)\s+(?:borte|vekke)\s+(?:for godt|for alltid)\b`,
    ),
    unless: r(
      String.raw`\b(?:ferie\w*|flytt\w*|reis\w*|utveksling\w*|hytt\w*|tur\w*|permisjon\w*|militer\w*|bortreist|vacation|moving|trip|sluttet|slutter|siste dag\w*|praksis\w*|jobb\w*|kontor\w*|skolen|skulen|byen)\b`,
    ),
  },
  {
    id: 'suicide.story.no_more_of_life',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:orker|orkar|orke|klarer|klarar|greier|gidder)\s+(?:\w+\s+)?(?:ikke|ikkje|itj)\s+(?:mer|meir|lenger|lengre)\s+(?:av\s+)?(?:(?:dette|detta|det her|sant|slikt)\s+)?(?:livet|live|a leve|a leva)\b(?!\s+(?:som|pa|i|med|uten|hjemme|heime)\b)|\b(?:can'?t|cannot)\s+(?:take|do|stand)\s+(?:this\s+)?(?:life|living)\s+(?:anymore|any more|any longer)\b`,
    ),
  },
  {
    id: 'suicide.story.amount_that_it_takes',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:hvor|kor|how)\s+(?:mange|mye|mykje|much|many)\s+(?:\w+\s+){0,2}${DRUG}\s+(?:\w+\s+){0,2}(?:skal til|trengs|trengst|ma til|it takes|would take|dos it take|would it take|til at|for at|before|for a)\b`,
    ),
    unless: r(SAFE_USE),
  },
  {
    id: 'suicide.story.they_manage_without_me',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:klarer|klarar|greier|manage|manages|will be fine|will be okay|are fine|is fine)\s+(?:\w+\s+){0,2}(?:uten|utan|without)\s+(?:meg|me)\b[^.!?]{0,60}\b(?:(?:kan|can)\s+(?:jeg|eg|i)|(?:jeg|eg|i)\s+(?:kan|can))\s+(?:bare\s+|berre\s+|just\s+)?(?:ga|dra|forsvinne|slippe|go|leave|disappear|rest)\s*(?:na\s*|no\s*|now\s*)?(?:$|[.!?,])`,
    ),
    unlessInSentence: r(String.raw`${TRAVEL}|\b(?:interrail|utveksling\w*|flytte\w*|studere|studier)\b`),
  },
  {
    id: 'suicide.story.wish_for_fatal_illness',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:haper|hapar|onsker|onskjer|skulle onske|wish|hope|hoping|ber om)\b[^.!?]{0,30}\b(?:jeg|eg|i)\s+(?:bare\s+|berre\s+|just\s+)?(?:far|fikk|fekk|hadde|blir|ble|vert|get|got|had|develop)\s+(?:\w+\s+){0,2}(?:kreft|svulst\w*|uhelbredelig\w*|terminal\w*|hjerteinfarkt|leukemi|cancer|tumou?r|dodelig\s+\w+|fatal\s+\w+|deadly\s+\w+)\b`,
    ),
    unless: r(String.raw`\b(?:ikke|ikkje|aldri|never|not|don't|dont|slipper)\b`),
  },
  // ─── Self-harm: purging, starving with its consequence, punishment with harm ───────────────────
  {
    id: 'self_harm.story.purging',
    category: 'self_harm',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:stikk\w*|stakk|stukket|stapp\w*|putt\w*|tvinge\w*|tvang|stuck|stick|put|shove\w*)\s+(?:\w+\s+){0,2}(?:finger\w*|fingr\w*|tannborst\w*|fingers?|toothbrush)\s+(?:\w+\s+){0,2}(?:i|ned i|inn i|down|in|into)\s+(?:halsen|svelget|my throat|throat)\b|\b(?:kaster|kaste|kasta|kastet|kastar|spyr|spy|spydde|throw\w*|threw|make myself|made myself|making myself)\s+(?:\w+\s+){0,2}(?:opp|up|sick)\s+(?:\w+\s+){0,3}(?:med vilje|med vilja|on purpose|etter (?:hvert|kvart|alle|hver) (?:maltid|maltider|maltida)|after (?:every|each) meal)\b|\b(?:kaste\w*|kasta\w*|kastar|spy|spyr|spydde|threw up|throw\w* up|vomit\w*|purg\w*)\b[^?]{0,100}?\b(?:etter|after)\s+(?:hvert|kvart|alle|hver|every|each)\s+(?:maltid\w*|meal\w*)\b|\b(?:kaster|kastar|spyr|throw up|vomit)\s+(?:opp\s+)?(?:etter|after)\s+(?:\w+\s+){0,2}(?:hver|kvar|every)\s+(?:dag|kveld|gang|gong|day|night|time)\b`,
    ),
    unless: r(
      String.raw`\b(?:fiskebein\w*|bein|satt fast|sitter fast|forgift\w*|sopp|lege\w*|legevakt\w*|sykehus\w*|sjukehus\w*|hunden|katten|babyen|magesjau\w*|omgangssyk\w*|gravid\w*|cellegift|kjemo\w*|poisoned|stuck in)\b`,
    ),
  },
  {
    id: 'self_harm.story.not_eating_then_fainting',
    category: 'self_harm',
    level: 'check_in',
    pattern: r(
      String.raw`(?:\b(?:ikke|ikkje|itj|nesten ikke|nesten ikkje|knapt|nesten ingenting|ingenting|not|barely|hardly|nothing)\s+(?:\w+\s+){0,2}(?:spist|spiste|ete|eaten|ate|eat)|\b(?:kaster|kastar|kastet|kasta|spyr|spydde|throwing|threw)\s+(?:opp|up))\b[^?]{0,120}?\b(?<!(?:nesten|holdt pa a|almost|nearly)\s)(?:svimte|svimt|besvimte|besvimt|besvimer|besvime|svimer|svime|svartna|svartnet|svartner|kollaps\w*|fainted|passed out|blacked out|datt om)\b`,
    ),
    unless: r(
      String.raw`\b(?:glemt|glemte|gloymde|rakk ikke|rakk ikkje|sent ute|seint ute|hadde ikke tid|hadde ikkje tid|varme\w*|heten|heta|syk|sjuk|influensa|omgangssyk\w*|magesjau\w*|blodprove\w*|vaksine\w*|operasjon\w*|narkose|forgot|no time|flu|sick|heat)\b`,
    ),
  },
  {
    id: 'self_harm.story.deserved_pain_made_sure',
    category: 'self_harm',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:fortjener|fortener|fortente|fortjente|deserve|deserved)\s+(?:a\s+|to\s+)?(?:ha\s+|fa\s+|kjenne\s+|kjenna\s+|feel\s+|be in\s+)?(?:det\s+|the\s+|all the\s+)?(?:vondt|smerte\w*|pain|to hurt|a lide|lide|suffer\w*)\b[^.!?]{0,80}\b(?:sorger for|syter for|passer pa|make sure|making sure|gir meg|gjer eg|gjor jeg|med (?:\w+\s+)?(?:kniv\w*|passer\w*|barberblad\w*|lighter\w*|blad|bladet|sigarett\w*)|kutt\w*|brenn\w*|risp\w*|riss\w*|sla meg|slar meg|cut\w*|burn\w*)`,
    ),
  },
  {
    id: 'self_harm.story.punished_with_harm',
    category: 'self_harm',
    level: 'check_in',
    pattern: r(
      String.raw`\bstraff\w*\s+(?:(?:jeg|eg|e)\s+)?(?:meg|meg selv|meg sjol|meg sjolv|meg sjov|myself)\s+(?:\w+\s+)?(?:med|ved a|by|with)\s+(?:a\s+|to\s+)?(?:\w+\s+){0,2}(?:kniv\w*|barberblad\w*|blad|bladet|lighter\w*|sigarett\w*|glovarm\w*|skjer\w*|skar|kutt\w*|brenn\w*|brant|risp\w*|riss\w*|slag|sla meg|slar meg|blade\w*|knife|razor\w*|cutting|burning|hitting|lighter)\b`,
    ),
    unless: r(String.raw`\b(?:kutt\w*\s+ut|kutte\s+ned|kutter\s+ned|cut\w*\s+(?:out|back|down))\b`),
  },
  {
    id: 'self_harm.story.hurt_until_marked',
    category: 'self_harm',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:skraper|skrapa|skrape|skrapte|klor|klorer|klore|kloret|klorte|klyper|klype|kloyp|klypte|slar|slo|sla|slatt|dunker|dunka|dunket|dunke|banker|banka|banket|river|rev|scratch\w*|pinch\w*|hit|hitting|bang\w*)\s+(?:\w+\s+){0,3}(?:meg|hodet|armene|armane|laret|lara|huden|myself|my head|my arms|my skin)\b[^.!?]{0,60}\b(?:til|until|till)\s+(?:huden|skinnet|det|den|it|the skin|my skin|i)\s+(?:\w+\s+)?(?:gar av|losner|blor|bloder|blodde|ble blatt|blir blatt|vart blatt|blei blatt|sprekker|sprakk|bleeds|bled|bruised|breaks|came off|comes off)\b`,
    ),
    unless: r(
      String.raw`\b(?:falt|datt|ramla|uhell\w*|sykkel\w*|fotball\w*|skateboard\w*|trening\w*|kamp\w*|myggstikk\w*|eksem\w*|klodd\w*|kloda|fell|accident\w*|ved et uhell)\b`,
    ),
  },
  // ─── Violence: done by the speaker, threatened, at home ─────────────────────────────────────────
  {
    id: 'violence.story.speaker_hurt_someone',
    category: 'violence',
    level: 'concern',
    pattern: r(
      String.raw`(?:\b(?:jeg|eg|e|i|vi)\s+(?:\w+\s+)?${HURT_PAST}|\b${HURT_PAST}\s+(?:jeg|eg|vi)(?:\s+\w+)?)\s+(?:opp\s+|ned\s+|til\s+|up\s+)?(?:\w+\s+)?${PERSON}\b(?:\s+(?:min|mi|mitt|mine))?(?!\s+(?:i|pa|in|at)\s+${GAMES})`,
    ),
    unless: r(
      String.raw`\b(?:${GAMES}|sparring|boksing|bryting|judo|karate|kampsport\w*|trening\w*|kamp\w*|match|game|leik\w*|lek\w*|for goy|for moro|putekrig|chess|cards|a game|the game|a match|at\s+\w+ing|haha\w*|lol|dytta borti|dyttet borti|ved et uhell|uhell\w*|by accident|accidentally)\b`,
    ),
  },
  {
    id: 'violence.story.speaker_injured_someone',
    category: 'violence',
    level: 'concern',
    pattern: r(
      String.raw`\b(?:jeg|eg|i|i've|ive)\b[^.!?]{0,60}?\b(?:brakk|knakk|knuste|broke|smashed|busted)\s+(?:nesa|nesen|kjeven|kjaken|armen|ribbeina|tennene|his|her|their)\s+(?:hans|hennes|hennar|deira|dems|til\s+\w+|nose|jaw|arm|ribs|teeth)\b|\b(?:jeg|eg|i)\s+(?:\w+\s+){0,2}(?:slo|slatt|banket|banka|sparka|sparket|hit|punched|beat)\s+(?:\w+\s+){0,3}(?:sa|so)\s+(?:han|hun|ho|he|she)\s+(?:fikk|fekk|got|had)\s+(?:\w+\s+)?(?:blaveis|blatt oye|hjernerystelse|brudd|a black eye|a concussion|stitches|sting)\b`,
    ),
    unless: r(String.raw`\b(?:${GAMES}|uhell\w*|accident\w*|ved et uhell|by accident|sparring|boksing|kamp\w*)\b`),
  },
  {
    id: 'violence.story.threat_of_hospital',
    category: 'violence',
    level: 'concern',
    pattern: r(
      String.raw`\b(?:jeg|eg|i|i'm|im|i'll)\s+(?:\w+\s+){0,3}(?:skal|ska|kommer til a|kjem til a|gonna|going to|will|'ll)\s+(?:\w+\s+){0,2}(?:sende|put|putte|legge|send)\s+(?:ham|han|henne|ho|dem|dei|him|her|them)\s+(?:pa|til|in|into|to)\s+(?:sykehus\w*|sjukehus\w*|legevakt\w*|intensiv\w*|the hospital|hospital|the er|a wheelchair|rullestol\w*|graven|the grave|the morgue)\b`,
    ),
    unless: r(
      String.raw`\b(?:syk|sjuk|feber|skadet|skada|vondt|ambulanse\w*|sick|ill|fever|injured|hurt himself|hurt herself|besok\w*|visit\w*|jobb\w*|praksis\w*)\b`,
    ),
  },
  {
    id: 'violence.story.waiting_with_a_weapon',
    category: 'violence',
    level: 'concern',
    pattern: r(
      String.raw`\b(?:tar|ta|tek|tok|har|bringing|bring|take|taking)\s+(?:\w+\s+){0,3}(?:${WEAPON}|jernror\w*|ror|rorstump\w*|kolle\w*|kubein\w*|brekkjern\w*|slagvapen|knoke\w*|hammer\w*|hammaren|stein|pipe|crowbar|brass knuckles)\b[^.!?]{0,60}\b(?:venter|vente|venta|ventar|waiting|wait|oppsoke|oppsoker|finne|finner|tar|ta|get|catch|lure|lurer)\s+(?:pa\s+|for\s+)?(?:ham|han|henne|ho|dem|dei|him|her|them|sjefen|lereren|leraren|treneren|nabon|eksen|faren|stefaren|broren)\b`,
    ),
    unless: r(String.raw`\b(?:${GAMES}|jakt\w*|fisk\w*|snekr\w*|bilder|spikr\w*|tur\w*|hunting|fishing)\b`),
  },
  {
    id: 'violence.story.choke_hold',
    category: 'violence',
    level: 'concern',
    pattern: r(
      String.raw`\b(?:kvelertak|strupetak|halsgrep|chokehold|choke hold)\b|\b(?:tok|tar|tek|grep|griper|klemte|klemmer|grabbed|held|squeezed)\s+(?:\w+\s+){0,2}(?:rundt|om|around|by)\s+(?:halsen|strupen|the throat|the neck|her neck|his neck|my neck)\b`,
    ),
    unless: r(
      String.raw`\b(?:${GAMES}|bryting|judo|jiu\w*|mma|kampsport\w*|trening\w*|film\w*|wrestl\w*|klem|klemte meg|hug\w*|skjerf\w*|halskjede\w*|kjede|armene|armane|arms)\b`,
    ),
  },
  {
    id: 'violence.story.things_thrown_at_family',
    category: 'violence',
    level: 'concern',
    pattern: r(
      String.raw`\b(?:kaster|kasta|kastet|kastar|kyler|kylte|slenger|slengte|throws|threw)\s+(?:\w+\s+){0,2}(?:ting|saker|tallerken\w*|glass|flask\w*|stol\w*|kopp\w*|kniv\w*|things|stuff|plates|bottles|chairs|knives)\s+(?:\w+\s+)?(?:etter|pa|mot|at)\s+(?:oss|meg|mamma|pappa|mor|lillebror|lillesoster|sosken\w*|broren|sostera|sosteren|us|me|my)\b|\btraff\s+(?:meg|mamma|lillebror|lillesoster|henne|ham|han|ho|broren|sostera|sosteren|oss)\s+(?:\w+\s+)?(?:i|pa)\s+(?:hodet|ansiktet|hovudet|andletet)\s+med\b`,
    ),
    unless: r(
      String.raw`\b(?:snoball\w*|ball\w*|pute\w*|puter|lek\w*|leik\w*|vannballong\w*|konfetti|dodgeball|kanonball|spill\w*|game\w*|frisbee|godteri|snop|haha\w*|lol)\b`,
    ),
  },
  // ─── Sexual abuse told as acts on the body, images taken undressed ─────────────────────────────
  {
    id: 'abuse.story.touched_intimately',
    category: 'abuse',
    level: 'concern',
    pattern: r(
      String.raw`\b(?:ta|tar|tok|tatt|tek|teke|kjenne|kjenner|kjente|befole|befoler|befolte|beforte|famle\w*|grafse\w*|tafse\w*|tafsa|klapp\w*|klype\w*|klemme|klemte|stryke|stryker|strok|touch\w*|grab\w*|grope\w*|feel|feels|felt)\s+(?:(?:meg|me)\s+)?(?:pa|on|at|up)\s+(?:(?:meg|me)\s+(?:pa|on)\s+)?(?:\w+\s+)?${BODY_INTIMATE}\s+(?:mine|mi|min|mitt|my)\b|\b(?:tar|tok|tek|teke|tatt|kjent|kjente|befolt|befolte|beforte|tafset|tafsa|rort|rorte|touched|touches|grabbed|groped)\s+(?:meg|me)\s+(?:pa|on|between)\s+(?:\w+\s+)?${BODY_INTIMATE}|\b(?:touch\w*|grab\w*|grop\w*|feel\w*|felt|squeez\w*)\s+my\s+${BODY_INTIMATE}|\b(?:hand\w*|hender|hendene|fingr\w*|finger\w*|hands?|fingers?)\s+(?:\w+\s+)?(?:innenfor|inn under|under|ned i|nedi|oppi|opp under|inn i|inside|down|up)\s+(?:\w+\s+)?${CLOTHES}\s+(?:mi|min|mitt|mine|my)\b`,
    ),
    unless: r(MEDICAL),
  },
  {
    id: 'abuse.story.images_undressed',
    category: 'abuse',
    level: 'concern',
    pattern: r(
      String.raw`\b(?:bild\w*|video\w*|film\w*|filma|filmet|filmer|snap\w*|photos?|pics?|pictures?|videos?|filmed|photographed)\s+(?:\w+\s+){0,3}(?:av meg|of me|meg)\s+(?:\w+\s+){0,4}(?:naken|nakne|uten kler|utan klede|i undertoy\w*|i truse\w*|i dusjen|i dusj|pa do|i garderoben|mens (?:jeg|eg) (?:skifta|skiftet|skifter|dusja|dusjet|dusjer|sov)|naked|nude|undressed|in the shower|in my underwear|while i (?:was )?(?:changing|showering|asleep))\b|\b(?:nakenbild\w*|nakenvideo\w*|sexvideo\w*|nudes?)\s+(?:\w+\s+){0,2}(?:av meg|of me)\b[^.!?]{0,60}\b(?:gar rundt|gikk rundt|spredd|spres|spreidd|delt|deles|lagt ut|sendt rundt|ligger ute|shared|posted|spread|going around|leaked)\b`,
    ),
    unless: r(
      String.raw`\b(?:baby|smabarn|liten|lita|da (?:jeg|eg) var (?:\w+\s+)?(?:ar|mnd|maneder)|when i was a baby)\b`,
    ),
  },
  {
    id: 'abuse.story.touched_while_exposed',
    category: 'abuse',
    level: 'concern',
    pattern: r(String.raw`${EXPOSED}[^.!?]{0,60}\b${TOUCHES_ME}|\b${TOUCHES_ME}[^.!?]{0,60}${EXPOSED}`),
    // Touched to wake one, or by a doctor; the speaker putting something on.
    unless: r(
      String.raw`\b(?:jeg|eg|i)\s+(?:tar|tek|tok)\s+pa\s+meg\b|\b(?:tar|tek|tok)\s+(?:jeg|eg)\s+pa\s+meg\b|\b(?:vekke|vekkje|vekket|vekte|vakke|wake)\b|${MEDICAL}`,
    ),
  },
  {
    id: 'abuse.story.night_demand_with_threat',
    category: 'abuse',
    level: 'concern',
    pattern: r(
      String.raw`\b(?:kommer|kom|kjem|comes|came)\s+(?:\w+\s+)?(?:inn\s+)?(?:til meg|pa rommet mitt|pa rommet mit|inn pa rommet|i senga mi|into my room|into my bed|to my room)\b[^.!?]{0,80}\b(?:(?:ma|skal|must|have to|need to)\s+(?:vere|vera|be)\s+(?:grei|snill|flink|nice|good|sweet)(?:\s+(?:mot|med|to|with)\s+(?:ham|han|henne|ho|him|her|meg|me))?|(?:gjore|gjere|do)\s+som\s+(?:han|hun|ho|he|she)\s+(?:sier|seier|says)|(?:var|our)\s+(?:lille\s+)?(?:hemmelighet|hemmelegheit|secret))\s*,?\s*(?:ellers|or else|otherwise|hvis ikke|viss ikkje|om ikke|for da|because)\b`,
    ),
  },
  {
    id: 'abuse.story.forced_sexual_act',
    category: 'abuse',
    level: 'concern',
    pattern: r(
      String.raw`\b(?:tvang|tvinger|tvinga|tvunget|tvingar|presset|pressa|presser|forced|forces|made me|pressured)\s+(?:meg|me)\s+(?:til\s+)?(?:a\s+|to\s+)?(?:\w+\s+){0,2}(?:suge|suga|runke|ta pa (?:ham|han|henne|ho|seg|tissen|penisen|kuken|kukken)|kle av meg|kle meg naken|ligge med|ha sex|sex|seksuelle|blowjob\w*|suck|touch (?:him|his|her)|have sex|sleep with|undress|strip)\b`,
    ),
  },
  {
    id: 'abuse.story.woke_undressed_no_memory',
    category: 'abuse',
    level: 'concern',
    pattern: r(
      String.raw`\b(?:vaknet|vakna|vakner|vaknar|woke up|woke|waking up)\b[^.!?]{0,80}${UNDRESSED}[^?]{0,100}?${NO_MEMORY}|${NO_MEMORY}[^?]{0,100}?\b(?:vaknet|vakna|vakner|vaknar|woke up|woke)\b[^.!?]{0,80}${UNDRESSED}`,
    ),
  },
  {
    id: 'abuse.story.sextortion',
    category: 'abuse',
    level: 'concern',
    pattern: r(
      String.raw`\b(?:nakenbild\w*|nakenvideo\w*|nakenfilm\w*|sexvideo\w*|nudes?|nude (?:pics|photos|video)|intime bilder|bilder uten kler|bilder (?:av meg )?uten kler)\b[^?]{0,140}?\b(?:hvis|viss|om|dersom|unless|if|ellers|or else|otherwise)\b[^.!?]{0,60}\b(?:betal\w*|vipps\w*|vippser|vipser|penger|pengar|kroner|kr|money|pay|paid|gift ?cards?|gavekort\w*|sender flere|sende flere|send more|more pics|mer bilder|flere bilder|fleire bilete)\b|\b(?:betal\w*|vipps\w*|penger|pengar|kroner|kr|money|pay|gift ?cards?|gavekort\w*|flere bilder|fleire bilete|mer bilder|more pics|more nudes)\b[^.!?]{0,60}\b(?:ellers|or else|otherwise|hvis ikke|viss ikkje|om ikke|unless|if i don't|if i dont)\b[^?]{0,100}?\b(?:nakenbild\w*|nakenvideo\w*|nakenfilm\w*|sexvideo\w*|nudes?|intime bilder|bilder (?:av meg )?uten kler)`,
    ),
  },
  // ─── Acute welfare: where one lives, what is cut off, what a child lacks ───────────────────────
  {
    id: 'welfare.story.living_in_a_car',
    category: 'welfare',
    level: 'concern',
    pattern: r(
      String.raw`\b(?:bor|bodd|bodde|bur|budd|sover|sov|sovet|sove|living|lived|live|sleeping|slept)\s+(?:\w+\s+){0,2}(?:i|in)\s+(?:bilen|en bil|ein bil|telt\w*|trappeoppgang\w*|trappa|bod\w*|parkeringshus\w*|the car|my car|a car|a tent|a stairwell)\b(?:\s+(?:min|mitt|mi|mine))?[^.!?]{0,40}\b(?:siden|sidan|since|lenge|i\s+(?:\w+\s+)?(?:uker|veker|maneder|manader|weeks|months)|for\s+(?:\w+\s+)?(?:weeks|months))\b`,
    ),
    unless: r(
      String.raw`\b(?:festival\w*|ferie\w*|tur\w*|roadtrip\w*|camping\w*|bobil\w*|campingvogn\w*|hytt\w*|spare penger|for moro|for goy|vanlife|van life|russ\w*|vacation|holiday|trip)\b`,
    ),
  },
  {
    id: 'welfare.story.utilities_cut_off',
    category: 'welfare',
    level: 'concern',
    pattern: r(
      String.raw`\b(?:strommen|strom|straumen|straum|vannet|vatnet|varmen|the power|power|electricity|the water|water|heating|the heat)\s+(?:\w+\s+){0,2}(?:stengt|avstengt|stengd|kuttet|kutta|skrudd av|slatt av|cut off|shut off|disconnected)\b[^?]{0,160}?\b${CHILD_OR_NEED}\b|\b${CHILD_OR_NEED}\b[^?]{0,120}?\b(?:strommen|strom|straumen|vannet|vatnet|varmen|the power|electricity|the water|heating)\s+(?:\w+\s+){0,2}(?:stengt|avstengt|stengd|kuttet|kutta|skrudd av|cut off|shut off|disconnected)\b|\b(?:ikke|ikkje|uten|utan|no|without)\s+(?:hatt\s+|had\s+)?(?:strom|straum|varme|vann|vatn|power|electricity|heat|heating|water)\s+(?:pa|i|for|in)\s+(?:\w+\s+)?(?:dager|dagar|uker|veker|days|weeks)\b[^?]{0,100}?\b${CHILD_OR_NEED}\b|\b(?:ingen|ikke|ikkje|no)\s+(?:\w+\s+)?(?:penger|pengar|money|rad)\s+(?:\w+\s+)?(?:til\s+|for\s+)?(?:bleier|bleie|morsmelkerstatning|babymat|barnemat|medisin\w*|insulin\w*|diapers|nappies|formula|medicine)\b`,
    ),
    unless: r(
      String.raw`\b(?:gravearbeid\w*|vedlikehold\w*|reparasjon\w*|arbeid i gata|rorlegger\w*|i (?:to|tre|noen|et par) timer|planlagt\w*|oppgradering\w*|hytt\w*|repairs?|maintenance|lonning\w*|lonna|payday)\b`,
    ),
  },
];
