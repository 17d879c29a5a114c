// The popup for a site with a session to show (recording, or just ended): the
// summary, the score, the shopper's own rating, what got in the way and the
// journey, in one scrolling column; ending, pausing and the dashboard stay at its foot.
import type { ComponentChildren } from 'preact';
import type { StoredEvent } from '@/lib/events';
import type { Session } from '@/lib/journey/session';
import { countLabel, formatDuration } from '@/lib/format';
import { BrandBar } from './brand-bar';
import { EndSessionButton } from './end-session-button';
import { FrictionReport } from './friction-report';
import { RecordingPausedNotice } from './pause-recording-button';
import { PopupActions } from './popup-actions';
import { ScoreCard } from './score-card';
import { sessionDurationMs } from './session-duration';
import { SessionRating } from './session-rating';
import { SessionSummary } from './session-summary';
import { Timeline } from './timeline';
import type { RecordingPause } from './use-recording-paused';

export interface SessionViewProps {
  session: Session;
  events: StoredEvent[];
  now: number;
  pause: RecordingPause;
  /** Called with the session the background returns after ending or rating it. */
  onChanged: (session: Session | null) => void;
  /** A line above the summary, e.g. "Now recording on …" right after "Track this site". */
  notice?: ComponentChildren;
  /** "Stop tracking" on a site the user added. */
  stopControl?: ComponentChildren;
}

export function SessionView({ session, events, now, pause, onChanged, notice, stopControl }: SessionViewProps) {
  const live = session.status === 'active';
  return (
    <div class="popup popup--session">
      <BrandBar />
      {/* Focusable so the keyboard can scroll the session when it overflows the popup. */}
      <main class="popup__main popup__main--scroll" tabIndex={0}>
        {pause.paused && live && <RecordingPausedNotice />}
        {notice}
        <SessionSummary session={session} now={now} paused={pause.paused === true} />
        <ScoreCard score={session.score} />
        <SessionRating key={session.id} session={session} onSaved={onChanged} />
        <FrictionReport session={session} />
        <section class="journey" aria-labelledby="journey-title">
          <h2 class="section-title" id="journey-title">Journey</h2>
          <Timeline startedAt={session.startedAt} events={events} />
        </section>
      </main>
      <footer class="popup__footer">
        {live ? (
          <EndSessionButton sessionId={session.id} onEnded={onChanged} />
        ) : (
          <p class="session-ended-note" role="status" data-testid="session-ended">
            <strong>
              Session ended — {countLabel(session.counts.pages, 'page')} in {formatDuration(sessionDurationMs(session, now))}.
            </strong>
            <span>Your next page on {session.siteName} starts a new session.</span>
          </p>
        )}
        <PopupActions pause={pause} sessionId={session.id} />
        {stopControl}
      </footer>
    </div>
  );
}
