import { describe, expect, it } from 'vitest';
import type { Metric } from 'web-vitals';
import { roundVital, startVitals, type OnMetric, type VitalsApi } from '@/lib/recorder/friction/vitals';
import type { VitalReading } from '@/lib/recorder/friction/friction-sink';

function fakeWebVitals() {
  const callbacks: Partial<Record<Metric['name'], (metric: Metric) => void>> = {};
  const on = (name: Metric['name']): OnMetric => (report) => {
    callbacks[name] = report;
  };
  const api: VitalsApi = { onCLS: on('CLS'), onFCP: on('FCP'), onINP: on('INP'), onLCP: on('LCP'), onTTFB: on('TTFB') };
  const report = (name: Metric['name'], value: number, id = `v5-${name}`, rating: Metric['rating'] = 'good') =>
    callbacks[name]!({ name, value, id, rating, delta: value, entries: [], navigationType: 'navigate', navigationId: 1 } as Metric);
  return { api, report };
}

describe('web vitals', () => {
  it('each metric is one reading, rounded: whole milliseconds, CLS to 3 decimals', () => {
    const readings: VitalReading[] = [];
    const { api, report } = fakeWebVitals();
    startVitals((r) => readings.push(r), api);
    report('TTFB', 212.6);
    report('FCP', 903.2);
    report('LCP', 2874.49, undefined, 'needs-improvement');
    report('CLS', 0.123456, undefined, 'needs-improvement');
    report('INP', 512, undefined, 'poor');
    expect(readings).toEqual([
      { name: 'TTFB', value: 213, rating: 'good' },
      { name: 'FCP', value: 903, rating: 'good' },
      { name: 'LCP', value: 2874, rating: 'needs-improvement' },
      { name: 'CLS', value: 0.123, rating: 'needs-improvement' },
      { name: 'INP', value: 512, rating: 'poor' },
    ]);
  });

  it('a metric web-vitals reports again when the page is hidden a second time is not read twice', () => {
    const readings: VitalReading[] = [];
    const { api, report } = fakeWebVitals();
    startVitals((r) => readings.push(r), api);
    report('CLS', 0.05, 'v5-1');
    report('CLS', 0.08, 'v5-1');
    report('CLS', 0.01, 'v5-2'); // a new instance: the page came back from the back/forward cache
    expect(readings.map((r) => r.value)).toEqual([0.05, 0.01]);
  });

  it('rounding never goes below zero', () => {
    expect(roundVital('CLS', 0.0004)).toBe(0);
    expect(roundVital('INP', 0.4)).toBe(0);
  });
});
