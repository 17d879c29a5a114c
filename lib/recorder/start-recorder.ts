// Wires the recorder every tracked page runs: page visits (classified by the
// background) and page-side friction into the outbox, the outbox to the
// background, and the kits (journey, friction) the page turns out to need.
// Every listener and timer goes through the recorder's lifetime, so all of it
// stops when the extension is updated or removed.
import type { RecordedEvent } from '../events';
import type { ClassifyPageReply, KitName, LoadKitReply, RecordReply, RouteChangedMessage } from '../messages';
import type { UrlClassification } from '../sites/types';
import { createOutbox } from './outbox';
import { createPageVisits } from './page-visits';
import { readLoadFacts } from './navigation';
import { readPageFacts } from './page-facts';
import { createClickFriction } from './friction/click-friction';
import { createFrictionSink } from './friction/friction-sink';
import { mayHoldOverlay, OVERLAY_LIKE } from './friction/overlay-hints';
import { startVitals } from './friction/vitals';
import { createUTurnDetector } from './friction/u-turns';
import { createKitHub } from './kits/kit-hub';
import { registerRecorder, runningRecorder } from './kits/protocol';
import { createLifetime } from './lifetime';

/** The promise-returning extension API as content scripts see it in both browsers. */
export interface RuntimeApi {
  /** Gone once the extension is updated or removed under the page. */
  readonly id?: string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: { addListener(listener: (message: unknown) => void): void };
}

/** How soon after a trusted action a route change counts as that action's navigation. */
const SPA_ACTION_WINDOW_MS = 1000;
/** A classification the background could not give now (its worker restarting) is asked for once more, this much later. */
const CLASSIFY_RETRY_MS = 1000;

/** DOM attributes whose change can mean a new checkout step or bag count. */
const WATCHED_ATTRIBUTES = ['aria-current', 'data-checkout-step', 'data-bag-count', 'data-cart-count', 'hidden'];

export function startRecorder(runtime: RuntimeApi): void {
  // "Track this site" injects into open tabs while the registered script may also run:
  // one recorder per page, unless the earlier one belongs to a replaced extension.
  const earlier = runningRecorder();
  if (earlier && !earlier.isInvalid) return;
  const lifetime = createLifetime(runtime);
  const newId = () => crypto.randomUUID();
  const { setTimeout } = lifetime;
  const outbox = createOutbox({
    send: (events: RecordedEvent[]) => runtime.sendMessage({ kind: 'record', events }) as Promise<RecordReply | undefined>,
    isInvalid: () => lifetime.isInvalid,
    setTimeout,
  });
  // Page-side friction and vitals, stamped with the visit (or page load) they belong to.
  const frictionSink = createFrictionSink({ add: (event) => outbox.add(event), newId, now: Date.now });
  const kits = createKitHub({
    doc: document,
    now: Date.now,
    newId,
    setTimeout,
    record: (event) => outbox.add(event),
    friction: frictionSink.friction,
    isInvalid: () => lifetime.isInvalid,
    load: async (kit: KitName) => ((await runtime.sendMessage({ kind: 'load-kit', kit })) as LoadKitReply | undefined)?.ok === true,
  });
  registerRecorder(kits.recorder);
  const clicks = createClickFriction({ doc: document, now: Date.now, setTimeout, emit: kits.clickFound, suspected: kits.clickSuspected });
  startVitals(frictionSink.vital);
  const uTurns = createUTurnDetector({ emit: frictionSink.friction });

  let httpStatus = readLoadFacts(performance).httpStatus; // only the first visit is the loaded document
  /** The background has the site registry; the page tells it what the URL cannot. */
  const classify = async (url: string): Promise<UrlClassification | null> => {
    const facts = readPageFacts(document, httpStatus);
    httpStatus = 0;
    const ask = () => runtime.sendMessage({ kind: 'classify-page', url, facts }).catch(() => undefined) as Promise<ClassifyPageReply | undefined>;
    let reply = await ask();
    if (!reply || (!reply.ok && reply.retryable)) {
      await new Promise((resolve) => setTimeout(() => resolve(0), CLASSIFY_RETRY_MS));
      reply = await ask();
    }
    return reply?.ok ? reply.page : null;
  };
  const visits = createPageVisits({
    href: () => location.href,
    title: () => document.title,
    classify,
    emit: (event, page) => {
      if (lifetime.isInvalid) return;
      outbox.add(event);
      frictionSink.visitStarted(event);
      uTurns.visitStarted(event.t, event.url);
      kits.visitStarted({ visitId: event.visitId, t: event.t, url: event.url, pageType: event.pageType, checkoutStep: page.checkoutStep, searchQuery: page.searchQuery, href: page.href });
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
  else lifetime.listen(window, 'load', () => setTimeout(recordLoad, 0), { once: true });

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
    lifetime.listen(navigation, 'currententrychange', (event) => {
      const traversed = (event as Event & { navigationType?: string }).navigationType === 'traverse';
      visits.routeChanged(traversed ? 'back_forward' : 'spa', routeTime());
    });
    // Fires on the page being left, before it goes: the only place a script's history.back() differs from the shopper's.
    lifetime.listen(navigation, 'navigate', (event) => {
      const e = event as Event & { navigationType?: string; userInitiated?: boolean; destination?: { index: number } };
      if (e.navigationType !== 'traverse') return;
      const current = (navigation as EventTarget & { currentEntry?: { index: number } | null }).currentEntry?.index ?? -1;
      uTurns.traversing({ t: Date.now(), userInitiated: e.userInitiated === true, toPrevious: current > 0 && e.destination?.index === current - 1 });
    });
  }
  lifetime.listen(window, 'popstate', () => visits.routeChanged('back_forward', Date.now()));
  runtime.onMessage.addListener((message) => {
    if (!lifetime.isInvalid && (message as RouteChangedMessage | null)?.kind === 'route-changed') visits.routeChanged('spa', routeTime());
  });

  // Only the shopper's own input counts (isTrusted): a page cannot fake a journey.
  const acted = (event: Event) => {
    if (!event.isTrusted) return;
    lastActionAt = Date.now();
    kits.shopperActed(event, lastActionAt);
    clicks.clicked(event);
  };
  const listen = { capture: true, passive: true };
  lifetime.listen(document, 'click', acted, listen);
  lifetime.listen(document, 'submit', acted, listen);
  lifetime.listen(document, 'keydown', (event) => {
    if ((event as KeyboardEvent).key === 'Enter') acted(event);
  }, listen);
  lifetime.listen(document, 'pointerdown', (event) => clicks.pointerDown(event), listen);
  // `invalid` does not bubble: only a capture listener on document sees every field's.
  lifetime.listen(document, 'invalid', (event) => kits.invalidFired(event), listen);

  // Overlays the page already had when the recorder started (shown, or waiting for a timer).
  if (document.querySelector(OVERLAY_LIKE)) kits.overlaysSpotted(null, Date.now());
  const observer = new MutationObserver((mutations) => {
    if (lifetime.isInvalid) return;
    const added: Element[] = [];
    for (const mutation of mutations) {
      for (const node of mutation.addedNodes) if (node.nodeType === 1) added.push(node as Element);
    }
    if (!kits.has('friction') && mayHoldOverlay(added)) kits.overlaysSpotted(added, Date.now());
    kits.pageChanged(added);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true, attributeFilter: WATCHED_ATTRIBUTES });
  lifetime.onEnd(() => {
    observer.disconnect();
    clicks.stop();
    kits.stop();
  });

  // A page restored from the back/forward cache is a new visit to it.
  lifetime.listen(window, 'pageshow', (event) => {
    if ((event as PageTransitionEvent).persisted) visits.loaded('back_forward', Date.now(), null);
  });
  const leaving = () => {
    kits.pageHidden();
    clicks.pageHidden();
    outbox.flushNow();
  };
  lifetime.listen(window, 'pagehide', leaving);
  lifetime.listen(document, 'visibilitychange', () => {
    if (document.visibilityState !== 'hidden') return;
    clicks.tabHidden();
    outbox.flushNow();
  });
}
