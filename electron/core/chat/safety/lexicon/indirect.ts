import { r, type RiskRule } from './rule.js';
import { SUBJ, IDIOM_DEATH, NEG, HAPPENS_ANYWAY } from './tokens.js';

/**
 * Indirect shapes (issue 14, round 10), each a kind of meaning rather than a phrasing: a wish
 * to be dead said as what should have happened ("burde ha dødd", "hvorfor lever jeg"), a
 * question about how deep to cut or where the artery is, and an adult who intrudes on the
 * speaker undressed (the bathroom, the shower). Round 13: a crisis act the speaker does not want
 * but that happens all the same ("vil ikke skade meg, men gjør det likevel"), which is no denial
 * (lexicon/denial.ts leaves it to the rules).
 */

export const INDIRECT_RULES: readonly RiskRule[] = [
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
