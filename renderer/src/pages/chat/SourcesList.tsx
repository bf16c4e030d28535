import { BodyShort, Detail } from '@navikt/ds-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format';
import type { Citation } from './types';

/** The knowledge passages an answer rests on: title, section, where it comes from and when it was checked. */
export function SourcesList({ sources }: { sources: readonly Citation[] }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  if (sources.length === 0) return null;
  return (
    <div className="chat-sources" data-testid="chat-sources">
      <BodyShort size="small" weight="semibold" id={headingId} as="p">
        {t('chat.sources.heading', { count: sources.length })}
      </BodyShort>
      <ol aria-labelledby={headingId} className="chat-source-list">
        {sources.map((s) => (
          <li key={s.id} data-testid="chat-source">
            <BodyShort size="small">
              <span className="chat-source-title">{s.title}</span>
              {s.heading && s.heading !== s.title ? ` – ${s.heading}` : ''}
            </BodyShort>
            <Detail className="chat-source-origin">
              {t('chat.sources.origin', { source: s.source, date: /^\d{4}-\d{2}-\d{2}$/.test(s.date) ? formatDate(`${s.date}T12:00:00Z`, i18n.language) : s.date })}
            </Detail>
          </li>
        ))}
      </ol>
    </div>
  );
}
