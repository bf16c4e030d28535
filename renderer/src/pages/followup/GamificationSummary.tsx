import { BodyShort, HStack, Tag, VStack } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format';
import type { GamificationView } from './types';

type On = Extract<GamificationView, { status: 'on' }>;

/** Points, badges and weeks with progress: what the participant sees, and the counselor when shared. */
export function GamificationSummary({ view }: { view: On }) {
  const { t, i18n } = useTranslation();
  return (
    <VStack gap="space-12" data-testid="gamification-summary">
      <HStack gap="space-24" wrap>
        <div className="stat">
          <span className="stat-value" data-testid="gamification-points">
            {view.points}
          </span>
          <span className="stat-label">{t('followup.gamification.points', { count: view.points })}</span>
        </div>
        <div className="stat">
          <span className="stat-value" data-testid="gamification-weeks">
            {view.weeks.weeksWithProgress}
          </span>
          <span className="stat-label">
            {t('followup.gamification.weeks', { count: view.weeks.weeksWithProgress })}
          </span>
        </div>
        <div className="stat">
          <span className="stat-value">{view.weeks.bestRun}</span>
          <span className="stat-label">{t('followup.gamification.bestRun', { count: view.weeks.bestRun })}</span>
        </div>
      </HStack>
      <BodyShort size="small">
        {view.weeks.thisWeek ? t('followup.gamification.thisWeek') : t('followup.gamification.noPressure')}
      </BodyShort>
      {view.badges.length === 0 ? (
        <BodyShort size="small">{t('followup.gamification.noBadges')}</BodyShort>
      ) : (
        <ul className="badge-list" aria-label={t('followup.gamification.badges')} data-testid="gamification-badges">
          {view.badges.map((b) => (
            <li key={b.badge}>
              <Tag variant="success" size="small">
                {t(`followup.badge.${b.badge}`)}
              </Tag>{' '}
              <span className="cell-detail">{formatDate(b.awardedAt.slice(0, 10), i18n.language)}</span>
            </li>
          ))}
        </ul>
      )}
    </VStack>
  );
}
