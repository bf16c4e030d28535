import { useCallback, useEffect, useState } from 'react';
import type { ApiErrorBody } from '../../../../electron/core/api/errors';
import { useApi } from '../../api/ApiContext';
import type { ChatTurn, ConversationSummary } from './types';

export type ConversationState =
  | { status: 'loading' }
  | { status: 'error'; error: ApiErrorBody }
  | { status: 'empty'; conversations: [] }
  | { status: 'ready'; conversations: ConversationSummary[]; conversationId: string; messages: ChatTurn[] };

/**
 * The participant's conversations with the assistant and the messages of the one on screen.
 * With `startIfNone`, a first visit starts a conversation (the opening question; no model call).
 */
export function useConversation(participantId: string, options: { startIfNone: boolean }) {
  const api = useApi();
  const [state, setState] = useState<ConversationState>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);

  const open = useCallback(
    async (conversationId: string | null, known?: ConversationSummary[]) => {
      let conversations: ConversationSummary[];
      if (known) conversations = known;
      else {
        const list = await api.call('chat.conversations', { participantId });
        if (!list.ok) return setState({ status: 'error', error: list.error });
        conversations = list.data;
      }
      const id = conversationId ?? conversations[0]?.id ?? null;
      if (!id) {
        if (!options.startIfNone) return setState({ status: 'empty', conversations: [] });
        const started = await api.call('chat.start', { participantId });
        if (!started.ok) return setState({ status: 'error', error: started.error });
        const again = await api.call('chat.conversations', { participantId });
        return setState({
          status: 'ready',
          conversations: again.ok ? again.data : [],
          conversationId: started.data.conversationId,
          messages: [started.data.message],
        });
      }
      const messages = await api.call('chat.conversation', { participantId, conversationId: id });
      if (!messages.ok) return setState({ status: 'error', error: messages.error });
      setState({ status: 'ready', conversations, conversationId: id, messages: messages.data });
    },
    [api, participantId, options.startIfNone],
  );

  useEffect(() => {
    setState({ status: 'loading' });
    void open(null);
  }, [open, generation]);

  /** Starts a new conversation (the opening question) and shows it. */
  const startNew = useCallback(async (): Promise<ApiErrorBody | null> => {
    const started = await api.call('chat.start', { participantId });
    if (!started.ok) return started.error;
    const list = await api.call('chat.conversations', { participantId });
    setState({
      status: 'ready',
      conversations: list.ok ? list.data : [],
      conversationId: started.data.conversationId,
      messages: [started.data.message],
    });
    return null;
  }, [api, participantId]);

  const select = useCallback(
    (conversationId: string) => {
      const known = state.status === 'ready' ? state.conversations : undefined;
      void open(conversationId, known);
    },
    [open, state],
  );

  const setMessages = useCallback((messages: ChatTurn[]) => {
    setState((s) => (s.status === 'ready' ? { ...s, messages } : s));
  }, []);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  return { state, startNew, select, setMessages, reload };
}
