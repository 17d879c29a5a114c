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

export interface PageRule {
  type: PageType;
  /** Tested against the lower-cased path with the locale prefix and trailing slashes removed. */
  path: RegExp;
}

/** How a site's URLs map to page types, checkout steps and search terms. */
export interface UrlRules {
  /**
   * The site's locale prefix (`/en-gb`, `/us/en`, `/eng-us`), anchored at the
   * start of the lower-cased path. It is cut off before the page rules run.
   */
  locale: RegExp;
  /** Tried in order against the path after the locale; first match wins. */
  pages: PageRule[];
  /** What a path no rule matches is, e.g. `listing` on brand sites whose categories have free slugs. */
  fallback: PageType;
  /** Tried in order against path + search + hash of a checkout URL (lower-cased). */
  checkoutSteps: Array<{ step: CheckoutStep; match: RegExp }>;
  /** Query parameters that carry the search term, compared case-insensitively (`q`, `SearchTerm`). */
  searchParams: string[];
  /** Patterns whose first capture group is the search term, tested on the path after the locale, case kept. */
  searchPaths: RegExp[];
}

export interface SiteDefinition {
  id: string;
  name: string;
  kind: SiteKind;
  platform: Platform;
  /** Every host the site serves pages from, including checkout and country hosts. */
  hosts: string[];
  /** Site-specific rules, tried before the platform's; `locale` and `fallback` replace the platform's. */
  rules?: Partial<UrlRules>;
}

export interface UrlClassification {
  siteId: string | null;
  pageType: PageType;
  checkoutStep?: CheckoutStep;
  searchQuery?: string;
}
