import { Alert, BodyLong, Button, VStack } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../components/PageHeading';
import { useSession } from '../session/SessionContext';

/** The app does not answer (browser mode: the host stopped). Nothing from before stays on screen. */
export function Unreachable({ message }: { message: string }) {
  const { t } = useTranslation();
  const session = useSession();
  return (
    <div className="narrow-page">
      <VStack gap="space-24">
        <PageHeading>{t('unreachable.title')}</PageHeading>
        <Alert variant="error">
          <BodyLong>{message}</BodyLong>
        </Alert>
        <div>
          <Button variant="secondary" onClick={() => void session.refresh()}>
            {t('problem.retry')}
          </Button>
        </div>
      </VStack>
    </div>
  );
}
