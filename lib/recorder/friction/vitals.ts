// Web vitals (LCP, INP, CLS, TTFB, FCP) from Google's `web-vitals` standard
// build — never re-implemented (DESIGN §1). One reading per metric per page
// load: web-vitals may report CLS and INP again each time the page is hidden,
// and only the first report of each metric instance (`id`) is kept.
import { onCLS, onFCP, onINP, onLCP, onTTFB, type Metric } from 'web-vitals';
import type { VitalReading } from './friction-sink';

export type OnMetric = (report: (metric: Metric) => void) => void;
export type VitalsApi = Record<'onCLS' | 'onFCP' | 'onINP' | 'onLCP' | 'onTTFB', OnMetric>;

const WEB_VITALS: VitalsApi = { onCLS, onFCP, onINP, onLCP, onTTFB };

/** Times in whole milliseconds; CLS, a unitless score, to 3 decimals. */
export function roundVital(name: Metric['name'], value: number): number {
  const rounded = name === 'CLS' ? Math.round(value * 1000) / 1000 : Math.round(value);
  return Math.max(0, rounded);
}

export function startVitals(report: (reading: VitalReading) => void, api: VitalsApi = WEB_VITALS): void {
  const reported = new Set<string>();
  const take = (metric: Metric) => {
    if (reported.has(metric.id)) return;
    reported.add(metric.id);
    report({ name: metric.name, value: roundVital(metric.name, metric.value), rating: metric.rating });
  };
  api.onLCP(take);
  api.onINP(take);
  api.onCLS(take);
  api.onTTFB(take);
  api.onFCP(take);
}
