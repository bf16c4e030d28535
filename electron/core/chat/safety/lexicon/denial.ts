/**
 * Denials: the speaker says a crisis thought is NOT theirs ("jeg tenker ikke på å ta livet mitt",
 * "nei, jeg har ingen planer om å skade meg", "har aldri tenkt på selvmord", "I'm not going to
 * kill myself"). The words of the risk are there, but under a negation whose scope is the crisis
 * verb phrase itself, so no layer is to read them as a signal.
 *
 * Declared once here and applied by the dispatcher (assessRisk.ts) before every layer reads the
 * message: the denied phrase is taken out and each layer reads the rest, so a denial is "this
 * layer does not fire" on those words, never a lowering of what another part of the message
 * raised ("jeg vil ikke dø, men jeg vil ikke leve heller" keeps its alarm). The answer to a
 * check-in is read from the message as written (conversation.ts): a hedged no stays a concern.
 *
 * Only a denial whose negation governs the crisis phrase counts. Not a denial:
 * - a negation on another verb: "jeg kan ikke slutte å tenke på å ta livet mitt", "jeg vet ikke
 *   om jeg vil leve", "tror ikke jeg klarer å la være" (the words between the negation and the
 *   crisis phrase are limited to a few complements: "til å", "på å", "tenkt på", "planer om");
 * - not being able or daring ("jeg tør ikke ta livet mitt", "kan ikke ta livet mitt for mammas
 *   skyld"): the thought is there;
 * - "not living" is itself the crisis ("jeg vil ikke leve", "vil ikke våkne"): those are not
 *   crisis phrases here, so never denied;
 * - a denial bounded in time or by a reason ("ikke i kveld", "ikke ennå", "ikke før nå",
 *   "ikke for mammas skyld", "ikke bare"), a question, a condition ("hvis jeg ikke …");
 * - one taken back in the same sentence ("men jeg gjør det likevel", "men noen ganger"), or
 *   followed by a decision ("…, jeg har bestemt meg").
 *
 * Patterns are on folded text (normalize.ts).
 */
import { foldText } from '../normalize.js';
import { HAPPENS_ANYWAY } from './tokens.js';
import { mayHoldLivingIdiom, withoutLivingIdioms } from './livingIdioms.js';

/** What may open a clause before the denial: a no, a hedge of tone, a conjunction. */
const OPENING = String.raw`(?:^|[,.;:!?]\s*|\b(?:og|men|but|and|so|sa)\s+)(?:(?:nei|neida|nei da|nope|no|nah|altsa|assa|haha\w*|lol|helt erlig|erlig talt|seriost|absolutt|overhodet|egentlig)[\s,.!]+)*`;
const SUBJ = String.raw`(?:jeg|eg|e|je|jei|ej|jg)`;
const NEG = String.raw`(?:ikke|ikkje|ikk|itj|ike|ikkj|ik|ikek|aldri)`;
/** Words that may stand between a verb and its negation without changing its scope. */
const ADV = String.raw`(?:\s+(?:egentlig|eigentleg|heller|altsa|assa|seriost|virkelig|verkeleg|overhodet|i det hele tatt|i det heile teke|noen gang|nokon gong|lenger|lengre))*`;
/** The finite verb of the denial (main clause order: subject, verb, negation). */
const VERB = String.raw`(?:tenker|tenkjer|tenkte|vil|ville|skal|ska|kommer|kjem|planlegger|planlegg|onsker|har|hadde|er|e|var|gar|gjor|gjer)`;
/** Between the negation and the crisis phrase: only complements that keep it the negation's object. */
const COMPLEMENT = String.raw`(?:\s+(?:til a|a|pa a|om a|pa|(?:hatt\s+)?lyst\s+(?:til\s+)?a|tenkt\s+(?:pa\s+)?(?:a\s+)?|tenke\s+pa\s+(?:a\s+)?|planlagt\s+a|vurdert\s+(?:a\s+)?|provd\s+a|hatt\s+(?:noen\s+|nokon\s+)?|gatt\s+rundt\s+og\s+tenkt\s+pa\s+(?:a\s+)?))?`;
/** Nouns and phrases a plan, a thought or a wish is about. */
const PLAN_NOUN = String.raw`(?:planer|plan|planar|tanker|tankar|tanke|onske|onsker|lyst|intensjon\w*|hensikt)`;

/** The crisis phrases a denial can govern: dying, killing or hurting oneself, suicide, hurting others. */
const CRISIS_VP = String.raw`(?:(?:ta|tar|tek|tok)\s+(?:livet\s+(?:mitt|mit|av\s+meg)|mitt\s+(?:eget\s+|eige\s+)?liv)|(?:do|doy|dau|die)|(?:vere|bli)\s+(?:dod|daud)|(?:drepe|drep|drepa|dreper|skyte|henge)\s+meg(?:\s+(?:selv|sjolv|sjol))?|(?:skade|skada|skadar|skader|kutte|kutta|kutter|skjere|risse|rispe|brenne|sla)\s+meg(?:\s+(?:selv|sjolv|sjol))?|(?:bega\s+)?(?:selv|sjolv|sjol)mord\w*|suicid\w*|(?:gjore|gjere)\s+(?:det\s+)?slutt\s+pa\s+(?:livet|meg\s+selv|alt)|(?:avslutte|ende)\s+(?:livet|alt|det\s+hele)|(?:skade|skada|drepe|drep|sla|stikke|banke\s+opp|knivstikke)\s+(?:noen|nokon|han|ham|henne|ho|hun|dem|dei|deg|folk|andre))\b`;

/** After the crisis phrase: a time, a reason or a restriction makes it no denial ("ikke i kveld"). */
const NOT_AFTER = String.raw`(?!\s+(?:enda|enno|enna|na|no|i\s+dag|i\s+kveld|i\s+natt|i\s+morgen|i\s+morgon|denne|for\w*|siden|pga|fordi|because|since|bare|berre|uten|utan|alene|aleine|sa|sann|slik|yet|now|today|tonight|alone|just|right|hele\s+tiden|heile\s+tida|alltid|hver\s+dag|kvar\s+dag|hele\s+dagen|sa\s+ofte|so\s+ofte|sa\s+mye|so\s+mykje|all\s+the\s+time|every\s+day)\b)(?![\s,.;:!…-]+(?:enda|enno|enna|yet|men|but)\b)`;

const NORWEGIAN = [
  // "jeg tenker ikke på å ta livet mitt", "kommer aldri til å skade meg", "har ikke lyst til å dø"
  String.raw`${OPENING}(?:${SUBJ}\s+)?${VERB}${ADV}\s+${NEG}${ADV}${COMPLEMENT}\s*${CRISIS_VP}${NOT_AFTER}`,
  // "har ingen planer om å skade meg", "ingen tanker om selvmord", "har ikke noen planer om å dø"
  String.raw`${OPENING}(?:${SUBJ}\s+)?(?:(?:har|hadde|har\s+hatt)\s+)?(?:ingen|ikke\s+noen|ikkje\s+nokon|null)\s+${PLAN_NOUN}\s+(?:om|pa|til|for)\s+(?:a\s+)?${CRISIS_VP}${NOT_AFTER}`,
  // "har aldri hatt selvmordstanker", "ingen selvmordstanker", "nei, ikke selvmord", "er ikke suicidal"
  String.raw`${OPENING}(?:${SUBJ}\s+)?(?:(?:har|hadde|er|e)\s+)?(?:ingen|${NEG})(?:\s+(?:hatt|noen|nokon|vert|vaert|vert))?\s+(?:(?:selv|sjolv|sjol)mord\w*|suicid\w*)${NOT_AFTER}`,
  // "det er ikke sånn at jeg vil dø", "ikke det at jeg har lyst til å ta livet mitt"
  String.raw`\b${NEG}\s+(?:sann|slik|sik|det)\s+at\s+${SUBJ}\s+(?:vil|skal|onsker|har\s+lyst\s+(?:til\s+)?a|tenker\s+pa\s+a|planlegger\s+a)\s+(?:a\s+)?${CRISIS_VP}${NOT_AFTER}`,
];

const ENGLISH = [
  String.raw`\b(?:i'?m|i\s+am)\s+not\s+(?:going\s+to|gonna|planning\s+(?:to|on)|thinking\s+(?:about|of))\s+(?:kill(?:ing)?\s+myself|hurt(?:ing)?\s+myself|harm(?:ing)?\s+myself|end(?:ing)?\s+my\s+life|suicide|dying)\b`,
  String.raw`\b(?:i'?m|i\s+am)\s+not\s+suicidal\b`,
  String.raw`\bi\s+(?:don'?t|dont|do\s+not|would\s+never|will\s+never|won'?t|wouldn'?t|never)\s+(?:(?:want|plan|intend)\s+to\s+|wanna\s+|think\s+about\s+|thought\s+about\s+)?(?:die|kill(?:ing)?\s+myself|hurt(?:ing)?\s+myself|harm(?:ing)?\s+myself|end(?:ing)?\s+my\s+life|suicide)\b`,
  String.raw`\b(?:i\s+have\s+)?(?:never\s+(?:thought|had\s+thoughts)\s+(?:about|of)|no\s+(?:plans?|intention|thoughts?)\s+(?:to|of|about))\s+(?:suicide|kill(?:ing)?\s+myself|hurt(?:ing)?\s+myself|dying|end(?:ing)?\s+my\s+life)\b`,
];

/** After an English crisis phrase: a time or a restriction makes it no denial ("not tonight"). */
const NOT_AFTER_EN = String.raw`(?!\s+(?:tonight|today|now|yet|right now|just|alone|because|for|since|until)\b)`;

const DENIAL = new RegExp(`(?:${NORWEGIAN.join('|')}|(?:${ENGLISH.join('|')})${NOT_AFTER_EN})(?![^.!?]*\\?)`, 'g');

/** Taken back later in the same sentence ("…, men jeg gjør det likevel", "men noen ganger"). */
const TAKEN_BACK = new RegExp(`^[^.!?]*${HAPPENS_ANYWAY}`);

/**
 * A decision said after the denial ("tenker ikke på selvmord, jeg har bestemt meg"): the thinking
 * may be over because the choice is made, so the denial counts for nothing in that message.
 */
const DECIDED_AFTER =
  /\b(?:har\s+bestemt\s+meg|bestemt\s+meg|har\s+bestemt\s+det|har\s+tatt\s+(?:et|eit)\s+valg|(?:i'?ve|i\s+have)\s+decided|made\s+up\s+my\s+mind|(?:gjor|gjer)\s+det\s+(?:i|na|no|snart)|skal\s+(?:gjore|gjere)\s+det)\b/;

/** A cheap test on the raw text: only a message with a negation can hold a denial. */
const MAY_DENY =
  /\b(?:ikke|ikkje|ikk|itj|ike|ikkj|ik|ikek|aldri|ingen|null|not|never|no|don'?t|dont|won'?t|wouldn'?t)\b/i;

/**
 * The folded message with its denied crisis phrases taken out, or null when it holds none. The
 * rest of the message is kept as it is, so every layer still reads it.
 */
export function withoutDenials(rawText: string): string | null {
  if (!MAY_DENY.test(rawText)) return null;
  const folded = foldText(rawText);
  let found = false;
  const out = folded.replace(DENIAL, (match: string, ...rest: unknown[]) => {
    const at = rest.find((x) => typeof x === 'number') as number;
    const after = folded.slice(at + match.length);
    if (TAKEN_BACK.test(after) || DECIDED_AFTER.test(after)) return match;
    found = true;
    // Keep the clause's opening punctuation so sentences stay apart.
    const lead = /^[,.;:!?]/.exec(match)?.[0] ?? '';
    return `${lead} `;
  });
  return found ? out : null;
}

/**
 * The message as every layer reads it (and as the classifier is trained on it): without its
 * denied crisis phrases and idioms of living (livingIdioms.ts), or as written when it holds none.
 */
export function asTheLayersRead(rawText: string): string {
  const denied = withoutDenials(rawText);
  if (!mayHoldLivingIdiom(rawText)) return denied ?? rawText;
  return withoutLivingIdioms(denied ?? foldText(rawText)) ?? denied ?? rawText;
}
