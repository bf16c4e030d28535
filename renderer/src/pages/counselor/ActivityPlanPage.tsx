import { Alert, BodyLong, Heading, Loader, VStack } from '@navikt/ds-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/ApiContext';
import { AddStepForm } from '../followup/AddStepForm';
import { GamificationSummary } from '../followup/GamificationSummary';
import { GoalSection } from '../followup/GoalForm';
import { PlanProgress } from '../followup/PlanProgress';
import { SectionHeading } from '../followup/SectionHeading';
import { StepList } from '../followup/StepList';
import type { SectionProps } from './ParticipantWorkspace';

/** The activity plan as the counselor works with it: the goal, the steps, proposing and agreeing. */
export function ActivityPlanPage({ participantId }: SectionProps) {
  const { t } = useTranslation();
  const plan = useQuery('plan.get', { participantId }, participantId, { keepData: true });
  const goalId = useId();
  const stepsId = useId();
  if (plan.status === 'loading') return <Loader title={t('common.loading')} />;
  if (plan.status === 'error') return <Alert variant="error">{plan.error.message}</Alert>;
  const { goal, steps, progress } = plan.data;
  return (
    <VStack gap="space-32" data-testid="activity-plan">
      <SectionHeading>{t('followup.plan.title')}</SectionHeading>
      <VStack gap="space-12" as="section" aria-labelledby={goalId}>
        <Heading level="3" size="small" id={goalId}>
          {t('followup.goal.title')}
        </Heading>
        {!goal && <BodyLong>{t('followup.goal.none')}</BodyLong>}
        <GoalSection
          key={goal?.setAt ?? 'none'}
          participantId={participantId}
          goal={goal}
          viewer="counselor"
          onSaved={plan.reload}
        />
      </VStack>
      <VStack gap="space-16" as="section" aria-labelledby={stepsId}>
        <Heading level="3" size="small" id={stepsId}>
          {t('followup.steps.title')}
        </Heading>
        <PlanProgress progress={progress} />
        <StepList participantId={participantId} steps={steps} viewer="counselor" onChanged={plan.reload} />
      </VStack>
      <AddStepForm participantId={participantId} viewer="counselor" onAdded={plan.reload} />
      <CounselorGamification participantId={participantId} />
    </VStack>
  );
}

/** Shown to the counselor only when the participant shares it (the app decides; this shows its answer). */
function CounselorGamification({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const view = useQuery('gamification.get', { participantId }, participantId);
  if (view.status === 'loading') return null;
  return (
    <VStack gap="space-12" as="section" aria-labelledby={id} data-testid="counselor-gamification">
      <Heading level="3" size="small" id={id}>
        {t('followup.gamification.title')}
      </Heading>
      {view.status === 'error' ? (
        <BodyLong>{view.error.message}</BodyLong>
      ) : view.data.status === 'on' ? (
        <>
          <BodyLong size="small">{t('followup.gamification.sharedWithYou')}</BodyLong>
          <GamificationSummary view={view.data} />
        </>
      ) : (
        <BodyLong data-testid="gamification-not-shared">{t('followup.gamification.notShared')}</BodyLong>
      )}
    </VStack>
  );
}
