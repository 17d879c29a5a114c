// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Timeline } from '@/components/timeline';
import type { StoredEvent } from '@/lib/events';
import { asStored, recorded, storedSession } from './journey-fixtures';

afterEach(cleanup);

const start = Date.UTC(2025, 4, 14, 12, 0, 0);

describe('Timeline', () => {
  it('lists page views in time order with their offset from the session start', () => {
    const { events } = storedSession('net-a-porter', 'Net-a-Porter', [
      { at: start, pageType: 'home', title: 'NET-A-PORTER home', path: '/en-gb/' },
      { at: start + 42_000, pageType: 'listing', title: 'Designer bags', path: '/en-gb/shop/bags' },
      { at: start + 3_723_000, pageType: 'product', title: 'Margaux 15 tote', path: '/en-gb/shop/product/the-row/123' },
    ]);
    // Stored order must not matter: the timeline sorts by time.
    render(<Timeline startedAt={start} events={[events[2], events[0], events[1]]} />);

    const list = screen.getByTestId('timeline');
    expect(list.tagName).toBe('OL');
    const items = within(list).getAllByTestId('timeline-item');
    expect(items.map((item) => item.querySelector('time')?.textContent)).toEqual(['+0:00', '+0:42', '+1:02:03']);
    expect(items[0].textContent).toContain('Home');
    expect(items[1].textContent).toContain('Listing');
    expect(items[1].textContent).toContain('Designer bags');
    expect(items[1].textContent).toContain('/en-gb/shop/bags');
    expect(items[2].textContent).toContain('Product');
    expect(items[2].textContent).toContain('Margaux 15 tote');
    expect(items[2].textContent).not.toContain('https://www.net-a-porter.com');
  });

  it('keeps one timeline-item per page view (a search is a marker, not a page), and notes going back', () => {
    const { events } = storedSession('net-a-porter', 'Net-a-Porter', [
      { at: start, pageType: 'listing', title: 'Bags', path: '/en-gb/shop/bags' },
      { at: start + 5_000, pageType: 'listing', title: 'Bags again', path: '/en-gb/shop/bags', nav: 'back_forward' },
    ]);
    const search = { ...events[0], id: 'search-1', type: 'search', query: 'coat', resultCount: 0, zeroResults: true } as unknown as StoredEvent;
    render(<Timeline startedAt={start} events={[...events, search]} />);

    const items = screen.getAllByTestId('timeline-item');
    expect(items).toHaveLength(2);
    expect(screen.getAllByTestId('timeline-marker')).toHaveLength(1);
    expect(items[1].textContent).toContain('Back');
    expect(items[0].textContent).not.toContain('Back');
  });

  it('uses the page type when a page has no title', () => {
    const { events } = storedSession('net-a-porter', 'Net-a-Porter', [
      { at: start, pageType: 'bag', title: '  ', path: '/en-gb/shoppingbag' },
    ]);
    render(<Timeline startedAt={start} events={events} />);
    expect(screen.getByTestId('timeline-item').querySelector('.timeline-item__title')?.textContent).toBe('Bag');
  });

  it('keeps the list and explains itself before the first page', () => {
    render(<Timeline startedAt={start} events={[]} />);
    expect(screen.getByTestId('timeline').children).toHaveLength(0);
    expect(screen.getByText(/appear here as you browse/)).toBeTruthy();
  });

  it('puts milestone and friction markers between the pages, in time order, with their offsets', () => {
    const { events: pages } = storedSession('net-a-porter', 'Net-a-Porter', [
      { at: start, pageType: 'home', title: 'NET-A-PORTER home', path: '/en-gb/' },
      { at: start + 42_000, pageType: 'search', title: 'Search results', path: '/en-gb/shop/search/black%20tote' },
      { at: start + 70_000, pageType: 'product', title: 'Jackie 1961 | GUCCI', path: '/en-gb/shop/product/1' },
    ]);
    const search = recorded('search', start + 42_000, { pageType: 'search', query: 'black tote', resultCount: 0, zeroResults: true });
    const noResults = recorded('friction', start + 42_000, { visitId: search.visitId, signal: 'zero_results', detail: { resultCount: 0 } });
    const markers = asStored([
      recorded('friction', start + 50_000, { signal: 'rage_click', detail: { clicks: 3 } }),
      search,
      noResults,
      recorded('product_view', start + 70_000, { productId: 'p', name: 'Jackie 1961', brand: 'Gucci', price: 2950, currency: 'GBP', inStock: true }),
      recorded('bag_add', start + 125_000, { productId: 'p' }),
      recorded('checkout_step', start + 180_000, { step: 'shipping', fieldCount: 9 }),
      recorded('order_complete', start + 252_000, {}),
      recorded('friction', start + 3_000, { signal: 'interstitial', detail: { kind: 'newsletter', dismissedAfterMs: 4000 } }),
    ]);
    render(<Timeline startedAt={start} events={[...markers, ...pages]} />);

    const list = screen.getByTestId('timeline');
    const rows = [...list.children].map((row) => `${row.getAttribute('data-testid')} ${row.textContent!.replace(/\s+/g, ' ')}`);
    expect(rows).toEqual([
      expect.stringMatching(/^timeline-item \+0:00.*NET-A-PORTER home/),
      'timeline-marker +0:03Friction: pop-up: newsletter (closed after 4 s)',
      expect.stringMatching(/^timeline-item \+0:42.*Search results/),
      'timeline-marker +0:42Friction: search "black tote" — no results',
      'timeline-marker +0:50Friction: rage click (3 clicks)',
      expect.stringMatching(/^timeline-item \+1:10.*Jackie 1961 \| GUCCI/),
      'timeline-marker +1:10first product: Jackie 1961 (Gucci)',
      'timeline-marker +2:05added to bag: Jackie 1961',
      'timeline-marker +3:00checkout: shipping (9 fields)',
      'timeline-marker +4:12order placed',
    ]);
    expect(within(list).getAllByTestId('timeline-item')).toHaveLength(3);
  });

  it('marks friction by shape and words, not colour alone', () => {
    const markers = asStored([
      recorded('friction', start + 1_000, { signal: 'dead_click', detail: {} }),
      recorded('bag_add', start + 2_000, { productId: null }),
    ]);
    render(<Timeline startedAt={start} events={markers} />);
    const [friction, milestone] = screen.getAllByTestId('timeline-marker');
    expect(friction.getAttribute('data-tone')).toBe('friction');
    expect(friction.className).toContain('timeline-marker--friction');
    expect(friction.textContent).toContain('Friction: click that did nothing');
    expect(milestone.getAttribute('data-tone')).toBe('milestone');
    expect(milestone.textContent).not.toContain('Friction');
  });

  it('never shows a hashed search term', () => {
    const hash = 'a3f1c0b7e5d42a8b6c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a98';
    render(<Timeline startedAt={start} events={asStored([recorded('search', start + 9_000, { query: hash, resultCount: 12, zeroResults: false })])} />);
    const marker = screen.getByTestId('timeline-marker');
    expect(marker.textContent).toBe('+0:09a search — 12 results');
    expect(document.body.textContent).not.toContain(hash.slice(0, 10));
  });
});
