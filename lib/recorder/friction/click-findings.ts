// A rage or dead click as the page-side detectors find it: when, how many
// clicks, and the element. Whether it counts — a swatch clicked on purpose, a
// download link — and what to call the element are judged by the friction kit
// (click-targets.ts), so the recorder every page runs stays small.

export interface ClickFinding {
  signal: 'rage_click' | 'dead_click';
  t: number;
  /** The burst's clicks (rage clicks only). */
  clicks?: number;
  /** The element clicked first (rage), or the interactive-looking element clicked (dead). */
  target: Element;
}

/** What a click must land on to be a dead-click candidate: links are judged further by the kit. */
export const LOOKS_INTERACTIVE = 'button, [role="button"], input[type="submit"], input[type="button"], input[type="image"], summary, a[href]';
