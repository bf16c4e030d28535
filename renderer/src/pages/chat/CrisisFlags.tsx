import { Alert, BodyShort, Button, Detail, Heading, HStack, Tag, VStack } from '@navikt/ds-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi, useQuery } from '../../api/ApiContext';
import { formatDateTime } from '../../i18n/format';
import type { CrisisFlag } from './types';

interface CrisisFlagsProps {
  participantId: string;
  /** Opens the conversation at the message that raised the flag. */
  onShow: (flag: CrisisFlag) => void;
  version: number;
}

/**
 * Crisis flags for this participant: when, how serious, which kind of risk. The flag holds no
 * words; the message itself is opened in the (audited) chat. The counselor marks a flag as seen.
 */
export function CrisisFlags({ participantId, onShow, version }: CrisisFlagsProps) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const headingId = useId();
  const flags = useQuery('chat.flags', { participantId }, `${participantId}:${version}`, { keepData: true });
  const [error, setError] = useState<string | null>(null);

  if (flags.status === 'loading') return null;
  if (flags.status === 'error')
    return (
      <Alert variant="error" size="small">
        {flags.error.message}
      </Alert>
    );
  if (flags.data.length === 0) return null;
  const unseen = flags.data.filter((f) => !f.seenAt).length;

  const markSeen = async (flag: CrisisFlag) => {
    setError(null);
    const result = await api.call('chat.flagSeen', { flagId: flag.id });
    if (!result.ok) setError(result.error.message);
    flags.reload();
  };

  return (
    <section aria-labelledby={headingId} className="crisis-flags" data-testid="crisis-flags">
      <VStack gap="space-8">
        <Heading level="2" size="small" id={headingId}>
          {t('chat.flags.title')}{' '}
          {unseen > 0 && (
            <Tag variant="warning" size="small">
              {t('chat.flags.unseen', { count: unseen })}
            </Tag>
          )}
        </Heading>
        <BodyShort size="small">{t('chat.flags.intro')}</BodyShort>
        <ul className="chat-plain-list">
          {flags.data.map((flag) => (
            <li
              key={flag.id}
              className="crisis-flag"
              data-testid="crisis-flag"
              data-seen={flag.seenAt ? 'true' : 'false'}
            >
              <HStack gap="space-12" align="center" justify="space-between" wrap>
                <VStack gap="space-2">
                  <BodyShort weight="semibold">
                    {t(`chat.flags.level.${flag.level}`)}:{' '}
                    {flag.categories.map((c) => t(`chat.flags.category.${c}`, { defaultValue: c })).join(', ')}
                  </BodyShort>
                  <Detail>
                    {formatDateTime(flag.raisedAt, i18n.language)} ·{' '}
                    {flag.seenAt
                      ? t('chat.flags.seenAt', { at: formatDateTime(flag.seenAt, i18n.language) })
                      : t('chat.flags.notSeen')}
                  </Detail>
                </VStack>
                <HStack gap="space-8">
                  <Button size="small" variant="secondary" onClick={() => onShow(flag)}>
                    {t('chat.flags.show')}
                  </Button>
                  {!flag.seenAt && (
                    <Button size="small" variant="tertiary" onClick={() => void markSeen(flag)} data-testid="flag-seen">
                      {t('chat.flags.markSeen')}
                    </Button>
                  )}
                </HStack>
              </HStack>
            </li>
          ))}
        </ul>
        {error && (
          <Alert variant="error" size="small">
            {error}
          </Alert>
        )}
      </VStack>
    </section>
  );
}
