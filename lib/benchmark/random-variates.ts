// Normal, gamma and beta draws from a seeded uniform source, for the
// bootstrap's shortcut (see bootstrap-interval.ts): the k-th smallest of n
// uniform draws is Beta(k, n − k + 1), so a resample's quantile can be drawn
// in one step instead of n. Gamma by Marsaglia & Tsang (2000), shape ≥ 1.

export function normalDraw(random: () => number): number {
  // Box–Muller; 1 − u keeps the logarithm finite.
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

export function gammaDraw(shape: number, random: () => number): number {
  if (shape < 1) throw new RangeError('gammaDraw needs shape ≥ 1');
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = normalDraw(random);
    const v = (1 + c * x) ** 3;
    if (v <= 0) continue;
    const u = random();
    if (u < 1 - 0.0331 * x ** 4 || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

export function betaDraw(a: number, b: number, random: () => number): number {
  const x = gammaDraw(a, random);
  return x / (x + gammaDraw(b, random));
}
