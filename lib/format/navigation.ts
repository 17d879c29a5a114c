// How a page was reached, worded only when it says something about the journey:
// going back or reloading hints at friction; a normal load or SPA route says nothing.
import type { PageViewEvent } from '../events';

export function navigationNote(nav: PageViewEvent['nav']): string | null {
  if (nav === 'back_forward') return 'Back';
  if (nav === 'reload') return 'Reload';
  return null;
}

/** A page's load time for a list: "0.8 s", "12 s"; null when unknown. */
export function formatLoadTime(ms: number | null): string | null {
  if (ms === null || !Number.isFinite(ms) || ms < 0) return null;
  const seconds = ms / 1000;
  return seconds < 10 ? `${seconds.toFixed(1)} s` : `${Math.round(seconds)} s`;
}
