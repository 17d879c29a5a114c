import { describe, expect, it } from 'vitest';
import { compareEventsInTime } from '@/lib/format/event-order';
import type { StoredEvent } from '@/lib/events';

const where = { visitId: 'v', sessionId: 's', tabId: 1, siteId: 'x', pageType: 'search', url: 'https://x.com/search?q=loafers' } as const;
const pageView = (id: string, t: number) => ({ ...where, id, t, type: 'page_view', nav: 'load', title: 'Search', loadMs: 900 }) as StoredEvent;
const search = (id: string, t: number) => ({ ...where, id, t, type: 'search', query: 'loafers', resultCount: 0, zeroResults: true }) as StoredEvent;
const noResults = (id: string, t: number) => ({ ...where, id, t, type: 'friction', signal: 'zero_results', detail: {} }) as StoredEvent;
const lcp = (id: string, t: number) => ({ ...where, id, t, type: 'vital', name: 'LCP', value: 2100, rating: 'good' }) as StoredEvent;

const order = (events: StoredEvent[]) => [...events].sort(compareEventsInTime).map((e) => e.id);

describe('compareEventsInTime', () => {
  it('orders events by time first, whatever their kind', () => {
    expect(order([noResults('friction', 5), search('search', 9), pageView('page', 12)])).toEqual(['friction', 'search', 'page']);
  });

  it('at the same millisecond puts the page first and a “no results” friction after its search', () => {
    expect(order([noResults('friction', 7), search('search', 7), pageView('page', 7)])).toEqual(['page', 'search', 'friction']);
  });

  it('keeps the given order among journey events of the same millisecond', () => {
    expect(order([lcp('vital', 7), noResults('friction', 7), search('search', 7)])).toEqual(['vital', 'search', 'friction']);
  });
});
