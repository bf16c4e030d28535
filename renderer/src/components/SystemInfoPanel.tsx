import { Alert, BodyShort, Box, Button, Heading, Loader } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { useApi, useQuery } from '../api/ApiContext';

export function SystemInfoPanel() {
  const { t } = useTranslation();
  const api = useApi();
  const info = useQuery('system.info', {});

  return (
    <Box
      as="section"
      aria-labelledby="system-heading"
      padding="space-24"
      borderRadius="12"
      borderWidth="1"
      borderColor="neutral-subtle"
    >
      <Heading level="2" size="medium" id="system-heading" spacing>
        {t('system.title')}
      </Heading>
      {info.status === 'loading' && <Loader size="medium" title={t('system.loading')} />}
      {info.status === 'error' && (
        <Alert variant="error">
          <BodyShort spacing>
            {t('system.error')} {info.error.message}
          </BodyShort>
          <Button size="small" variant="secondary" onClick={info.reload}>
            {t('system.retry')}
          </Button>
        </Alert>
      )}
      {info.status === 'success' && (
        <dl className="info-list" data-testid="system-info">
          <dt>{t('system.appVersion')}</dt>
          <dd data-testid="app-version">{info.data.app.version}</dd>
          <dt>{t('system.sqlcipher')}</dt>
          <dd data-testid="sqlcipher-version">{info.data.sqlcipher.version}</dd>
          <dt>{t('system.llama')}</dt>
          <dd data-testid="llama-version">{info.data.llama.version ?? t('system.bindingUnavailable')}</dd>
          <dt>{t('system.binding')}</dt>
          <dd data-testid="llama-binding">
            {info.data.llama.binding
              ? t('system.bindingValue', {
                  buildType: info.data.llama.binding.buildType,
                  gpu: info.data.llama.binding.gpu || t('system.cpuOnly'),
                  threads: info.data.llama.binding.threads,
                })
              : (info.data.llama.bindingError ?? t('system.bindingUnavailable'))}
          </dd>
          <dt>{t('system.model')}</dt>
          <dd data-testid="model-state">{t(`system.modelState.${info.data.model.state}`)}</dd>
          <dt>{t('system.platform')}</dt>
          <dd>
            {info.data.platform.os} {info.data.platform.arch}, Node {info.data.platform.node}
            {info.data.platform.electron ? `, Electron ${info.data.platform.electron}` : ''}
          </dd>
          <dt>{t('system.transport')}</dt>
          <dd data-testid="transport">
            {api.transport === 'ipc' ? t('system.transportIpc') : t('system.transportHttp')}
          </dd>
        </dl>
      )}
    </Box>
  );
}
