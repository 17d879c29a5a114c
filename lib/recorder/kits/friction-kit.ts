// The friction kit: judges what the recorder every page runs only spots.
// Overlay-like elements are measured against the viewport, their kind read
// from their text and timed until dismissed (interstitials.ts); rage and dead
// click findings are judged by the element clicked (click-targets.ts). Loaded
// the first time a page has either, it first takes what was found before it
// arrived — overlays replayed at the time they were spotted.
import { judgeClickFinding } from '../friction/click-targets';
import { createInterstitialDetector, type OverlayBox } from '../friction/interstitials';
import { findOverlayCandidates, measureOverlay, selectOverlayCandidates, watchOverlayAttributes } from '../friction/overlay-candidates';
import { overlayKind } from '../friction/overlay-texts';
import type { ClickFinding } from '../friction/click-findings';
import type { Kit, KitHost } from './protocol';

export interface FrictionKitOptions {
  /** Tests only: happy-dom never makes a trusted event. */
  isTrusted?: (event: Event) => boolean;
  /** Tests only: happy-dom has no layout. */
  measure?: (el: Element) => OverlayBox;
}

export function createFrictionKit(host: KitHost, options: FrictionKitOptions = {}): Kit {
  const isTrusted = options.isTrusted ?? ((event: Event) => event.isTrusted);
  const win = host.doc.defaultView as Window;
  /** While replaying, "now" is when the recorder spotted the overlay. */
  let replayingAt: number | null = null;
  const interstitials = createInterstitialDetector({
    now: () => replayingAt ?? host.now(),
    setTimeout: host.setTimeout,
    emit: host.friction,
    measure: options.measure ?? measureOverlay(win),
    kindOf: overlayKind,
    watchAttributes: watchOverlayAttributes(host.doc),
  });
  const clickFound = (finding: ClickFinding) => {
    const found = judgeClickFinding(finding, win.location.origin);
    if (found) host.friction(found);
  };

  if (host.lastActionAt > -Infinity) interstitials.shopperActed(host.lastActionAt);
  const waiting = host.takeWaiting();
  for (const { added, t } of waiting.overlays) {
    replayingAt = t;
    try {
      interstitials.pageChanged(added ? selectOverlayCandidates(added) : findOverlayCandidates(host.doc));
    } finally {
      replayingAt = null;
    }
  }
  waiting.clicks.forEach(clickFound);

  return {
    clickFound,
    shopperActed(event, t) {
      if (isTrusted(event)) interstitials.shopperActed(t);
    },
    pageChanged: (added) => interstitials.pageChanged(selectOverlayCandidates(added)),
    pageHidden: () => interstitials.pageHidden(),
    stop: () => interstitials.stop(),
  };
}
