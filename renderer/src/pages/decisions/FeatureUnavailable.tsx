import { Alert, BodyLong, Heading } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import type { ApiErrorBody } from '../../../../electron/core/api/errors';
import { errorMessage, isFeatureUnavailable, refusalMessage } from './shared';

/**
 * Why a decision-support screen cannot be used: switched off by the organisation, no recorded
 * legal basis, or another refusal — with the app's own explanation of who can change it.
 */
export function DecisionsRefusal({ error }: { error: ApiErrorBody }) {
  const { t } = useTranslation();
  if (!isFeatureUnavailable(error)) {
    return (
      <Alert variant="error" data-testid="decisions-error">
        {errorMessage(t, error)}
      </Alert>
    );
  }
  const titleKey =
    error.reason === 'LEGAL_BASIS_MISSING' ? 'decisions.unavailable.noBasisTitle' : 'decisions.unavailable.title';
  return (
    <Alert variant="warning" data-testid="decisions-unavailable">
      <Heading level="2" size="small" spacing>
        {t(titleKey)}
      </Heading>
      <BodyLong spacing>{refusalMessage(t, error)}</BodyLong>
      <BodyLong size="small">{t('decisions.unavailable.help')}</BodyLong>
    </Alert>
  );
}
