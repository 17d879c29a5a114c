import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPageVisits, SPA_TITLE_SETTLE_MS } from '@/lib/recorder/page-visits';
import { classifyUrl } from '@/lib/sites/classify';
import type { PageViewEvent } from '@/lib/events';
import { T0, uuid } from '../helpers';

function setup(startUrl: string, startTitle: string) {
  const page = { href: startUrl, title: startTitle };
  const emitted: PageViewEvent[] = [];
  const visits = createPageVisits({
    href: () => page.href,
    title: () => page.title,
    classify: classifyUrl,
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
  it('a load is one page_view at navigation start, with origin + path only', () => {
    const { emitted, visits } = setup('https://www.net-a-porter.com/en-gb/shop/bags?sort=new#top', 'Bags | NET-A-PORTER');
    visits.loaded('load', T0, 912);
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
});
