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
