// French maisons: Chanel and Hermès, the Richemont jewellers Cartier and Van
// Cleef & Arpels, and Christian Louboutin. Each keeps its own URL scheme, so each
// states its product pattern; collections and categories fall back to listing.
import type { SiteDefinition } from '../types';
import { rule } from '../url-patterns';

export const FRENCH_MAISONS: readonly SiteDefinition[] = [
  {
    // SAP Commerce: products are /fashion/p/AS6617B2621894305/…, /fragrance/p/107350/…;
    // the older chanel.cn /p/lips/lipsticks.html pages are ranges, not products.
    id: 'chanel', name: 'Chanel', kind: 'brand', platform: 'sap-commerce',
    hosts: ['www.chanel.com', 'chanel.com', 'www.chanel.cn'],
    rules: {
      pages: [
        rule('product', /\/p\/(?=[a-z]*\d)[a-z0-9]{5,}(?:\/|$)/),
        rule('listing', /\/[cp]\//),
      ],
      fallback: 'listing',
    },
  },
  {
    id: 'hermes', name: 'Hermès', kind: 'brand', platform: 'custom',
    hosts: ['www.hermes.com', 'hermes.com'],
    rules: {
      pages: [rule('product', /^\/product\//), rule('listing', /^\/category\//)],
      searchParams: ['s'],
      fallback: 'listing',
    },
  },
  {
    // Salesforce; boutique search lives on secure.www.cartier.com.
    id: 'cartier', name: 'Cartier', kind: 'brand', platform: 'sfcc',
    hosts: ['www.cartier.com', 'cartier.com', 'secure.www.cartier.com'],
    rules: { searchParams: ['text'], fallback: 'listing' },
  },
  {
    // Products carry the reference before the name: …/vcara45900---vintage-alhambra-pendant.html.
    id: 'van-cleef-arpels', name: 'Van Cleef & Arpels', kind: 'brand', platform: 'custom',
    hosts: ['www.vancleefarpels.com', 'vancleefarpels.com'],
    rules: {
      pages: [rule('product', /\/vca[a-z0-9]+-+[^/]*\.html$/)],
      fallback: 'listing',
    },
  },
  {
    // Magento stores per region: us., eu. and asia. hosts with /us_en/, /fr_fr/, /hk_tc/ paths.
    id: 'christian-louboutin', name: 'Christian Louboutin', kind: 'brand', platform: 'magento',
    hosts: [
      'www.christianlouboutin.com', 'christianlouboutin.com', 'us.christianlouboutin.com',
      'eu.christianlouboutin.com', 'asia.christianlouboutin.com',
    ],
    rules: { fallback: 'listing' },
  },
];
