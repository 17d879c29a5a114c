// Turns what the page-side detectors find into journey events (DESIGN §3): each
// friction is stamped with the visit it happened in, each vital with the page
// load it measures. Findings made before the first page_view wait for it, so
// an early FCP or a cookie wall seen at start is never dropped.
import type { FRICTION_SIGNALS, PageViewEvent, RecordedEvent, VITAL_NAMES } from '../../events';
import type { PageType } from '../../sites/types';

export type FrictionSignal = (typeof FRICTION_SIGNALS)[number];
export type FrictionDetail = Record<string, string | number | boolean | null>;

/** One friction a detector found; `t` is when the shopper met it (epoch ms). */
export interface FoundFriction {
  signal: FrictionSignal;
  t: number;
  detail: FrictionDetail;
}

export interface VitalReading {
  name: (typeof VITAL_NAMES)[number];
  value: number;
  rating: 'good' | 'needs-improvement' | 'poor';
}

type VisitStamp = Pick<PageViewEvent, 'visitId' | 'pageType' | 'url'>;

/** Findings kept while no visit is known yet: a page load never yields more than a handful. */
const MAX_WAITING = 20;

export interface FrictionSinkEnv {
  add: (event: RecordedEvent) => void;
  newId: () => string;
  now: () => number;
}

export function createFrictionSink(env: FrictionSinkEnv) {
  let visit: VisitStamp | null = null;
  /** web-vitals measures hard loads (and back/forward-cache restores), not SPA routes. */
  let loadVisit: VisitStamp | null = null;
  const waiting: Array<(stamp: { visit: VisitStamp; loadVisit: VisitStamp }) => void> = [];

  function whenStamped(write: (stamp: { visit: VisitStamp; loadVisit: VisitStamp }) => void) {
    if (visit && loadVisit) write({ visit, loadVisit });
    else if (waiting.length < MAX_WAITING) waiting.push(write);
  }

  return {
    /** Every page_view as it is recorded. */
    visitStarted(event: Pick<PageViewEvent, 'visitId' | 'pageType' | 'url' | 'nav'>) {
      visit = { visitId: event.visitId, pageType: event.pageType, url: event.url };
      if (event.nav !== 'spa' || !loadVisit) loadVisit = visit;
      for (const write of waiting.splice(0)) write({ visit, loadVisit });
    },
    friction(found: FoundFriction) {
      whenStamped(({ visit: at }) => {
        env.add({ id: env.newId(), ...at, t: Math.round(found.t), type: 'friction', signal: found.signal, detail: found.detail });
      });
    },
    vital(reading: VitalReading) {
      const t = Math.round(env.now());
      whenStamped(({ loadVisit: at }) => {
        env.add({ id: env.newId(), ...at, t, type: 'vital', name: reading.name, value: reading.value, rating: reading.rating });
      });
    },
    /** The current visit's page type (form errors are only looked for on checkout and account pages). */
    get pageType(): PageType | null {
      return visit?.pageType ?? null;
    },
  };
}

export type FrictionSink = ReturnType<typeof createFrictionSink>;
