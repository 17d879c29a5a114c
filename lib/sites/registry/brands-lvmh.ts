// LVMH's houses. Louis Vuitton and Dior run their own storefronts, with country
// hosts (us.louisvuitton.com) and a separate checkout host (secure.louisvuitton.com);
// the smaller maisons mostly run Salesforce Commerce Cloud.
import type { SiteDefinition } from '../types';
import { departments, rule, STYLE_CODE_PRODUCT } from '../url-patterns';

export const LVMH: readonly SiteDefinition[] = [
  {
    // Listings carry an Endeca key (/_/N-1pw5vw1); products /products/name-nvprod123v/M46725 in every language.
    id: 'louis-vuitton', name: 'Louis Vuitton', kind: 'brand', platform: 'custom',
    hosts: [
      'www.louisvuitton.com', 'louisvuitton.com', 'secure.louisvuitton.com',
      'us.louisvuitton.com', 'uk.louisvuitton.com', 'eu.louisvuitton.com', 'fr.louisvuitton.com',
      'de.louisvuitton.com', 'it.louisvuitton.com', 'es.louisvuitton.com', 'jp.louisvuitton.com',
      'au.louisvuitton.com', 'hk.louisvuitton.com', 'kr.louisvuitton.com', 'www.louisvuitton.cn',
    ],
    rules: {
      pages: [
        rule('product', /^\/(?:products?|productos|produits|prodotti|produkte)\/[^/]+/),
        rule('account', /^\/mylv(?:\/|$)/),
        ...departments(/\/_\/n-|^\/(?:women|men|new|gifts?)(?:\/|$)/),
        rule('content', /^\/(?:faq|start-the-journey|stories|magazine|world-of-louis-vuitton|la-maison)(?:\/|$)/),
      ],
      fallback: 'listing',
    },
  },
  {
    // dior.cn kept the older /couture/zh_cn/… and /beauty/zh_cn/… prefixes.
    id: 'dior', name: 'Dior', kind: 'brand', platform: 'custom',
    hosts: ['www.dior.com', 'dior.com', 'www.dior.cn'],
    rules: {
      locale: /^(?:\/(?:couture|beauty))?\/[a-z]{2}_[a-z]{2}(?=\/|$)/,
      pages: [rule('product', /(?:^|\/)products\/[^/]+$/)],
      fallback: 'listing',
    },
  },
  {
    // Products end in the style code without .html: …/triomphe-01-sunglasses-in-acetate-4S194CPLB.
    id: 'celine', name: 'Celine', kind: 'brand', platform: 'sfcc',
    hosts: ['www.celine.com', 'celine.com'],
    rules: {
      pages: [rule('product', /^\/celine-[^/]+\/.+-(?=[a-z]*\d)[a-z0-9]{7,}(?:\.html)?$/)],
      fallback: 'listing',
    },
  },
  {
    id: 'loewe', name: 'Loewe', kind: 'brand', platform: 'sfcc',
    hosts: ['www.loewe.com', 'loewe.com'],
    rules: { fallback: 'listing' },
  },
  {
    id: 'givenchy', name: 'Givenchy', kind: 'brand', platform: 'sfcc',
    hosts: ['www.givenchy.com', 'givenchy.com'],
    rules: { fallback: 'listing' },
  },
  {
    // Products end in the style code: …/baguette-…-slides-8r8136ai16f0ana, /fr-fr/8BH394ABVLF0PWZ.html.
    id: 'fendi', name: 'Fendi', kind: 'brand', platform: 'sap-commerce',
    hosts: ['www.fendi.com', 'fendi.com'],
    rules: { pages: [rule('product', STYLE_CODE_PRODUCT)], fallback: 'listing' },
  },
  {
    id: 'bulgari', name: 'Bulgari', kind: 'brand', platform: 'sfcc',
    hosts: ['www.bulgari.com', 'bulgari.com'],
    rules: { fallback: 'listing' },
  },
  {
    // Products end in a group or item number: …-GRP09923/, …-60006719.html.
    id: 'tiffany', name: 'Tiffany & Co.', kind: 'brand', platform: 'custom',
    hosts: ['www.tiffany.com', 'tiffany.com'],
    rules: {
      pages: [
        rule('product', /-(?:grp\d+|\d{6,})(?:\.html)?$/),
        ...departments(/^\/(?:jewelry|watches|accessories|home|gifts|engagement|fragrance|love-engagement)(?:\/|$)/),
      ],
    },
  },
  {
    id: 'rimowa', name: 'Rimowa', kind: 'brand', platform: 'sfcc',
    hosts: ['www.rimowa.com', 'rimowa.com'],
    rules: { fallback: 'listing' },
  },
];
