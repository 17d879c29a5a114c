// The arithmetic of the charts: a linear scale and round axis ticks
// (1, 2, 2.5 or 5 × 10ⁿ), so axes read "0, 20, 40 s" rather than "0, 17.3".

export function linearScale(domain: [number, number], range: [number, number]): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  return (value) => r0 + ((value - d0) / span) * (r1 - r0);
}

/** Steps a time axis may take: whole seconds and minutes, never "1 min 40 s". */
const TIME_STEPS_MS = [100, 200, 250, 500, 1000, 2000, 5000, 10_000, 15_000, 20_000, 30_000, 60_000, 120_000, 300_000, 600_000, 900_000, 1_800_000];

export function timeTicks(maxMs: number, count = 5): number[] {
  if (!(maxMs > 0)) return [0, 1000];
  const step = TIME_STEPS_MS.find((s) => s >= maxMs / count) ?? TIME_STEPS_MS.at(-1)!;
  const ticks: number[] = [];
  for (let t = 0; t < maxMs + step * 0.999; t += step) ticks.push(t);
  return ticks;
}

/** Ticks for part of the 0–100 score scale: whole tens around [low, high], in steps of 5 or 10. */
export function scoreTicks(low: number, high: number): number[] {
  const from = Math.max(0, Math.floor((low - 2) / 10) * 10);
  const to = Math.min(100, Math.ceil((high + 2) / 10) * 10);
  const step = to - from > 40 ? 10 : 5;
  const ticks: number[] = [];
  for (let t = from; t <= to; t += step) ticks.push(t);
  return ticks;
}

/** Round ticks from 0 up to at least `max`, about `count` of them. */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw)!;
  const ticks: number[] = [];
  for (let t = 0; t < max + step * 0.999; t += step) ticks.push(Number(t.toPrecision(12)));
  return ticks;
}
