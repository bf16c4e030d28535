/**
 * What the assistant says when the knowledge base has no answer. The orchestrator shows this
 * instead of letting the model guess; it never invents a fact to fill the gap.
 */
export const KNOWLEDGE_NO_ANSWER_TEXT =
  'Det finner jeg ikke noe sikkert svar på i kunnskapsbasen min, så jeg vil ikke gjette. Spør gjerne veilederen din – hen kan hjelpe deg videre eller finne ut av det sammen med deg.';

/** The same message in the app's three languages (bokmål is the default). */
export const KNOWLEDGE_NO_ANSWER = {
  nb: KNOWLEDGE_NO_ANSWER_TEXT,
  nn: 'Det finn eg ikkje noko sikkert svar på i kunnskapsbasen min, så eg vil ikkje gjette. Spør gjerne rettleiaren din – hen kan hjelpe deg vidare eller finne ut av det saman med deg.',
  en: "I can't find a reliable answer to that in my knowledge base, so I won't guess. Please ask your counselor – they can help you further or find out together with you.",
} as const;

export type NoAnswerLanguage = keyof typeof KNOWLEDGE_NO_ANSWER;
