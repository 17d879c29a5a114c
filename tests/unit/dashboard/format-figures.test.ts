import { describe, expect, it } from 'vitest';
import { formatGap, formatMetricValue, formatPercent, formatRange, formatSeconds, formatTimeTick } from '@/components/dashboard/format-figures';
import { describeEvent } from '@/components/dashboard/session/describe-event';
import type { StoredEvent } from '@/lib/events';

describe('benchmark figures in words', () => {
  it('times, shares, gaps and ranges read as a consultant writes them', () => {
    expect(formatSeconds(820)).toBe('0.8 s');
    expect(formatSeconds(42_400)).toBe('42 s');
    expect(formatSeconds(150_000)).toBe('2 min 30 s');
    expect(formatPercent(0.1333)).toBe('13%');
    expect(formatPercent(0.0198)).toBe('2.0%');
    expect(formatGap('ms', 4200)).toBe('+4.2 s');
    expect(formatGap('count', -0.5)).toBe('−0.5');
    expect(formatGap('ms', 0)).toBe('±0');
    expect(formatRange('ms', 19_000, 24_000)).toBe('19–24 s');
    expect(formatRange('share', 0.12, 0.18)).toBe('12–18%');
    expect(formatRange('ms', 110_000, 160_000)).toBe('1 min 50 s – 2 min 40 s');
    expect(formatRange('count', 3, 4)).toBe('3–4');
    expect(formatMetricValue('inpP75', 603.4)).toBe('603 ms');
    expect(formatTimeTick(120_000)).toBe('2 min');
    expect(formatTimeTick(15_000)).toBe('15 s');
  });

  it('a hashed search term is never shown as if it were the text', () => {
    const base = { id: 'e', visitId: 'v', sessionId: 's', tabId: 1, siteId: 'x', t: 1, pageType: 'search', url: 'https://x.com/s', type: 'search', resultCount: 0, zeroResults: true } as const;
    expect(describeEvent({ ...base, query: 'a'.repeat(64) } as StoredEvent).detail).toBe('A search (term kept as a hash) — no results');
    expect(describeEvent({ ...base, query: 'loafers', resultCount: 24, zeroResults: false } as StoredEvent).detail).toBe('“loafers” — 24 results');
  });
});
