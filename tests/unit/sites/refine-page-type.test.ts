// refinePageType: what the page says (HTTP status, headings, schema.org types)
// on top of what its URL says, branch by branch.
import { describe, expect, it } from 'vitest';
import { refinePageType } from '@/lib/sites/refine-page-type';
import type { PageFacts } from '@/lib/messages';

const facts = (over: Partial<PageFacts> = {}): PageFacts => ({ httpStatus: 200, title: 'Maison', h1: '', types: [], ...over });

describe('refinePageType', () => {
  it('makes any page an error page on an HTTP error status', () => {
    expect(refinePageType('product', facts({ httpStatus: 404 }))).toBe('error');
    expect(refinePageType('other', facts({ httpStatus: 500 }))).toBe('error');
  });

  it('makes a page with a not-found heading an error page, in French and Japanese', () => {
    expect(refinePageType('listing', facts({ title: 'Page introuvable | Maison' }))).toBe('error');
    expect(refinePageType('other', facts({ h1: 'お探しのページは見つかりませんでした' }))).toBe('error');
  });

  it('makes a checkout or unknown page that declares an Order a confirmation', () => {
    expect(refinePageType('checkout', facts({ types: ['Order'] }))).toBe('confirmation');
    expect(refinePageType('other', facts({ types: ['Order'] }))).toBe('confirmation');
    expect(refinePageType('product', facts({ types: ['Order'] }))).toBe('product');
  });

  it('makes a checkout page whose heading thanks for the order a confirmation', () => {
    expect(refinePageType('checkout', facts({ h1: 'Thank you for your order' }))).toBe('confirmation');
    expect(refinePageType('confirmation', facts({ h1: 'Merci pour votre commande' }))).toBe('confirmation');
  });

  it('keeps a listing URL a listing despite Product JSON-LD left behind', () => {
    expect(refinePageType('listing', facts({ types: ['Product'] }))).toBe('listing');
  });

  it('names an unknown page a product from Product JSON-LD or og:product', () => {
    expect(refinePageType('other', facts({ types: ['Product'] }))).toBe('product');
    expect(refinePageType('other', facts({ types: ['og:product'] }))).toBe('product');
  });

  it('names an unknown page with Products in an ItemList a listing', () => {
    expect(refinePageType('other', facts({ types: ['Product', 'ItemList'] }))).toBe('listing');
    expect(refinePageType('other', facts({ types: ['ItemList'] }))).toBe('listing');
  });

  it('leaves an unknown page with nothing telling as other', () => {
    expect(refinePageType('other', facts({ types: ['WebPage', 'BreadcrumbList'] }))).toBe('other');
  });
});
