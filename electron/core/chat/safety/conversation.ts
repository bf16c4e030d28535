import type { CrisisModel } from './classifier.js';
import { foldText } from './normalize.js';
import type { RiskAssessment, RiskLevel } from './types.js';

/**
 * Layer 3 of the crisis detector: the conversation, not just the message.
 *
 * - The answer to a check-in question ("tenker du på å ta livet ditt?") is read as an answer: a
 *   yes ("ja", "litt", "av og til", "kanskje", "hvem gjør ikke det") is acute; "vet ikke" and a hedged no ("kanskje
 *   ikke") stay a concern.
 * - Signals that are harmless alone but not together across recent turns ("har gitt bort
 *   tingene mine", then "dette er siste gang du hører fra meg") are read together: when the
 *   recent turns with this message give a signal that neither the earlier turns nor this
 *   message give alone, the level is raised to at least a check-in.
 */
export interface ConversationSignals {
  /** The participant's earlier messages in this conversation, oldest first (raw text). */
  recentParticipantTexts: readonly string[];
  /** The assistant's last reply was a check-in question. */
  lastAssistantWasCheckIn: boolean;
}

/** How many earlier messages, and how much of them, are read with the new one. */
const RECENT_TURNS = 3;
const RECENT_CHARS = 300;

const YES =
  /^(?:ja|jo|jepp|japp|jada|joda|ja da|yes|yeah|yep|yup|ye|mhm|mm|det gjor jeg|det gjer eg|det gjer e|gjor det|litt|kanskje|av og til|noen ganger|nokre gonger|iblant|innimellom|det hender|hender|ofte|hele tiden|heile tida|hver dag|kvar dag|hver kveld|kvar kveld|sometimes|maybe|a bit|kind of|kinda|sort of|i think so|tror det|trur det|ganske|har tenkt pa det|har tenkt litt pa det|hvem gjor ikke det|kven gjer ikkje det|hvem gjer ikkje det|gjor ikke alle det|who dosn'?t|who dos not|(?:selvfolgelig|sjolvsagt|klart|sure|of course|obviously)(?!\s+(?:ikke|ikkje|not)\b))\b/;
const UNSURE = /^(?:nja+|vet ikke|veit ikkje|veit ikke|vet ikkje|aner ikke|usikker|i don'?t know|dunno|idk|hmm|tja)\b/;
const NO = /^(?:nei|nope|no|neida|nei da|absolutt ikke|ikke i det hele tatt|never|aldri)\b/;
/**
 * A hedged no: a no softened by "maybe", "I think", "not really" ("kanskje ikke", "tror ikke
 * det", "ikke egentlig", "probably not"). Not a yes, and not a clear no either: unsure. "Ikke
 * sånn" alone ("nei, ikke sånn. jeg er bare lei") is a no that says what was meant; "ikke sånn
 * egentlig" is hedged.
 */
const HEDGED_NO =
  /^(?:(?:nja|tja|vel|nok|kanskje|kan hende|tror|trur|egentlig|eigentleg|vel|liksom|probably|maybe|i)\s+)+(?:\w+\s+)?(?:ikke|ikkje|itj|ikkj|ik|not|don'?t|dont)\b|^(?:ikke|ikkje|itj|not)\s+(?:(?:sann|slik|sik)\s+)?(?:egentlig|eigentleg|helt|heilt|really|sa mye|akkurat|no+dvendigvis|that i know|som jeg vet|som eg veit)\b/;
/**
 * What may open an answer without changing it: hedges ("ærlig talt", "egentlig", "tbh"), the
 * speaker as subject ("jeg tror det", "eg veit ikkje") and laughter ("haha ja"): a yes said
 * laughing is a yes.
 */
const OPENER =
  /^(?:(?:aerlig talt|erlig talt|egentlig|eigentleg|altsa|vel|hm+|eh+m?|e+h|tbh|honestly|well|ok|okei|um+|uh+|jeg|eg|e|je|i|(?:ha)+h?|(?:he)+h?|hah|lol|lmao|xd)\b[\s,.!-]*)+/;

/**
 * The answer read clause by clause (at commas and full stops): a yes in any clause is a yes
 * ("jeg vet ikke, kanskje", "nei... jo, litt"), so a hedge or a first "nei" never hides a later
 * yes; otherwise an unsure or hedged-no clause ("nei, kanskje ikke") is unsure (a concern: help
 * lines shown, the counselor told); a plain no, or anything else, is none. A no lowers nothing:
 * the answer's own words are assessed by every other layer as any message is.
 */
export function answerToCheckIn(rawText: string): RiskLevel {
  let unsure = false;
  for (const part of foldText(rawText).split(/[,.;!?]+| og | men | but /)) {
    const clause = part.trim().replace(OPENER, '');
    if (clause.length === 0 || NO.test(clause)) continue;
    if (HEDGED_NO.test(clause)) {
      unsure = true;
      continue;
    }
    if (YES.test(clause)) return 'acute';
    if (UNSURE.test(clause)) unsure = true;
  }
  return unsure ? 'concern' : 'none';
}

/**
 * `rawText` is the message as written (the answer to a check-in is read from it); `text` is the
 * message as the other layers read it, with denied crisis phrases taken out (lexicon/denial.ts).
 */
export function assessConversation(
  rawText: string,
  signals: ConversationSignals,
  model: CrisisModel | null,
  text: string = rawText,
): RiskAssessment {
  const out: RiskAssessment = { level: 'none', categories: [], matched: [] };
  if (signals.lastAssistantWasCheckIn) {
    const answer = answerToCheckIn(rawText);
    if (answer !== 'none') {
      out.level = answer;
      out.categories = ['suicide'];
      out.matched = [answer === 'acute' ? 'conversation.check_in_yes' : 'conversation.check_in_unsure'];
    }
  }
  const earlier = signals.recentParticipantTexts.slice(-RECENT_TURNS).map((t) => t.slice(0, RECENT_CHARS));
  if (earlier.length === 0) return out;
  const before = earlier.join('\n');
  // The end of this message (where it meets the next turn's signals, and what a long message
  // ends with) is read together with the earlier turns.
  const together = `${before}\n${text.slice(-RECENT_CHARS)}`;
  // Rules read clause by clause, so reading turns together adds nothing to them; the classifier,
  // which reads neighbouring sentences together, is what sees a signal spread over turns.
  if (!model) return out;
  const fires = (text: string): RiskAssessment['categories'] | null => {
    const s = model.score(text);
    return s.risk >= model.threshold ? [s.category] : null;
  };
  const joint = fires(together);
  if (joint && !fires(before) && !fires(text.slice(-RECENT_CHARS))) {
    if (out.level === 'none') out.level = 'check_in';
    for (const c of joint) if (!out.categories.includes(c)) out.categories.push(c);
    out.matched.push('conversation.together');
  }
  return out;
}
