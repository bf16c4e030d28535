import { r, type RiskRule } from './rule.js';
import { SUBJ, IDIOM_DEATH, NEG, HAPPENS_ANYWAY, TRAVEL, EVERYDAY_LEAVING } from './tokens.js';

/**
 * Indirect shapes (issue 14, round 10), each a kind of meaning rather than a phrasing: a wish
 * to be dead said as what should have happened ("burde ha dødd", "hvorfor lever jeg"), a
 * question about how deep to cut or where the artery is, and an adult who intrudes on the
 * speaker undressed (the bathroom, the shower). Round 13: a crisis act the speaker does not want
 * but that happens all the same ("vil ikke skade meg, men gjør det likevel"), which is no denial
 * (lexicon/denial.ts leaves it to the rules). Round 14, the unsaid ending (UNSAID_ENDING_RULES):
 * things not needed where one is going, not being heard from again, not being here much longer,
 * affairs put in order so that someone gets one's things, and a road or a wall as the way.
 */

/** Where the speaker is going, said without naming it ("der jeg skal", "where I'm going"). */
const WHERE_GOING = String.raw`\b(?:der|dit|where)\s+(?:${SUBJ}|i'?m|i\s+am|i)\s+(?:skal|ska|gar|drar|reiser|going|headed)(?:\s+(?:hen|na|no|now))?(?=\s*(?:$|[.!?,;]|\s(?:og|men|sa|uansett|anyway|and|so)\b))`;
/** Weather, a stay or a change of life that says where one is going (a trip, a school, the army). */
const NAMED_DESTINATION = String.raw`${TRAVEL}|${EVERYDAY_LEAVING}|\b(?:spania|syden|varm\w*|kald\w*|sol\w*|sno|vinter\w*|sommer\w*|fjell\w*|leir\w*|militer\w*|forstegangs\w*|folkehogsk\w*|studie\w*|utveksling\w*|uniform\w*|warm|cold|army|camp)\b`;

const UNSAID_ENDING_RULES: readonly RiskRule[] = [
  {
    // "trenger den ikke der jeg skal", "won't need them where I'm going": a destination left unnamed.
    id: 'suicide.not_needed_where_going',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:${NEG}|ingen|not|won'?t|no)\s+(?:\w+\s+){0,2}(?:trenger|treng|trenge|need|bruk\s+for|behov\s+for)\b[^.!?]{0,25}${WHERE_GOING}|\b(?:trenger|treng|need)\s+(?:\w+\s+){0,2}(?:${NEG}|not)\b[^.!?]{0,25}${WHERE_GOING}`,
    ),
    unlessInSentence: r(NAMED_DESTINATION),
  },
  {
    // "hvis du ikke hører fra meg mer", "dere kommer ikke til å høre fra meg igjen".
    id: 'suicide.not_heard_again',
    category: 'suicide',
    level: 'concern',
    pattern: r(
      String.raw`\b(?:hvis|om|viss|dersom|nar|if|when)\s+(?:(?:du|dere|dokker|dykk|you)\s+(?:\w+\s+)?(?:${NEG}|don'?t|dosn'?t|never)|ingen|nobody|no\s+one)\s+(?:\w+\s+)?(?:horer|hoyrer|hore|hoyre|hear|hears)\s+(?:noe\s+|noko\s+|anything\s+)?(?:fra|from)\s+(?:meg|me)\s+(?:mer|meir|igjen|lenger|lengre|again|anymore)\b|\b(?:du|dere|dokker|dykk|ingen)\s+(?:\w+\s+){0,3}(?:${NEG})\s+(?:til\s+a\s+)?(?:horer|hoyrer|hore|hoyre)\s+(?:noe\s+|noko\s+)?(?:(?:mer|meir)\s+fra\s+meg|fra\s+meg\s+(?:mer|meir|igjen|lenger|lengre))\b`,
    ),
    // Out of reach for a while: a trip, no signal, a flat battery, an exam period.
    unlessInSentence: r(
      String.raw`${TRAVEL}|\b(?:dekning|nett|nettet|wifi|mobil\w*|telefon\w*|lader\w*|strom\w*|batteri\w*|eksamen\w*|lesing\w*|uke|uka|dager|dagar|stund|periode\w*|while|days|week|signal|battery|offline)\b`,
    ),
  },
  {
    // "jeg er ikke her så mye lenger", "won't be around much longer".
    id: 'suicide.not_here_long',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:er|e|blir|vil\s+vere|kommer\s+til\s+a\s+vere|kjem\s+til\s+a\s+vere)\s+${NEG}\s+(?:her|i\s+live|til\s+stede)\s+(?:sa\s+)?(?:mye|lenge|mange\s+\w+)\s+(?:lenger|lengre|til|mer|meir)\b|\b(?:won'?t|will\s+not|am\s+not|i'?m\s+not)\s+(?:be\s+)?(?:here|around|alive)\s+(?:for\s+)?(?:much|very|a\s+lot)\s+longer\b`,
    ),
    unlessInSentence: r(NAMED_DESTINATION),
  },
  {
    // "ordnet alt med kontoen så mamma får pengene mine": affairs put in order for someone to have one's things.
    id: 'suicide.affairs_for_after',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:ordnet|ordna|ordne|ordner|fikset|fiksa|skrevet|skrive|satt\s+opp|gjort\s+klar|sorget\s+for|sorga\s+for|arranged|sorted)\b[^.!?]{0,50}\b(?:sa|slik\s+at|sann\s+at|at|so|so\s+that)\s+(?:\w+\s+){0,3}(?:far|fa|arver|arvar|gets|get|inherits?)\s+(?:\w+\s+)?(?:pengene|sparepengene|tingene|konton|leiligheten|rommet|alt|money|savings|things|stuff)\s+(?:mine|mitt|min|mi|my)\b|\b(?:ordnet|ordna|fikset|fiksa|arranged|sorted)\b[^.!?]{0,50}\b(?:sa|slik\s+at|sann\s+at|so|so\s+that)\s+(?:\w+\s+){0,3}(?:far|fa|arver|gets|get|inherits?)\s+(?:mine|mitt|my)\s+(?:penger|sparepenger|ting|konto|money|savings|things|stuff)\b`,
    ),
    // A loan, a bill, a trip abroad or a power of attorney are everyday reasons.
    unlessInSentence: r(
      String.raw`\b(?:mens|while|utland\w*|utveksling\w*|ferie\w*|reise\w*|sykehus\w*|bursdag\w*|gave\w*|jul\w*|lan|lanet|lane|laner|borrow\w*|lonn\w*|regning\w*|husleie\w*|betal\w*|handl\w*|fullmakt\w*|abroad|travel\w*|bills?|rent)\b`,
    ),
  },
  {
    // "tenker på å kjøre av veien", "lyst til å svinge inn i en trailer": a road or a wall as the way.
    id: 'suicide.road_as_method',
    category: 'suicide',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:tenker|tenkjer|tenkt|tenkte|lyst|vil|ville|fristende|frista|fristet|planlegger|planlegg|thinking|want|wanna|tempted)\b[^.!?]{0,30}\b(?:kjore|kjoyre|koyre|koyra|svinge|styre|drive|driving|crash|crashing|steer|steering)\s+(?:\w+\s+){0,2}(?:av\s+(?:veien|vegen)|utfor\s+(?:veien|vegen|stupet|kanten|brua|broa)|(?:rett\s+)?(?:inn\s+i|into)\s+(?:en\s+|ei\s+|et\s+|a\s+)?(?:trailer\w*|lastebil\w*|fjellvegg\w*|bergvegg\w*|vogntog\w*|motgende|motende|truck|wall|oncoming)|off\s+(?:the\s+)?(?:road|cliff|bridge))\b`,
    ),
    unless: r(
      String.raw`${IDIOM_DEATH}|\b(?:glatt\w*|holka|nesten|ulykke\w*|kjoretime\w*|ovelseskjor\w*|trafikkskole\w*|gps|feil\s+vei|avkjoring\w*|parker\w*|rygge\w*|spill\w*|game\w*|gta)\b`,
    ),
  },
  {
    // "tok på meg da jeg sov": touched while asleep, drunk or not awake.
    id: 'abuse.touched_unable',
    category: 'abuse',
    level: 'concern',
    pattern: r(
      String.raw`\b(?:tok|tar|tafset\w*|tafsa\w*|rorte|rort|beforde|befolte|touched|groped)\s+(?:pa\s+)?(?:meg|me)\b[^.!?]{0,30}\b(?:da|mens|nar|while|when)\s+(?:${SUBJ}|i)\s+(?:sov|sovna|sovnet|sover|var\s+full|var\s+beruset|var\s+rusa|var\s+dopet|ikke\s+var\s+vaken|was\s+asleep|was\s+sleeping|was\s+drunk|slept)\b|\b(?:mens|da|while|when)\s+(?:${SUBJ}|i)\s+(?:sov|sovna|sovnet|was\s+asleep|was\s+sleeping)\b[^.!?]{0,15}\b(?:tok|tafset\w*|tafsa\w*|rorte|beforde|touched|groped)\s+(?:\w+\s+)?(?:pa\s+)?(?:meg|me)\b`,
    ),
    // Waking someone, a fever, clothes put on ("tok på meg jakka").
    unless: r(
      String.raw`\b(?:vekke|vekka|vekket|vekte|wake|woke|feber|tempen|jakk\w*|genser\w*|kler|sko|lue|bukse\w*|sokk\w*|blanket|fever)\b`,
    ),
  },
];

export const INDIRECT_RULES: readonly RiskRule[] = [
  ...UNSAID_ENDING_RULES,
  {
    // "jeg vil ikke skade meg, men jeg gjør det likevel": ongoing self-harm against one's will.
    id: 'self_harm.despite_not_wanting',
    category: 'self_harm',
    level: 'acute',
    pattern: r(
      String.raw`\b${NEG}\b[^.!?,]{0,30}\b(?:skade|skada|skader|kutte|kutta|kutter|skjere|risse|rispe|brenne|sla|hurt|harm|cut)\s+(?:meg|myself)\b[^.!?]{0,60}${HAPPENS_ANYWAY}`,
    ),
  },
  {
    // "jeg vil ikke dø, men jeg tenker på det hele tiden": a wish denied and the thought kept.
    id: 'suicide.despite_not_wanting',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b${NEG}\b[^.!?,]{0,30}\b(?:ta\s+livet\s+(?:mitt|av\s+meg)|do|doy|die|(?:selv|sjolv)mord\w*|kill\s+myself)\b[^.!?]{0,60}\b(?:men|but)\b[^.!?]{0,40}\b(?:tenker|tenkjer|think|thinking)\s+(?:pa\s+|about\s+)?(?:det|it)\b`,
    ),
  },
  {
    // Someone else's act told (in a story, the news, at school), and the speaker wants the same.
    id: 'suicide.do_the_same',
    category: 'suicide',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:(?:tok|tar|tek|took)\s+livet\s+(?:sitt|av\s+seg)|(?:kaster|kasta|kastet|hopper|hoppa|hoppet|henger|hengte|kutter|kutta|kuttet|skar|skader|skada|skadet)\s+(?:\w+\s+)?seg|overdose\w*|(?:selv|sjolv|sjol)mord\w*|suicide|killed\s+(?:himself|herself|themselves)|jumped)\b[^.!?]{0,100}\b(?:${SUBJ}|i)\s+(?:\w+\s+)?(?:vil|ville|skal|ska|har lyst til|har lyst|tenker pa|tenkjer pa|want|wanna|will|am going)\s+(?:a\s+|to\s+)?(?:gjore|gjere|do|prove|try)\s+(?:det\s+samme|det\s+same|samme|same|the\s+same|it\s+too|det\s+ogsa|det\s+og)\b`,
    ),
  },
  {
    id: 'suicide.should_have_died',
    category: 'suicide',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:burde|skulle|should)\s+(?:\w+\s+)?(?:ha|have)\s+(?:vert\s+|been\s+)?(?:dodd|dod|daua|dauda|daue|doydd|doydde|died|dead)\b|\b(?:burde|skulle|should)\s+(?:\w+\s+)?(?:ikke|ikkje|never|not)\s+(?:\w+\s+)?(?:overlevd|overlevde|vakna|vaknet|survived|woken)\b`,
    ),
    // "jeg burde ha dødd av latter", "planten burde vært død for lengst".
    unless: r(String.raw`${IDIOM_DEATH}|\bfor\s+lengst\b`),
  },
  {
    id: 'suicide.why_alive',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:hvorfor|kvifor|koffor|korfor|why)\s+(?:lever|lev|er|e|am)\s+(?:${SUBJ}|i)\s+(?:egentlig|eigentleg|enda|enna|fortsatt|framleis|still|even)?\s*(?:i live|her|alive|lever)?\s*(?:$|[.!?,]|\s+(?:egentlig|eigentleg|enda|fortsatt|still)\b)|\bwhy\s+am\s+i\s+(?:still\s+)?alive\b`,
    ),
    unless: r(
      String.raw`${IDIOM_DEATH}|\b(?:her|here)\s+(?:pa|i|at|in)\s+(?:skolen|jobben|festen|kurset|timen|motet|work|school)\b`,
    ),
  },
  {
    id: 'suicide.cut_depth_asked',
    category: 'suicide',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:hvor|kor|how)\s+(?:dypt|djupt|deep|hardt|hard)\s+(?:\w+\s+){0,4}(?:kutte|kutta|skjere|skjera|cut)\b|\b(?:kutte|kutta|skjere|treffe|treffa|finne|finna|cut|hit|find|reach)\s+(?:\w+\s+){0,2}(?:puls(?:ar|are|ara|aren|arer|arene|ra)|artery|arteries|vein|veins|blodar\w*)\b`,
    ),
    // Anatomy, nursing and first aid own the same words.
    unless: r(
      String.raw`\b(?:biologi\w*|anatomi\w*|sykepleie\w*|sjukepleie\w*|forstehjelp\w*|forste hjelp|first aid|eksamen|pensum|prove|lege\w*|kirurg\w*|blodprove\w*|operasjon\w*|nurse|doctor|surgeon)\b`,
    ),
  },
  {
    id: 'abuse.intrudes_undressed',
    category: 'abuse',
    level: 'concern',
    pattern: r(
      String.raw`\b(?:kommer|kjem|gar|stiller seg|star|walks|comes)\s+(?:\w+\s+){0,2}(?:inn\s+)?(?:pa|i|into|in)\s+(?:badet|dusjen|baderommet|the bathroom|the shower)\b[^.!?]{0,60}\b(?:nar|mens|while|when)\s+(?:${SUBJ}|i)\s+(?:dusjer|dusja|bader|bada|skifter|skiftar|kler av meg|er naken|shower|am showering|am changing|change)\b|\b(?:ser|glor|glaner|stirrer|kikker|filmer|tar bilder|watches|stares|films)\s+(?:\w+\s+)?(?:pa\s+|av\s+|at\s+)?(?:meg|me)\s+(?:nar|mens|while|when)\s+(?:${SUBJ}|i)\s+(?:dusjer|dusja|bader|bada|skifter|skiftar|kler av meg|er naken|shower|am showering|am changing|change)\b|\b(?:nar|mens|while|when)\s+(?:${SUBJ}|i)\s+(?:dusjer|dusja|bader|bada|skifter|skiftar|er naken|shower|am showering|am changing)\b[^.!?]{0,40}\b(?:ser|glor|glaner|stirrer|kikker|filmer|watches|stares|films)\s+(?:\w+\s+)?(?:pa\s+|at\s+)?(?:meg|me)\b`,
    ),
    // A small sibling or a pet, or a complaint said laughing.
    unless: r(
      String.raw`\b(?:lillebror\w*|lillesoster\w*|lillesyster\w*|smasosken\w*|babyen|katten|katta|hunden|bikkja|irriterende|haha\w*|lol)\b`,
    ),
  },
];
