// Friction a shopper meets between pages and while waiting on Mytheresa: a
// quick Back, a stale link, a search that finds nothing, a sold-out product,
// a slow hero image, a late banner — and a Back the page scripts itself, which
// must store none.
import { expect } from 'vitest';
import { LAYOUT_SHIFT_CLS, SLOW_PAGE_LCP_MS, U_TURN_MS } from '../../../../lib/friction/thresholds';
import { SLOW, pollUntil, sleep } from '../wait';
import type { FrictionScenario } from './friction-suite';
import { DWELL_MS, MT, SITE, arrive, at, bufferedEntries } from './mytheresa';

export const quickBack: FrictionScenario = {
  name: 'Back to the listing a second after opening a product is a u-turn',
  sites: [SITE],
  async run({ tab }) {
    await arrive(tab, MT.bags, '[data-qa="product-margaux"]');
    await tab.clickToLoad('[data-qa="product-margaux"] a');
    await tab.waitFor('[data-qa="add-to-bag"]');
    await sleep(1_000);
    await tab.goBack();
    await tab.waitFor('[data-qa="product-list"]');
    await sleep(DWELL_MS);
    return {};
  },
  expected: [
    {
      // Recorded by the page turned away from, at the moment of the shopper's Back.
      signal: 'u_turn', path: MT.margaux, pageType: 'product',
      detail: { from: MT.margaux },
      check: (event, _facts, dump) => {
        const views = dump.events.filter((e) => e.type === 'page_view' && e.tabId === event.tabId).sort((a, b) => a.t - b.t);
        expect(views.map((v) => `${v.nav} ${new URL(v.url).pathname}`)).toEqual([`load ${MT.bags}`, `load ${MT.margaux}`, `back_forward ${MT.bags}`]);
        const [, product, back] = views;
        expect(event.visitId, 'u_turn is on the product page left').toBe(product.visitId);
        const dwellMs = (event.detail as { dwellMs: number }).dwellMs;
        expect(dwellMs, 'dwellMs: from arriving on the product to the Back').toBe(event.t - product.t);
        expect(dwellMs).toBeLessThan(U_TURN_MS);
        expect(event.t).toBeLessThanOrEqual(back.t + 50);
      },
    },
  ],
};

export const staleLink: FrictionScenario = {
  name: 'a product link that answers 404 is an error page',
  sites: [SITE],
  async run({ tab }) {
    await arrive(tab, MT.staleProduct, 'main h1');
    return {};
  },
  expected: [{ signal: 'error_page', path: MT.staleProduct, pageType: 'error', detail: { path: MT.staleProduct } }],
};

export const zeroResultSearch: FrictionScenario = {
  name: 'a search that finds nothing is a zero-result search',
  sites: [SITE],
  async run({ tab, waitForFriction }) {
    await arrive(tab, MT.bags, '[data-qa="search-input"]');
    await tab.fill('[data-qa="search-input"]', 'crochet bucket hat');
    await tab.pressEnterToLoad('[data-qa="search-input"]');
    await tab.waitFor('[data-result-count="0"]');
    await waitForFriction('zero_results');
    return {};
  },
  expected: [
    {
      signal: 'zero_results', path: MT.search, pageType: 'search', detail: { resultCount: 0 },
      check: (event, _facts, dump) => {
        const search = dump.events.find((e) => e.type === 'search' && e.visitId === event.visitId);
        expect(search).toMatchObject({ query: 'crochet bucket hat', resultCount: 0, zeroResults: true });
      },
    },
  ],
};

export const soldOutProduct: FrictionScenario = {
  name: 'a sold-out product page is out of stock',
  sites: [SITE],
  async run({ tab, waitForFriction }) {
    await arrive(tab, MT.andiamo, '[data-qa="sold-out"]');
    await waitForFriction('out_of_stock');
    return {};
  },
  expected: [{ signal: 'out_of_stock', path: MT.andiamo, pageType: 'product', detail: { productId: 'P00812001' } }],
};

export const slowHeroImage: FrictionScenario = {
  name: 'a hero image that takes 3 s to arrive makes a slow page (LCP over 2.5 s)',
  sites: [SITE],
  async run({ tab }) {
    // goto resolves at the load event, which waits for the hero.
    await tab.goto(at(MT.vacationShop));
    const lcp = await pollUntil(
      () => tab.evaluate<Array<{ startTime: number; image: boolean }>>(bufferedEntries('largest-contentful-paint', '(e) => ({ startTime: e.startTime, image: e.element?.tagName === "IMG" })')),
      (entries) => entries.at(-1)?.image === true,
      { timeoutMs: 10_000 * SLOW, what: 'the hero to be painted' },
    );
    // LCP is reported when the page is hidden: the harness leaves it next.
    return { lcp: lcp.at(-1)!.startTime };
  },
  expected: [
    {
      signal: 'slow_page', path: MT.vacationShop, pageType: 'listing',
      detail: { metric: 'LCP', threshold: SLOW_PAGE_LCP_MS },
      check: (event, facts) => {
        const { value } = event.detail as { value: number };
        expect(value, 'the LCP value the page measured').toBe(Math.round(facts.lcp as number));
        expect(value).toBeGreaterThanOrEqual(3_000);
      },
    },
  ],
};

export const lateBanner: FrictionScenario = {
  name: 'a campaign banner that arrives late and pushes the grid down is a layout shift (CLS over 0.1)',
  sites: [SITE],
  async run({ tab }) {
    await tab.goto(at(MT.newArrivals));
    await tab.waitFor('.promo-banner');
    const cls = await pollUntil(
      () => tab.evaluate<number[]>(bufferedEntries('layout-shift', '(e) => (e.hadRecentInput ? 0 : e.value)')),
      (shifts) => shifts.length > 0,
      { timeoutMs: 5_000 * SLOW, what: 'the banner to shift the page' },
    );
    // CLS is reported when the page is hidden: the harness leaves it next.
    return { cls: cls.reduce((sum, value) => sum + value, 0) };
  },
  expected: [
    {
      signal: 'layout_shift', path: MT.newArrivals, pageType: 'listing',
      detail: { metric: 'CLS', threshold: LAYOUT_SHIFT_CLS },
      check: (event, facts) => {
        const { value } = event.detail as { value: number };
        expect(value).toBeGreaterThan(LAYOUT_SHIFT_CLS);
        expect(value, 'the CLS the page measured').toBeCloseTo(facts.cls as number, 2);
      },
    },
  ],
};

/**
 * A page's history.back() is not the shopper's Back: only the page being left can tell (the
 * Navigation API's navigate event has userInitiated false for it, true for the browser's Back),
 * which is where lib/recorder/friction/u-turns.ts judges it.
 */
export const scriptedBack: FrictionScenario = {
  name: 'a Back the page scripts (history.back()) a second after arrival is no u-turn',
  sites: [SITE],
  async run({ tab }) {
    await arrive(tab, MT.bags, '[data-qa="nav-private-sale"]');
    await tab.clickToLoad('[data-qa="nav-private-sale"]');
    await tab.waitFor('[data-qa="private-sale-notice"]');
    // The expired-sale page calls history.back() 1.5 s after its load.
    await pollUntil(() => tab.url(), (url) => url === at(MT.bags), { timeoutMs: 10_000 * SLOW, what: 'the page to send the shopper back to the listing' });
    await tab.waitFor('[data-qa="product-list"]');
    const backAt = await tab.evaluate<number>("JSON.parse(sessionStorage.getItem('mt-private-sale') || '{}').backAt ?? 0");
    expect(backAt, 'the page called history.back()').toBeGreaterThan(0);
    await sleep(DWELL_MS);
    return { backAt };
  },
  expected: [],
};
