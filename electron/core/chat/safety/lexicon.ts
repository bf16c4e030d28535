/**
 * Risk rules for the safety stage. Every pattern is written against *folded* text
 * (see normalize.ts: lower case, å→a, ø→o, æ→e, "aa"→a, "oe"→o, "ae"→e, no diacritics), so one
 * rule covers bokmål, nynorsk, dialect and chat spelling.
 *
 * Design rules, because recall matters more than precision here (a missed crisis is far worse
 * than a caring message that was not needed):
 * - A rule matches a *statement about the speaker* (wish, intent, plan, ongoing harm, being
 *   harmed). Idioms ("døde av latter", "drepende kjedelig", "dødssliten", "killing it",
 *   "I could kill for a coffee") are not matched because no rule looks for those shapes, and the
 *   few idioms that share a shape with a real signal are listed in `unless`.
 * - Ambiguous shapes ("det tar livet av meg", "this job is killing me", "jeg orker ikke mer",
 *   "jeg kunne drept ham") give `concern`, never `acute`.
 * - A clear first-person denial ("jeg tenker ikke på å ta livet mitt", "har ingen planer om å
 *   skade meg") is taken out before any rule reads the message (lexicon/denial.ts), so no rule
 *   fires on it. Third person, topic mentions and negations that are not such a denial are
 *   lowered to `concern` (`concernIf`), not dropped: a counselor would still want to know.
 * - `matched` in the result carries rule ids only, never the participant's words.
 *
 * The rules never contain or produce method details; they only detect.
 *
 * The rules live in lexicon/: the first rules (coreSuicide.ts, coreWelfare.ts, coreHarm.ts), the
 * semantic families (familiesSuicide.ts, familiesHarm.ts), the situations (situations.ts), the
 * indirect shapes (indirect.ts), threats told plainly (threats.ts), crisis told mid-story
 * (toldInStory.ts), harm told as what happened (harmToldPlainly.ts) and suicidal thoughts said
 * plainly (suicidePlain.ts), on the token
 * classes in tokens.ts. Their order here is the order of `matched`.
 */
import { CORE_HARM_RULES } from './lexicon/coreHarm.js';
import { CORE_SUICIDE_RULES } from './lexicon/coreSuicide.js';
import { CORE_WELFARE_RULES } from './lexicon/coreWelfare.js';
import { HARM_FAMILY_RULES } from './lexicon/familiesHarm.js';
import { INDIRECT_RULES } from './lexicon/indirect.js';
import { SUICIDE_FAMILY_RULES } from './lexicon/familiesSuicide.js';
import type { RiskRule } from './lexicon/rule.js';
import { SITUATION_RULES } from './lexicon/situations.js';
import { THREAT_RULES } from './lexicon/threats.js';
import { TOLD_IN_STORY_RULES } from './lexicon/toldInStory.js';
import { UNSAID_DISCLOSURE_RULES } from './lexicon/unsaidDisclosures.js';
import { HARM_TOLD_PLAINLY_RULES } from './lexicon/harmToldPlainly.js';
import { BURIED_RULES } from './lexicon/buried.js';
import { SUICIDE_PLAIN_RULES } from './lexicon/suicidePlain.js';

export type { RiskRule } from './lexicon/rule.js';

/** Laughter in the clause: with a subject other than the speaker, "tok livet av meg, haha" is the idiom. */
export const LAUGHTER = /\b(?:haha\w*|hehe\w*|lol|lmao|xd|hah)\b/;

export const RISK_RULES: readonly RiskRule[] = [
  ...CORE_SUICIDE_RULES,
  ...CORE_WELFARE_RULES,
  ...CORE_HARM_RULES,
  ...SUICIDE_FAMILY_RULES,
  ...HARM_FAMILY_RULES,
  ...SITUATION_RULES,
  ...INDIRECT_RULES,
  ...THREAT_RULES,
  ...UNSAID_DISCLOSURE_RULES,
  ...TOLD_IN_STORY_RULES,
  ...HARM_TOLD_PLAINLY_RULES,
  ...SUICIDE_PLAIN_RULES,
  ...BURIED_RULES,
];
