import { PlusIcon } from '@navikt/aksel-icons';
import { Alert, BodyLong, Button, Heading, HStack, Loader, Select, Switch, VStack } from '@navikt/ds-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiErrorBody } from '../../../../electron/core/api/errors';
import { useApi } from '../../api/ApiContext';
import { formatDateTime } from '../../i18n/format';
import { ChatConversation } from './ChatConversation';
import { ChatUnavailable } from './ChatUnavailable';
import { KnowsToggle, useStartConversation, WithKnowsPanel } from './KnowsPanel';
import { CrisisFlags } from './CrisisFlags';
import { ConversationFidelity } from './fidelity/ConversationFidelity';
import { ModelLoadingNotice } from './ModelLoadingNotice';
import { isChatUnavailable } from './types';
import { useConversation } from './useConversation';
import './chat.css';

/**
 * The counselor's view of one participant's chat with the assistant (own caseload only; the app
 * decides): crisis flags, the conversations, "Vis hva modellen ser" (the text as tekstvask left
 * it for the model), "Hva assistenten vet", continuing in a session together, and MI fidelity.
 */
export function CounselorChat({ participantId, participantName }: { participantId: string; participantName?: string }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { state, startNew, select, setMessages } = useConversation(participantId, { startIfNone: false });
  const [modelView, setModelView] = useState(false);
  const [modelTexts, setModelTexts] = useState<Map<number, string | null> | null>(null);
  const [modelViewError, setModelViewError] = useState<string | null>(null);
  const [showKnows, setShowKnows] = useState(false);
  const [version, setVersion] = useState(0);
  const [highlight, setHighlight] = useState<{ conversationId: string; messageId: number } | null>(null);
  const [unavailable, setUnavailable] = useState<ApiErrorBody | null>(null);
  const { starting, startError, start } = useStartConversation(startNew, setUnavailable);

  const conversationId = state.status === 'ready' ? state.conversationId : null;

  useEffect(() => {
    if (!modelView || !conversationId) {
      setModelTexts(null);
      return;
    }
    let active = true;
    void api.call('chat.modelView', { participantId, conversationId }).then((result) => {
      if (!active) return;
      if (result.ok) {
        setModelTexts(new Map(result.data.map((m) => [m.id, m.modelText])));
        setModelViewError(null);
      } else setModelViewError(result.error.message);
    });
    return () => {
      active = false;
    };
  }, [api, participantId, conversationId, modelView, version]);

  const refused = unavailable ?? (state.status === 'error' && isChatUnavailable(state.error) ? state.error : null);
  if (refused) return <ChatUnavailable error={refused} viewer="counselor" />;

  return (
    <VStack gap="space-24" className="chat-page">
      <CrisisFlags
        participantId={participantId}
        version={version}
        onShow={(flag) => {
          setHighlight({ conversationId: flag.conversationId, messageId: Number(flag.turnId) });
          if (flag.conversationId !== conversationId) select(flag.conversationId);
        }}
      />
      <section aria-labelledby="counselor-chat-heading">
        <VStack gap="space-16">
          <Heading level="2" size="medium" id="counselor-chat-heading">
            {t('chat.counselor.title')}
          </Heading>
          <BodyLong size="small">{t('chat.counselor.intro')}</BodyLong>
          {state.status === 'loading' && <Loader title={t('common.loading')} />}
          {state.status === 'error' && <Alert variant="error">{state.error.message}</Alert>}
          {startError && (
            <Alert variant="error" size="small">
              {startError}
            </Alert>
          )}
          {state.status === 'empty' && (
            <VStack gap="space-8" align="start">
              <BodyLong data-testid="no-conversations">{t('chat.counselor.none')}</BodyLong>
              <Button
                size="small"
                variant="secondary"
                icon={<PlusIcon aria-hidden />}
                loading={starting}
                onClick={start}
              >
                {t('chat.counselor.startSession')}
              </Button>
            </VStack>
          )}
          {state.status === 'ready' && (
            <>
              <ModelLoadingNotice />
              <HStack gap="space-16" align="end" justify="space-between" wrap>
                <Select
                  label={t('chat.conversations.label')}
                  size="small"
                  value={state.conversationId}
                  onChange={(e) => select(e.target.value)}
                  data-testid="conversation-select"
                >
                  {state.conversations.map((c) => (
                    <option key={c.id} value={c.id}>
                      {formatDateTime(c.startedAt, i18n.language)}
                    </option>
                  ))}
                </Select>
                <HStack gap="space-16" align="center" wrap>
                  <Switch
                    checked={modelView}
                    onChange={(e) => setModelView(e.target.checked)}
                    size="small"
                    description={t('chat.modelView.help')}
                    data-testid="model-view-switch"
                  >
                    {t('chat.modelView.switch')}
                  </Switch>
                  <KnowsToggle
                    shown={showKnows}
                    panelId="counselor-knows-panel"
                    onToggle={() => setShowKnows((v) => !v)}
                  />
                  <Button
                    size="small"
                    variant="tertiary"
                    icon={<PlusIcon aria-hidden />}
                    loading={starting}
                    onClick={start}
                  >
                    {t('chat.conversations.new')}
                  </Button>
                </HStack>
              </HStack>
              {modelViewError && (
                <Alert variant="error" size="small">
                  {modelViewError}
                </Alert>
              )}
              <WithKnowsPanel
                shown={showKnows}
                panelId="counselor-knows-panel"
                participantId={participantId}
                conversationId={state.conversationId}
                version={version}
                viewer="counselor"
              >
                <ChatConversation
                  key={state.conversationId}
                  participantId={participantId}
                  conversationId={state.conversationId}
                  messages={state.messages}
                  onMessagesChange={setMessages}
                  viewer="counselor"
                  participantName={participantName}
                  modelTexts={modelTexts ?? undefined}
                  highlightId={highlight?.conversationId === state.conversationId ? highlight.messageId : null}
                  onTurn={() => setVersion((v) => v + 1)}
                  onUnavailable={(error) => {
                    if (isChatUnavailable(error)) setUnavailable(error);
                  }}
                />
              </WithKnowsPanel>
              <ConversationFidelity
                participantId={participantId}
                conversationId={state.conversationId}
                version={version}
              />
            </>
          )}
        </VStack>
      </section>
    </VStack>
  );
}
