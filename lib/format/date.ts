// When a session happened, said the way a person would: "Today, 14:02",
// "Yesterday, 09:10", "Sat 3 May, 18:30". `now` and the locale are parameters
// so the output is deterministic in tests and follows the browser in the UI.

const DAY_MS = 24 * 60 * 60 * 1000;

function startOfDay(t: number): number {
  const d = new Date(t);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}

/** Whole calendar days between two instants in local time (DST-safe). */
function calendarDaysBetween(earlier: number, later: number): number {
  return Math.round((startOfDay(later) - startOfDay(earlier)) / DAY_MS);
}

/** The time of day: "14:02" on a 24-hour clock, "2:02 PM" (not "02:02 PM") on a 12-hour one. */
export function formatClockTime(t: number, locale?: string): string {
  const twelveHour = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hour12 ?? false;
  return new Intl.DateTimeFormat(locale, { hour: twelveHour ? 'numeric' : '2-digit', minute: '2-digit' }).format(t);
}

/** A session's start relative to today: "Today, 14:02", "Yesterday, 09:10", "Sat 3 May, 18:30", "3 May 2024, 18:30". */
export function formatSessionDate(t: number, now: number, locale?: string): string {
  const time = formatClockTime(t, locale);
  const days = calendarDaysBetween(t, now);
  if (days === 0) return `Today, ${time}`;
  if (days === 1) return `Yesterday, ${time}`;
  const sameYear = new Date(t).getFullYear() === new Date(now).getFullYear();
  const day = new Intl.DateTimeFormat(locale, sameYear
    ? { weekday: 'short', day: 'numeric', month: 'short' }
    : { day: 'numeric', month: 'short', year: 'numeric' }).format(t);
  return `${day}, ${time}`;
}
