import { Alert, BodyShort, Heading, Loader, Table, Tag, VStack } from '@navikt/ds-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../../api/ApiContext';
import { localeOf } from '../../../i18n/format';
import type { FidelityMetrics, FidelityThresholds } from '../types';
import { MetricGauge } from './MetricGauge';
import { formatMetric, METRICS, MITI_SOURCE, scaleMax, thresholdsOf } from './metrics';

/** MI fidelity of one conversation, from the stored move and talk labels (no text is read). */
export function ConversationFidelity({
  participantId,
  conversationId,
  version,
}: {
  participantId: string;
  conversationId: string;
  version: number;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const result = useQuery('fidelity.conversation', { participantId, conversationId }, `${conversationId}:${version}`, {
    keepData: true,
  });
  return (
    <section aria-labelledby={headingId} className="fidelity-section" data-testid="conversation-fidelity">
      <VStack gap="space-12">
        <Heading level="2" size="small" id={headingId}>
          {t('fidelity.conversationTitle')}
        </Heading>
        <BodyShort size="small">{t('fidelity.intro')}</BodyShort>
        {result.status === 'loading' && <Loader size="small" title={t('common.loading')} />}
        {result.status === 'error' && (
          <Alert variant="error" size="small">
            {result.error.message}
          </Alert>
        )}
        {result.status === 'success' && (
          <FidelitySummary metrics={result.data.metrics} thresholds={result.data.thresholds} />
        )}
      </VStack>
    </section>
  );
}

const RATING_VARIANT = { good: 'success', fair: 'warning', below: 'error', 'n/a': 'neutral' } as const;

/** The four summary scores with their thresholds (gauges and a table), then change versus sustain talk. */
export function FidelitySummary({ metrics, thresholds }: { metrics: FidelityMetrics; thresholds: FidelityThresholds }) {
  const { t, i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  const none = t('fidelity.none');
  const c = metrics.counts;
  return (
    <VStack gap="space-16">
      <div className="fidelity-gauges">
        {METRICS.map((metric) => {
          const { fair, good } = thresholdsOf(thresholds, metric);
          const value = metrics[metric];
          return (
            <figure key={metric} className="fidelity-gauge-figure">
              <figcaption>
                <BodyShort size="small" weight="semibold">
                  {t(`fidelity.metric.${metric}`)}: {formatMetric(metric, value, locale, none)}{' '}
                  <Tag size="xsmall" variant={RATING_VARIANT[metrics.rating[metric]]}>
                    {t(`fidelity.rating.${metrics.rating[metric]}`)}
                  </Tag>
                </BodyShort>
              </figcaption>
              <MetricGauge metric={metric} value={value} fair={fair} good={good} max={scaleMax(metric, [value])} />
            </figure>
          );
        })}
      </div>
      <Table size="small" data-testid="fidelity-table">
        <caption className="fidelity-caption">{t('fidelity.tableCaption')}</caption>
        <Table.Header>
          <Table.Row>
            <Table.ColumnHeader scope="col">{t('fidelity.col.metric')}</Table.ColumnHeader>
            <Table.ColumnHeader scope="col">{t('fidelity.col.value')}</Table.ColumnHeader>
            <Table.ColumnHeader scope="col">{t('fidelity.col.fair')}</Table.ColumnHeader>
            <Table.ColumnHeader scope="col">{t('fidelity.col.good')}</Table.ColumnHeader>
            <Table.ColumnHeader scope="col">{t('fidelity.col.rating')}</Table.ColumnHeader>
            <Table.ColumnHeader scope="col">{t('fidelity.col.source')}</Table.ColumnHeader>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {METRICS.map((metric) => {
            const { fair, good } = thresholdsOf(thresholds, metric);
            return (
              <Table.Row key={metric}>
                <Table.HeaderCell scope="row">{t(`fidelity.metric.${metric}`)}</Table.HeaderCell>
                <Table.DataCell data-testid={`value-${metric}`}>
                  {formatMetric(metric, metrics[metric], locale, none)}
                </Table.DataCell>
                <Table.DataCell>{`≥ ${formatMetric(metric, fair, locale, none)}`}</Table.DataCell>
                <Table.DataCell>{`≥ ${formatMetric(metric, good, locale, none)}`}</Table.DataCell>
                <Table.DataCell>{t(`fidelity.rating.${metrics.rating[metric]}`)}</Table.DataCell>
                <Table.DataCell>{t(`fidelity.source.${MITI_SOURCE[metric]}`)}</Table.DataCell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
      <dl className="info-list fidelity-counts" data-testid="fidelity-counts">
        <dt>{t('fidelity.counts.moves')}</dt>
        <dd>{c.assistantMoves}</dd>
        <dt>{t('fidelity.counts.reflections')}</dt>
        <dd>{t('fidelity.counts.reflectionsValue', { simple: c.simpleReflections, complex: c.complexReflections })}</dd>
        <dt>{t('fidelity.counts.questions')}</dt>
        <dd>{t('fidelity.counts.questionsValue', { open: c.openQuestions, closed: c.closedQuestions })}</dd>
        <dt>{t('fidelity.counts.talk')}</dt>
        <dd data-testid="talk-counts">
          {t('fidelity.counts.talkValue', { change: c.changeTalk, sustain: c.sustainTalk })}
          {metrics.percentChangeTalk !== null &&
            ` (${t('fidelity.counts.changeShare', { share: formatMetric('percentComplexReflections', metrics.percentChangeTalk, locale, none) })})`}
        </dd>
      </dl>
    </VStack>
  );
}
