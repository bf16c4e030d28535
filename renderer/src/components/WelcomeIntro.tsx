import { BodyLong, Heading, List, VStack } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from './PageHeading';

/** What InkludMI is and how it protects people: the first screen's text and the About page's. */
export function WelcomeIntro({ title }: { title: string }) {
  const { t } = useTranslation();
  return (
    <VStack gap="space-24">
      <VStack gap="space-12">
        <PageHeading size="xlarge">{title}</PageHeading>
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
    </VStack>
  );
}
