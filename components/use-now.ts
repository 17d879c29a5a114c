// A clock for live durations: the current time, re-read every `intervalMs`
// while `running`. Stopped clocks cost nothing, so ended sessions do not tick.
import { useEffect, useState } from 'preact/hooks';

export function useNow(running: boolean, intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [running, intervalMs]);
  return now;
}
