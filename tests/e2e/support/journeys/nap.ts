// Net-a-Porter, the reference retailer: a single-page app. The shopper searches
// from the header (the term goes in the path, /en-gb/shop/search/<term>), finds
// nothing, refines, narrows to a category, opens a product (a page load), adds
// it to the bag (the mini-bag count rises after the storefront answers), opens
// the bag (a client-side route) and checks out on one route, /en-gb/checkout,
// whose four steps are switched in place by "Continue".
import { renderedRoute, visible, type Journey } from './model';

const SEARCH_FIELD = '.site-header__search input[name="q"]';
const GUCCI_TOTE = '1647597323591234';

export const NAP_JOURNEY: Journey = {
  siteId: 'net-a-porter',
  siteName: 'Net-a-Porter',
  origin: 'https://www.net-a-porter.com',
  steps: [
    {
      name: 'opens the home page',
      act: (tab) => tab.goto('https://www.net-a-porter.com/en-gb/'),
      settle: visible('[data-qa="nav-bags"]'),
      load: true,
      records: [{ type: 'page_view', nav: 'load', pageType: 'home', path: '/en-gb/', title: "NET-A-PORTER | Luxury Designer Fashion | Women's Clothing" }],
    },
    {
      name: 'searches "glitter tote" and finds nothing',
      prepare: (tab) => tab.fill(SEARCH_FIELD, 'glitter tote'),
      act: (tab) => tab.pressEnter(SEARCH_FIELD),
      settle: renderedRoute('/en-gb/shop/search/glitter%20tote'),
      records: [
        { type: 'page_view', nav: 'spa', pageType: 'search', path: '/en-gb/shop/search/glitter%20tote', title: '\u201cglitter tote\u201d | Search results | NET-A-PORTER' },
        { type: 'search', query: 'glitter tote', resultCount: 0, zeroResults: true },
        { type: 'friction', signal: 'zero_results' },
      ],
    },
    {
      name: 'refines the search to "leather tote": 3 results',
      prepare: (tab) => tab.fill(SEARCH_FIELD, 'leather tote'),
      act: (tab) => tab.pressEnter(SEARCH_FIELD),
      settle: renderedRoute('/en-gb/shop/search/leather%20tote'),
      records: [
        { type: 'page_view', nav: 'spa', pageType: 'search', path: '/en-gb/shop/search/leather%20tote', title: '\u201cleather tote\u201d | Search results | NET-A-PORTER' },
        { type: 'search', query: 'leather tote', resultCount: 3, zeroResults: false },
        // Within a minute of the last search, with no product seen between.
        { type: 'friction', signal: 'search_refinement' },
      ],
    },
    {
      name: 'narrows to the Tote Bags category',
      act: (tab) => tab.click('[data-qa="search-facet-tote-bags"]'),
      settle: renderedRoute('/en-gb/shop/bags/tote-bags'),
      records: [{ type: 'page_view', nav: 'spa', pageType: 'listing', path: '/en-gb/shop/bags/tote-bags', title: 'Tote Bags | Designer Tote Bags for Women | NET-A-PORTER' }],
    },
    {
      name: 'opens the Gucci Jackie 1961 tote',
      act: (tab) => tab.clickToLoad(`[data-qa="product-${GUCCI_TOTE}"]`),
      settle: visible('[data-qa="add-to-bag"]'),
      load: true,
      records: [
        {
          type: 'page_view', nav: 'load', pageType: 'product',
          path: `/en-gb/shop/product/gucci/bags/tote-bags/jackie-1961-leather-tote/${GUCCI_TOTE}`,
          title: 'Jackie 1961 leather tote | GUCCI | NET-A-PORTER',
        },
        { type: 'product_view', productId: GUCCI_TOTE, name: 'Jackie 1961 leather tote', brand: 'Gucci', price: 2950, currency: 'GBP', inStock: true },
      ],
    },
    {
      name: 'adds it to the bag',
      act: (tab) => tab.click('[data-qa="add-to-bag"]'),
      settle: visible('.minibag-drawer'),
      records: [{ type: 'bag_add', productId: GUCCI_TOTE }],
    },
    {
      name: 'opens the bag from the mini-bag drawer',
      act: (tab) => tab.click('[data-qa="drawer-view-bag"]'),
      settle: renderedRoute('/en-gb/shoppingbag'),
      records: [{ type: 'page_view', nav: 'spa', pageType: 'bag', path: '/en-gb/shoppingbag', title: 'Shopping bag | NET-A-PORTER' }],
    },
    {
      name: 'proceeds to purchase: shipping address',
      act: (tab) => tab.clickToLoad('[data-qa="proceed-to-purchase"]'),
      settle: visible('[data-qa="checkout"] [data-step="shipping"][aria-current="step"]'),
      load: true,
      records: [
        { type: 'page_view', nav: 'load', pageType: 'checkout', path: '/en-gb/checkout', title: 'Checkout | NET-A-PORTER' },
        { type: 'checkout_step', step: 'shipping', fieldCount: 9 },
      ],
    },
    {
      name: 'enters an address and continues to the delivery method',
      prepare: async (tab) => {
        await tab.fill('#firstName', 'Ada');
        await tab.fill('#lastName', 'Lovelace');
        await tab.fill('#address1', '12 St James\u2019s Square');
        await tab.fill('#city', 'London');
        await tab.fill('#postcode', 'SW1Y 4JH');
        await tab.fill('#phone', '+44 20 7946 0000');
      },
      act: (tab) => tab.click('[data-qa="continue-to-delivery"]'),
      settle: visible('[data-step="delivery"][aria-current="step"]'),
      records: [{ type: 'checkout_step', step: 'delivery', fieldCount: 4 }],
    },
    {
      name: 'keeps standard delivery and continues to payment',
      act: (tab) => tab.click('[data-qa="continue-to-payment"]'),
      settle: visible('[data-step="payment"][aria-current="step"]'),
      records: [{ type: 'checkout_step', step: 'payment', fieldCount: 5 }],
    },
    {
      name: 'enters a card and reviews the order',
      prepare: async (tab) => {
        await tab.fill('#cardNumber', '4111 1111 1111 1111');
        await tab.fill('#cardName', 'Ada Lovelace');
        await tab.fill('#cardExpiry', '12/29');
        await tab.fill('#cardCvv', '737');
      },
      act: (tab) => tab.click('[data-qa="continue-to-review"]'),
      settle: visible('[data-step="review"][aria-current="step"]'),
      records: [{ type: 'checkout_step', step: 'review', fieldCount: 1 }],
    },
    {
      name: 'places the order',
      act: (tab) => tab.clickToLoad('[data-qa="place-order"]'),
      settle: visible('[data-qa="order-number"]'),
      load: true,
      records: [
        { type: 'page_view', nav: 'load', pageType: 'confirmation', path: '/en-gb/checkout/confirmation', title: 'Order confirmation | NET-A-PORTER' },
        { type: 'order_complete' },
      ],
    },
  ],
};
