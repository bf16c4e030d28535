import { BodyShort, Heading, ReadMore, Table, VStack } from '@navikt/ds-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { addDaysLocal, daysBetween, formatDate } from '../../i18n/format';
import type { MotivationReading, TimelineEvent } from './types';

const WIDTH = 640;
const HEIGHT = 280;
const M = { left: 36, right: 16, top: 16, bottom: 64 };
const PLOT_W = WIDTH - M.left - M.right;
const PLOT_H = HEIGHT - M.top - M.bottom;
/** The band under the x axis where the activity-plan events are marked. */
const EVENT_Y = HEIGHT - 22;
const MIN_SPAN_DAYS = 14;
/** Dates on the time axis: first, last and up to three between, all written the same way («5. sep. 2026»). */
const AXIS_TICKS = 5;

function axisDays(first: string, span: number): string[] {
  const steps = Math.min(AXIS_TICKS - 1, span);
  const days = Array.from({ length: steps + 1 }, (_, i) => addDaysLocal(first, Math.round((span * i) / steps)));
  return [...new Set(days)];
}

/** What an event on the timeline says, in the UI's language. */
export function useEventLabel(): (event: TimelineEvent) => string {
  const { t } = useTranslation();
  return (event) =>
    event.kind === 'stage'
      ? t('followup.events.stage', { stage: t(`followup.stage.${event.stage}`) })
      : t(`followup.events.${event.kind}`, { title: event.title });
}

/**
 * The motivation rulers over time (viktighet and mestringstro, 0–10) beside the activity-plan and
 * stage events. The SVG is one image with a title and a summary; the same numbers are in a table
 * and the events in a list, so nothing is only in the picture. The two series differ in colour,
 * line style and marker shape.
 */
export function MotivationChart({
  series,
  events,
  headingLevel = '3',
}: {
  series: readonly MotivationReading[];
  events: readonly TimelineEvent[];
  headingLevel?: '2' | '3';
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const eventLabel = useEventLabel();
  const lang = i18n.language;

  const dates = [...series.map((r) => r.measuredOn), ...events.map((e) => e.on)].sort();
  const first = dates[0];
  const last = dates.at(-1);
  const span = first && last ? Math.max(daysBetween(first, last), MIN_SPAN_DAYS) : MIN_SPAN_DAYS;
  const x = (ymd: string) => M.left + (first ? (daysBetween(first, ymd) / span) * PLOT_W : PLOT_W / 2);
  const y = (value: number) => M.top + PLOT_H - (value / 10) * PLOT_H;
  const latest = series.at(-1);
  const summary = latest
    ? t('followup.chart.summary', {
        count: series.length,
        from: formatDate(series[0]!.measuredOn, lang),
        to: formatDate(latest.measuredOn, lang),
        importance: latest.importance,
        confidence: latest.confidence,
      })
    : t('followup.chart.noReadings');

  const line = (key: 'importance' | 'confidence') =>
    series.map((r) => `${x(r.measuredOn).toFixed(1)},${y(r[key]).toFixed(1)}`).join(' ');

  return (
    <figure className="motivation-figure" aria-labelledby={`${id}-caption`}>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        className="motivation-chart"
        data-testid="motivation-chart"
        data-readings={series.length}
        data-events={events.length}
      >
        <title id={`${id}-title`}>{t('followup.chart.title')}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        {[0, 2, 4, 6, 8, 10].map((v) => (
          <g key={v}>
            <line x1={M.left} x2={WIDTH - M.right} y1={y(v)} y2={y(v)} className="chart-grid" />
            <text x={M.left - 8} y={y(v) + 4} textAnchor="end" className="chart-label">
              {v}
            </text>
          </g>
        ))}
        <line x1={M.left} x2={WIDTH - M.right} y1={EVENT_Y} y2={EVENT_Y} className="chart-grid" />
        {first &&
          axisDays(first, span).map((day, i, all) => (
            <g key={day} data-axis-date={day}>
              <line x1={x(day)} x2={x(day)} y1={M.top + PLOT_H} y2={M.top + PLOT_H + 5} className="chart-grid" />
              <text
                x={x(day)}
                y={HEIGHT - 40}
                textAnchor={i === 0 ? 'start' : i === all.length - 1 ? 'end' : 'middle'}
                className="chart-label"
              >
                {formatDate(day, lang)}
              </text>
            </g>
          ))}
        <g data-series="events">
          {events.map((e, i) => (
            <path
              key={`${e.kind}-${e.at}-${i}`}
              d={`M ${x(e.on).toFixed(1)} ${EVENT_Y - 7} l 6 7 l -6 7 l -6 -7 z`}
              className={`chart-event chart-event--${e.kind}`}
            >
              <title>{`${formatDate(e.on, lang)}: ${eventLabel(e)}`}</title>
            </path>
          ))}
        </g>
        {series.length > 1 && <polyline points={line('importance')} className="chart-line chart-line--importance" />}
        {series.length > 1 && <polyline points={line('confidence')} className="chart-line chart-line--confidence" />}
        <g data-series="importance">
          {series.map((r) => (
            <circle
              key={r.id}
              cx={x(r.measuredOn)}
              cy={y(r.importance)}
              r={5}
              className="chart-point chart-point--importance"
            >
              <title>{`${formatDate(r.measuredOn, lang)}: ${t('followup.rulers.importance')} ${r.importance}`}</title>
            </circle>
          ))}
        </g>
        <g data-series="confidence">
          {series.map((r) => (
            <rect
              key={r.id}
              x={x(r.measuredOn) - 4.5}
              y={y(r.confidence) - 4.5}
              width={9}
              height={9}
              className="chart-point chart-point--confidence"
            >
              <title>{`${formatDate(r.measuredOn, lang)}: ${t('followup.rulers.confidence')} ${r.confidence}`}</title>
            </rect>
          ))}
        </g>
      </svg>
      <ul className="chart-legend" aria-label={t('followup.chart.legend')}>
        <li>
          <svg width="28" height="12" aria-hidden="true">
            <line x1="0" x2="28" y1="6" y2="6" className="chart-line chart-line--importance" />
            <circle cx="14" cy="6" r="4" className="chart-point chart-point--importance" />
          </svg>
          {t('followup.rulers.importance')}
        </li>
        <li>
          <svg width="28" height="12" aria-hidden="true">
            <line x1="0" x2="28" y1="6" y2="6" className="chart-line chart-line--confidence" />
            <rect x="10" y="2" width="8" height="8" className="chart-point chart-point--confidence" />
          </svg>
          {t('followup.rulers.confidence')}
        </li>
        <li>
          <svg width="16" height="16" aria-hidden="true">
            <path d="M 8 1 l 6 7 l -6 7 l -6 -7 z" className="chart-event" />
          </svg>
          {t('followup.chart.eventLegend')}
        </li>
      </ul>
      <figcaption id={`${id}-caption`} className="chart-caption">
        <BodyShort size="small">{summary}</BodyShort>
      </figcaption>
      <VStack gap="space-12">
        <ReadMore header={t('followup.chart.showTable')} data-testid="motivation-table-toggle">
          {series.length === 0 ? (
            <BodyShort>{t('followup.chart.noReadings')}</BodyShort>
          ) : (
            <Table size="small" data-testid="motivation-table">
              <caption className="sr-only">{t('followup.chart.tableCaption')}</caption>
              <Table.Header>
                <Table.Row>
                  <Table.ColumnHeader scope="col">{t('followup.chart.date')}</Table.ColumnHeader>
                  <Table.ColumnHeader scope="col">{t('followup.rulers.importance')}</Table.ColumnHeader>
                  <Table.ColumnHeader scope="col">{t('followup.rulers.confidence')}</Table.ColumnHeader>
                  <Table.ColumnHeader scope="col">{t('followup.chart.enteredBy')}</Table.ColumnHeader>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {series.map((r) => (
                  <Table.Row key={r.id}>
                    <Table.HeaderCell scope="row">{formatDate(r.measuredOn, lang)}</Table.HeaderCell>
                    <Table.DataCell>{r.importance}</Table.DataCell>
                    <Table.DataCell>{r.confidence}</Table.DataCell>
                    <Table.DataCell>{t(`followup.rulers.source.${r.enteredBy}`)}</Table.DataCell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          )}
        </ReadMore>
        <ReadMore header={t('followup.chart.showEvents', { count: events.length })}>
          <Heading level={headingLevel === '2' ? '3' : '4'} size="xsmall" className="sr-only">
            {t('followup.chart.events')}
          </Heading>
          {events.length === 0 ? (
            <BodyShort>{t('followup.chart.noEvents')}</BodyShort>
          ) : (
            <ol className="event-list" data-testid="motivation-events">
              {events.map((e, i) => (
                <li key={`${e.kind}-${e.at}-${i}`}>
                  <span className="event-date">{formatDate(e.on, lang)}</span> {eventLabel(e)}
                </li>
              ))}
            </ol>
          )}
        </ReadMore>
      </VStack>
    </figure>
  );
}
