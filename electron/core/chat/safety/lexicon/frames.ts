/**
 * Frames: sentences that own the words of a risk but tell of something else — a story on a
 * screen, a page or in a song, history, someone else's crisis that is over, hyperbole about
 * work or school, cooking, a question about eating too much of a food, giving up one named
 * thing. Declared once here and applied by the dispatchers of layer 1 (assessRisk.ts for the
 * rules, concepts.ts for the concept slots), not remembered by each rule.
 *
 * A frame only ever stops a match of layer 1, and only in a sentence with no first-person
 * risk signal (FIRST_PERSON_RISK): "så en film om en som hoppet fra brua, og jeg vil gjøre det
 * samme" keeps its alarm. The classifier and the conversation layer keep their votes.
 *
 * Patterns are on folded text (normalize.ts).
 */
import { HELPED_OTHER, SPEAKER_RECORDED } from './harmToldPlainly.js';
import { RECOVERED_OTHER } from './tokens.js';

export interface Frame {
  /** What kind of sentence this is, for the reader of the code and the tests. */
  kind: string;
  pattern: RegExp;
}

const FOOD = String.raw`(?:lok|loken|lauk|lauken|kylling\w*|fisk\w*|laks\w*|torsk\w*|taco\w*|middag\w*|maten|gronnsak\w*|brod\w*|brodet|kjott\w*|potet\w*|gulrot\w*|gulrotter|tomat\w*|agurk\w*|paprika\w*|pizza\w*|kake\w*|salat\w*|hummer\w*|krabbe\w*|biff\w*|ost\w*|frukt\w*|eple\w*|banan\w*|melon\w*|lakris\w*|sjokolade\w*|godteri\w*|snop\w*|smagodt|chips|chili\w*|kaffe|vann|energidrikk\w*|brus|iskrem|sukker|onions?|chicken|vegetables|bread|candy|chocolate|coffee|water)`;

/** Work and school, the usual subjects and causes of hyperbole ("drepe meg med pugging"). */
const WORK_SCHOOL = String.raw`(?:pugg\w*|lesing\w*|lekse\w*|eksam\w*|prove|proven|prover|provene|innlevering\w*|oppgave\w*|overtid\w*|jobb\w*|skift\w*|vakt\w*|mote|motet|moter|motene|trening\w*|kunde\w*|job|jobs|school|class|homework|exams?|tests?|overtime|work|shifts?|assignments?|deadlines?)`;

export const FRAMES: readonly Frame[] = [
  {
    kind: 'a story told on a screen, a page, in a song or a game',
    pattern: new RegExp(
      String.raw`\b(?:film|filmen|filmer(?!\s+(?:det|meg|oss|deg|dere|henne|han|ham|dem|dei|alt|me|it|us|her|him|them)\b)|filmene|historien|historiene|serie|serien|serier|seriene|netflix|hbo|youtube|tiktok|dokumentar\w*|episode\w*|sesong\w*|bok|boka|boken|roman\w*|novell\w*|sang|sangen|sanger|sangtekst\w*|laten|lyrics?|songs?|tekst(?:en)? til|podkast\w*|podcast\w*|the movie|the show|the book|the series|hovedperson\w*|main character|spillet|spelet)\b|\b(?:handlet|handler|handla|handlar|is about|was about)\s+om\b|\b(?:pa|on)\s+repeat\b|\b(?:spotify|spilleliste\w*|playlist\w*|album\w*)\b|['"][^'"]{1,40}['"]\s+(?:av|by|med)\s+[a-z]`,
    ),
  },
  {
    kind: 'news retold',
    pattern: new RegExp(
      String.raw`\b(?:nyhet\w*|dagsrevyen|nrk|tv ?2|vg|dagbladet|aftenposten|avis\w*|artikkel\w*|reportasje\w*|the news)\b|\b(?:leste|lest|sa pa|sag pa|hort|horte)\s+(?:\w+\s+){0,3}(?:om|at)\s+(?:en|ei|et|ein|eit|mange|flere|fleire|unge|folk|to|tre)\b`,
    ),
  },
  {
    kind: 'history class',
    pattern: new RegExp(
      String.raw`\b(?:historietime\w*|historiefag\w*|historiebok\w*|historieprov\w*|krigen|verdenskrig\w*|middelalder\w*|vikingtid\w*|vikinger\w*|vikingene|romerne|romerske|keiser\w*|kongen|dronninga|dronningen|soldat\w*)|\bi\s+historie\b\b|\bi\s+1[0-9]{3}\b`,
    ),
  },
  {
    kind: 'someone else whose crisis is over and who is well now',
    pattern: new RegExp(
      String.raw`${RECOVERED_OTHER}|^(?![^.!?]*\b(?:jeg|eg|je|meg|i'm|im)\b)[^.!?]*\b(?:na|no|now)\s+(?:(?:har|er|e|bor|jobber|jobbar|studerer|has|is|lives)\s+(?:han|hun|ho|de|dei|he|she|they)|(?:han|hun|ho|de|dei|he|she|they)\s+(?:har|er|e|bor|jobber|jobbar|studerer|has|is|lives))\s+(?:\w+\s+){0,4}(?:egen|eget|eiga|eigen|jobb\w*|leilighet\w*|bolig\w*|bra|fint|godt|bedre|frisk|rusfri|clean|kjereste\w*|studer\w*|happy|fine|better|well|own|job)\b`,
    ),
  },
  {
    kind: 'someone else who has been given help or a place to stay',
    pattern: new RegExp(HELPED_OTHER),
  },
  {
    kind: 'hyperbole with work or school as the cause or the subject',
    pattern: new RegExp(
      [
        // "drepe meg selv med så mye pugging": work or school named as what kills.
        String.raw`\b(?:meg|me|myself)\s+(?:(?:selv|sjolv|sjol)\s+)?(?:med|av|with)\s+(?:\w+\s+){0,3}${WORK_SCHOOL}\b`,
        // "eksamenen tar livet av meg med alle de formlene": work or school, and a quantity as the cause.
        String.raw`\b${WORK_SCHOOL}\b[^.!?]*\b(?:meg|me)\s+(?:(?:selv|sjolv|sjol)\s+)?(?:med|with)\s+(?:alle|all|sa mye|sa mange|so much|so many)\b`,
        // "this job is killing me, but the pay is fine", "… men jeg besto": a contrast that ends well.
        String.raw`\b${WORK_SCHOOL}\b[^.!?]*\b(?:men|but)\s+(?:\w+\s+){0,2}(?:er|e|var|is|was)\s+(?:grei|greit|bra|fin|fint|ok|okay|good|fine|nice|snill|hyggelig|great|verdt det|worth it)\b`,
        String.raw`\b${WORK_SCHOOL}\b[^.!?]*\b(?:men|but)\s+(?:(?:\w+\s+){0,2}(?:ble|vart|gikk|was|got)\s+(?:levert|ferdig|bra|fint|done|finished|handed in)|(?:jeg|eg|i)\s+(?:besto|bestod|klarte det|klarer det|klarar det|fikser det|greier det|passed|made it|can do it|got this|will manage|ll manage))\b`,
      ].join('|'),
    ),
  },
  {
    kind: 'cooking: a knife or a cut for food',
    pattern: new RegExp(
      String.raw`\b(?:kutte|kutter|kutta|kuttet|skjere|skjerer|skar|hakke|hakker|dele|deler|skrelle|filetere|chop|cut|slice)\s+(?:opp\s+)?(?:\w+\s+){0,2}${FOOD}\b|\b${FOOD}\s+(?:skal\s+|ma\s+)?(?:\w+\s+)?(?:kuttes|deles|skjeres|hakkes|skrelles|fileteres|partere\w*|stekes|kokes)\b`,
    ),
  },
  {
    kind: 'a question about eating or drinking too much of a food',
    pattern: new RegExp(
      String.raw`\b(?:spise|spiste|spis|ete|et|drikke|drakk|drikk|eat|eating|drink|drinking)\s+(?:for\s+mye|masse|sa\s+mye|en\s+hel\w*|ei\s+heil\w*|too\s+much)\s+(?:\w+\s+){0,2}${FOOD}\b`,
    ),
  },
  {
    // "hopper fra stupet på badeplassen hver sommer, det er sykt gøy" (lead's probe, stop 31).
    kind: 'a jump into water for fun: bathing, with friends, every summer',
    pattern: new RegExp(
      String.raw`^(?=[^.!?]*\b(?:badeplass\w*|badestrand\w*|stupebrett\w*|stupetarn\w*|badetur\w*|bading|bade|bada|i\s+(?:vannet|vatnet|sjoen|havet|elva|fjorden|bassenget|kulpen))\b)(?=[^.!?]*\b(?:goy|moro|artig|digg|kult|hver sommer|kvar sommar|i sommer|i sommar|med gjengen|med vennene|med venane|med kompisene|med venninnene|fun)\b)`,
    ),
  },
  {
    // "lærte hva man gjør når noen har tatt en overdose på førstehjelpskurset".
    kind: 'a lesson or a course about what to do when someone is in danger',
    pattern: new RegExp(
      String.raw`\b(?:\w*kurs\w*|opplering\w*|undervisning\w*|forelesning\w*|foredrag\w*|ovelse\w*|course|training|lecture|drill)\b[^.!?]*\b(?:lerte|lert|lerer|larte|lart|learned|learnt|learn|ovde|ovet|practised|practiced)\b|\b(?:lerte|lert|larte|lart|learned|learnt)\b[^.!?]*\b(?:\w*kurs\w*|course|training)\b`,
    ),
  },
  {
    // "tenker mye på døden etter at bestemor døde": death on one's mind because someone close died.
    kind: 'grief: death thought of because someone close has died',
    // Only death as a thing thought or spoken of ("tenker på døden"), with a loss named as its
    // cause or a funeral: "etter at bestemor døde ser jeg ingen grunn til å leve" stays a crisis.
    pattern: new RegExp(
      String.raw`^(?=[^.!?]*\b(?:tenker|tenkjer|tenkt|tenkte|tenke|snakker|snakket|prater|pratet|grubler|grublet|lurer|lurte|thinking|think|thought|talk\w*)\s+(?:\w+\s+){0,2}(?:pa|om|about|of)\s+(?:doden|dauden|death|det a do)\b)(?=[^.!?]*(?:\b(?:etter at|siden|fordi|after|since|because)\s+(?:\w+\s+){0,3}(?:dode|dodde|daude|gikk bort|gjekk bort|died|passed away|ble drept|omkom)\b|\b(?:begravelse\w*|gravferd\w*|bisettelse\w*|minnestund\w*|sorgen|sorga|sorgarbeid\w*|sorgprosess\w*|funeral|grief|grieving)\b))`,
    ),
  },
  {
    kind: 'giving up everything to do with one named thing',
    pattern: new RegExp(
      String.raw`\b(?:alt|alle)\s+som\s+(?:heter|heiter|har med|gjelder|gjeld)\b|\b(?:kurs\w*|fag\w*|prosjekt\w*|${WORK_SCHOOL})\b[^.!?]*\b(?:gir|gi|gav|ga)\s+opp\s+(?:hele\s+|heile\s+)?(?:greia|greie|opplegget|driten|det)\b`,
    ),
  },
];

/**
 * A first-person risk signal: the speaker as the subject of a wish, an intent or not coping
 * ("jeg vil", "eg skal", "jeg orker ikke", "I want to"), of an act on themself ("jeg tar livet
 * mitt", "jeg kutter meg"), or words that say it is no joke. In
 * such a sentence no frame applies.
 */
export const FIRST_PERSON_RISK =
  /(?<!\b(?:det|hva|som|kva|slik|sann|akkurat)\s)\b(?:jeg|eg|je|jei|ej)\s+(?:\w+\s+){0,2}(?:vil|ville|skal|ska|kommer til a|kjem til a|har tenkt|planlegger|planlegg|har lyst|onsker|tenker pa|tenkjer pa)\b|\b(?:jeg|eg|je|jei|ej)\s+(?:(?:ikke|ikkje|itj|aldri|bare|berre|snart)\s+)?(?:orker|orke|orkar|klarer|klare|klarar|greier|greie|gidder|gidd)\s+(?:(?:\w+\s+){0,2})?(?:ikke|ikkje|itj|ikk|aldri|mer|meir|lenger)\b|\b(?:jeg|eg)\s+(?:ikke|ikkje|itj|aldri)\s+(?:orker|orke|orkar|klarer|klare|klarar|greier|gidder)\b|\bi\s+(?:really\s+|just\s+)?(?:want|wanna|gonna|am going|will|cant|can't|plan)\b|\b(?:jeg|eg|je|i)\s+(?:\w+\s+){0,2}(?:tar|tek|ta|take|end|ending)\s+(?:livet\s+(?:mitt|av\s+meg)|my\s+life)\b|\b(?:jeg|eg|je)\s+(?:\w+\s+){0,2}(?:dreper|drep|kutter|kuttar|skader|skadar)\s+meg\b|\b(?:vil|har lyst|har tenkt|tenker|tenkjer|orker|planlegger)\s+(?:jeg|eg)\b|\bhar\s+(?:jeg|eg)\s+(?:\w+\s+)?(?:tenkt|lyst|bestemt)\b|\b(?:ikke pa tull|ikkje pa tull|pa ordentlig|pa ekte|seriost|serr|mener det|meiner det|for real|no joke|not joking|ingen spok)\b|(?:^|[,.;:!?]\s*|\b(?:og|men|sa)\s+)(?:vil|orker|orke|har lyst|tenker pa|tenkjer pa|planlegger|har tenkt)\b/;

/**
 * Per sentence, whether it holds a first-person risk and a frame, computed once: a long message
 * asks about the same sentence for many rules (bounded, so memory stays flat).
 */
const firstPersonMemo = new Map<string, boolean>();
const frameMemo = new Map<string, boolean>();

function remembered(memo: Map<string, boolean>, key: string, compute: () => boolean): boolean {
  const known = memo.get(key);
  if (known !== undefined) return known;
  const value = compute();
  if (memo.size >= 512) memo.clear();
  memo.set(key, value);
  return value;
}

function hasFirstPersonRisk(foldedSentence: string): boolean {
  return remembered(firstPersonMemo, foldedSentence, () =>
    FIRST_PERSON_RISK.test(foldedSentence.replace(TITLE_BY_SOMEONE, ' ')),
  );
}

/** A title in quotes credited to someone ("'i wanna die' av lil peep"): their words, not the speaker's. */
const TITLE_BY_SOMEONE = /['"][^'"]{1,40}['"]\s+(?:av|by|med)\s+[a-z]/g;

function hasFrame(foldedSentence: string): boolean {
  return remembered(frameMemo, foldedSentence, () => FRAMES.some((frame) => frame.pattern.test(foldedSentence)));
}

/** True when a layer-1 match in this folded sentence is to be dropped: framed, and no first-person risk. */
export function isFramed(foldedSentence: string): boolean {
  // A film or a video of the speaker ("noen filmet meg … nå går filmen rundt") is no story on a screen.
  return hasFrame(foldedSentence) && !hasFirstPersonRisk(foldedSentence) && !SPEAKER_RECORDED.test(foldedSentence);
}

const FRAMES_GLOBAL: readonly RegExp[] = FRAMES.map((f) => new RegExp(f.pattern.source, 'g'));

/**
 * A rule's own guard (`unless`, `unlessInSentence`) on a sentence where the speaker puts
 * themself into a story's risk ("jeg vil kaste meg foran toget som hun i serien"): the guard
 * holds only if it still matches with the frame's words taken out, so an idiom ("dø av latter")
 * still guards and a story no longer does.
 */
export function guardHolds(guard: RegExp, foldedText: string, foldedSentence: string): boolean {
  if (foldedText.search(guard) < 0) return false;
  if (!hasFirstPersonRisk(foldedSentence) || !hasFrame(foldedSentence)) return true;
  let rest = foldedText;
  for (const frame of FRAMES_GLOBAL) rest = rest.replace(frame, ' ');
  return rest.search(guard) >= 0;
}
