import { Alert, BodyShort, Heading, VStack } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { OutputOf } from '../../../../electron/core/api/router';
import { useQuery } from '../../api/ApiContext';
import { formatDateTime } from '../../i18n/format';
import './chat.css';

/**
 * On the counselor's home: crisis flags from the chat not yet seen, across their own caseload, each
 * with a link to the participant's conversations. The flag holds no words; nothing shows when there are none.
 */
export function UnseenCrisisFlags() {
  const flags = useQuery('chat.flags', { unseenOnly: true }, 'unseen', { keepData: true });
  if (flags.status !== 'success' || flags.data.length === 0) return null;
  return <FlagList flags={flags.data} />;
}

/**
 * The flags with the participants' names. The names are asked for only when there are flags to
 * show, so the home screen's own list (the caseload) does not wait behind a read of every name.
 */
function FlagList({ flags }: { flags: OutputOf<'chat.flags'> }) {
  const { t, i18n } = useTranslation();
  const people = useQuery('participants.list', { limit: 500 }, 'flag-names', { keepData: true });
  const nameOf = (id: string) =>
    people.status === 'success' ? (people.data.find((p) => p.id === id)?.displayName ?? null) : null;
  return (
    <Alert variant="warning" data-testid="unseen-crisis-flags">
      <VStack gap="space-8">
        <Heading level="2" size="small">
          {t('chat.flags.homeTitle', { count: flags.length })}
        </Heading>
        <BodyShort size="small">{t('chat.flags.homeIntro')}</BodyShort>
        <ul className="chat-plain-list">
          {flags.map((flag) => (
            <li key={flag.id}>
              <Link to={`/deltakere/${flag.participantId}/samtaler`} data-testid="unseen-crisis-flag">
                {nameOf(flag.participantId) ?? t('chat.author.participant')}
              </Link>{' '}
              – {t(`chat.flags.level.${flag.level}`)}:{' '}
              {flag.categories.map((c) => t(`chat.flags.category.${c}`, { defaultValue: c })).join(', ')} (
              {formatDateTime(flag.raisedAt, i18n.language)})
            </li>
          ))}
        </ul>
      </VStack>
    </Alert>
  );
}
