import { describe, expect, it } from 'vitest';
import { resampledQuantile } from '@/lib/benchmark/bootstrap-interval';
import { quantileRanks } from '@/lib/stats';
import {
  bootstrapQuantileInterval,
  estimateMedian,
  meanInterval,
  orderStatisticInterval,
  orderStatisticRanks,
  seededRandom,
  sortNumbers,
  wilsonInterval,
} from '@/lib/benchmark';

/** Exponential draws with rate 1: the true median is ln 2. */
function exponentialSample(n: number, random: () => number): number[] {
  return Array.from({ length: n }, () => -Math.log(1 - random()));
}

describe('the bootstrap interval of a median', () => {
  it('is deterministic: the same data and seed give the same interval', () => {
    const sorted = sortNumbers(exponentialSample(60, seededRandom(1)));
    const a = bootstrapQuantileInterval(sorted, 0.5);
    const b = bootstrapQuantileInterval(sorted, 0.5);
    expect(a).toEqual(b);
    expect(bootstrapQuantileInterval(sorted, 0.5, { seed: 99 })).not.toEqual(a);
  });

  it('brackets the sample median and stays within the data', () => {
    const sample = exponentialSample(80, seededRandom(2));
    const sorted = sortNumbers(sample);
    const [low, high] = bootstrapQuantileInterval(sorted, 0.5)!;
    const mid = (sorted[39] + sorted[40]) / 2;
    expect(low).toBeLessThanOrEqual(mid);
    expect(high).toBeGreaterThanOrEqual(mid);
    expect(low).toBeGreaterThanOrEqual(sorted[0]);
    expect(high).toBeLessThanOrEqual(sorted[79]);
    expect(high).toBeGreaterThan(low);
  });

  it('covers the true median about 95% of the time (200 samples of 50 exponential draws)', () => {
    const random = seededRandom(3);
    let covered = 0;
    const trials = 200;
    for (let t = 0; t < trials; t++) {
      const [low, high] = bootstrapQuantileInterval(sortNumbers(exponentialSample(50, random)), 0.5, { seed: t })!;
      if (low <= Math.LN2 && Math.LN2 <= high) covered += 1;
    }
    // Binomial(200, 0.95) lies in [180, 199] with overwhelming probability; percentile intervals run a little narrow.
    expect(covered / trials).toBeGreaterThan(0.88);
    expect(covered / trials).toBeLessThan(1);
  });

  it('drawing a resample’s quantile directly matches resampling n values one by one', () => {
    // The textbook bootstrap, slowly: draw n values with replacement, sort, read the quantile.
    const naive = (sorted: Float64Array, q: number, random: () => number) => {
      const resample = sortNumbers(Array.from({ length: sorted.length }, () => sorted[Math.floor(random() * sorted.length)]));
      const ranks = quantileRanks(q, resample.length);
      return ranks.reduce((sum, r) => sum + resample[r], 0) / ranks.length;
    };
    const percentiles = (draws: number[]) => {
      const s = sortNumbers(draws);
      return [0.025, 0.25, 0.5, 0.75, 0.975].map((p) => s[Math.floor(p * s.length)]);
    };
    for (const [n, q] of [[40, 0.5], [41, 0.5], [60, 0.75]] as const) {
      const sorted = sortNumbers(Array.from({ length: n }, (_, i) => i)); // value = rank, so differences read in ranks
      const fast = seededRandom(10);
      const slow = seededRandom(20);
      const fastDraws = Array.from({ length: 4000 }, () => resampledQuantile(sorted, quantileRanks(q, n), fast));
      const slowDraws = Array.from({ length: 4000 }, () => naive(sorted, q, slow));
      const [a, b] = [percentiles(fastDraws), percentiles(slowDraws)];
      a.forEach((value, i) => expect(Math.abs(value - b[i]), `n=${n} q=${q} percentile ${i}`).toBeLessThanOrEqual(1));
    }
  });

  it('a single value is its own interval; no data, no interval', () => {
    expect(bootstrapQuantileInterval([4], 0.5)).toEqual([4, 4]);
    expect(bootstrapQuantileInterval([], 0.5)).toBeNull();
  });
});

describe('the order-statistic interval', () => {
  it('uses the textbook ranks: the 40th and 61st of 100 for the median', () => {
    expect(orderStatisticRanks(100, 0.5)).toEqual([40, 61]);
    // Normal approximation n/2 ± 1.96·√n/2 at n = 10 000: ranks ≈ 4902 and 5099.
    const [low, high] = orderStatisticRanks(10_000, 0.5);
    expect(Math.abs(low - 4902)).toBeLessThanOrEqual(1);
    expect(Math.abs(high - 5099)).toBeLessThanOrEqual(1);
  });

  it('handles 100k values without underflow, its share of the sample narrowing as 1/√n', () => {
    const [low, high] = orderStatisticRanks(100_000, 0.5);
    expect(Math.abs(low - 49_690)).toBeLessThanOrEqual(1); // 50 000 − 1.96·√100 000 / 2
    expect(Math.abs(high - 50_311)).toBeLessThanOrEqual(1);
    const [low10k, high10k] = orderStatisticRanks(10_000, 0.5);
    expect((high - low) / 100_000).toBeLessThan((high10k - low10k) / 10_000);
  });

  it('works for p75 too: the ranks sit around 0.75·n', () => {
    const [low, high] = orderStatisticRanks(2000, 0.75);
    expect(low).toBeLessThan(1500);
    expect(high).toBeGreaterThan(1500);
    expect(high - low).toBeLessThan(100);
  });

  it('reads the interval off the sorted values at those ranks', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1); // value = rank
    expect(orderStatisticInterval(sorted, 0.5)).toEqual([40, 61]);
  });

  it('agrees with the bootstrap on a large sample (same large-sample limit)', () => {
    const sorted = sortNumbers(exponentialSample(1000, seededRandom(5)));
    const [bLow, bHigh] = bootstrapQuantileInterval(sorted, 0.5)!;
    const [oLow, oHigh] = orderStatisticInterval(sorted, 0.5)!;
    expect(Math.abs(bLow - oLow)).toBeLessThan(0.05);
    expect(Math.abs(bHigh - oHigh)).toBeLessThan(0.05);
  });
});

describe('choosing the method', () => {
  it('bootstraps up to 1000 values and switches to order statistics above', () => {
    const random = seededRandom(6);
    expect(estimateMedian(exponentialSample(1000, random))!.method).toBe('bootstrap');
    const large = estimateMedian(exponentialSample(1001, random))!;
    expect(large.method).toBe('order-statistic');
    expect(large.low).toBeLessThanOrEqual(large.value);
    expect(large.high).toBeGreaterThanOrEqual(large.value);
    expect(large.n).toBe(1001);
    expect(estimateMedian([])).toBeNull();
  });
});

describe('shares and means', () => {
  it('Wilson interval stays inside [0, 1] at the extremes', () => {
    const none = wilsonInterval(0, 20)!;
    expect(none.share).toBe(0);
    expect(none.low).toBe(0);
    expect(none.high).toBeGreaterThan(0.1);
    const half = wilsonInterval(50, 100)!;
    expect(half.low).toBeCloseTo(0.4038, 3);
    expect(half.high).toBeCloseTo(0.5962, 3);
    expect(wilsonInterval(0, 0)).toBeNull();
  });

  it('mean interval is mean ± 1.96·s/√n', () => {
    const m = meanInterval([2, 4, 6, 8])!;
    expect(m.mean).toBe(5);
    const half = (1.959964 * Math.sqrt(20 / 3)) / 2;
    expect(m.low).toBeCloseTo(5 - half, 4);
    expect(m.high).toBeCloseTo(5 + half, 4);
  });
});
