// The product and the result count a page states in schema.org markup:
// JSON-LD first (what most luxury sites ship), microdata as the fallback. Read
// once per check from a handful of elements; a malformed block is skipped,
// never thrown. (The types a page declares, for its page type, are page-facts'.)
import { PRODUCT_MICRODATA } from './page-facts';

export interface ProductFacts {
  productId: string | null;
  name: string | null;
  brand: string | null;
  price: number | null;
  currency: string | null;
  inStock: boolean | null;
}

export interface StructuredData {
  product: ProductFacts | null;
  /** ItemList size (numberOfItems, else its elements), for result counts. */
  itemCount: number | null;
}

type Json = Record<string, unknown>;
const MAX_BLOCKS = 20;
const MAX_TEXT = 200;

const asText = (value: unknown): string | null => {
  if (typeof value === 'string') return value.trim().slice(0, MAX_TEXT) || null;
  if (typeof value === 'number') return String(value);
  if (value && typeof value === 'object' && 'name' in value) return asText((value as Json).name);
  return null;
};

const asNumber = (value: unknown): number | null => {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number.parseFloat(value.replace(/[^\d.]/g, '')) : NaN;
  return Number.isFinite(n) && n >= 0 ? n : null;
};

const typesOf = (node: Json): string[] => {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/#]/, ''));
};

/** `https://schema.org/InStock` → true, `OutOfStock`/`SoldOut`/`Discontinued` → false. */
export function availabilityInStock(value: unknown): boolean | null {
  const text = asText(value);
  if (!text) return null;
  if (/(OutOfStock|SoldOut|Discontinued)$/i.test(text)) return false;
  if (/(InStock|LimitedAvailability|OnlineOnly|InStoreOnly|PreOrder|BackOrder)$/i.test(text)) return true;
  return null;
}

function productFromJsonLd(node: Json): ProductFacts {
  const offersRaw = node.offers;
  const offer = (Array.isArray(offersRaw) ? offersRaw[0] : offersRaw) as Json | undefined;
  const offers = Array.isArray(offersRaw) ? (offersRaw as Json[]) : offer ? [offer] : [];
  const stock = offers.map((o) => availabilityInStock(o?.availability)).filter((v) => v !== null);
  return {
    productId: asText(node.sku ?? node.productID ?? node.mpn ?? offer?.sku),
    name: asText(node.name),
    brand: asText(node.brand),
    price: asNumber(offer?.price ?? offer?.lowPrice ?? (offer?.priceSpecification as Json | undefined)?.price),
    currency: asText(offer?.priceCurrency ?? (offer?.priceSpecification as Json | undefined)?.priceCurrency),
    inStock: stock.length ? stock.some(Boolean) : null,
  };
}

function productFromMicrodata(scope: Element): ProductFacts {
  const prop = (name: string) => {
    const el = scope.querySelector(`[itemprop="${name}"]`);
    return el ? (el.getAttribute('content') ?? el.getAttribute('href') ?? el.textContent) : null;
  };
  return {
    productId: asText(prop('sku') ?? prop('productID')),
    name: asText(prop('name')),
    brand: asText(prop('brand')),
    price: asNumber(prop('price')),
    currency: asText(prop('priceCurrency')),
    inStock: availabilityInStock(prop('availability')),
  };
}

export function readStructuredData(doc: Document): StructuredData {
  const result: StructuredData = { product: null, itemCount: null };
  const visit = (value: unknown, depth: number) => {
    if (depth > 4 || !value || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value.slice(0, 50)) visit(item, depth + 1);
      return;
    }
    const node = value as Json;
    const types = typesOf(node);
    if (types.includes('Product') && !result.product) result.product = productFromJsonLd(node);
    if (types.includes('ItemList') && result.itemCount === null) {
      result.itemCount = asNumber(node.numberOfItems) ?? (Array.isArray(node.itemListElement) ? node.itemListElement.length : null);
    }
    if (node['@graph']) visit(node['@graph'], depth + 1);
    if (node.mainEntity) visit(node.mainEntity, depth + 1);
  };
  const blocks = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < blocks.length && i < MAX_BLOCKS; i += 1) {
    try {
      visit(JSON.parse(blocks[i].textContent ?? ''), 0);
    } catch {
      // A site's broken JSON-LD is its problem, not a reason to stop reading.
    }
  }
  if (!result.product) {
    const scope = doc.querySelector(PRODUCT_MICRODATA);
    if (scope) result.product = productFromMicrodata(scope);
  }
  return result;
}
