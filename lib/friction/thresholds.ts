// Every friction threshold in one place (DESIGN §5), each with where it comes
// from (shared/REFERENCES.md). Plain constants: the content script imports the
// few it needs without pulling anything else in.

/** Rage click: ≥ 3 clicks, each < 1000 ms and < 30 px (Manhattan) from the previous — PostHog's rageclick.ts defaults. */
export const RAGE_CLICK_COUNT = 3;
export const RAGE_CLICK_INTERVAL_MS = 1000;
export const RAGE_CLICK_DISTANCE_PX = 30;

/** Dead click: no DOM change, scroll, focus change or navigation within 2500 ms — PostHog dead-clicks autocapture's mutation window. */
export const DEAD_CLICK_WINDOW_MS = 2500;

/** U-turn: back to the previous page within 7 s of arriving — Microsoft Clarity's "quick back" (its threshold is adaptive and unpublished; 7 s is ours). */
export const U_TURN_MS = 7000;

/** Search refinement: a new search within 60 s of the last, no product viewed between (DESIGN §5). */
export const SEARCH_REFINEMENT_MS = 60_000;

/** Interstitial: a fixed overlay covering ≥ 30% of the viewport (DESIGN §5). */
export const INTERSTITIAL_MIN_COVERAGE = 0.3;

/** Web vitals, "good" boundaries at the 75th percentile — web.dev (LCP 2.5 s, INP 200 ms, CLS 0.1). */
export const SLOW_PAGE_LCP_MS = 2500;
export const SLOW_INTERACTION_INP_MS = 200;
export const LAYOUT_SHIFT_CLS = 0.1;

/**
 * Form errors count only this soon after the shopper's own submit, click or Enter: a page
 * validating on its own (form.reportValidity() on load) is not the shopper meeting an error.
 * Ours, the same 5 s as the journey detector's ACTION_WINDOW_MS (DESIGN §5 form_error).
 */
export const FORM_ERROR_AFTER_ACTION_MS = 5000;
/** Errors that appear within this long of each other are one failed attempt, one event — ours (DESIGN §5). */
export const FORM_ERROR_GROUP_MS = 500;

/**
 * An overlay this soon after the shopper's click answers it (size guide, quick view, mini-bag):
 * not an interstitial. Ours: unsolicited modals (newsletter, region) open on a timer, seconds in.
 */
export const INTERSTITIAL_SOLICITED_MS = 1500;
