import { Alert, BodyLong, Heading, Link } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { useQuery } from '../../api/ApiContext';

/**
 * After setup the register holds only follow-up's default basis: the admin's home says what is
 * left (the organisation's role and contact, confirming follow-up) until it is done.
 */
export function RegisterReminder() {
  const { t } = useTranslation();
  const features = useQuery('privacy.features', {});
  if (features.status !== 'success') return null;
  const { organisationRecorded, followUpConfirmed } = features.data.register;
  if (organisationRecorded && followUpConfirmed) return null;
  return (
    <Alert variant="info" data-testid="register-reminder">
      <Heading level="2" size="small" spacing>
        {t('privacy.reminder.title')}
      </Heading>
      <BodyLong spacing>{t('privacy.reminder.body')}</BodyLong>
      <Link as={RouterLink} to="/personvern">
        {t('privacy.reminder.link')}
      </Link>
    </Alert>
  );
}
