// The site registry seed: the luxury sites Vitrine records on, each with every
// host it uses. Content-script match patterns and host permissions are derived
// from this list (see match-patterns.ts); there is no second hand-kept list.
import type { SiteDefinition } from './types';

export const SITES: readonly SiteDefinition[] = [
  {
    id: 'net-a-porter',
    name: 'Net-a-Porter',
    kind: 'retailer',
    platform: 'custom',
    hosts: ['www.net-a-porter.com', 'net-a-porter.com'],
    rules: {
      pages: [
        { type: 'bag', path: /^(\/[a-z]{2}-[a-z]{2})?\/shoppingbag$/ },
        { type: 'product', path: /\/shop\/product\// },
        { type: 'listing', path: /\/shop\/(?!search\/)(designer\/)?[^/]+/ },
      ],
      searchPaths: [/\/shop\/search\/([^/]+)/],
    },
  },
  {
    id: 'mr-porter',
    name: 'MR PORTER',
    kind: 'retailer',
    platform: 'custom',
    hosts: ['www.mrporter.com', 'mrporter.com'],
    rules: {
      pages: [
        { type: 'bag', path: /^(\/[a-z]{2}-[a-z]{2})?\/shoppingbag$/ },
        { type: 'product', path: /\/shop\/product\// },
        { type: 'listing', path: /\/(shop|designer)\/(?!search\/)[^/]+/ },
      ],
      searchPaths: [/\/shop\/search\/([^/]+)/],
    },
  },
  {
    id: 'mytheresa',
    name: 'Mytheresa',
    kind: 'retailer',
    platform: 'custom',
    hosts: ['www.mytheresa.com', 'mytheresa.com'],
    rules: {
      pages: [{ type: 'product', path: /-p\d+$/ }],
      searchParams: ['q', 'query'],
    },
  },
  {
    id: 'farfetch',
    name: 'Farfetch',
    kind: 'retailer',
    platform: 'custom',
    hosts: ['www.farfetch.com', 'farfetch.com', 'secure.farfetch.com'],
    rules: {
      pages: [
        { type: 'product', path: /-item-\d+(\.aspx)?$/ },
        { type: 'listing', path: /\/shopping\/(women|men|kids)\/(?!search)[^/]+/ },
      ],
      searchParams: ['q'],
    },
  },
  {
    id: 'ssense',
    name: 'SSENSE',
    kind: 'retailer',
    platform: 'custom',
    hosts: ['www.ssense.com', 'ssense.com'],
    rules: {
      pages: [
        { type: 'product', path: /\/product\/[^/]+\/[^/]+\/\d+$/ },
        { type: 'listing', path: /^\/[a-z]{2}-[a-z]{2}\/(women|men|everything-else)(\/|$)/ },
      ],
      searchParams: ['q'],
    },
  },
  {
    id: 'gucci',
    name: 'Gucci',
    kind: 'brand',
    platform: 'sap-commerce',
    hosts: ['www.gucci.com', 'gucci.com'],
    rules: {
      pages: [
        { type: 'product', path: /\/pr\/.+-p-[a-z0-9]+$/ },
        { type: 'listing', path: /\/ca\/[^/]+/ },
      ],
      searchParams: ['searchString', 'q'],
    },
  },
  {
    id: 'louis-vuitton',
    name: 'Louis Vuitton',
    kind: 'brand',
    platform: 'custom',
    hosts: ['www.louisvuitton.com', 'louisvuitton.com', 'secure.louisvuitton.com', 'us.louisvuitton.com', 'eu.louisvuitton.com', 'uk.louisvuitton.com', 'fr.louisvuitton.com'],
    rules: {
      pages: [
        { type: 'product', path: /\/products\/[^/]+$/ },
        { type: 'listing', path: /\/[a-z]+\/[^/]+\/_\/[^/]+/ },
      ],
      searchPaths: [/\/search\/([^/]+)/],
      searchParams: ['q'],
    },
  },
];
