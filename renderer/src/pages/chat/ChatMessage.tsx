import { Chat, Detail, Tag } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format';
import { CrisisReply } from './CrisisReply';
import { SourcesList } from './SourcesList';
import type { ChatTurn } from './types';

export type Viewer = 'participant' | 'counselor';

interface ChatMessageProps {
  turn: ChatTurn;
  viewer: Viewer;
  /** The participant's name, for the counselor's view. */
  participantName?: string | undefined;
  /** "Vis hva modellen ser": undefined when the switch is off, null when nothing of it went to the model. */
  modelText?: string | null | undefined;
  highlighted?: boolean;
}

/** One stored message: who wrote it, when, the text, and for answers their sources and how they came about. */
export function ChatMessage({ turn, viewer, participantName, modelText, highlighted = false }: ChatMessageProps) {
  const { t, i18n } = useTranslation();
  const mine = turn.author !== 'assistant';
  const name =
    turn.author === 'assistant'
      ? t('chat.author.assistant')
      : viewer === 'participant'
        ? t('chat.author.you')
        : (participantName ?? t('chat.author.participant'));
  const isCrisisReply = turn.author === 'assistant' && turn.generation === 'crisis';
  return (
    <div
      className={`chat-message${highlighted ? ' chat-message--highlighted' : ''}`}
      data-testid={turn.author === 'assistant' ? 'assistant-message' : 'participant-message'}
      data-message-id={turn.id}
      data-generation={turn.generation ?? undefined}
      id={`chat-message-${turn.id}`}
      tabIndex={highlighted ? -1 : undefined}
    >
      <Chat
        name={name}
        timestamp={formatDateTime(turn.createdAt, i18n.language)}
        position={mine ? 'right' : 'left'}
        variant={mine ? 'info' : 'neutral'}
        avatar={mine ? undefined : 'A'}
        toptextHeadingLevel="3"
      >
        <Chat.Bubble>
          {isCrisisReply ? (
            <CrisisReply text={turn.body} />
          ) : (
            <div className="chat-text" data-testid="message-text">
              {turn.body}
            </div>
          )}
          {turn.author === 'assistant' && <SourcesList sources={turn.sources} />}
          <MessageTags turn={turn} viewer={viewer} />
          {modelText !== undefined && (
            <div className="model-text" data-testid="model-text">
              <Detail weight="semibold">{t('chat.modelView.label')}</Detail>
              {modelText === null ? (
                <Detail>{turn.crisis ? t('chat.modelView.crisis') : t('chat.modelView.notSent')}</Detail>
              ) : (
                <pre className="model-text-body">{modelText}</pre>
              )}
            </div>
          )}
        </Chat.Bubble>
      </Chat>
    </div>
  );
}

function MessageTags({ turn, viewer }: { turn: ChatTurn; viewer: Viewer }) {
  const { t } = useTranslation();
  const tags: { key: string; label: string; variant: 'neutral' | 'warning' | 'info' }[] = [];
  if (turn.generation === 'stopped') tags.push({ key: 'stopped', label: t('chat.tags.stopped'), variant: 'neutral' });
  if (turn.author === 'participant' && turn.crisis && viewer === 'counselor')
    tags.push({ key: 'crisis', label: t('chat.tags.crisis'), variant: 'warning' });
  if (viewer === 'counselor' && turn.author === 'assistant' && turn.move)
    tags.push({ key: 'move', label: t(`chat.moves.${turn.move}`, { defaultValue: turn.move }), variant: 'info' });
  if (viewer === 'counselor' && turn.author === 'assistant' && turn.generation === 'fallback')
    tags.push({ key: 'fallback', label: t('chat.tags.fallback'), variant: 'neutral' });
  if (viewer === 'counselor' && turn.author === 'participant' && turn.talk)
    tags.push({ key: 'talk', label: t(`chat.talk.${turn.talk}`, { defaultValue: turn.talk }), variant: 'neutral' });
  if (tags.length === 0) return null;
  return (
    <div className="chat-tags">
      {tags.map((tag) => (
        <Tag key={tag.key} size="xsmall" variant={tag.variant} data-testid={`tag-${tag.key}`}>
          {tag.label}
        </Tag>
      ))}
    </div>
  );
}
