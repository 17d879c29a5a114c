// The foundation journey, shared by the Chromium and Firefox suites: what the
// shopper does on the Net-a-Porter fixture, and what Vitrine must have
// recorded and shown for it. Each suite supplies a ShopTab for its driver.
import { expect } from 'vitest';
import type { StoredEvent, VitrineDump } from './db';
import { SLOW, pollUntil, sleep } from './wait';

export const NAP = {
  siteId: 'net-a-porter',
  siteName: 'Net-a-Porter',
  origin: 'https://www.net-a-porter.com',
  hosts: ['www.net-a-porter.com', 'net-a-porter.com'],
} as const;

export interface ExpectedPageView {
  nav: 'load' | 'spa';
  path: string;
  title: string;
  pageType: string;
}

/** home (load) → bags listing (load, reached with a tracking query) → product (load) → tote bags (SPA pushState). */
export const FOUNDATION_JOURNEY: readonly ExpectedPageView[] = [
  { nav: 'load', path: '/en-gb/', title: "NET-A-PORTER | Luxury Designer Fashion | Women's Clothing", pageType: 'home' },
  { nav: 'load', path: '/en-gb/shop/bags', title: 'Bags | Designer Bags for Women | NET-A-PORTER', pageType: 'listing' },
  {
    nav: 'load',
    path: '/en-gb/shop/product/gucci/bags/tote-bags/jackie-1961-leather-tote/1647597323591234',
    title: 'Jackie 1961 leather tote | GUCCI | NET-A-PORTER',
    pageType: 'product',
  },
  { nav: 'spa', path: '/en-gb/shop/bags/tote-bags', title: 'Tote Bags | Designer Tote Bags for Women | NET-A-PORTER', pageType: 'listing' },
];

/** Time on each page before moving on, as a shopper would (content scripts run at document_idle). */
export const DWELL_MS = 500;

/** One browser tab on the fixture shop, driven by Playwright or Puppeteer. */
export interface ShopTab {
  /** Navigates and waits for the load event. */
  goto(url: string): Promise<void>;
  /** Clicks a link that loads a new document; resolves after its load event. */
  clickToLoad(selector: string): Promise<void>;
  /** Clicks a client-side (pushState) link; resolves once the fixture rendered `path`. */
  clickSpa(selector: string, path: string): Promise<void>;
  waitForSelector(selector: string): Promise<void>;
  url(): Promise<string>;
  title(): Promise<string>;
}

async function expectAt(tab: ShopTab, step: ExpectedPageView, search = '') {
  const url = new URL(await tab.url());
  expect(url.origin + url.pathname).toBe(NAP.origin + step.path);
  expect(url.search).toBe(search);
  expect(await tab.title()).toBe(step.title);
}

/** Browses the foundation journey: 3 page loads, then 1 SPA route change. */
export async function browseFoundationJourney(tab: ShopTab): Promise<void> {
  const [home, bags, product, totes] = FOUNDATION_JOURNEY;

  // 1. Home page (https://www.net-a-porter.com/ redirects to /en-gb/).
  await tab.goto(`${NAP.origin}/`);
  await tab.waitForSelector('[data-qa="nav-bags"]');
  await expectAt(tab, home);
  await sleep(DWELL_MS);

  // 2. Top navigation → Bags: a full page load, with a tracking query the event URL must drop.
  await tab.clickToLoad('[data-qa="nav-bags"]');
  await tab.waitForSelector('[data-qa="product-1647597323591234"]');
  await expectAt(tab, bags, '?cm_sp=topnav-_-bags-_-allbags');
  await sleep(DWELL_MS);

  // 3. Product card → product page: a full page load.
  await tab.clickToLoad('[data-qa="product-1647597323591234"]');
  await tab.waitForSelector('[data-qa="add-to-bag"]');
  await expectAt(tab, product);
  await sleep(DWELL_MS);

  // 4. Breadcrumb → Tote Bags: history.pushState and an in-place render, new title, no load.
  await tab.clickSpa('[data-qa="breadcrumb-tote-bags"]', totes.path);
  await expectAt(tab, totes);
}

/** Page views in time order. */
export function pageViews(dump: VitrineDump): StoredEvent[] {
  return dump.events.filter((e) => e.type === 'page_view').sort((a, b) => a.t - b.t);
}

/**
 * Polls the extension's database until the journey's page views (and the
 * session's page count) are in, then waits a little longer so that late
 * duplicates would show too, and returns the final dump.
 */
export async function waitForJourneyRecords(read: () => Promise<VitrineDump>, expected = FOUNDATION_JOURNEY.length): Promise<VitrineDump> {
  await pollUntil(
    read,
    (dump) =>
      pageViews(dump).length >= expected &&
      dump.sessions.some((s) => s.siteId === NAP.siteId && (s.counts?.pages ?? 0) >= expected),
    { timeoutMs: 10_000 * SLOW, intervalMs: 250, what: `${expected} page_view events and a session counting them in the vitrine DB` },
  );
  await sleep(1_000);
  const dump = await read();
  if (process.env.VITRINE_E2E_DEBUG === '1') console.log(JSON.stringify(dump, null, 1));
  return dump;
}

/** Asserts everything the foundation journey must have stored. `since`: when the journey began (epoch ms). */
export function expectFoundationRecords(dump: VitrineDump, since: number): void {
  const views = pageViews(dump);
  expect(views.map((e) => ({ nav: e.nav, url: e.url }))).toEqual(
    FOUNDATION_JOURNEY.map((s) => ({ nav: s.nav, url: NAP.origin + s.path })),
  );
  // Events of other types may be stored too, but every event belongs to the site and the one session.
  const [session, ...otherSessions] = dump.sessions;
  expect(otherSessions, 'exactly one session').toEqual([]);
  expect(session).toBeDefined();
  expect(session.siteId).toBe(NAP.siteId);
  expect(session.status).toBe('active');
  expect(session.counts?.pages).toBe(4);
  expect(session.startedAt).toBeGreaterThanOrEqual(since);
  expect(session.lastEventAt).toBeGreaterThanOrEqual(session.startedAt);
  expect(session.lastEventAt).toBeLessThanOrEqual(Date.now());

  for (const event of dump.events) {
    expect(event.siteId).toBe(NAP.siteId);
    expect(event.sessionId).toBe(session.id);
  }

  const ids = new Set(views.map((e) => e.id));
  expect(ids.size).toBe(views.length);
  for (let i = 0; i < views.length; i++) {
    const e = views[i];
    const step = FOUNDATION_JOURNEY[i];
    expect(e.type).toBe('page_view');
    expect(e.t).toBeGreaterThanOrEqual(since);
    expect(e.t).toBeLessThanOrEqual(Date.now());
    if (i > 0) expect(e.t, 't strictly increasing').toBeGreaterThan(views[i - 1].t);
    // origin + path: no query, no fragment.
    expect(e.url).toBe(NAP.origin + step.path);
    expect(e.nav).toBe(step.nav);
    expect(e.title).toBe(step.title);
    expect(e.pageType).toBe(step.pageType);
    expect(typeof e.visitId).toBe('string');
    expect(e.loadMs === null || (typeof e.loadMs === 'number' && e.loadMs >= 0), `loadMs ${e.loadMs}`).toBe(true);
  }
  // One tab did the whole journey.
  expect(new Set(views.map((e) => e.tabId)).size).toBe(1);
}

/** What the popup showed, read off its DOM. */
export interface PopupState {
  siteName: string;
  pageCount: string;
  items: string[];
}

/** Browser-side expression that reads PopupState from the popup's DOM (as a JSON string). */
export const READ_POPUP_EXPRESSION = String.raw`JSON.stringify({
  siteName: (document.querySelector('[data-testid="site-name"]')?.textContent ?? '').trim(),
  pageCount: (document.querySelector('[data-testid="page-count"]')?.textContent ?? '').trim(),
  items: Array.from(document.querySelectorAll('[data-testid="timeline"] [data-testid="timeline-item"]'))
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()),
})`;

export async function waitForPopup(read: () => Promise<PopupState>): Promise<PopupState> {
  return pollUntil(read, (s) => s.items.length >= FOUNDATION_JOURNEY.length && s.siteName !== '', {
    timeoutMs: 10_000 * SLOW,
    what: `the popup to show ${FOUNDATION_JOURNEY.length} timeline items`,
  });
}

export function expectFoundationPopup(state: PopupState): void {
  expect(state.siteName).toBe(NAP.siteName);
  expect(state.pageCount).toMatch(/(^|\D)4(\D|$)/);
  expect(state.items).toHaveLength(FOUNDATION_JOURNEY.length);
  state.items.forEach((text, i) => {
    const step = FOUNDATION_JOURNEY[i];
    const shows = text.includes(step.title) || text.includes(step.path);
    expect(shows, `timeline item ${i + 1} "${text}" shows "${step.title}" or "${step.path}"`).toBe(true);
  });
}
