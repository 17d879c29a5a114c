// The two scoring curves of DESIGN §5. Time-like metrics score on Lighthouse's
// log-normal curve through a profile's `good` (0.9) and `poor` (0.5) points;
// counts of bad things score 0.5^(value/poor). Both are 1 at zero, fall
// monotonically, and never leave [0, 1].

/** Complementary error function (Numerical Recipes' erfcc, |error| < 1.2e-7). */
export function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + z / 2);
  const r =
    t *
    Math.exp(
      -z * z - 1.26551223 +
        t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 +
        t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

/** erfc⁻¹(0.2): puts `good` at the 0.9 point (Lighthouse's statistics.js). */
const INVERSE_ERFC_ONE_FIFTH = 0.9061938024368232;

/** Lighthouse's getLogNormalScore with p10 = good and median = poor. Requires 0 < good < poor. */
export function logNormalScore(value: number, good: number, poor: number): number {
  if (value <= 0) return 1;
  const standardized = (Math.log(value / poor) * INVERSE_ERFC_ONE_FIFTH) / -Math.log(good / poor);
  return clamp01(erfc(standardized) / 2);
}

/** Each `poor` worth of the bad thing halves the score. */
export function countScore(value: number, poor: number): number {
  if (value <= 0) return 1;
  return clamp01(0.5 ** (value / poor));
}

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}
