import type { FidelityMetrics, FidelityThresholds } from '../types';

/** The summary scores the fidelity view shows, with the thresholds drawn for each. */
export const METRICS = [
  'reflectionToQuestion',
  'percentComplexReflections',
  'percentOpenQuestions',
  'percentMiAdherent',
] as const;
export type MetricKey = (typeof METRICS)[number];

/** R:Q and % complex are MITI 4.2.1 summary scores; % open and % MI-adherent keep MITI 3.1.1's thresholds. */
export const MITI_SOURCE: Readonly<Record<MetricKey, 'miti421' | 'miti311'>> = {
  reflectionToQuestion: 'miti421',
  percentComplexReflections: 'miti421',
  percentOpenQuestions: 'miti311',
  percentMiAdherent: 'miti311',
};

export function isRatio(metric: MetricKey): boolean {
  return metric === 'reflectionToQuestion';
}

export function valueOf(metrics: FidelityMetrics, metric: MetricKey): number | null {
  return metrics[metric];
}

export function thresholdsOf(thresholds: FidelityThresholds, metric: MetricKey): { fair: number; good: number } {
  return { fair: thresholds.fair[metric], good: thresholds.good[metric] };
}

/** The scale's top: percentages end at 100 %, R:Q at 3 or a little above the highest value. */
export function scaleMax(metric: MetricKey, values: readonly (number | null)[]): number {
  if (!isRatio(metric)) return 1;
  const top = Math.max(3, ...values.filter((v): v is number => v !== null));
  return Math.ceil(top * 1.1 * 2) / 2;
}

/** A value as people read it: "2,5" for R:Q, "45 %" for shares (in the UI's language). */
export function formatMetric(metric: MetricKey, value: number | null, locale: string, none: string): string {
  if (value === null) return none;
  if (isRatio(metric))
    return new Intl.NumberFormat(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(value);
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value);
}
