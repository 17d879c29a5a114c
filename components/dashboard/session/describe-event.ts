// Each stored event in words for the session timeline: what kind of moment it
// was and the detail that matters ("“loafers” — no results", "Rage click").
// Pure; search terms stored as salted hashes are never shown as if they were text.
import type { FRICTION_SIGNALS, StoredEvent } from '@/lib/events';
import { countLabel, pageTypeLabel, pathOf } from '@/lib/format';
import { formatSeconds } from '../format-figures';

export type EventTone = 'page' | 'milestone' | 'friction' | 'vital' | 'rating';

export interface DescribedEvent {
  kind: string;
  detail: string;
  tone: EventTone;
}

export const FRICTION_LABELS: Record<(typeof FRICTION_SIGNALS)[number], string> = {
  zero_results: 'Search with no results',
  search_refinement: 'Search refined',
  rage_click: 'Rage click',
  dead_click: 'Dead click',
  u_turn: 'Quick return',
  form_error: 'Form error',
  interstitial: 'Pop-up in the way',
  forced_login: 'Forced sign-in',
  slow_page: 'Slow page',
  slow_interaction: 'Slow response',
  layout_shift: 'Layout shift',
  error_page: 'Error page',
  out_of_stock: 'Out of stock',
};

export const VITAL_RATING_LABELS = { good: 'good', 'needs-improvement': 'needs improvement', poor: 'poor' } as const;

const CHECKOUT_STEP_LABELS: Record<string, string> = { login: 'Sign-in', shipping: 'Shipping', delivery: 'Delivery', payment: 'Payment', review: 'Review' };

export function formatVital(name: string, value: number): string {
  if (name === 'CLS') return value.toFixed(2);
  if (name === 'INP') return `${Math.round(value)} ms`;
  return formatSeconds(value);
}

function searchTerm(query: string | undefined): string {
  if (query === undefined || query === '') return 'A search';
  if (/^[0-9a-f]{64}$/.test(query)) return 'A search (term kept as a hash)';
  return `“${query}”`;
}

function price(amount: number | null, currency: string | null): string | null {
  if (amount === null) return null;
  try {
    return new Intl.NumberFormat('en-GB', { style: 'currency', currency: currency ?? 'EUR', maximumFractionDigits: 0 }).format(amount);
  } catch {
    return `${amount} ${currency ?? ''}`.trim();
  }
}

function frictionDetail(detail: Record<string, string | number | boolean | null>): string {
  return Object.entries(detail)
    .filter(([, value]) => value !== null && value !== '')
    .slice(0, 3)
    .map(([key, value]) => `${key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}: ${typeof value === 'number' && /ms$/i.test(key) ? formatSeconds(value) : String(value)}`)
    .join(' · ');
}

export function describeEvent(event: StoredEvent): DescribedEvent {
  switch (event.type) {
    case 'page_view':
      return { kind: pageTypeLabel(event.pageType), detail: event.title.trim() || pathOf(event.url), tone: 'page' };
    case 'search': {
      const outcome = event.zeroResults ? 'no results' : event.resultCount === null ? 'results shown' : countLabel(event.resultCount, 'result');
      return { kind: 'Search', detail: `${searchTerm(event.query)} — ${outcome}`, tone: event.zeroResults ? 'friction' : 'milestone' };
    }
    case 'product_view': {
      const what = [event.brand, event.name].filter(Boolean).join(' — ') || 'A product';
      const cost = price(event.price, event.currency);
      const stock = event.inStock === false ? 'out of stock' : null;
      return { kind: 'Product', detail: [what, cost, stock].filter(Boolean).join(' · '), tone: 'milestone' };
    }
    case 'bag_add':
      return { kind: 'Added to bag', detail: event.productId ? `Product ${event.productId}` : 'A product', tone: 'milestone' };
    case 'checkout_step':
      return { kind: `Checkout · ${CHECKOUT_STEP_LABELS[event.step] ?? event.step}`, detail: countLabel(event.fieldCount, 'visible form field'), tone: 'milestone' };
    case 'order_complete':
      return { kind: 'Order placed', detail: 'The purchase went through', tone: 'milestone' };
    case 'friction':
      return { kind: FRICTION_LABELS[event.signal] ?? event.signal, detail: frictionDetail(event.detail) || pathOf(event.url), tone: 'friction' };
    case 'vital':
      return { kind: event.name, detail: `${formatVital(event.name, event.value)} (${VITAL_RATING_LABELS[event.rating]})`, tone: 'vital' };
    case 'rating':
      return {
        kind: 'Shopper’s rating',
        detail: [`Effort ${event.ces}/7`, event.seq !== undefined && `Ease ${event.seq}/7`, event.note && `“${event.note}”`].filter(Boolean).join(' · '),
        tone: 'rating',
      };
  }
}
