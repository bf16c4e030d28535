import { r, type RiskRule } from './rule.js';
import {
  SUBJ,
  SELF,
  IDIOM_DEATH,
  NEG,
  MORE,
  HAPPENS_ANYWAY,
  TRAVEL,
  EVERYDAY_LEAVING,
  LIVE_LIKE_SOMEONE,
} from './tokens.js';

/**
 * Indirect shapes (issue 14, round 10), each a kind of meaning rather than a phrasing: a wish
 * to be dead said as what should have happened ("burde ha dødd", "hvorfor lever jeg"), a
 * question about how deep to cut or where the artery is, and an adult who intrudes on the
 * speaker undressed (the bathroom, the shower). Round 13: a crisis act the speaker does not want
 * but that happens all the same ("vil ikke skade meg, men gjør det likevel"), which is no denial
 * (lexicon/denial.ts leaves it to the rules). Round 14, the unsaid ending (UNSAID_ENDING_RULES):
 * things not needed where one is going, not being heard from again, not being here much longer,
 * affairs put in order so that someone gets one's things, and a road or a wall as the way.
 * Round 15, the veiled hint (HINT_RULES): fear of what one will do to oneself ("noe dumt i natt"),
 * a calm that follows a decision left unnamed, not having to hold out any more, not wanting to wake
 * to more mornings, a message that it was not someone's fault, not being able to keep oneself safe,
 * a blade put to the body, and a relapse after keeping away from the blade. Round 16, leave-taking
 * without the word (LEAVE_TAKING_RULES): a farewell to the world, this being the last time we
 * talk, and an absence tomorrow that "you will know why" of, left unexplained; and the blade
 * spoken of as a companion.
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

/** A clause that ends here, or goes on with a conjunction or a time (no object follows). */
const ENDS = String.raw`(?=\s*(?:$|[.!?,;:]|\s+(?:og|men|sa|na|da|snart|i\s+kveld|i\s+natt|i\s+dag|lenger|mer|meir|and|but|now)\b))`;
/** A body part where self-harm is done. */
const BODY_PART = String.raw`(?:armen|armene|armane|armer|laret|lara|larene|lar|handleddet|handledda|handleddene|handledd|magen|huden|beina|beinet|leggen|leggene|hofta|skulderen|skin|arms?|wrists?|thighs?|legs?|stomach)`;

const HINT_RULES: readonly RiskRule[] = [
  {
    // "kommer til å gjøre noe dumt i kveld", "redd for hva jeg kan finne på med meg selv".
    id: 'suicide.something_stupid_soon',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:gjore|gjor|gjere|gjer|finne\s+pa|finner\s+pa|do)\s+(?:noe|noko|something)\s+(?:dumt|dumme|galt|gale|stupid|drastisk|drastic)\b(?=[^.!?]{0,20}\b(?:i\s+kveld|i\s+natt|i\s+dag|snart|na|tonight|soon)\b|\s*(?:$|[.!?]))`,
    ),
    // A denial or a warning to someone else ("ikke gjør noe dumt nå") is no hint.
    unless: r(String.raw`\b${NEG}\s+(?:\w+\s+)?(?:gjore|gjor|gjere|gjer|finne|do)\b|\bdon'?t\s+do\b`),
    // An embarrassing act at a party, an interview or with money is everyday.
    unlessInSentence: r(
      String.raw`${TRAVEL}|\b(?:intervju\w*|eksamen\w*|prove\w*|fyll\w*|full|drikk\w*|melding\w*|eksen|kjop\w*|handl\w*|penger|penga|sa\s+(?:noe|noko)|som\s+a|like|such\s+as|text\w*)\b`,
    ),
  },
  {
    id: 'self_harm.what_i_might_do_to_myself',
    category: 'self_harm',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:hva|kva|ka|what)\s+(?:${SUBJ}|i)\s+(?:\w+\s+){0,3}(?:finne\s+pa|finner\s+pa|finna\s+pa|gjore|gjor|gjere|gjer|do|might\s+do)(?:\s+a\s+gjore)?\s+(?:med|mot|ved|to)\s+(?:meg\s+${SELF}|myself)\b`,
    ),
    // "hva skal jeg gjøre med meg selv i ferien": what to do with one's time, not to oneself.
    unless: r(
      String.raw`\b(?:hva|kva|ka|what)\s+(?:${SUBJ}|i)\s+(?:skal|ska|should)\s+(?:\w+\s+)?(?:gjore|gjere|gjer|do)\s+med\s+(?:meg\s+${SELF}|myself)\b|\b(?:ferie\w*|helg\w*|sommer\w*|fri|fridag\w*|kjeder|kjedar|kjedsom\w*|bored)\b`,
    ),
  },
  {
    // "jeg er så rolig nå, jeg har bestemt meg": a sudden calm that follows a decision left unnamed.
    id: 'suicide.calm_after_decision',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:rolig|roleg|ro|fred|lettet|letta|calm|peace|at\s+peace|relieved)\b[\s\S]{0,120}?\b(?:har|have|i'?ve)\s+(?:endelig\s+|na\s+|finally\s+)?(?:bestemt\s+meg|bestemt|tatt\s+(?:en|ei|et)\s+(?:beslutning|avgjorelse|valg)|made\s+up\s+my\s+mind|decided|made\s+(?:a|my)\s+decision)${ENDS}|\b(?:har|have|i'?ve)\s+(?:endelig\s+|na\s+|finally\s+)?(?:bestemt\s+meg|tatt\s+(?:en|ei|et)\s+(?:beslutning|avgjorelse)|made\s+up\s+my\s+mind|made\s+(?:a|my)\s+decision)${ENDS}[\s\S]{0,120}?\b(?:rolig|roleg|ro|fred|lettet|letta|calm|peace|relieved)\b`,
    ),
    // A decision named anywhere in the sentence (a licence, a school, a job) is an everyday one.
    unlessInSentence: r(
      String.raw`\bbestemt\s+meg\s+(?:for|om)\b|\b(?:for|om)\s+a\s+\w+|\bdecided\s+to\b|\bsi\s+opp\b|${EVERYDAY_LEAVING}|\b(?:lappen|skole\w*|skule\w*|jobb\w*|studie\w*|studere|kurs\w*|soke\w*|soker|soknad\w*|trening\w*|flytte\w*|kjop\w*|kjope)\b`,
    ),
  },
  {
    // "da trenger jeg ikke holde ut mer", "slipper å holde ut lenger": no object, no named trial.
    id: 'suicide.no_more_holding_out',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:(?:trenger|treng|orker|gidder|klarer|greier|kan|vil|ma)\s+(?:${SUBJ}\s+)?${NEG}|slipper|slepp|sleppe|slippe)\s+(?:${SUBJ}\s+)?(?:a\s+)?(?:holde|halde|halda)\s+ut\s+${MORE}${ENDS}|\bdon'?t\s+have\s+to\s+hold\s+on\s+(?:any\s+)?(?:more|longer)\b`,
    ),
    unlessInSentence: r(
      String.raw`\b(?:med|with)\s+(?:\w+\s+)?(?:${MORE})\b|\b(?:pugg\w*|lesing\w*|trening\w*|smerten\s+i|vondt\s+i)\b`,
    ),
  },
  {
    // "orker ikke å våkne til flere morgener som dette": not wanting another day to come.
    id: 'suicide.no_more_mornings',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:orker|gidder|vil|klarer|greier|onsker|can'?t|don'?t\s+want\s+to)\s+(?:${NEG}\s+)?(?:a\s+|to\s+)?(?:vakne|vakna|wake)\s+(?:opp\s+|up\s+)?(?:til\s+|to\s+)?(?:flere|fleire|enda\s+(?:en|ei|et)|nok\s+(?:en|ei)|en\s+ny|ei\s+ny|another|more)\s+(?:\w+\s+)?(?:morgen\w*|morgon\w*|dag\w*|morning\w*|day\w*)\b`,
    ),
    unless: r(String.raw`\b(?:tidlig\w*|klokk\w*|kl|alarm\w*|vekker\w*|bakfull\w*|fyll\w*|early)\b`),
  },
  {
    // "si til veilederen min at det ikke var hennes feil": a message left for after.
    id: 'suicide.tell_them_not_their_fault',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:si|sei|seie|fortell|fortelle|hils|gi\s+beskjed|tell)\s+(?:til\s+|to\s+)?(?:\w+\s+){0,3}(?:(?:at|that)\s+)?(?:det|it)\s+(?:(?:var|er|was|is)\s+${NEG}|${NEG}\s+(?:var|er)|wasn'?t|isn'?t)\s+(?:hans|hennes|hennar|hass|deres|dykkar|dems|his|her|their|din|di|ditt|your)\s+(?:feil|skyld|fault)${ENDS}`,
    ),
  },
  {
    // "klarer ikke å holde meg trygg i natt", "not safe with myself": the words of a safety plan.
    id: 'suicide.cannot_keep_safe',
    category: 'suicide',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:${NEG}|usikker\s+pa\s+om|tviler\s+pa\s+at)\s+(?:\w+\s+){0,4}(?:holde|halde|halda)\s+meg\s+(?:${SELF}\s+)?(?:trygg|trygt)\b|\b${NEG}\s+trygg\s+(?:for|med)\s+meg\s+${SELF}\b|\bcan'?t\s+keep\s+myself\s+safe\b|\bnot\s+safe\s+(?:from|with)\s+myself\b`,
    ),
    unless: r(
      String.raw`\b(?:trafikk\w*|sykkel\w*|sykle\w*|glatt\w*|hjelm\w*|nett\w*|internett\w*|online|smitte\w*|korona\w*|sol\w*|kulde\w*)\b`,
    ),
  },
  {
    // "bruker saksa på armen", "tok barberbladet til låret": a blade put to the body.
    id: 'self_harm.blade_to_body',
    category: 'self_harm',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:bruker|brukte|bruke|brukar|tar|tok|ta|satte|setter|used?|take|took|put)\s+(?:\w+\s+)?(?:saks\w*|kniv\w*|barberblad\w*|bladet|bladene|glasskar\w*|skar\w*|passer\w*|lighter\w*|scissors|knife|razor\w*|blades?)\s+(?:pa|i|mot|over|til|on|to|into|against)\s+(?:\w+\s+)?${BODY_PART}\b`,
    ),
    // A cast or a bandage cut off, a tattoo, a nurse or a doctor.
    unless: r(
      String.raw`\b(?:gips\w*|bandasje\w*|plaster\w*|tatov\w*|lege\w*|sykepleier\w*|sting|hud\w*krem|krem\w*|cast|bandage\w*|tattoo\w*)\b`,
    ),
  },
  {
    // "holdt meg unna kniven i tre måneder, men i går sprakk det": a relapse into self-harm.
    id: 'self_harm.relapse',
    category: 'self_harm',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:holde|holdt|holder|halde|haldt|vert|vart|vore|var|er|been|was|stayed|kept)\s+(?:meg\s+|myself\s+)?(?:unna|fri\s+fra|borte\s+fra|clean\s+(?:fra|from)|away\s+from|off)\s+(?:\w+\s+)?(?:kniv\w*|saks\w*|barberblad\w*|blad\w*|kutting\w*|skjering\w*|risping\w*|selvskad\w*|sjolvskad\w*|cutting|self.?harm\w*|blades?|razors?)\b[^.!?]{0,80}\b(?:sprakk|sprekk|sprekker|sprukket|tilbakefall\w*|relaps\w*|gjorde\s+(?:jeg\s+)?det\s+igjen|skjedde\s+det\s+igjen)\b`,
    ),
  },
];

/** Verbs of talking together, in the reciprocal forms ("vi snakkes", "me pratast", "we talk"). */
const TALK_TOGETHER = String.raw`(?:snakkes|snakkast|snakker|snakkar|snakke|prates|pratast|prater|pratar|prate|skrives|skrivast|skriver|skriv|chatter|chattes|chatte|ses|sees|sest|talk|speak|chat|see\s+each\s+other)`;
/** A break with an end named (a holiday, a weekend, an exam, a while, a new counselor): we will talk again. */
const BOUNDED_BREAK = String.raw`${TRAVEL}|${EVERYDAY_LEAVING}|\b(?:jul\w*|paske\w*|sommer\w*|host\w*|vinter\w*|neste|mandag|tirsdag|onsdag|torsdag|fredag|lordag|sondag|eksamen\w*|stund|while|uke\w*|veke\w*|maned\w*|manad\w*|permisjon\w*|sykehus\w*|ny\s+veileder|ny\s+rettleiar|annen\s+veileder|new\s+counsel\w*|for\s+now|for\s+na|pa\s+en\s+stund|i\s+ar|this\s+year|her\s+pa|denne\s+(?:chatten|appen))\b`;
/** A reason given right after "du vet hvorfor" ("… hvorfor: jeg er syk", "… why, I'm at work"). */
const REASON_GIVEN = String.raw`\s*(?:[:;(]|[,-]\s*(?:${SUBJ}|i|i'm|im|det|it|fordi|because|for|siden|sida)\b|\s(?:fordi|because|siden|sida|jeg er|eg er|i'm)\b)`;

const LEAVE_TAKING_RULES: readonly RiskRule[] = [
  {
    // "Ha det, verden.", "farvel livet", "goodbye cruel world": a farewell that addresses the world.
    id: 'suicide.farewell_to_world',
    category: 'suicide',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:ha\s+det|hadet|farvel|farval|adjo|goodbye|bye)\s*[,!.]?\s+(?:(?:grusomme|kjere|cruel|dear)\s+)?(?:verden|verda|livet|world|life)\b(?!\s+(?:som|as|of|pa|i|til|med)\b)`,
    ),
    // "Ha det, verden, vi ses etter ferien!": a break with an end.
    unlessInSentence: r(String.raw`${BOUNDED_BREAK}|\b(?:vi ses|snakkes|see you|hello|hallo)\b`),
  },
  {
    // "dette er siste gang vi snakkes", "den siste samtalen vår", "we won't talk again".
    id: 'suicide.last_conversation',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:siste|last)\s+(?:gang(?:en)?|time)\s+(?:(?:at\s+)?(?:vi|me|du\s+og\s+(?:jeg|eg)|we|we'?ll|we\s+will|we\s+get\s+to)\s+(?:\w+\s+)?${TALK_TOGETHER})\b|\b(?:den|denne|var|our)\s+siste\s+(?:samtale\w*|prat\w*|chat\w*)(?:\s+(?:var|med\s+deg|mellom\s+oss))?\b|\bour\s+last\s+(?:talk|chat|conversation)\b|\b(?:vi|me)\s+(?:kommer|kjem)\s+${NEG}\s+til\s+a\s+${TALK_TOGETHER}\s+(?:igjen|att|mer|meir|noen\s+gang|nokon\s+gong)\b|\bwe\s+(?:won'?t|will\s+not|will\s+never|'?ll\s+never)\s+(?:talk|speak|chat|see\s+each\s+other)\s+again\b`,
    ),
    unlessInSentence: r(BOUNDED_BREAK),
  },
  {
    // "hvis jeg ikke svarer i morgen, så vet du hvorfor": an absence whose reason is left unsaid.
    id: 'suicide.you_will_know_why',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:hvis|om|viss|dersom|nar|if|when|in\s+case)\s+(?:${SUBJ}|i|i'?m)\s+(?:\w+\s+){0,2}(?:${NEG}|not|don'?t|never|no\s+longer|won'?t|stopper|slutter|stop)\b[^.!?]{0,60}?\b(?:sa\s+|da\s+|then\s+)?(?:vet|veit|skjonner|skjonar|forstar|far|knows?|understand|(?:you'?ll|you\s+will|everyone\s+will)\s+(?:know|understand))\s+(?:(?:du|dere|dokker|dykk|alle|you|everyone)\s+)?(?:vite\s+)?(?:hvorfor|kvifor|korfor|koffor|why)\b(?!${REASON_GIVEN})`,
    ),
    unlessInSentence: r(
      String.raw`${TRAVEL}|\b(?:lader\w*|batteri\w*|dekning|wifi|eksamen\w*|intervju\w*|forsovet|battery|signal|exam|interview)\b`,
    ),
  },
];

/** The blade as a companion ("meg og kniven er venner igjen", "me and the blade are back"): self-harm. */
const BLADE_COMPANION: RiskRule = {
  id: 'self_harm.blade_companion',
  category: 'self_harm',
  level: 'check_in',
  pattern: r(
    String.raw`\b(?:meg|jeg|eg|me|i)\s+og\s+(?:kniven|bladet|barberbladet|bladene|saksa|saksen)\b|\b(?:kniven|bladet|barberbladet|bladene|saksa|saksen)\s+og\s+(?:meg|jeg|eg)\b|\bme\s+and\s+(?:the|my)\s+(?:blades?|razors?|knife)\b|\b(?:the|my)\s+(?:blades?|razors?|knife)\s+and\s+(?:me|i)\b`,
  ),
  // A companion only in words of friendship or return; never in the kitchen or on a hunt.
  unlessInSentence: r(
    String.raw`^(?![^.!?]*\b(?:venner|venn|bestevenner|bestevenn|sammen|igjen|att|tilbake|friends|best friends|together|again|back)\b)|\b(?:kjokken\w*|mat\w*|middag\w*|kutte\s+opp|skjere\s+opp|kokk\w*|kitchen|cook\w*|chef|brod|kake\w*|gronnsak\w*|jakt\w*|fiske\w*|tur|turen|speider\w*|spikk\w*|hunting|fishing|camping)\b`,
  ),
};

export const INDIRECT_RULES: readonly RiskRule[] = [
  BLADE_COMPANION,
  ...UNSAID_ENDING_RULES,
  ...HINT_RULES,
  ...LEAVE_TAKING_RULES,
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
    // "hva skal jeg leve for?", "ka æ ska leve for", "what do I have to live for": a reason asked for.
    id: 'suicide.what_to_live_for',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:hva|kva|ka|what)\s+(?:(?:skal|ska|sko|should|do|have|am)\s+(?:${SUBJ}|i)|(?:${SUBJ}|i)\s+(?:skal|ska|sko|should|have|har))\s+(?:\w+\s+){0,2}(?:a\s+|to\s+)?(?:leve|leva|lev|live|living)\s+for\b`,
    ),
  },
  {
    // "hvorfor skal jeg gidde å leve?", "hvorfor skal jeg i det hele tatt leve", "why should I bother
    // living": a reason to live questioned.
    id: 'suicide.why_bother_living',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:hvorfor|kvifor|koffor|korfor|why)\s+(?:skal|skulle|ska|should|would)\s+(?:${SUBJ}|i)\s+(?:(?:egentlig|eigentleg|even|liksom|da|overhodet|i det hele tatt|i det heile teke|ever)\s+)*(?:(?:gidde|gidda|orke|orka|bry\s+meg\s+med|fortsette\s+(?:med\s+)?|bother|keep|even\s+bother)\s+(?:a\s+|to\s+|with\s+)?)?(?:leve|leva|live|living|being\s+alive|vere\s+i\s+live)\b(?!\s+(?:av|pa|i\s+(?!live)|med|on|with|in))`,
    ),
    unless: r(LIVE_LIKE_SOMEONE),
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
