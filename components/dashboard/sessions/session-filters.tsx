// The session list's filters: brand, date range and study tag. Each change
// is a new query (page 1); the brand list says how many sessions each has.
import type { RecordedSite, SessionQuery } from '@/lib/benchmark';
import { dateInputValue, endOfDayMs, startOfDayMs } from './date-input';
import { formatCount } from '../format-figures';

export function SessionFilters({ query, sites, studies, onChange }: {
  query: SessionQuery;
  sites: RecordedSite[];
  studies: string[];
  onChange: (patch: Partial<SessionQuery>) => void;
}) {
  const filtered = !!(query.siteId || query.from != null || query.to != null || query.studyId);
  return (
    <form class="filters" aria-label="Filter sessions" onSubmit={(e) => e.preventDefault()}>
      <label class="field">
        <span class="field__label">Brand</span>
        <select value={query.siteId ?? ''} onChange={(e) => onChange({ siteId: e.currentTarget.value || null })}>
          <option value="">All brands</option>
          {sites.map((site) => (
            <option key={site.siteId} value={site.siteId}>{site.siteName} ({formatCount(site.sessions)})</option>
          ))}
        </select>
      </label>
      <label class="field">
        <span class="field__label">From</span>
        <input type="date" value={dateInputValue(query.from)} max={dateInputValue(query.to) || undefined}
          onChange={(e) => onChange({ from: startOfDayMs(e.currentTarget.value) })} />
      </label>
      <label class="field">
        <span class="field__label">To</span>
        <input type="date" value={dateInputValue(query.to)} min={dateInputValue(query.from) || undefined}
          onChange={(e) => onChange({ to: endOfDayMs(e.currentTarget.value) })} />
      </label>
      {studies.length > 0 && (
        <label class="field">
          <span class="field__label">Study</span>
          <select value={query.studyId ?? ''} onChange={(e) => onChange({ studyId: e.currentTarget.value || null })}>
            <option value="">All sessions</option>
            {studies.map((study) => <option key={study} value={study}>{study}</option>)}
          </select>
        </label>
      )}
      <button type="button" class="button button--quiet filters__clear" disabled={!filtered}
        onClick={() => onChange({ siteId: null, from: null, to: null, studyId: null })}>
        Clear filters
      </button>
    </form>
  );
}
