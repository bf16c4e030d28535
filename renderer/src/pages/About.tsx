import { VStack } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { SystemInfoPanel } from '../components/SystemInfoPanel';
import { WelcomeIntro } from '../components/WelcomeIntro';
import { ModelStatusPanel, useModelStatus } from './admin/models/modelStatus';

/** "Om InkludMI": what the app is, how it protects people, and which versions run here. */
export function About() {
  const { t } = useTranslation();
  const model = useModelStatus();
  return (
    <VStack gap="space-32">
      <WelcomeIntro title={t('about.title')} />
      <ModelStatusPanel status={model.status} />
      <SystemInfoPanel />
    </VStack>
  );
}
