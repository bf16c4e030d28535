import { Alert, BodyShort, ProgressBar, VStack } from '@navikt/ds-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useModelStatus } from '../admin/models/modelStatus';

/** In the chat: says so while the language model loads (with progress), or when it has failed or is missing. */
export function ModelLoadingNotice() {
  const { t } = useTranslation();
  const { status } = useModelStatus();
  const labelId = useId();
  if (!status) return null;
  if (status.state === 'loading') {
    const percent = Math.round((status.progress ?? 0) * 100);
    return (
      <VStack gap="space-4" data-testid="chat-model-loading">
        <BodyShort size="small" id={labelId}>
          {t('chat.model.loading', { percent })}
        </BodyShort>
        <ProgressBar value={percent} valueMax={100} aria-labelledby={labelId} size="small" />
      </VStack>
    );
  }
  if (status.state === 'error') {
    return (
      <Alert variant="warning" size="small" data-testid="chat-model-error">
        {t('chat.model.error')} {status.message ?? ''}
      </Alert>
    );
  }
  if (status.state === 'not-installed') {
    return (
      <Alert variant="info" size="small" data-testid="chat-model-missing">
        {t('chat.model.missing')}
      </Alert>
    );
  }
  return null;
}
