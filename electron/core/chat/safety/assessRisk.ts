import { RISK_RULES, type RiskRule } from './lexicon.js';
import { clauseStart, foldText } from './normalize.js';
import { RISK_CATEGORIES, type RiskAssessment, type RiskCategory, type RiskLevel } from './types.js';

const LEVEL_RANK: Readonly<Record<RiskLevel, number>> = { none: 0, concern: 1, acute: 2 };

export function maxLevel(a: RiskLevel, b: RiskLevel): RiskLevel {
  return LEVEL_RANK[a] >= LEVEL_RANK[b] ? a : b;
}

/**
 * Safety first: assesses the participant's RAW text (before tekstvask, so nothing the scrubber
 * changes can hide a signal) for risk of suicide, self-harm, violence or abuse, in Norwegian
 * (bokmål, nynorsk, dialect, chat spelling) and English.
 *
 * Any level other than 'none' makes the turn a crisis turn: the orchestrator answers with
 * `crisisResponse(...)`, raises a `CrisisFlag` for the counselor and does not call the model.
 * Pure and synchronous; it keeps nothing.
 */
export function assessRisk(rawText: string): RiskAssessment {
  const text = foldText(rawText);
  let level: RiskLevel = 'none';
  const categories = new Set<RiskCategory>();
  const matched: string[] = [];
  if (text.length === 0) return { level, categories: [], matched };

  for (const rule of RISK_RULES) {
    const ruleLevel = evaluateRule(rule, text);
    if (ruleLevel === 'none') continue;
    level = maxLevel(level, ruleLevel);
    categories.add(rule.category);
    matched.push(rule.id);
  }
  return { level, categories: RISK_CATEGORIES.filter((c) => categories.has(c)), matched };
}

/** True when the assessment calls for a crisis turn (fixed message, flag, no model call). */
export function isCrisis(assessment: RiskAssessment): boolean {
  return assessment.level !== 'none';
}

function evaluateRule(rule: RiskRule, text: string): RiskLevel {
  let best: RiskLevel = 'none';
  for (const m of text.matchAll(rule.pattern)) {
    const start = clauseStart(text, m.index);
    const end = clauseEnd(text, m.index + m[0].length);
    const window = text.slice(start, end);
    if (rule.unless && window.search(rule.unless) >= 0) continue;
    let level: RiskLevel = rule.level;
    if (level === 'acute' && rule.concernIf && window.search(rule.concernIf) >= 0) level = 'concern';
    if (level === 'acute' && rule.subject === 'speaker' && !speakerIsSubject(text.slice(start, m.index))) level = 'concern';
    best = maxLevel(best, level);
    if (best === 'acute') break;
  }
  return best;
}

/** The end of the sentence the match is in, at most 80 characters on. */
function clauseEnd(text: string, from: number): number {
  const rest = text.slice(from, from + 80);
  const stop = rest.search(/[.!?;]/);
  return stop < 0 ? from + rest.length : from + stop;
}

const FIRST_PERSON = /\b(?:jeg|eg|je|jei|ej|e|i|i'm|im)\b/;
const FILLER = /\b(?:vil|ville|skal|ska|kommer til a|kjem til a|tenker pa a|tenkjer pa a|har lyst til a|har lyst a|lyst til a|lyst a|kan|ma|bare|berre|nok|snart|kanskje|tror|trur|egentlig|heller|a|sa|ja|nei|altsa|eller|hvis|viss|om|sann|nå|na)\b/g;

/**
 * For "ta livet av meg": acute when the subject of the clause is the speaker ("jeg tar livet av
 * meg", "eg trur eg tek livet av meg") or left out ("vil ta livet av meg"); anything else
 * ("det/jobben/NAV tar livet av meg") is the idiom and gives concern.
 */
function speakerIsSubject(before: string): boolean {
  if (FIRST_PERSON.test(before)) return true;
  return before.replace(FILLER, ' ').replace(/[^a-z]/g, '').length === 0;
}
