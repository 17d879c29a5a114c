// British, American and Scandinavian houses: Burberry's country hosts
// (us.burberry.com) with -p80123456 products, and four Salesforce storefronts
// whose coded .html products the platform rules already know.
import type { SiteDefinition } from '../types';
import { rule } from '../url-patterns';

export const MORE_HOUSES: readonly SiteDefinition[] = [
  {
    id: 'burberry', name: 'Burberry', kind: 'brand', platform: 'custom',
    hosts: [
      'www.burberry.com', 'burberry.com', 'us.burberry.com', 'uk.burberry.com', 'eu.burberry.com',
      'ca.burberry.com', 'au.burberry.com', 'hk.burberry.com', 'jp.burberry.com', 'kr.burberry.com',
      'cn.burberry.com',
    ],
    rules: {
      pages: [rule('product', /-p\d{6,}$/)],
      fallback: 'listing',
    },
  },
  {
    id: 'jimmy-choo', name: 'Jimmy Choo', kind: 'brand', platform: 'sfcc',
    hosts: ['www.jimmychoo.com', 'jimmychoo.com', 'us.jimmychoo.com'],
    rules: { fallback: 'listing' },
  },
  {
    id: 'ralph-lauren', name: 'Ralph Lauren', kind: 'brand', platform: 'sfcc',
    hosts: ['www.ralphlauren.com', 'ralphlauren.com', 'www.ralphlauren.co.uk', 'www.ralphlauren.fr', 'www.ralphlauren.de'],
    rules: { fallback: 'listing' },
  },
  {
    id: 'tom-ford', name: 'Tom Ford', kind: 'brand', platform: 'sfcc',
    hosts: ['www.tomford.com', 'tomford.com'],
    rules: { fallback: 'listing' },
  },
  {
    id: 'acne-studios', name: 'Acne Studios', kind: 'brand', platform: 'sfcc',
    hosts: ['www.acnestudios.com', 'acnestudios.com'],
    rules: { fallback: 'listing' },
  },
];
