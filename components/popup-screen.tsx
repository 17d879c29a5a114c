// The popup's whole view for one site (or none): it picks the state — a
// session recording or just ended, a tracked site waiting for its first page,
// or the explanation shown everywhere else (with "Track this site" on an https
// shop) — and lays it out. Data comes from useSiteJourney, useSiteTracking and
// useRecordingPaused.
import { AwaitingSession } from './awaiting-session';
import { BrandBar } from './brand-bar';
import type { SiteRef } from './current-site';
import { EmptyState } from './empty-state';
import { RecentSessions } from './recent-sessions';
import { RecordingPausedNotice } from './pause-recording-button';
import { PopupActions } from './popup-actions';
import { SessionView } from './session-view';
import { StopTrackingButton } from './stop-tracking-button';
import { TrackSiteCard } from './track-site-card';
import { useNow } from './use-now';
import { useRecordingPaused } from './use-recording-paused';
import { useSiteJourney, type SiteJourneyOptions } from './use-site-journey';
import { useSiteTracking } from './use-site-tracking';

export interface PopupScreenProps extends SiteJourneyOptions {
  /** undefined while the site is being worked out; null off tracked sites. */
  site: SiteRef | null | undefined;
  /** The active tab's https host when it is not tracked: "Track this site" is offered for it. */
  trackableHost?: string | null;
}

export function PopupScreen({ site: siteOfPage, trackableHost: hostOfPage = null, ...options }: PopupScreenProps) {
  const tracking = useSiteTracking(siteOfPage === undefined ? undefined : { site: siteOfPage, trackableHost: hostOfPage });
  const { site, trackableHost } = tracking;
  const justTracked = tracking.status === 'started';
  const stopControl = site?.customHosts && (
    <StopTrackingButton siteName={site.name} status={tracking.status} onStop={() => void tracking.stopTracking()} />
  );
  const journey = useSiteJourney(site === undefined ? undefined : (site?.id ?? null), options);
  const pause = useRecordingPaused();
  const { session } = journey;
  // Paused, nothing is recorded: the session's clock stops with it.
  const now = useNow(session?.status === 'active' && pause.paused !== true);

  if (site === undefined || !journey.loaded) {
    return (
      <div class="popup" aria-busy="true">
        <BrandBar />
      </div>
    );
  }

  if (session) {
    return (
      <SessionView
        session={session}
        events={journey.events}
        now={now}
        pause={pause}
        onChanged={journey.showSession}
        stopControl={stopControl}
        notice={
          justTracked && (
            <p class="popup__notice" role="status" data-testid="tracking-started">
              Now recording on {session.siteName}.
            </p>
          )
        }
      />
    );
  }

  return (
    <div class="popup">
      <BrandBar />
      {/* Focusable so the keyboard can scroll it when the recent sessions overflow. */}
      <main class="popup__main popup__main--scroll" tabIndex={0}>
        {pause.paused && <RecordingPausedNotice />}
        {journey.error && (
          <p class="popup__problem" role="alert">
            Vitrine could not read its saved sessions. Close and reopen this window to try again.
          </p>
        )}
        {site ? (
          <AwaitingSession siteName={site.name} justTracked={justTracked} />
        ) : (
          <EmptyState
            offer={
              trackableHost && (
                <TrackSiteCard host={trackableHost} status={tracking.status} onTrack={() => void tracking.startTracking()} />
              )
            }
          />
        )}
        <RecentSessions sessions={journey.recent} now={now} />
      </main>
      <footer class="popup__footer">
        <PopupActions pause={pause} />
        {stopControl}
      </footer>
    </div>
  );
}
