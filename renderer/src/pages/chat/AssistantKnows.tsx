import { Alert, BodyLong, BodyShort, Box, Detail, Heading, Loader, ReadMore, Table, VStack } from '@navikt/ds-react';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/ApiContext';
import { formatDateTime } from '../../i18n/format';
import type { ContextAnswer, ModelView } from './types';

interface AssistantKnowsProps {
  participantId: string;
  conversationId: string;
  /** Changes after every turn, so the panel shows the newest context. */
  version: number;
  viewer: 'participant' | 'counselor';
}

/**
 * "Hva assistenten vet": exactly what the language model was given in the last turn, as it was
 * sent (pseudonymised): the facts from the allowlist, the summary, the last messages, knowledge
 * passages, the instruction — and the full text, word for word.
 */
export function AssistantKnows({ participantId, conversationId, version, viewer }: AssistantKnowsProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const context = useQuery('chat.context', { participantId, conversationId }, `${conversationId}:${version}`, {
    keepData: true,
  });
  return (
    <Box
      as="section"
      aria-labelledby={headingId}
      padding="space-16"
      borderRadius="8"
      borderWidth="1"
      borderColor="neutral-subtle"
      className="assistant-knows"
      data-testid="assistant-knows"
    >
      <VStack gap="space-12">
        <Heading level="2" size="small" id={headingId}>
          {t('chat.knows.title')}
        </Heading>
        <BodyLong size="small">
          {viewer === 'participant' ? t('chat.knows.intro') : t('chat.knows.introCounselor')}
        </BodyLong>
        {context.status === 'loading' && <Loader size="small" title={t('common.loading')} />}
        {context.status === 'error' && (
          <Alert variant="error" size="small">
            {context.error.message}
          </Alert>
        )}
        {context.status === 'success' && <ContextBody answer={context.data} viewer={viewer} />}
      </VStack>
    </Box>
  );
}

function ContextBody({ answer, viewer }: { answer: ContextAnswer; viewer: 'participant' | 'counselor' }) {
  const { t, i18n } = useTranslation();
  const view = answer.view;
  if (!view) return <BodyShort data-testid="knows-empty">{t('chat.knows.nothingYet')}</BodyShort>;
  if (!view.sentToModel) {
    return (
      <BodyShort data-testid="knows-not-sent">
        {view.notSentReason === 'crisis' ? t('chat.knows.notSentCrisis') : t('chat.knows.notSentFixed')} (
        {formatDateTime(view.at, i18n.language)})
      </BodyShort>
    );
  }
  return (
    <VStack gap="space-12">
      <Detail>{t('chat.knows.sentAt', { at: formatDateTime(view.at, i18n.language) })}</Detail>
      <Section title={t('chat.knows.facts')}>
        {view.context.length === 0 ? (
          <BodyShort size="small" data-testid="knows-no-facts">
            {t('chat.knows.noFacts')}
          </BodyShort>
        ) : (
          <dl className="info-list knows-facts" data-testid="knows-facts">
            {view.context.map((entry) => (
              <div key={entry.key} className="knows-fact">
                <dt>{t(`chat.knows.field.${entry.key}`, { defaultValue: entry.label })}</dt>
                <dd>{entry.value}</dd>
              </div>
            ))}
          </dl>
        )}
      </Section>
      {view.summary.length > 0 && (
        <Section title={t('chat.knows.summary')}>
          <ul className="chat-plain-list">
            {view.summary.map((line, i) => (
              <li key={i}>
                <BodyShort size="small">{line}</BodyShort>
              </li>
            ))}
          </ul>
        </Section>
      )}
      {view.recent.length > 0 && (
        <Section title={t('chat.knows.recent')}>
          <ul className="chat-plain-list knows-recent">
            {view.recent.map((r, i) => (
              <li key={i}>
                <BodyShort size="small">
                  <strong>
                    {r.role === 'assistant'
                      ? t('chat.author.assistant')
                      : viewer === 'participant'
                        ? t('chat.author.you')
                        : t('chat.author.participant')}
                    :
                  </strong>{' '}
                  {r.text}
                </BodyShort>
              </li>
            ))}
          </ul>
        </Section>
      )}
      {view.participantText && (
        <Section title={viewer === 'participant' ? t('chat.knows.lastMessage') : t('chat.knows.lastMessageCounselor')}>
          <BodyShort size="small" className="knows-quote" data-testid="knows-last-message">
            {view.participantText}
          </BodyShort>
        </Section>
      )}
      {view.passages.length > 0 && (
        <Section title={t('chat.knows.passages')}>
          <ul className="chat-plain-list">
            {view.passages.map((p) => (
              <li key={p.id}>
                <BodyShort size="small" weight="semibold">
                  {p.title}
                  {p.heading && p.heading !== p.title ? ` – ${p.heading}` : ''}
                </BodyShort>
                <BodyShort size="small" className="knows-quote">
                  {p.text}
                </BodyShort>
                <Detail>{p.source}</Detail>
                {p.weak ? <Detail data-testid="knows-passage-weak">{t('chat.knows.passageWeak')}</Detail> : null}
              </li>
            ))}
          </ul>
        </Section>
      )}
      {answer.placeholders.length > 0 && <Placeholders placeholders={answer.placeholders} />}
      <ReadMore header={t('chat.knows.fullText')} size="small">
        <FullText view={view} />
      </ReadMore>
    </VStack>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div>
      <Heading level="3" size="xsmall" spacing>
        {title}
      </Heading>
      {children}
    </div>
  );
}

function Placeholders({ placeholders }: { placeholders: ContextAnswer['placeholders'] }) {
  const { t } = useTranslation();
  return (
    <Section title={t('chat.knows.placeholders')}>
      <BodyShort size="small" spacing>
        {t('chat.knows.placeholdersIntro')}
      </BodyShort>
      <Table size="small" data-testid="knows-placeholders">
        <Table.Header>
          <Table.Row>
            <Table.ColumnHeader scope="col">{t('chat.knows.placeholder')}</Table.ColumnHeader>
            <Table.ColumnHeader scope="col">{t('chat.knows.shownAs')}</Table.ColumnHeader>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {placeholders.map((p) => (
            <Table.Row key={p.placeholder}>
              <Table.HeaderCell scope="row">
                <code>{p.placeholder}</code>
              </Table.HeaderCell>
              <Table.DataCell>{p.shownAs}</Table.DataCell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </Section>
  );
}

/** The two texts that went to the model process, word for word. */
export function FullText({
  view,
}: {
  view: Pick<ModelView, 'systemPrompt' | 'prompt'> & { retryHint?: string | null };
}) {
  const { t } = useTranslation();
  return (
    <VStack gap="space-8" data-testid="knows-full-text">
      <Detail weight="semibold">{t('chat.knows.systemPrompt')}</Detail>
      <pre className="prompt-text" tabIndex={0}>
        {view.systemPrompt ?? ''}
      </pre>
      <Detail weight="semibold">{t('chat.knows.prompt')}</Detail>
      <pre className="prompt-text" tabIndex={0}>
        {view.prompt ?? ''}
      </pre>
      {view.retryHint && (
        <>
          <Detail weight="semibold">{t('chat.knows.retryHint')}</Detail>
          <pre className="prompt-text" tabIndex={0}>
            {view.retryHint}
          </pre>
        </>
      )}
    </VStack>
  );
}
