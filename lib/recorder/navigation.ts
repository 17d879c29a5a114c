// How the current document came to be: the navigation type and load time from
// Navigation Timing, read once per load (no layout, no observers).

import type { Nav } from './page-visits';

export interface LoadFacts {
  nav: Nav;
  /** When the navigation started, epoch ms. */
  t: number;
  /** Navigation start to the end of the load event, or null if not finished. */
  loadMs: number | null;
  /** The document's HTTP status where the browser exposes it (Navigation Timing Level 2), else 0. */
  httpStatus: number;
}

export function readLoadFacts(perf: Performance): LoadFacts {
  const entry = perf.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const nav: Nav = entry?.type === 'reload' ? 'reload' : entry?.type === 'back_forward' ? 'back_forward' : 'load';
  const loadMs = entry && entry.loadEventEnd > 0 ? Math.round(entry.loadEventEnd) : null;
  const httpStatus = (entry as (PerformanceNavigationTiming & { responseStatus?: number }) | undefined)?.responseStatus ?? 0;
  return { nav, t: Math.round(perf.timeOrigin), loadMs, httpStatus };
}
