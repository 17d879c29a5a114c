import { describe, expect, it } from 'vitest';
import { routeMessage, type MessageSender, type RouterContext } from '@/lib/background/route-message';
import { createRouterContext } from '@/lib/background/router-context';
import { refusalLog, writeBatch } from '@/lib/store';
import { loadSettings } from '@/lib/settings/storage';
import { hashQuery } from '@/lib/privacy/query-capture';
import { MAX_MESSAGE_BYTES, type PageFacts } from '@/lib/messages';
import { newCustomSite, saveCustomSites } from '@/lib/sites/custom-sites';
import { NAP, pageView, searchEvent, T0 } from '../helpers';

const EXTENSION_ID = 'vitrine-test-id';
const EXTENSION_URL = 'chrome-extension://vitrine-test-id/';

/** Kit injections the fake `injectKit` saw; a tab id in `closedTabs` makes injection fail. */
const injected: Array<{ tabId: number; frameId: number; file: string }> = [];
const closedTabs = new Set<number>();
async function fakeInjectKit(tabId: number, frameId: number, file: string): Promise<void> {
  if (closedTabs.has(tabId)) throw new Error(`No tab with id: ${tabId}`);
  injected.push({ tabId, frameId, file });
}

function context(): RouterContext {
  const runtime = { id: EXTENSION_ID, getURL: (path: string) => new URL(path, EXTENSION_URL).href };
  injected.length = 0;
  closedTabs.clear();
  return { ...createRouterContext(runtime, fakeInjectKit), now: () => T0 };
}

const fromShopTab: MessageSender = { id: EXTENSION_ID, url: 'https://www.net-a-porter.com/en-gb/shop/bags', tab: { id: 7, incognito: false } };
const fromPopup: MessageSender = { id: EXTENSION_ID, url: `${EXTENSION_URL}popup.html` };

async function expectRefused(message: unknown, sender: MessageSender, code: string) {
  const ctx = context();
  const db = await ctx.db();
  const before = await refusalLog(db);
  const stored = { events: await db.count('events'), sessions: await db.count('sessions') };
  const reply = await routeMessage(message, sender, ctx);
  expect(reply).toMatchObject({ ok: false, retryable: false });
  expect((reply as { reason: string }).reason.split(':')[0]).toBe(code);
  // Nothing half-written: the refused message changed no record.
  expect({ events: await db.count('events'), sessions: await db.count('sessions') }).toEqual(stored);
  const after = await refusalLog(db);
  expect(after.total).toBe(before.total + 1);
  expect(after.byReason[code]).toBe((before.byReason[code] ?? 0) + 1);
}

describe('recording from a content script', () => {
  it('stores a valid batch with the tab, site and session the background assigns', async () => {
    const ctx = context();
    const events = [pageView({ t: T0 }), pageView({ t: T0 + 500, url: 'https://www.net-a-porter.com/en-gb/shop/bags' })];
    const reply = await routeMessage({ kind: 'record', events }, fromShopTab, ctx);
    expect(reply).toMatchObject({ ok: true, stored: 2, acked: events.map((e) => e.id) });
    const stored = await (await ctx.db()).getAll('events');
    expect(stored.map((e) => [e.tabId, e.siteId])).toEqual([[7, 'net-a-porter'], [7, 'net-a-porter']]);
  });

  it('refuses a batch with one malformed event and stores none of it', async () => {
    const events = [pageView(), { ...pageView(), id: 'not-a-uuid' }];
    await expectRefused({ kind: 'record', events }, fromShopTab, 'invalid');
  });

  it('refuses unknown fields, wrong types and empty batches', async () => {
    await expectRefused({ kind: 'record', events: [{ ...pageView(), password: 'x' }] }, fromShopTab, 'invalid');
    await expectRefused({ kind: 'record', events: [{ ...pageView(), t: 'now' }] }, fromShopTab, 'invalid');
    await expectRefused({ kind: 'record', events: [] }, fromShopTab, 'invalid');
    await expectRefused(null, fromShopTab, 'privileged-from-content');
  });

  it('refuses an oversized message before parsing it', async () => {
    const title = 'x'.repeat(MAX_MESSAGE_BYTES);
    await expectRefused({ kind: 'record', events: [pageView({ title } as object)] }, fromShopTab, 'oversized');
  });

  it('refuses messages from another extension', async () => {
    await expectRefused({ kind: 'record', events: [pageView()] }, { ...fromShopTab, id: 'someone-else' }, 'foreign-sender');
  });

  it('refuses events about another origin than the page that sent them', async () => {
    const events = [pageView({ url: 'https://www.gucci.com/uk/en_gb/' })];
    await expectRefused({ kind: 'record', events }, fromShopTab, 'url-mismatch');
  });

  it('refuses pages that are not registry sites, and private windows', async () => {
    const elsewhere = { ...fromShopTab, url: 'https://shop.example.com/' };
    await expectRefused({ kind: 'record', events: [pageView({ url: 'https://shop.example.com/' })] }, elsewhere, 'untracked-site');
    await expectRefused({ kind: 'record', events: [pageView()] }, { ...fromShopTab, tab: { id: 7, incognito: true } }, 'private-window');
  });

  it('does not let a content script end a session', async () => {
    await expectRefused({ kind: 'end-session', sessionId: 'abc' }, fromShopTab, 'privileged-from-content');
  });

  it('does not let an extension page record journey events', async () => {
    await expectRefused({ kind: 'record', events: [pageView()] }, fromPopup, 'not-from-tab');
  });
});

describe('requests from extension pages', () => {
  it('ends the active session when the user asks', async () => {
    const ctx = context();
    const db = await ctx.db();
    await writeBatch(db, [pageView({ t: T0 - 60_000 })], { tabId: 1, ...NAP });
    const [session] = await db.getAll('sessions');
    const reply = await routeMessage({ kind: 'end-session', sessionId: session.id }, fromPopup, ctx);
    expect(reply).toMatchObject({ ok: true });
    expect(await db.get('sessions', session.id)).toMatchObject({ status: 'ended', endReason: 'user', endedAt: T0 });
  });

  it('says why when there is no such active session', async () => {
    await expectRefused({ kind: 'end-session', sessionId: 'missing' }, fromPopup, 'no-active-session');
  });
});

describe('settings and privacy', () => {
  const fromSearchPage: MessageSender = { ...fromShopTab, url: 'https://www.net-a-porter.com/en-gb/shop/search/black%20tote' };

  it('keeps search terms as text by default', async () => {
    const ctx = context();
    await routeMessage({ kind: 'record', events: [searchEvent('black tote', 'https://www.net-a-porter.com/en-gb/shop/search/black%20tote')] }, fromSearchPage, ctx);
    const [stored] = await (await ctx.db()).getAll('events');
    expect(stored).toMatchObject({ query: 'black tote', url: 'https://www.net-a-porter.com/en-gb/shop/search/black%20tote' });
  });

  it('stores a salted hash, and no term in the URL, when the user chose hashing', async () => {
    const ctx = context();
    expect(await routeMessage({ kind: 'update-settings', patch: { queryCapture: 'hash' } }, fromPopup, ctx)).toMatchObject({ ok: true });
    await routeMessage({ kind: 'record', events: [searchEvent('Black Tote', 'https://www.net-a-porter.com/en-gb/shop/search/Black%20Tote')] }, fromSearchPage, ctx);
    const [stored] = await (await ctx.db()).getAll('events');
    expect(stored.url).toBe('https://www.net-a-porter.com/en-gb/shop/search/*');
    expect((stored as { query: string }).query).toBe(await hashQuery('black tote', await ctx.querySalt()));
    expect((stored as { query: string }).query).toMatch(/^[0-9a-f]{64}$/);
  });

  it('drops the term entirely when capture is off', async () => {
    const ctx = context();
    await routeMessage({ kind: 'update-settings', patch: { queryCapture: 'none' } }, fromPopup, ctx);
    const fromParamSearch = { ...fromShopTab, url: 'https://www.gucci.com/uk/en_gb/search?searchString=belt' };
    await routeMessage({ kind: 'record', events: [searchEvent('belt', 'https://www.gucci.com/uk/en_gb/search?searchString=belt')] }, fromParamSearch, ctx);
    const [stored] = await (await ctx.db()).getAll('events');
    expect(stored.url).toBe('https://www.gucci.com/uk/en_gb/search');
    expect(stored).not.toHaveProperty('query');
  });

  it('records nothing while paused, yet acknowledges so the page stops sending', async () => {
    const ctx = context();
    await routeMessage({ kind: 'update-settings', patch: { paused: true } }, fromPopup, ctx);
    const events = [pageView()];
    expect(await routeMessage({ kind: 'record', events }, fromShopTab, ctx)).toMatchObject({ ok: true, stored: 0, acked: [events[0].id] });
    expect(await (await ctx.db()).count('events')).toBe(0);
  });

  it('refuses a bad settings change with a reason and changes nothing', async () => {
    await expectRefused({ kind: 'update-settings', patch: { queryCapture: 'plaintext-everywhere' } }, fromPopup, 'invalid');
    await expectRefused({ kind: 'update-settings', patch: { uploadTo: 'https://evil.example' } }, fromPopup, 'invalid');
    expect(await loadSettings()).toEqual({ queryCapture: 'text', paused: false, scoreProfileId: 'reference-standard' });
  });
});

describe('ratings and profiles from extension pages', () => {
  async function recordedSession(ctx: RouterContext) {
    await routeMessage({ kind: 'record', events: [pageView({ t: T0 - 60_000 })] }, fromShopTab, ctx);
    const [session] = await (await ctx.db()).getAll('sessions');
    return session;
  }

  it('stores the shopper\'s rating on the session and as a rating event, leaving the score alone', async () => {
    const ctx = context();
    const session = await recordedSession(ctx);
    const reply = await routeMessage({ kind: 'rate-session', sessionId: session.id, rating: { ces: 6, note: 'Easy, but the size guide hid' } }, fromPopup, ctx);
    expect(reply).toMatchObject({ ok: true });
    const db = await ctx.db();
    const rated = await db.get('sessions', session.id);
    expect(rated).toMatchObject({ rating: { ces: 6, note: 'Easy, but the size guide hid', at: T0 }, score: session.score, lastEventAt: session.lastEventAt });
    expect((await db.getAll('events')).filter((e) => e.type === 'rating')).toEqual([expect.objectContaining({ ces: 6, sessionId: session.id, tabId: -1 })]);
  });

  it('refuses a rating outside 1–7 and writes nothing', async () => {
    const ctx = context();
    const session = await recordedSession(ctx);
    await expectRefused({ kind: 'rate-session', sessionId: session.id, rating: { ces: 9 } }, fromPopup, 'invalid');
    expect((await (await ctx.db()).get('sessions', session.id))?.rating).toBeNull();
  });

  it('refuses an invalid profile with its reasons', async () => {
    const reply = await routeMessage({ kind: 'save-profile', profile: { format: 'vitrine-profile/1', id: 'Bad Id' } }, fromPopup, context());
    expect(reply).toMatchObject({ ok: false, retryable: false });
    expect((reply as { reason: string }).reason).toMatch(/^invalid-profile: .*id: lower-case letters/);
  });

  it('calibrates a profile from a site\'s sessions, selects it and rescores every session', async () => {
    const ctx = context();
    const session = await recordedSession(ctx);
    const calibrated = await routeMessage({ kind: 'calibrate-profile', siteId: 'net-a-porter', id: 'as-nap', name: 'As convenient as Net-a-Porter' }, fromPopup, ctx);
    expect(calibrated).toMatchObject({ ok: true, result: { profile: { id: 'as-nap', calibratedFrom: { siteId: 'net-a-porter', sessions: 1 } } } });
    expect(await routeMessage({ kind: 'select-profile', id: 'as-nap' }, fromPopup, ctx)).toMatchObject({ ok: true, result: { rescored: 1 } });
    expect((await (await ctx.db()).get('sessions', session.id))?.score?.profileId).toBe('as-nap');
    expect((await loadSettings()).scoreProfileId).toBe('as-nap');
  });

  it('refuses to calibrate from a site with no sessions, and to delete the built-in profile', async () => {
    await expectRefused({ kind: 'calibrate-profile', siteId: 'gucci', id: 'as-gucci', name: 'Gucci' }, fromPopup, 'no-sessions');
    await expectRefused({ kind: 'delete-profile', id: 'reference-standard' }, fromPopup, 'no-such-profile');
    await expectRefused({ kind: 'update-settings', patch: { scoreProfileId: 'x' } }, fromPopup, 'invalid');
  });
});

describe('classifying a page for a content script', () => {
  const facts = (over: Partial<PageFacts> = {}): PageFacts => ({ httpStatus: 200, title: 'NET-A-PORTER', h1: '', types: [], ...over });
  const classify = (url: string, pageFacts = facts()) => ({ kind: 'classify-page', url, facts: pageFacts });

  it('reads a registry site\'s URL with its own rules', async () => {
    const url = 'https://www.net-a-porter.com/en-gb/shop/search?keywords=bag';
    const reply = await routeMessage(classify(url), { ...fromShopTab, url }, context());
    expect(reply).toEqual({ ok: true, page: { siteId: 'net-a-porter', pageType: 'search', searchQuery: 'bag' } });
  });

  it('reads a user-added site\'s URL with its stored platform\'s rules', async () => {
    await saveCustomSites([newCustomSite('shop.maison-test.com', 'sfcc', T0)]);
    const url = 'https://shop.maison-test.com/us/en/luggage/cabin/97353004.html';
    const fromCustomTab = { ...fromShopTab, url: 'https://shop.maison-test.com/us/en/luggage.html' };
    const reply = await routeMessage(classify(url), fromCustomTab, context());
    expect(reply).toEqual({ ok: true, page: { siteId: null, pageType: 'product' } });
  });

  it('refines the URL\'s answer with the page\'s facts, keeping what the URL said', async () => {
    const ctx = context();
    const url = 'https://www.net-a-porter.com/en-gb/shop/search?keywords=bag';
    expect(await routeMessage(classify(url, facts({ httpStatus: 404 })), fromShopTab, ctx)).toEqual({
      ok: true, page: { siteId: 'net-a-porter', pageType: 'error', searchQuery: 'bag' },
    });
  });

  it('classifies even while recording is paused', async () => {
    const ctx = context();
    await routeMessage({ kind: 'update-settings', patch: { paused: true } }, fromPopup, ctx);
    expect(await routeMessage(classify(fromShopTab.url!), fromShopTab, ctx)).toMatchObject({ ok: true });
  });

  it('refuses untracked pages, other origins, bad facts, private windows and extension pages', async () => {
    await expectRefused(classify('https://shop.example.com/'), { ...fromShopTab, url: 'https://shop.example.com/' }, 'untracked-site');
    await expectRefused(classify('https://www.gucci.com/uk/en_gb/'), fromShopTab, 'url-mismatch');
    await expectRefused(classify(fromShopTab.url!, facts({ types: Array.from({ length: 51 }, () => 'Product') })), fromShopTab, 'invalid');
    await expectRefused({ ...classify(fromShopTab.url!), extra: 1 }, fromShopTab, 'invalid');
    await expectRefused(classify(fromShopTab.url!), { ...fromShopTab, tab: { id: 7, incognito: true } }, 'private-window');
    await expectRefused(classify(fromShopTab.url!), fromPopup, 'not-from-tab');
  });
});

describe('loading a recorder kit for a content script', () => {
  it('injects the kit\'s file into the frame that asked', async () => {
    const ctx = context();
    expect(await routeMessage({ kind: 'load-kit', kit: 'journey' }, { ...fromShopTab, frameId: 3 }, ctx)).toEqual({ ok: true });
    expect(await routeMessage({ kind: 'load-kit', kit: 'friction' }, fromShopTab, ctx)).toEqual({ ok: true });
    expect(injected).toEqual([
      { tabId: 7, frameId: 3, file: 'journey-kit.js' },
      { tabId: 7, frameId: 0, file: 'friction-kit.js' },
    ]);
  });

  it('refuses unknown kits, untracked pages and extension pages without injecting', async () => {
    await expectRefused({ kind: 'load-kit', kit: 'keylogger' }, fromShopTab, 'invalid');
    await expectRefused({ kind: 'load-kit', kit: 'journey' }, { ...fromShopTab, url: 'https://shop.example.com/' }, 'untracked-site');
    await expectRefused({ kind: 'load-kit', kit: 'journey' }, fromPopup, 'not-from-tab');
    expect(injected).toEqual([]);
  });

  it('refuses, with the browser\'s reason, when the tab is gone', async () => {
    const ctx = context();
    closedTabs.add(7);
    const db = await ctx.db();
    const reply = await routeMessage({ kind: 'load-kit', kit: 'journey' }, fromShopTab, ctx);
    expect(reply).toEqual({ ok: false, reason: 'kit-injection-failed: Error: No tab with id: 7', retryable: false });
    expect((await refusalLog(db)).byReason['kit-injection-failed']).toBe(1);
  });
});
