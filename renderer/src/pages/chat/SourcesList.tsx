import { Alert, BodyShort, Detail } from '@navikt/ds-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format';
import type { Citation } from './types';

/** Today as YYYY-MM-DD in the local calendar (review dates are calendar days). */
function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const isIsoDate = (s: string | null | undefined): s is string => typeof s === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s);

/**
 * The knowledge passages an answer rests on: title, section, the section's own primary source (or
 * that it is advice without one) and when it was checked; a plain warning when a page is past its review date, and a caveat when the match was weak.
 * Says how the search found them: by words only, or also by meaning with the embedding model
 * (citations stored before the mode was recorded say nothing).
 */
export function SourcesList({ sources }: { sources: readonly Citation[] }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  if (sources.length === 0) return null;
  const today = localToday();
  const showDate = (d: string) => (isIsoDate(d) ? formatDate(d, i18n.language) : d);
  const mode = sources.some((s) => s.mode === 'hybrid') ? 'hybrid' : sources.some((s) => s.mode) ? 'keyword' : null;
  return (
    <div className="chat-sources" data-testid="chat-sources">
      <BodyShort size="small" weight="semibold" id={headingId} as="p">
        {t('chat.sources.heading', { count: sources.length })}
      </BodyShort>
      {mode ? (
        <Detail className="chat-source-mode" data-testid="chat-source-mode" data-mode={mode}>
          {t(mode === 'hybrid' ? 'chat.sources.modeHybrid' : 'chat.sources.modeKeyword')}
        </Detail>
      ) : null}
      {sources.some((s) => s.weak) ? (
        <Alert variant="info" size="small" inline data-testid="chat-source-weak">
          {t('chat.sources.weak')}
        </Alert>
      ) : null}
      <ol aria-labelledby={headingId} className="chat-source-list">
        {sources.map((s) => (
          <li key={s.id} data-testid="chat-source">
            <BodyShort size="small">
              <span className="chat-source-title">{s.title}</span>
              {s.heading && s.heading !== s.title ? ` – ${s.heading}` : ''}
            </BodyShort>
            <Detail className="chat-source-origin">
              {s.source
                ? t('chat.sources.origin', { source: s.source, date: showDate(s.date) })
                : t('chat.sources.noSource', { date: showDate(s.date) })}
            </Detail>
            {isIsoDate(s.reviewAfter) && s.reviewAfter < today ? (
              <Alert variant="warning" size="small" inline data-testid="chat-source-past-review">
                {t('chat.sources.pastReview', { date: showDate(s.reviewAfter) })}
              </Alert>
            ) : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
