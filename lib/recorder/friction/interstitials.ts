// Interstitials (DESIGN §5): an overlay nobody asked for — newsletter, promotion,
// region, cookie, chat — floating over ≥ 30% of the viewport. Recorded when it
// goes away (removed or hidden) with how long it stood in the way, or at page
// hide still open; `t` is when it appeared. An overlay right after the
// shopper's own click (size guide, quick view) answers them and is not one.
import { INTERSTITIAL_MIN_COVERAGE, INTERSTITIAL_SOLICITED_MS } from '../../friction/thresholds';
import type { FoundFriction } from './friction-sink';
import type { OverlayKind } from './overlay-texts';

/** How an element sits on the viewport now; happy-dom has no layout, so tests supply it. */
export interface OverlayBox {
  /** Share of the viewport it (or the fixed layer it sits in) covers, 0–1. */
  coverage: number;
  visible: boolean;
  /** position fixed or sticky, itself or a near ancestor. */
  floating: boolean;
}

export interface InterstitialEnv {
  now: () => number;
  setTimeout: (callback: () => void, ms: number) => unknown;
  emit: (found: FoundFriction) => void;
  measure: (el: Element) => OverlayBox;
  kindOf: (el: Element) => OverlayKind;
  /** Calls `onChange` when an attribute that could show one of `els` changes; returns stop. */
  watchAttributes: (els: Element[], onChange: () => void) => () => void;
}

/** Open overlays are re-measured this often: a few style reads a second, only while one is open. */
export const OPEN_CHECK_MS = 500;
/** Hidden candidates re-measured at most this often when the attributes that could show them change. */
const DORMANT_CHECK_MS = 250;
/** Opening animations (a fade, a scale) end by then: what looked hidden or small is measured once more. */
export const SETTLE_MS = 700;
const MAX_SETTLE_CHECKS = 30;
const MAX_DORMANT = 20;
const MAX_PER_PAGE = 10;

interface Open {
  el: Element;
  t: number;
  kind: OverlayKind;
  coverage: number;
  seenOpenAt: number;
}

/** `settling`: floating but not (yet) big enough — maybe mid-animation. */
export type Consideration = 'opened' | 'solicited' | 'hidden' | 'settling' | 'not-an-overlay' | 'known';

export function createInterstitialDetector(env: InterstitialEnv) {
  const open: Open[] = [];
  let dormant: Element[] = [];
  let stopWatchingDormant = () => {};
  let dormantCheckSet = false;
  let openCheckSet = false;
  let lastActionAt = -Infinity;
  let recorded = 0;
  let settleChecksLeft = MAX_SETTLE_CHECKS;

  function close(overlay: Open, dismissedAt: number | null) {
    open.splice(open.indexOf(overlay), 1);
    recorded += 1;
    env.emit({
      signal: 'interstitial',
      t: overlay.t,
      detail: { kind: overlay.kind, coverage: Math.round(overlay.coverage * 100) / 100, dismissedAfterMs: dismissedAt === null ? null : Math.max(0, dismissedAt - overlay.t) },
    });
  }

  /** The shopper's click or key that closed it, if one came since it was last seen open. */
  const dismissedAt = (overlay: Open, now: number) => (lastActionAt > overlay.seenOpenAt && lastActionAt <= now ? lastActionAt : now);

  function scheduleOpenCheck() {
    if (openCheckSet || open.length === 0) return;
    openCheckSet = true;
    env.setTimeout(() => {
      openCheckSet = false;
      checkOpen();
    }, OPEN_CHECK_MS);
  }

  function checkOpen() {
    const now = env.now();
    for (const overlay of [...open]) {
      const box = overlay.el.isConnected ? env.measure(overlay.el) : null;
      if (box && box.visible && box.coverage >= INTERSTITIAL_MIN_COVERAGE) {
        overlay.seenOpenAt = now;
        overlay.coverage = Math.max(overlay.coverage, box.coverage);
        continue;
      }
      close(overlay, dismissedAt(overlay, now));
      if (box) keepDormant([overlay.el]); // hidden, not removed: it may come back
    }
    scheduleOpenCheck();
  }

  /** Removal is seen in the mutation batch that removes it, without reading layout. */
  function checkRemoved() {
    const now = env.now();
    for (const overlay of [...open]) if (!overlay.el.isConnected) close(overlay, dismissedAt(overlay, now));
  }

  function keepDormant(els: Element[]) {
    const before = dormant.length;
    for (const el of els) if (dormant.length < MAX_DORMANT && !dormant.includes(el)) dormant.push(el);
    if (dormant.length !== before) rewatchDormant();
  }

  function rewatchDormant() {
    stopWatchingDormant();
    dormant = dormant.filter((el) => el.isConnected);
    stopWatchingDormant = dormant.length > 0 ? env.watchAttributes(dormant, checkDormantSoon) : () => {};
  }

  function checkDormantSoon() {
    if (dormantCheckSet) return;
    dormantCheckSet = true;
    env.setTimeout(() => {
      dormantCheckSet = false;
      considerAll([...dormant]);
    }, DORMANT_CHECK_MS);
  }

  /** Measures each; keeps hidden ones dormant, and gives hidden or small floating ones one more look once animations end. */
  function considerAll(els: Element[], settled = false) {
    const again: Element[] = [];
    const shown: Element[] = [];
    const hidden: Element[] = [];
    for (const el of els) {
      const result = el.isConnected ? consider(el) : 'known';
      if (result === 'hidden') hidden.push(el);
      else shown.push(el);
      if (!settled && (result === 'hidden' || result === 'settling')) again.push(el);
    }
    if (shown.some((el) => dormant.includes(el))) {
      dormant = dormant.filter((el) => !shown.includes(el));
      rewatchDormant();
    }
    keepDormant(hidden);
    const due = again.slice(0, settleChecksLeft);
    settleChecksLeft -= due.length;
    if (due.length > 0) env.setTimeout(() => considerAll(due, true), SETTLE_MS);
  }

  function consider(el: Element): Consideration {
    if (recorded + open.length >= MAX_PER_PAGE) return 'known';
    if (open.some((overlay) => overlay.el.contains(el) || el.contains(overlay.el))) return 'known';
    const box = env.measure(el);
    if (!box.visible) return 'hidden';
    if (!box.floating) return 'not-an-overlay';
    if (box.coverage < INTERSTITIAL_MIN_COVERAGE) return 'settling';
    const now = env.now();
    // Only an action before it can have asked for it (a replayed overlay may predate the last action).
    const sinceAction = now - lastActionAt;
    if (sinceAction >= 0 && sinceAction <= INTERSTITIAL_SOLICITED_MS) return 'solicited';
    open.push({ el, t: now, kind: env.kindOf(el), coverage: box.coverage, seenOpenAt: now });
    scheduleOpenCheck();
    return 'opened';
  }

  return {
    /**
     * The DOM changed (call it for every batch: removals are seen here); `candidates` may be
     * overlays, chosen by the caller within its budget. Hidden ones (markup waiting for a
     * timer to show it) are kept and re-measured when their attributes change.
     */
    pageChanged(candidates: Element[]) {
      checkRemoved();
      considerAll(candidates);
    },
    /** A trusted click or key: an overlay that follows it was asked for; one that goes away, dismissed by it. */
    shopperActed(t: number) {
      lastActionAt = t;
    },
    /** The page is going away: overlays still open are recorded as never dismissed. */
    pageHidden() {
      for (const overlay of [...open]) close(overlay, null);
    },
    stop() {
      stopWatchingDormant();
      dormant = [];
    },
  };
}

export type InterstitialDetector = ReturnType<typeof createInterstitialDetector>;
