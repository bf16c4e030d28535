import replyModelData from '../../../../resources/mi/reply-model.json' with { type: 'json' };
import { LENGTH_BOUNDS, type Move } from '../mi/moves.js';
import { moveOutputSchema, type MoveOutput } from '../mi/outputSchema.js';
import { detectLanguage, mixesInEnglish } from './language.js';
import { assertsIn, sentenceActs } from './acts.js';
import { withoutCitedFacts, withoutHelpLineNumbers, withoutSourceFrames } from './grounding.js';
import { checkProse } from './prose.js';
import { speaksAsParticipant } from './speaker.js';
import { ReplyModel, type ReplyModelData } from './replyModel.js';
import {
  advisesIn,
  advisesOtherwise,
  claimsOtherwise,
  labelsOtherwise,
  saysOutsideReport,
  scorns,
  warnsOfLoss,
  warnsOtherwise,
} from './stance.js';
import { asBokmal, REPORTING_VERB_SOURCE, sentences, u } from './text.js';

/**
 * Checks of one generated reply `{move, text, sources}` against the move the policy chose. Each
 * failure is typed, so the orchestrator can regenerate once (optionally telling the model what
 * failed) and then fall back to the phrase library. Details never quote the text.
 */
export const CHECK_CODES = [
  'invalid_output',
  'move_mismatch',
  'too_short',
  'too_long',
  'not_norwegian',
  'reflection_is_question',
  'question_missing',
  'question_not_open',
  'multiple_questions',
  'ruler_missing_scale',
  'permission_missing',
  'plan_missing',
  'question_in_information',
  'information_without_permission',
  'advice_without_permission',
  'missing_source',
  'unknown_source',
  'unexpected_source',
  'unsupported_claim',
  'no_referral',
  'not_about_person',
  'confrontation',
  'labelling',
  'warning',
  'template_token',
  'nonsense',
  'garbled_token',
  'repetition',
  'wrong_speaker',
] as const;
export type CheckCode = (typeof CHECK_CODES)[number];

/** Failures that make a sent text MI-inconsistent (MITI: confront, persuade or advise without permission, warn, label). */
export const MI_INCONSISTENT: ReadonlySet<CheckCode> = new Set([
  'advice_without_permission',
  'information_without_permission',
  'confrontation',
  'labelling',
  'warning',
]);

export interface CheckFailure {
  code: CheckCode;
  /** English, for logs and the regeneration hint; never contains the generated text. */
  detail: string;
}

export interface CheckResult {
  ok: boolean;
  failures: CheckFailure[];
}

export interface CheckContext {
  /** The move the policy chose. */
  move: Pick<Move, 'kind' | 'variant'>;
  /** Elicit–provide–elicit: the participant asked, or said yes (mi `adviceAllowed(state)`). */
  adviceAllowed: boolean;
  /** Ids of the knowledge passages given to the model in this turn. */
  passageIds: readonly string[];
}

const REFLECTIVE = new Set(['simple_reflection', 'complex_reflection', 'affirmation', 'summary']);

/** Open-question openings (folded to plain letters where Norwegian letters vary). */
const OPEN_OPENER = u(
  /^(?:hva|hvordan|hvorfor|hvem|hvilke|hvilken|hvilket|hvor|når|naar|på hvilken måte|kva|korleis|kvifor|kven|kvar|kor)\b/i,
);
const INVITATION = u(/^(?:fortell|beskriv|si litt|si mer|del gjerne)\b/i);
/** A finite verb first, then a subject: a yes/no question in Norwegian ("Er du", "Har du", "Vil du", "Kan du"). */
const YES_NO_OPENER = u(
  /^(?:er|har|vil|kan|skal|tror|synes|syns|føler|tenker|ønsker|trenger|orker|klarer|må|bør|får|gjør|liker|prøver|blir|var|hadde|ville|kunne|skulle|burde|vet|husker|pleier|kjenner|går|kommer|finnes|hender|stemmer|gikk|fikk|kjennes|høres)\s+(?:du|dere|det|han|hun|jeg|vi|de|den|dette|noen|man)\b/i,
);
const INTERROGATIVE = u(/^(?:hva|hvordan|hvorfor|hvem|hvilke|hvilken|hvilket|kva|korleis|kvifor|kven)\b/i);
const LEADING_CLAUSE = u(/^(?:hvis|om|når|dersom|tenk deg at|sett at)\b[^,]*,\s*/i);

const PERMISSION = u(
  /\b(?:er det greit|greit at jeg|vil du at jeg|kan jeg få|kan jeg fortelle|kan jeg dele|ønsker du at jeg|vil du høre|skal jeg fortelle|skal jeg dele|har du lyst til at jeg|passer det at jeg|er det ok|er det i orden)\b/i,
);
const SCALE = u(/\b(?:0|null)\s*(?:til|-|–)\s*(?:10|ti)\b/i);
const REFERRAL = u(/\bveileder(?:en|ne)?\b|\brettleiar(?:en)?\b/i);
const SECOND_PERSON = u(/\b(?:du|deg|din|ditt|dine|dere)\b/i);

/** Advice markers. "du må" is allowed after a reporting verb of text.ts ("du kjenner at du må …" reflects need talk). */
const ADVICE: readonly RegExp[] = [
  /\bdu\s+(?:bør|burde)\b/i,
  // The lookahead first, so the lookbehinds run only where "du må" stands. A "må" that recurs
  // ("du må jobbe hver helg", "… hele tiden") is the person's circumstance, not an instruction,
  // unless it asks for a change or sets a time ("du må begynne å stå opp klokka sju hver dag"); so
  // is a "må" weighed as a burden ("du må på jobb klokka sju, og det er tøft").
  new RegExp(
    String.raw`\b(?=du\s+må\b)(?<!\b(?:at|som om|som|når|fordi|siden|mens|så\s+lenge)\s)(?<!(?:^|[.!?]\s+)(?:så|altså)\s+)(?<!\b(?:${REPORTING_VERB_SOURCE})\s+(?:at\s+)?)du\s+må\b` +
      // Epistemic and permissive: "du må ha hatt det tøft", "du må være sliten", "du må gjerne …".
      String.raw`(?!\s+(?:ha\s+(?:hatt|vært|det)|være|vært|gjerne)\b)` +
      String.raw`(?!(?![^.!?,]{0,40}\b(?:begynne|byrje|starte|slutte|prøve|få|lære|komme\s+i\s+gang|klokka|kl)\b)[^.!?,]{0,40}\b(?:hver|kvar|annenhver|annakvar|hele\s+tiden|heile\s+tida|stadig|støtt)\b)` +
      String.raw`(?![^.!?]{0,60},\s*og\s+det\s+(?:er|blir|var|kjennes|føles)?\s*(?:\p{L}+\s+){0,2}(?:tøft|tungt|slitsomt|krevende|vanskelig|stressende|tærer|sliter|tar\s+på|koster))`,
    'i',
  ),
  /\bprøv\s+(?:å|gjerne|deg)\b/i,
  /\bjeg\s+(?:anbefaler|foreslår|råder)\b/i,
  /\b(?:mitt|et)\s+(?:råd|tips)\b|\btips:/i,
  /\bdet\s+(?:lureste|beste du kan gjøre|smarteste)\b/i,
  /\b(?:sørg for|husk å|pass på å|ikke glem)\b/i,
  /\bdu\s+(?:trenger\s+å|kan\s+jo)\b/i,
  /\b(?:hva med å|har du tenkt på å|har du prøvd å|har du vurdert å)\b/i,
].map(u);
const LABELLING: readonly RegExp[] = [
  /\bdu\s+er\s+(?:så\s+|veldig\s+|bare\s+|litt\s+|jo\s+)?(?:lat|umotivert|doven|udugelig|håpløs|en taper|ansvarsløs|rusmisbruker|misbruker|avhengig|narkoman|alkoholiker|problemet|uten motivasjon|ikke motivert)\b/i,
  /\bi\s+fornektelse\b|\bfornekter\b/i,
  /\b(?:din latskap|ditt problem er|problemet ditt er|typisk deg|du er typen som)\b/i,
].map(u);
const CONFRONTATION: readonly RegExp[] = [
  /(?:^|[.!]\s+)(?:skjerp deg|ta deg sammen|innrøm|slutt å)\b/i,
  /\b(?:du skjønner vel|du lurer deg selv|det er din egen feil|det er ditt eget ansvar|du tar ikke dette på alvor|bare unnskyldninger|ærlig talt|det holder ikke|det er ikke greit at du|du må bare)\b/i,
  /\bhvorfor\s+(?:har|gjorde|gjør)\s+du\s+ikke\b/i,
].map(u);
const WARNING: readonly RegExp[] = [
  /\bhvis\s+du\s+ikke\b[^.!?]{0,80}\b(?:mister|risikerer|stanser|stopper|kuttes|trekkes|får du ikke|går det galt)\b/i,
  // Any "if you don't …, then <loss>" in other words: the loss said as a verb, a passive or its result.
  /\b(?:hvis|om|dersom|viss)\s+du\s+ikke\b[^.!?]{0,100}\b(?:mist\w*|tap(?:er|te)?\b|risiker\w*|stans\w*|stopp\w*|kutt\w*|trekk\w*|fjern\w*|sperr\w*|inndr\w*|avslutt\w*|blir\s+(?:\p{L}+\s+){0,3}(?:borte|vekk)|faller\s+(?:\p{L}+\s+)?bort|får\s+du\s+(?:problemer|trøbbel|ingen(?:ting)?)|havner\s+du|kastet\s+ut)/iu,
  /\b(?:hvis|om|dersom|viss)\s+du\s+ikke\b[^.!?]{0,100}\b(?:blir|kan|vil|får)\s+(?:\p{L}+\s+){0,3}(?:ytelse\w*|penge\w*|stønad\w*|plass\w*|tiltak\w*|utbetaling\w*|støtte\w*|sak(?:en)?\b)[^.!?]{0,40}\b(?:vent|borte|stanset|stoppet|redusert|trukket|avslått|holdt\s+tilbake|avsluttet)\b/iu,
  /\b(?:hvis|om|dersom)\s+du\s+(?:fortsetter|holder\s+på)\s+(?:sånn|slik|sånt|på\s+denne\s+måten|som\s+nå)\b|\b(?:gå|går|ende|ender)\s+(?:\p{L}+\s+){0,2}(?:ille|galt|dårlig|gærent)\s+(?:med|for)\s+deg\b/iu,
  // A condition with the verb first ("Dropper du avtalen, mister du plassen"; "Fortsetter du å skulke, blir du …").
  /(?:^|[.!?,;]\s*)(?:dropper|skulker|glemmer|mister|fortsetter|uteblir|slutter|nekter|takker|møter|kommer|gjør)\s+du\b[^.!?]{0,60},\s*(?:så\s+)?(?:mister|taper|blir|får|kan|vil|må|risikerer)\s+du\b/i,
  /\bellers\s+(?:\p{L}+\s+){0,3}(?:mist\w*|stans\w*|stopp\w*|kutt\w*|trekk\w*|fjern\w*|sperr\w*|borte|problemer|trøbbel)/iu,
  /\bellers\s+(?:mister|risikerer|kan du|blir det|får du)\b/i,
  /\b(?:du risikerer|du kommer til å angre|det får konsekvenser|konsekvensen blir|sanksjon\w*|advarer deg)\b/i,
  /\b(?:mister|miste)\s+(?:du\s+)?(?:pengene|ytelsen|stønaden|plassen|tiltaksplassen|retten)\b/i,
].map(u);
/** Statements of fact that must come from a cited knowledge passage. */
const CLAIMS: readonly RegExp[] = [
  /\d[\d\s.,]*\s*(?:kr\b|kroner|nok\b|%|prosent)/i,
  /§/,
  /\b(?:ifølge|loven|lova|regelverket|forskriften)\b/i,
  // A named law ("folketrygdloven", "NAV-loven"), a regulation, a circular or a paragraph.
  /\p{L}+lov(?:en|ens)\b|\p{L}{3,}lova\b|\b(?:forskrift\w*|rundskriv\w*|paragraf\w*|lovverk\w*|lovfest\w*)\b/iu,
  // The National Insurance base amount, as a word or as "2 G".
  /\bgrunnbeløp\w*|\b\d+(?:[.,]\d+)?\s*g\b/i,
  // Statistics: "to av tre", "forskning viser", "hele 80 prosent".
  /\b(?:\d+|en|ei|ett|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti)\s+av\s+(?:\d+|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|hundre)\b/i,
  /\b(?:gjennomsnitt\w*|i\s+snitt|snittet|median\w*|flertallet)\b/i,
  /\b(?:forskning|studier|undersøkelser|statistikk\w*|tall\s+fra\s+\p{L}+)\s+(?:viser|sier|tyder)\b/iu,
  // What the person will get: a payment, a benefit or an amount promised.
  /\bdu\s+(?:får|vil\s+få|kan\s+få|skal\s+få|har\s+krav\s+på)\s+(?:\p{L}+\s+){0,3}(?:\d|tiltakspeng\w*|dagpeng\w*|arbeidsavklaringspeng\w*|aap\b|stønad\w*|ytelse\w*|sosialhjelp\w*|penger\s+fra\s+nav|lønnstilskudd\w*|feriepeng\w*)/iu,
  /\b(?:har|har du)\s+(?:rett på|rett til|krav på)\b/i,
  /\bnav\s+(?:gir|betaler|dekker|krever|bestemmer|sier at)\b/i,
  // A rule and whom it covers, or what an employer, NAV or a school may or must do.
  /\b\p{L}*(?:plikt|regel|regelen|rett|retten)(?:en|a)?\s+gjelder\b|\bgjelder\s+(?:alle|for\s+alle|bare\s+for)\b/iu,
  /\b(?:arbeidsgiver(?:en)?|sjefen|nav|kommunen|skolen|staten|bedriften)\s+(?:kan\s+ikke|kan|har\s+(?:ikke\s+)?lov\s+til\s+å|må|skal|er\s+nødt\s+til\s+å)\s+(?:ikke\s+)?(?:\p{L}+\s+){0,2}(?:si\s+deg\s+opp|si\s+opp|sparke|avskjedige|betale|dekke|kreve|stanse|nekte|gi\s+deg)\b/iu,
  // A duty someone has by rule: "NAV er pålagt å", "arbeidsgiveren plikter å".
  /\b(?:er|blir)\s+pålagt\b|\bplikt(?:er|a)?\s+(?:å|til)\b|\bhar\s+(?:plikt|opplysningsplikt|meldeplikt)\b|\b(?:er|blir)\s+(?:forpliktet|lovpålagt)\b/i,
  // What a benefit is, gives, covers or lasts ("Sykepengene dekker …", "AAP gis i …"), in any of its forms.
  /\b(?:(?:tiltaks|dag|arbeidsavklarings|syke|foreldre|svangerskaps|pleie|omsorgs|opplærings|ferie)peng\w*|aap|kvalifiseringsstønad\w*|sosialhjelp\w*|barnetrygd\w*|uføretrygd\w*|bostøtte\w*|kontantstøtte\w*|overgangsstønad\w*|stipend\w*)\s+(?:\p{L}+\s+)?(?:er|gir|betyr|utgjør|dekker|varer|gis|betales|utbetales|tilsvarer|beregnes)\b/iu,
  /\b(?:aft|ips|vta|lønnstilskudd|arbeidstrening|arbeidsforberedende trening)\s+(?:er|betyr|står for|varer|gir|innebærer)\b/i,
].map(u);

/**
 * The acts a reply does that MI limits, found by the lists above and by stance.ts (the same acts
 * in other words). Advice, labels, confrontation and warnings after a reporting verb are the
 * person's own words, reflected ("du sier at du bør …", "moren din mener du burde …"), and do not
 * count; a claim of fact counts wherever it stands.
 */
type Act = 'advice' | 'labelling' | 'confrontation' | 'warning' | 'claim';
function actsSaid(text: string): Record<Act, boolean> {
  const acts = actsSaidIn(text);
  // A nynorsk reply is also read in bokmål, the language the lists are written in.
  const bokmal = asBokmal(text);
  if (bokmal === text) return acts;
  const again = actsSaidIn(bokmal);
  for (const act of Object.keys(acts) as Act[]) acts[act] ||= again[act];
  return acts;
}

/** A factual claim; the numbers of the help lines the app shows are none (grounding.ts). */
function claimsIn(text: string): boolean {
  const factual = withoutSourceFrames(withoutHelpLineNumbers(text));
  return CLAIMS.some((re) => assertsIn(factual, re)) || claimsOtherwise(factual) || sentenceActs(factual).has('claim');
}

function actsSaidIn(text: string): Record<Act, boolean> {
  // The acts read from each clause's structure (acts.ts) add to the lists, never remove.
  const clauses = sentenceActs(text);
  return {
    advice: advisesIn(text, ADVICE) || advisesOtherwise(text) || clauses.has('advice'),
    labelling: saysOutsideReport(text, LABELLING) || labelsOtherwise(text) || clauses.has('labelling'),
    confrontation: saysOutsideReport(text, CONFRONTATION) || scorns(text) || clauses.has('confrontation'),
    warning: saysOutsideReport(text, WARNING) || warnsOfLoss(text) || warnsOtherwise(text) || clauses.has('warning'),
    claim: claimsIn(text),
  };
}

function questionSentences(text: string): string[] {
  return sentences(text).filter((s) => s.endsWith('?'));
}

function hasInterrogativeOpening(s: string): boolean {
  return INTERROGATIVE.test(s) || YES_NO_OPENER.test(s);
}

function isOpenQuestion(s: string): boolean {
  const core = s.replace(LEADING_CLAUSE, '');
  return OPEN_OPENER.test(core) || INVITATION.test(core);
}

/**
 * Checks a generated reply. Accepts the raw parsed JSON (unknown) or a MoveOutput; returns every
 * failure found. `ok` is true only without failures.
 */
export function checkMoveOutput(output: unknown, ctx: CheckContext): CheckResult {
  const parsed = moveOutputSchema.safeParse(output);
  if (!parsed.success)
    return { ok: false, failures: [{ code: 'invalid_output', detail: 'output is not {move, text, sources}' }] };
  const out: MoveOutput = parsed.data;
  const failures: CheckFailure[] = [];
  const fail = (code: CheckCode, detail: string): void => {
    failures.push({ code, detail });
  };
  const { kind, variant } = ctx.move;
  const text = out.text.trim();

  if (out.move !== kind) fail('move_mismatch', `expected ${kind}, got ${out.move}`);

  const bounds = LENGTH_BOUNDS[kind];
  if (text.length < bounds.min) fail('too_short', `${text.length} < ${bounds.min} characters`);
  if (text.length > bounds.max) fail('too_long', `${text.length} > ${bounds.max} characters`);

  const lang = detectLanguage(text);
  if (lang !== 'nb' && lang !== 'nn') fail('not_norwegian', `language looks like ${lang}`);
  else if (mixesInEnglish(text)) fail('not_norwegian', 'English words mixed into a Norwegian reply');
  // It must read as Norwegian prose: known words, no garbled tokens, no template tokens.
  for (const code of checkProse(text).failures) fail(code, 'does not read as Norwegian prose');
  if (speaksAsParticipant(text)) fail('wrong_speaker', "speaks in the participant's voice");

  // The text realises the move.
  const qs = questionSentences(text);
  if (REFLECTIVE.has(kind)) {
    if (text.includes('?')) fail('reflection_is_question', `${kind} contains a question mark`);
    else if (sentences(text).some(hasInterrogativeOpening))
      fail('reflection_is_question', `${kind} opens like a question`);
    if (kind === 'affirmation' && !SECOND_PERSON.test(text))
      fail('not_about_person', 'an affirmation speaks to the person ("du …")');
  }
  if (kind === 'open_question' || (kind === 'plan_next_step' && variant === 'ask_step')) {
    const invitations = sentences(text).filter((s) => INVITATION.test(s.replace(LEADING_CLAUSE, '')));
    if (qs.length === 0 && invitations.length === 0) fail('question_missing', 'no question or invitation to tell more');
    if (qs.length > 1) fail('multiple_questions', `${qs.length} questions; ask one at a time`);
    for (const q of qs) {
      if (!isOpenQuestion(q)) {
        fail(
          'question_not_open',
          YES_NO_OPENER.test(q.replace(LEADING_CLAUSE, ''))
            ? 'yes/no opening'
            : 'does not open with an open question word',
        );
        break;
      }
    }
  }
  if (kind === 'readiness_ruler') {
    if (!SCALE.test(text)) fail('ruler_missing_scale', 'no 0–10 scale');
    if (qs.length === 0) fail('question_missing', 'a ruler asks a question');
  }
  if (kind === 'ask_permission') {
    if (qs.length === 0) fail('question_missing', 'permission is asked as a question');
    if (!PERMISSION.test(text)) fail('permission_missing', 'no request for permission');
  }
  if (kind === 'plan_next_step' && variant === 'offer_plan') {
    if (qs.length === 0) fail('question_missing', 'the offer is a question');
    if (!/plan/i.test(text)) fail('plan_missing', 'the offer names the activity plan');
  }
  if (kind === 'provide_information') {
    if (text.includes('?'))
      fail('question_in_information', 'information is given without asking; the next move elicits');
    if (!ctx.adviceAllowed) fail('information_without_permission', 'information needs a request or a yes first');
    if (variant === 'no_knowledge' && !REFERRAL.test(text)) fail('no_referral', 'say that the counselor can answer');
  }

  // No advice without permission; never confrontation, labelling or warnings.
  const said = actsSaid(text);
  if (kind !== 'provide_information' || !ctx.adviceAllowed) {
    if (kind !== 'provide_information' && said.advice)
      fail('advice_without_permission', 'advice marker in a move that gives no advice');
  }
  if (said.labelling) fail('labelling', 'labels the person');
  if (said.confrontation) fail('confrontation', 'confronting wording');
  const groundedInformation = kind === 'provide_information' && variant === 'grounded' && out.sources.length > 0;
  if (!groundedInformation && said.warning) fail('warning', 'warns about consequences');

  // Every factual claim backed by a cited passage given in this turn.
  const known = new Set(ctx.passageIds);
  const unknown = out.sources.filter((s) => !known.has(s));
  if (unknown.length > 0) fail('unknown_source', `${unknown.length} source(s) not among the passages given`);
  const mayCite = (kind === 'provide_information' && variant === 'grounded') || kind === 'summary';
  if (!mayCite && out.sources.length > 0)
    fail('unexpected_source', `${kind}${variant ? ':' + variant : ''} cites nothing`);
  if (kind === 'provide_information' && variant === 'grounded' && out.sources.length === 0)
    fail('missing_source', 'information cites at least one passage');
  if (out.sources.length === 0 && said.claim) fail('unsupported_claim', 'a factual claim without a cited passage');

  // The trained vote reads the same acts in words the lists do not name; it can only add a failure.
  const vote = voteFailure(text);
  const voteApplies =
    vote !== null &&
    !failures.some((f) => f.code === vote) &&
    !(vote === 'advice_without_permission' && kind === 'provide_information') &&
    !(vote === 'unsupported_claim' && out.sources.length > 0) &&
    !(vote === 'warning' && groundedInformation);
  if (voteApplies) fail(vote, 'the reply vote reads it as an act MI does not do here');

  return { ok: failures.length === 0, failures };
}

/**
 * The checks of a reply that do not depend on the move (used by `inkludmi chat check` and the
 * same regular expressions the chat uses): Norwegian prose, no advice, labelling, confrontation
 * or warnings, no factual claims (numbers, law, NAV rules) without a cited passage, and what
 * the trained reply vote adds.
 */
export interface ReplyTextOptions {
  /** Ask the trained reply vote too (default); false measures what the lists alone find. */
  vote?: boolean;
}

export function checkReplyText(text: string, options: ReplyTextOptions = {}): CheckCode[] {
  const codes = new Set<CheckCode>();
  const t = text.trim();
  const lang = detectLanguage(t);
  if ((lang !== 'nb' && lang !== 'nn') || mixesInEnglish(t)) codes.add('not_norwegian');
  for (const code of checkProse(t).failures) codes.add(code);
  if (speaksAsParticipant(t)) codes.add('wrong_speaker');
  const said = actsSaid(t);
  if (said.advice) codes.add('advice_without_permission');
  if (said.labelling) codes.add('labelling');
  if (said.confrontation) codes.add('confrontation');
  if (said.warning) codes.add('warning');
  // Checked as text alone, a fact may carry its source in the text (grounding.ts).
  if (said.claim && actsSaid(withoutCitedFacts(t)).claim) codes.add('unsupported_claim');
  const vote = options.vote === false ? null : voteFailure(t);
  // The vote's claim too is answered by a cited fact found in the knowledge base.
  const uncited = vote === 'unsupported_claim' ? withoutCitedFacts(t) : t;
  if (vote && (uncited === t || (uncited.trim().length > 0 && voteFailure(uncited) === vote))) codes.add(vote);
  return [...codes];
}

let replyModel: ReplyModel | undefined;
/** What the shipped reply vote (replyModel.ts, resources/mi/reply-model.json) fails a text with, or null. */
function voteFailure(text: string): CheckCode | null {
  replyModel ??= new ReplyModel(replyModelData as ReplyModelData);
  return replyModel.failure(text);
}

/** A short Norwegian hint for a regeneration prompt, built from the failure codes. */
export function regenerationHint(failures: readonly CheckFailure[]): string {
  const hints: Partial<Record<CheckCode, string>> = {
    reflection_is_question: 'Skriv en påstand, ikke et spørsmål (ingen spørsmålstegn).',
    question_not_open: 'Still et åpent spørsmål som begynner med «Hva», «Hvordan» eller «Hvilke».',
    question_missing: 'Svaret skal inneholde ett spørsmål.',
    multiple_questions: 'Still bare ett spørsmål.',
    not_norwegian: 'Skriv på norsk bokmål.',
    too_long: 'Gjør svaret kortere.',
    too_short: 'Gjør svaret litt fyldigere.',
    advice_without_permission: 'Ikke gi råd eller forslag.',
    unsupported_claim: 'Ikke nevn fakta, tall eller regler.',
    missing_source: 'Bruk kunnskapsutdragene og oppgi id-ene i «sources».',
    unknown_source: 'Oppgi bare id-er fra kunnskapsutdragene du fikk.',
    unexpected_source: 'La «sources» være tom.',
    ruler_missing_scale: 'Bruk en skala fra 0 til 10.',
    permission_missing: 'Spør om det er greit at du deler informasjon.',
    question_in_information: 'Ikke still spørsmål i dette svaret.',
    no_referral: 'Si at veilederen kan svare på dette.',
    labelling: 'Ikke sett merkelapper på personen.',
    confrontation: 'Ikke konfronter; vis forståelse.',
    warning: 'Ikke advar om konsekvenser.',
    template_token: 'Skriv bare svaret, uten kontrolltegn.',
    nonsense: 'Skriv vanlige, hele norske setninger.',
    garbled_token: 'Skriv vanlige, hele norske ord.',
    repetition: 'Ikke gjenta ord.',
    wrong_speaker: 'Svar som veilederen, til deltakeren («du»), ikke som deltakeren selv.',
  };
  return [...new Set(failures.map((f) => hints[f.code]).filter((h): h is string => h !== undefined))].join(' ');
}
