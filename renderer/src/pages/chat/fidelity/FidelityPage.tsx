import { BodyLong, VStack } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/PageHeading';
import { FidelityOverTime } from './FidelityOverTime';
import '../chat.css';

/** "MI-kvalitet": the counselor's MI fidelity over the whole caseload, over time. */
export function FidelityPage() {
  const { t } = useTranslation();
  return (
    <VStack gap="space-24">
      <VStack gap="space-8">
        <PageHeading>{t('fidelity.pageTitle')}</PageHeading>
        <BodyLong>{t('fidelity.pageIntro')}</BodyLong>
      </VStack>
      <FidelityOverTime />
    </VStack>
  );
}
