// Italian houses. Prada and Miu Miu share a storefront (/p/name/CODE, /c/10267EU);
// Valentino keeps YOOX-era _cod123.html products; the rest run Salesforce, whose
// coded .html products the platform rules already know.
import type { SiteDefinition, UrlRules } from '../types';
import { CODED_HTML_PRODUCT, departments, rule } from '../url-patterns';

/** Prada Group storefront, shared by Prada and Miu Miu. */
const PRADA_GROUP: Partial<UrlRules> = {
  pages: [
    rule('product', /(?:^|\/)p\/[^/]+\/[a-z0-9_]+$|\/products\.[^/]+\.html$/),
    rule('listing', /\/c\/[a-z0-9]+$/),
  ],
  fallback: 'listing',
};

export const ITALIAN_HOUSES: readonly SiteDefinition[] = [
  {
    id: 'prada', name: 'Prada', kind: 'brand', platform: 'custom',
    hosts: ['www.prada.com', 'prada.com'],
    rules: PRADA_GROUP,
  },
  {
    id: 'miu-miu', name: 'Miu Miu', kind: 'brand', platform: 'custom',
    hosts: ['www.miumiu.com', 'miumiu.com'],
    rules: PRADA_GROUP,
  },
  {
    id: 'valentino', name: 'Valentino', kind: 'brand', platform: 'custom',
    hosts: ['www.valentino.com', 'valentino.com'],
    rules: {
      pages: [rule('product', /_cod\d+\.html$|(?:^|\/)p\/[^/]+/)],
      fallback: 'listing',
    },
  },
  {
    id: 'versace', name: 'Versace', kind: 'brand', platform: 'sfcc',
    hosts: ['www.versace.com', 'versace.com'],
    rules: { fallback: 'listing' },
  },
  {
    id: 'dolce-gabbana', name: 'Dolce & Gabbana', kind: 'brand', platform: 'sfcc',
    hosts: ['www.dolcegabbana.com', 'dolcegabbana.com'],
    rules: { fallback: 'listing' },
  },
  {
    id: 'max-mara', name: 'Max Mara', kind: 'brand', platform: 'custom',
    hosts: ['www.maxmara.com', 'maxmara.com'],
    rules: { fallback: 'listing' },
  },
  {
    // Products: /us-en/ready-to-wear/product.dark-grey-cotton-…-socks.10367417/
    id: 'zegna', name: 'Zegna', kind: 'brand', platform: 'custom',
    hosts: ['www.zegna.com', 'zegna.com'],
    rules: {
      pages: [rule('product', /\/product\.[^/]+\.\d+$/)],
      fallback: 'listing',
    },
  },
  {
    // The shop is shop.brunellocucinelli.com; www. is the corporate site.
    id: 'brunello-cucinelli', name: 'Brunello Cucinelli', kind: 'brand', platform: 'sfcc',
    hosts: ['shop.brunellocucinelli.com', 'www.brunellocucinelli.com', 'brunellocucinelli.com'],
    rules: { fallback: 'listing' },
  },
  {
    // Shopping lives under the departments; other free slugs are stories and store pages.
    id: 'moncler', name: 'Moncler', kind: 'brand', platform: 'sfcc',
    hosts: ['www.moncler.com', 'moncler.com'],
    rules: {
      pages: [
        rule('product', CODED_HTML_PRODUCT),
        ...departments(/^\/(?:women|men|children|kids|boys|girls|baby|teen|collections?|special-projects|genius|grenoble|sale|new-in|gifts?)(?:\/|$)/),
      ],
      fallback: 'content',
    },
  },
];
