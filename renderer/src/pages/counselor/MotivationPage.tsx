import { Alert, BodyLong, Loader, VStack } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/ApiContext';
import { MotivationChart } from '../followup/MotivationChart';
import { RulerForm } from '../followup/RulerForm';
import { SectionHeading } from '../followup/SectionHeading';
import type { SectionProps } from './ParticipantWorkspace';

/** Motivation over time: the readiness rulers beside the activity-plan events, and a new reading made together. */
export function MotivationPage({ participantId }: SectionProps) {
  const { t } = useTranslation();
  const timeline = useQuery('motivation.list', { participantId }, participantId, { keepData: true });
  return (
    <VStack gap="space-32" data-testid="motivation">
      <SectionHeading>{t('followup.motivation.title')}</SectionHeading>
      <BodyLong>{t('followup.motivation.intro')}</BodyLong>
      {timeline.status === 'loading' && <Loader title={t('common.loading')} />}
      {timeline.status === 'error' && <Alert variant="error">{timeline.error.message}</Alert>}
      {timeline.status === 'success' && <MotivationChart series={timeline.data.series} events={timeline.data.events} />}
      <RulerForm participantId={participantId} mode="session" onSaved={timeline.reload} />
    </VStack>
  );
}
