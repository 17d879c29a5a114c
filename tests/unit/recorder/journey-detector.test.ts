// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ACTION_WINDOW_MS, createJourneyDetector, SEARCH_SETTLE_MS, type Visit } from '@/lib/recorder/journey-detector';
import type { RecordedEvent } from '@/lib/events';
import { T0, uuid } from '../helpers';

const ORIGIN = 'https://www.net-a-porter.com';

function setup(html: string) {
  document.body.innerHTML = html;
  const events: RecordedEvent[] = [];
  let now = T0;
  const detector = createJourneyDetector({
    doc: document,
    emit: (event) => events.push(event),
    newId: uuid,
    now: () => now,
    setTimeout: (cb, ms) => setTimeout(cb, ms),
  });
  const visit = (path: string, pageType: Visit['pageType'], extra: Partial<Visit> = {}) =>
    detector.startVisit({ visitId: uuid(), t: now, url: ORIGIN + path, pageType, ...extra });
  const advance = async (ms: number) => {
    now += ms;
    await vi.advanceTimersByTimeAsync(ms);
  };
  return { detector, events, visit, advance, at: () => now };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const productJsonLd = JSON.stringify({
  '@context': 'https://schema.org',
  '@type': 'Product',
  name: 'Jackie 1961 leather tote',
  sku: '1647597323591234',
  brand: { '@type': 'Brand', name: 'Gucci' },
  offers: { '@type': 'Offer', price: '2950.00', priceCurrency: 'GBP', availability: 'https://schema.org/InStock' },
});

describe('search', () => {
  it('records a zero-result search from a localized "no results" page', () => {
    const { events, visit } = setup('<main><h1>Recherche</h1><p class="search-results__message">Aucun résultat pour « sac noir »</p></main>');
    visit('/fr-fr/search', 'search', { searchQuery: 'sac noir' });
    expect(events).toEqual([expect.objectContaining({ type: 'search', query: 'sac noir', resultCount: 0, zeroResults: true, t: T0 })]);
  });

  it('waits for results rendered after the page and reads their count', async () => {
    const { events, visit, advance, detector } = setup('<main><div id="results"></div></main>');
    visit('/en-gb/shop/search/tote', 'search', { searchQuery: 'tote' });
    expect(events).toHaveLength(0);
    document.getElementById('results')!.innerHTML = '<p data-result-count="24">24 results</p>';
    detector.pageChanged([document.getElementById('results')!.firstElementChild!]);
    await advance(100);
    expect(events).toEqual([expect.objectContaining({ type: 'search', resultCount: 24, zeroResults: false, t: T0 })]);
  });

  it('does not take an empty mini-bag for an empty search', async () => {
    const { events, visit, advance } = setup('<header><div class="minicart"><h2>No items in your bag</h2></div></header><main></main>');
    visit('/en-gb/shop/search/tote', 'search', { searchQuery: 'tote' });
    await advance(SEARCH_SETTLE_MS);
    expect(events).toEqual([expect.objectContaining({ type: 'search', resultCount: null, zeroResults: false })]);
  });

  it("reads a count in the results' own header, not only in the page banner", () => {
    const { events, visit } = setup('<header><h2>No items in your bag</h2></header><main><header class="results__header"><p class="result-count">3 results</p></header></main>');
    visit('/en-gb/shop/search/leather%20tote', 'search', { searchQuery: 'leather tote' });
    expect(events[0]).toMatchObject({ resultCount: 3, zeroResults: false });
  });

  it('reads counts in Japanese and Chinese', () => {
    const { events, visit } = setup('<main><p class="result-count">検索結果 128件</p></main>');
    visit('/ja-jp/search', 'search', { searchQuery: 'バッグ' });
    expect(events[0]).toMatchObject({ resultCount: 128, zeroResults: false });
    const zh = setup('<main><p class="result-count">没有找到相关商品</p></main>');
    zh.visit('/zh-cn/search', 'search', { searchQuery: '手袋' });
    expect(zh.events[0]).toMatchObject({ resultCount: 0, zeroResults: true });
  });
});

describe('product views', () => {
  it('records the product from JSON-LD', () => {
    const { events, visit } = setup(`<script type="application/ld+json">${productJsonLd}</script><main><h1>Jackie 1961</h1></main>`);
    visit('/en-gb/shop/product/gucci/1647597323591234', 'product');
    expect(events).toEqual([
      expect.objectContaining({ type: 'product_view', productId: '1647597323591234', name: 'Jackie 1961 leather tote', brand: 'Gucci', price: 2950, currency: 'GBP', inStock: true }),
    ]);
  });

  it('records a product page without structured data once it has waited', async () => {
    const { events, visit, advance } = setup('<main><h1>A bag</h1></main>');
    visit('/en-gb/shop/product/x', 'product');
    expect(events).toHaveLength(0);
    await advance(3000);
    expect(events).toEqual([expect.objectContaining({ type: 'product_view', productId: null, inStock: null })]);
  });
});

describe('bag additions', () => {
  const page = `<script type="application/ld+json">${productJsonLd}</script>
    <header><a href="/bag" aria-label="Bag"><span data-bag-count="0">0</span></a></header>
    <main><ul class="sizes"><li><button>IT 38</button></li></ul><button class="wishlist">♡</button><button id="add">Add to bag</button></main>`;

  it('a mini-bag count rising after the shopper clicks is one bag_add, timed at the click', async () => {
    const { events, visit, detector, advance, at } = setup(page);
    visit('/en-gb/shop/product/gucci/1647597323591234', 'product');
    const clickedAt = at();
    detector.shopperActed(clickedAt);
    await advance(400); // the site's request to add takes a while
    const count = document.querySelector('[data-bag-count]')!;
    count.setAttribute('data-bag-count', '1');
    count.textContent = '1';
    const toast = document.createElement('div');
    toast.setAttribute('role', 'status');
    toast.textContent = 'Added to your bag';
    document.body.append(toast);
    detector.pageChanged([toast]);
    await advance(100);
    const adds = events.filter((e) => e.type === 'bag_add');
    expect(adds).toEqual([expect.objectContaining({ productId: '1647597323591234', t: clickedAt })]);
  });

  it('a size choice or a wishlist heart is not a bag_add', async () => {
    const { events, visit, detector, advance } = setup(page);
    visit('/en-gb/shop/product/gucci/1647597323591234', 'product');
    detector.shopperActed(T0);
    document.querySelector('.sizes button')!.classList.add('selected');
    const toast = document.createElement('div');
    toast.textContent = 'Added to your wishlist';
    document.body.append(toast);
    detector.pageChanged([toast]);
    await advance(100);
    expect(events.filter((e) => e.type === 'bag_add')).toEqual([]);
  });

  it('a count the page renders by itself (no shopper action) is not a bag_add', async () => {
    const { events, visit, detector, advance } = setup(page);
    visit('/en-gb/shop/product/gucci/1647597323591234', 'product');
    await advance(ACTION_WINDOW_MS + 1);
    document.querySelector('[data-bag-count]')!.setAttribute('data-bag-count', '2');
    detector.pageChanged([]);
    await advance(100);
    expect(events.filter((e) => e.type === 'bag_add')).toEqual([]);
  });
});

describe('checkout', () => {
  it('records each step of a single-route checkout with its visible fields', async () => {
    const { events, visit, detector, advance, at } = setup(`
      <ol class="checkout-steps"><li data-checkout-step="shipping" aria-current="step">Shipping</li><li data-checkout-step="payment">Payment</li></ol>
      <main><form><input name="first"><input name="last"><input name="postcode"><input type="hidden" name="csrf"><button type="submit">Continue</button></form></main>`);
    visit('/en-gb/checkout', 'checkout');
    expect(events.at(-1)).toMatchObject({ type: 'checkout_step', step: 'shipping', t: T0 });
    await advance(5000);
    const clickedAt = at();
    detector.shopperActed(clickedAt);
    const [shipping, payment] = document.querySelectorAll('li');
    shipping.removeAttribute('aria-current');
    payment.setAttribute('aria-current', 'step');
    document.querySelector('form')!.innerHTML = '<input name="card"><input name="expiry"><button>Pay</button>';
    detector.pageChanged([]);
    await advance(100);
    expect(events.filter((e) => e.type === 'checkout_step').map((e) => [(e as { step: string }).step, e.t])).toEqual([
      ['shipping', T0],
      ['payment', clickedAt],
    ]);
  });

  it("the URL's step wins when a visit starts: SFRA's shipping stage headed \"Livraison\" is shipping", () => {
    const { events, visit } = setup(`<ol class="checkout-steps"><li aria-current="step">Livraison</li></ol><main><input name="a"></main>`);
    visit('/fr-fr/checkout?stage=shipping', 'checkout', { checkoutStep: 'shipping' });
    expect(events.filter((e) => e.type === 'checkout_step').map((e) => (e as { step: string }).step)).toEqual(['shipping']);
  });

  it('an order confirmation page is order_complete', () => {
    const { events, visit } = setup('<main><h1>Thank you for your order</h1></main>');
    visit('/checkout/confirmation', 'confirmation');
    expect(events).toEqual([expect.objectContaining({ type: 'order_complete', t: T0 })]);
  });
});
