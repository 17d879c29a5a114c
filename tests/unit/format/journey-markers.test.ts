import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '@/lib/events';
import { timelineEntries, type TimelineEntry } from '@/lib/format/journey-markers';
import { asStored, pageView, recorded } from '../components/journey-fixtures';

const start = Date.UTC(2025, 4, 14, 12, 0, 0);
const at = (seconds: number) => start + seconds * 1000;
const HASH = 'a3f1c0b7e5d42a8b6c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a98';

const describeEntry = (entry: TimelineEntry) => (entry.kind === 'page' ? `page ${entry.page.title}` : `${entry.tone}: ${entry.text}`);

/** A search and the zero_results friction the background derives from it: same visit, same time. */
function zeroResultSearch(seconds: number, query: string | undefined) {
  const search = recorded('search', at(seconds), { pageType: 'search', ...(query !== undefined && { query }), resultCount: 0, zeroResults: true });
  const derived = recorded('friction', at(seconds), { visitId: search.visitId, pageType: 'search', signal: 'zero_results', detail: { resultCount: 0 } });
  return [search, derived];
}

describe('timelineEntries', () => {
  it('interleaves page views and markers in time order, a page before what happened on it', () => {
    const home = pageView({ at: at(0), pageType: 'home', title: 'Home', path: '/en-gb/' });
    const product = pageView({ at: at(70), pageType: 'product', title: 'Jackie 1961', path: '/en-gb/shop/product/1' });
    const events = asStored([
      recorded('order_complete', at(252), {}),
      recorded('checkout_step', at(180), { step: 'shipping', fieldCount: 9 }),
      recorded('bag_add', at(125), { productId: 'p1' }),
      recorded('product_view', at(70), { productId: 'p1', name: 'Jackie 1961 leather tote', brand: 'Gucci', price: 2950, currency: 'GBP', inStock: true }),
      product,
      recorded('friction', at(50), { signal: 'rage_click', detail: { clicks: 4 } }),
      home,
    ]);

    expect(timelineEntries(events).map(describeEntry)).toEqual([
      'page Home',
      'friction: rage click (4 clicks)',
      'page Jackie 1961',
      'milestone: first product: Jackie 1961 leather tote (Gucci)',
      'milestone: added to bag: Jackie 1961 leather tote',
      'milestone: checkout: shipping (9 fields)',
      'milestone: order placed',
    ]);
  });

  it('folds a zero-result friction into its search: one marker, not two', () => {
    const entries = timelineEntries(asStored(zeroResultSearch(42, 'black tote')));
    expect(entries.map(describeEntry)).toEqual(['friction: search "black tote" — no results']);
  });

  it('shows a hashed or missing query as "a search", never the hash', () => {
    const hashed = recorded('search', at(58), { query: HASH, resultCount: 24, zeroResults: false });
    const refined = recorded('friction', at(58), { visitId: hashed.visitId, signal: 'search_refinement', detail: { sinceLastSearchMs: 16_000 } });
    const entries = timelineEntries(asStored([...zeroResultSearch(42, undefined), hashed, refined]));
    expect(entries.map(describeEntry)).toEqual(['friction: a search — no results', 'milestone: a search — 24 results, tried again']);
    expect(JSON.stringify(entries.map(describeEntry))).not.toContain(HASH.slice(0, 12));
  });

  it('marks only the first product as first, and an out-of-stock product as friction', () => {
    const first = recorded('product_view', at(10), { productId: 'a', name: 'Margaux 15', brand: 'The Row', price: null, currency: null, inStock: true });
    const second = recorded('product_view', at(20), { productId: 'b', name: 'Gucci Jackie 1961', brand: 'Gucci', price: null, currency: null, inStock: false });
    const gone = recorded('friction', at(20), { visitId: second.visitId, signal: 'out_of_stock', detail: { productId: 'b' } });
    const unnamed = recorded('product_view', at(30), { productId: null, name: null, brand: null, price: null, currency: null, inStock: null });
    expect(timelineEntries(asStored([first, second, gone, unnamed])).map(describeEntry)).toEqual([
      'milestone: first product: Margaux 15 (The Row)',
      'friction: product: Gucci Jackie 1961 — out of stock',
      'milestone: product',
    ]);
  });

  it('keeps friction that belongs to no search or product as its own marker', () => {
    const events = asStored([
      recorded('friction', at(5), { signal: 'interstitial', detail: { kind: 'newsletter', dismissedAfterMs: 4000 } }),
      recorded('friction', at(9), { signal: 'zero_results', detail: { resultCount: 0 } }),
    ]);
    expect(timelineEntries(events).map(describeEntry)).toEqual([
      'friction: pop-up: newsletter (closed after 4 s)',
      'friction: search found nothing',
    ]);
  });

  it('gives vitals and ratings no marker', () => {
    const vital = recorded('vital', at(3), { name: 'LCP', value: 1800, rating: 'good' });
    const rating = { ...recorded('order_complete', at(400), {}), type: 'rating', ces: 6 } as unknown as StoredEvent;
    expect(timelineEntries([...asStored([vital]), rating])).toEqual([]);
  });

  it('words a sign-in step and a step with one field', () => {
    const events = asStored([recorded('checkout_step', at(1), { step: 'login', fieldCount: 1 }), recorded('checkout_step', at(2), { step: 'review', fieldCount: 0 })]);
    expect(timelineEntries(events).map(describeEntry)).toEqual(['milestone: checkout: sign-in (1 field)', 'milestone: checkout: review']);
  });
});
