// The words a shopper sees for each page type (DESIGN §3 `pageType`). One table,
// so a new page type fails the type check here instead of showing a raw id.
import type { PageType } from '../sites/types';

const PAGE_TYPE_LABELS: Record<PageType, string> = {
  home: 'Home',
  listing: 'Listing',
  search: 'Search',
  product: 'Product',
  bag: 'Bag',
  checkout: 'Checkout',
  confirmation: 'Confirmation',
  account: 'Account',
  content: 'Content',
  error: 'Error',
  other: 'Page',
};

export function pageTypeLabel(pageType: PageType | string): string {
  return PAGE_TYPE_LABELS[pageType as PageType] ?? 'Page';
}
