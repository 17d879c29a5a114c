// What a friction scenario left in Vitrine's database. Each scenario runs in a
// tab of its own, so its records are those of the tabs whose page views fall
// in its time window: friction, vitals and page views alike, page-side and
// derived by the background (which stamps the tab on every stored event).
import type { StoredEvent, VitrineDump } from '../db';

export interface ScenarioWindow {
  /** Epoch ms, before the scenario's first navigation. */
  start: number;
  /** Epoch ms, after it left its last page. */
  end: number;
}

/** Tabs that recorded a page view within the window. */
export function tabsIn(dump: VitrineDump, window: ScenarioWindow): Set<number> {
  const tabs = new Set<number>();
  for (const e of dump.events) {
    if (e.type === 'page_view' && e.t >= window.start && e.t <= window.end && typeof e.tabId === 'number') tabs.add(e.tabId);
  }
  return tabs;
}

/** The tabs' events of one type, in time order. */
export function eventsOf(dump: VitrineDump, tabs: ReadonlySet<number>, type: string): StoredEvent[] {
  return dump.events
    .filter((e) => e.type === type && typeof e.tabId === 'number' && tabs.has(e.tabId))
    .sort((a, b) => a.t - b.t);
}

export const frictionOf = (dump: VitrineDump, tabs: ReadonlySet<number>) => eventsOf(dump, tabs, 'friction');

/** Signals as a sorted list, so that two at the same instant compare equal in any order. */
export const signalsOf = (events: readonly StoredEvent[]) => events.map((e) => String(e.signal)).sort();

export const pathOf = (url: string) => new URL(url).pathname;

/** True when every signal of `wanted` (with repeats) is among `have`. */
export function includesAll(have: readonly string[], wanted: readonly string[]): boolean {
  const left = [...have];
  for (const signal of wanted) {
    const i = left.indexOf(signal);
    if (i < 0) return false;
    left.splice(i, 1);
  }
  return true;
}

/** The tabs' page views and friction as a table, for failure messages. */
export function recordsTable(dump: VitrineDump, tabs: ReadonlySet<number>): string {
  const rows = dump.events
    .filter((e) => typeof e.tabId === 'number' && tabs.has(e.tabId) && ['page_view', 'friction', 'vital'].includes(e.type))
    .sort((a, b) => a.t - b.t);
  const t0 = rows[0]?.t ?? 0;
  return rows
    .map((e) => {
      const what = e.type === 'page_view' ? `page_view ${e.nav} ${e.pageType}` : e.type === 'vital' ? `vital ${e.name} ${e.value}` : `friction ${e.signal} ${JSON.stringify(e.detail)}`;
      return `  +${String(e.t - t0).padStart(6)} ms  tab ${e.tabId}  ${what}  ${e.type === 'page_view' ? pathOf(e.url) : ''}`;
    })
    .join('\n');
}
