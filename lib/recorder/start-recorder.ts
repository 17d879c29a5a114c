// Wires the recorder to the browser for one page: page visits into the outbox,
// the outbox to the background, and every listener through WXT's content-script
// context so all of it stops when the extension is updated or removed.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { RecordedEvent } from '../events';
import type { RecordReply, RouteChangedMessage } from '../messages';
import { classifyUrl } from '../sites/classify';
import { createOutbox } from './outbox';
import { createPageVisits } from './page-visits';
import { readLoadFacts } from './navigation';

/** The promise-returning extension API as content scripts see it in both browsers. */
export interface RuntimeApi {
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: { addListener(listener: (message: unknown) => void): void };
}

export function startRecorder(ctx: ContentScriptContext, runtime: RuntimeApi): void {
  const outbox = createOutbox({
    send: (events: RecordedEvent[]) => runtime.sendMessage({ kind: 'record', events }) as Promise<RecordReply | undefined>,
    isInvalid: () => ctx.isInvalid,
    setTimeout: (callback, ms) => ctx.setTimeout(callback, ms),
  });
  const visits = createPageVisits({
    href: () => location.href,
    title: () => document.title,
    classify: classifyUrl,
    emit: (event) => outbox.add(event),
    newId: () => crypto.randomUUID(),
    setTimeout: (callback, ms) => ctx.setTimeout(callback, ms),
  });

  const recordLoad = () => {
    const facts = readLoadFacts(performance);
    visits.loaded(facts.nav, facts.t, facts.loadMs);
  };
  if (document.readyState === 'complete') recordLoad();
  // loadEventEnd is only set once the load handlers have run, hence the extra turn.
  else ctx.addEventListener(window, 'load', () => ctx.setTimeout(recordLoad, 0), { once: true });

  // SPA routes: the Navigation API where the browser has it, popstate for back/forward,
  // and the background's webNavigation relay as the path that works everywhere.
  const routeChanged = () => visits.routeChanged('spa', Date.now());
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (navigation) {
    navigation.addEventListener('currententrychange', (event) => {
      if (ctx.isInvalid) return;
      const traversed = (event as Event & { navigationType?: string }).navigationType === 'traverse';
      visits.routeChanged(traversed ? 'back_forward' : 'spa', Date.now());
    });
  }
  ctx.addEventListener(window, 'popstate', () => visits.routeChanged('back_forward', Date.now()));
  runtime.onMessage.addListener((message) => {
    if ((message as RouteChangedMessage | null)?.kind === 'route-changed') routeChanged();
  });

  // A page restored from the back/forward cache is a new visit to it.
  ctx.addEventListener(window, 'pageshow', (event) => {
    if ((event as PageTransitionEvent).persisted) visits.loaded('back_forward', Date.now(), null);
  });
  ctx.addEventListener(window, 'pagehide', () => outbox.flushNow());
  ctx.addEventListener(document, 'visibilitychange', () => {
    if (document.visibilityState === 'hidden') outbox.flushNow();
  });
}
