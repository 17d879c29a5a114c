// Reading a recorded journey: a label per event (`friction(zero_results):search`),
// a one-line summary of its fields, the whole journey as a table for failure
// messages, and the pairing of planned events with recorded ones.
import type { StoredEvent } from '../db';
import type { PlannedEvent } from './model';

/** `page_view:search`, `friction(zero_results):search`, `checkout_step:checkout`… */
export function kind(e: { type: string; signal?: unknown }, pageType: string | undefined): string {
  return `${e.type}${e.type === 'friction' ? `(${String(e.signal)})` : ''}:${pageType ?? '?'}`;
}

export function detail(e: StoredEvent): string {
  switch (e.type) {
    case 'page_view':
      return `${e.nav} ${new URL(e.url).pathname}${new URL(e.url).search} "${e.title}"`;
    case 'search':
      return `query=${JSON.stringify(e.query)} resultCount=${e.resultCount} zeroResults=${e.zeroResults}`;
    case 'product_view':
      return `${e.productId} ${e.brand} ${e.price} ${e.currency}`;
    case 'bag_add':
      return `productId=${e.productId}`;
    case 'checkout_step':
      return `step=${e.step} fieldCount=${e.fieldCount}`;
    case 'friction':
      return JSON.stringify(e.detail);
    default:
      return '';
  }
}

/** The recorded journey, one line per event, with each event's time since the first. */
export function recordedTable(events: StoredEvent[]): string {
  const t0 = events[0]?.t ?? 0;
  return events.map((e, i) => `${String(i + 1).padStart(3)}. +${String(e.t - t0).padStart(6)} ms  ${kind(e, e.pageType).padEnd(34)} ${detail(e)}`).join('\n');
}

export interface Pair {
  planned: PlannedEvent;
  actual: StoredEvent | undefined;
}

/**
 * Pairs each planned event with the first recorded event of the same type and
 * page type after the previous pair, so details and times can be checked even
 * when the recorder added or missed an event.
 */
export function alignEvents(planned: PlannedEvent[], actual: StoredEvent[]): Pair[] {
  let cursor = 0;
  return planned.map((p) => {
    for (let i = cursor; i < actual.length; i++) {
      if (kind(actual[i], actual[i].pageType) === kind(p.expected, p.pageType)) {
        cursor = i + 1;
        return { planned: p, actual: actual[i] };
      }
    }
    return { planned: p, actual: undefined };
  });
}
