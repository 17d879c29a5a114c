// The offer made on an untracked https shop: record here too. It names the
// host, says what the browser will be asked for, and answers gently when the
// browser says no. The grant itself is handled by the background.
import { nameForHost } from '@/lib/sites/custom-sites';
import type { TrackingStatus } from './use-site-tracking';

export interface TrackSiteCardProps {
  host: string;
  status: TrackingStatus;
  onTrack: () => void;
}

export function TrackSiteCard({ host, status, onTrack }: TrackSiteCardProps) {
  const name = nameForHost(host);
  const asking = status === 'asking';
  return (
    <section class="track-site" data-testid="track-site-card" aria-labelledby="track-site-title">
      {status === 'stopped' && (
        <p class="track-site__answer" role="status" data-testid="tracking-stopped">
          Stopped — Vitrine no longer records on {name}. Sessions already saved stay here.
        </p>
      )}
      <h2 class="track-site__title" id="track-site-title">
        Record your journey on <span class="track-site__host">{name}</span>?
      </h2>
      <p class="track-site__note">Only this site, after your browser asks. Stop any time.</p>
      <button type="button" class="button button--primary" data-testid="track-site" disabled={asking} onClick={onTrack}>
        {asking ? 'Waiting for your browser…' : 'Track this site'}
      </button>
      {status === 'refused' && (
        <p class="track-site__answer" role="status" data-testid="tracking-refused">
          No permission, no recording: Vitrine stays silent on {name}. You can ask again whenever you like.
        </p>
      )}
      {status === 'failed' && (
        <p class="track-site__answer" role="status" data-testid="tracking-refused">
          Your browser did not ask for permission, so nothing changed. Please try again.
        </p>
      )}
    </section>
  );
}
