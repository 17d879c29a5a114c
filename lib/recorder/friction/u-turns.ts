// U-turns (DESIGN §5): back to the previous page within 7 s of arriving
// (Clarity's "quick back"). Only the page being left can tell the shopper's Back
// from a script's history.back(): the Navigation API's `navigate` event says
// whether the user started it. So the u-turn is recorded here, on the page the
// shopper turned away from, at the moment of the Back.
import { U_TURN_MS } from '../../friction/thresholds';
import type { FoundFriction } from './friction-sink';

export interface Traversal {
  t: number;
  /** The browser's Back (or a gesture), not the page's own history.back(). */
  userInitiated: boolean;
  /** One entry back: to the page the shopper came from. */
  toPrevious: boolean;
}

export function createUTurnDetector(env: { emit: (found: FoundFriction) => void }) {
  let arrival: { t: number; path: string } | null = null;
  return {
    /** A page view: the shopper arrived on `url` at `t`. */
    visitStarted(t: number, url: string) {
      arrival = { t, path: new URL(url).pathname };
    },
    traversing(traversal: Traversal) {
      if (!arrival || !traversal.userInitiated || !traversal.toPrevious) return;
      const dwellMs = traversal.t - arrival.t;
      if (dwellMs >= 0 && dwellMs <= U_TURN_MS) env.emit({ signal: 'u_turn', t: traversal.t, detail: { from: arrival.path, dwellMs } });
      arrival = null;
    },
  };
}
