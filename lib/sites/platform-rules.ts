// URL rules shared by every site on a commerce platform, and a generic set for
// anything else. A site's own rules are tried first; these fill the gaps, and
// alone serve unknown hosts and sites the user adds.
import type { Platform, UrlRules } from './types';
import { CODED_HTML_PRODUCT, CONTENT, LOCALE, rule } from './url-patterns';

const GENERIC: UrlRules = {
  locale: LOCALE,
  pages: [
    rule('error', /(?:^|\/)(?:404|500|error|errors|page-?not-?found|not-?found)(?:\.html?|\.jsp)?$/),
    rule('confirmation', /thank[-_]?you|order[-_]?(?:confirmation|confirmed|confirm|complete|completed|success|received|placed)|checkout[-/](?:success|confirmation|complete)|onepage\/success|(?:^|\/)confirmation(?:\/|$)/),
    rule('bag', /(?:^|\/)(?:cart|bag|basket|shopping[-_]?bag|shopping[-_]?cart|my[-_]?bag|my[-_]?cart)(?:\.[a-z]+)?$/),
    rule('checkout', /(?:^|\/)(?:checkout|checkouts|secure-checkout|chkout)(?:[/._-]|$)/),
    rule('account', /(?:^|\/)(?:account|accounts|my-?account|my-?profile|login|log-in|signin|sign-in|signup|sign-up|register|registration|create-account|wishlist|wish-list|favou?rites|customer\/account)(?:[/._-]|$)/),
    rule('search', /(?:^|\/)(?:search|searchresults?|search-results|catalogsearch)(?:[/._-]|$)/),
    rule('product', /(?:^|\/)(?:product|products|p|pr|prd)\/[^/]+/),
    rule('listing', /(?:^|\/)(?:shop|collections?|category|categories|c|cat|catalog|designers?|brands?|sale|new-in|new-arrivals|whats-new)(?:[/.]|$)/),
    rule('content', CONTENT),
  ],
  fallback: 'other',
  checkoutSteps: [
    { step: 'login', match: /login|signin|sign-in|identification|guest|stage=login|stage=customer/ },
    { step: 'review', match: /review|placeorder|place-order|summary/ },
    { step: 'payment', match: /payment|billing/ },
    { step: 'delivery', match: /(?:delivery|shipping)[-_]?(?:method|option)s?|stage=delivery|\/delivery(?:$|[/?#])/ },
    { step: 'shipping', match: /shipping|address|contact_information|information/ },
  ],
  searchParams: ['q', 'query', 'search', 'searchterm', 'searchstring', 'keyword', 'keywords', 'freetext', 'term', 'ntt'],
  searchPaths: [/(?:^|\/)search(?:-results)?\/([^/]+)$/i],
};

const extend = (base: UrlRules, more: Partial<UrlRules>): UrlRules => ({
  ...base,
  ...more,
  pages: [...(more.pages ?? []), ...base.pages],
  checkoutSteps: [...(more.checkoutSteps ?? []), ...base.checkoutSteps],
  searchParams: [...(more.searchParams ?? []), ...base.searchParams],
  searchPaths: [...(more.searchPaths ?? []), ...base.searchPaths],
});

/** Salesforce Commerce Cloud: `/on/demandware.store/Sites-X-Site/en/Cart-Show` pipelines and coded `.html` products. */
const SFCC = extend(GENERIC, {
  pages: [
    rule('bag', /demandware\.store\/[^/]+\/[^/]+\/cart-/),
    rule('confirmation', /demandware\.store\/[^/]+\/[^/]+\/(?:cosummary-submit|order-confirm|checkout-confirm)/),
    rule('checkout', /demandware\.store\/[^/]+\/[^/]+\/(?:co[a-z]*|checkout[a-z]*)-/),
    rule('account', /demandware\.store\/[^/]+\/[^/]+\/(?:account|login|wishlist|profile|order)-/),
    rule('search', /demandware\.store\/[^/]+\/[^/]+\/search-/),
    rule('product', /demandware\.store\/[^/]+\/[^/]+\/product-/),
    rule('content', /demandware\.store\/[^/]+\/[^/]+\/(?:stores|page|customerservice)-/),
    rule('product', CODED_HTML_PRODUCT),
    // Content assets, e.g. /cm/fashion-show-spring-2026 on Celine and Givenchy.
    rule('content', /^\/cm\//),
  ],
});

/** Shopify: `/products/x`, `/collections/x`, `/cart`, `/checkouts/…?step=`, `/account`. */
const SHOPIFY = extend(GENERIC, {
  pages: [
    rule('confirmation', /\/checkouts\/.+\/thank[-_]you$|(?:^|\/)orders\/[a-z0-9]+$/),
    rule('checkout', /(?:^|\/)checkouts?\//),
    rule('product', /(?:^|\/)products\/[^/]+$/),
    rule('listing', /(?:^|\/)collections(?:\/[^/]+)?$/),
    rule('content', /(?:^|\/)(?:pages|blogs|policies)\//),
  ],
  checkoutSteps: [
    { step: 'shipping', match: /step=(?:contact_information|shipping_address)/ },
    { step: 'delivery', match: /step=shipping_method/ },
    { step: 'payment', match: /step=payment_method/ },
  ],
});

/** Magento: `/catalogsearch/result`, `/checkout/cart`, `/customer/account`, `.html` categories. */
const MAGENTO = extend(GENERIC, {
  pages: [
    rule('search', /catalogsearch\/result/),
    rule('bag', /(?:^|\/)checkout\/cart(?:\/|$)/),
    rule('confirmation', /checkout\/onepage\/success/),
    rule('account', /(?:^|\/)customer\/account/),
    rule('product', /(?:^|\/)catalog\/product\/view\//),
    rule('product', CODED_HTML_PRODUCT),
  ],
});

/** SAP Commerce (Hybris): `/p/CODE`, `/c/CODE`, `-p-CODE`, `/checkout/multi/…`, `?text=`. */
const SAP_COMMERCE = extend(GENERIC, {
  pages: [
    rule('product', /(?:^|\/)p\/[a-z0-9_-]+$|-p-[a-z0-9]+$/),
    rule('listing', /(?:^|\/)c\/[a-z0-9_-]+$|-c-[a-z0-9-]+$/),
  ],
  searchParams: ['text'],
});

export const PLATFORM_RULES: Record<Platform, UrlRules> = {
  custom: GENERIC,
  generic: GENERIC,
  sfcc: SFCC,
  shopify: SHOPIFY,
  magento: MAGENTO,
  'sap-commerce': SAP_COMMERCE,
};

/** A platform's rules with a site's own in front (the site's locale and fallback win). */
export function withSiteRules(platform: Platform, own: Partial<UrlRules> = {}): UrlRules {
  return extend(PLATFORM_RULES[platform], own);
}
