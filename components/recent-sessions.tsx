// The last few sessions across all sites, newest first: where, when, how long,
// how many pages and how convenient it was (score and grade). Reads nothing
// itself; the caller passes the sessions.
import type { Session } from '@/lib/journey/session';
import { countLabel, formatDurationWords, formatSessionDate } from '@/lib/format';
import { ScoreBadge } from './score-badge';
import { sessionDurationMs } from './session-duration';

export function RecentSessions({ sessions, now, title = 'Recent sessions' }: { sessions: Session[]; now: number; title?: string }) {
  return (
    <section class="recent-sessions" data-testid="recent-sessions" aria-labelledby="recent-sessions-title">
      <h2 class="section-title" id="recent-sessions-title">{title}</h2>
      {sessions.length === 0 ? (
        <p class="recent-sessions__none">No sessions yet. They appear here once you browse a luxury site.</p>
      ) : (
        <ul class="recent-sessions__list">
          {sessions.map((session) => (
            <RecentSession key={session.id} session={session} now={now} />
          ))}
        </ul>
      )}
    </section>
  );
}

function RecentSession({ session, now }: { session: Session; now: number }) {
  const live = session.status === 'active';
  return (
    <li class="recent-session" data-testid="recent-session">
      <div class="recent-session__where">
        <span class="recent-session__site">
          {session.siteName}
          {live && <span class="recent-session__live">Live</span>}
        </span>
        <span class="recent-session__numbers">
          <time dateTime={new Date(session.startedAt).toISOString()}>{formatSessionDate(session.startedAt, now)}</time>
          <span>{formatDurationWords(sessionDurationMs(session, now))}</span>
          <span>{countLabel(session.counts.pages, 'page')}</span>
        </span>
      </div>
      <ScoreBadge score={session.score} />
    </li>
  );
}
