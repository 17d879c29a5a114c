// The popup's whole view for one site (or none): it picks the state — a
// session recording or just ended, a tracked site waiting for its first page,
// or the explanation shown everywhere else (with "Track this site" on an https
// shop) — and lays it out. Data comes from useSiteJourney and useSiteTracking.
import { countLabel, formatDuration } from '@/lib/format';
import { AwaitingSession } from './awaiting-session';
import { BrandBar } from './brand-bar';
import type { SiteRef } from './current-site';
import { EmptyState } from './empty-state';
import { EndSessionButton } from './end-session-button';
import { FollowLatest } from './follow-latest';
import { RecentSessions } from './recent-sessions';
import { sessionDurationMs } from './session-duration';
import { SessionSummary } from './session-summary';
import { StopTrackingButton } from './stop-tracking-button';
import { Timeline } from './timeline';
import { TrackSiteCard } from './track-site-card';
import { useNow } from './use-now';
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
  const { session } = journey;
  const now = useNow(session?.status === 'active');

  if (site === undefined || !journey.loaded) {
    return (
      <div class="popup" aria-busy="true">
        <BrandBar />
      </div>
    );
  }

  if (session) {
    const pageCount = session.counts.pages;
    return (
      <div class="popup popup--session">
        <BrandBar />
        <main class="popup__main">
          {justTracked && (
            <p class="popup__notice" role="status" data-testid="tracking-started">
              Now recording on {session.siteName}.
            </p>
          )}
          <SessionSummary session={session} now={now} />
          <h2 class="section-title section-title--journey">Journey</h2>
          <FollowLatest label="Journey timeline" contentKey={journey.events.length}>
            <Timeline startedAt={session.startedAt} events={journey.events} />
          </FollowLatest>
        </main>
        <footer class="popup__footer">
          {session.status === 'active' ? (
            <EndSessionButton sessionId={session.id} onEnded={journey.markEnded} />
          ) : (
            <p class="session-ended-note" role="status" data-testid="session-ended">
              <strong>Session ended — {countLabel(pageCount, 'page')} in {formatDuration(sessionDurationMs(session, now))}.</strong>
              <span>Your next page on {session.siteName} starts a new session.</span>
            </p>
          )}
          {stopControl}
        </footer>
      </div>
    );
  }

  return (
    <div class="popup">
      <BrandBar />
      {/* Focusable so the keyboard can scroll it when the recent sessions overflow. */}
      <main class="popup__main popup__main--scroll" tabIndex={0}>
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
      {stopControl && <footer class="popup__footer">{stopControl}</footer>}
    </div>
  );
}
