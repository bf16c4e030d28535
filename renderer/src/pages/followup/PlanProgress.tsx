import { BodyShort, ProgressBar, VStack } from '@navikt/ds-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityPlan } from './types';

/** Steps done toward the goal (cancelled steps do not count). */
export function PlanProgress({ progress }: { progress: ActivityPlan['progress'] }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <VStack gap="space-4" data-testid="plan-progress">
      <BodyShort id={id} size="small">
        {t('followup.progress.text', { done: progress.done, total: progress.total })}
      </BodyShort>
      <ProgressBar value={progress.done} valueMax={Math.max(progress.total, 1)} aria-labelledby={id} size="small" />
    </VStack>
  );
}
