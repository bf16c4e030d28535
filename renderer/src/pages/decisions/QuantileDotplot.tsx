import { BodyShort } from '@navikt/ds-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShownPrediction } from './shared';

interface QuantileDotplotProps {
  prediction: ShownPrediction;
}

const WIDTH = 720;
const MARGIN = { left: 16, right: 16, top: 34, bottom: 88 };

/**
 * The remaining weeks on sick leave as a quantile dotplot: 50 dots, each one the same share (2 in
 * 100) of people in the same situation, stacked by the week they are back at work. Dots at or past
 * the horizon (week 26) are filled; those back before it are open, so the picture does not depend on
 * colour. The 10/50/90 % marks sit under the axis. The text beside it says the same in words.
 */
export function QuantileDotplot({ prediction }: QuantileDotplotProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const textId = useId();
  const { dots, p10, p50, p90, capWeeks, dotsAtCap } = prediction.remainingWeeks;
  const asOf = prediction.asOfWeek;
  const horizonRemaining = prediction.horizonWeek - asOf;

  const bins = capWeeks + 1;
  const binWidth = (WIDTH - MARGIN.left - MARGIN.right) / bins;
  const r = Math.min(binWidth / 2 - 1.5, 8);
  const step = 2 * r + 2;
  const binOf = (d: number) => Math.min(capWeeks, Math.max(0, Math.floor(d)));
  const stacks = new Map<number, number>();
  const placed = dots.map((d) => {
    const bin = binOf(d);
    const level = stacks.get(bin) ?? 0;
    stacks.set(bin, level + 1);
    return { d, bin, level, still: d >= horizonRemaining };
  });
  const maxStack = Math.max(6, ...stacks.values());
  const plotHeight = maxStack * step;
  const height = MARGIN.top + plotHeight + MARGIN.bottom;
  const axisY = MARGIN.top + plotHeight;
  const xOf = (remaining: number) => MARGIN.left + Math.min(remaining, bins) * binWidth;
  const centerOf = (bin: number) => MARGIN.left + (bin + 0.5) * binWidth;

  const stillCount = placed.filter((p) => p.still).length;
  const backCount = dots.length - stillCount;
  const weeks = (x: number) => Math.round(x);
  const mark = (q: number, remaining: number) => ({
    q,
    remaining,
    atCap: remaining >= capWeeks,
    x: xOf(Math.min(remaining, capWeeks + 0.5)),
  });
  const marks = [mark(10, p10), mark(50, p50), mark(90, p90)];
  const ticks: number[] = [];
  // Every fifth week; the last bin is "this long or longer" (sickness benefit ends), labelled apart.
  for (let week = Math.ceil(asOf / 5) * 5; week <= asOf + capWeeks - 2; week += 5) ticks.push(week);
  const firstWeek = asOf;
  const lastWeek = asOf + capWeeks;

  const quantileText = (m: (typeof marks)[number]) =>
    m.atCap
      ? t('decisions.dotplot.quantileAtCap', { q: m.q, weeks: weeks(m.remaining), week: lastWeek })
      : t('decisions.dotplot.quantile', { q: m.q, weeks: weeks(m.remaining), week: asOf + weeks(m.remaining) });
  const summary = [
    t('decisions.dotplot.eachDot', { total: dots.length }),
    t('decisions.dotplot.split', {
      still: stillCount,
      back: backCount,
      total: dots.length,
      horizon: prediction.horizonWeek,
    }),
    marks.map(quantileText).join(' '),
    dotsAtCap > 0 ? t('decisions.dotplot.atCap', { count: dotsAtCap, week: lastWeek }) : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <figure className="dotplot" data-testid="quantile-dotplot">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        role="img"
        aria-labelledby={titleId}
        aria-describedby={textId}
        className="dotplot-svg"
      >
        <title id={titleId}>{t('decisions.dotplot.title', { asOf })}</title>
        {/* the horizon: week 26 */}
        <line
          x1={xOf(horizonRemaining)}
          x2={xOf(horizonRemaining)}
          y1={MARGIN.top - 14}
          y2={axisY}
          className="dotplot-horizon"
        />
        <text x={xOf(horizonRemaining) + 4} y={MARGIN.top - 18} className="dotplot-label">
          {t('decisions.dotplot.horizon', { week: prediction.horizonWeek })}
        </text>
        {placed.map((p, i) => (
          <circle
            key={i}
            cx={centerOf(p.bin)}
            cy={axisY - r - 1 - p.level * step}
            r={r}
            className={p.still ? 'dotplot-dot dotplot-dot-still' : 'dotplot-dot dotplot-dot-back'}
            data-still={p.still ? 'true' : 'false'}
          />
        ))}
        <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={axisY} y2={axisY} className="dotplot-axis" />
        {ticks.map((week) => (
          <g key={week}>
            <line x1={xOf(week - asOf)} x2={xOf(week - asOf)} y1={axisY} y2={axisY + 5} className="dotplot-axis" />
            <text x={xOf(week - asOf)} y={axisY + 18} textAnchor="middle" className="dotplot-tick">
              {week}
            </text>
          </g>
        ))}
        {!ticks.includes(firstWeek) && (
          <text x={xOf(0)} y={axisY + 18} textAnchor="start" className="dotplot-tick">
            {firstWeek}
          </text>
        )}
        <text x={centerOf(capWeeks)} y={axisY + 18} textAnchor="middle" className="dotplot-tick">
          {t('decisions.dotplot.capTick', { week: lastWeek })}
        </text>
        {marks.map((m, i) => (
          <g key={m.q} className="dotplot-mark">
            <line x1={m.x} x2={m.x} y1={axisY + 22} y2={axisY + 30 + i * 11} className="dotplot-mark-line" />
            <text
              x={m.x}
              y={axisY + 40 + i * 11}
              textAnchor={m.x > WIDTH - 80 ? 'end' : 'middle'}
              className="dotplot-mark-text"
            >
              {m.q} %
            </text>
          </g>
        ))}
        <text x={MARGIN.left} y={height - 6} textAnchor="start" className="dotplot-label">
          {t('decisions.dotplot.axis', { first: firstWeek, last: lastWeek })}
        </text>
      </svg>
      <figcaption>
        <div className="dotplot-legend" aria-hidden="true">
          <span>
            <svg width="16" height="16" viewBox="0 0 16 16">
              <circle cx="8" cy="8" r="6.5" className="dotplot-dot dotplot-dot-back" />
            </svg>
            {t('decisions.dotplot.legendBack', { horizon: prediction.horizonWeek })}
          </span>
          <span>
            <svg width="16" height="16" viewBox="0 0 16 16">
              <circle cx="8" cy="8" r="6.5" className="dotplot-dot dotplot-dot-still" />
            </svg>
            {t('decisions.dotplot.legendStill', { horizon: prediction.horizonWeek })}
          </span>
        </div>
        <BodyShort size="small" id={textId} data-testid="dotplot-text">
          {summary}
        </BodyShort>
      </figcaption>
    </figure>
  );
}
