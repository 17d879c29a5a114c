// A session's state at a glance. "Recording" pulses gently (not under
// prefers-reduced-motion); "Paused" while the user has paused recording; the
// text, not the colour, carries the meaning.

export type SessionState = 'recording' | 'paused' | 'ended' | 'ready';

const LABELS: Record<SessionState, string> = { recording: 'Recording', paused: 'Paused', ended: 'Ended', ready: 'Ready' };

export function StatusBadge({ state }: { state: SessionState }) {
  return (
    <span class={`status-badge status-badge--${state}`} data-testid="session-status">
      <span class="status-badge__dot" aria-hidden="true" />
      {LABELS[state]}
    </span>
  );
}
