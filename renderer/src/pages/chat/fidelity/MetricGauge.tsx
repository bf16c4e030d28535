import { useTranslation } from 'react-i18next';
import { localeOf } from '../../../i18n/format';
import { formatMetric, isRatio, type MetricKey } from './metrics';

const WIDTH = 360;
const HEIGHT = 56;
const LEFT = 8;
const RIGHT = 8;
const BAR_Y = 22;
const BAR_H = 14;

interface MetricGaugeProps {
  metric: MetricKey;
  value: number | null;
  fair: number;
  good: number;
  max: number;
}

/**
 * One summary score as a horizontal bar with the MITI thresholds drawn as lines on it (fair and
 * good). Decorative for screen readers beyond its label: the table beside it has the figures.
 */
export function MetricGauge({ metric, value, fair, good, max }: MetricGaugeProps) {
  const { t, i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  const none = t('fidelity.none');
  const x = (v: number) => LEFT + (Math.min(v, max) / max) * (WIDTH - LEFT - RIGHT);
  const label = t('fidelity.gaugeLabel', {
    metric: t(`fidelity.metric.${metric}`),
    value: formatMetric(metric, value, locale, none),
    fair: formatMetric(metric, fair, locale, none),
    good: formatMetric(metric, good, locale, none),
  });
  const ticks = isRatio(metric) ? Array.from({ length: Math.floor(max) + 1 }, (_, i) => i) : [0, 0.25, 0.5, 0.75, 1];
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      className="fidelity-gauge"
      role="img"
      aria-label={label}
      data-testid={`gauge-${metric}`}
    >
      <rect x={LEFT} y={BAR_Y} width={WIDTH - LEFT - RIGHT} height={BAR_H} className="mi-gauge-track" rx="3" />
      {value !== null && (
        <rect
          x={LEFT}
          y={BAR_Y}
          width={Math.max(2, x(value) - LEFT)}
          height={BAR_H}
          className="mi-gauge-value"
          rx="3"
        />
      )}
      <ThresholdLine x={x(fair)} label={t('fidelity.fair')} kind="fair" anchor="end" />
      <ThresholdLine
        x={x(good)}
        label={t('fidelity.good')}
        kind="good"
        anchor={x(good) > WIDTH - 40 ? 'end' : 'start'}
      />
      {ticks.map((tick) => (
        <text
          key={tick}
          x={x(tick)}
          y={HEIGHT - 2}
          className="mi-axis-label"
          textAnchor={tick === 0 ? 'start' : tick === max ? 'end' : 'middle'}
        >
          {formatMetric(metric, tick, locale, none)}
        </text>
      ))}
    </svg>
  );
}

function ThresholdLine({
  x,
  label,
  kind,
  anchor,
}: {
  x: number;
  label: string;
  kind: 'fair' | 'good';
  anchor: 'start' | 'end';
}) {
  return (
    <g className={`mi-threshold mi-threshold--${kind}`}>
      <line x1={x} x2={x} y1={BAR_Y - 6} y2={BAR_Y + BAR_H + 4} />
      <text x={x} y={BAR_Y - 9} dx={anchor === 'end' ? -3 : 3} textAnchor={anchor} className="mi-threshold-label">
        {label}
      </text>
    </g>
  );
}
