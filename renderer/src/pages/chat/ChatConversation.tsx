import { ArrowCirclepathIcon, PaperplaneIcon, StopIcon } from '@navikt/aksel-icons';
import { Alert, BodyShort, Button, Chat, HStack, Loader, Textarea, VStack } from '@navikt/ds-react';
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiErrorBody } from '../../../../electron/core/api/errors';
import { useApi } from '../../api/ApiContext';
import { ChatMessage, type Viewer } from './ChatMessage';
import { StepAdded, StepOffer } from './StepOffer';
import type { ChatTurn, TurnResult } from './types';
import { useReplyStream } from './useReplyStream';

/** Answers that can be written again: the model (or the phrase library after it) wrote them. */
const REGENERABLE: ReadonlySet<string> = new Set(['model', 'regenerated', 'fallback', 'stopped']);

interface ChatConversationProps {
  participantId: string;
  conversationId: string;
  messages: ChatTurn[];
  onMessagesChange: (messages: ChatTurn[]) => void;
  viewer: Viewer;
  participantName?: string | undefined;
  /** "Vis hva modellen ser" (counselor): the model's text per message id, or undefined when off. */
  modelTexts?: ReadonlyMap<number, string | null> | undefined;
  /** A message to bring into view (a crisis flag's message). */
  highlightId?: number | null | undefined;
  /** After every finished turn (the context, model texts and fidelity change). */
  onTurn?: () => void;
  /** A refusal that ends the chat (switched off, no legal basis): the page shows it. */
  onUnavailable?: (error: ApiErrorBody) => void;
}

/**
 * One conversation with the assistant: the messages, the answer streaming in token by token with a
 * stop button (what was written stays), a new answer to the last message, the offer to put a
 * committed step into the activity plan, and the fixed crisis message shown calmly.
 * Screen readers hear each finished answer once, not every token.
 */
export function ChatConversation(props: ChatConversationProps) {
  const { participantId, conversationId, messages, onMessagesChange, viewer } = props;
  const { t } = useTranslation();
  const api = useApi();
  const { reply, begin, finish } = useReplyStream();
  const [text, setText] = useState('');
  const [pending, setPending] = useState<string | null>(null);
  const [busy, setBusy] = useState<'send' | 'regenerate' | null>(null);
  const [stopping, setStopping] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [offer, setOffer] = useState<{ title: string } | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const logRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const streamRef = useRef<string | null>(null);
  const [testModel, setTestModel] = useState(false);

  // Honest about the model: when the active chat model is not one the app ships (a test model),
  // both the participant and the counselor are told.
  useEffect(() => {
    void api.call('model.status', {}).then((result) => {
      if (result.ok) setTestModel(result.data.testModel === true);
    });
  }, [api]);

  // Keep the answer being written in view; a long finished answer (the crisis message) from its start.
  useEffect(() => {
    const log = logRef.current;
    if (log) log.scrollTop = log.scrollHeight;
  }, [reply?.text, pending]);
  useEffect(() => {
    const log = logRef.current;
    const last = log?.lastElementChild as HTMLElement | null | undefined;
    if (!log || !last) return;
    log.scrollTop = last.offsetHeight > log.clientHeight * 0.7 ? last.offsetTop - 8 : log.scrollHeight;
  }, [messages.length]);

  // Leaving the chat while an answer is written stops it (what was written is kept).
  useEffect(
    () => () => {
      const stream = streamRef.current;
      if (stream) void api.call('chat.stop', { participantId, stream });
    },
    [api, participantId],
  );

  useEffect(() => {
    if (!props.highlightId) return;
    const el = document.getElementById(`chat-message-${props.highlightId}`);
    el?.scrollIntoView({ block: 'center' });
    el?.focus();
  }, [props.highlightId]);

  const settle = (result: TurnResult, kind: 'send' | 'regenerate') => {
    let next = messages;
    if (kind === 'regenerate' && result.assistantMessage) {
      const last = next[next.length - 1];
      next =
        last && last.author === 'assistant'
          ? [...next.slice(0, -1), result.assistantMessage]
          : [...next, result.assistantMessage];
    } else {
      next = [
        ...next,
        ...(result.participantMessage ? [result.participantMessage] : []),
        ...(result.assistantMessage ? [result.assistantMessage] : []),
      ];
    }
    onMessagesChange(next);
    setOffer(result.stepOffer);
    const answer = result.assistantMessage;
    setAnnouncement(
      result.crisis
        ? t('chat.announce.crisis')
        : answer
          ? `${result.stopped ? t('chat.announce.stopped') : t('chat.announce.answer')} ${answer.body}`
          : t('chat.announce.stoppedEmpty'),
    );
  };

  const fail = (err: ApiErrorBody) => {
    if (props.onUnavailable && err.code === 'UNAVAILABLE' && err.reason) props.onUnavailable(err);
    setError(err.fields?.[0]?.message ?? err.message);
  };

  const run = async (kind: 'send' | 'regenerate', message?: string) => {
    const stream = begin();
    streamRef.current = stream;
    setBusy(kind);
    setError(null);
    setAdded(null);
    setOffer(null);
    setAnnouncement('');
    const result =
      kind === 'send'
        ? await api.call('chat.send', { participantId, conversationId, text: message ?? '', stream })
        : await api.call('chat.regenerate', { participantId, conversationId, stream });
    streamRef.current = null;
    finish();
    setBusy(null);
    setStopping(false);
    setPending(null);
    if (result.ok) {
      settle(result.data, kind);
      props.onTurn?.();
    } else {
      if (kind === 'send' && message !== undefined) setText(message);
      fail(result.error);
    }
    window.setTimeout(() => inputRef.current?.focus());
  };

  const send = (event?: FormEvent) => {
    event?.preventDefault();
    if (busy) return;
    const message = text.trim();
    if (!message) {
      setFieldError(t('chat.composer.empty'));
      return;
    }
    setFieldError(null);
    setText('');
    setPending(message);
    void run('send', message);
  };

  const stop = async () => {
    const stream = streamRef.current;
    if (!stream) return;
    setStopping(true);
    await api.call('chat.stop', { participantId, stream });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      send();
    }
  };

  const last = messages[messages.length - 1];
  const canRegenerate =
    !busy &&
    last?.author === 'assistant' &&
    last.generation !== null &&
    REGENERABLE.has(last.generation) &&
    messages.length > 1;

  return (
    <VStack gap="space-16" className="chat-conversation">
      {testModel && (
        <Alert variant="warning" size="small" data-testid="chat-test-model">
          {t('chat.testModel')}
        </Alert>
      )}
      <div
        ref={logRef}
        className="chat-log"
        role="log"
        aria-live="off"
        aria-label={t('chat.log')}
        aria-busy={busy !== null}
        tabIndex={0}
        data-testid="chat-log"
      >
        {messages.map((m, i) => (
          <div
            key={m.id}
            className={
              busy === 'regenerate' && i === messages.length - 1 && m.author === 'assistant'
                ? 'chat-message--replacing'
                : undefined
            }
          >
            <ChatMessage
              turn={m}
              viewer={viewer}
              participantName={props.participantName}
              modelText={props.modelTexts?.has(m.id) ? (props.modelTexts.get(m.id) ?? null) : undefined}
              highlighted={props.highlightId === m.id}
            />
          </div>
        ))}
        {pending !== null && (
          <div className="chat-message" data-testid="pending-message">
            <Chat
              name={
                viewer === 'participant'
                  ? t('chat.author.you')
                  : (props.participantName ?? t('chat.author.participant'))
              }
              position="right"
              variant="info"
              toptextHeadingLevel="3"
            >
              <Chat.Bubble>
                <div className="chat-text">{pending}</div>
              </Chat.Bubble>
            </Chat>
          </div>
        )}
        {reply && (
          <div className="chat-message" data-testid="streaming-message">
            <Chat name={t('chat.author.assistant')} position="left" avatar="A" toptextHeadingLevel="3">
              <Chat.Bubble>
                {reply.text ? (
                  <div className="chat-text chat-text--streaming" data-testid="streaming-text">
                    {reply.text}
                  </div>
                ) : (
                  <HStack gap="space-8" align="center">
                    <Loader size="xsmall" title={t('chat.writing')} />
                    <BodyShort size="small">{reply.redrafts > 0 ? t('chat.redrafting') : t('chat.writing')}</BodyShort>
                  </HStack>
                )}
              </Chat.Bubble>
            </Chat>
          </div>
        )}
      </div>

      <div role="status" aria-live="polite" className="sr-only" data-testid="chat-announcement">
        {announcement}
      </div>

      {offer && (
        <StepOffer
          participantId={participantId}
          conversationId={conversationId}
          title={offer.title}
          viewer={viewer}
          onDone={(result) => {
            setOffer(null);
            if (result) setAdded(result.title);
            window.setTimeout(() => inputRef.current?.focus());
          }}
        />
      )}
      {added && <StepAdded title={added} onClose={() => setAdded(null)} />}
      {error && (
        <Alert variant="error" size="small" data-testid="chat-error">
          {error}
        </Alert>
      )}

      <form onSubmit={send} className="chat-composer">
        <VStack gap="space-8">
          <Textarea
            ref={inputRef}
            label={t('chat.composer.label')}
            description={viewer === 'participant' ? t('chat.composer.help') : t('chat.composer.helpCounselor')}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              if (fieldError) setFieldError(null);
            }}
            onKeyDown={onKeyDown}
            minRows={2}
            maxRows={8}
            maxLength={4000}
            error={fieldError ?? undefined}
            data-testid="chat-input"
          />
          <HStack gap="space-8" justify="space-between">
            <HStack gap="space-8">
              {busy ? (
                <Button
                  type="button"
                  variant="secondary"
                  icon={<StopIcon aria-hidden />}
                  onClick={() => void stop()}
                  loading={stopping}
                  data-testid="chat-stop"
                >
                  {t('chat.stop')}
                </Button>
              ) : (
                <Button type="submit" icon={<PaperplaneIcon aria-hidden />} data-testid="chat-send">
                  {t('chat.send')}
                </Button>
              )}
            </HStack>
            {canRegenerate && (
              <Button
                type="button"
                variant="tertiary"
                icon={<ArrowCirclepathIcon aria-hidden />}
                onClick={() => void run('regenerate')}
                data-testid="chat-regenerate"
              >
                {t('chat.regenerate')}
              </Button>
            )}
          </HStack>
        </VStack>
      </form>
    </VStack>
  );
}
