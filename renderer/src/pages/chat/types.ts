import type { ApiErrorBody } from '../../../../electron/core/api/errors';
import type { OutputOf } from '../../../../electron/core/api/router';
import { isFeatureRefusal } from '../../api/reasons';

/** A stored chat message as the screen shows it (placeholders restored). */
export type ChatTurn = OutputOf<'chat.conversation'>[number];
export type TurnResult = OutputOf<'chat.send'>;
export type ConversationSummary = OutputOf<'chat.conversations'>[number];
/** "Hva assistenten vet": what the model was given in the last turn. */
export type ModelView = NonNullable<OutputOf<'chat.context'>['view']>;
export type ContextAnswer = OutputOf<'chat.context'>;
export type Citation = ChatTurn['sources'][number];
export type CrisisFlag = OutputOf<'chat.flags'>[number];
export type MeetingPreparation = OutputOf<'assistant.prepareMeeting'>;
export type NoteDraft = OutputOf<'assistant.draftNote'>;
export type AssistantView = MeetingPreparation['view'];
export type FidelityMetrics = OutputOf<'fidelity.conversation'>['metrics'];
export type FidelityThresholds = OutputOf<'fidelity.conversation'>['thresholds'];
export type FidelityOverTime = OutputOf<'fidelity.overTime'>;
export type FidelityPoint = FidelityOverTime['points'][number];

/** The chatbot is switched off, has no recorded legal basis, or the participant objected: show the app's message. */
export function isChatUnavailable(error: ApiErrorBody): boolean {
  return error.code === 'UNAVAILABLE' && isFeatureRefusal(error.reason);
}

/** A stream id for one answer (the API's token events carry it). */
export function newStreamId(): string {
  const random =
    typeof crypto.randomUUID === 'function'
      ? crypto.randomUUID()
      : `${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
  return `chat-${random}`;
}
