// The Sessions view: filters, the sorted table and a pager. Each page is read
// from IndexedDB on its own (readSessionPage), so the list opens as fast on
// 100k sessions as on ten; the shell keeps the state between views.
import { useEffect, useRef } from 'preact/hooks';
import { listRecordedSites, listStudyIds, readSessionPage, PAGE_SIZE } from '@/lib/benchmark';
import { useDashboard } from '../dashboard-context';
import { useAsync } from '../use-async';
import { formatCount } from '../format-figures';
import { SessionFilters } from './session-filters';
import { SessionsTable, sortLabel } from './sessions-table';
import { nextPage, previousPage, sortedBy, withQuery, type SessionsTableState } from './sessions-state';

export function SessionsScreen({ state, onChange, now = Date.now() }: {
  state: SessionsTableState;
  onChange: (state: SessionsTableState) => void;
  now?: number;
}) {
  const { db, announce } = useDashboard();
  const filters = useAsync(async () => ({ sites: await listRecordedSites(db), studies: await listStudyIds(db) }), [db]);
  const position = state.positions.at(-1) ?? null;
  const page = useAsync(() => readSessionPage(db, state.query, position), [db, JSON.stringify(state.query), JSON.stringify(position)]);
  const pageNumber = state.positions.length;
  const rows = page.value?.sessions ?? [];
  const first = (pageNumber - 1) * PAGE_SIZE + 1;
  const last = first + rows.length - 1;
  const total = page.value?.total ?? null;

  const announced = useRef(false);
  useEffect(() => {
    if (page.loading || !page.value) return;
    if (announced.current) announce(rows.length ? `Showing sessions ${first} to ${last}${total !== null ? ` of ${total}` : ''}.` : 'No sessions match.');
    announced.current = true;
  }, [page.loading, page.value]);

  const filtered = !!(state.query.siteId || state.query.from != null || state.query.to != null || state.query.studyId);
  const emptyStore = !filtered && page.value && rows.length === 0 && state.query.sort === 'date';

  return (
    <section class="screen" aria-labelledby="sessions-title">
      <header class="screen__header">
        <div>
          <p class="eyebrow">Recorded journeys</p>
          <h1 class="screen__title" id="sessions-title" tabIndex={-1}>Sessions</h1>
        </div>
        <p class="screen__lede">Every shopping session Vitrine recorded, with its convenience score and the shopper’s own effort rating. Open one to see why it scored as it did.</p>
      </header>

      <SessionFilters
        query={state.query}
        sites={filters.value?.sites ?? []}
        studies={filters.value?.studies ?? []}
        onChange={(patch) => onChange(withQuery(state, patch))}
      />

      {page.error && <p class="problem" role="alert">Could not read sessions: {page.error}</p>}

      {emptyStore ? (
        <div class="empty-panel" data-testid="no-sessions">
          <p class="empty-panel__title">No sessions yet</p>
          <p>Browse a luxury shop Vitrine tracks and your journeys appear here.</p>
        </div>
      ) : (
        <div class="table-card">
          <div class="table-card__bar">
            <p class="table-card__count" data-testid="page-status">
              {rows.length === 0 ? (page.loading ? 'Reading…' : 'No sessions match these filters.')
                : <>Sessions <strong>{formatCount(first)}–{formatCount(last)}</strong>{total !== null && <> of <strong>{formatCount(total)}</strong></>}</>}
            </p>
            {(state.query.sort === 'score' || state.query.sort === 'ces') && (
              <p class="table-card__note">
                Sorted by {sortLabel(state.query.sort)}: {state.query.sort === 'ces' ? 'only rated sessions are listed.' : 'sessions with nothing to score are left out.'}
              </p>
            )}
          </div>
          <SessionsTable sessions={rows} query={state.query} now={now} busy={page.loading} onSort={(sort) => onChange(sortedBy(state, sort))} />
          <nav class="pager" aria-label="Pages of sessions">
            <button type="button" class="button button--quiet" disabled={pageNumber === 1 || page.loading} onClick={() => onChange(previousPage(state))}>
              ← Previous
            </button>
            <span class="pager__page">Page {pageNumber}{total !== null && ` of ${formatCount(Math.max(1, Math.ceil(total / PAGE_SIZE)))}`}</span>
            <button type="button" class="button button--quiet" disabled={!page.value?.next || page.loading} onClick={() => page.value?.next && onChange(nextPage(state, page.value.next))}>
              Next →
            </button>
          </nav>
        </div>
      )}
    </section>
  );
}
