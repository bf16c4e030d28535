import { Alert, BodyShort, Box, Button, Heading, HStack, ReadMore, VStack } from '@navikt/ds-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi, useQuery } from '../../api/ApiContext';
import { savePdf } from '../../components/download';
import { formatInstant } from '../../i18n/format';
import { NoticeSummary, NoticeView, noticeLanguages, type Notice } from './NoticeView';
import './privacy.css';

/**
 * At first login and after every change of the register, the participant's home starts with the
 * short notice (six points generated from the register) and a button that records the reading
 * (privacy.acknowledge); the full notice is one tap away, and both print as PDF. Nothing is hidden
 * behind it: the notice informs, it does not ask for consent. (The chatbot and points wait for it.)
 */
export function NoticePrompt({
  participantId,
  onAcknowledged,
}: {
  participantId: string;
  onAcknowledged?: () => void;
}) {
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
    onAcknowledged?.();
  };

  return (
    <Box
      as="section"
      aria-labelledby={`${id}-title`}
      padding="space-16"
      borderWidth="2"
      borderRadius="8"
      borderColor="neutral"
      data-testid="notice-prompt"
    >
      <VStack gap="space-12">
        <Heading level="2" size="medium" id={`${id}-title`}>
          {acknowledged ? t('privacy.notice.changedTitle') : t('privacy.notice.newTitle')}
        </Heading>
        <BodyShort>{acknowledged ? t('privacy.notice.changedIntro') : t('privacy.notice.newIntro')}</BodyShort>
        <NoticeSummary notice={notice} language={i18n.language} />
        {error && (
          <Alert variant="error" size="small" role="alert">
            {error}
          </Alert>
        )}
        <HStack gap="space-16" align="center">
          <Button type="button" size="small" loading={busy} onClick={() => void acknowledge()}>
            {t('privacy.notice.acknowledge')}
          </Button>
          <NoticePdfButtons notice={notice} />
        </HStack>
        <ReadMore header={t('privacy.notice.readFull')} size="small" data-testid="notice-read-full">
          <VStack gap="space-8">
            <BodyShort size="small">
              {t('privacy.notice.version', {
                version: notice.version,
                date: formatInstant(notice.createdAt, i18n.language),
              })}
            </BodyShort>
            <NoticeView notice={notice} level="3" language={i18n.language} />
          </VStack>
        </ReadMore>
      </VStack>
    </Box>
  );
}

/** Printable: the notice as PDF in the UI's language, and in the other written standard. */
export function NoticePdfButtons({ notice }: { notice: Notice }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { current, other } = noticeLanguages(i18n.language);
  const download = async (language: 'nb' | 'nn') => {
    const result = await api.call('privacy.noticePdf', { version: notice.version, language });
    if (result.ok) savePdf(result.data);
  };
  return (
    <HStack gap="space-8">
      <Button type="button" size="small" variant="tertiary" onClick={() => void download(current)}>
        {t('privacy.notice.pdf')}
      </Button>
      <Button type="button" size="small" variant="tertiary" onClick={() => void download(other)}>
        {t('privacy.notice.pdfOtherLanguage')}
      </Button>
    </HStack>
  );
}
