import { r, type RiskRule } from './rule.js';
import { DONE_WITH_SOMEONE } from './suicidePlain.js';
import {
  SUBJ,
  NEG,
  SELF,
  DIE,
  DIE_INF,
  TRAVEL,
  AT_A_NAMED_PLACE,
  IDIOM_DEATH,
  PILLS,
  BLADE,
  FAREWELL_TO_THING,
  NO_LONGER_USED,
  BURDEN_IN_A_ROLE,
  DATE_OF_AN_EVENT,
} from './tokens.js';

/**
 * Semantic families for suicide (issue 14, second pass): each rule covers a whole family of
 * meaning rather than one phrasing — any first-person wish to be dead, any way of saying "I won't
 * be here", plans and dates, means made ready, farewells, notes and giving things away. Uncertain
 * shapes are check_in: asking directly is safe, a missed crisis is not. Idiom guards stay next to
 * each rule.
 */
/** A wish to go after, or be with again, the one who died ("vil bare følge etter han"). */
const JOIN_THE_DEAD = String.raw`(?:vil|ville|onsker|onskjer|lyst til a|lyst a|vil bare|want to|wanna)\s+(?:\w+\s+){0,2}(?:folge etter|fylgje etter|komme etter|dra etter|folge|vere hos|vere sammen med|follow|join|be with)\s+(?:han|ham|henne|hun|ho|dem|dei|mamma|pappa|mor|far|bror|broren|sostera|syster|mormor|morfar|farmor|farfar|bestemor|bestefar|vennen|venninna|kompisen|bestevennen|him|her|them)\b(?!\s+(?:pa|til|i|hjem|heim|on|to)\b)`;

export const SUICIDE_FAMILY_RULES: readonly RiskRule[] = [
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
    // "Bestemor har kreft og kommer nok til å dø snart": an illness named anywhere in the sentence.
    unlessInSentence: r(
      String.raw`\b(?:kreft\w*|sykdom\w*|sjukdom\w*|dement\w*|sykehjem\w*|sjukeheim\w*|palliativ\w*|hospice|cancer)\b`,
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
      String.raw`\b(?:om|hvis|viss|dersom|nar|if|when|til)\s+(?:jeg|eg|i|e|i'm|im)\s+(?:bare\s+|berre\s+|just\s+)?(?:dode|dor|doydde|doyr|doyde|died|die|was dead|var dod|er dod|er borte|e borte|er vekk|gone|forsvant|ble pakjort|vart pakoyrd|ikke lenger er her|bestemmer meg)\b`,
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
    // A story or film is a frame (frames.ts); a school subject about death is not about the speaker.
    unless: r(String.raw`\b(?:religion\w*|krle|filosofi\w*)\b`),
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
      String.raw`\b(?:ingenting|ikke\s+noe|ikkje\s+noko|ikke\s+noko|ingen ting|ittno|itjno|inkje|nothing|ingen|no)\s+(?:\w+\s+){0,2}(?:a\s+)?(?:leve|leva|lev|live)\s+for\b|\b(?:isn't|is not|not)\s+worth\s+living\b|\blife(?:'s|\s+is|s)\s+(?:not|no longer|never)\s+worth\s+(?:it|living|anything)\b|\b(?:ingen|no|ikke noen|ikkje nokon)\s+(?:grunn|grunnar|reason)\s+(?:til\s+a|to)\s+(?:fortsette|halde fram|holde ut|go on|continue|keep going|leve)\b(?!\s+med\b)`,
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
    unless: r(String.raw`\b(?:jobb\w*|skole\w*|skule\w*|timen|motet|flytt\w*|ferie\w*)\b|${BURDEN_IN_A_ROLE}`),
  },
  {
    id: 'suicide.family.not_here_future',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:${NEG}|not|won't|wont)\s+(?:\w+\s+){0,3}(?:vere|vere|er|e|be|here)\s+(?:her|around|alive|i live)\s*(?:lenger|lengre|mer|meir|anymore|tomorrow|i morgen|til|neste|da|much longer|for lenge)?\b|\b(?:i morgen|tomorrow)\s+(?:er|e)\s+(?:jeg|eg)\s+${NEG}\s+her\b|\b${NEG}\s+(?:\w+\s+){0,3}(?:leve|leva|live)\s+(?:til|lenge|to see|mye lenger)\b|\bblir\s+${NEG}\s+gammel\b|\b(?:ingen|ikke noen|no)\s+(?:fremtid|framtid|future)\s+(?:for|til)\s+(?:meg|me)\b|\b(?:framtida|fremtiden|framtiden)\s+mi\w*\s+(?:\w+\s+)?(?:finnes|fins)\s+${NEG}\b|\b${NEG}\s+(?:\w+\s+){0,2}(?:her|i live)\s+da\b`,
    ),
    unless: r(
      String.raw`${TRAVEL}|\bher\s+(?:i\s+(?:byen|landet|norge|oslo)|pa\s+\w+)\b|\bher${AT_A_NAMED_PLACE}|\b(?:besok\w*|visiting|hos)\b|\b(?:skal|drar|reiser|going|flying)\s+(?:til|pa|to)\b`,
    ),
  },
  {
    id: 'suicide.family.gone_for_good',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:dra|drar|drog|ga|gar|gar|reise|forsvinne|borte|exit|vekk|slutt|ferdig|gone|leave|leaving)\b[^.!?]{0,30}\bfor\s+(?:godt|alltid|good)\b|\bta\s+(?:en|ein)\s+exit\b`,
    ),
    unless: r(
      String.raw`${TRAVEL}|\b(?:fra|fra)\s+(?:oslo|byen|bygda|norge|\w+en)\b|\bhjemmefra\b|\b(?:telefon\w*|mobil\w*|nokkel\w*|nokl\w*|lommebok\w*|penge\w*|sykkel\w*|bag\w*|veske\w*|jakke\w*|lappen|kortet|passet|smerte\w*|hodepine\w*|kvise\w*|utslett\w*)\b|${DONE_WITH_SOMEONE}`,
    ),
  },
  {
    id: 'suicide.family.nobody_would_care',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:nobody|no one|noone|ingen)\s+(?:\w+\s+){0,2}(?:miss|care|notice|savne|savna|sakna|merke|merka|bry|brydd|bryr|ville grate|grate)\w*\s+(?:\w+\s+){0,3}(?:if|when|om|hvis|viss|nar|dersom)\s+(?:i|jeg|eg|i'm|im)\b|\b(?:hadde|ville)\s+${NEG}\s+(?:\w+\s+)?(?:savnet|savna|sakna|merket|merka|brydd seg)\s+(?:meg\s+)?(?:om|hvis|viss)\s+(?:jeg|eg)\b|\bingen\s+(?:vil|ville|kommer til a|kjem til a|hadde|kan|kommer|would|will)\s+(?:\w+\s+)?(?:savne|sakne|savnet|savna|sakna|merke|merka|merket|bry seg|bryr seg|miss|care|notice)\s+(?:meg|om meg|me|about me)\b`,
    ),
    // Not missed at one event ("ingen kommer til å savne meg på festen"): a night out, not a life;
    // nobody caring about one everyday slip ("om jeg kommer for sent", "om jeg er borte fra timen").
    unless: r(
      String.raw`\b(?:om|hvis|viss|dersom|if|when)\s+(?:jeg|eg|i)\s+(?:kommer|kjem|er|e|blir|drar|gar|skulker|glemmer|come|am|skip|leave)\s+(?:\w+\s+){0,2}(?:for sent|for seint|litt sent|borte fra|heime fra|hjemme fra|late|absent from|tidlig hjem|tidleg heim|pa festen|pa trening\w*|pa jobb|pa skolen|pa skulen|til timen|i timen)\b|\b(?:savn\w*|sakn\w*|miss\w*)\s+(?:meg|me)\s+(?:pa|i|at|on)\s+(?:\w+\s+)?(?:fest\w*|bursdag\w*|tur|turen|trening\w*|kamp\w*|timen|kurs\w*|jobb\w*|mote\w*|motet|skolen|skulen|helg\w*|middag\w*|party|game|practice)\b`,
    ),
  },
  {
    id: 'suicide.family.hopeless_death',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:gitt|gi|gir|gav|ga)\s+opp\s+(?:hapet|hap|livet)\b(?!\s+(?:om|for)\s+a\s+|\s+om\s+at\s+(?!(?:\w+\s+){0,5}(?:bedre|betre|leve|livet|frisk|ting|alt)\b))|\bgiven\s+up\s+(?:on\s+)?(?:life|hope|everything)\b|\b(?:never|aldri)\s+(?:going\s+to\s+|kommer\s+til\s+a\s+)?(?:get|bli)\s+(?:better|bedre|betre)\b|\blife\s+is\s+(?:pointless|meaningless|hopeless)\b|\b(?:ser\s+)?ingen\s+(?:mening|meining|vits|poeng)\s+(?:med|i)\s+(?:noe|noko|noenting|livet|alt|nokon ting)\b|\b${NEG}\s+(?:\w+\s+)?(?:en|ei|ein|one)\s+(?:eneste|einaste|single)\s+dag\s+til\b`,
    ),
    unless: r(String.raw`\b(?:vekta|slanking|kosthold|dietten|trening\w*|fotball\w*|laget|prosjekt\w*)\b`),
  },
  // Plans, dates and "doing it".
  {
    id: 'suicide.family.plan_do_it',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:hvordan|korleis|kossen|how)\s+(?:og\s+(?:nar|nar|kva tid)\s+)?(?:jeg|eg|i)\s+(?:\w+\s+)?(?:skal|ska|will|'ll|ll|kan)?\s*(?:gjore|gjere|do)\s+(?:det|it)\b(?!\s+(?:med|pa|bedre|betre|riktig|rett|right|better))|\b(?:planen|alt)\s+er\s+(?:klar|klart|planlagt|bestemt)\b|\bbestemt\s+(?:meg\s+for\s+)?(?:dato|daton|dagen|tidspunkt\w*)\b(?!\s+${DATE_OF_AN_EVENT})|\bdet\s+skjer\s+(?:i\s+(?:kveld|natt|morgen|helga)|pa\s+\w+dag|etter\s+\w+|snart)\b|\b(?:i\s+(?:kveld|natt)|tonight)\s+(?:gjor|gjer|skjer|do)\s+(?:jeg|eg|i|det)\b|\b(?:gjor|gjer|doing|do)\s+(?:jeg\s+|eg\s+)?(?:det|it)\s+(?:i\s+(?:kveld|natt|helga)|tonight|pa\s+\w+dag|snart|soon)\b|\bingen\s+kan\s+stoppe\s+meg\b|\bno\s+one\s+can\s+stop\s+me\b|\bgjor\s+jeg\s+det\b`,
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
      String.raw`\b(?:barber\w*\s+(?:meg|skjegget|beina|leggene)|shav\w*|kjokken\w*|kitchen|kokk\w*|klatr\w*|bat|baten|seil\w*|camping|hoppetau|climbing|klesvask\w*|klesnor\w*|henge opp|taue|tauing\w*|slepe\w*|sleping|slepetau\w*|fortoy\w*|tow\w*)\b|\blevere\s+(?:\w+\s+){0,2}(?:inn|tilbake|pa apotek\w*)|\bgamle\s+(?:medisin\w*|piller|pillene|tablett\w*)|\b(?:for|fra|unna)\s+(?:lillebror|lillesoster|barna|ungene|smabarn\w*|babyen|the kids)\b|\bhoyt oppe\b`,
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
      String.raw`\b(?:tenker pa a|tenkjer pa a|lyst (?:til )?a|vil|skal|ska|thinking (?:about|of)|want to|wanna|gonna|going to)\s+(?:bare\s+)?(?:hoppe|hoppa|jump\w*)\s+(?:\w+\s+)?(?:fra|fra|utfor|ned|ut|off|from|foran|in front)\b|\b(?:kjore|kjora|kjoyre|drive)\s+(?:\w+\s+){0,2}(?:i|inn i|mot|utfor|into|off)\s+(?:en\s+|ein\s+|a\s+)?(?:fjellvegg\w*|veggen|vegg|fjellet|trailer\w*|lastebil\w*|stupet|a wall|a truck|a cliff)\b|\bga\s+(?:ut\s+)?(?:i|ut i)\s+(?:sjon|havet|vannet|elva|the sea)\b[^.!?]{0,30}\b(?:${NEG}|never|not)\b|\b(?:opp|ut|up)\s+(?:pa|i|on|to)\s+(?:\w+\s+)?(?:\w*taket|tak|\w*brua|broa|bruen|bro|bru|blokka|stupet|fjellet|toppen|kanten|the roof|the bridge|the edge|the cliff)\b[^.!?]{0,60}\b(?:og|and|for a|to)\s+(?:\w+\s+)?(?:hoppe|hopper|hoppa|hoppar|jump|kaste meg|kaster meg|kaste meg ned|kastar meg)\b(?!\s+(?:i|pa|into|on)\s+(?:vannet|sjon|havet|basseng\w*|fjorden|the water|the sea|the pool)\b)`,
    ),
    unless: r(
      String.raw`\b(?:fallskjerm\w*|strikk\w*|bungee|trampoline\w*|basseng\w*|stup\w*\s+(?:i|fra brett)|badeplass\w*|svommehall\w*|stupetarn\w*|stupebrett\w*|hopptarn\w*|\d+\s*-?\s*meter\w*|tieren|femmeren|brygga|bader|bade|swim\w*|parachute|ski\w*|hoydehopp|lengdehopp|gta|forza|bilspill\w*|spillet|i spill)\b`,
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
      String.raw`\b(?:bilde\w*|foto\w*|kamera\w*|camera|pictures?|photos?|utsikt\w*|view|venter pa|waiting for|tur\w*|hike|jobb\w*|work|skifter|reparer\w*|maler|snomak\w*|snomak\w*|will be there|on my way|pa vei\w*|er der om|kommer om)\b`,
    ),
  },
  {
    // Wishing to follow someone who has died ("bestevennen min døde, og nå vil jeg bare følge
    // etter han"): a death named in the sentence and a wish to go after or be with the one who died.
    id: 'suicide.family.join_the_dead',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:dode|dodde|daude|doydde|dau|dod|gikk bort|gjekk bort|omkom|died|passed away|is dead)\b[^.!?]{0,80}\b${JOIN_THE_DEAD}|${JOIN_THE_DEAD}[^.!?]{0,80}\b(?:dode|dodde|daude|doydde|gikk bort|gjekk bort|omkom|died|passed away)\b`,
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
      String.raw`${TRAVEL}|${FAREWELL_TO_THING}|\b(?:klassen|kolleg\w*|laget|sommer\w*|russ\w*|avslutning\w*|begravelse\w*|minnestund\w*|bisettelse\w*|gravferd\w*|funeral|sykehus\w*|sjukehus\w*|sykehjem\w*|sjukeheim\w*|hospital\w*|hospice|dodsleie\w*|for now|see you|vi ses|snakkes|neste uke|next week|til neste|for i dag|for today)\b`,
    ),
  },
  {
    // Thanks, then "it is over now"; a wish to sleep for ever. Their own rule, so the farewell
    // family's pattern does not grow (each runs only where its words are).
    id: 'suicide.family.over_now',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:takk|tusen takk|thanks|thank you)\s+for\b[^.!?]{0,60}[,.]?\s*(?:na\s+)?(?:det|alt|it)\s+(?:er|is|'s)\s+(?:over|slutt|ferdig)\s+(?:na|no|now)\b|\b(?:wish|want|vil|ville|onsker|onske|skulle onske|lyst)\b[^.!?]{0,20}\b(?:sleep|sove|sovne)\s+(?:\w+\s+)?(?:forever|for alltid|for godt|and never wake|og aldri vakne)\b`,
    ),
    unless: r(
      String.raw`${TRAVEL}|\b(?:eksamen\w*|prove\w*|kurs\w*|timen|dagen|uka|veka|helga|ferien|semester\w*|festen|kampen|sesong\w*)\b`,
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
      String.raw`\b(?:nav|soknad\w*|jobb\w*|skole\w*|skule\w*|kommune\w*|lege\w*|handleliste\w*|ferie\w*|julekort\w*|bursdag\w*|takk\w*kort|tur|application|exam|eksamen|innlevering\w*|flytt\w*|moving|trening\w*|middag\w*|butikk\w*|handl\w*|husk\w*|remind\w*|tannleg\w*|dentist|kommer hjem til|kjem heim til|home for dinner)\b`,
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
      String.raw`\b(?:fretex|finn|loppis|billett\w*|plassen|syk|sjuk|bruktbutikk\w*|innsamling\w*|veldedig\w*|frelsesarme\w*|rydd\w*|flytt\w*|for sma|for sma|gamle|gammel|vokst|lekser|oppgave\w*|brosjyre\w*|flyer\w*|informasjon|rad|kort|godteri|kake\w*|pakke\w*|gave\w*|julegave\w*|jobb\w*|fatt ny\w*|fikk ny\w*|kjopt ny\w*|kjopte ny\w*|got a new|bytt\w*)\b`,
    ),
    unlessInSentence: r(NO_LONGER_USED),
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
    // "won't be around much longer, I'm moving abroad": a named move.
    unlessInSentence: r(String.raw`\b(?:moving|abroad|new job|exchange|relocat\w*)\b`),
  },
];
