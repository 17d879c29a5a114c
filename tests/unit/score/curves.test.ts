import { describe, expect, it } from 'vitest';
import { countScore, erfc, logNormalScore } from '@/lib/score/curves';

describe('scoring curves', () => {
  it('erfc matches known values', () => {
    expect(erfc(0)).toBeCloseTo(1, 6);
    expect(erfc(0.5)).toBeCloseTo(0.4795001, 6);
    expect(erfc(-1)).toBeCloseTo(1.8427008, 6);
  });

  it('the log-normal curve passes through good at 0.9 and poor at 0.5', () => {
    expect(logNormalScore(2500, 2500, 4000)).toBeCloseTo(0.9, 3);
    expect(logNormalScore(4000, 2500, 4000)).toBeCloseTo(0.5, 3);
    expect(logNormalScore(0, 2500, 4000)).toBe(1);
    expect(logNormalScore(1e9, 2500, 4000)).toBeLessThan(0.001);
  });

  it('a count scores 1 at zero and halves every `poor`', () => {
    expect(countScore(0, 1)).toBe(1);
    expect(countScore(1, 1)).toBe(0.5);
    expect(countScore(2, 1)).toBe(0.25);
    expect(countScore(5.1, 5.1)).toBe(0.5);
  });

  it('more time or more friction never raises a score', () => {
    let previousTime = 1;
    let previousCount = 1;
    for (let value = 0; value <= 20_000; value += 37) {
      const time = logNormalScore(value, 2500, 4000);
      const count = countScore(value / 1000, 1);
      expect(time).toBeLessThanOrEqual(previousTime);
      expect(count).toBeLessThanOrEqual(previousCount);
      expect(time).toBeGreaterThanOrEqual(0);
      previousTime = time;
      previousCount = count;
    }
  });
});
