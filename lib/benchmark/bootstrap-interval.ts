// The 95% percentile-bootstrap interval of a quantile (Efron): resample the
// data with replacement B = 1000 times, take the quantile of each resample,
// keep the 2.5th and 97.5th percentiles of those. Seeded, so deterministic.
//
// A resample's quantile only depends on which sorted positions its order
// statistics land on, and the k-th smallest of n uniform draws is
// Beta(k, n − k + 1) (the next one follows from it). So each resample's
// quantile is drawn directly — the same distribution as drawing n values and
// sorting them, at O(1) per resample instead of O(n).
import { quantileRanks } from '../stats';
import { DEFAULT_SEED, seededRandom } from './seeded-random';
import { betaDraw } from './random-variates';

export const BOOTSTRAP_RESAMPLES = 1000;

export interface IntervalOptions {
  /** Confidence level, 0.95 unless told. */
  level?: number;
  resamples?: number;
  seed?: number;
}

/** One resample's quantile: its order statistics at `ranks` (0-based, consecutive), read off the sorted data. */
export function resampledQuantile(sorted: ArrayLike<number>, ranks: number[], random: () => number): number {
  const n = sorted.length;
  const at = (u: number) => sorted[Math.min(n - 1, Math.floor(u * n))];
  const k = ranks[0] + 1; // 1-based rank of the lower order statistic
  const lower = betaDraw(k, n - k + 1, random);
  if (ranks.length === 1 || ranks[1] === ranks[0]) return at(lower);
  // Given the k-th smallest uniform, the (k+1)-th is the smallest of the n − k draws above it.
  const upper = lower + (1 - lower) * (1 - random() ** (1 / (n - k)));
  return (at(lower) + at(upper)) / 2;
}

/** `sorted` must be in ascending order (see sortNumbers). Returns null for an empty sample. */
export function bootstrapQuantileInterval(sorted: ArrayLike<number>, q: number, options: IntervalOptions = {}): [number, number] | null {
  const n = sorted.length;
  if (n === 0) return null;
  const resamples = options.resamples ?? BOOTSTRAP_RESAMPLES;
  const alpha = 1 - (options.level ?? 0.95);
  const random = seededRandom(options.seed ?? DEFAULT_SEED);
  const ranks = quantileRanks(q, n);
  const statistics = new Float64Array(resamples);
  for (let b = 0; b < resamples; b++) statistics[b] = resampledQuantile(sorted, ranks, random);
  statistics.sort();
  return [statistics[Math.floor((resamples * alpha) / 2)], statistics[Math.ceil(resamples * (1 - alpha / 2)) - 1]];
}
