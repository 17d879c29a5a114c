import { describe, expect, it } from 'vitest';
import { mean, median, p75, quantile, seededRandom } from '@/lib/benchmark';

describe('descriptive statistics', () => {
  it('the median of an odd sample is its middle value, of an even one the mean of the two middle values', () => {
    expect(median([7, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
    expect(median([5])).toBe(5);
  });

  it('p75 is nearest-rank, as web.dev and the session vitals summary read it', () => {
    expect(p75([1, 2, 3, 4])).toBe(3); // ceil(0.75·4) = 3rd value
    expect(p75([1, 2, 3, 4, 5])).toBe(4); // ceil(3.75) = 4th
    expect(p75([10, 40, 20, 30, 50, 60, 70, 80])).toBe(60);
    expect(quantile([3, 1, 2], 0)).toBe(1);
    expect(quantile([3, 1, 2], 1)).toBe(3);
  });

  it('sorts numerically, not as text', () => {
    expect(median([100, 9, 20])).toBe(20);
  });

  it('empty samples give null, never NaN', () => {
    expect(median([])).toBeNull();
    expect(p75([])).toBeNull();
    expect(mean([])).toBeNull();
    expect(mean([1, 2, 6])).toBe(3);
  });

  it('the seeded generator repeats from the same seed and differs between seeds', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const c = seededRandom(43);
    const first = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(first);
    expect(Array.from({ length: 5 }, c)).not.toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
