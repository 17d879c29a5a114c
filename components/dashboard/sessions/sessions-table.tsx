// The session list as a real table: one row per session, sortable column
// headers (buttons, with aria-sort on the sorted one), each row a link to the
// session. It draws what it is given; paging and queries live in the screen.
import type { Session } from '@/lib/journey/session';
import type { SessionQuery, SessionSort } from '@/lib/benchmark';
import { formatDurationWords, formatSessionDate } from '@/lib/format';
import { GradeBadge, ScoreValue } from '../grade-badge';
import { hrefFor } from '../route';

interface Column {
  label: string;
  sort?: SessionSort;
  numeric?: boolean;
}

const COLUMNS: Column[] = [
  { label: 'Brand' },
  { label: 'Started', sort: 'date' },
  { label: 'Duration', sort: 'duration', numeric: true },
  { label: 'Score', sort: 'score', numeric: true },
  { label: 'Grade' },
  { label: 'CES', sort: 'ces', numeric: true },
  { label: 'Friction', sort: 'friction', numeric: true },
];

export function SessionsTable({ sessions, query, onSort, now, busy }: {
  sessions: Session[];
  query: SessionQuery;
  onSort: (sort: SessionSort) => void;
  now: number;
  busy: boolean;
}) {
  return (
    <table class="data-table sessions-table" data-testid="sessions-table" aria-busy={busy ? 'true' : 'false'}>
      <caption class="visually-hidden">Recorded sessions, sorted by {sortLabel(query.sort)}, {query.direction === 'asc' ? 'ascending' : 'descending'}. Select a brand to open its session.</caption>
      <thead>
        <tr>
          {COLUMNS.map((column) => (
            <th
              key={column.label}
              scope="col"
              class={column.numeric ? 'num' : undefined}
              aria-sort={column.sort && column.sort === query.sort ? (query.direction === 'asc' ? 'ascending' : 'descending') : undefined}
            >
              {column.sort ? (
                <button type="button" class="sort-button" onClick={() => onSort(column.sort!)}>
                  {column.label}
                  <SortArrow active={column.sort === query.sort} direction={query.direction} />
                </button>
              ) : (
                column.label
              )}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {sessions.map((session) => (
          <SessionRow key={session.id} session={session} now={now} />
        ))}
      </tbody>
    </table>
  );
}

function SessionRow({ session, now }: { session: Session; now: number }) {
  const href = hrefFor({ page: 'session', id: session.id });
  return (
    <tr data-testid="session-row" class="is-clickable" onClick={(event) => {
      if (!(event.target as Element).closest('a')) location.hash = href;
    }}>
      <th scope="row" class="sessions-table__site">
        <span class="sessions-table__site-inner">
          <a href={href}>{session.siteName}</a>
          {session.status === 'active' && <span class="live-tag">Live</span>}
          {session.study && <span class="study-tag" title="Study">{session.study.studyId}</span>}
        </span>
      </th>
      <td><time dateTime={new Date(session.startedAt).toISOString()}>{formatSessionDate(session.startedAt, now)}</time></td>
      <td class="num">{formatDurationWords(session.durationMs)}</td>
      <td class="num"><ScoreValue score={session.score?.score} /></td>
      <td><GradeBadge grade={session.score?.grade ?? null} /></td>
      <td class="num">{session.rating ? `${session.rating.ces} / 7` : <span class="muted" aria-label="Not rated">—</span>}</td>
      <td class="num">{session.frictionTotal}</td>
    </tr>
  );
}

function SortArrow({ active, direction }: { active: boolean; direction: 'asc' | 'desc' }) {
  return (
    <span class={`sort-arrow${active ? ' is-active' : ''}`} aria-hidden="true">
      {active ? (direction === 'asc' ? '▲' : '▼') : '↕'}
    </span>
  );
}

export function sortLabel(sort: SessionSort): string {
  return { date: 'start date', score: 'score', duration: 'duration', friction: 'friction', ces: 'Customer Effort Score' }[sort];
}
