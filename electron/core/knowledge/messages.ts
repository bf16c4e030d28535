/**
 * What the assistant says when the knowledge base has no answer. The orchestrator shows this
 * instead of letting the model guess; it never invents a fact to fill the gap.
 */
export const KNOWLEDGE_NO_ANSWER_TEXT =
  'Det finner jeg ikke noe sikkert svar på i kunnskapsbasen min, så jeg vil ikke gjette. Spør gjerne veilederen din – hen kan hjelpe deg videre eller finne ut av det sammen med deg.';
