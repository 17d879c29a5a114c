// The quiet way out for a site the user added: gives its host permission back,
// after which the background stops recording there. Registry sites never show
// it (their permission comes with the extension). Saved sessions stay.
import type { TrackingStatus } from './use-site-tracking';

export interface StopTrackingButtonProps {
  siteName: string;
  status: TrackingStatus;
  onStop: () => void;
}

export function StopTrackingButton({ siteName, status, onStop }: StopTrackingButtonProps) {
  const stopping = status === 'stopping';
  return (
    <div class="stop-tracking">
      <p class="stop-tracking__note">You added this site to Vitrine.</p>
      <button type="button" class="button button--quiet" data-testid="stop-tracking" disabled={stopping} onClick={onStop}>
        {stopping ? 'Stopping…' : 'Stop tracking'}
      </button>
      {status === 'stop-failed' && (
        <p class="stop-tracking__problem" role="alert">
          Vitrine could not stop tracking {siteName}. Try again, or remove the site in your browser's extension settings.
        </p>
      )}
    </div>
  );
}
