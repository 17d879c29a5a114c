// The shape of the site registry: every luxury site Vitrine knows, as data.
// Rules are plain regular expressions so the registry stays serialisable in
// spirit and `classifyUrl` stays a pure function of the URL.

export const PAGE_TYPES = [
  'home', 'listing', 'search', 'product', 'bag', 'checkout',
  'confirmation', 'account', 'content', 'error', 'other',
] as const;
export type PageType = (typeof PAGE_TYPES)[number];

export const CHECKOUT_STEPS = ['login', 'shipping', 'delivery', 'payment', 'review'] as const;
export type CheckoutStep = (typeof CHECKOUT_STEPS)[number];

export type SiteKind = 'retailer' | 'brand';
export type Platform = 'custom' | 'sfcc' | 'shopify' | 'magento' | 'sap-commerce' | 'generic';

/** How a site's URLs map to page types, checkout steps and search terms. */
export interface UrlRules {
  /** Tried in order against the path (lower-cased, no trailing slash); first match wins. */
  pages: Array<{ type: PageType; path: RegExp }>;
  /** Tried in order against path + search + hash of a checkout URL. */
  checkoutSteps: Array<{ step: CheckoutStep; match: RegExp }>;
  /** Query parameters that carry the search term, e.g. `q`. */
  searchParams: string[];
  /** Path patterns whose first capture group is the search term, e.g. `/shop/search/(.+)`. */
  searchPaths: RegExp[];
}

export interface SiteDefinition {
  id: string;
  name: string;
  kind: SiteKind;
  platform: Platform;
  /** Every host the site serves pages from, including checkout and locale hosts. */
  hosts: string[];
  /** Site-specific rules, tried before the platform's. */
  rules?: Partial<UrlRules>;
}

export interface UrlClassification {
  siteId: string | null;
  pageType: PageType;
  checkoutStep?: CheckoutStep;
  searchQuery?: string;
}
