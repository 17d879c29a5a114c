// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.mytheresa.com/int/en/women/bags"}
// What the page says about itself, read for the background's refinePageType.
import { afterEach, describe, expect, it } from 'vitest';
import { pageFactsSchema } from '@/lib/messages';
import { readDeclaredTypes, readPageFacts } from '@/lib/recorder/page-facts';

const jsonLd = (text: string) => `<script type="application/ld+json">${text}</script>`;

function page(head: string, body = '') {
  document.head.innerHTML = head;
  document.body.innerHTML = body;
}

afterEach(() => page(''));

describe('declared types', () => {
  it('every @type in a JSON-LD @graph, nested ones too', () => {
    page(jsonLd(JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', name: 'Bags' },
        { '@type': 'ItemList', itemListElement: [{ '@type': 'ListItem', item: { '@type': 'Product', name: 'Tote' } }] },
      ],
    })));
    expect(readDeclaredTypes(document)).toEqual(new Set(['WebPage', 'ItemList', 'ListItem', 'Product']));
  });

  it('arrays of types, and full schema.org URLs reduced to the type', () => {
    page(jsonLd('{"@context":"https://schema.org","@type":["Product", "IndividualProduct"],"offers":{"@type":"http://schema.org/Offer"}}')
      + jsonLd('{"@type" : "https://schema.org/BreadcrumbList"}'));
    expect(readDeclaredTypes(document)).toEqual(new Set(['Product', 'IndividualProduct', 'Offer', 'BreadcrumbList']));
  });

  it('a broken block is still scanned, and nothing throws', () => {
    page(jsonLd('{"@context":"https://schema.org","@type":"Product","name":"Jackie 1961", "offers": {') + jsonLd('not json at all'));
    expect(() => readDeclaredTypes(document)).not.toThrow();
    expect(readDeclaredTypes(document)).toEqual(new Set(['Product']));
  });

  it('microdata Product', () => {
    page('', '<div itemscope itemtype="https://schema.org/Product"><h1 itemprop="name">Tote</h1></div>');
    expect(readDeclaredTypes(document)).toEqual(new Set(['Product']));
  });

  it('og:type product as og:product, whatever its case or variant', () => {
    page('<meta property="og:type" content="Product">');
    expect(readDeclaredTypes(document)).toEqual(new Set(['og:product']));
    page('<meta property="og:type" content="product.item">');
    expect(readDeclaredTypes(document)).toEqual(new Set(['og:product']));
    page('<meta property="og:type" content="website">');
    expect(readDeclaredTypes(document)).toEqual(new Set());
  });

  it('scripts of other types are not read', () => {
    page('<script type="application/json">{"@type":"Product"}</script>');
    expect(readDeclaredTypes(document)).toEqual(new Set());
  });
});

describe('page facts', () => {
  it('title and first h1, whitespace folded and trimmed to 300 characters', () => {
    page(`<title>  ${'Bags '.repeat(100)}</title>`, `<main><h1>\n  Jackie   1961\n  <span>${'x'.repeat(400)}</span></h1><h1>Second</h1></main>`);
    const facts = readPageFacts(document, 200);
    expect(facts.httpStatus).toBe(200);
    expect(facts.title).toHaveLength(300);
    expect(facts.title.startsWith('Bags Bags')).toBe(true);
    expect(facts.h1).toHaveLength(300);
    expect(facts.h1.startsWith('Jackie 1961 xxx')).toBe(true);
  });

  it('a page without title or heading: empty strings; the types as a list', () => {
    page(jsonLd('{"@type":"Product"}'));
    expect(readPageFacts(document, 0)).toEqual({ httpStatus: 0, title: '', h1: '', types: ['Product'] });
  });

  it('what a page sends always fits the message schema, however many types it declares', () => {
    const types = Array.from({ length: 80 }, (_, i) => `"T${i}${'y'.repeat(100)}"`).join(',');
    page(`<title>${'t'.repeat(1000)}</title>${jsonLd(`{"@type":[${types}]}`)}`);
    const facts = readPageFacts(document, 404);
    expect(pageFactsSchema.safeParse(facts).success).toBe(true);
    expect(facts.types).toHaveLength(50);
  });
});
