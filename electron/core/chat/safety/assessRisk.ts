import crisisModelData from '../../../../resources/safety/crisis-model.json' with { type: 'json' };
import { CrisisModel, type CrisisModelData, type ModelScore } from './classifier.js';
import { withSharedSentences } from './canonical.js';
import { assessConcepts, CONCEPT_IDS } from './concepts.js';
import { assessConversation, type ConversationSignals } from './conversation.js';
import { LAUGHTER, RISK_RULES, type RiskRule } from './lexicon.js';
import { asTheLayersRead } from './lexicon/denial.js';
import { guardHolds, isFramed } from './lexicon/frames.js';
import { clauseStart, foldText, lastTurnEnd, withMissingFullStops } from './normalize.js';
import { requirementOf, staysInSentence, withTextIndex, type Requirement, type TextIndex } from './prefilter.js';
import { RISK_CATEGORIES, RISK_LEVELS, type RiskAssessment, type RiskCategory, type RiskLevel } from './types.js';

const LEVEL_RANK: Readonly<Record<RiskLevel, number>> = { none: 0, check_in: 1, concern: 2, acute: 3 };

export function maxLevel(a: RiskLevel, b: RiskLevel): RiskLevel {
  return LEVEL_RANK[a] >= LEVEL_RANK[b] ? a : b;
}

export function levelRank(level: RiskLevel): number {
  return LEVEL_RANK[level];
}

let defaultModel: CrisisModel | undefined;

/** The shipped classifier (resources/safety/crisis-model.json), loaded once. */
export function defaultCrisisModel(): CrisisModel {
  defaultModel ??= new CrisisModel(crisisModelData as CrisisModelData);
  return defaultModel;
}

export interface AssessRiskOptions {
  /** Layer 2; the shipped model unless given. `null` runs the rules alone (benchmarks only). */
  model?: CrisisModel | null;
  /** Layer 3: the recent turns of the conversation. */
  conversation?: ConversationSignals;
}

/**
 * Safety first: assesses the participant's RAW text (before tekstvask, so nothing the scrubber
 * changes can hide a signal) for risk of suicide, self-harm, violence, abuse or acute need, in
 * Norwegian (bokmål, nynorsk, dialect, chat spelling) and English, with independent layers:
 *
 *  0. a denied crisis phrase ("har ingen planer om å skade meg") is taken out first
 *     (lexicon/denial.ts), so no layer fires on it;
 *  1. rules on normalised text (lexicon.ts), with negation and idiom handling, and the
 *     semantic concept slots combined compositionally (concepts.ts);
 *  2. the trained classifier (classifier.ts), sentence by sentence;
 *  3. the conversation: the answer to a check-in, and signals spread over recent turns.
 *
 * Every layer can only raise the level; none lowers what another raised. Any level other than
 * 'none' makes the turn a crisis turn (see crisisResponse). Pure and synchronous; keeps nothing.
 */
export function assessRisk(rawText: string, options: AssessRiskOptions = {}): RiskAssessment {
  return withSharedSentences(() => assessAllLayers(rawText, options));
}

function assessAllLayers(rawText: string, options: AssessRiskOptions): RiskAssessment {
  const model = options.model === null ? null : (options.model ?? defaultCrisisModel());
  // A denied crisis phrase ("jeg tenker ikke på å ta livet mitt") is taken out before any layer
  // reads the message (lexicon/denial.ts): no layer fires on it, and each reads the rest.
  // A sentence written without a full stop before it is still its own sentence (normalize.ts).
  const text = asTheLayersRead(withMissingFullStops(rawText));
  const result = assessRules(text);
  raise(result, assessConcepts(text));
  if (model) raise(result, modelAssessment(model.score(text), model));
  if (options.conversation) raise(result, assessConversation(rawText, options.conversation, model, text));
  return {
    level: result.level,
    categories: RISK_CATEGORIES.filter((c) => result.categories.includes(c)),
    matched: result.matched,
  };
}

/** True when the assessment calls for a crisis turn (fixed message, flag, no model call). */
export function isCrisis(assessment: RiskAssessment): boolean {
  return assessment.level !== 'none';
}

/** Adds `other` into `into`: the higher level, the union of categories and ids. */
export function raise(into: RiskAssessment, other: RiskAssessment): void {
  if (other.level === 'none') return;
  into.level = maxLevel(into.level, other.level);
  for (const c of other.categories) if (!into.categories.includes(c)) into.categories.push(c);
  for (const m of other.matched) if (!into.matched.includes(m)) into.matched.push(m);
}

/**
 * What the classifier alone says. Below its threshold: nothing. Above it, the signal is
 * uncertain by nature (no rule recognised the shape), so a self-directed one is a check-in (ask
 * directly) and any other kind a concern. The classifier alone never makes a turn acute.
 */
export function modelAssessment(score: ModelScore, model: Pick<CrisisModel, 'threshold'>): RiskAssessment {
  if (score.risk < model.threshold) return { level: 'none', categories: [], matched: [] };
  const selfDirected = score.category === 'suicide' || score.category === 'self_harm';
  return {
    level: selfDirected ? 'check_in' : 'concern',
    categories: [score.category],
    matched: [`model.${score.category}`],
  };
}

/** Ids of the layers other than the rules, as they appear in `matched`. */
export const LAYER_SIGNAL_IDS: readonly string[] = [
  ...CONCEPT_IDS,
  ...RISK_CATEGORIES.map((c) => `model.${c}`),
  'conversation.check_in_yes',
  'conversation.check_in_unsure',
  'conversation.together',
];

/**
 * Per rule, what every match requires of the text (prefilter.ts), and whether a match stays
 * inside one sentence (then only the sentences that may hold one are searched).
 */
const RULE_REQUIREMENTS: readonly Requirement[] = RISK_RULES.map((rule) => requirementOf(rule.pattern));
const RULE_IN_SENTENCE: readonly boolean[] = RISK_RULES.map(
  (rule, r) => RULE_REQUIREMENTS[r] !== true && staysInSentence(rule.pattern),
);

/** Layer 1's hand-written rules alone (lexicon.ts, without the concept slots). */
export function assessRules(rawText: string): RiskAssessment {
  const text = foldText(rawText);
  const out: RiskAssessment = { level: 'none', categories: [], matched: [] };
  if (text.length === 0) return out;
  const categories = new Set<RiskCategory>();
  withTextIndex(text, (index) => {
    for (let r = 0; r < RISK_RULES.length; r++) {
      const rule = RISK_RULES[r] as RiskRule;
      const ruleLevel = evaluateRuleWhereItMayMatch(rule, r, text, index);
      if (ruleLevel === 'none') continue;
      out.level = maxLevel(out.level, ruleLevel);
      categories.add(rule.category);
      out.matched.push(rule.id);
    }
  });
  out.categories = RISK_CATEGORIES.filter((c) => categories.has(c));
  return out;
}

/**
 * A rule is not run on text that lacks the words it requires, and a rule that stays inside a
 * sentence runs only on the sentences that may hold a match (prefilter.ts): the same matches as
 * a scan of the whole text, found without one.
 */
function evaluateRuleWhereItMayMatch(rule: RiskRule, r: number, text: string, index: TextIndex): RiskLevel {
  const req = RULE_REQUIREMENTS[r] as Requirement;
  if (!RULE_IN_SENTENCE[r])
    return index.partsMeeting(req, true) === 0 ? 'none' : evaluateRule(rule, text, 0, text.length);
  const bits = index.partsMeeting(req);
  let best: RiskLevel = 'none';
  for (let p = 0; p < index.parts.length && best !== 'acute'; p++) {
    if ((bits & (1 << p)) === 0) continue;
    let q = p;
    while (q + 1 < index.parts.length && (bits & (1 << (q + 1))) !== 0) q++;
    best = maxLevel(
      best,
      evaluateRule(rule, text, (index.parts[p] as { from: number }).from, (index.parts[q] as { to: number }).to),
    );
    p = q;
  }
  return best;
}

/** The rule on text[from, to) (the matches are read in the whole text's clauses). */
function evaluateRule(rule: RiskRule, text: string, from: number, to: number): RiskLevel {
  let best: RiskLevel = 'none';
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  for (const m of part.matchAll(rule.pattern)) {
    const at = from + m.index;
    const start = clauseStart(text, at);
    const end = clauseEnd(text, at + m[0].length);
    const window = text.slice(start, end);
    const sentence = sentenceAround(text, at);
    // A story, history, someone else who is fine now, hyperbole, cooking (lexicon/frames.ts);
    // a speaker who puts themself into a story is not guarded by it (guardHolds).
    if (isFramed(sentence)) continue;
    if (rule.unless && guardHolds(rule.unless, window, sentence)) continue;
    if (rule.unlessInSentence && guardHolds(rule.unlessInSentence, sentence, sentence)) continue;
    let level: RiskLevel = rule.level;
    if (level === 'acute' && rule.concernIf && window.search(rule.concernIf) >= 0) level = 'concern';
    if (rule.subject === 'speaker' && !speakerIsSubject(text.slice(start, at))) {
      // "Det intervjuet tok livet av meg, haha": another subject and laughter is the idiom.
      if (LAUGHTER.test(text.slice(start, Math.min(text.length, end + 12)))) continue;
      if (level === 'acute') level = 'concern';
    }
    best = maxLevel(best, level);
    if (best === 'acute') break;
  }
  return best;
}

/**
 * The sentence holding position `at` (between sentence punctuation), at most 200 characters each
 * way, from the last turn before `at` ("jobben gikk fint, men …", normalize.ts): a frame or guard
 * in the clause before the turn does not reach past it.
 */
function sentenceAround(text: string, at: number): string {
  let from = at;
  while (from > 0 && at - from < 200 && !SENTENCE_END.has(text[from - 1] as string)) from--;
  from += lastTurnEnd(text.slice(from, at));
  let to = at;
  while (to < text.length && to - at < 200 && !SENTENCE_END.has(text[to] as string)) to++;
  return text.slice(from, to);
}
const SENTENCE_END = new Set(['.', '!', '?']);

/** The end of the sentence the match is in, at most 80 characters on. */
function clauseEnd(text: string, from: number): number {
  const rest = text.slice(from, from + 80);
  const stop = rest.search(/[.!?;]/);
  return stop < 0 ? from + rest.length : from + stop;
}

// English "i", not the Norwegian preposition ("treningen i dag", "i kveld").
const FIRST_PERSON =
  /\b(?:jeg|eg|je|jei|ej|e|i'm|im)\b|\bi\b(?!\s+(?:dag|gar|kveld|natt|morgen|morgon|morra|fjor|ar|helga|helgen|uka|veka|timen|jobben|skolen|skulen|hele|heile|alle|en|ei|et|ein|eit|min|mitt|mi|mine|den|det|de|denne|dette|sommer|vinter|host|haust|varen|mai|juni|juli|august)\b)/;
const FILLER =
  /\b(?:vil|ville|skal|ska|kommer til a|kjem til a|tenker pa a|tenkjer pa a|har lyst til a|har lyst a|lyst til a|lyst a|kan|ma|bare|berre|nok|snart|kanskje|tror|trur|egentlig|heller|a|sa|ja|nei|altsa|eller|hvis|viss|om|sann|nå|na)\b/g;

/**
 * For "ta livet av meg": acute when the subject of the clause is the speaker ("jeg tar livet av
 * meg", "eg trur eg tek livet av meg") or left out ("vil ta livet av meg"); anything else
 * ("det/jobben/NAV tar livet av meg") is the idiom and gives concern (none with laughter).
 */
function speakerIsSubject(before: string): boolean {
  if (FIRST_PERSON.test(before)) return true;
  return before.replace(FILLER, ' ').replace(/[^a-z]/g, '').length === 0;
}

export { RISK_LEVELS };
