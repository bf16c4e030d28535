import { useTranslation } from 'react-i18next';
import { formatPeriod, localeOf } from '../../../i18n/format';
import type { FidelityPoint, FidelityThresholds } from '../types';
import { formatMetric, isRatio, scaleMax, thresholdsOf, type MetricKey } from './metrics';

const W = 360;
const H = 190;
const PAD = { left: 44, right: 12, top: 14, bottom: 34 };

/**
 * One summary score over time: a line through the periods with the MITI thresholds as dashed
 * lines (fair and good). The table under the charts holds the same figures.
 */
export function TrendChart({
  metric,
  points,
  thresholds,
  period,
}: {
  metric: MetricKey;
  points: FidelityPoint[];
  thresholds: FidelityThresholds;
  period: 'day' | 'week' | 'month';
}) {
  const { t, i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  const none = t('fidelity.none');
  const values = points.map((p) => p.metrics[metric]);
  const max = scaleMax(metric, values);
  const { fair, good } = thresholdsOf(thresholds, metric);
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (points.length <= 1 ? innerW / 2 : (i / (points.length - 1)) * innerW);
  const y = (v: number) => PAD.top + innerH - (Math.min(v, max) / max) * innerH;
  const ticks = isRatio(metric) ? Array.from({ length: Math.floor(max) + 1 }, (_, i) => i) : [0, 0.5, 1];
  const segments: string[][] = [[]];
  values.forEach((v, i) => {
    if (v === null) segments.push([]);
    else segments[segments.length - 1]!.push(`${x(i)},${y(v)}`);
  });
  const everyNth = Math.max(1, Math.ceil(points.length / 6));
  const latest = [...values].reverse().find((v) => v !== null) ?? null;
  const label = t('fidelity.trendLabel', {
    metric: t(`fidelity.metric.${metric}`),
    count: points.length,
    latest: formatMetric(metric, latest, locale, none),
    fair: formatMetric(metric, fair, locale, none),
    good: formatMetric(metric, good, locale, none),
  });
  return (
    <figure className="trend-figure">
      <figcaption>
        <strong>{t(`fidelity.metric.${metric}`)}</strong>
      </figcaption>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        className="trend-chart"
        role="img"
        aria-label={label}
        data-testid={`trend-${metric}`}
      >
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(tick)} y2={y(tick)} className="mi-chart-grid" />
            <text x={PAD.left - 6} y={y(tick) + 4} textAnchor="end" className="mi-axis-label">
              {formatMetric(metric, tick, locale, none)}
            </text>
          </g>
        ))}
        {(['fair', 'good'] as const).map((kind) => {
          const v = kind === 'fair' ? fair : good;
          return (
            <g key={kind} className={`mi-threshold mi-threshold--${kind}`} data-testid={`threshold-${metric}-${kind}`}>
              <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} strokeDasharray="6 4" />
              <text x={W - PAD.right - 2} y={y(v) - 4} textAnchor="end" className="mi-threshold-label">
                {kind === 'fair' ? t('fidelity.fair') : t('fidelity.good')} ({formatMetric(metric, v, locale, none)})
              </text>
            </g>
          );
        })}
        {segments
          .filter((s) => s.length > 1)
          .map((s, i) => (
            <polyline key={i} points={s.join(' ')} className="trend-line" />
          ))}
        {values.map((v, i) =>
          v === null ? null : (
            <circle key={i} cx={x(i)} cy={y(v)} r="4" className="trend-point">
              <title>{`${formatPeriod(points[i]!.periodStart, period, i18n.language)}: ${formatMetric(metric, v, locale, none)}`}</title>
            </circle>
          ),
        )}
        {points.map((p, i) =>
          i % everyNth === 0 || i === points.length - 1 ? (
            <text key={p.periodStart} x={x(i)} y={H - 12} textAnchor="middle" className="mi-axis-label">
              {formatPeriod(p.periodStart, period, i18n.language)}
            </text>
          ) : null,
        )}
      </svg>
    </figure>
  );
}

/** Change talk versus sustain talk per period, as paired bars. */
export function TalkChart({ points, period }: { points: FidelityPoint[]; period: 'day' | 'week' | 'month' }) {
  const { t, i18n } = useTranslation();
  const max = Math.max(1, ...points.flatMap((p) => [p.metrics.counts.changeTalk, p.metrics.counts.sustainTalk]));
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const slot = innerW / Math.max(1, points.length);
  const barW = Math.min(18, slot / 2.5);
  const y = (v: number) => PAD.top + innerH - (v / max) * innerH;
  const total = points.reduce(
    (acc, p) => ({
      change: acc.change + p.metrics.counts.changeTalk,
      sustain: acc.sustain + p.metrics.counts.sustainTalk,
    }),
    { change: 0, sustain: 0 },
  );
  const everyNth = Math.max(1, Math.ceil(points.length / 6));
  return (
    <figure className="trend-figure">
      <figcaption>
        <strong>{t('fidelity.talkTitle')}</strong>{' '}
        <span className="mi-legend">
          <span className="mi-legend-swatch mi-legend-swatch--change" aria-hidden /> {t('fidelity.changeTalk')}{' '}
          <span className="mi-legend-swatch mi-legend-swatch--sustain" aria-hidden /> {t('fidelity.sustainTalk')}
        </span>
      </figcaption>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        className="trend-chart"
        role="img"
        aria-label={t('fidelity.talkLabel', { change: total.change, sustain: total.sustain, count: points.length })}
        data-testid="trend-talk"
      >
        {[0, max].map((tick) => (
          <g key={tick}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(tick)} y2={y(tick)} className="mi-chart-grid" />
            <text x={PAD.left - 6} y={y(tick) + 4} textAnchor="end" className="mi-axis-label">
              {tick}
            </text>
          </g>
        ))}
        {points.map((p, i) => {
          const cx = PAD.left + slot * i + slot / 2;
          const change = p.metrics.counts.changeTalk;
          const sustain = p.metrics.counts.sustainTalk;
          return (
            <g key={p.periodStart}>
              <rect x={cx - barW - 1} y={y(change)} width={barW} height={y(0) - y(change)} className="mi-bar-change">
                <title>{`${formatPeriod(p.periodStart, period, i18n.language)}: ${t('fidelity.changeTalk')} ${change}`}</title>
              </rect>
              <rect x={cx + 1} y={y(sustain)} width={barW} height={y(0) - y(sustain)} className="mi-bar-sustain">
                <title>{`${formatPeriod(p.periodStart, period, i18n.language)}: ${t('fidelity.sustainTalk')} ${sustain}`}</title>
              </rect>
              {(i % everyNth === 0 || i === points.length - 1) && (
                <text x={cx} y={H - 12} textAnchor="middle" className="mi-axis-label">
                  {formatPeriod(p.periodStart, period, i18n.language)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
