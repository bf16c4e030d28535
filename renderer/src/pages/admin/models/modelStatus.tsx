import { Alert, BodyShort, Box, Heading, ProgressBar, Tag, VStack } from '@navikt/ds-react';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../../electron/core/api/router';
import { useApi } from '../../../api/ApiContext';

export type ModelStatus = OutputOf<'model.status'>;

/** How often the status is asked while a model loads, and otherwise (model.status is public: it never keeps the app unlocked). */
const LOADING_POLL_MS = 1_000;
const IDLE_POLL_MS = 10_000;

/** The language model's status (not installed, not loaded, loading with progress, ready, error), kept fresh. */
export function useModelStatus(): { status: ModelStatus | null; refresh: () => void } {
  const api = useApi();
  const [status, setStatus] = useState<ModelStatus | null>(null);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    let active = true;
    void api.call('model.status', {}).then((result) => {
      if (active && result.ok) setStatus(result.data);
    });
    return () => {
      active = false;
    };
  }, [api, tick]);

  useEffect(() => {
    const timer = window.setTimeout(
      () => setTick((t) => t + 1),
      status?.state === 'loading' ? LOADING_POLL_MS : IDLE_POLL_MS,
    );
    return () => window.clearTimeout(timer);
  }, [status, tick]);

  return { status, refresh: () => setTick((t) => t + 1) };
}

const TAG_VARIANT: Record<ModelStatus['state'], 'success' | 'info' | 'warning' | 'error' | 'neutral'> = {
  'not-installed': 'warning',
  'not-loaded': 'neutral',
  loading: 'info',
  ready: 'success',
  error: 'error',
};

function percent(progress: number | null): number {
  return Math.max(0, Math.min(100, Math.round((progress ?? 0) * 100)));
}

/** The full status: state, active model, a progress bar while loading, the error message. */
/** `importOnPage`: the page shows the import form below the panel (Modeller), so the help can point to it. */
export function ModelStatusPanel({
  status,
  importOnPage = false,
}: {
  status: ModelStatus | null;
  importOnPage?: boolean;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const progressId = useId();
  return (
    <Box
      as="section"
      aria-labelledby={headingId}
      padding="space-16"
      borderRadius="8"
      borderWidth="1"
      borderColor="neutral-subtle"
      data-testid="model-status-panel"
    >
      <VStack gap="space-8">
        <Heading level="2" size="small" id={headingId}>
          {t('modelStatus.title')}
        </Heading>
        {status && (
          <>
            <BodyShort data-testid="model-status-state" data-state={status.state}>
              <Tag variant={TAG_VARIANT[status.state]} size="small">
                {t(`modelStatus.state.${status.state}`)}
              </Tag>{' '}
              {status.activeModel ? t('modelStatus.active', { file: status.activeModel }) : t('modelStatus.noActive')}
            </BodyShort>
            {status.state === 'loading' && (
              <VStack gap="space-4">
                <BodyShort size="small" id={progressId}>
                  {t('modelStatus.loading', { percent: percent(status.progress) })}
                </BodyShort>
                <ProgressBar value={percent(status.progress)} valueMax={100} aria-labelledby={progressId} />
              </VStack>
            )}
            {status.state === 'not-loaded' && <BodyShort size="small">{t('modelStatus.notLoadedHelp')}</BodyShort>}
            {status.state === 'not-installed' && (
              <BodyShort size="small">
                {t(importOnPage ? 'modelStatus.notInstalledHelp' : 'modelStatus.notInstalledHelpElsewhere')}
              </BodyShort>
            )}
            {status.state === 'error' && (
              <Alert variant="error" size="small">
                {status.message ?? t('modelStatus.errorHelp')}
              </Alert>
            )}
          </>
        )}
      </VStack>
    </Box>
  );
}
