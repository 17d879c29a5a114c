// Builders for valid events, so each test states only what it is about.
import type { RecordedEvent } from '@/lib/events';

let counter = 0;
export function uuid(): string {
  counter += 1;
  return `00000000-0000-4000-8000-${counter.toString(16).padStart(12, '0')}`;
}

export const T0 = Date.UTC(2026, 10, 22, 10, 0, 0);
export const MINUTE = 60_000;

export function pageView(overrides: Partial<RecordedEvent> & { t?: number } = {}): RecordedEvent {
  return {
    id: uuid(),
    visitId: uuid(),
    t: T0,
    type: 'page_view',
    pageType: 'home',
    url: 'https://www.net-a-porter.com/en-gb/',
    nav: 'load',
    title: 'NET-A-PORTER',
    loadMs: 850,
    ...overrides,
  } as RecordedEvent;
}

export const NAP = { siteId: 'net-a-porter', siteName: 'Net-a-Porter' };

export function searchEvent(query: string, url: string, t = T0, resultCount: number | null = 0): RecordedEvent {
  return { id: uuid(), visitId: uuid(), t, type: 'search', pageType: 'search', url, query, resultCount, zeroResults: resultCount === 0 };
}
