// Kering's houses. Saint Laurent, Bottega Veneta, Balenciaga and Alexander
// McQueen share one Salesforce storefront (…-6929091YQ071000.html); Gucci runs
// SAP Commerce (/pr/…-p-CODE, /ca/…).
import type { SiteDefinition, UrlRules } from '../types';
import { departments, rule } from '../url-patterns';

/** Category pages on the shared Kering storefront are free slugs: /men/shoes, /spring-24. */
const KERING_SFCC: Partial<UrlRules> = { fallback: 'listing' };

export const KERING: readonly SiteDefinition[] = [
  {
    id: 'gucci', name: 'Gucci', kind: 'brand', platform: 'sap-commerce',
    hosts: ['www.gucci.com', 'gucci.com', 'www.gucci.cn'],
    rules: {
      pages: [
        rule('product', /(?:^|\/)pr\/.+-p-[a-z0-9]+$/),
        rule('search', /^\/(?:st\/)?(?:newsearchpage|search)(?:\/|$)/),
        ...departments(/(?:^|\/)ca\/|^\/(?:women|men|children|kids|jewelry-watches|beauty|decor|gifts)(?:\/|$)/),
        rule('content', /^\/st\/|^\/stores?(?:\/|$)/),
      ],
      searchParams: ['searchString'],
      fallback: 'listing',
    },
  },
  {
    id: 'saint-laurent', name: 'Saint Laurent', kind: 'brand', platform: 'sfcc',
    hosts: ['www.ysl.com', 'ysl.com'],
    rules: KERING_SFCC,
  },
  {
    id: 'bottega-veneta', name: 'Bottega Veneta', kind: 'brand', platform: 'sfcc',
    hosts: ['www.bottegaveneta.com', 'bottegaveneta.com'],
    rules: KERING_SFCC,
  },
  {
    id: 'balenciaga', name: 'Balenciaga', kind: 'brand', platform: 'sfcc',
    hosts: ['www.balenciaga.com', 'balenciaga.com'],
    rules: KERING_SFCC,
  },
  {
    id: 'alexander-mcqueen', name: 'Alexander McQueen', kind: 'brand', platform: 'sfcc',
    hosts: ['www.alexandermcqueen.com', 'alexandermcqueen.com'],
    rules: KERING_SFCC,
  },
];
