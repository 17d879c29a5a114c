// Every event of a session in time order — pages, searches, products,
// checkout steps, friction, vitals, the rating — as an ordered list with the
// time since the start. Friction is marked in words as well as in colour.
// Events of the same millisecond read page first, friction last (compareEventsInTime).
import type { StoredEvent } from '@/lib/events';
import { compareEventsInTime, formatClockTime, formatOffset, pathOf } from '@/lib/format';
import { describeEvent } from './describe-event';

export function EventTimeline({ events, startedAt }: { events: StoredEvent[]; startedAt: number }) {
  const ordered = [...events].sort(compareEventsInTime);
  if (ordered.length === 0) return <p class="muted">This session’s events were not kept.</p>;
  return (
    <ol class="event-timeline" data-testid="event-timeline" aria-label="Everything that happened, oldest first">
      {ordered.map((event) => {
        const described = describeEvent(event);
        return (
          <li key={event.id} class={`event event--${described.tone}`} data-testid="timeline-event">
            <time class="event__offset" dateTime={new Date(event.t).toISOString()} title={formatClockTime(event.t)}>
              {formatOffset(event.t - startedAt)}
            </time>
            <span class="event__marker" aria-hidden="true" />
            <div class="event__body">
              <p class="event__kind">
                {described.tone === 'friction' && <span class="visually-hidden">Friction: </span>}
                {described.kind}
              </p>
              <p class="event__detail">{described.detail}</p>
              {event.type === 'page_view' && <p class="event__path" title={event.url}>{pathOf(event.url)}</p>}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
