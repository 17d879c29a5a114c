// The page-side friction detectors behind one small surface for the recorder:
// it reads DOM events into the detectors' plain inputs (position, time,
// target, trusted) and hands each detector only what it needs. Only trusted
// input counts — a page cannot fake frustration. Cheap on the click path:
// selector tests only; layout is read for a few overlay candidates at most.
import type { PageType } from '../../sites/types';
import { deadClickCandidate, isDeliberateRepeat } from './click-targets';
import { createDeadClickDetector } from './dead-clicks';
import { describeTarget } from './describe-target';
import { readInvalidEvent } from './form-error-signs';
import { createFormErrorDetector, watchFormErrors } from './form-errors';
import type { FoundFriction } from './friction-sink';
import { createInterstitialDetector, type OverlayBox } from './interstitials';
import { findOverlayCandidates, measureOverlay, selectOverlayCandidates, watchOverlayAttributes } from './overlay-candidates';
import { overlayKind } from './overlay-texts';
import { watchPageReactions, type WatchReactions } from './page-reactions';
import { createRageClickDetector, type ClickInput } from './rage-clicks';

const FORM_PAGES: ReadonlySet<PageType> = new Set(['checkout', 'account']);

export interface FrictionRecorderEnv {
  doc: Document;
  now: () => number;
  setTimeout: (callback: () => void, ms: number) => unknown;
  emit: (found: FoundFriction) => void;
  /** The current visit's page type, or null before the first page view. */
  pageType: () => PageType | null;
  /** Tests only: happy-dom never makes a trusted event. */
  isTrusted?: (event: Event) => boolean;
  /** Tests only: happy-dom has no layout. */
  measure?: (el: Element) => OverlayBox;
  /** Tests only: the dead-click reaction watcher. */
  watchReactions?: WatchReactions;
}

export function createFrictionRecorder(env: FrictionRecorderEnv) {
  const { doc, now, setTimeout, emit } = env;
  const isTrusted = env.isTrusted ?? ((event: Event) => event.isTrusted);
  const win = doc.defaultView as Window;

  const rage = createRageClickDetector({ now, setTimeout, emit, isDeliberateRepeat, describe: describeTarget });
  const dead = createDeadClickDetector({
    now, setTimeout, emit,
    describe: describeTarget,
    candidate: (target) => deadClickCandidate(target, win.location.origin),
    watchReactions: env.watchReactions ?? watchPageReactions(doc),
    href: () => win.location.href,
  });
  const formErrors = createFormErrorDetector({
    now, setTimeout, emit,
    isFormPage: () => FORM_PAGES.has(env.pageType() ?? 'other'),
    watchErrors: watchFormErrors(doc),
  });
  const interstitials = createInterstitialDetector({
    now, setTimeout, emit,
    measure: env.measure ?? measureOverlay(win),
    kindOf: overlayKind,
    watchAttributes: watchOverlayAttributes(doc),
  });
  // Overlays the page already had when the recorder started, after the current task.
  setTimeout(() => interstitials.pageChanged(findOverlayCandidates(doc)), 0);

  const readClick = (event: MouseEvent, target: Element): ClickInput => ({ x: event.clientX, y: event.clientY, t: now(), target, trusted: isTrusted(event) });
  /** Ctrl/⌘/Shift-clicks and middle clicks open tabs and windows: nothing on this page should change. */
  const plainClick = (event: MouseEvent) => event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey;

  return {
    /** Every pointerdown on the document (capture, passive). */
    pointerDown(event: Event) {
      const target = event.target;
      if (!(target instanceof Element) || !plainClick(event as MouseEvent)) return;
      dead.pressed({ t: now(), target, trusted: isTrusted(event) });
    },
    /** Every click, submit and Enter keydown on the document (capture, passive); untrusted ones are ignored here. */
    shopperActed(event: Event) {
      if (!isTrusted(event)) return;
      const t = now();
      formErrors.shopperActed(t);
      interstitials.shopperActed(t);
      const target = event.target;
      if (event.type !== 'click' || !(target instanceof Element)) return;
      const click = event as MouseEvent;
      rage.clicked(readClick(click, target));
      if (!plainClick(click)) return;
      const link = target.closest('a[href]');
      const followsLink = link !== null && !/^\s*javascript:/i.test(link.getAttribute('href') ?? '');
      // Read after the page's own handlers ran: a link they did not prevent loads a page.
      dead.clicked({ ...readClick(click, target), leavesPage: () => followsLink && !click.defaultPrevented });
    },
    /** Every `invalid` event on the document (capture: they do not bubble). */
    invalidFired(event: Event) {
      if (isTrusted(event)) formErrors.invalidSeen(readInvalidEvent(event));
    },
    /** Every batch of the recorder's MutationObserver: the element nodes it added. */
    pageChanged(added: Element[]) {
      interstitials.pageChanged(selectOverlayCandidates(added));
    },
    /** The tab was hidden: a click just before it took the shopper elsewhere, so it cannot be judged. */
    tabHidden() {
      dead.pageLeft();
    },
    /** pagehide: pending findings are complete; overlays still open were never dismissed. */
    pageHidden() {
      rage.flush();
      formErrors.flush();
      interstitials.pageHidden();
      dead.pageLeft();
    },
    /** The extension context is gone: stop every observer this module started. */
    stop() {
      dead.stop();
      formErrors.stop();
      interstitials.stop();
    },
  };
}

export type FrictionRecorder = ReturnType<typeof createFrictionRecorder>;
