// Whether Vitrine is paused, for the popup's "Pause recording" / "Resume" and
// its "Paused" state. Read from settings at once; changed only through the
// background, and shown as changed only once the background has agreed.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { loadSettings } from '@/lib/settings/storage';
import { requestPaused } from './recording-pause-request';

export interface RecordingPause {
  /** undefined until the settings are read. */
  paused: boolean | undefined;
  pending: boolean;
  /** Why the last change was refused, or null. */
  problem: string | null;
  toggle(): Promise<void>;
}

export function useRecordingPaused(): RecordingPause {
  const [paused, setPaused] = useState<boolean | undefined>(undefined);
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    loadSettings().then(
      (settings) => current && setPaused((known) => known ?? settings.paused),
      () => current && setPaused((known) => known ?? false),
    );
    return () => {
      current = false;
    };
  }, []);

  const toggle = useCallback(async () => {
    if (paused === undefined || pending) return;
    setPending(true);
    setProblem(null);
    const outcome = await requestPaused(!paused);
    setPending(false);
    if (outcome.ok) setPaused(outcome.paused);
    else setProblem(outcome.reason);
  }, [paused, pending]);

  return { paused, pending, problem, toggle };
}
