import { describe, expect, it } from 'vitest';
import { formatDuration, formatDurationWords, formatOffset } from '@/lib/format/duration';

describe('formatDuration', () => {
  it('reads m:ss under an hour', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(42_000)).toBe('0:42');
    expect(formatDuration(9 * 60_000 + 5_000)).toBe('9:05');
    expect(formatDuration(59 * 60_000 + 59_999)).toBe('59:59');
  });

  it('reads h:mm:ss from an hour on', () => {
    expect(formatDuration(3_600_000)).toBe('1:00:00');
    expect(formatDuration(3_600_000 + 2 * 60_000 + 9_000)).toBe('1:02:09');
    expect(formatDuration(26 * 3_600_000)).toBe('26:00:00');
  });

  it('floors partial seconds, so a timer never runs ahead', () => {
    expect(formatDuration(1_999)).toBe('0:01');
  });

  it('reads 0:00 for negative or invalid input', () => {
    expect(formatDuration(-5_000)).toBe('0:00');
    expect(formatDuration(Number.NaN)).toBe('0:00');
  });
});

describe('formatOffset', () => {
  it('prefixes the time since the start with a plus sign', () => {
    expect(formatOffset(42_000)).toBe('+0:42');
    expect(formatOffset(3_723_000)).toBe('+1:02:03');
  });
});

describe('formatDurationWords', () => {
  it('uses seconds, minutes, then hours and minutes', () => {
    expect(formatDurationWords(42_000)).toBe('42 s');
    expect(formatDurationWords(12 * 60_000 + 40_000)).toBe('12 min');
    expect(formatDurationWords(2 * 3_600_000)).toBe('2 h');
    expect(formatDurationWords(3_600_000 + 5 * 60_000)).toBe('1 h 5 min');
  });
});
