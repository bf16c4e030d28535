import { Alert, BodyLong, Button, Heading, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { useSession, type StoreProblem as Problem } from '../../session/SessionContext';

/**
 * The key file or the database cannot be used (missing, damaged, another organisation's). No
 * login is offered: nobody could get in, and trying changes nothing. The app's own message says
 * what is wrong and what to do.
 */
export function StoreProblem({ problem }: { problem: Problem }) {
  const { t } = useTranslation();
  const session = useSession();
  const [busy, setBusy] = useState(false);
  return (
    <div className="narrow-page">
      <VStack gap="space-24">
        <PageHeading>{t('problem.title')}</PageHeading>
        <Alert variant="error" data-testid="store-problem">
          <Heading level="2" size="small" spacing>
            {t('problem.heading')}
          </Heading>
          <BodyLong>{problem.message}</BodyLong>
        </Alert>
        <BodyLong>{t('problem.help', { code: problem.code })}</BodyLong>
        <div>
          <Button
            variant="secondary"
            loading={busy}
            onClick={() => {
              setBusy(true);
              void session.refresh().finally(() => setBusy(false));
            }}
          >
            {t('problem.retry')}
          </Button>
        </div>
      </VStack>
    </div>
  );
}
