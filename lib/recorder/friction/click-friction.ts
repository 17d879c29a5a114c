// The click friction every page can have — rage clicks and dead clicks — behind
// one small surface for the recorder: it reads DOM events into the detectors'
// plain inputs (position, time, target, trusted). Only trusted input counts: a
// page cannot fake frustration. Cheap on the click path: one selector test,
// and the reaction watch runs only while a click is being judged. What it finds
// goes to the friction kit, which judges the element (click-targets.ts).
import { LOOKS_INTERACTIVE, type ClickFinding } from './click-findings';
import { createDeadClickDetector } from './dead-clicks';
import { watchPageReactions, type WatchReactions } from './page-reactions';
import { createRageClickDetector, type ClickInput } from './rage-clicks';

export interface ClickFrictionEnv {
  doc: Document;
  now: () => number;
  setTimeout: (callback: () => void, ms: number) => unknown;
  emit: (found: ClickFinding) => void;
  /** A rage burst began: the kit that judges it is needed soon. */
  suspected?: () => void;
  /** Tests only: happy-dom never makes a trusted event. */
  isTrusted?: (event: Event) => boolean;
  /** Tests only: the dead-click reaction watcher. */
  watchReactions?: WatchReactions;
}

/** Ctrl/⌘/Shift-clicks and middle clicks open tabs and windows: nothing on this page should change. */
export const plainClick = (event: MouseEvent) => event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey;

export function createClickFriction(env: ClickFrictionEnv) {
  const { doc, now, setTimeout, emit } = env;
  const isTrusted = env.isTrusted ?? ((event: Event) => event.isTrusted);
  const win = doc.defaultView as Window;

  const rage = createRageClickDetector({ now, setTimeout, emit, suspected: env.suspected });
  const dead = createDeadClickDetector({
    now, setTimeout, emit,
    candidate: (target) => target.closest(LOOKS_INTERACTIVE),
    watchReactions: env.watchReactions ?? watchPageReactions(doc),
    href: () => win.location.href,
  });

  const readClick = (event: MouseEvent, target: Element): ClickInput => ({ x: event.clientX, y: event.clientY, t: now(), target, trusted: isTrusted(event) });

  return {
    /** Every pointerdown on the document (capture, passive). */
    pointerDown(event: Event) {
      const target = event.target;
      if (!(target instanceof Element) || !plainClick(event as MouseEvent)) return;
      dead.pressed({ t: now(), target, trusted: isTrusted(event) });
    },
    /** Every click on the document (capture, passive); untrusted ones are ignored here. */
    clicked(event: Event) {
      const target = event.target;
      if (event.type !== 'click' || !isTrusted(event) || !(target instanceof Element)) return;
      const click = event as MouseEvent;
      rage.clicked(readClick(click, target));
      if (!plainClick(click)) return;
      const link = target.closest('a[href]');
      const followsLink = link !== null && !/^\s*javascript:/i.test(link.getAttribute('href') ?? '');
      // Read after the page's own handlers ran: a link they did not prevent loads a page.
      dead.clicked({ ...readClick(click, target), leavesPage: () => followsLink && !click.defaultPrevented });
    },
    /** The tab was hidden: a click just before it took the shopper elsewhere, so it cannot be judged. */
    tabHidden() {
      dead.pageLeft();
    },
    /** pagehide: a burst in progress is complete; a pending click took the shopper away. */
    pageHidden() {
      rage.flush();
      dead.pageLeft();
    },
    /** The extension context is gone: stop every observer this module started. */
    stop() {
      dead.stop();
    },
  };
}

export type ClickFriction = ReturnType<typeof createClickFriction>;
