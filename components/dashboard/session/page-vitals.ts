// Web vitals per page: the session keeps only a p75 per metric, so the
// session view groups the stored vital events by page visit to show which
// page was slow. Pure: events in, one row per visited page that measured any.
import type { StoredEvent, VITAL_NAMES } from '@/lib/events';

type VitalName = (typeof VITAL_NAMES)[number];
type Rating = 'good' | 'needs-improvement' | 'poor';

export interface PageVitalsRow {
  visitId: string;
  t: number;
  title: string;
  url: string;
  pageType: string;
  /** The last value reported for each vital on this page (web-vitals reports a final value last). */
  vitals: Partial<Record<VitalName, { value: number; rating: Rating }>>;
}

export function vitalsByPage(events: StoredEvent[]): PageVitalsRow[] {
  const rows = new Map<string, PageVitalsRow>();
  const pages = new Map<string, Extract<StoredEvent, { type: 'page_view' }>>();
  for (const event of events) if (event.type === 'page_view') pages.set(event.visitId, event);
  for (const event of [...events].sort((a, b) => a.t - b.t)) {
    if (event.type !== 'vital') continue;
    let row = rows.get(event.visitId);
    if (!row) {
      const page = pages.get(event.visitId);
      row = { visitId: event.visitId, t: page?.t ?? event.t, title: page?.title ?? '', url: page?.url ?? event.url, pageType: page?.pageType ?? event.pageType, vitals: {} };
      rows.set(event.visitId, row);
    }
    row.vitals[event.name] = { value: event.value, rating: event.rating };
  }
  return [...rows.values()].sort((a, b) => a.t - b.t);
}
