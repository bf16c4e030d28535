/** Shared types of the safety stage. */

/**
 * Ordered from no signal to the most serious. Every level above 'none' makes the turn a crisis
 * turn: the model is not called for an MI reply, help lines are shown and the counselor is told.
 *
 * - 'check_in': an uncertain, self-directed signal ("jeg orker ikke mer", "vil bare forsvinne",
 *   or only the classifier). The assistant asks directly and kindly whether the person is
 *   thinking of suicide; the answer is assessed again (a yes escalates to acute). The counselor
 *   is told as a concern.
 * - 'concern': an indirect or ambiguous signal about something other than an uncertain wish to
 *   die (someone else's suicide attempt, "det tar livet av meg", a controlling partner). A clear
 *   first-person denial ("har ingen planer om å skade meg") raises nothing (lexicon/denial.ts).
 * - 'acute': an explicit statement of suicidal or self-harm wish, intent, plan, means or ongoing
 *   harm, intent to harm others, violence or abuse against the person, or an acute need tonight.
 */
export const RISK_LEVELS = ['none', 'check_in', 'concern', 'acute'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const RISK_CATEGORIES = ['suicide', 'self_harm', 'violence', 'abuse', 'welfare'] as const;
export type RiskCategory = (typeof RISK_CATEGORIES)[number];

export interface RiskAssessment {
  level: RiskLevel;
  /** Categories that matched, in a stable order (suicide, self_harm, violence, abuse, welfare). */
  categories: RiskCategory[];
  /**
   * Ids of what fired, never the participant's own words: rule ids from lexicon.ts
   * ("suicide.wish_to_die"), the classifier ("model.suicide") and the conversation layer
   * ("conversation.check_in_yes").
   */
  matched: string[];
}

/** Languages the crisis message exists in (the app's languages). */
export const CRISIS_LANGUAGES = ['nb', 'nn', 'en'] as const;
export type CrisisLanguage = (typeof CRISIS_LANGUAGES)[number];
