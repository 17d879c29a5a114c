// Friction the background can see from the journey itself, across page loads
// the content script does not survive: zero-result searches and refinements,
// error pages, out-of-stock products and slow vitals. (U-turns are seen by the
// page being left: only it knows whether the shopper pressed Back.) A pure function
// of the session so far and the event just stored.
import type { FRICTION_SIGNALS, StoredEvent } from '../events';
import {
  LAYOUT_SHIFT_CLS,
  SEARCH_REFINEMENT_MS,
  SLOW_INTERACTION_INP_MS,
  SLOW_PAGE_LCP_MS,
} from '../friction/thresholds';
import type { Session } from './session';

type Signal = (typeof FRICTION_SIGNALS)[number];
export interface DerivedFriction {
  signal: Signal;
  detail: Record<string, string | number | boolean | null>;
}

const VITAL_LIMITS: Record<string, { signal: Signal; limit: number }> = {
  LCP: { signal: 'slow_page', limit: SLOW_PAGE_LCP_MS },
  INP: { signal: 'slow_interaction', limit: SLOW_INTERACTION_INP_MS },
  CLS: { signal: 'layout_shift', limit: LAYOUT_SHIFT_CLS },
};

const pathOf = (url: string) => {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
};

/** `session` is the state before `event` was applied. */
export function deriveFriction(session: Session, event: StoredEvent): DerivedFriction[] {
  const found: DerivedFriction[] = [];
  switch (event.type) {
    case 'search': {
      if (event.zeroResults) found.push({ signal: 'zero_results', detail: { resultCount: 0 } });
      const last = session.recent.searchAt;
      const productSince = session.recent.productAt !== null && last !== null && session.recent.productAt >= last;
      if (last !== null && event.t - last <= SEARCH_REFINEMENT_MS && event.t >= last && !productSince) {
        found.push({ signal: 'search_refinement', detail: { sinceLastSearchMs: event.t - last } });
      }
      break;
    }
    case 'page_view': {
      if (event.pageType === 'error') found.push({ signal: 'error_page', detail: { path: pathOf(event.url) } });
      break;
    }
    case 'product_view':
      if (event.inStock === false) found.push({ signal: 'out_of_stock', detail: { productId: event.productId } });
      break;
    case 'vital': {
      const rule = VITAL_LIMITS[event.name];
      if (rule && event.value > rule.limit) found.push({ signal: rule.signal, detail: { metric: event.name, value: event.value, threshold: rule.limit } });
      break;
    }
  }
  return found;
}
