import { describe, expect, it } from 'vitest';
import { formatClockTime, formatSessionDate } from '@/lib/format/date';

// Local-time dates, so the expectations hold in any time zone.
const at = (y: number, m: number, d: number, h: number, min: number) => new Date(y, m - 1, d, h, min).getTime();
const now = at(2025, 5, 14, 16, 30);

describe('formatClockTime', () => {
  it('follows the locale', () => {
    expect(formatClockTime(at(2025, 5, 14, 14, 2), 'en-GB')).toBe('14:02');
    expect(formatClockTime(at(2025, 5, 14, 14, 2), 'en-US')).toMatch(/^2:02\sPM$/);
  });
});

describe('formatSessionDate', () => {
  it('says "Today" for a session started earlier today', () => {
    expect(formatSessionDate(at(2025, 5, 14, 9, 5), now, 'en-GB')).toBe('Today, 09:05');
  });

  it('says "Yesterday" for the previous calendar day, even less than 24 hours ago', () => {
    expect(formatSessionDate(at(2025, 5, 13, 23, 50), now, 'en-GB')).toBe('Yesterday, 23:50');
  });

  it('names the weekday and date within the same year', () => {
    expect(formatSessionDate(at(2025, 5, 3, 18, 30), now, 'en-GB')).toBe('Sat 3 May, 18:30');
  });

  it('adds the year for an earlier year', () => {
    expect(formatSessionDate(at(2024, 12, 31, 8, 0), now, 'en-GB')).toBe('31 Dec 2024, 08:00');
  });
});
