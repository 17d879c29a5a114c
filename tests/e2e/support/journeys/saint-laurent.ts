// Saint Laurent, a brand on Salesforce Commerce Cloud (SFRA), in French. Every
// catalogue page is a page load: the header search goes to /fr-fr/search?q=…
// ("Aucun résultat", then "4 résultats"), a refinement to the Loulou listing,
// a product ending in its SKU (.html), "Ajouter au panier" (the minicart count
// rises after Cart-AddProduct answers), /fr-fr/cart, and SFRA's one-page
// checkout, /fr-fr/checkout?stage=customer|shipping|payment|placeOrder, whose
// stages move on after each stage's AJAX submit and a history.pushState.
import { visible, type Journey } from './model';

const SEARCH_FIELD = '[data-qa="search-field"]';
const LOULOU = '494699DV7271000';
const stage = (name: string) => visible(`#checkout-main[data-checkout-stage="${name}"]`);

export const SAINT_LAURENT_JOURNEY: Journey = {
  siteId: 'saint-laurent',
  siteName: 'Saint Laurent',
  origin: 'https://www.ysl.com',
  steps: [
    {
      name: 'opens the home page',
      act: (tab) => tab.goto('https://www.ysl.com/fr-fr'),
      settle: visible('[data-qa="hero-loulou"]'),
      load: true,
      records: [{ type: 'page_view', nav: 'load', pageType: 'home', path: '/fr-fr', title: 'Saint Laurent | Site officiel | YSL.com' }],
    },
    {
      name: 'searches "sac loulu" and finds nothing',
      prepare: (tab) => tab.fill(SEARCH_FIELD, 'sac loulu'),
      act: (tab) => tab.pressEnterToLoad(SEARCH_FIELD),
      settle: visible('[data-qa="no-results"]'),
      load: true,
      records: [
        { type: 'page_view', nav: 'load', pageType: 'search', path: '/fr-fr/search?q=sac+loulu', title: 'Résultats de recherche pour « sac loulu » | Saint Laurent | YSL.com' },
        { type: 'search', query: 'sac loulu', resultCount: 0, zeroResults: true },
        { type: 'friction', signal: 'zero_results' },
      ],
    },
    {
      name: 'refines the search to "loulou": 4 résultats',
      prepare: (tab) => tab.fill(SEARCH_FIELD, 'loulou'),
      act: (tab) => tab.pressEnterToLoad(SEARCH_FIELD),
      settle: visible('[data-qa="result-count"]'),
      load: true,
      records: [
        { type: 'page_view', nav: 'load', pageType: 'search', path: '/fr-fr/search?q=loulou', title: 'Résultats de recherche pour « loulou » | Saint Laurent | YSL.com' },
        { type: 'search', query: 'loulou', resultCount: 4, zeroResults: false },
        // Within a minute of the last search, with no product seen between.
        { type: 'friction', signal: 'search_refinement' },
      ],
    },
    {
      name: 'refines to the Loulou bags listing',
      act: (tab) => tab.clickToLoad('[data-qa="refine-loulou"]'),
      settle: visible('[data-qa="listing-grid"] .product-tile'),
      load: true,
      records: [{ type: 'page_view', nav: 'load', pageType: 'listing', path: '/fr-fr/femme/sacs/loulou', title: 'Sacs Loulou pour Femme | Saint Laurent | YSL.com' }],
    },
    {
      name: 'opens the small Loulou bag',
      act: (tab) => tab.clickToLoad(`[data-qa="tile-${LOULOU}"]`),
      settle: visible('[data-qa="add-to-cart"]'),
      load: true,
      records: [
        {
          type: 'page_view', nav: 'load', pageType: 'product',
          path: `/fr-fr/sacs-portes-epaule/loulou-petit-sac-en-cuir-matelasse-en-y-${LOULOU}.html`,
          title: 'Loulou petit sac en cuir matelassé en Y | Saint Laurent | YSL.com',
        },
        { type: 'product_view', productId: LOULOU, name: 'Loulou petit sac en cuir matelassé en Y', brand: 'Saint Laurent', price: 2650, currency: 'EUR', inStock: true },
      ],
    },
    {
      name: 'adds it to the cart',
      act: (tab) => tab.click('[data-qa="add-to-cart"]'),
      settle: visible('.add-to-basket-alert'),
      records: [{ type: 'bag_add', productId: LOULOU }],
    },
    {
      name: 'opens the cart from the minicart',
      act: (tab) => tab.clickToLoad('[data-qa="minicart-link"]'),
      settle: visible('.product-info'),
      load: true,
      records: [{ type: 'page_view', nav: 'load', pageType: 'bag', path: '/fr-fr/cart', title: 'Panier | Saint Laurent | YSL.com' }],
    },
    {
      name: 'checks out: identification',
      act: (tab) => tab.clickToLoad('[data-qa="checkout-btn"]'),
      settle: stage('customer'),
      load: true,
      records: [
        { type: 'page_view', nav: 'load', pageType: 'checkout', path: '/fr-fr/checkout', title: 'Paiement sécurisé | Saint Laurent | YSL.com' },
        { type: 'checkout_step', step: 'login', fieldCount: 3 },
      ],
    },
    {
      name: 'continues as a guest: shipping',
      prepare: (tab) => tab.fill('#email-guest', 'ada@example.com'),
      act: (tab) => tab.click('[data-qa="continue-as-guest"]'),
      settle: stage('shipping'),
      records: [
        { type: 'page_view', nav: 'spa', pageType: 'checkout', path: '/fr-fr/checkout', title: 'Paiement sécurisé | Saint Laurent | YSL.com' },
        { type: 'checkout_step', step: 'shipping', fieldCount: 11 },
      ],
    },
    {
      name: 'enters an address and continues to payment',
      prepare: async (tab) => {
        await tab.fill('#shippingFirstNamedefault', 'Ada');
        await tab.fill('#shippingLastNamedefault', 'Lovelace');
        await tab.fill('#shippingAddressOnedefault', '37 rue de Bellechasse');
        await tab.fill('#shippingZipCodedefault', '75007');
        await tab.fill('#shippingAddressCitydefault', 'Paris');
        await tab.fill('#shippingPhoneNumberdefault', '+33 1 23 45 67 89');
      },
      act: (tab) => tab.click('[data-qa="submit-shipping"]'),
      settle: stage('payment'),
      records: [
        { type: 'page_view', nav: 'spa', pageType: 'checkout', path: '/fr-fr/checkout', title: 'Paiement sécurisé | Saint Laurent | YSL.com' },
        { type: 'checkout_step', step: 'payment', fieldCount: 6 },
      ],
    },
    {
      name: 'enters a card and continues to the order review',
      prepare: async (tab) => {
        await tab.fill('#cardOwner', 'Ada Lovelace');
        await tab.fill('#cardNumber', '4111 1111 1111 1111');
        await tab.select('#expirationMonth', '12');
        await tab.select('#expirationYear', '2029');
        await tab.fill('#securityCode', '737');
      },
      act: (tab) => tab.click('[data-qa="submit-payment"]'),
      settle: stage('placeOrder'),
      records: [
        { type: 'page_view', nav: 'spa', pageType: 'checkout', path: '/fr-fr/checkout', title: 'Paiement sécurisé | Saint Laurent | YSL.com' },
        { type: 'checkout_step', step: 'review', fieldCount: 1 },
      ],
    },
    {
      name: 'accepts the terms and places the order',
      prepare: (tab) => tab.click('#acceptTerms'),
      act: (tab) => tab.clickToLoad('[data-qa="place-order"]'),
      settle: visible('[data-qa="order-number"]'),
      load: true,
      records: [
        {
          type: 'page_view', nav: 'load', pageType: 'confirmation',
          path: '/on/demandware.store/Sites-SLP-FR-Site/fr_FR/Order-Confirm',
          title: 'Confirmation de commande | Saint Laurent | YSL.com',
        },
        { type: 'order_complete' },
      ],
    },
  ],
};
