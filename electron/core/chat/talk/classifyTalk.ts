import { foldText } from '../safety/normalize.js';
import { lastQuestion, readAnswer } from './answers.js';
import { CARE_OBLIGATION, clauseTargets, isBarrier, obligationCompetes, splitClauses, type Clause } from './clauses.js';
import { CHANGE_CUES, NEGATED_CHANGE_CUES } from './changeCues.js';
import { GENERIC_CHANGE, NEG_CONTRACTION, NEG_WORD, TARGET, type ChangeCue } from './lexicon.js';
import {
  DELIBERATION,
  EMBEDDED,
  OTHER_SUBJECT,
  PLAYED_DOWN,
  PRIVATE_SPHERE,
  SCHEDULE_CLASH,
  SPEAKER,
} from './neutralCues.js';
import { HELP_REQUEST, QUESTION_OPENER, RHETORICAL_SUSTAIN, VERB_FIRST } from './questionCues.js';
import { SUSTAIN_CUES } from './sustainCues.js';
import type { ClassifyTalkOptions, TalkClassification, TalkSubtype } from './types.js';

interface ClauseCue {
  talk: 'change' | 'sustain';
  subtype: TalkSubtype;
  confidence: number;
  concessive?: boolean;
  /** The cue is a mood or complaint (see ChangeCue.mood). */
  mood?: boolean;
}

const PREPARATORY: readonly TalkSubtype[] = ['desire', 'ability', 'reasons', 'need'];

/**
 * The cue of each clause in order. A clause after a turn keeps the topic of the one before
 * ("er sliten etter praksis, men det gikk fint"); a care obligation counts against the target only
 * when the message names one; a barrier after a wish turns it ("vil jobbe, men ryggen tåler ikke").
 */
function clauseCues(clauses: readonly Clause[], extra: readonly string[]): ClauseCue[] {
  const targetOf = (text: string): boolean => hasTarget(text, extra);
  const cues: ClauseCue[] = [];
  const targets = clauseTargets(clauses, targetOf);
  clauses.forEach((clause, i) => {
    let cue: ClauseCue | null;
    const care = CARE_OBLIGATION.exec(clause.text);
    if (care) {
      // What precedes the obligation keeps its own cue ("kan ikke jobbe kveld, har ansvaret for mormor").
      const competes = obligationCompetes(clauses, i, targetOf);
      cue =
        analyseClause(clause.text.slice(0, care.index), extra) ??
        (competes ? { talk: 'sustain', subtype: 'reasons', confidence: 0.7 } : null);
    } else {
      cue = analyseClause(clause.text, extra, targets[i]);
      // A mood about games, family or body stays neutral when a comma split it off ("tapte i fifa, jeg gir opp").
      if (cue?.mood && !targets.some(Boolean) && clauses.some((c) => PRIVATE_SPHERE.test(c.text))) cue = null;
    }
    const before = cues[cues.length - 1];
    if (!cue && before?.talk === 'change' && PREPARATORY.includes(before.subtype) && isBarrier(clause))
      cue = { talk: 'sustain', subtype: 'ability', confidence: 0.6 };
    if (cue) cues.push(clause.concessive ? { ...cue, concessive: true } : cue);
  });
  return cues;
}

/**
 * Classifies one participant utterance as change talk (with its DARN-CAT subtype), sustain talk,
 * neutral, or a question asking for information. Rule and lexicon based, Norwegian (bokmål,
 * nynorsk, chat spelling) and English, with negation handling:
 *
 *   "jeg vil prøve"                          → change / desire
 *   "jeg vil ikke søke på den jobben"        → sustain / desire
 *   "jeg skal søke på to jobber i morgen"    → change / commitment
 *   "jeg har sendt en søknad"                → change / taking_steps
 *   "jeg vil, men jeg klarer det ikke"       → sustain / ability (ambivalent)
 *   "hva er AFT?"                            → question
 *   "ja, kanskje det" (asked: "Kunne du tenke deg å søke der?") → change / desire
 *
 * A message is read clause by clause (clauses.ts): the last clause with a cue carries it, a
 * concession ("selv om …") does not, and a short answer is read against the question (answers.ts).
 *
 * Run it on the scrubbed text (after the safety stage); it keeps nothing.
 */
export function classifyTalk(text: string, options: ClassifyTalkOptions = {}): TalkClassification {
  const result = withQuestion(text, classifyTalkCues(text, options), options);
  // Safety over method: a message with any risk signal is never counted as change talk.
  if (options.riskFired && result.talk === 'change') return { talk: 'neutral', confidence: 0.5 };
  return result;
}

/** An answer that says little on its own, read against the assistant's last question (see answers.ts). */
function withQuestion(text: string, own: TalkClassification, options: ClassifyTalkOptions): TalkClassification {
  if (!options.asked || own.talk === 'question') return own;
  const question = lastQuestion(foldText(options.asked));
  if (question === null) return own;
  const answer = foldText(text)
    .replace(/[^\p{L}\p{N}'\s]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const reader = (statement: string): TalkClassification =>
    classifyTalkCues(statement, { targetTerms: options.targetTerms ?? [] });
  return readAnswer(answer, own, question, reader) ?? own;
}

function classifyTalkCues(text: string, options: ClassifyTalkOptions): TalkClassification {
  const folded = foldText(text);
  if (folded.replace(/[^\p{L}\p{N}]/gu, '').length === 0) return { talk: 'neutral', confidence: 0.5 };
  const extraTargets = (options.targetTerms ?? []).map((t) => foldText(t)).filter((t) => t.length >= 3);

  const question = questionShape(folded);
  // A request after a complaint ("orker ikke mer av dette, kan du hjelpe meg?") is asked, not rhetorical.
  const asked = askedClause(folded);
  const clauses = splitClauses(folded);
  const cues = clauseCues(clauses, extraTargets);

  // A question mark alone ("jobbe på butikk? aldri i livet") yields to a clear cue.
  if (question === 'weak' && cues.length > 0 && !QUESTION_OPENER.test(folded)) {
    const last = cues[cues.length - 1] as ClauseCue;
    return { talk: last.talk, subtype: last.subtype, confidence: Math.min(0.7, last.confidence) };
  }
  if (question) {
    if (RHETORICAL_SUSTAIN.test(asked !== null && HELP_REQUEST.test(asked) ? asked : folded)) {
      const sustain = cues.find((c) => c.talk === 'sustain');
      return { talk: 'sustain', subtype: sustain?.subtype ?? 'reasons', confidence: 0.7 };
    }
    return { talk: 'question', confidence: question === 'strong' ? 0.95 : 0.8 };
  }
  if (cues.length === 0) return { talk: 'neutral', confidence: 0.6 };

  // The last clause with a cue carries the weight ("jeg vil, men jeg klarer det ikke"), unless it
  // is a concession ("jeg har lyst å søke, selv om jeg ikke tror jeg får det").
  const main = cues.filter((c) => !c.concessive);
  const last = (main.length > 0 ? main[main.length - 1] : cues[cues.length - 1]) as ClauseCue;
  const ambivalent = cues.some((c) => c.talk !== last.talk);
  const result: TalkClassification = {
    talk: last.talk,
    subtype: last.subtype,
    confidence: ambivalent ? Math.min(0.6, last.confidence) : last.confidence,
  };
  if (ambivalent) result.ambivalent = true;
  return result;
}

/** The last comma clause of a last sentence that ends in "?", or null. */
function askedClause(folded: string): string | null {
  const sentences = folded.split(/(?<=[.!?])\s+/).filter((s) => s.length > 0);
  const last = sentences[sentences.length - 1] ?? folded;
  if (!/\?\s*$/.test(last)) return null;
  return (last.split(/,\s*/).pop() ?? '').trim();
}

/** 'strong': a question mark and an interrogative opening; 'weak': only one of them. */
function questionShape(folded: string): 'strong' | 'weak' | null {
  const sentences = folded.split(/(?<=[.!?])\s+/).filter((s) => s.length > 0);
  const last = sentences[sentences.length - 1] ?? folded;
  // A "?" inside the text counts only on a sentence that asks: an echoed word ("lærlingplass? nei takk")
  // followed by a statement is no question.
  const hasMark =
    /\?\s*$/.test(last) ||
    sentences.some((s) => /\?\s*$/.test(s) && (QUESTION_OPENER.test(s) || s.split(/\s+/).length > 3));
  // The opener may start the last clause of an asked sentence ("har ikke penger, hva gjør jeg?").
  const lastClause = askedClause(folded) ?? '';
  const opener = [...sentences, lastClause].some((s) =>
    QUESTION_OPENER.test(s.replace(/^(?:ok|okei|ja|nei|men|og|hei|hallo|altsa|hmm)[,.!]?\s+/, '')),
  );
  if (hasMark && opener) return 'strong';
  if (/\?\s*$/.test(last) && VERB_FIRST.test(last)) return 'strong';
  if (hasMark || opener) return 'weak';
  return null;
}

/** "føler ikke at jeg …", "tror ikkje eg …": the negation governs the clause after it. */
const NEGATED_MATRIX =
  /\b(?:foler|foler meg|tror|trur|synes|syns|mener|meiner|tenker|tenkjer)\s+(?:\w+\s+)?(?:ikke|ikkje)\s+(?:at\s+)?(?:jeg|eg|e|i)\s+(?:\w+\s+)?$/;

/** What staying as one is looks like: at home, on benefits, gaming, as now. */
const STATUS_QUO =
  /\b(?:hjemme|heime|pa nav|nav-penger|navpenger|pa sosialen|sosialen|stonad\w*|trygd\w*|som na|som no|som det er|pa sofa?en|i senga|game|gamer|gaming|chille|slappe av|sove|sover|fri)\b/;
const COMPARATIVE =
  /\b(?:bedre|best|betre|enklere|lettere|tryggere|greiere|smartere|mer|meir|heller|digg\w*|deilig\w*|kjekk\w*)\b/;

/**
 * A comparison ("bedre å være på NAV enn å jobbe", "bedre med jobb enn å sitte hjemme"): the side
 * after "enn" is the one passed over. Status quo over the target is sustain talk, the reverse change.
 */
function comparison(clause: string, extra: readonly string[]): ClauseCue | null {
  const at = clause.search(/\benn\b/);
  if (at < 0 || !COMPARATIVE.test(clause.slice(0, at))) return null;
  const [before, after] = [clause.slice(0, at), clause.slice(at)];
  if (STATUS_QUO.test(before) && hasTarget(after, extra) && !STATUS_QUO.test(after))
    return { talk: 'sustain', subtype: 'reasons', confidence: 0.75 };
  if (STATUS_QUO.test(after) && hasTarget(before, extra) && !STATUS_QUO.test(before))
    return { talk: 'change', subtype: 'reasons', confidence: 0.75 };
  return null;
}

/** The nearest subject-like word before a cue (up to four words back) is a third party. */
function otherSubject(clause: string, index: number, window = 4): boolean {
  const before = clause.slice(0, index).trim().split(/\s+/).slice(-window).reverse();
  for (const w of before) {
    if (SPEAKER.test(w)) return false;
    if (OTHER_SUBJECT.test(w)) return true;
  }
  return false;
}

const BARE_NEGATED_MODAL =
  /\b(?:vil|ville|har lyst|lyst|want|wanna|skal|kan|klarer)\s+(?:egentlig\s+|eigentleg\s+|virkelig\s+|really\s+)?(?:ikke|ikkje|not)\b|\b(?:ikke|ikkje)\s+lyst\b|\bdon'?t want\b/;

function hasTarget(clause: string, extra: readonly string[]): boolean {
  return TARGET.test(clause) || extra.some((t) => clause.includes(t));
}

/** A negation right after the cue (within three words) or right before it ("at jeg ikke vil"). */
function negatedAround(clause: string, start: number, end: number): boolean {
  const after = clause.slice(end).trim().split(/\s+/).slice(0, 3);
  const before = clause.slice(0, start).trim().split(/\s+/).slice(-2);
  const inside = clause.slice(start, end).split(/\s+/);
  if (NEGATED_MATRIX.test(clause.slice(0, start))) return true;
  if (NEG_CONTRACTION.test(inside.join(' ')) || NEG_CONTRACTION.test(before.join(' '))) return true;
  return [...after, ...before, ...inside].some((w) => NEG_WORD.test(w.replace(/[^\p{L}']/gu, '')));
}

function findCue(clause: string, cues: readonly ChangeCue[]): { cue: ChangeCue; index: number; length: number } | null {
  for (const cue of cues) {
    const m = cue.pattern.exec(clause);
    if (m) return { cue, index: m.index, length: m[0].length };
  }
  return null;
}

function analyseClause(clause: string, extraTargets: readonly string[], inheritedTarget = false): ClauseCue | null {
  const target = inheritedTarget || hasTarget(clause, extraTargets);

  // Thinking it over ("det må jeg tenke på"), or a clash of appointments ("…, så kan ikke komme da"): no direction.
  if (DELIBERATION.test(clause) || SCHEDULE_CLASH.test(clause)) return null;

  const compared = comparison(clause, extraTargets);
  if (compared) return compared;

  const positiveDespiteNegation = findCue(clause, NEGATED_CHANGE_CUES);
  if (positiveDespiteNegation && (positiveDespiteNegation.cue.targetFree || target))
    return { talk: 'change', subtype: positiveDespiteNegation.cue.subtype, confidence: 0.75 };

  const found = findCue(clause, SUSTAIN_CUES);
  const sustain =
    (found?.cue.speakerOnly && otherSubject(clause, found.index)) || (found?.cue.targetOnly && !target) ? null : found;
  // A mood about family, friends, body or games, with no target in the clause: how life feels, neutral.
  if (sustain?.cue.mood && !target && PRIVATE_SPHERE.test(clause)) return null;
  // A mood played down ("nei, jeg er bare sliten", "bare lei av nav"): how one feels, not an argument.
  if (sustain?.cue.mood && PLAYED_DOWN.test(clause)) return null;
  if (sustain) {
    const cue: ClauseCue = { talk: 'sustain', subtype: sustain.cue.subtype, confidence: target ? 0.85 : 0.75 };
    return sustain.cue.mood ? { ...cue, mood: true } : cue;
  }

  for (const cue of CHANGE_CUES) {
    const m = cue.pattern.exec(clause);
    if (!m) continue;
    const negated = negatedAround(clause, m.index, m.index + m[0].length);
    const generic = GENERIC_CHANGE.test(clause);
    // A modal or past tense about something else ("jeg skal på kino"): not about the target.
    if (!cue.targetFree && !target && !generic) continue;
    if (cue.targetOnly && !target) continue;
    if (negated && cue.negatedIsReport) continue;
    // Someone else's step or plan ("kjenner noen som har gått kurset", "sjefen kommer til å …"), or a
    // modal inside a wh- or if-clause ("vet ikke hva jeg skal skrive", "hvor mye jeg må jobbe").
    if (otherSubject(clause, m.index, cue.speakerOnly ? 12 : 4) || EMBEDDED.test(clause.slice(0, m.index))) continue;
    if (negated) return { talk: 'sustain', subtype: cue.subtype, confidence: target ? 0.85 : 0.7 };
    return { talk: 'change', subtype: cue.subtype, confidence: target ? 0.85 : 0.7 };
  }
  // A bare wish with no object ("jeg vil", "eg vil eigentleg"): weak change talk (desire).
  if (
    /^(?:jeg|eg|e|i)\s+(?:vil|ville|har lyst|onsker det|want to)(?:\s+(?:egentlig|eigentleg|gjerne|jo|det|veldig|really))*$/.test(
      clause,
    )
  ) {
    return { talk: 'change', subtype: 'desire', confidence: 0.6 };
  }
  // A bare negation of a modal with no object ("jeg vil ikke", "eg har ikkje lyst").
  if (BARE_NEGATED_MODAL.test(clause)) {
    return { talk: 'sustain', subtype: 'desire', confidence: 0.7 };
  }
  return null;
}
