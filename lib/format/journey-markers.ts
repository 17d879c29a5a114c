// A session's timeline as the popup draws it: its page views, interleaved in
// time with markers for what happened on them — milestones (search, first
// product, bag, checkout step, order) and friction. A friction the background
// derived from a search or product (no results, searched again, out of stock)
// is folded into that event's marker rather than told twice. Vitals and
// ratings are not journey moments and get no marker.
import type { StoredEvent } from '../events';
import { frictionMarker } from './friction';
import { searchPhrase } from './search-query';
import { compareEventsInTime } from './event-order';

type Of<T extends StoredEvent['type']> = Extract<StoredEvent, { type: T }>;
export type StoredPageView = Of<'page_view'>;

export type MarkerTone = 'milestone' | 'friction';

export type TimelineEntry =
  | { kind: 'page'; id: string; t: number; page: StoredPageView }
  | { kind: 'marker'; id: string; t: number; tone: MarkerTone; text: string };

/** Friction the background derives from the very event it qualifies (same visit, same time). */
const FOLDED_INTO: Partial<Record<StoredEvent['type'], ReadonlyArray<Of<'friction'>['signal']>>> = {
  search: ['zero_results', 'search_refinement'],
  product_view: ['out_of_stock'],
};

const STEP_WORDS: Record<Of<'checkout_step'>['step'], string> = {
  login: 'sign-in',
  shipping: 'shipping',
  delivery: 'delivery',
  payment: 'payment',
  review: 'review',
};

const momentKey = (event: StoredEvent) => `${event.visitId}\u0000${event.t}`;

function productName(event: Of<'product_view'>): string | null {
  const name = event.name?.trim();
  if (!name) return null;
  const brand = event.brand?.trim();
  return brand && !name.toLowerCase().includes(brand.toLowerCase()) ? `${name} (${brand})` : name;
}

function searchMarker(event: Of<'search'>, folded: Set<string>): { text: string; tone: MarkerTone } {
  const notes: string[] = [];
  if (event.zeroResults) notes.push('no results');
  else if (event.resultCount !== null) notes.push(`${event.resultCount} ${event.resultCount === 1 ? 'result' : 'results'}`);
  if (folded.has('search_refinement')) notes.push('tried again');
  const text = [searchPhrase(event.query), notes.join(', ')].filter(Boolean).join(' — ');
  return { text, tone: event.zeroResults ? 'friction' : 'milestone' };
}

interface MarkerContext {
  firstProductId: string | null;
  productNames: Map<string, string>;
  folded: Set<string>;
}

function markerFor(event: StoredEvent, context: MarkerContext): { text: string; tone: MarkerTone } | null {
  switch (event.type) {
    case 'search':
      return searchMarker(event, context.folded);
    case 'product_view': {
      const name = productName(event);
      const first = event.id === context.firstProductId;
      const what = first ? 'first product' : 'product';
      const text = name ? `${what}: ${name}` : what;
      return context.folded.has('out_of_stock') ? { text: `${text} — out of stock`, tone: 'friction' } : { text, tone: 'milestone' };
    }
    case 'bag_add': {
      const name = event.productId ? context.productNames.get(event.productId) : undefined;
      return { text: name ? `added to bag: ${name}` : 'added to bag', tone: 'milestone' };
    }
    case 'checkout_step': {
      const fields = event.fieldCount > 0 ? ` (${event.fieldCount} ${event.fieldCount === 1 ? 'field' : 'fields'})` : '';
      return { text: `checkout: ${STEP_WORDS[event.step] ?? event.step}${fields}`, tone: 'milestone' };
    }
    case 'order_complete':
      return { text: 'order placed', tone: 'milestone' };
    case 'friction':
      return { text: frictionMarker(event.signal, event.detail), tone: 'friction' };
    default:
      return null;
  }
}

/** Page views and markers in time order; at the same instant a page comes before what happened on it. */
export function timelineEntries(events: readonly StoredEvent[]): TimelineEntry[] {
  const sorted = [...events].sort(compareEventsInTime);

  const foldable = new Map<string, ReadonlyArray<string>>();
  const productNames = new Map<string, string>();
  let firstProductId: string | null = null;
  for (const event of sorted) {
    const signals = FOLDED_INTO[event.type];
    if (signals) foldable.set(momentKey(event), signals);
    if (event.type === 'product_view') {
      firstProductId ??= event.id;
      const name = event.name?.trim();
      if (event.productId && name) productNames.set(event.productId, name);
    }
  }

  const foldedAt = new Map<string, Set<string>>();
  const folded = new Set<StoredEvent>();
  for (const event of sorted) {
    if (event.type !== 'friction' || !foldable.get(momentKey(event))?.includes(event.signal)) continue;
    const signals = foldedAt.get(momentKey(event)) ?? new Set<string>();
    signals.add(event.signal);
    foldedAt.set(momentKey(event), signals);
    folded.add(event);
  }

  const entries: TimelineEntry[] = [];
  for (const event of sorted) {
    if (event.type === 'page_view') {
      entries.push({ kind: 'page', id: event.id, t: event.t, page: event });
      continue;
    }
    if (folded.has(event)) continue;
    const marker = markerFor(event, { firstProductId, productNames, folded: foldedAt.get(momentKey(event)) ?? new Set() });
    if (marker) entries.push({ kind: 'marker', id: event.id, t: event.t, ...marker });
  }
  return entries;
}
