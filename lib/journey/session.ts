// A session is one shopper on one site (DESIGN §3). This module holds the
// session record's shape and the pure rules that start, continue and end one;
// the store applies them inside a transaction.
import type { FRICTION_SIGNALS, Rating, StoredEvent, VITAL_NAMES } from '../events';
import type { SessionScore } from '../score/score-session';
import { p75 } from '../stats';

/** 30 minutes without events ends a session, as in Clarity, PostHog and Google Analytics (REFERENCES.md "Sessions"). */
export const SESSION_IDLE_MS = 30 * 60 * 1000;
/** A purchase closes the journey: events more than 2 minutes after an order start a new session (DESIGN §3). */
export const SESSION_AFTER_ORDER_MS = 2 * 60 * 1000;
/** Vital samples kept per metric for the p75; enough for a long session, bounded for storage. */
export const MAX_VITAL_SAMPLES = 200;

export type EndReason = 'idle' | 'order' | 'user' | 'restart';
type FrictionSignal = (typeof FRICTION_SIGNALS)[number];
type VitalName = (typeof VITAL_NAMES)[number];

export interface SessionCounts {
  events: number;
  pages: number;
  searches: number;
  zeroResultSearches: number;
  products: number;
  bagAdds: number;
  checkoutSteps: number;
  friction: Partial<Record<FrictionSignal, number>>;
}

export interface VitalSummary {
  p75: number;
  samples: number[];
}

export interface Session {
  id: string;
  siteId: string;
  siteName: string;
  startedAt: number;
  endedAt: number | null;
  lastEventAt: number;
  /** From start to end (or to the last event while active); kept as a field so it can be indexed. */
  durationMs: number;
  /** All friction events, every signal; indexed for sorting. */
  frictionTotal: number;
  status: 'active' | 'ended';
  endReason: EndReason | null;
  firstSearchAt: number | null;
  firstProductAt: number | null;
  firstBagAddAt: number | null;
  checkoutStartAt: number | null;
  orderAt: number | null;
  counts: SessionCounts;
  vitals: Partial<Record<VitalName, VitalSummary>>;
  tabIds: number[];
  /** What the friction rules need to remember between events: the last search, product and two pages. */
  recent: { searchAt: number | null; productAt: number | null; pages: Array<{ url: string; t: number; pageType: string }> };
  /** Distinct checkout steps in the order first reached, their visible fields summed, and the last step's time. */
  checkout: { steps: string[]; fields: number; lastAt: number | null };
  /** Time spent on error pages: from each error page's view to the next page's. */
  errorPageMs: number;
  /** The convenience score, recomputed whenever the session changes (DESIGN §5). */
  score: SessionScore | null;
  /** The shopper's own rating, kept beside the measured score and never mixed into it. */
  rating: (Rating & { at: number }) | null;
  study: { studyId: string; participantId: string; taskId: string | null } | null;
}

export function newSession(id: string, siteId: string, siteName: string, t: number): Session {
  return {
    id, siteId, siteName,
    startedAt: t, endedAt: null, lastEventAt: t, durationMs: 0, frictionTotal: 0,
    status: 'active', endReason: null,
    firstSearchAt: null, firstProductAt: null, firstBagAddAt: null, checkoutStartAt: null, orderAt: null,
    counts: { events: 0, pages: 0, searches: 0, zeroResultSearches: 0, products: 0, bagAdds: 0, checkoutSteps: 0, friction: {} },
    vitals: {},
    tabIds: [],
    recent: { searchAt: null, productAt: null, pages: [] },
    checkout: { steps: [], fields: 0, lastAt: null },
    errorPageMs: 0,
    score: null,
    rating: null,
    study: null,
  };
}

/** Why an active session can no longer take an event at time `t`, or null if it can. */
export function endReasonAt(session: Session, t: number): EndReason | null {
  if (session.status !== 'active') return session.endReason ?? 'user';
  if (session.orderAt !== null && t - session.orderAt > SESSION_AFTER_ORDER_MS) return 'order';
  if (t - session.lastEventAt > SESSION_IDLE_MS) return 'idle';
  return null;
}

/** The session closed for `reason`; it ends at its last event, not when the end was noticed. */
export function endSession(session: Session, reason: EndReason, now: number): Session {
  if (session.status === 'ended') return session;
  const endedAt = reason === 'user' ? Math.max(session.lastEventAt, now) : session.lastEventAt;
  return { ...session, status: 'ended', endReason: reason, endedAt, durationMs: endedAt - session.startedAt };
}

const earliest = (current: number | null, t: number) => (current === null ? t : Math.min(current, t));

/** The session's running aggregates after one more event (DESIGN §3: updated per event). */
export function applyEvent(session: Session, event: StoredEvent): Session {
  if (event.type === 'rating') {
    // A rating is about the session, often given after it: it changes no timing or count.
    const { ces, seq, note } = event;
    return { ...session, rating: { ces, ...(seq !== undefined && { seq }), ...(note && { note }), at: event.t } };
  }
  const counts = { ...session.counts, events: session.counts.events + 1 };
  const next: Session = {
    ...session,
    counts,
    startedAt: Math.min(session.startedAt, event.t),
    lastEventAt: Math.max(session.lastEventAt, event.t),
    durationMs: Math.max(session.lastEventAt, event.t) - Math.min(session.startedAt, event.t),
    tabIds: session.tabIds.includes(event.tabId) ? session.tabIds : [...session.tabIds, event.tabId],
  };
  const recent = session.recent ?? { searchAt: null, productAt: null, pages: [] };
  switch (event.type) {
    case 'page_view': {
      counts.pages += 1;
      const previous = recent.pages.at(-1);
      if (previous?.pageType === 'error' && event.t >= previous.t) next.errorPageMs = session.errorPageMs + (event.t - previous.t);
      next.recent = { ...recent, pages: [...recent.pages, { url: event.url, t: event.t, pageType: event.pageType }].slice(-2) };
      break;
    }
    case 'search':
      counts.searches += 1;
      next.recent = { ...recent, searchAt: Math.max(recent.searchAt ?? event.t, event.t) };
      if (event.zeroResults) counts.zeroResultSearches += 1;
      next.firstSearchAt = earliest(session.firstSearchAt, event.t);
      break;
    case 'product_view':
      counts.products += 1;
      next.recent = { ...recent, productAt: Math.max(recent.productAt ?? event.t, event.t) };
      next.firstProductAt = earliest(session.firstProductAt, event.t);
      break;
    case 'bag_add':
      counts.bagAdds += 1;
      next.firstBagAddAt = earliest(session.firstBagAddAt, event.t);
      break;
    case 'checkout_step': {
      counts.checkoutSteps += 1;
      next.checkoutStartAt = earliest(session.checkoutStartAt, event.t);
      const seen = session.checkout.steps.includes(event.step);
      next.checkout = {
        steps: seen ? session.checkout.steps : [...session.checkout.steps, event.step],
        fields: seen ? session.checkout.fields : session.checkout.fields + event.fieldCount,
        lastAt: Math.max(session.checkout.lastAt ?? event.t, event.t),
      };
      break;
    }
    case 'order_complete':
      next.orderAt = earliest(session.orderAt, event.t);
      break;
    case 'friction':
      next.frictionTotal = session.frictionTotal + 1;
      counts.friction = { ...counts.friction, [event.signal]: (counts.friction[event.signal] ?? 0) + 1 };
      break;
    case 'vital': {
      const samples = [...(session.vitals[event.name]?.samples ?? []), event.value].slice(-MAX_VITAL_SAMPLES);
      next.vitals = { ...session.vitals, [event.name]: { samples, p75: p75(samples)! } };
      break;
    }
  }
  return next;
}
