import type { ConversationSignals } from './conversation.js';
import type { CrisisLanguage } from './types.js';

/**
 * The check-in: on an uncertain signal the assistant asks directly and kindly whether the person
 * is thinking of suicide (asking does not increase risk; it opens the door). The question is a
 * fixed sentence, so a later turn can tell that the last reply was a check-in and read the
 * participant's next message as the answer (conversation.ts).
 */
const QUESTION: Readonly<Record<CrisisLanguage, string>> = {
  nb: 'Jeg vil spørre deg direkte, fordi jeg bryr meg om hvordan du har det: Tenker du på å ta livet ditt eller skade deg selv?',
  nn: 'Eg vil spørje deg direkte, fordi eg bryr meg om korleis du har det: Tenkjer du på å ta livet ditt eller skade deg sjølv?',
  en: 'I want to ask you directly, because I care about how you are: Are you thinking about ending your life or hurting yourself?',
};

export function checkInQuestion(language: CrisisLanguage): string {
  return QUESTION[language];
}

/** True when an assistant reply is a check-in (holds the fixed question in any language). */
export function isCheckInReply(body: string): boolean {
  return Object.values(QUESTION).some((q) => body.includes(q));
}

/** What the safety stage needs of a stored turn. */
export interface SafetyTurn {
  author: 'participant' | 'assistant' | 'counselor' | string;
  body: string;
}

/** The conversation layer's input from the turns so far (oldest first). */
export function safetyContextOf(turns: readonly SafetyTurn[]): ConversationSignals {
  const lastAssistant = [...turns].reverse().find((t) => t.author === 'assistant');
  return {
    recentParticipantTexts: turns
      .filter((t) => t.author === 'participant')
      .slice(-3)
      .map((t) => t.body),
    lastAssistantWasCheckIn: lastAssistant !== undefined && isCheckInReply(lastAssistant.body),
  };
}
