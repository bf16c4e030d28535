import { VStack } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { SystemInfoPanel } from '../components/SystemInfoPanel';
import { WelcomeIntro } from '../components/WelcomeIntro';

/** "Om InkludMI": what the app is, how it protects people, and which versions run here. */
export function About() {
  const { t } = useTranslation();
  return (
    <VStack gap="space-32">
      <WelcomeIntro title={t('about.title')} />
      <SystemInfoPanel />
    </VStack>
  );
}
