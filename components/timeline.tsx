// A session's journey in the order it happened: each page seen (its time since
// the session began, "+0:42", its kind, title and path) and, between them, the
// moments that mark progress or friction ("+0:42 search "black tote" — no
// results"). An ordered list, because the order is the journey.
import type { StoredEvent } from '@/lib/events';
import {
  formatClockTime,
  formatLoadTime,
  formatOffset,
  navigationNote,
  pageTypeLabel,
  pathOf,
  timelineEntries,
  type MarkerTone,
  type StoredPageView,
} from '@/lib/format';

export function Timeline({ startedAt, events }: { startedAt: number; events: StoredEvent[] }) {
  const entries = timelineEntries(events);
  const pages = entries.filter((entry) => entry.kind === 'page').length;
  return (
    <>
      <ol class="timeline" data-testid="timeline" aria-label="Journey, oldest first">
        {entries.map((entry) =>
          entry.kind === 'page' ? (
            <TimelineItem key={entry.id} page={entry.page} startedAt={startedAt} />
          ) : (
            <TimelineMarker key={entry.id} t={entry.t} startedAt={startedAt} tone={entry.tone} text={entry.text} />
          ),
        )}
      </ol>
      {pages === 0 && <p class="timeline__empty">Pages appear here as you browse.</p>}
    </>
  );
}

function Offset({ t, startedAt }: { t: number; startedAt: number }) {
  return (
    <time class="timeline-entry__offset" dateTime={new Date(t).toISOString()} title={formatClockTime(t)}>
      {formatOffset(t - startedAt)}
    </time>
  );
}

function TimelineItem({ page, startedAt }: { page: StoredPageView; startedAt: number }) {
  const path = pathOf(page.url);
  const kind = pageTypeLabel(page.pageType);
  const note = navigationNote(page.nav);
  const load = formatLoadTime(page.loadMs);
  return (
    <li class={`timeline-entry timeline-item timeline-item--${page.pageType}`} data-testid="timeline-item">
      <Offset t={page.t} startedAt={startedAt} />
      <span class="timeline-entry__bead" aria-hidden="true" />
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

function TimelineMarker({ t, startedAt, tone, text }: { t: number; startedAt: number; tone: MarkerTone; text: string }) {
  return (
    <li class={`timeline-entry timeline-marker timeline-marker--${tone}`} data-testid="timeline-marker" data-tone={tone}>
      <Offset t={t} startedAt={startedAt} />
      <span class="timeline-entry__bead" aria-hidden="true" />
      <p class="timeline-marker__text">
        {tone === 'friction' && <span class="visually-hidden">Friction: </span>}
        {text}
      </p>
    </li>
  );
}
