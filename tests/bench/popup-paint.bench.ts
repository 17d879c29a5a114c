// How fast the popup has real content to paint when 100k sessions are stored
// (50 sites, one with an active session and its events): the popup's one read
// (readSiteJourney, through indexes only) and the whole PopupScreen rendered in
// happy-dom until the score and journey are on the page. A plain async function,
// so `npm run bench` (or a unit test) can call it; fake-indexeddb stands in for IndexedDB.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { Window } from 'happy-dom';
import { h, options, render } from 'preact';
import { PopupScreen } from '../../components/popup-screen';
import { readSiteJourney } from '../../components/read-site-journey';
import type { RecordedEvent, StoredEvent } from '../../lib/events';
import { applyEvent, endSession, newSession, type Session } from '../../lib/journey/session';
import { withScore } from '../../lib/score/score-session';
import { SITES } from '../../lib/sites/registry';
import { openVitrineDb, writeBatch, type VitrineDb } from '../../lib/store';

export interface PopupPaintBenchResult {
  name: string;
  /** Sessions stored when measured. */
  sessions: number;
  /** Median time of readSiteJourney for the active site, from the call to the data for first paint. */
  readMs: number;
  /** Median time of readSiteJourney off tracked sites (the five most recent sessions). */
  offSiteReadMs: number;
  /** PopupScreen mounted in happy-dom until the score and the journey are in the DOM (opening the database included). */
  renderMs: number;
  /** Events of the active session read with it. */
  activeEvents: number;
  seedMs: number;
}

const DB_NAME = 'vitrine-bench-popup-paint';
const SITE_COUNT = 50;
const PUTS_PER_TRANSACTION = 5000;
const MINUTE = 60_000;
const RUNS = 5;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** An ended, scored session built by the real journey rules: a few pages, maybe a search, product and bag. */
function pastSession(variant: number, site: { id: string; name: string }, startedAt: number): Session {
  const base = { sessionId: `template-${site.id}-${variant}`, tabId: 1, siteId: site.id, visitId: 'v', url: `https://${site.id}.example/`, id: 'e' };
  const event = (fields: Record<string, unknown>, t: number) => ({ ...base, pageType: 'other', ...fields, t }) as unknown as StoredEvent;
  const pages = 2 + (variant % 9);
  let session = newSession(base.sessionId, site.id, site.name, startedAt);
  for (let p = 0; p < pages; p += 1) {
    const t = startedAt + p * 40_000;
    session = applyEvent(session, event({ type: 'page_view', pageType: p === 0 ? 'home' : 'listing', nav: 'spa', title: 'Page', loadMs: 900 }, t));
    if (p === 1 && variant % 3 === 0) session = applyEvent(session, event({ type: 'search', zeroResults: variant % 6 === 0, resultCount: variant % 6 === 0 ? 0 : 12 }, t));
    if (p === 2) session = applyEvent(session, event({ type: 'product_view', productId: 'p', name: 'Bag', brand: null, price: null, currency: null, inStock: true }, t));
    if (p === 3 && variant % 4 === 0) session = applyEvent(session, event({ type: 'bag_add', productId: 'p' }, t));
  }
  session = applyEvent(session, event({ type: 'vital', name: 'LCP', value: 1500 + (variant % 30) * 100, rating: 'good' }, startedAt + 1000));
  return withScore(endSession(session, 'idle', session.lastEventAt));
}

const later = (t: number | null, by: number) => (t === null ? null : t + by);

/**
 * A template session moved in time under a new id. Scores depend on durations, not on when a session
 * happened, so the copy is what the real rules would have stored; building 100k sessions with the rules
 * themselves would make the seeding, not the popup, the slow part of this benchmark.
 */
function retimed(template: Session, id: string, startedAt: number): Session {
  const by = startedAt - template.startedAt;
  return {
    ...template,
    id,
    startedAt,
    endedAt: later(template.endedAt, by),
    lastEventAt: template.lastEventAt + by,
    firstSearchAt: later(template.firstSearchAt, by),
    firstProductAt: later(template.firstProductAt, by),
    firstBagAddAt: later(template.firstBagAddAt, by),
    checkoutStartAt: later(template.checkoutStartAt, by),
    orderAt: later(template.orderAt, by),
    recent: {
      searchAt: later(template.recent.searchAt, by),
      productAt: later(template.recent.productAt, by),
      pages: template.recent.pages.map((page) => ({ ...page, t: page.t + by })),
    },
    checkout: { ...template.checkout, lastAt: later(template.checkout.lastAt, by) },
  };
}

/** Variants per site: different lengths, searches, bag adds and load times. */
const TEMPLATE_VARIANTS = 36;

async function seedPastSessions(db: VitrineDb, count: number, newestStart: number): Promise<void> {
  const sites = SITES.slice(0, SITE_COUNT).map((site) => ({ id: site.id, name: site.name }));
  const templates = sites.map((site) => Array.from({ length: TEMPLATE_VARIANTS }, (_, variant) => pastSession(variant, site, 0)));
  for (let first = 0; first < count; first += PUTS_PER_TRANSACTION) {
    const tx = db.transaction('sessions', 'readwrite');
    for (let i = first; i < Math.min(count, first + PUTS_PER_TRANSACTION); i += 1) {
      // Oldest first, one every 20 minutes, round-robin over the sites.
      const template = templates[i % sites.length][Math.floor(i / sites.length) % TEMPLATE_VARIANTS];
      void tx.store.put(retimed(template, `past-${i}`, newestStart - (count - i) * 20 * MINUTE));
    }
    await tx.done;
  }
}

/** The active site's journey, through the real writeBatch: pages, a search with no results, product, bag, friction. */
function activeJourney(origin: string, start: number): RecordedEvent[] {
  let n = 0;
  const uuid = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
  const events: RecordedEvent[] = [];
  for (let p = 0; p < 20; p += 1) {
    const visitId = uuid();
    const t = start + p * 15_000;
    const url = `${origin}/en-gb/shop/page-${p}`;
    const pageType = p === 0 ? 'home' : p % 4 === 1 ? 'search' : p % 4 === 2 ? 'product' : 'listing';
    events.push({ id: uuid(), visitId, t, type: 'page_view', pageType, url, nav: p === 0 ? 'load' : 'spa', title: `Page ${p}`, loadMs: 800 });
    if (pageType === 'search') events.push({ id: uuid(), visitId, t, type: 'search', pageType, url, query: `query ${p}`, resultCount: p === 1 ? 0 : 30, zeroResults: p === 1 });
    if (pageType === 'product') {
      events.push({ id: uuid(), visitId, t, type: 'product_view', pageType, url, productId: `p${p}`, name: `Product ${p}`, brand: 'Gucci', price: 1200, currency: 'GBP', inStock: true });
      events.push({ id: uuid(), visitId, t: t + 2000, type: 'vital', pageType, url, name: 'LCP', value: 2100, rating: 'good' });
    }
    if (p % 5 === 3) events.push({ id: uuid(), visitId, t: t + 4000, type: 'friction', pageType, url, signal: 'rage_click', detail: { clicks: 3 } });
    if (p === 10) events.push({ id: uuid(), visitId, t: t + 6000, type: 'bag_add', pageType, url, productId: 'p10' });
  }
  return events;
}

async function waitFor(found: () => boolean, timeoutMs = 10_000): Promise<void> {
  const until = performance.now() + timeoutMs;
  while (!found()) {
    if (performance.now() > until) throw new Error('the popup never painted its journey');
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/**
 * Mounts the real PopupScreen in a happy-dom window and times it until real content is in the DOM.
 * Preact runs effects on the next animation frame; without one in Node it waits a fixed 35 ms, so the
 * window's own requestAnimationFrame stands in: the figure is the popup's work, not a browser's frame pacing.
 */
async function timePopupRender(site: { id: string; name: string }): Promise<number> {
  const window = new Window({ url: 'chrome-extension://bench/popup.html' });
  const container = window.document.createElement('div');
  window.document.body.appendChild(container);
  const openDb = () => openVitrineDb(DB_NAME);
  const previousFrame = options.requestAnimationFrame;
  options.requestAnimationFrame = (callback) => window.requestAnimationFrame(callback);
  try {
    const started = performance.now();
    render(h(PopupScreen, { site, openDb, refreshMs: 60_000 }), container as unknown as Element);
    await waitFor(() => Boolean(container.querySelector('[data-testid="timeline-item"]') && container.querySelector('[data-testid="score-value"]')));
    const ms = performance.now() - started;
    render(null, container as unknown as Element);
    return ms;
  } finally {
    options.requestAnimationFrame = previousFrame;
    await window.happyDOM.close();
  }
}

export async function benchPopupPaint(options: { sessions?: number } = {}): Promise<PopupPaintBenchResult> {
  const count = options.sessions ?? 100_000;
  const previousFactory = globalThis.indexedDB;
  globalThis.indexedDB = new IDBFactory();
  try {
    const now = Date.now();
    const seeding = performance.now();
    const db = await openVitrineDb(DB_NAME);
    await seedPastSessions(db, count - 1, now - 60 * MINUTE);
    const active = SITES[0];
    await writeBatch(db, activeJourney(`https://${active.hosts[0]}`, now - 5 * MINUTE), { tabId: 1, siteId: active.id, siteName: active.name });
    const seedMs = performance.now() - seeding;
    const sessions = await db.count('sessions');

    const reads: number[] = [];
    const offSite: number[] = [];
    let activeEvents = 0;
    for (let run = 0; run < RUNS; run += 1) {
      let started = performance.now();
      const journey = await readSiteJourney(db, active.id, null);
      reads.push(performance.now() - started);
      if (!journey.session || journey.session.status !== 'active') throw new Error('the active session was not found');
      activeEvents = journey.events.length;
      started = performance.now();
      const elsewhere = await readSiteJourney(db, null, null);
      offSite.push(performance.now() - started);
      if (elsewhere.recent.length === 0) throw new Error('no recent sessions were read');
    }
    db.close();

    const renders: number[] = [];
    for (let run = 0; run < 3; run += 1) renders.push(await timePopupRender({ id: active.id, name: active.name }));

    return {
      name: `popup first paint (${sessions.toLocaleString('en')} sessions)`,
      sessions,
      readMs: median(reads),
      offSiteReadMs: median(offSite),
      renderMs: median(renders),
      activeEvents,
      seedMs,
    };
  } finally {
    globalThis.indexedDB = previousFactory;
  }
}
