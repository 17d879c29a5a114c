import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPageVisits, SPA_TITLE_SETTLE_MS } from '@/lib/recorder/page-visits';
import { classifyUrl } from '@/lib/sites/classify';
import type { PageViewEvent } from '@/lib/events';
import type { UrlClassification } from '@/lib/sites/types';
import { T0, uuid } from '../helpers';

/** The background's answer, as the recorder awaits it. */
const askBackground = async (url: string): Promise<UrlClassification | null> => classifyUrl(url);

function setup(startUrl: string, startTitle: string, classify = askBackground) {
  const page = { href: startUrl, title: startTitle };
  const emitted: PageViewEvent[] = [];
  const visits = createPageVisits({
    href: () => page.href,
    title: () => page.title,
    classify,
    emit: (event) => emitted.push(event),
    newId: uuid,
    setTimeout: (cb, ms) => setTimeout(cb, ms),
  });
  return { page, emitted, visits };
}

beforeEach(() => {
  vi.useFakeTimers();
  return () => vi.useRealTimers();
});

describe('page visits', () => {
  it('a load is one page_view at navigation start, with origin + path only', async () => {
    const { emitted, visits } = setup('https://www.net-a-porter.com/en-gb/shop/bags?sort=new#top', 'Bags | NET-A-PORTER');
    visits.loaded('load', T0, 912);
    expect(emitted).toEqual([]); // once the background has classified the page
    await vi.advanceTimersByTimeAsync(0);
    expect(emitted).toEqual([
      expect.objectContaining({ type: 'page_view', t: T0, nav: 'load', loadMs: 912, url: 'https://www.net-a-porter.com/en-gb/shop/bags', title: 'Bags | NET-A-PORTER', pageType: 'listing' }),
    ]);
    expect(emitted[0].visitId).toBe(visits.visitId);
  });

  it('an SPA route change is a new visit, recorded with the title the app sets after it', async () => {
    const { page, emitted, visits } = setup('https://www.net-a-porter.com/en-gb/shop/bags', 'Bags');
    visits.loaded('load', T0, 800);
    const firstVisit = visits.visitId;
    page.href = 'https://www.net-a-porter.com/en-gb/shop/bags/tote-bags';
    visits.routeChanged('spa', T0 + 5000);
    page.title = 'Tote bags';
    await vi.advanceTimersByTimeAsync(SPA_TITLE_SETTLE_MS);
    expect(emitted).toHaveLength(2);
    expect(emitted[1]).toMatchObject({ nav: 'spa', t: T0 + 5000, title: 'Tote bags', loadMs: null });
    expect(emitted[1].visitId).not.toBe(firstVisit);
  });

  it('ignores URL changes that stay on the same route (hash, trailing slash, repeated signals)', async () => {
    const { page, emitted, visits } = setup('https://www.net-a-porter.com/en-gb/shop/bags', 'Bags');
    visits.loaded('load', T0, 800);
    page.href = 'https://www.net-a-porter.com/en-gb/shop/bags/#filters';
    visits.routeChanged('spa', T0 + 1000);
    visits.routeChanged('spa', T0 + 1001);
    await vi.advanceTimersByTimeAsync(1000);
    expect(emitted).toHaveLength(1);
  });

  it('records a route left before its title settled, then the next one', async () => {
    const { page, emitted, visits } = setup('https://www.net-a-porter.com/en-gb/', 'Home');
    visits.loaded('load', T0, 800);
    page.href = 'https://www.net-a-porter.com/en-gb/shop/bags';
    visits.routeChanged('spa', T0 + 1000);
    page.href = 'https://www.net-a-porter.com/en-gb/shop/shoes';
    visits.routeChanged('spa', T0 + 1100);
    await vi.advanceTimersByTimeAsync(SPA_TITLE_SETTLE_MS);
    expect(emitted.map((e) => [e.url.replace('https://www.net-a-porter.com', ''), e.t])).toEqual([
      ['/en-gb/', T0],
      ['/en-gb/shop/bags', T0 + 1000],
      ['/en-gb/shop/shoes', T0 + 1100],
    ]);
  });

  it('a search page keeps its search parameter, and nothing else', async () => {
    const { emitted, visits } = setup('https://www.net-a-porter.com/en-gb/shop/search/tote?q=tote&sort=new', 'Search');
    visits.loaded('load', T0, 700);
    await vi.advanceTimersByTimeAsync(0);
    expect(emitted).toHaveLength(1);
    expect(emitted[0].pageType).toBe('search');
    expect(new URL(emitted[0].url).searchParams.get('sort')).toBeNull();
  });

  it('a page the background gives no classification for is not recorded, nor one whose question failed', async () => {
    const { emitted, visits, page } = setup('https://www.net-a-porter.com/en-gb/', 'Home', async (url) => {
      if (url.endsWith('/bags')) throw new Error('Could not establish connection');
      return url.endsWith('/shoes') ? classifyUrl(url) : null;
    });
    visits.loaded('load', T0, 800);
    await vi.advanceTimersByTimeAsync(0);
    expect(emitted).toEqual([]);
    page.href = 'https://www.net-a-porter.com/en-gb/shop/bags';
    visits.routeChanged('spa', T0 + 1000);
    await vi.advanceTimersByTimeAsync(SPA_TITLE_SETTLE_MS);
    expect(emitted).toEqual([]);
    page.href = 'https://www.net-a-porter.com/en-gb/shop/shoes';
    visits.routeChanged('spa', T0 + 2000);
    await vi.advanceTimersByTimeAsync(SPA_TITLE_SETTLE_MS);
    expect(emitted.map((e) => e.url)).toEqual(['https://www.net-a-porter.com/en-gb/shop/shoes']);
  });

  it('visits are recorded in the order they began, however long each classification takes', async () => {
    const delays: Record<string, number> = { '/en-gb/': 2000, '/en-gb/shop/bags': 0 };
    const { page, emitted, visits } = setup('https://www.net-a-porter.com/en-gb/', 'Home', (url) =>
      new Promise((resolve) => setTimeout(() => resolve(classifyUrl(url)), delays[new URL(url).pathname] ?? 0)));
    visits.loaded('load', T0, 800);
    page.href = 'https://www.net-a-porter.com/en-gb/shop/bags';
    visits.routeChanged('spa', T0 + 100);
    await vi.advanceTimersByTimeAsync(SPA_TITLE_SETTLE_MS);
    expect(emitted).toEqual([]); // the first is still being classified
    await vi.advanceTimersByTimeAsync(2000);
    expect(emitted.map((e) => [e.pageType, e.t])).toEqual([['home', T0], ['listing', T0 + 100]]);
  });

  it('the classification is asked for the URL the visit began at, with the page as it is then', async () => {
    const asked: string[] = [];
    const { page, emitted, visits } = setup('https://www.net-a-porter.com/en-gb/', 'Home', async (url) => {
      asked.push(url);
      return classifyUrl(url);
    });
    visits.loaded('load', T0, 800);
    page.href = 'https://www.net-a-porter.com/en-gb/shop/bags?page=2';
    visits.routeChanged('spa', T0 + 100);
    page.href = 'https://www.net-a-porter.com/en-gb/shop/shoes';
    await vi.advanceTimersByTimeAsync(SPA_TITLE_SETTLE_MS);
    expect(asked).toEqual(['https://www.net-a-porter.com/en-gb/', 'https://www.net-a-porter.com/en-gb/shop/bags?page=2']);
    expect(emitted[1].url).toBe('https://www.net-a-porter.com/en-gb/shop/bags');
  });
});
