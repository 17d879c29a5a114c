import { describe, expect, it } from 'vitest';
import { formatCountOf, formatGap, formatMetricValue, formatPercent, formatRange, formatSeconds, formatTimeTick, showsAsOver } from '@/components/dashboard/format-figures';
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

  it('a time gap under a second is written in milliseconds, not as “+0.0 s”', () => {
    expect(formatGap('ms', 36)).toBe('+36 ms');
    expect(formatGap('ms', -480)).toBe('−480 ms');
    expect(formatGap('ms', 999.4)).toBe('+999 ms');
    expect(formatGap('ms', 999.6)).toBe('+1.0 s');
    expect(formatGap('ms', 1250)).toBe('+1.3 s');
  });

  it('a gap that rounds to nothing is “±0” and never reads as over the target', () => {
    expect(formatGap('ms', 0.3)).toBe('±0');
    expect(formatGap('share', 0.000_01)).toBe('±0');
    expect(formatGap('count', 0.04)).toBe('±0');
    expect(showsAsOver('ms', 0.3)).toBe(false);
    expect(showsAsOver('ms', 0)).toBe(false);
    expect(showsAsOver('ms', -36)).toBe(false);
    expect(showsAsOver('ms', 36)).toBe(true);
    expect(showsAsOver('share', 0.004)).toBe(true);
  });

  it('a count of one takes the singular; larger counts are grouped', () => {
    expect(formatCountOf(1, 'session')).toBe('1 session');
    expect(formatCountOf(0, 'session')).toBe('0 sessions');
    expect(formatCountOf(1204, 'session')).toBe('1,204 sessions');
    expect(formatCountOf(2, 'search', 'searches')).toBe('2 searches');
  });

  it('one search result and one form field are singular in the timeline', () => {
    const where = { id: 'e', visitId: 'v', sessionId: 's', tabId: 1, siteId: 'x', t: 1, url: 'https://x.com/s' } as const;
    expect(describeEvent({ ...where, pageType: 'search', type: 'search', query: 'loafers', resultCount: 1, zeroResults: false } as StoredEvent).detail).toBe('“loafers” — 1 result');
    expect(describeEvent({ ...where, pageType: 'checkout', type: 'checkout_step', step: 'shipping', fieldCount: 1 } as StoredEvent).detail).toBe('1 visible form field');
  });

  it('a hashed search term is never shown as if it were the text', () => {
    const base = { id: 'e', visitId: 'v', sessionId: 's', tabId: 1, siteId: 'x', t: 1, pageType: 'search', url: 'https://x.com/s', type: 'search', resultCount: 0, zeroResults: true } as const;
    expect(describeEvent({ ...base, query: 'a'.repeat(64) } as StoredEvent).detail).toBe('A search (term kept as a hash) — no results');
    expect(describeEvent({ ...base, query: 'loafers', resultCount: 24, zeroResults: false } as StoredEvent).detail).toBe('“loafers” — 24 results');
  });
});
