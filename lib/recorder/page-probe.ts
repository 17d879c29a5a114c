// Cheap reads of the page that the URL cannot give: the mini-bag count, what a
// search page says about its results, the checkout step a single-route checkout
// shows and the visible form fields. (Whether a page is an error or an order
// confirmation is the background's call, from page-facts.) Each is a few
// querySelector calls and bounded textContent reads; only countVisibleFields
// reads layout, once per checkout step.
import type { CheckoutStep } from '../sites/types';
import { ADDED_TO_BAG, NO_RESULTS, parseResultCount, stepFromText } from './page-texts';
import { textOf } from './page-facts';
import type { StructuredData } from './structured-data';

const BAG_COUNT = [
  '[data-bag-count]', '[data-cart-count]', '[data-testid*="bag-count" i]', '[data-testid*="cart-count" i]',
  '.minicart-quantity', '.minicart .count', '.cart-count', '.bag-count', '.cart-count-bubble', '#CartCount',
  '.header__cart-count', '.mini-cart__count', '.js-cart-count',
].join(',');

/** The number on the mini-bag, or null when the page shows none. */
export function readBagCount(doc: Document): number | null {
  const el = doc.querySelector(BAG_COUNT);
  if (!el) return null;
  const raw = el.getAttribute('data-bag-count') ?? el.getAttribute('data-cart-count') ?? el.textContent ?? '';
  const match = /\d+/.exec(raw);
  return match ? Number.parseInt(match[0], 10) : 0;
}

const BAG_LINES = '[data-bag-line], [data-cart-line], .cart-item, .line-item, .bag-item, .cart__row, .cart-product-line';
export function countBagLines(doc: Document): number {
  return doc.querySelectorAll(BAG_LINES).length;
}

/** Wishlists, favourites and size guides say "added" too; they are not the bag. */
const NOT_BAG = /wish ?list|favou?rite|saved items|liste de souhaits|preferiti|wunschliste|merkzettel|favoritos|lista de deseos|お気に入り|收藏|心愿单/i;
export function saysAddedToBag(el: Element): boolean {
  if (el.childElementCount > 40) return false;
  const text = textOf(el);
  return ADDED_TO_BAG.test(text) && !NOT_BAG.test(text);
}

const RESULT_TEXT = [
  '[data-result-count]', '[data-results-count]', '[data-testid*="result" i]', '[class*="result-count" i]',
  '[class*="results-count" i]', '[class*="resultcount" i]', '[class*="no-results" i]', '[class*="noresults" i]',
  '[class*="search-result" i]', '[class*="search-result" i] p', '[class*="empty" i]', '[role="status"]', 'h1', 'h2',
].join(',');
const PRODUCT_TILES = '[data-product-tile], [data-testid*="product-card" i], .product-tile, .product-card, .product-item, .product-grid__item, [itemtype$="schema.org/Product"]';
const MAX_RESULT_ELEMENTS = 12;
/** A mini-bag drawer saying "no items in your bag" is not a search result. */
const OUTSIDE_RESULTS = 'nav, [class*="minicart" i], [class*="mini-bag" i], [class*="minibag" i], [id*="minicart" i], [role="dialog"]';

/** In the page's banner or footer — not a results section's own header, which sits inside main/article/section. */
function inPageChrome(el: Element): boolean {
  const chrome = el.closest('header, footer');
  return chrome !== null && chrome.parentElement?.closest('main, article, section, aside') == null;
}

export interface SearchOutcome {
  /** True once the page shows either results or a "no results" message. */
  settled: boolean;
  resultCount: number | null;
  zeroResults: boolean;
}

export function readSearchOutcome(doc: Document, data: StructuredData): SearchOutcome {
  const candidates = doc.querySelectorAll(RESULT_TEXT);
  let count: number | null = null;
  for (let i = 0, read = 0; i < candidates.length && read < MAX_RESULT_ELEMENTS; i += 1) {
    const el = candidates[i];
    if (el.childElementCount > 20 || el.closest(OUTSIDE_RESULTS) || inPageChrome(el)) continue; // a results grid, or not results at all
    read += 1;
    const attr = el.getAttribute('data-result-count') ?? el.getAttribute('data-results-count');
    const text = textOf(el);
    if (NO_RESULTS.test(text) || attr === '0') return { settled: true, resultCount: 0, zeroResults: true };
    if (count === null) count = attr !== null && /^\d+$/.test(attr) ? Number(attr) : parseResultCount(text);
  }
  if (count === null) count = data.itemCount;
  const tiles = doc.querySelectorAll(PRODUCT_TILES).length;
  if (count !== null) return { settled: true, resultCount: count, zeroResults: count === 0 };
  if (tiles > 0) return { settled: true, resultCount: null, zeroResults: false };
  return { settled: false, resultCount: null, zeroResults: false };
}

/** Progress-indicator markers, most explicit first: the current step, then "active" styling, then a bare attribute. */
const STEP_MARKERS = [
  '[aria-current="step"]',
  '.checkout-progress [class*="active"], .checkout-steps [class*="active"]',
  '[class*="step" i][class*="active" i], [class*="step" i][class*="current" i], [class*="step" i][aria-selected="true"]',
  '[data-checkout-step]',
];

/** The step a checkout shows in its progress indicator, when it shows one. */
export function readCheckoutStepMarker(doc: Document): CheckoutStep | null {
  for (const selector of STEP_MARKERS) {
    const marker = doc.querySelector(selector);
    if (marker) return stepFromText(marker.getAttribute('data-checkout-step') ?? '') ?? stepFromText(textOf(marker));
  }
  return null;
}

const FIELDS = 'input:not([type="hidden"]):not([type="submit"]):not([type="button"]):not([type="image"]):not([type="reset"]), select, textarea';

/** Form fields a shopper can see and must consider on this step (Baymard counts these). */
export function countVisibleFields(doc: Document): number {
  const scope = doc.querySelector('main') ?? doc.body;
  if (!scope) return 0;
  let visible = 0;
  for (const field of scope.querySelectorAll<HTMLElement>(FIELDS)) {
    const seen = typeof field.checkVisibility === 'function' ? field.checkVisibility() : field.getClientRects().length > 0;
    if (seen && !field.closest('[hidden], [aria-hidden="true"]')) visible += 1;
  }
  return visible;
}
