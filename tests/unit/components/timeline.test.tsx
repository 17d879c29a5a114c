// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Timeline } from '@/components/timeline';
import type { StoredEvent } from '@/lib/events';
import { storedSession } from './journey-fixtures';

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

  it('shows only page views, and notes going back', () => {
    const { events } = storedSession('net-a-porter', 'Net-a-Porter', [
      { at: start, pageType: 'listing', title: 'Bags', path: '/en-gb/shop/bags' },
      { at: start + 5_000, pageType: 'listing', title: 'Bags again', path: '/en-gb/shop/bags', nav: 'back_forward' },
    ]);
    const search = { ...events[0], id: 'search-1', type: 'search', query: 'coat', resultCount: 0, zeroResults: true } as unknown as StoredEvent;
    render(<Timeline startedAt={start} events={[...events, search]} />);

    const items = screen.getAllByTestId('timeline-item');
    expect(items).toHaveLength(2);
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
});
