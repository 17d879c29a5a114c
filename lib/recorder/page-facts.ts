// What the page says about itself that its URL cannot — its HTTP status, title,
// first heading and the schema.org types it declares — read in a few queries
// for the background, which judges the page type from them (refinePageType).
// structured-data, in the journey kit, parses the JSON-LD for products.
import type { PageFacts } from '../messages';

const MAX_BLOCKS = 20;
const MAX_BLOCK_CHARS = 100_000;
const MAX_TEXT = 300;
const MAX_TYPES = 50;
/** `"@type": "Product"` or `"@type": ["Product", "Thing"]`, wherever it sits in the block. */
const JSON_LD_TYPE = /"@type"\s*:\s*(\[[^\]]*\]|"[^"]*")/g;
const QUOTED = /"([^"]*)"/g;

export const PRODUCT_MICRODATA = '[itemtype$="schema.org/Product"]';

/**
 * JSON-LD types, microdata Product, and og:type product as `og:product`. The
 * JSON-LD is scanned, not parsed: every @type in a block counts, nested ones
 * too (a listing's ItemList of Products says ItemList as well, and wins).
 */
export function readDeclaredTypes(doc: Document): Set<string> {
  const types = new Set<string>();
  const blocks = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < blocks.length && i < MAX_BLOCKS; i += 1) {
    for (const [, value] of (blocks[i].textContent ?? '').slice(0, MAX_BLOCK_CHARS).matchAll(JSON_LD_TYPE)) {
      for (const [, type] of value.matchAll(QUOTED)) types.add(type.replace(/^.*[/#]/, ''));
    }
  }
  if (doc.querySelector(PRODUCT_MICRODATA)) types.add('Product');
  // og:type product: Open Graph's own, or the variants shops use.
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.toLowerCase();
  if (ogType === 'product' || ogType === 'og:product' || ogType === 'product.item') types.add('og:product');
  return types;
}

export const textOf = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT);

export function readPageFacts(doc: Document, httpStatus: number): PageFacts {
  return {
    httpStatus,
    title: doc.title.trim().slice(0, MAX_TEXT),
    h1: textOf(doc.querySelector('h1')),
    types: [...readDeclaredTypes(doc)].map((type) => type.slice(0, 80)).slice(0, MAX_TYPES),
  };
}
