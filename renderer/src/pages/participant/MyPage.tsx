import { Alert, BodyLong, Loader, VStack } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/ApiContext';
import { PageHeading } from '../../components/PageHeading';
import { useSignedIn } from '../../session/SessionContext';

/** A participant's own page: their own record only (the chat, goals and progress come with later issues). */
export function MyPage() {
  const { user } = useSignedIn();
  if (!user.participantId) return <NoRecord />;
  return <OwnRecord participantId={user.participantId} />;
}

function OwnRecord({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const record = useQuery('participants.get', { participantId }, participantId);
  if (record.status === 'loading') return <Loader title={t('common.loading')} />;
  if (record.status === 'error') return <Alert variant="error">{record.error.message}</Alert>;
  return (
    <VStack gap="space-24">
      <PageHeading>{t('myPage.title', { name: record.data.displayName })}</PageHeading>
      <BodyLong size="large">{t('myPage.intro')}</BodyLong>
      <BodyLong>{t('myPage.privacy')}</BodyLong>
    </VStack>
  );
}

function NoRecord() {
  const { t } = useTranslation();
  return (
    <VStack gap="space-24">
      <PageHeading>{t('myPage.titleNoName')}</PageHeading>
      <Alert variant="warning">{t('myPage.noRecord')}</Alert>
    </VStack>
  );
}
