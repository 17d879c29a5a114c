// URL rules shared by every site on a commerce platform, and a generic set for
// anything else. A site's own rules are tried first; these fill the gaps, and
// serve sites the user adds without rules of their own.
import type { Platform, UrlRules } from './types';

/** Locale prefixes such as /en-gb, /fr, /it-it, /eng-us, /en_us (paths are lower-cased). */
const LOCALE = String.raw`(?:/(?:[a-z]{2}(?:[-_][a-z]{2})?|[a-z]{3}[-_][a-z]{2}))?`;
const path = (body: string) => new RegExp(`^${LOCALE}${body}`);

const GENERIC: UrlRules = {
  pages: [
    { type: 'home', path: path(String.raw`/?$`) },
    { type: 'confirmation', path: /(thank[-_]?you|order[-_]?confirmation|checkout\/confirmation|\/confirmation$|order-complete)/ },
    { type: 'checkout', path: /\/(checkout|checkouts)(\/|$)/ },
    { type: 'bag', path: /\/(cart|bag|basket|shopping-?bag|shoppingbag)$/ },
    { type: 'search', path: /\/(search|catalogsearch|searchresults?)(\/|$)/ },
    { type: 'account', path: /\/(account|my-account|myaccount|login|signin|sign-in|register|wishlist)(\/|$)/ },
    { type: 'product', path: /\/(product|products|p|pr)\/[^/]+/ },
    { type: 'listing', path: /\/(shop|collections?|category|categories|c)\/[^/]+/ },
    { type: 'content', path: /\/(stories|journal|editorial|about|help|faq|customer-service|stores?|store-locator|magazine)(\/|$)/ },
  ],
  checkoutSteps: [
    { step: 'login', match: /(login|signin|sign-in|identification|stage=login)/ },
    { step: 'review', match: /(review|placeorder|place-order|stage=placeorder|summary)/ },
    { step: 'payment', match: /(payment|billing|stage=payment)/ },
    { step: 'delivery', match: /(delivery|shipping[-_]?method|stage=delivery)/ },
    { step: 'shipping', match: /(shipping|address|information|stage=shipping)/ },
  ],
  searchParams: ['q', 'query', 'search', 'searchterm', 'text', 'keyword', 'k'],
  searchPaths: [/\/search\/([^/]+)$/],
};

const SFCC: UrlRules = {
  ...GENERIC,
  pages: [
    { type: 'product', path: /-[a-z0-9]{6,}\.html$/ },
    ...GENERIC.pages,
  ],
};

const SHOPIFY: UrlRules = {
  ...GENERIC,
  pages: [
    { type: 'confirmation', path: /\/(thank[-_]you|orders\/[^/]+)$/ },
    { type: 'checkout', path: /\/checkouts?\// },
    { type: 'product', path: /\/products\/[^/]+$/ },
    { type: 'listing', path: /\/collections\/[^/]+$/ },
    ...GENERIC.pages,
  ],
  checkoutSteps: [
    { step: 'shipping', match: /step=(contact_information|shipping_address)/ },
    { step: 'delivery', match: /step=shipping_method/ },
    { step: 'payment', match: /step=payment_method/ },
    ...GENERIC.checkoutSteps,
  ],
};

const MAGENTO: UrlRules = {
  ...GENERIC,
  pages: [
    { type: 'search', path: /\/catalogsearch\/result/ },
    { type: 'bag', path: /\/checkout\/cart$/ },
    { type: 'confirmation', path: /\/checkout\/onepage\/success$/ },
    ...GENERIC.pages,
  ],
};

const SAP_COMMERCE: UrlRules = {
  ...GENERIC,
  pages: [
    { type: 'product', path: /\/p\/[a-z0-9]+$|\/pr\/.+-p-[a-z0-9]+$/ },
    { type: 'listing', path: /\/c\/[a-z0-9]+$|\/ca\/[^/]+/ },
    ...GENERIC.pages,
  ],
  searchParams: ['text', ...GENERIC.searchParams],
};

export const PLATFORM_RULES: Record<Platform, UrlRules> = {
  custom: GENERIC,
  generic: GENERIC,
  sfcc: SFCC,
  shopify: SHOPIFY,
  magento: MAGENTO,
  'sap-commerce': SAP_COMMERCE,
};
