// Multi-brand online retailers. Their catalogues span every designer, so their
// URLs follow the retailer's own scheme (YNAP's /shop/product/…, Farfetch's
// -item-123.aspx) rather than a commerce platform's.
import type { SiteDefinition, UrlRules } from '../types';
import { departments, rule } from '../url-patterns';

/** Net-a-Porter, MR PORTER and The Outnet share YNAP's storefront and its URL scheme. */
const YNAP: Partial<UrlRules> = {
  pages: [
    rule('bag', /^\/shopping-?bag(?:\.[a-z]+)?$/),
    rule('product', /^\/(?:(?:shop|mens|womens)\/)?product\/|^\/mens\/[a-z0-9_]+\/[^/]+\/\d+$/),
    rule('search', /^\/(?:(?:shop|mens|womens)\/)?search(?:\/|$)/),
    rule('content', /^\/(?:content|magazine|journal|porter|d\/editorial|editorial|page)(?:\/|$)/),
    rule('listing', /^\/(?:shop|mens|womens|designers?|m\/shop)(?:\/|$)/),
  ],
  searchParams: ['keywords'],
  searchPaths: [/^\/(?:(?:shop|mens|womens)\/)?search\/([^/]+)$/i],
};

export const RETAILERS: readonly SiteDefinition[] = [
  {
    id: 'net-a-porter', name: 'Net-a-Porter', kind: 'retailer', platform: 'custom',
    hosts: ['www.net-a-porter.com', 'net-a-porter.com'],
    rules: YNAP,
  },
  {
    id: 'mr-porter', name: 'MR PORTER', kind: 'retailer', platform: 'custom',
    hosts: ['www.mrporter.com', 'mrporter.com'],
    rules: YNAP,
  },
  {
    id: 'the-outnet', name: 'The Outnet', kind: 'retailer', platform: 'custom',
    hosts: ['www.theoutnet.com', 'theoutnet.com'],
    rules: YNAP,
  },
  {
    // Today's /us/en/women/…-p01078791 and the older Magento shop's -1363812.html both live on.
    id: 'mytheresa', name: 'Mytheresa', kind: 'retailer', platform: 'custom',
    hosts: ['www.mytheresa.com', 'mytheresa.com'],
    rules: {
      pages: [
        rule('product', /-p\d{6,}$|-\d{6,}\.html$|(?:^|\/)catalog\/product\/view\//),
        ...departments(/^\/(?:women|men|kids|boys|girls|baby|life|designers?)(?:[/.]|$)/),
      ],
      fallback: 'listing',
    },
  },
  {
    id: 'farfetch', name: 'Farfetch', kind: 'retailer', platform: 'custom',
    hosts: ['www.farfetch.com', 'farfetch.com', 'secure.farfetch.com'],
    rules: {
      pages: [
        rule('product', /-item-\d+(?:\.aspx)?$/),
        // secure.farfetch.com serves the checkout steps as /v2/Payment, /v2/Shipping, …
        rule('checkout', /^\/v\d+\/(?:payment|shipping|delivery|review|summary|checkout)(?:\/|$)/),
        rule('search', /^\/shopping\/(?:(?:women|men|kids)\/)?search(?:\/|$)/),
        rule('listing', /^\/(?:shopping|sets|designers)(?:\/|$)/),
        rule('content', /^\/style-guide(?:\/|$)/),
      ],
    },
  },
  {
    id: 'ssense', name: 'SSENSE', kind: 'retailer', platform: 'custom',
    hosts: ['www.ssense.com', 'ssense.com'],
    rules: {
      pages: [
        rule('product', /\/product\/[^/]+\/[^/]+\/\d+$/),
        rule('search', /(?:^|\/)search(?:\/|$)/),
        ...departments(/^\/(?:women|men|everything-else|kids)(?:\/|$)/),
      ],
    },
  },
  {
    id: 'matches', name: 'MATCHES', kind: 'retailer', platform: 'custom',
    hosts: ['www.matchesfashion.com', 'matchesfashion.com', 'www.matches.com', 'matches.com'],
    rules: {
      pages: [
        rule('product', /^\/products\/[^/]+-\d{5,}$/),
        ...departments(/^\/(?:mens|womens)(?:\/|$)/),
      ],
    },
  },
  {
    // Trunkshow pieces sit under /designer-season/piece: /jil-sander-fw20/grande-tangle-leather-tote.
    id: 'moda-operandi', name: 'Moda Operandi', kind: 'retailer', platform: 'custom',
    hosts: ['www.modaoperandi.com', 'modaoperandi.com'],
    rules: {
      pages: [
        rule('product', /^\/(?:women|men)\/p\/[^/]+\/[^/]+\/\d+$|^\/[a-z0-9-]+-(?:fw|ss|pf|rs|sp|fa)\d{2}\/[a-z0-9-]+$/),
        ...departments(/^\/(?:women|men)(?:\/|$)/),
      ],
    },
  },
  {
    id: '24s', name: '24S', kind: 'retailer', platform: 'custom',
    hosts: ['www.24s.com', '24s.com'],
    rules: {
      pages: [
        rule('product', /^\/[a-z0-9-]+_[a-z0-9]{8,}$/),
        ...departments(/^\/(?:women|men|kids|lifestyle|home)(?:\/|$)/),
      ],
    },
  },
  {
    id: 'luisaviaroma', name: 'LuisaViaRoma', kind: 'retailer', platform: 'custom',
    hosts: ['www.luisaviaroma.com', 'luisaviaroma.com'],
    rules: {
      pages: [
        rule('product', /^\/p\//),
        rule('search', /(?:^|\/)search(?:\/|$)/),
        ...departments(/^\/(?:shop|women|men|kids)(?:\/|$)/),
      ],
    },
  },
  {
    // Browns moved to Shopify; pages of the earlier storefront (/uk/shopping/name-14571783,
    // /uk/shopping/womens-bags, /uk/woman) remain.
    id: 'browns', name: 'Browns', kind: 'retailer', platform: 'shopify',
    hosts: ['www.brownsfashion.com', 'brownsfashion.com'],
    rules: {
      pages: [
        rule('product', /^\/shopping\/[^/]+-\d{6,}$/),
        ...departments(/^\/(?:shopping|woman|man|women|men|kids)(?:\/|$)/),
      ],
    },
  },
];
