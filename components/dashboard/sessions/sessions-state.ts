// The session table's state — its query and the page bookmarks walked so far —
// kept by the dashboard shell, so coming back from a session returns to the
// same page of the same sort and filters.
import type { PagePosition, SessionQuery, SessionSort } from '@/lib/benchmark';

export interface SessionsTableState {
  query: SessionQuery;
  /** positions[i] is where page i starts; the last entry is the page shown. */
  positions: Array<PagePosition | null>;
}

export const INITIAL_SESSIONS_STATE: SessionsTableState = {
  query: { sort: 'date', direction: 'desc', siteId: null, from: null, to: null, studyId: null },
  positions: [null],
};

/** A new query starts again at page 1. */
export function withQuery(state: SessionsTableState, patch: Partial<SessionQuery>): SessionsTableState {
  return { query: { ...state.query, ...patch }, positions: [null] };
}

/** Clicking a column sorts by it, newest/highest first; clicking the sorted column again reverses it. */
export function sortedBy(state: SessionsTableState, sort: SessionSort): SessionsTableState {
  const direction = state.query.sort === sort && state.query.direction === 'desc' ? 'asc' : 'desc';
  return withQuery(state, { sort, direction });
}

export const nextPage = (state: SessionsTableState, next: PagePosition): SessionsTableState => ({ ...state, positions: [...state.positions, next] });
export const previousPage = (state: SessionsTableState): SessionsTableState =>
  state.positions.length > 1 ? { ...state, positions: state.positions.slice(0, -1) } : state;
