// Luxury department stores, on both sides of the Atlantic. Neiman Marcus and
// Bergdorf Goodman share one storefront (…-prod123, …-cat123); the London
// stores each have their own scheme.
import type { SiteDefinition, UrlRules } from '../types';
import { departments, rule } from '../url-patterns';

/** Neiman Marcus Group storefront, shared by Neiman Marcus and Bergdorf Goodman. */
const NMG: Partial<UrlRules> = {
  pages: [
    rule('product', /^\/p\/[^/]+-prod\d+$/),
    rule('listing', /^\/c\/[^/]+-cat\d+$/),
  ],
};

export const DEPARTMENT_STORES: readonly SiteDefinition[] = [
  {
    id: 'neiman-marcus', name: 'Neiman Marcus', kind: 'retailer', platform: 'custom',
    hosts: ['www.neimanmarcus.com', 'neimanmarcus.com'],
    rules: NMG,
  },
  {
    id: 'bergdorf-goodman', name: 'Bergdorf Goodman', kind: 'retailer', platform: 'custom',
    hosts: ['www.bergdorfgoodman.com', 'bergdorfgoodman.com'],
    rules: NMG,
  },
  {
    // Salesforce since 2021; /checkout/SaksBag.jsp and /product/0400… pages of the older shop still resolve.
    id: 'saks-fifth-avenue', name: 'Saks Fifth Avenue', kind: 'retailer', platform: 'sfcc',
    hosts: ['www.saksfifthavenue.com', 'saksfifthavenue.com'],
    rules: {
      pages: [
        rule('bag', /^\/checkout\/saksbag(?:\.jsp)?$/),
        rule('product', /(?:^|\/)product\/(?:[^/]+-)?\d{9,}(?:\.html)?$/),
        rule('listing', /^\/c\//),
      ],
    },
  },
  {
    id: 'harrods', name: 'Harrods', kind: 'retailer', platform: 'custom',
    hosts: ['www.harrods.com', 'harrods.com', 'secure.harrods.com'],
    rules: {
      pages: [
        rule('product', /^\/shopping\/[^/]+-\d{6,}$/),
        rule('search', /^\/(?:shopping\/)?(?:search|results)(?:\/|$)/),
        rule('listing', /^\/shopping(?:\/|$)/),
      ],
      // Departments are free slugs: /en-gb/tea, /en-gb/food-and-wine/…
      fallback: 'listing',
    },
  },
  {
    id: 'selfridges', name: 'Selfridges', kind: 'retailer', platform: 'custom',
    hosts: ['www.selfridges.com', 'selfridges.com'],
    rules: {
      pages: [rule('listing', /^\/cat(?:\/|$)/)],
    },
  },
  {
    // /int/ is the international store and /dubai/ the Dubai one: both are storefront prefixes.
    id: 'harvey-nichols', name: 'Harvey Nichols', kind: 'retailer', platform: 'custom',
    hosts: ['www.harveynichols.com', 'harveynichols.com'],
    rules: {
      locale: /^\/(?:int|dubai|[a-z]{2}-[a-z]{2})(?=\/|$)/,
      pages: [
        rule('product', /\/p\d{5,}$/),
        ...departments(/^\/(?:brand|womens|mens|kids|sale|beauty|home|gifts)(?:\/|$)/),
      ],
    },
  },
];
