import { Alert, BodyShort, Heading, HStack, Loader, Select, Table, VStack } from '@navikt/ds-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../../api/ApiContext';
import { formatPeriod, localeOf } from '../../../i18n/format';
import type { FidelityOverTime as OverTime } from '../types';
import { FidelitySummary } from './ConversationFidelity';
import { formatMetric, METRICS } from './metrics';
import { TalkChart, TrendChart } from './TrendChart';

type Period = 'day' | 'week' | 'month';

/**
 * MI fidelity over time, for one participant or the counselor's whole caseload: a chart per summary
 * score with the MITI thresholds drawn on it, change versus sustain talk, and the same figures
 * in a table (the charts' text alternative).
 */
export function FidelityOverTime({
  participantId,
  headingLevel = '2',
  showOverall = true,
}: {
  participantId?: string;
  headingLevel?: '2' | '3';
  showOverall?: boolean;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const [period, setPeriod] = useState<Period>('week');
  const input = { ...(participantId ? { participantId } : {}), period };
  const result = useQuery('fidelity.overTime', input, `${participantId ?? 'all'}:${period}`, { keepData: true });
  return (
    <section aria-labelledby={headingId} className="fidelity-section" data-testid="fidelity-over-time">
      <VStack gap="space-16">
        <HStack gap="space-16" align="end" justify="space-between" wrap>
          <Heading level={headingLevel} size="small" id={headingId}>
            {participantId ? t('fidelity.overTimeParticipant') : t('fidelity.overTimeCaseload')}
          </Heading>
          <Select
            label={t('fidelity.period')}
            size="small"
            value={period}
            onChange={(e) => setPeriod(e.target.value as Period)}
            data-testid="fidelity-period"
          >
            <option value="day">{t('fidelity.periods.day')}</option>
            <option value="week">{t('fidelity.periods.week')}</option>
            <option value="month">{t('fidelity.periods.month')}</option>
          </Select>
        </HStack>
        {result.status === 'loading' && <Loader size="small" title={t('common.loading')} />}
        {result.status === 'error' && (
          <Alert variant="error" size="small">
            {result.error.message}
          </Alert>
        )}
        {result.status === 'success' && <OverTimeBody data={result.data} period={period} showOverall={showOverall} />}
      </VStack>
    </section>
  );
}

function OverTimeBody({ data, period, showOverall }: { data: OverTime; period: Period; showOverall: boolean }) {
  const { t, i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  const none = t('fidelity.none');
  if (data.points.length === 0) return <BodyShort data-testid="fidelity-empty">{t('fidelity.empty')}</BodyShort>;
  return (
    <VStack gap="space-16">
      <BodyShort size="small">{t('fidelity.overTimeIntro', { count: data.conversations })}</BodyShort>
      <div className="trend-grid">
        {METRICS.map((metric) => (
          <TrendChart key={metric} metric={metric} points={data.points} thresholds={data.thresholds} period={period} />
        ))}
        <TalkChart points={data.points} period={period} />
      </div>
      <Table size="small" data-testid="fidelity-trend-table">
        <caption className="fidelity-caption">{t('fidelity.trendTableCaption')}</caption>
        <Table.Header>
          <Table.Row>
            <Table.ColumnHeader scope="col">{t('fidelity.col.period')}</Table.ColumnHeader>
            <Table.ColumnHeader scope="col">{t('fidelity.col.conversations')}</Table.ColumnHeader>
            {METRICS.map((m) => (
              <Table.ColumnHeader key={m} scope="col">
                {t(`fidelity.metricShort.${m}`)}
              </Table.ColumnHeader>
            ))}
            <Table.ColumnHeader scope="col">{t('fidelity.changeTalk')}</Table.ColumnHeader>
            <Table.ColumnHeader scope="col">{t('fidelity.sustainTalk')}</Table.ColumnHeader>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {data.points.map((p) => (
            <Table.Row key={p.periodStart}>
              <Table.HeaderCell scope="row">{formatPeriod(p.periodStart, period, i18n.language)}</Table.HeaderCell>
              <Table.DataCell>{p.conversations}</Table.DataCell>
              {METRICS.map((m) => (
                <Table.DataCell key={m}>{formatMetric(m, p.metrics[m], locale, none)}</Table.DataCell>
              ))}
              <Table.DataCell>{p.metrics.counts.changeTalk}</Table.DataCell>
              <Table.DataCell>{p.metrics.counts.sustainTalk}</Table.DataCell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {showOverall && (
        <>
          <Heading level="3" size="xsmall">
            {t('fidelity.overall')}
          </Heading>
          <FidelitySummary metrics={data.overall} thresholds={data.thresholds} />
        </>
      )}
    </VStack>
  );
}
