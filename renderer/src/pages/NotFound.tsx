import { BodyLong, Heading, Link, VStack } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <VStack gap="space-16">
      <Heading level="1" size="large">
        {t('errors.notFoundTitle')}
      </Heading>
      <BodyLong>{t('errors.notFound')}</BodyLong>
      <Link as={RouterLink} to="/">
        {t('errors.toHome')}
      </Link>
    </VStack>
  );
}
