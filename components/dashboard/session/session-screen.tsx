// One session, in full: the headline score and grade, the score taken apart by
// pillar and metric, the shopper's rating, vitals per page and every event.
// The breakdown uses the profile the stored score was computed with.
import { getProfile, sessionById, sessionEvents } from '@/lib/store';
import { scoreBreakdown } from '@/lib/benchmark';
import { REFERENCE_STANDARD } from '@/lib/score';
import { countLabel, formatDurationWords, formatSessionDate } from '@/lib/format';
import { useDashboard } from '../dashboard-context';
import { useAsync } from '../use-async';
import { GradeBadge } from '../grade-badge';
import { hrefFor } from '../route';
import { formatScore } from '../format-figures';
import { ScoreBreakdownTable } from './score-breakdown-table';
import { EventTimeline } from './event-timeline';
import { PageVitalsTable } from './page-vitals-table';
import { CountList, MilestoneList, RatingCard } from './session-facts-panel';

const END_REASONS = { idle: 'ended after 30 min idle', order: 'ended after the order', user: 'ended by the shopper', restart: 'ended when the browser restarted' };

export function SessionScreen({ id, now = Date.now() }: { id: string; now?: number }) {
  const { db, scoringProfileId } = useDashboard();
  const loaded = useAsync(async () => {
    const session = await sessionById(db, id);
    if (!session) return null;
    const [events, profile] = await Promise.all([sessionEvents(db, id), getProfile(db, session.score?.profileId ?? scoringProfileId)]);
    return { session, events, profile: profile ?? REFERENCE_STANDARD };
  }, [db, id]);

  if (loaded.loading && !loaded.value) return <p class="screen__loading" role="status">Reading the session…</p>;
  if (loaded.error) return <p class="problem" role="alert">Could not read this session: {loaded.error}</p>;
  if (!loaded.value) {
    return (
      <section class="screen">
        <a class="back-link" href={hrefFor({ page: 'sessions' })}>← All sessions</a>
        <h1 class="screen__title" tabIndex={-1}>Session not found</h1>
        <p class="muted">It may have been deleted.</p>
      </section>
    );
  }

  const { session, events, profile } = loaded.value;
  const breakdown = scoreBreakdown(session, profile);
  const { result } = breakdown;
  const biggest = result.deductions.slice(0, 4);

  return (
    <article class="screen session-screen" aria-labelledby="session-title">
      <a class="back-link" href={hrefFor({ page: 'sessions' })}>← All sessions</a>
      <header class="session-head">
        <div class="session-head__who">
          <p class="eyebrow">Session · {session.status === 'active' ? 'recording now' : END_REASONS[session.endReason ?? 'idle']}</p>
          <h1 class="screen__title" id="session-title" tabIndex={-1} data-testid="session-site">{session.siteName}</h1>
          <p class="session-head__meta">
            <time dateTime={new Date(session.startedAt).toISOString()}>{formatSessionDate(session.startedAt, now)}</time>
            <span>{formatDurationWords(session.durationMs)}</span>
            <span>{countLabel(session.counts.pages, 'page')}</span>
            {session.study && <span>Study {session.study.studyId} · participant {session.study.participantId}{session.study.taskId ? ` · task ${session.study.taskId}` : ''}</span>}
          </p>
        </div>
        <div class="score-card" data-testid="session-score">
          <p class="score-card__label">Convenience score</p>
          <p class="score-card__value">{result.score === null ? '—' : formatScore(result.score)}<span class="score-card__of">/100</span></p>
          <GradeBadge grade={result.grade} />
          <p class="score-card__note">Against <strong>{profile.name}</strong> · measured {Math.round(result.coverage * 100)}% of the model</p>
        </div>
      </header>

      {biggest.length > 0 && (
        <section class="panel panel--accent" aria-labelledby="why-title">
          <h2 class="panel__title" id="why-title">Where it lost points</h2>
          <ul class="deduction-list" data-testid="deductions">
            {biggest.map((d) => <li key={d.metric}>{d.sentence}</li>)}
          </ul>
        </section>
      )}

      <div class="session-grid">
        <section class="panel" aria-labelledby="breakdown-title">
          <h2 class="panel__title" id="breakdown-title">Score breakdown</h2>
          <ScoreBreakdownTable breakdown={breakdown} />
        </section>
        <div class="session-grid__side">
          <section class="panel" aria-labelledby="rating-title">
            <h2 class="panel__title" id="rating-title">Shopper’s rating</h2>
            <RatingCard rating={session.rating} />
          </section>
          <section class="panel" aria-labelledby="milestones-title">
            <h2 class="panel__title" id="milestones-title">Milestones</h2>
            <MilestoneList session={session} />
          </section>
          <section class="panel" aria-labelledby="counts-title">
            <h2 class="panel__title" id="counts-title">What happened</h2>
            <CountList session={session} />
          </section>
        </div>
      </div>

      <section class="panel" aria-labelledby="vitals-title">
        <h2 class="panel__title" id="vitals-title">Web vitals by page</h2>
        <PageVitalsTable events={events} />
      </section>

      <section class="panel" aria-labelledby="timeline-title">
        <h2 class="panel__title" id="timeline-title">Timeline <span class="panel__count">{countLabel(events.length, 'event')}</span></h2>
        <EventTimeline events={events} startedAt={session.startedAt} />
      </section>
    </article>
  );
}
