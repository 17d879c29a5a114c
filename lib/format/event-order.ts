// The order of a session's events when several share a millisecond: the page
// first, then what happened on it, and friction last — the friction the
// background derives from a search or product (no results, out of stock) is
// stamped with that event's own time and must read after it.
import type { StoredEvent } from '../events';

function rankAtSameTime(event: StoredEvent): number {
  if (event.type === 'page_view') return 0;
  return event.type === 'friction' ? 2 : 1;
}

/** A sort comparator: oldest first; at the same instant, page view → other events → friction. */
export function compareEventsInTime(a: StoredEvent, b: StoredEvent): number {
  return a.t - b.t || rankAtSameTime(a) - rankAtSameTime(b);
}
