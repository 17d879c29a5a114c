// "Pause recording" / "Resume recording": stops Vitrine recording on every site
// until resumed. The label says what a press will do; the "Paused" state itself
// is shown by RecordingPausedNotice and the status badge.
import type { RecordingPause } from './use-recording-paused';

export function PauseRecordingButton({ pause }: { pause: RecordingPause }) {
  const { paused, pending } = pause;
  const label = paused ? (pending ? 'Resuming…' : 'Resume recording') : pending ? 'Pausing…' : 'Pause recording';
  return (
    <button
      type="button"
      class={`button button--quiet pause-recording${paused ? ' pause-recording--paused' : ''}`}
      data-testid="pause-recording"
      disabled={paused === undefined || pending}
      onClick={() => void pause.toggle()}
    >
      <span class="pause-recording__icon" aria-hidden="true" />
      {label}
    </button>
  );
}

/** The clear "Paused" state at the top of the popup, with why nothing is recorded. */
export function RecordingPausedNotice() {
  return (
    <p class="paused-notice" role="status" data-testid="recording-paused">
      <strong>Paused.</strong> Vitrine is not recording on any site until you resume.
    </p>
  );
}
