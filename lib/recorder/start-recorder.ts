// Wires the recorder to the browser for one page: page visits and the journey
// detector into the outbox, the outbox to the background, and every listener
// through WXT's content-script context so all of it stops when the extension
// is updated or removed.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { RecordedEvent } from '../events';
import type { RecordReply, RouteChangedMessage } from '../messages';
import type { UrlClassification } from '../sites/types';
import { createOutbox } from './outbox';
import { createPageVisits } from './page-visits';
import { readLoadFacts } from './navigation';
import { createJourneyDetector } from './journey-detector';
import { refinePageType } from './page-probe';
import { readStructuredData } from './structured-data';
import { createFrictionRecorder } from './friction/friction-recorder';
import { createFrictionSink } from './friction/friction-sink';
import { startVitals } from './friction/vitals';
import { createUTurnDetector } from './friction/u-turns';

/** The promise-returning extension API as content scripts see it in both browsers. */
export interface RuntimeApi {
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: { addListener(listener: (message: unknown) => void): void };
}

/** How soon after a trusted action a route change counts as that action's navigation. */
const SPA_ACTION_WINDOW_MS = 1000;

/** DOM attributes whose change can mean a new checkout step or bag count. */
const WATCHED_ATTRIBUTES = ['aria-current', 'data-checkout-step', 'data-bag-count', 'data-cart-count', 'hidden'];

/** The recorder already running in this page's isolated world, if any. */
const RUNNING = Symbol.for('vitrine.recorder');

export function startRecorder(ctx: ContentScriptContext, runtime: RuntimeApi, classifyUrl: (url: string) => UrlClassification): void {
  // "Track this site" injects into open tabs while the registered script may also run:
  // one recorder per page, unless the earlier one belongs to a replaced extension.
  const scope = globalThis as { [RUNNING]?: ContentScriptContext };
  if (scope[RUNNING] && !scope[RUNNING].isInvalid) return;
  scope[RUNNING] = ctx;
  const newId = () => crypto.randomUUID();
  const setTimeout = (callback: () => void, ms: number) => ctx.setTimeout(callback, ms);
  const outbox = createOutbox({
    send: (events: RecordedEvent[]) => runtime.sendMessage({ kind: 'record', events }) as Promise<RecordReply | undefined>,
    isInvalid: () => ctx.isInvalid,
    setTimeout,
  });
  const journey = createJourneyDetector({ doc: document, emit: (event) => outbox.add(event), newId, now: Date.now, setTimeout });
  // Page-side friction and vitals, stamped with the visit (or page load) they belong to.
  const frictionSink = createFrictionSink({ add: (event) => outbox.add(event), newId, now: Date.now });
  const friction = createFrictionRecorder({ doc: document, now: Date.now, setTimeout, emit: frictionSink.friction, pageType: () => frictionSink.pageType });
  startVitals(frictionSink.vital);
  const uTurns = createUTurnDetector({ emit: frictionSink.friction });

  let httpStatus = readLoadFacts(performance).httpStatus; // only the first visit is the loaded document
  const classifyPage = (url: string) => {
    const page = classifyUrl(url);
    const pageType = refinePageType(page.pageType, document, readStructuredData(document), httpStatus);
    httpStatus = 0;
    return pageType === page.pageType ? page : { ...page, pageType };
  };
  const visits = createPageVisits({
    href: () => location.href,
    title: () => document.title,
    classify: classifyPage,
    emit: (event, page) => {
      outbox.add(event);
      frictionSink.visitStarted(event);
      uTurns.visitStarted(event.t, event.url);
      journey.startVisit({ visitId: event.visitId, t: event.t, url: event.url, pageType: event.pageType, checkoutStep: page.checkoutStep, searchQuery: page.searchQuery, href: page.href });
    },
    newId,
    setTimeout,
  });

  const recordLoad = () => {
    const facts = readLoadFacts(performance);
    visits.loaded(facts.nav, facts.t, facts.loadMs);
  };
  if (document.readyState === 'complete') recordLoad();
  // loadEventEnd is only set once the load handlers have run, hence the extra turn.
  else ctx.addEventListener(window, 'load', () => ctx.setTimeout(recordLoad, 0), { once: true });

  // A route change soon after the shopper's click or Enter is that action's navigation
  // (a soft navigation starts at its interaction, as a load starts at navigation start).
  let lastActionAt = -Infinity;
  const routeTime = () => {
    const now = Date.now();
    return now - lastActionAt <= SPA_ACTION_WINDOW_MS ? lastActionAt : now;
  };
  // SPA routes: the Navigation API where the browser has it, popstate for back/forward,
  // and the background's webNavigation relay as the path that works everywhere.
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (navigation) {
    navigation.addEventListener('currententrychange', (event) => {
      if (ctx.isInvalid) return;
      const traversed = (event as Event & { navigationType?: string }).navigationType === 'traverse';
      visits.routeChanged(traversed ? 'back_forward' : 'spa', routeTime());
    });
    // Fires on the page being left, before it goes: the only place a script's history.back() differs from the shopper's.
    navigation.addEventListener('navigate', (event) => {
      const e = event as Event & { navigationType?: string; userInitiated?: boolean; destination?: { index: number } };
      if (ctx.isInvalid || e.navigationType !== 'traverse') return;
      const current = (navigation as EventTarget & { currentEntry?: { index: number } | null }).currentEntry?.index ?? -1;
      uTurns.traversing({ t: Date.now(), userInitiated: e.userInitiated === true, toPrevious: current > 0 && e.destination?.index === current - 1 });
    });
  }
  ctx.addEventListener(window, 'popstate', () => visits.routeChanged('back_forward', Date.now()));
  runtime.onMessage.addListener((message) => {
    if (!ctx.isInvalid && (message as RouteChangedMessage | null)?.kind === 'route-changed') visits.routeChanged('spa', routeTime());
  });

  // Only the shopper's own input counts (isTrusted): a page cannot fake a journey.
  const acted = (event: Event) => {
    if (!event.isTrusted) return;
    lastActionAt = Date.now();
    journey.shopperActed(lastActionAt);
    friction.shopperActed(event);
  };
  const listen = { capture: true, passive: true };
  ctx.addEventListener(document, 'click', acted, listen);
  ctx.addEventListener(document, 'submit', acted, listen);
  ctx.addEventListener(document, 'keydown', (event) => {
    if ((event as KeyboardEvent).key === 'Enter') acted(event);
  }, listen);
  ctx.addEventListener(document, 'pointerdown', (event) => friction.pointerDown(event), listen);
  // `invalid` does not bubble: only a capture listener on document sees every field's.
  ctx.addEventListener(document, 'invalid', (event) => friction.invalidFired(event), listen);

  const observer = new MutationObserver((mutations) => {
    const added: Element[] = [];
    for (const mutation of mutations) {
      for (const node of mutation.addedNodes) if (node.nodeType === 1) added.push(node as Element);
    }
    journey.pageChanged(added);
    friction.pageChanged(added);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true, attributeFilter: WATCHED_ATTRIBUTES });
  ctx.onInvalidated(() => {
    observer.disconnect();
    friction.stop();
  });

  // A page restored from the back/forward cache is a new visit to it.
  ctx.addEventListener(window, 'pageshow', (event) => {
    if ((event as PageTransitionEvent).persisted) visits.loaded('back_forward', Date.now(), null);
  });
  const leaving = () => {
    journey.pageHidden();
    friction.pageHidden();
    outbox.flushNow();
  };
  ctx.addEventListener(window, 'pagehide', leaving);
  ctx.addEventListener(document, 'visibilitychange', () => {
    if (document.visibilityState !== 'hidden') return;
    friction.tabHidden();
    outbox.flushNow();
  });
}
