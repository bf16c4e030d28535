import { Alert, BodyLong, Box, Button, Heading, VStack } from '@navikt/ds-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi, useQuery } from '../../api/ApiContext';
import { formatInstant } from '../followup/dates';
import { NoticeView } from './NoticeView';

/**
 * At first login and after every change of the register, the participant's home starts with the
 * current privacy notice and a button that records the reading (privacy.acknowledge). Nothing is
 * hidden behind it: the notice informs, it does not ask for consent.
 */
export function NoticePrompt({ participantId }: { participantId: string }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const id = useId();
  const state = useQuery('me.notice', { participantId }, participantId);
  const [done, setDone] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (done !== null) {
    return (
      <Alert variant="success" size="small" role="status" data-testid="notice-acknowledged">
        {t('privacy.notice.acknowledged', { version: done })}
      </Alert>
    );
  }
  if (state.status !== 'success' || !state.data.mustAcknowledge) return null;
  const { notice, acknowledged } = state.data;

  const acknowledge = async () => {
    setBusy(true);
    setError(null);
    const result = await api.call('privacy.acknowledge', { participantId, version: notice.version });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      state.reload();
      return;
    }
    setDone(notice.version);
  };

  return (
    <Box as="section" aria-labelledby={`${id}-title`} padding="space-24" borderWidth="2" borderRadius="8" borderColor="neutral" data-testid="notice-prompt">
      <VStack gap="space-16">
        <Heading level="2" size="large" id={`${id}-title`}>
          {acknowledged ? t('privacy.notice.changedTitle') : t('privacy.notice.newTitle')}
        </Heading>
        <BodyLong>{acknowledged ? t('privacy.notice.changedIntro') : t('privacy.notice.newIntro')}</BodyLong>
        <BodyLong size="small">{t('privacy.notice.version', { version: notice.version, date: formatInstant(notice.createdAt, i18n.language) })}</BodyLong>
        <NoticeView notice={notice} level="3" />
        {error && (
          <Alert variant="error" size="small" role="alert">
            {error}
          </Alert>
        )}
        <div>
          <Button type="button" loading={busy} onClick={() => void acknowledge()}>
            {t('privacy.notice.acknowledge')}
          </Button>
        </div>
      </VStack>
    </Box>
  );
}
