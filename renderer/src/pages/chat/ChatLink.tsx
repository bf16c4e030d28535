import { ChatIcon } from '@navikt/aksel-icons';
import { BodyShort } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import './chat.css';

/** A link to the participant's chat with the assistant (for their own page). */
export function ChatLink() {
  const { t } = useTranslation();
  return (
    <BodyShort>
      <Link to="/samtale" className="chat-link" data-testid="chat-link">
        <ChatIcon aria-hidden /> {t('chat.myPageLink')}
      </Link>
    </BodyShort>
  );
}
