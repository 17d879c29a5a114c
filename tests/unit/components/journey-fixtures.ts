// Sessions and page views for component tests, shaped exactly as the store
// keeps them (built with the real newSession/applyEvent rules).
import type { RecordedEvent, StoredEvent } from '@/lib/events';
import { applyEvent, endSession, newSession, type Session } from '@/lib/journey/session';
import type { PageType } from '@/lib/sites/types';

let counter = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;

export interface PageSpec {
  at: number;
  pageType: PageType;
  title: string;
  path: string;
  nav?: 'load' | 'spa' | 'back_forward' | 'reload';
  loadMs?: number | null;
}

export function pageView(spec: PageSpec, origin = 'https://www.net-a-porter.com'): Extract<RecordedEvent, { type: 'page_view' }> {
  return {
    id: uuid(),
    visitId: uuid(),
    type: 'page_view',
    t: spec.at,
    pageType: spec.pageType,
    url: origin + spec.path,
    nav: spec.nav ?? 'spa',
    title: spec.title,
    loadMs: spec.loadMs ?? null,
  };
}

export function storedSession(
  siteId: string,
  siteName: string,
  pages: PageSpec[],
  options: { endedAt?: number; id?: string } = {},
): { session: Session; events: StoredEvent[] } {
  let session = newSession(options.id ?? uuid(), siteId, siteName, pages[0]?.at ?? Date.now());
  const events: StoredEvent[] = [];
  for (const spec of pages) {
    const event = { ...pageView(spec), sessionId: session.id, tabId: 1, siteId } as StoredEvent;
    events.push(event);
    session = applyEvent(session, event);
  }
  if (options.endedAt !== undefined) session = endSession(session, 'idle', options.endedAt);
  return { session, events };
}

/** Any recorded event, with the fields every event carries filled in (page_view's own helper above). */
export function recorded<T extends RecordedEvent['type']>(
  type: T,
  at: number,
  fields: Omit<Extract<RecordedEvent, { type: T }>, 'id' | 'visitId' | 't' | 'type' | 'pageType' | 'url'> &
    Partial<Pick<RecordedEvent, 'pageType' | 'url' | 'visitId'>>,
): Extract<RecordedEvent, { type: T }> {
  return {
    id: uuid(),
    visitId: fields.visitId ?? uuid(),
    t: at,
    pageType: fields.pageType ?? 'other',
    url: fields.url ?? 'https://www.net-a-porter.com/en-gb/',
    ...fields,
    type,
  } as Extract<RecordedEvent, { type: T }>;
}

/** Recorded events as the store keeps them in one session (no derived friction: pass it explicitly). */
export function asStored(events: RecordedEvent[], sessionId = 'session-1', siteId = 'net-a-porter'): StoredEvent[] {
  return events.map((event) => ({ ...event, sessionId, tabId: 1, siteId }) as StoredEvent);
}
