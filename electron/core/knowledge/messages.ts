/**
 * What the assistant says when the knowledge base has no answer. The orchestrator shows this
 * instead of letting the model guess; it never invents a fact to fill the gap.
 */
export const KNOWLEDGE_NO_ANSWER_TEXT =
  'Det finner jeg ikke noe sikkert svar på i kunnskapsbasen min, så jeg vil ikke gjette. Spør gjerne veilederen din – hen kan hjelpe deg videre eller finne ut av det sammen med deg.';

/**
 * Said before an answer built on a weak hit (KnowledgeAnswer.weak): the search found a page that
 * may be about the question, but the match is thin. Bokmål, and nynorsk for a question in nynorsk.
 */
export const KNOWLEDGE_WEAK_CAVEAT_TEXT =
  'Jeg er ikke sikker på at dette svarer på spørsmålet ditt, men dette er det nærmeste jeg fant i kunnskapsbasen:';
const KNOWLEDGE_WEAK_CAVEAT_TEXT_NN =
  'Eg er ikkje sikker på at dette svarar på spørsmålet ditt, men dette er det næraste eg fann i kunnskapsbasen:';

/** Said after an answer built on a weak hit: the counselor can tell whether it fits. */
export const KNOWLEDGE_WEAK_REFERRAL_TEXT =
  'Spør gjerne veilederen din om dette gjelder deg – hen kan hjelpe deg videre eller finne ut av det sammen med deg.';
const KNOWLEDGE_WEAK_REFERRAL_TEXT_NN =
  'Spør gjerne rettleiaren din om dette gjeld deg – hen kan hjelpe deg vidare eller finne ut av det saman med deg.';

/** An answer built on a weak hit, with the caveat before it and the counselor suggestion after it. */
export function withWeakCaveat(answer: string, language: 'nb' | 'nn' = 'nb'): string {
  const [caveat, referral] =
    language === 'nn'
      ? [KNOWLEDGE_WEAK_CAVEAT_TEXT_NN, KNOWLEDGE_WEAK_REFERRAL_TEXT_NN]
      : [KNOWLEDGE_WEAK_CAVEAT_TEXT, KNOWLEDGE_WEAK_REFERRAL_TEXT];
  return `${caveat} ${answer.trim()}\n\n${referral}`;
}
