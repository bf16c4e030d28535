import { BodyLong, Heading, List, VStack } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { SystemInfoPanel } from '../components/SystemInfoPanel';

export function Home() {
  const { t } = useTranslation();
  return (
    <VStack gap="space-32">
      <VStack gap="space-12">
        <Heading level="1" size="xlarge">
          {t('home.title')}
        </Heading>
        <BodyLong size="large">{t('app.tagline')}</BodyLong>
        <BodyLong>{t('home.intro')}</BodyLong>
      </VStack>
      <section aria-labelledby="privacy-heading">
        <Heading level="2" size="medium" id="privacy-heading" spacing>
          {t('home.privacyTitle')}
        </Heading>
        <List>
          <List.Item>{t('home.privacy1')}</List.Item>
          <List.Item>{t('home.privacy2')}</List.Item>
          <List.Item>{t('home.privacy3')}</List.Item>
        </List>
      </section>
      <SystemInfoPanel />
    </VStack>
  );
}
