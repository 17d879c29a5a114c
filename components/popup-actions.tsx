// The popup's secondary actions, at its foot in every state: pause or resume
// recording, and open the dashboard. A refused pause says why.
import { OpenDashboardButton } from './open-dashboard-button';
import { PauseRecordingButton } from './pause-recording-button';
import type { RecordingPause } from './use-recording-paused';

export function PopupActions({ pause, sessionId = null }: { pause: RecordingPause; sessionId?: string | null }) {
  return (
    <div class="popup-actions">
      <div class="popup-actions__row">
        <PauseRecordingButton pause={pause} />
        <OpenDashboardButton sessionId={sessionId} />
      </div>
      {pause.problem && (
        <p class="popup-actions__problem" role="alert">
          Vitrine could not {pause.paused ? 'resume' : 'pause'} recording ({pause.problem}). Please try again.
        </p>
      )}
    </div>
  );
}
