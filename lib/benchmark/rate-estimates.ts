// Intervals for the two figures that are not quantiles: a share (search
// success, zero-result rate) gets Wilson's score interval, which stays inside
// [0, 1] and behaves at 0% and 100%; a mean (CES, friction per session) gets
// the normal approximation, mean ± 1.96·s/√n.

const Z95 = 1.959963984540054;

export interface ShareEstimate {
  share: number;
  low: number;
  high: number;
  /** How many of `of` had the property. */
  count: number;
  of: number;
}

export interface MeanEstimate {
  mean: number;
  low: number;
  high: number;
  n: number;
}

export function wilsonInterval(count: number, of: number): ShareEstimate | null {
  if (of <= 0) return null;
  const p = count / of;
  const z2 = Z95 * Z95;
  const denominator = 1 + z2 / of;
  const centre = (p + z2 / (2 * of)) / denominator;
  const half = (Z95 * Math.sqrt((p * (1 - p)) / of + z2 / (4 * of * of))) / denominator;
  return { share: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half), count, of };
}

export function meanInterval(values: ArrayLike<number>): MeanEstimate | null {
  const n = values.length;
  if (n === 0) return null;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i];
  const mean = sum / n;
  if (n === 1) return { mean, low: mean, high: mean, n };
  let squares = 0;
  for (let i = 0; i < n; i++) squares += (values[i] - mean) ** 2;
  const half = Z95 * Math.sqrt(squares / (n - 1) / n);
  return { mean, low: mean - half, high: mean + half, n };
}
