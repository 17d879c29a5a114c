// The headline of one session: which site, whether it still records, how long
// it has run, how many pages and the time per page. A pure view: the caller
// passes `now` (ticking while live) and whether recording is paused, so tests
// and the dashboard control both.
import type { Session } from '@/lib/journey/session';
import { formatClockTime, formatDuration } from '@/lib/format';
import { sessionDurationMs } from './session-duration';
import { StatusBadge } from './status-badge';

export function SessionSummary({ session, now, paused = false }: { session: Session; now: number; paused?: boolean }) {
  const live = session.status === 'active';
  const duration = sessionDurationMs(session, now);
  const pages = session.counts.pages;
  return (
    <section class="session-summary" aria-labelledby="session-site-name">
      <div class="session-summary__heading">
        <p class="eyebrow">{live ? 'Current session' : 'Session'}</p>
        <StatusBadge state={live ? (paused ? 'paused' : 'recording') : 'ended'} />
      </div>
      <h1 class="site-title" id="session-site-name" data-testid="site-name">
        {session.siteName}
      </h1>
      <p class="session-summary__started">
        Started at <time dateTime={new Date(session.startedAt).toISOString()}>{formatClockTime(session.startedAt)}</time>
      </p>
      <dl class="stat-row">
        <div class="stat">
          <dt>Duration</dt>
          <dd class="stat__value">
            <span data-testid="duration" role={live ? 'timer' : undefined}>
              {formatDuration(duration)}
            </span>
          </dd>
        </div>
        <div class="stat">
          <dt>Pages</dt>
          <dd class="stat__value" data-testid="page-count">{pages}</dd>
        </div>
        <div class="stat">
          <dt>Per page</dt>
          <dd class="stat__value" title="Average time per page">
            {pages > 0 ? formatDuration(duration / pages) : '—'}
          </dd>
        </div>
      </dl>
    </section>
  );
}
