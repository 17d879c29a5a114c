// Browns, a multi-brand retailer on Shopify (registry platform 'shopify'). Every
// page is a page load: the header search goes to /search?q=… ("No results
// found", then "5 results found"), the menu to /collections/bags, a product at
// /products/<handle> with JSON-LD, "Add to cart" (the header's #CartCount rises
// after the fake /cart/add.js round trip), /cart, and Shopify's classic checkout
// /checkouts/<token>?step=contact_information|shipping_method|payment_method
// with its Cart › Information › Shipping › Payment breadcrumb, then /thank_you.
import { visible, type Journey } from './model';

export const BROWNS_ORIGIN = 'https://www.brownsfashion.com';
const TOKEN = '5f2c9a81e0b4d7c3';
const CHECKOUT_PATH = `/checkouts/${TOKEN}`;
const ANDIAMO = { handle: 'andiamo-medium-intrecciato-leather-tote', sku: 'BV766014-2113' };
const HEADER_SEARCH = '[data-qa="header-search"]';
const PAGE_SEARCH = '#Search-In-Template';

/** Shopify's step pages all carry the breadcrumb; the current crumb has aria-current="step". */
const atStep = (crumb: string) => visible(`.breadcrumb__item[data-crumb="${crumb}"][aria-current="step"]`);

export const BROWNS_JOURNEY: Journey = {
  siteId: 'browns',
  siteName: 'Browns',
  origin: BROWNS_ORIGIN,
  steps: [
    {
      name: 'opens the home page',
      act: (tab) => tab.goto(`${BROWNS_ORIGIN}/`),
      settle: visible('[data-qa="nav-bags"]'),
      load: true,
      records: [{ type: 'page_view', nav: 'load', pageType: 'home', path: '/', title: 'Browns | Luxury Designer Fashion for Women, Men & Kids' }],
    },
    {
      name: 'searches "silver clutch" and finds nothing',
      prepare: (tab) => tab.fill(HEADER_SEARCH, 'silver clutch'),
      act: (tab) => tab.pressEnterToLoad(HEADER_SEARCH),
      settle: visible('.template-search__status'),
      load: true,
      records: [
        // The form's other parameters (type=product, options[prefix]=last) are dropped; the term stays (queryCapture: text).
        { type: 'page_view', nav: 'load', pageType: 'search', path: '/search?q=silver+clutch', title: 'Search: 0 results found for \u201csilver clutch\u201d \u2013 Browns' },
        { type: 'search', query: 'silver clutch', resultCount: 0, zeroResults: true },
        { type: 'friction', signal: 'zero_results' },
      ],
    },
    {
      name: 'refines the search to "tote": 5 results',
      prepare: (tab) => tab.fill(PAGE_SEARCH, 'tote'),
      act: (tab) => tab.pressEnterToLoad(PAGE_SEARCH),
      settle: visible('#product-grid'),
      load: true,
      records: [
        { type: 'page_view', nav: 'load', pageType: 'search', path: '/search?q=tote', title: 'Search: 5 results found for \u201ctote\u201d \u2013 Browns' },
        // Four totes, and Toteme's shoulder bag (the brand's name matches too).
        { type: 'search', query: 'tote', resultCount: 5, zeroResults: false },
        // Within a minute of the last search, with no product seen between.
        { type: 'friction', signal: 'search_refinement' },
      ],
    },
    {
      name: 'opens Bags from the menu',
      act: (tab) => tab.clickToLoad('[data-qa="nav-bags"]'),
      settle: visible(`[data-product-link="${ANDIAMO.handle}"]`),
      load: true,
      records: [{ type: 'page_view', nav: 'load', pageType: 'listing', path: '/collections/bags', title: 'Designer Bags for Women | Browns' }],
    },
    {
      name: 'opens the Bottega Veneta Andiamo tote',
      act: (tab) => tab.clickToLoad(`[data-product-link="${ANDIAMO.handle}"]`),
      settle: visible('[data-qa="add-to-cart"]'),
      load: true,
      records: [
        {
          type: 'page_view', nav: 'load', pageType: 'product',
          path: `/products/${ANDIAMO.handle}`,
          title: 'Bottega Veneta Andiamo medium intrecciato leather tote | Browns',
        },
        {
          type: 'product_view', productId: ANDIAMO.sku, name: 'Andiamo medium intrecciato leather tote',
          brand: 'Bottega Veneta', price: 4200, currency: 'GBP', inStock: true,
        },
      ],
    },
    {
      name: 'adds it to the cart',
      act: (tab) => tab.click('[data-qa="add-to-cart"]'),
      // The count rises 600 ms after the click, as after Shopify's /cart/add.js answer.
      settle: visible('#CartCount:not(.hide)'),
      records: [{ type: 'bag_add', productId: ANDIAMO.sku }],
    },
    {
      name: 'opens the cart',
      act: (tab) => tab.clickToLoad('[data-qa="cart-link"]'),
      settle: visible('[data-cart-item]'),
      load: true,
      records: [{ type: 'page_view', nav: 'load', pageType: 'bag', path: '/cart', title: 'Your Shopping Cart \u2013 Browns' }],
    },
    {
      name: 'checks out: contact information and shipping address',
      // /checkout answers 302 to /checkouts/<token>?step=contact_information, as Shopify does.
      act: (tab) => tab.clickToLoad('[data-qa="checkout"]'),
      settle: atStep('contact_information'),
      load: true,
      records: [
        { type: 'page_view', nav: 'load', pageType: 'checkout', path: CHECKOUT_PATH, title: 'Information - Browns - Checkout' },
        // Email, news opt-in, country, first and last name, company, address, apartment, city, postcode, phone.
        { type: 'checkout_step', step: 'shipping', fieldCount: 11 },
      ],
    },
    {
      name: 'continues to the shipping method',
      prepare: async (tab) => {
        await tab.fill('[data-qa="email"]', 'jane.doe@example.com');
        await tab.fill('[data-qa="first-name"]', 'Jane');
        await tab.fill('[data-qa="last-name"]', 'Doe');
        await tab.fill('[data-qa="address1"]', '23 South Molton Street');
        await tab.fill('[data-qa="city"]', 'London');
        await tab.fill('[data-qa="zip"]', 'W1K 5RD');
      },
      act: (tab) => tab.clickToLoad('[data-qa="continue"]'),
      settle: atStep('shipping_method'),
      load: true,
      records: [
        { type: 'page_view', nav: 'load', pageType: 'checkout', path: CHECKOUT_PATH, title: 'Shipping - Browns - Checkout' },
        // Three shipping rates. The breadcrumb says "Shipping"; the URL says step=shipping_method: delivery.
        { type: 'checkout_step', step: 'delivery', fieldCount: 3 },
      ],
    },
    {
      name: 'chooses express delivery and continues to payment',
      prepare: (tab) => tab.click('[data-qa="express"]'),
      act: (tab) => tab.clickToLoad('[data-qa="continue"]'),
      settle: atStep('payment_method'),
      load: true,
      records: [
        { type: 'page_view', nav: 'load', pageType: 'checkout', path: CHECKOUT_PATH, title: 'Payment - Browns - Checkout' },
        // Card or PayPal, four card fields, same or different billing address (whose fields stay hidden).
        { type: 'checkout_step', step: 'payment', fieldCount: 8 },
      ],
    },
    {
      name: 'pays now',
      prepare: async (tab) => {
        await tab.fill('[data-qa="card-number"]', '4111 1111 1111 1111');
        await tab.fill('[data-qa="card-name"]', 'Jane Doe');
        await tab.fill('[data-qa="card-expiry"]', '12 / 29');
        await tab.fill('[data-qa="card-cvc"]', '737');
      },
      act: (tab) => tab.clickToLoad('[data-qa="pay-now"]'),
      settle: visible('[data-qa="thank-you"]'),
      load: true,
      records: [
        { type: 'page_view', nav: 'load', pageType: 'confirmation', path: `${CHECKOUT_PATH}/thank_you`, title: 'Thank you for your purchase! - Browns - Checkout' },
        { type: 'order_complete' },
      ],
    },
  ],
};
