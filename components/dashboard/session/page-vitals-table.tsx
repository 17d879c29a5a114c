// Which page made the shopper wait: each visited page's web vitals, with the
// web.dev rating written out (good / needs improvement / poor), not just tinted.
import type { StoredEvent } from '@/lib/events';
import { pathOf } from '@/lib/format';
import { VITAL_RATING_LABELS, formatVital } from './describe-event';
import { vitalsByPage } from './page-vitals';

const SHOWN = ['LCP', 'INP', 'CLS', 'FCP', 'TTFB'] as const;

export function PageVitalsTable({ events }: { events: StoredEvent[] }) {
  const rows = vitalsByPage(events);
  if (rows.length === 0) return <p class="muted">No page in this session reported web vitals.</p>;
  return (
    <table class="data-table vitals-table" data-testid="page-vitals">
      <caption class="visually-hidden">Web vitals for each page visited</caption>
      <thead>
        <tr>
          <th scope="col">Page</th>
          {SHOWN.map((name) => <th key={name} scope="col" class="num">{name}</th>)}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.visitId}>
            <th scope="row">
              <span class="vitals-table__title">{row.title || pathOf(row.url)}</span>
              <span class="vitals-table__path">{pathOf(row.url)}</span>
            </th>
            {SHOWN.map((name) => {
              const vital = row.vitals[name];
              return (
                <td key={name} class="num">
                  {vital ? (
                    <span class={`vital vital--${vital.rating}`}>
                      {formatVital(name, vital.value)}
                      <span class="vital__rating">{VITAL_RATING_LABELS[vital.rating]}</span>
                    </span>
                  ) : <span class="muted" aria-label="not measured">—</span>}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
