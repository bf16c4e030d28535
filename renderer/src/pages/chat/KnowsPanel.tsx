import { ChatIcon } from '@navikt/aksel-icons';
import { Button } from '@navikt/ds-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiErrorBody } from '../../../../electron/core/api/errors';
import { AssistantKnows } from './AssistantKnows';
import { isChatUnavailable } from './types';

/** The button that shows and hides "Hva assistenten vet" beside the conversation. */
export function KnowsToggle({ shown, panelId, onToggle }: { shown: boolean; panelId: string; onToggle: () => void }) {
  const { t } = useTranslation();
  return (
    <Button
      size="small"
      variant="secondary"
      icon={<ChatIcon aria-hidden />}
      aria-expanded={shown}
      aria-controls={panelId}
      onClick={onToggle}
      data-testid="toggle-knows"
    >
      {shown ? t('chat.knows.hide') : t('chat.knows.show')}
    </Button>
  );
}

/** The conversation (children), with "Hva assistenten vet" beside it while it is shown. */
export function WithKnowsPanel(props: {
  shown: boolean;
  panelId: string;
  participantId: string;
  conversationId: string;
  version: number;
  viewer: 'participant' | 'counselor';
  children: ReactNode;
}) {
  return (
    <div className={props.shown ? 'chat-layout chat-layout--with-panel' : 'chat-layout'}>
      {props.children}
      <div id={props.panelId} hidden={!props.shown}>
        {props.shown && (
          <AssistantKnows
            participantId={props.participantId}
            conversationId={props.conversationId}
            version={props.version}
            viewer={props.viewer}
          />
        )}
      </div>
    </div>
  );
}

/**
 * Starting a new conversation: while it starts, and what went wrong. A refusal because the chatbot
 * may not run (no legal basis, an objection) goes to `onUnavailable`, which shows why instead.
 */
export function useStartConversation(
  startNew: () => Promise<ApiErrorBody | null>,
  onUnavailable: (error: ApiErrorBody) => void,
) {
  const [starting, setStarting] = useState(false);
  const [startError, setStartError] = useState<string | null>(null);
  const start = () => {
    setStarting(true);
    setStartError(null);
    void startNew().then((error) => {
      setStarting(false);
      if (error && isChatUnavailable(error)) onUnavailable(error);
      else if (error) setStartError(error.message);
    });
  };
  return { starting, startError, start };
}
