// Session clocks as people read them: a running timer ("12:04", "1:02:09"),
// an offset from the start of a session ("+0:42") and a short spoken length
// ("12 min"). Pure and locale-free, so the popup and dashboard agree.

function clampToSeconds(ms: number): number {
  return Number.isFinite(ms) && ms > 0 ? Math.floor(ms / 1000) : 0;
}

const twoDigits = (n: number) => String(n).padStart(2, '0');

/** A stopwatch reading: m:ss under an hour, h:mm:ss from an hour on. Negative or invalid input reads 0:00. */
export function formatDuration(ms: number): string {
  const total = clampToSeconds(ms);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return hours > 0 ? `${hours}:${twoDigits(minutes)}:${twoDigits(seconds)}` : `${minutes}:${twoDigits(seconds)}`;
}

/** Time since the session started, as on a race timeline: "+0:42". */
export function formatOffset(ms: number): string {
  return `+${formatDuration(ms)}`;
}

/** A compact length for lists: "42 s", "12 min", "1 h 5 min". */
export function formatDurationWords(ms: number): string {
  const total = clampToSeconds(ms);
  if (total < 60) return `${total} s`;
  const minutes = Math.floor(total / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
