// A session's pages in the order they were seen, each with its time since the
// session began ("+0:42"), what kind of page it was, its title and its path.
// An ordered list, because the order is the journey.
import type { PageViewEvent, StoredEvent } from '@/lib/events';
import { formatClockTime, formatLoadTime, formatOffset, navigationNote, pageTypeLabel, pathOf } from '@/lib/format';

type StoredPageView = PageViewEvent & StoredEvent;

const isPageView = (event: StoredEvent): event is StoredPageView => event.type === 'page_view';

export function Timeline({ startedAt, events }: { startedAt: number; events: StoredEvent[] }) {
  const pages = events.filter(isPageView).sort((a, b) => a.t - b.t);
  return (
    <>
      <ol class="timeline" data-testid="timeline" aria-label="Pages visited, oldest first">
        {pages.map((page) => (
          <TimelineItem key={page.id} page={page} startedAt={startedAt} />
        ))}
      </ol>
      {pages.length === 0 && <p class="timeline__empty">Pages appear here as you browse.</p>}
    </>
  );
}

function TimelineItem({ page, startedAt }: { page: StoredPageView; startedAt: number }) {
  const path = pathOf(page.url);
  const kind = pageTypeLabel(page.pageType);
  const note = navigationNote(page.nav);
  const load = formatLoadTime(page.loadMs);
  return (
    <li class={`timeline-item timeline-item--${page.pageType}`} data-testid="timeline-item">
      <time class="timeline-item__offset" dateTime={new Date(page.t).toISOString()} title={formatClockTime(page.t)}>
        {formatOffset(page.t - startedAt)}
      </time>
      <span class="timeline-item__marker" aria-hidden="true" />
      <div class="timeline-item__body">
        <p class="timeline-item__meta">
          <span class="timeline-item__kind">{kind}</span>
          {note && <span class="timeline-item__note">{note}</span>}
          {load && <span class="timeline-item__load" title="Time to load the page">{load}</span>}
        </p>
        <p class="timeline-item__title">{page.title.trim() || kind}</p>
        <p class="timeline-item__path" title={page.url}>{path}</p>
      </div>
    </li>
  );
}
