/** Shared types of the safety stage. */
export const RISK_LEVELS = ['none', 'concern', 'acute'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const RISK_CATEGORIES = ['suicide', 'self_harm', 'violence', 'abuse'] as const;
export type RiskCategory = (typeof RISK_CATEGORIES)[number];

export interface RiskAssessment {
  /**
   * 'none': carry on with the normal pipeline.
   * 'concern': an indirect or ambiguous signal (hopelessness, "det tar livet av meg", a denial,
   *   someone else's suicide attempt). Still a crisis turn: fixed check-in message, counselor flag.
   * 'acute': an explicit statement of suicidal or self-harm wish, intent, plan or ongoing harm,
   *   intent to harm others, or a threat, violence or abuse against the participant.
   */
  level: RiskLevel;
  /** Categories that matched, in a stable order (suicide, self_harm, violence, abuse). */
  categories: RiskCategory[];
  /** Ids of the rules that matched (see lexicon.ts), never the participant's own words. */
  matched: string[];
}

/** Languages the crisis message exists in (the app's languages). */
export const CRISIS_LANGUAGES = ['nb', 'nn', 'en'] as const;
export type CrisisLanguage = (typeof CRISIS_LANGUAGES)[number];
