// A quantile with its 95% interval, choosing the method by sample size:
// the percentile bootstrap up to 1000 values, the order-statistic interval
// above. Both are distribution-free and agree in the large-sample limit; the
// order statistic costs O(n) where the bootstrap costs B·n (10⁸ at 100k).
import { bootstrapQuantileInterval, type IntervalOptions } from './bootstrap-interval';
import { orderStatisticInterval } from './order-statistic-interval';
import { quantileOfSorted, sortNumbers } from '../stats';

/** Largest sample that gets a bootstrap interval. */
export const BOOTSTRAP_MAX_N = 1000;

export type IntervalMethod = 'bootstrap' | 'order-statistic';

export interface Estimate {
  value: number;
  low: number;
  high: number;
  n: number;
  method: IntervalMethod;
}

export function estimateQuantile(values: ArrayLike<number>, q: number, options: IntervalOptions = {}): Estimate | null {
  if (values.length === 0) return null;
  const sorted = sortNumbers(values);
  const method: IntervalMethod = sorted.length <= BOOTSTRAP_MAX_N ? 'bootstrap' : 'order-statistic';
  const interval = method === 'bootstrap' ? bootstrapQuantileInterval(sorted, q, options) : orderStatisticInterval(sorted, q, options);
  const [low, high] = interval!;
  return { value: quantileOfSorted(sorted, q)!, low, high, n: sorted.length, method };
}

export function estimateMedian(values: ArrayLike<number>, options: IntervalOptions = {}): Estimate | null {
  return estimateQuantile(values, 0.5, options);
}
