// "Track this site" end to end, shared by both browsers: Maison Exemple, a small
// Salesforce Commerce Cloud shop on a host no registry site claims, what the
// shopper browses once it is tracked, and what Vitrine must then hold: the
// custom site (with the platform detected from the open tab), the registered
// content script, and journey events under `custom:<host>`.
import { expect } from 'vitest';
import type { StoredEvent, VitrineDump } from './db';
import type { JourneyTab } from './journeys/tab';
import { SLOW, pollUntil, sleep } from './wait';

export const MAISON = {
  /** tests/fixtures/shops/<shop> */
  shop: 'maison-exemple',
  host: 'www.maison-exemple.com',
  origin: 'https://www.maison-exemple.com',
  pattern: 'https://www.maison-exemple.com/*',
  siteId: 'custom:www.maison-exemple.com',
  siteName: 'maison-exemple.com',
  /** The shop's markup carries /on/demandware.static/ assets. */
  platform: 'sfcc',
  home: 'https://www.maison-exemple.com/en/',
} as const;

/** What the extension holds about the shop, read in one of its own pages. */
export interface TrackingState {
  customSites: Array<{ id: string; name: string; hosts: string[]; platform: string; addedAt: number }>;
  scripts: Array<{ id: string; matches?: string[] }>;
  granted: boolean;
}

/** Browser-side (an extension page or the service worker): TrackingState as JSON. */
export const READ_TRACKING_STATE = String.raw`(async () => {
  const api = globalThis.browser ?? globalThis.chrome;
  const { customSites = [] } = await api.storage.local.get('customSites');
  const scripts = await api.scripting.getRegisteredContentScripts();
  const granted = await api.permissions.contains({ origins: [${JSON.stringify(MAISON.pattern)}] });
  return JSON.stringify({ customSites, scripts: scripts.map((s) => ({ id: s.id, matches: s.matches })), granted });
})()`;

export function waitForTracking(read: () => Promise<TrackingState>, tracked: boolean): Promise<TrackingState> {
  const covers = (state: TrackingState) => state.scripts.some((s) => s.matches?.includes(MAISON.pattern));
  return pollUntil(
    read,
    (state) =>
      tracked
        ? state.granted && state.customSites.some((s) => s.id === MAISON.siteId) && covers(state)
        : !state.granted && !state.customSites.some((s) => s.id === MAISON.siteId) && !covers(state),
    { timeoutMs: 10_000 * SLOW, what: tracked ? `${MAISON.host} to be tracked` : `${MAISON.host} to be untracked` },
  );
}

export const siteEvents = (dump: VitrineDump): StoredEvent[] =>
  dump.events.filter((e) => e.siteId === MAISON.siteId).sort((a, b) => a.t - b.t || (a.type === 'page_view' ? -1 : b.type === 'page_view' ? 1 : 0));

/** Listing → product → add to bag → search, each a page load but the add. */
export async function browseTrackedShop(tab: JourneyTab): Promise<void> {
  await tab.clickToLoad('[data-qa="nav-bags"]');
  await tab.waitFor('[data-qa="product-mx0042"]');
  await sleep(600);
  await tab.clickToLoad('[data-qa="product-mx0042"]');
  await tab.waitFor('[data-qa="add-to-bag"]');
  await sleep(600);
  await tab.click('[data-qa="add-to-bag"]');
  await pollUntil(() => tab.evaluate<string>(`document.querySelector('.minicart-quantity').textContent`), (n) => n === '1', {
    what: 'the mini-cart to count 1',
  });
  await sleep(600);
  await tab.fill('[data-qa="search"]', 'cabas');
  await tab.pressEnterToLoad('[data-qa="search"]');
  await tab.waitFor('.search-result-count');
}

/** What the tracked shop's events must be: the open home page (started when tracking began), then the browse. */
export const TRACKED_JOURNEY = [
  { type: 'page_view', pageType: 'home', url: `${MAISON.origin}/en/`, nav: 'load' },
  { type: 'page_view', pageType: 'listing', url: `${MAISON.origin}/en/shop/bags/`, nav: 'load' },
  // A coded .html product is a product only under Salesforce Commerce Cloud's rules, read with the detected platform.
  { type: 'page_view', pageType: 'product', url: `${MAISON.origin}/en/shop/bags/le-cabas-marais-mx0042.html`, nav: 'load' },
  { type: 'product_view', pageType: 'product', productId: 'MX0042', name: 'Le Cabas Marais', brand: 'Maison Exemple', price: 1450, currency: 'EUR', inStock: true },
  { type: 'bag_add', pageType: 'product', productId: 'MX0042' },
  { type: 'page_view', pageType: 'search', url: `${MAISON.origin}/en/search?q=cabas`, nav: 'load' },
  { type: 'search', pageType: 'search', query: 'cabas', resultCount: 1, zeroResults: false },
] as const;

export async function waitForTrackedJourney(read: () => Promise<VitrineDump>): Promise<VitrineDump> {
  await pollUntil(read, (dump) => siteEvents(dump).filter((e) => e.type !== 'vital').length >= TRACKED_JOURNEY.length, {
    timeoutMs: 10_000 * SLOW,
    what: `${TRACKED_JOURNEY.length} events under ${MAISON.siteId}`,
  }).catch(() => undefined);
  await sleep(1_000);
  return read();
}

export function expectTrackedJourney(dump: VitrineDump, trackedAt: number): void {
  const events = siteEvents(dump).filter((e) => e.type !== 'vital');
  const table = events.map((e) => `${e.type}:${e.pageType} ${e.url}`).join('\n');
  expect(events.map((e) => `${e.type}:${e.pageType}`), table).toEqual(TRACKED_JOURNEY.map((e) => `${e.type}:${e.pageType}`));
  TRACKED_JOURNEY.forEach((expected, i) => expect(events[i], `event ${i + 1}`).toMatchObject(expected));

  const sessions = dump.sessions.filter((s) => s.siteId === MAISON.siteId);
  expect(sessions, 'one session on the added site').toHaveLength(1);
  expect(sessions[0]).toMatchObject({ siteId: MAISON.siteId, siteName: MAISON.siteName, status: 'active' });
  expect(sessions[0].counts).toMatchObject({ pages: 4, products: 1, bagAdds: 1, searches: 1, zeroResultSearches: 0 });
  for (const event of events) expect(event.sessionId).toBe(sessions[0].id);
  // Only the page already open when tracking began is older than the grant.
  expect(events.slice(1).every((e) => e.t >= trackedAt), 'events after the first are later than the grant').toBe(true);
}
