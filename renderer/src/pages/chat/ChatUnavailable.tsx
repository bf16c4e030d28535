import { Alert, BodyLong, Heading } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import type { ApiErrorBody } from '../../../../electron/core/api/errors';

/** The chatbot does not run here: switched off, no recorded legal basis, the participant has objected or not yet seen the notice. The app's own message says why. */
export function ChatUnavailable({ error, viewer }: { error: ApiErrorBody; viewer: 'participant' | 'counselor' }) {
  const { t } = useTranslation();
  const title =
    error.reason === 'FEATURE_OFF'
      ? t('chat.unavailable.off')
      : error.reason === 'OBJECTION'
        ? t('chat.unavailable.objection')
        : error.reason === 'NOTICE_NOT_SEEN'
          ? t('chat.unavailable.notice')
          : t('chat.unavailable.noBasis');
  return (
    <Alert variant="info" data-testid="chat-unavailable">
      <Heading level="2" size="xsmall" spacing>
        {title}
      </Heading>
      <BodyLong spacing>{error.message}</BodyLong>
      <BodyLong>
        {viewer === 'participant' ? t('chat.unavailable.participantHelp') : t('chat.unavailable.counselorHelp')}
      </BodyLong>
    </Alert>
  );
}
