import { anyOf, ctxOf, has, push, type Hit, type Sentence } from './sentence.js';

/** Someone close (family, partner, ex) as canonicalWords() writes them. */
const CLOSE_ONE = String.raw`(?:mamma|pappa|mor|far|faren|moren|mora|stefar\w*|stemor\w*|foreldr\w*|broren|bror|sosteren|kjeresten|typen|dama|eksen|mannen|kona|sambo\w*|onkel\w*|dad|mom|mum|father|mother|stepdad|stepmom|boyfriend|girlfriend|my ex|han|hun)`;
/** Marks on the body. */
const MARKS = String.raw`(?:blamerke\w*|merke|merker|merkene|arr|arrene|sar|sarene|kutt|kuttene|bruises?|marks|scars|cuts|blatt oye|blatt|blatte)`;
/** Everyday causes of marks and everyday hiding. */
const EVERYDAY_MARKS =
  /\b(?:operasjon\w*|fotball\w*|handball\w*|trening\w*|kamp\w*|sykkel\w*|fall\w*|datt|skled|ulykke\w*|tatovering\w*|kviser?|kvise\w*|akne|solbrent|myggstikk\w*|katten\s+(?:min|var)\s+(?:leken|lei)|sminke\s+(?:til|pa)\s+fest\w*|kalde?|freezing|cold)\b/;
const GAMES =
  /\b(?:kamp\w*|finale\w*|turnering\w*|sesong\w*|serien|spill\w*|game\w*|match\w*|playoffs?|sjakk|fifa|mario|ludo|veddemal\w*|kort)\b/;

const HIDDEN_MARKS = new RegExp(
  String.raw`\b(?:skjul\w*|gjemm\w*|dekk\w*|goym\w*|hide|hiding|cover\w*)\s+(?:\w+\s+){0,3}${MARKS}\b|\b${MARKS}\s+(?:\w+\s+){0,4}(?:skjul\w*|gjemt|dekket|hidden|covered|lyver|lyg|lie|lying)\b|\b(?:lyver|lyg|lie|lying)\s+(?:om|about)\s+(?:hvorfor|why|${MARKS}|armene|handleddet|wrists?|arms)\b|\bsier\s+(?:til\s+\w+\s+)?(?:at\s+)?det\s+var\s+(?:katten|hunden|uhell)\b|\b(?:ingen|nobody|no one)\s+(?:\w+\s+){0,2}(?:ser|se|sees|see)\s+(?:armene|arma|handleddene|lara|arms|wrists|thighs)\b`,
);
const MARKS_AFTER_CLOSE = new RegExp(
  String.raw`\b${MARKS}\s+(?:\w+\s+){0,4}(?:etter|fra|from|after)\s+(?:at\s+)?${CLOSE_ONE}\b`,
);
const CLOSE_ONE_HURTS = new RegExp(
  String.raw`\b${CLOSE_ONE}\s+(?:min\s+|mi\s+)?(?:dro|drog|lugget|lugga|klop|klyp\w*|kvelte|kvalte|choked|pinched|pulled)\s+(?:meg|me)\b`,
);
const COVER_STORY = new RegExp(
  String.raw`\b(?:falt|fell|walked into)\b.*\b(?:men|but)\s+(?:det\s+var|it\s+was)\s+${CLOSE_ONE}\b`,
);

/**
 * A word stem that every check below needs at least one of: most sentences have none, so one scan
 * replaces a dozen (the checks themselves decide).
 */
const GATE =
  /\b(?:skjul|gjem|dekk|goym|hid|cover|lyver|lyg|lie|lying|sier|arm|handledd|lara|wrist|thigh|blamerk|merke|arr|sar|kutt|bruis|mark|scar|cut|blatt|dro|lugg|klop|klyp|kvelt|kvalt|chok|pinch|pull|falt|fell|walked|folg|follow|watch|track|vent|star|wait|sporing|show|ser|sees|vet|know|svi|betal|angre|unngjeld|regret|pay|ambulanse|blod|liste|spis|mat|food|eat|kjoleskap|fridge|skapene|levd|lever|levde|hatt|only|lived|living|sov|overnatt|sleep|slept|couch|sult|hungr|starv|igjen)/;

/**
 * Risk said without its word: marks hidden or explained away (self-harm); marks or pain left by
 * someone close (abuse); being followed, watched or waited for (stalking); revenge promised with
 * no game in sight (violence); food run out at home (welfare). Each is a meaning made of two
 * parts, each part filled by many words; everyday causes (sport, surgery, a game) are left alone.
 * These are uncertain by nature: the assistant asks, the counselor is told.
 */
export function addUnsaidHits(s: Sentence, hits: Hit[]): void {
  const t = s.text;
  addUnsaidActHits(s, hits);
  if (!GATE.test(t)) return;
  // Self-harm: marks hidden from others, or explained with a cover story.
  if (HIDDEN_MARKS.test(t) && !EVERYDAY_MARKS.test(t))
    push(hits, s, 'concept.hidden_marks', 'self_harm', 'check_in', 'SELF');
  // Abuse: marks or pain after someone close, or someone close pulling, pinching, choking.
  if (
    (MARKS_AFTER_CLOSE.test(t) || CLOSE_ONE_HURTS.test(t) || COVER_STORY.test(t)) &&
    !EVERYDAY_MARKS.test(t) &&
    !GAMES.test(t)
  )
    push(hits, s, 'concept.bruises', 'abuse', 'concern', 'OTHER');
  // Stalking: someone follows, watches, tracks or waits for the speaker.
  if (
    /\b(?:folger etter meg|folgte etter meg|following me|follows me|watching me|tracking me|venter (?:pa meg )?(?:ved|utenfor)|star utenfor (?:vinduet|dora|doren|huset|skolen)|waits? outside|sporing pa|tracker pa|showing up where)\b/.test(
      t,
    ) &&
    !GAMES.test(t) &&
    !/\b(?:hunden|katten|lillebror|lillesoster|bussen|toget|taxi\w*|venn\w*\s+min)\b/.test(t)
  )
    push(hits, s, 'concept.stalked', 'abuse', 'concern', 'OTHER');
  if (
    /\b(?:at|that|og sier|and says)\s+(?:han|hun|de|noen|he|she|they|someone)\s+(?:ser|sees|watches|is watching|are watching|folger med pa)\s+(?:meg|me)\b|\bvet hva jeg har pa meg\b|\bknows what i'm wearing\b/.test(
      t,
    ) &&
    !GAMES.test(t) &&
    !/\b(?:story|snap\w*|insta\w*|video\w*|film\w*|kamera\w*|bilde\w*|tv|scenen|stage|konsert\w*|pa jobb|at work)\b/.test(
      t,
    )
  )
    push(hits, s, 'concept.stalked', 'abuse', 'concern', 'OTHER');
  // Violence: revenge promised, not in a game.
  if (
    /\b(?:skal|kommer til a|will|gonna|going to|they'll|he'll|she'll|you'll)\s+(?:fa\s+)?(?:svi|betale|angre|unngjelde|regret|pay)\b|\bmake\s+(?:them|him|her|everyone|you)\s+(?:all\s+)?pay\b|\bblir det (?:ambulanse|blod\w*)\b|\bdet blir blodig\b|\bliste over (?:dem|de|folk)\b/.test(
      t,
    ) &&
    !GAMES.test(t) &&
    !/\b(?:regning\w*|pizza\w*|husleie\w*|skatt\w*|bill|rent|lan\w*|kortet)\b/.test(t)
  )
    push(hits, s, 'concept.violence_intent', 'violence', 'concern', 'SELF');
  // Acute need: living on one cheap food for days; sleeping where nobody lives.
  if (
    /\b(?:levd|lever|levde|bare hatt|bare spist|kun spist|only had|lived on|living on)\s+(?:pa\s+)?(?:\w+\s+){0,2}(?:i|for|hele)\s+(?:\w+\s+)?(?:uke|uka|veke|veka|uker|dager|week|weeks|days)\b/.test(
      t,
    ) &&
    !/\b(?:slank\w*|diett\w*|faste\w*|diet|fasting|trening\w*|ferie\w*|tur\w*|hytt\w*|syk\w*|omgangssyke|magesjau|sick)\b/.test(
      t,
    )
  )
    push(hits, s, 'concept.acute_need', 'welfare', 'concern', 'SELF');
  if (
    /\b(?:sover|sov|overnatter|overnatta|overnattet|sleeping|slept|sleep)\s+(?:\w+\s+){0,2}(?:i\s+(?:bilen|en bil|trappeoppgang\w*|oppgangen|kjelleren|parken)|pa\s+(?:\w+\s+){0,2}(?:stasjon\w*|butikk\w*|gata|benk\w*|kjopesenter\w*|flyplass\w*|sofaen hos)|at the (?:train |bus )?station|in (?:my|a|the) car|on the street|in the park)\b/.test(
      t,
    ) &&
    !/\b(?:tur\w*|ferie\w*|roadtrip\w*|festival\w*|camping\w*|telt\w*|hytt\w*|fly\w*\s+(?:gikk|ble)|forsinket|delayed|russ\w*|sovnet|sovna|fell asleep)\b/.test(
      t,
    )
  )
    push(hits, s, 'concept.acute_need', 'welfare', 'concern', 'SELF');
  // Acute need: staying with different people every night; hungry with no money or shopping.
  if (
    /\bsover\s+(?:\w+\s+){0,2}hos\s+(?:forskjellige|ulike|nye|andre|tilfeldige)\s+(?:folk|venner|people)\b|\bcouch\s*surf\w*/.test(
      t,
    ) ||
    (/\b(?:sult\w*|hungry|starving)\b|\bbare\s+\w+\s+igjen\b/.test(t) &&
      /\b(?:ingen|ikke)\s+(?:penger|handlet|mat)\b|\bno\s+(?:money|food)\b/.test(t) &&
      !/\b(?:matpakk\w*|glemt|forgot|med meg|lunsj\w*|lunch)\b/.test(t))
  )
    push(hits, s, 'concept.acute_need', 'welfare', 'concern', 'SELF');
  // Acute need: nothing to eat at home, or no meal for days.
  if (
    (/\b(?:ingenting|ikke noe|ikkje noko|nothing)\s+(?:a\s+)?(?:spise|mat|food|to eat)\b|\b(?:kjoleskapet|fridge|skapene)\s+(?:er\s+|is\s+)?(?:tomt|tom|empty)\b/.test(
      t,
    ) ||
      /\b(?:ikke|haven't|not)\s+(?:\w+\s+)?(?:spist|eaten)\s+(?:\w+\s+){0,2}(?:siden|since|pa\s+(?:\w+\s+)?dager|for\s+(?:\w+\s+)?days)\b/.test(
        t,
      )) &&
    !/\b(?:slank\w*|diett\w*|faste\w*|ramadan|diet|fasting|handle\w*|shopping)\b|\b(?:pa|til|to)\s+(?:butikken|the store|kiwi|rema|coop|meny|extra)\b|\bsiden\s+(?:frokost\w*|lunsj\w*|middag\w*|i morges|i dag|breakfast|lunch|this morning)\b/.test(
      t,
    ) &&
    !ctxOf(s, 'MEANS')
  )
    push(hits, s, 'concept.acute_need', 'welfare', 'concern', 'SELF');
}

/** The speaker is the subject, or none is named: no third person opens the sentence. */
function speakerOrNone(s: Sentence): boolean {
  return s.words.length > 0 && !has(s.bits[0] as number, 'OTHER') && !has(s.bits[0] as number, 'CLOSE');
}

/** Everyday reasons that name what a decision, a rope or a weapon is for. */
const EVERYDAY_PURPOSE =
  /\b(?:\w*jakt|\w*jakta|jakte\w*|jaktkort\w*|jakttur\w*|jaktlag\w*|skytebane\w*|skyting\w*|bat\w*|seil\w*|klatr\w*|camping|telt\w*|hopptau|tautrekking|gym\w*|trening\w*|flytt\w*|ferie\w*|tur|turen|reise\w*|studi\w*|skole\w*|jobb\w*|utdanning\w*|linje\w*|bryllup\w*|fest\w*|intervju\w*|eksamen\w*|prove\w*|soknad\w*|lappen|kurs\w*|tiltak\w*|praksis\w*|kjop\w*\s+(?:ny|en|et)|vannpistol\w*|lekepistol\w*|leke\w*|klesvask\w*|klesnor\w*|slepetau\w*|sleping|slepe\w*|taue|tauing\w*|tauet\s+(?:bilen|baten|den)|fortoy\w*|hengekoy\w*|gardin\w*|nerf|airsoft|paintball|softgun\w*|hunting|boat|climbing|moving|school|college|job|toy)\b/;
/** Everyday reasons for not coming home (a move, a trip, a late night). */
const EVERYDAY_AWAY =
  /\b(?:flytt\w*|utveksling\w*|utland\w*|hjemland\w*|abroad|ferie\w*|reise\w*|sent|seint|late|midnatt\w*|midnight|trening\w*|jobb\w*|skole\w*|sommer\w*|jul\w*|fest\w*|party|sover over|overnatter|hos\s+\w+)\b/;
/** Which of the checks below a word lets run (one pass over the sentence's words, then a bit test each). */
const DECISION = 1;
const NOT_BACK = 2;
const VEILED = 4;
const NOWHERE = 8;
const RECOVERY = 16;
const GATE_WORDS = new Map<string, number>();
for (const [bit, words] of [
  [DECISION, ['bestemt', 'decided', 'mind', 'satt', 'tatt']],
  [NOT_BACK, ['tilbake', 'hjem', 'back', 'home', 'ned', 'down', 'vente', 'vent', 'wait']],
  [VEILED, ['noe', 'noko', 'something', 'it', 'hva', 'what']],
  [NOWHERE, ['hvor', 'where', 'gata', 'street', 'opp', 'oppsagt', 'ut', 'ended', 'out']],
  [RECOVERY, ['sh', 'selfharm', 'relapsed', 'relapse', 'relapsing', 'urge', 'urges', 'trang', 'sprakk', 'sprekk']],
] as const)
  for (const w of words) GATE_WORDS.set(w, (GATE_WORDS.get(w) ?? 0) | bit);

/** Lethal means (canonical words). */
const LETHAL_WORD = /\b(?:tau|rope|\w*gev[ae]r|hagle|pistol|vapen|vapnet|gun|rifle)/;
const LETHAL = String.raw`(?:tau|tauet|rope|\w*gev[ae]r\w*|hagle\w*|pistol\w*|vapen|vapnet|guns?|rifle\w*|vapenskap\w*)`;

/**
 * The act left unsaid, said through what surrounds it: a decision taken for a time ("har bestemt
 * meg, det blir i helga"); a rope or a gun at hand, or where one is kept, with nothing said of what
 * for; going out and not coming back, or telling others not to wait; something brought along "so
 * they learn", or bullies told they will see what happens; losing one's home today, or standing
 * on the street with one's bags; self-harm in the recovery community's words ("sh again",
 * "relapsed after months clean"). Each is asked about or told to the counselor, never acute on
 * its own (except self-harm said in its own slang).
 */
function addUnsaidActHits(s: Sentence, hits: Hit[]): void {
  let gates = 0;
  for (const w of s.words) gates |= GATE_WORDS.get(w) ?? 0;
  if (gates === 0 && !LETHAL_WORD.test(s.text)) return;
  const t = s.text;
  // A decision taken, a time set, the act unnamed.
  if (
    (gates & DECISION) !== 0 &&
    /\b(?:bestemt meg|har bestemt|made up my mind|i've decided|i have decided|datoen er satt|dagen er satt|tidspunktet er satt|valget er tatt|beslutningen er tatt)\b(?!\s+(?:meg\s+)?(?:for|til|pa|om|a|to|on)\b)/.test(
      t,
    ) &&
    (anyOf(s, 'TIME') || /\b(?:det|it)\s+(?:blir|skjer|er|happens|will happen|is happening)\b/.test(t)) &&
    !EVERYDAY_PURPOSE.test(t) &&
    speakerOrNone(s)
  )
    push(hits, s, 'concept.plan_unnamed', 'suicide', 'check_in', 'SELF');
  // A rope or a gun at hand, or where it is kept, with nothing said of what it is for.
  if (
    LETHAL_WORD.test(t) &&
    new RegExp(
      String.raw`\b(?:har|have|got|fant|found|vet hvor|know where|ligger|star|keeps)\s+(?!ikke\b|not\b|no\b)(?:\w+\s+){0,4}${LETHAL}\b|\b${LETHAL}\s+(?:\w+\s+){0,4}(?:ligger|star|henger|is|hangs)\b`,
    ).test(t) &&
    !EVERYDAY_PURPOSE.test(t) &&
    (speakerOrNone(s) || /\b(?:jeg|i)\s+(?:vet|know)\s+(?:hvor|where)\b/.test(t))
  )
    push(hits, s, 'concept.means_access', 'suicide', 'check_in', 'SELF');
  // Going somewhere and not coming back; others told not to wait.
  if (
    ((gates & NOT_BACK) !== 0 &&
      /\b(?:kommer|coming|come|going)\s+(?:ikke|aldri|never|not)\s+(?:\w+\s+)?(?:tilbake|hjem|back|home|ned|down)\b(?!\s+(?:til|to|for|fra|from|pa|i|in|etter|after|med|with)\b)|\b(?:ikke|not|never|aldri)\s+(?:coming|come|komme)\s+(?:tilbake|back|home|hjem)\b/.test(
        t,
      ) &&
      (anyOf(s, 'TIME') || /\b(?:gar|drar|gikk|dro|ut|going|walk\w*|leaving|alene|alone)\b/.test(t))) ||
    (/\b(?:trenger|need)\s+(?:ikke|not)\s+(?:a\s+|to\s+)?vente\s+pa\s+meg\b|\bikke\s+vent\s+pa\s+meg\b|\bdon't\s+wait\s+(?:up\s+)?for\s+me\b/.test(
      t,
    ) &&
      anyOf(s, 'TIME'))
  ) {
    if (!EVERYDAY_AWAY.test(t) && speakerOrNone(s))
      push(hits, s, 'concept.gone_by_then', 'suicide', 'check_in', 'SELF');
  }
  // Something brought along so that they learn; bullies told they will see what happens.
  if (
    ((gates & VEILED) !== 0 &&
      /\b(?:tar|ta|tek|bringer|bringe|bring\w*|take)\s+(?:jeg\s+|i\s+)?(?:med\s+)?(?:meg\s+)?(?:noe|noko|something|it)\b/.test(
        t,
      ) &&
      /\b(?:sa|so)\s+(?:far\s+)?(?:de|dei|han|hun|dem|they|he|she)\s+(?:lerer|skjonner|forstar|angrer|se|merke|learn|get it|regret)\b|\b(?:sa|so)\s+(?:far\s+|fa\s+)?(?:de|dei|han|hun|dem|they|he|she)\s+(?:far\s+|fa\s+)?(?:kjenne|kjenner|fole|foler|merke|merker|feel)\s+(?:pa\s+)?(?:hvordan|korleis|koss|how)\s+(?:det|it)\s+(?:er|e|foles|kjennes|is|feels)\b|\b(?:they'll|he'll|she'll)\s+(?:learn|see|regret)\b|\bteach\s+(?:them|him|her|everyone)\b|\bskal\s+(?:fa\s+)?(?:se|merke|kjenne)\b/.test(
        t,
      )) ||
    /\b(?:skal|vil|kommer til a)\s+fa\s+(?:se|merke)\s+hva\s+(?:som\s+skjer|jeg\s+(?:gjor|kan))\b|\b(?:they'll|you'll|he'll)\s+see\s+what\s+happens\b/.test(
      t,
    )
  ) {
    if (!GAMES.test(t)) push(hits, s, 'concept.violence_intent', 'violence', 'concern', 'SELF');
  }
  // Nowhere to go or sleep tonight: made to leave, not knowing where to go; a home lost today;
  // standing on the street with one's bags.
  if (
    ((gates & NOWHERE) !== 0 &&
      /\b(?:vet|aner|know|idea)\s+(?:ikke|not|no)\s+(?:\w+\s+)?(?:hvor|where)\s+(?:jeg|i)\s+(?:skal|kan|should|can|will|am going to|shall|am)(?:\s+(?:sove|bo|dra|ga|vere|overnatte|sleep|stay|go|going))?(?:\s+(?:i kveld|i natt|tonight|now|na|etterpa))?(?:\s+(?:og|men|and|but)\b|$)/.test(
        t,
      ) &&
      (anyOf(s, 'TIME') || /\b(?:ute|ut|kastet|kasta|kicked|leave|flytte ut|move out)\b/.test(t)) &&
      !EVERYDAY_PURPOSE.test(t)) ||
    (/\b(?:hybel\w*|leilighet\w*|kontrakt\w*|rommet|bolig\w*|lease|flat|apartment)\s+(?:\w+\s+){0,2}(?:sagt opp|oppsagt|gikk ut|gar ut|ended|ran out)\b/.test(
      t,
    ) &&
      /\b(?:i dag|i kveld|i natt|na|today|tonight|now)\b/.test(t) &&
      /\b(?:ingen|ingenting|nowhere|nobody|no one|gata|street|bager|bags)\b/.test(t)) ||
    (/\b(?:star|sitter|er|havnet|havna|standing|sitting)\s+(?:pa|on)\s+(?:gata|the street)\b/.test(t) &&
      /\b(?:bag\w*|sekk\w*|kofferter?|tingene mine|alt jeg eier|my stuff|kastet|kasta|kicked|kontrakt\w*|hybel\w*)\b/.test(
        t,
      ))
  )
    push(hits, s, 'concept.acute_need', 'welfare', 'concern', 'SELF');
  // Self-harm in the recovery community's words.
  if ((gates & RECOVERY) === 0) return;
  if (
    /\b(?:sh|selfharm)\s+(?:again|igjen)\b|\b(?:relapsed?|relapsing)\s+(?:on\s+)?(?:sh|self\s*harm\w*|cutting)\b|\b(?:urges?|trang)\s+(?:to\s+|til\s+a\s+)?(?:sh|cut|kutte)\b/.test(
      t,
    )
  )
    push(hits, s, 'concept.self_harm', 'self_harm', 'acute', 'SELF');
  else if (
    /\b(?:relapsed?|relapsing|sprakk|sprekk)\b/.test(t) &&
    /\b\w+\s+(?:days?|weeks?|months?|dager|uker|maneder)\s+(?:clean|fri|uten)\b|\bclean\s+(?:for|i)\b/.test(t) &&
    /\b(?:sh|cut\w*|kutt\w*|skad\w*|harm\w*)\b/.test(t)
  )
    push(hits, s, 'concept.self_harm', 'self_harm', 'check_in', 'SELF');
}
