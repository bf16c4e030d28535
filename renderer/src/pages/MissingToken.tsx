import { Alert, BodyLong, Heading } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';

export function MissingToken() {
  const { t } = useTranslation();
  return (
    <main className="app-main">
      <Alert variant="warning">
        <Heading level="1" size="small" spacing>
          {t('errors.missingTokenTitle')}
        </Heading>
        <BodyLong>{t('errors.missingToken')}</BodyLong>
      </Alert>
    </main>
  );
}
