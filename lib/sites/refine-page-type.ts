// What the page itself says, applied on top of what its URL says: a 404 status
// or a not-found heading is an error page, an Order or a thank-you heading is a
// confirmation, and schema.org types name pages whose URL had no answer. Pure,
// so the background can judge the facts a content script read.
import { NOT_FOUND, ORDER_CONFIRMED } from '../recorder/page-texts';
import type { PageFacts } from '../messages';
import type { PageType } from './types';

export function refinePageType(urlType: PageType, facts: PageFacts): PageType {
  const types = new Set(facts.types);
  if (facts.httpStatus >= 400 || NOT_FOUND.test(`${facts.title} ${facts.h1}`)) return 'error';
  const mayConfirm = urlType === 'checkout' || urlType === 'other' || urlType === 'confirmation';
  if (mayConfirm && (types.has('Order') || ORDER_CONFIRMED.test(facts.h1))) return 'confirmation';
  // Markup only fills in where the URL had no answer: an SPA may leave the last
  // page's JSON-LD behind, and a listing URL must stay a listing.
  if (urlType !== 'other') return urlType;
  if ((types.has('Product') || types.has('og:product')) && !types.has('ItemList')) return 'product';
  if (types.has('ItemList')) return 'listing';
  return urlType;
}
