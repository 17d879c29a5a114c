import { describe, expect, it } from 'vitest';
import { openVitrineDb, writeBatch } from '@/lib/store';
import type { RecordedEvent } from '@/lib/events';
import { NAP, pageView, searchEvent, T0, uuid } from '../helpers';

const ORIGIN = 'https://www.net-a-porter.com';
const at = (seconds: number) => T0 + seconds * 1000;

async function record(events: RecordedEvent[]) {
  const db = await openVitrineDb();
  await writeBatch(db, events, { tabId: 1, ...NAP });
  const stored = await db.getAll('events');
  const friction = stored.filter((e) => e.type === 'friction').sort((a, b) => a.t - b.t);
  return { friction: friction.map((e) => (e as { signal: string }).signal), stored, session: (await db.getAll('sessions'))[0] };
}

const product = (t: number, inStock: boolean | null = true): RecordedEvent => ({
  id: uuid(), visitId: uuid(), t, type: 'product_view', pageType: 'product', url: `${ORIGIN}/en-gb/shop/product/x/1`,
  productId: '1', name: 'Tote', brand: 'Gucci', price: 10, currency: 'GBP', inStock,
});
const vital = (name: 'LCP' | 'INP' | 'CLS', value: number): RecordedEvent => ({
  id: uuid(), visitId: uuid(), t: T0, type: 'vital', pageType: 'home', url: `${ORIGIN}/en-gb/`, name, value, rating: 'good',
});

describe('friction the journey itself shows', () => {
  it('a search that finds nothing is zero_results, counted on the session', async () => {
    const { friction, session, stored } = await record([searchEvent('blak tote', `${ORIGIN}/en-gb/shop/search/blak%20tote`)]);
    expect(friction).toEqual(['zero_results']);
    expect(session.counts.friction).toEqual({ zero_results: 1 });
    const event = stored.find((e) => e.type === 'friction')!;
    expect(event).toMatchObject({ sessionId: session.id, tabId: 1, siteId: 'net-a-porter', pageType: 'search', t: T0 });
  });

  it('a second search within 60 s with no product between is a refinement; with a product between it is not', async () => {
    const refine = await record([
      searchEvent('tote', `${ORIGIN}/s/tote`, at(0), 40),
      searchEvent('black tote', `${ORIGIN}/s/black-tote`, at(30), 12),
    ]);
    expect(refine.friction).toEqual(['search_refinement']);
  });

  it('a search after a product view, or after 60 s, is a new search, not a refinement', async () => {
    const { friction } = await record([
      searchEvent('tote', `${ORIGIN}/s/tote`, at(0), 40),
      product(at(10)),
      searchEvent('belt', `${ORIGIN}/s/belt`, at(20), 9),
      searchEvent('scarf', `${ORIGIN}/s/scarf`, at(81), 9),
    ]);
    expect(friction).toEqual([]);
  });

  it('a quick back_forward page view alone is no u-turn: a page script can make one (the page left judges it)', async () => {
    const listing = `${ORIGIN}/en-gb/shop/bags`;
    const { friction } = await record([
      pageView({ t: at(0), url: listing }),
      pageView({ t: at(10), url: `${ORIGIN}/en-gb/shop/product/x/1` }),
      pageView({ t: at(12), url: listing, nav: 'back_forward' } as Partial<RecordedEvent>),
    ]);
    expect(friction).toEqual([]);
  });

  it('error pages, out-of-stock products and vitals past their web.dev thresholds', async () => {
    const { friction } = await record([
      pageView({ t: at(0), pageType: 'error', url: `${ORIGIN}/en-gb/nope` }),
      product(at(1), false),
      product(at(2), null),
      vital('LCP', 2600), vital('LCP', 2500), vital('INP', 240), vital('CLS', 0.25), vital('CLS', 0.05),
    ]);
    expect(friction.sort()).toEqual(['error_page', 'layout_shift', 'out_of_stock', 'slow_interaction', 'slow_page']);
  });

  it('a re-sent event does not derive its friction twice', async () => {
    const zero = searchEvent('blak', `${ORIGIN}/s/blak`);
    await record([zero]);
    const { friction, session } = await record([zero]);
    expect(friction).toEqual(['zero_results']);
    expect(session.counts.friction).toEqual({ zero_results: 1 });
  });
});
