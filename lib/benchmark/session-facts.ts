// What a benchmark needs from one session, read off its stored aggregates
// (never its raw events): metric values, search outcome, page-load samples,
// friction and the shopper's rating. Small enough to keep 100k in memory, so
// switching profile rescores in place instead of reading IndexedDB again.
import type { Session } from '../journey/session';
import { sessionMetrics, type SessionMetrics } from '../score/metrics';

export interface SessionFacts {
  siteId: string;
  siteName: string;
  startedAt: number;
  metrics: SessionMetrics;
  searches: number;
  zeroResultSearches: number;
  /** Whether a product was viewed after the first search; null when the shopper never searched. */
  foundAfterSearch: boolean | null;
  /** Every LCP the session measured, one per page load (web.dev reads p75 over page loads). */
  lcpSamples: number[];
  frictionTotal: number;
  /** Customer Effort Score 1–7, or null when the shopper did not rate. */
  ces: number | null;
}

export function sessionFacts(session: Session): SessionFacts {
  const lastProductAt = session.recent?.productAt ?? session.firstProductAt;
  return {
    siteId: session.siteId,
    siteName: session.siteName,
    startedAt: session.startedAt,
    metrics: sessionMetrics(session),
    searches: session.counts.searches,
    zeroResultSearches: session.counts.zeroResultSearches,
    foundAfterSearch: session.firstSearchAt === null ? null : lastProductAt !== null && lastProductAt >= session.firstSearchAt,
    lcpSamples: session.vitals.LCP?.samples ?? [],
    frictionTotal: session.frictionTotal ?? 0,
    ces: session.rating?.ces ?? null,
  };
}
