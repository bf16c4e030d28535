import { PlusIcon } from '@navikt/aksel-icons';
import { Alert, BodyLong, Button, HStack, Loader, Select, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiErrorBody } from '../../../../electron/core/api/errors';
import { PageHeading } from '../../components/PageHeading';
import { formatDateTime } from '../../i18n/format';
import { useSignedIn } from '../../session/SessionContext';
import { ChatConversation } from './ChatConversation';
import { ChatUnavailable } from './ChatUnavailable';
import { KnowsToggle, useStartConversation, WithKnowsPanel } from './KnowsPanel';
import { ModelLoadingNotice } from './ModelLoadingNotice';
import { isChatUnavailable } from './types';
import { useConversation } from './useConversation';
import './chat.css';

/** "Snakk med assistenten": the participant's own chat (their own record only; the app decides). */
export function ParticipantChat() {
  const { user } = useSignedIn();
  const { t } = useTranslation();
  if (!user.participantId) {
    return (
      <VStack gap="space-24">
        <PageHeading>{t('chat.title')}</PageHeading>
        <Alert variant="warning">{t('myPage.noRecord')}</Alert>
      </VStack>
    );
  }
  return <OwnChat participantId={user.participantId} />;
}

function OwnChat({ participantId }: { participantId: string }) {
  const { t, i18n } = useTranslation();
  const { state, startNew, select, setMessages } = useConversation(participantId, { startIfNone: true });
  const [showKnows, setShowKnows] = useState(false);
  const [version, setVersion] = useState(0);
  const [unavailable, setUnavailable] = useState<ApiErrorBody | null>(null);
  const { starting, startError, start } = useStartConversation(startNew, setUnavailable);

  const refused = unavailable ?? (state.status === 'error' && isChatUnavailable(state.error) ? state.error : null);

  return (
    <VStack gap="space-24" className="chat-page">
      <VStack gap="space-8">
        <PageHeading>{t('chat.title')}</PageHeading>
        <BodyLong>{t('chat.intro')}</BodyLong>
      </VStack>
      {refused ? (
        <ChatUnavailable error={refused} viewer="participant" />
      ) : (
        <>
          {state.status === 'loading' && <Loader title={t('common.loading')} />}
          {state.status === 'error' && <Alert variant="error">{state.error.message}</Alert>}
          {state.status === 'ready' && (
            <>
              <ModelLoadingNotice />
              <HStack gap="space-16" align="end" justify="space-between" wrap>
                {state.conversations.length > 1 ? (
                  <Select
                    label={t('chat.conversations.label')}
                    size="small"
                    value={state.conversationId}
                    onChange={(e) => select(e.target.value)}
                    data-testid="conversation-select"
                  >
                    {state.conversations.map((c, i) => (
                      <option key={c.id} value={c.id}>
                        {i === 0
                          ? t('chat.conversations.newest', { at: formatDateTime(c.startedAt, i18n.language) })
                          : formatDateTime(c.startedAt, i18n.language)}
                      </option>
                    ))}
                  </Select>
                ) : (
                  <span />
                )}
                <HStack gap="space-8">
                  <KnowsToggle
                    shown={showKnows}
                    panelId="assistant-knows-panel"
                    onToggle={() => setShowKnows((v) => !v)}
                  />
                  <Button
                    size="small"
                    variant="tertiary"
                    icon={<PlusIcon aria-hidden />}
                    loading={starting}
                    onClick={start}
                    data-testid="new-conversation"
                  >
                    {t('chat.conversations.new')}
                  </Button>
                </HStack>
              </HStack>
              {startError && (
                <Alert variant="error" size="small">
                  {startError}
                </Alert>
              )}
              <WithKnowsPanel
                shown={showKnows}
                panelId="assistant-knows-panel"
                participantId={participantId}
                conversationId={state.conversationId}
                version={version}
                viewer="participant"
              >
                <ChatConversation
                  key={state.conversationId}
                  participantId={participantId}
                  conversationId={state.conversationId}
                  messages={state.messages}
                  onMessagesChange={setMessages}
                  viewer="participant"
                  onTurn={() => setVersion((v) => v + 1)}
                  onUnavailable={(error) => {
                    if (isChatUnavailable(error)) setUnavailable(error);
                  }}
                />
              </WithKnowsPanel>
            </>
          )}
        </>
      )}
    </VStack>
  );
}
