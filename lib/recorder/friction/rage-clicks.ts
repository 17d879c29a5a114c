// Rage clicks (DESIGN §5): ≥ 3 trusted clicks, each < 1000 ms and < 30 px
// (Manhattan) from the previous — PostHog's rule. One event per burst, sent
// when the burst ends. Whether its control is one clicked repeatedly on
// purpose is judged once per burst, by the friction kit (click-findings.ts).
import { RAGE_CLICK_COUNT, RAGE_CLICK_DISTANCE_PX, RAGE_CLICK_INTERVAL_MS } from '../../friction/thresholds';
import type { ClickFinding } from './click-findings';

/** A click as the detectors see it, read from the DOM event by a thin adapter. */
export interface ClickInput {
  x: number;
  y: number;
  t: number;
  target: Element;
  /** event.isTrusted: a page's own synthetic clicks never count. */
  trusted: boolean;
}

export interface RageClickEnv {
  now: () => number;
  setTimeout: (callback: () => void, ms: number) => unknown;
  emit: (found: ClickFinding) => void;
  /** A burst just became a rage click: its judge is needed soon. */
  suspected?: () => void;
}

interface Burst {
  first: ClickInput;
  last: ClickInput;
  clicks: number;
  rage: boolean;
}

export function createRageClickDetector(env: RageClickEnv) {
  let burst: Burst | null = null;
  let timerSet = false;

  function finish() {
    if (burst?.rage) env.emit({ signal: 'rage_click', t: burst.first.t, clicks: burst.clicks, target: burst.first.target });
    burst = null;
  }

  /** One timer per rage burst (not per click): it re-arms until the burst has been quiet long enough. */
  function finishWhenQuiet() {
    if (timerSet) return;
    timerSet = true;
    const wait = burst ? Math.max(0, burst.last.t + RAGE_CLICK_INTERVAL_MS - env.now()) : 0;
    env.setTimeout(() => {
      timerSet = false;
      if (!burst) return;
      if (env.now() - burst.last.t >= RAGE_CLICK_INTERVAL_MS) finish();
      else finishWhenQuiet();
    }, wait);
  }

  const continues = (last: ClickInput, next: ClickInput) =>
    next.t - last.t < RAGE_CLICK_INTERVAL_MS && next.t >= last.t &&
    Math.abs(next.x - last.x) + Math.abs(next.y - last.y) < RAGE_CLICK_DISTANCE_PX;

  return {
    clicked(click: ClickInput) {
      if (!click.trusted) return;
      if (burst && continues(burst.last, click)) {
        burst.last = click;
        burst.clicks += 1;
        if (burst.clicks === RAGE_CLICK_COUNT) {
          burst.rage = true;
          env.suspected?.();
          finishWhenQuiet();
        }
        return;
      }
      finish();
      burst = { first: click, last: click, clicks: 1, rage: false };
    },
    /** The page is going away: a burst in progress is complete. */
    flush: finish,
  };
}

export type RageClickDetector = ReturnType<typeof createRageClickDetector>;
