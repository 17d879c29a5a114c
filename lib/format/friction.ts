// The words a shopper reads for each friction signal (DESIGN §5): a short label,
// a one-line explanation for the friction list, and a marker for the timeline
// built from the event's `detail`. One table keyed by signal, so a new signal
// fails the type check here instead of showing a raw id.
import type { FRICTION_SIGNALS } from '../events';
import { SLOW_INTERACTION_INP_MS, SLOW_PAGE_LCP_MS } from '../friction/thresholds';

export type FrictionSignal = (typeof FRICTION_SIGNALS)[number];
export type FrictionDetail = Record<string, string | number | boolean | null>;

interface FrictionWording {
  /** The list's heading for the signal, e.g. "Rage clicks". */
  label: string;
  /** Why it counts, in a shopper's words. */
  explanation: string;
  /** The timeline's marker text for one occurrence. */
  marker: (detail: FrictionDetail) => string;
}

const number = (detail: FrictionDetail, key: string): number | null => {
  const value = detail[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
};

/** "4 s", "0.8 s": short waits as a person says them. */
export function formatSeconds(ms: number): string {
  const seconds = ms / 1000;
  return seconds < 10 ? `${Number(seconds.toFixed(1))} s` : `${Math.round(seconds)} s`;
}

const OVERLAY_KINDS: Record<string, string> = {
  newsletter: 'newsletter',
  cookie: 'cookie notice',
  region: 'country selector',
  promotion: 'promotion',
  chat: 'chat window',
};

function interstitialMarker(detail: FrictionDetail): string {
  const kind = typeof detail.kind === 'string' ? OVERLAY_KINDS[detail.kind] : undefined;
  const closedAfter = number(detail, 'dismissedAfterMs');
  const what = kind ? `pop-up: ${kind}` : 'pop-up';
  return closedAfter === null ? `${what} (never closed)` : `${what} (closed after ${formatSeconds(closedAfter)})`;
}

const FRICTION_WORDING: Record<FrictionSignal, FrictionWording> = {
  zero_results: {
    label: 'Searches that found nothing',
    explanation: 'The site’s search came back empty, so you had to try other words or browse instead.',
    marker: () => 'search found nothing',
  },
  search_refinement: {
    label: 'Searches tried again',
    explanation: 'You rephrased a search within a minute because the first one did not lead you to a product.',
    marker: () => 'searched again',
  },
  rage_click: {
    label: 'Rage clicks',
    explanation: 'You clicked the same spot again and again, quickly — it did not respond the way you expected.',
    marker: (detail) => {
      const clicks = number(detail, 'clicks');
      return clicks === null ? 'rage click' : `rage click (${clicks} clicks)`;
    },
  },
  dead_click: {
    label: 'Clicks that did nothing',
    explanation: 'Something looked clickable, but nothing happened when you clicked it.',
    marker: () => 'click that did nothing',
  },
  u_turn: {
    label: 'Quick returns',
    explanation: 'You opened a page and went straight back within seconds: it was not what you were looking for.',
    marker: (detail) => {
      const dwell = number(detail, 'dwellMs');
      return dwell === null ? 'went straight back' : `went straight back (after ${formatSeconds(dwell)})`;
    },
  },
  form_error: {
    label: 'Form errors',
    explanation: 'A form turned down what you entered and asked you to correct it.',
    marker: (detail) => {
      const fields = number(detail, 'fields');
      return fields && fields > 1 ? `form error (${fields} fields)` : 'form error';
    },
  },
  interstitial: {
    label: 'Pop-ups in the way',
    explanation: 'A newsletter, cookie or promotion window covered the page until you closed it.',
    marker: interstitialMarker,
  },
  forced_login: {
    label: 'Sign-in required',
    explanation: 'Checkout made you sign in or create an account, with no option to buy as a guest.',
    marker: () => 'sign-in required — no guest checkout',
  },
  slow_page: {
    label: 'Slow pages',
    explanation: `A page took longer than ${formatSeconds(SLOW_PAGE_LCP_MS)} to show its main content.`,
    marker: (detail) => {
      const value = number(detail, 'value');
      return value === null ? 'slow page' : `slow page (${formatSeconds(value)} to show)`;
    },
  },
  slow_interaction: {
    label: 'Slow responses',
    explanation: `The page took longer than ${SLOW_INTERACTION_INP_MS} ms to react to a click or a key.`,
    marker: (detail) => {
      const value = number(detail, 'value');
      return value === null ? 'slow response' : `slow response (${Math.round(value)} ms)`;
    },
  },
  layout_shift: {
    label: 'Jumping content',
    explanation: 'Content moved while the page loaded, so you could have clicked the wrong thing.',
    marker: () => 'content jumped while loading',
  },
  error_page: {
    label: 'Error pages',
    explanation: 'You landed on a page that was missing or broken.',
    marker: () => 'error page',
  },
  out_of_stock: {
    label: 'Out of stock',
    explanation: 'A product you opened could not be bought.',
    marker: () => 'out of stock',
  },
};

export function frictionLabel(signal: FrictionSignal): string {
  return FRICTION_WORDING[signal].label;
}

export function frictionExplanation(signal: FrictionSignal): string {
  return FRICTION_WORDING[signal].explanation;
}

/** `rage click (4 clicks)`, `pop-up: newsletter (closed after 4 s)`. */
export function frictionMarker(signal: FrictionSignal, detail: FrictionDetail = {}): string {
  return FRICTION_WORDING[signal]?.marker(detail) ?? 'friction';
}
