// The shopper's progress within a page visit: the search and what it found, the
// product viewed, additions to the bag, each checkout step and the order. It is
// told about visits, trusted actions and DOM changes, and reads the page only
// through page-probe, a few queries per (debounced) change.
import type { RecordedEvent } from '../events';
import type { CheckoutStep, PageType } from '../sites/types';
import { countBagLines, countVisibleFields, readBagCount, readCheckoutStepMarker, readSearchOutcome, saysAddedToBag } from './page-probe';
import { readStructuredData } from './structured-data';
import { LOGIN_SETTLE_MS, readLoginStep } from './friction/forced-login';

/** Search pages often render results after the page: wait this long for a count or a "no results". */
export const SEARCH_SETTLE_MS = 4000;
/** SPA product pages may inject their JSON-LD late. */
export const PRODUCT_SETTLE_MS = 2500;
/** A bag change counts as the shopper's doing only this soon after a trusted click or submit. */
export const ACTION_WINDOW_MS = 5000;
/** One add-to-bag often shows several signs (count, toast, drawer): one event per add. */
export const BAG_ADD_DEDUPE_MS = 2000;
const MAX_ADDED_NODES_READ = 20;

export interface Visit {
  visitId: string;
  t: number;
  url: string;
  pageType: PageType;
  checkoutStep?: CheckoutStep;
  searchQuery?: string;
  /** The full URL the visit began at: while the document is elsewhere, a new visit is on its way. */
  href?: string;
}

export interface JourneyEnv {
  doc: Document;
  emit: (event: RecordedEvent) => void;
  newId: () => string;
  now: () => number;
  setTimeout: (callback: () => void, ms: number) => unknown;
}

type Extra<T extends RecordedEvent['type']> = Omit<Extract<RecordedEvent, { type: T }>, 'id' | 'visitId' | 't' | 'pageType' | 'url' | 'type'>;

export function createJourneyDetector(env: JourneyEnv) {
  let visit: Visit | null = null;
  let searchPending = false;
  let productPending = false;
  let productId: string | null = null;
  let checkoutStep: CheckoutStep | null = null;
  let bagCount: number | null = null;
  let bagLines = 0;
  let lastActionAt = -Infinity;
  let lastBagAddAt = -Infinity;
  let recheckScheduled = false;
  /** When a checkout's sign-in step was reached, until it is judged for a guest option. */
  let loginStepAt: number | null = null;

  function record<T extends RecordedEvent['type']>(type: T, t: number, extra: Extra<T>) {
    if (!visit) return;
    env.emit({ id: env.newId(), visitId: visit.visitId, t, type, pageType: visit.pageType, url: visit.url, ...extra } as RecordedEvent);
  }

  const actedRecently = () => env.now() - lastActionAt <= ACTION_WINDOW_MS;
  /** When a change follows the shopper's action, the action is when it happened. */
  const actionTime = () => (actedRecently() ? lastActionAt : env.now());

  function checkSearch(final: boolean) {
    if (!searchPending || !visit) return;
    const outcome = readSearchOutcome(env.doc, readStructuredData(env.doc));
    if (!outcome.settled && !final) return;
    searchPending = false;
    const query = visit.searchQuery;
    record('search', visit.t, { ...(query !== undefined && { query }), resultCount: outcome.resultCount, zeroResults: outcome.zeroResults });
  }

  function checkProduct(final: boolean) {
    if (!productPending || !visit) return;
    const facts = readStructuredData(env.doc).product;
    if (!facts && !final) return;
    productPending = false;
    productId = facts?.productId ?? null;
    record('product_view', visit.t, facts ?? { productId: null, name: null, brand: null, price: null, currency: null, inStock: null });
  }

  let stepMarker: CheckoutStep | null = null;
  /** Path and query: what makes a route (page-visits' routeKey, without the origin). */
  const routeOf = (href: string) => {
    const url = new URL(href);
    return url.pathname.replace(/(.)\/+$/, '$1') + url.search;
  };

  /** At a visit's start the URL's step wins (it is explicit); within the visit, a change of the page's marker is a new step. */
  function checkCheckout(t: number, starting = false) {
    if (!visit || visit.pageType !== 'checkout') return;
    // The route changed and its visit has not begun yet: that visit will read the step.
    if (!starting && visit.href && routeOf(env.doc.location.href) !== routeOf(visit.href)) return;
    const marker = readCheckoutStepMarker(env.doc);
    const markerChanged = marker !== stepMarker;
    stepMarker = marker;
    const step = starting ? (visit.checkoutStep ?? marker) : markerChanged ? marker : null;
    if (!step || step === checkoutStep) return;
    checkoutStep = step;
    record('checkout_step', t, { step, fieldCount: countVisibleFields(env.doc) });
    if (step === 'login') {
      loginStepAt = t;
      const id = visit.visitId;
      env.setTimeout(() => visit?.visitId === id && checkLogin(), LOGIN_SETTLE_MS);
    }
  }

  /** Forced login: the sign-in step, once rendered and settled, offers no guest option. */
  function checkLogin() {
    if (loginStepAt === null || env.now() - loginStepAt < LOGIN_SETTLE_MS) return;
    const login = readLoginStep(env.doc);
    if (login === 'not_rendered') return;
    const t = loginStepAt;
    loginStepAt = null;
    if (login === 'forced') record('friction', t, { signal: 'forced_login', detail: { step: 'login' } });
  }

  function bagAdded() {
    const now = env.now();
    if (now - lastBagAddAt < BAG_ADD_DEDUPE_MS) return;
    lastBagAddAt = now;
    record('bag_add', actionTime(), { productId: visit?.pageType === 'product' ? productId : null });
  }

  function checkBag() {
    const count = readBagCount(env.doc);
    if (count !== null && bagCount !== null && count > bagCount && actedRecently()) bagAdded();
    if (count !== null) bagCount = count;
    if (visit?.pageType === 'bag') {
      const lines = countBagLines(env.doc);
      if (lines > bagLines && bagLines > 0 && actedRecently()) bagAdded();
      bagLines = lines;
    }
  }

  function recheck() {
    recheckScheduled = false;
    checkSearch(false);
    checkProduct(false);
    checkCheckout(actionTime());
    checkLogin();
    checkBag();
  }

  /** Whatever a visit was still waiting for is recorded as it stands. */
  function settleVisit() {
    checkSearch(true);
    checkProduct(true);
  }

  return {
    /** A new page visit began (its page_view is already recorded). */
    startVisit(next: Visit) {
      settleVisit();
      visit = next;
      searchPending = next.pageType === 'search';
      productPending = next.pageType === 'product';
      checkoutStep = null;
      loginStepAt = null;
      bagLines = next.pageType === 'bag' ? countBagLines(env.doc) : 0;
      if (next.pageType === 'confirmation') record('order_complete', next.t, {});
      checkSearch(false);
      checkProduct(false);
      stepMarker = null;
      checkCheckout(next.t, true);
      checkBag();
      const id = next.visitId;
      if (searchPending) env.setTimeout(() => visit?.visitId === id && checkSearch(true), SEARCH_SETTLE_MS);
      if (productPending) env.setTimeout(() => visit?.visitId === id && checkProduct(true), PRODUCT_SETTLE_MS);
    },
    /** A trusted click, submit or Enter key: what changes next is the shopper's doing. */
    shopperActed(t: number) {
      lastActionAt = t;
    },
    /** The DOM changed; `added` are the element nodes added in this batch. */
    pageChanged(added: Element[]) {
      if (actedRecently()) {
        for (let i = 0; i < added.length && i < MAX_ADDED_NODES_READ; i += 1) {
          if (saysAddedToBag(added[i])) {
            bagAdded();
            break;
          }
        }
      }
      if (!recheckScheduled) {
        recheckScheduled = true;
        env.setTimeout(recheck, 50);
      }
    },
    /** The page is going away: record what is pending before the outbox flushes. */
    pageHidden: settleVisit,
  };
}

export type JourneyDetector = ReturnType<typeof createJourneyDetector>;
