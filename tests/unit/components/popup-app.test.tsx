// @vitest-environment happy-dom
// The popup as the browser opens it: the real App over a journey written
// into (fake) IndexedDB by the real store, with the site from `?site=`.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/popup/App';
import { endSessionByUser, openVitrineDb, rateSession, recentSessions, sessionById, writeBatch } from '@/lib/store';
import { pageView, recorded } from './journey-fixtures';

const NAP = { tabId: 7, siteId: 'net-a-porter', siteName: 'Net-a-Porter' };

async function seedJourney(origin = NAP, startedAgoMs = 90_000) {
  const start = Date.now() - startedAgoMs;
  const db = await openVitrineDb();
  await writeBatch(db, [
    pageView({ at: start, pageType: 'home', title: 'NET-A-PORTER | Luxury Designer Fashion', path: '/en-gb/', nav: 'load' }),
    pageView({ at: start + 42_000, pageType: 'listing', title: 'Designer bags for women', path: '/en-gb/shop/bags' }),
  ], origin);
  const [session] = await recentSessions(db, 1);
  db.close();
  return { session, start };
}

async function addPage(at: number, title: string, path: string) {
  const db = await openVitrineDb();
  await writeBatch(db, [pageView({ at, pageType: 'product', title, path })], NAP);
  db.close();
}

/** The fake browser starts with no focused window; the popup asks for the current window's active tab. */
async function openActiveTab(url: string) {
  const browserWindow = await fakeBrowser.windows.create({ focused: true });
  await fakeBrowser.tabs.create({ windowId: browserWindow!.id, url, active: true });
}

function openPopupAt(search: string) {
  window.history.replaceState({}, '', `/popup.html${search}`);
  return render(<App />);
}

/** Answers `end-session` as the background does: through the real store. */
function answerEndSessionLikeTheBackground(received: unknown[]) {
  fakeBrowser.runtime.onMessage.addListener((message: any, _sender: unknown, sendResponse: (reply: unknown) => void) => {
    received.push(message);
    void (async () => {
      const db = await openVitrineDb();
      const ended = await endSessionByUser(db, message.sessionId, Date.now());
      db.close();
      sendResponse(ended ? { ok: true, result: ended } : { ok: false, reason: 'no-active-session', retryable: false });
    })();
    return true; // reply asynchronously (sendResponse), as the fake browser expects
  });
}

beforeEach(() => window.history.replaceState({}, '', '/popup.html'));
afterEach(cleanup);

describe('popup on a tracked site with an active session', () => {
  it('shows the site, the live duration, the page count and the timeline in time order', async () => {
    await seedJourney();
    openPopupAt('?site=net-a-porter');

    expect(await screen.findByTestId('site-name')).toHaveProperty('textContent', 'Net-a-Porter');
    expect(screen.getByTestId('page-count').textContent).toBe('2');
    expect(screen.getByTestId('duration').textContent).toMatch(/^1:3\d$/);
    const items = within(screen.getByTestId('timeline')).getAllByTestId('timeline-item');
    expect(items).toHaveLength(2);
    expect(items[0].textContent).toContain('NET-A-PORTER | Luxury Designer Fashion');
    expect(items[0].textContent).toContain('+0:00');
    expect(items[1].textContent).toContain('Designer bags for women');
    expect(items[1].textContent).toContain('/en-gb/shop/bags');
    expect(items[1].textContent).toContain('+0:42');
    expect(screen.queryByTestId('empty-state')).toBeNull();
  });

  it('ticks the duration every second while the session records', async () => {
    await seedJourney(NAP, 45_000);
    openPopupAt('?site=net-a-porter');
    const duration = await screen.findByTestId('duration');
    const first = duration.textContent;
    await waitFor(() => expect(screen.getByTestId('duration').textContent).not.toBe(first), { timeout: 2500 });
    expect(screen.getByTestId('duration').textContent).toMatch(/^0:4\d$/);
  });

  it('picks up pages recorded while it is open', async () => {
    const { start } = await seedJourney();
    openPopupAt('?site=net-a-porter');
    await screen.findByTestId('timeline');

    await addPage(start + 80_000, 'The Row Margaux tote', '/en-gb/shop/product/the-row/1');

    await waitFor(() => expect(screen.getAllByTestId('timeline-item')).toHaveLength(3), { timeout: 4000 });
    expect(screen.getAllByTestId('timeline-item')[2].textContent).toContain('The Row Margaux tote');
    expect(screen.getByTestId('page-count').textContent).toBe('3');
  });

  it('ends the session through the background and then shows it as ended', async () => {
    const { session } = await seedJourney();
    const received: unknown[] = [];
    answerEndSessionLikeTheBackground(received);
    openPopupAt('?site=net-a-porter');

    fireEvent.click(await screen.findByTestId('end-session'));

    await screen.findByTestId('session-ended');
    expect(received).toEqual([{ kind: 'end-session', sessionId: session.id }]);
    expect(screen.getByTestId('session-status').textContent).toBe('Ended');
    expect(screen.queryByTestId('end-session')).toBeNull();
    // The ended session stays on screen with its journey, across refreshes.
    await new Promise((resolve) => setTimeout(resolve, 1700));
    expect(screen.getByTestId('session-status').textContent).toBe('Ended');
    expect(screen.getAllByTestId('timeline-item')).toHaveLength(2);
  });

  it('says so, and keeps the button, when the background refuses to end the session', async () => {
    await seedJourney();
    fakeBrowser.runtime.onMessage.addListener((_message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
      sendResponse({ ok: false, reason: 'internal: disk full', retryable: true });
      return true;
    });
    openPopupAt('?site=net-a-porter');

    fireEvent.click(await screen.findByTestId('end-session'));

    expect((await screen.findByRole('alert')).textContent).toMatch(/could not end the session/);
    expect(screen.getByTestId('session-status').textContent).toBe('Recording');
    expect(screen.getByTestId('end-session')).toBeTruthy();
  });
});

describe('popup on a tracked site with no active session', () => {
  it('says recording starts as you browse', async () => {
    openPopupAt('?site=net-a-porter');
    const waiting = await screen.findByTestId('awaiting-session');
    expect(screen.getByTestId('site-name').textContent).toBe('Net-a-Porter');
    expect(waiting.textContent).toMatch(/Recording starts as you browse/);
    expect(screen.queryByTestId('timeline')).toBeNull();
    expect(screen.queryByTestId('end-session')).toBeNull();
  });
});

describe('popup off a tracked site', () => {
  it('explains Vitrine and lists the recent sessions', async () => {
    await seedJourney({ tabId: 3, siteId: 'gucci', siteName: 'Gucci' });
    openPopupAt('');

    expect(await screen.findByTestId('empty-state')).toBeTruthy();
    const recent = screen.getByTestId('recent-sessions');
    const rows = within(recent).getAllByTestId('recent-session');
    expect(rows).toHaveLength(1);
    expect(rows[0].textContent).toContain('Gucci');
    expect(rows[0].textContent).toContain('2 pages');
    expect(screen.queryByTestId('site-name')).toBeNull();
  });

  it('ignores an active tab on an untracked host', async () => {
    await seedJourney();
    await openActiveTab('https://example.com/en-gb/shop/bags');
    openPopupAt('');
    expect(await screen.findByTestId('empty-state')).toBeTruthy();
    expect(screen.queryByTestId('site-name')).toBeNull();
  });

  it('recognises a tracked site from the active tab', async () => {
    await seedJourney();
    await openActiveTab('https://www.net-a-porter.com/en-gb/shop/bags');
    openPopupAt('');
    expect((await screen.findByTestId('site-name')).textContent).toBe('Net-a-Porter');
    expect(screen.getByTestId('page-count').textContent).toBe('2');
  });
});

describe('popup rating a session it scored', () => {
  /** A journey with a search that found nothing, written by the real store (which derives and scores). */
  async function seedSearchJourney() {
    const start = Date.now() - 120_000;
    const searchPage = pageView({ at: start + 42_000, pageType: 'search', title: 'Search: black tote', path: '/en-gb/shop/search/black%20tote' });
    const db = await openVitrineDb();
    await writeBatch(db, [
      pageView({ at: start, pageType: 'home', title: 'NET-A-PORTER', path: '/en-gb/', nav: 'load' }),
      searchPage,
      recorded('search', start + 42_000, { visitId: searchPage.visitId, pageType: 'search', url: searchPage.url, query: 'black tote', resultCount: 0, zeroResults: true }),
      recorded('friction', start + 50_000, { visitId: searchPage.visitId, pageType: 'search', url: searchPage.url, signal: 'rage_click', detail: { clicks: 4 } }),
    ], NAP);
    const [session] = await recentSessions(db, 1);
    db.close();
    return session;
  }

  /** Answers rate-session as the background does: through the real store. */
  function answerRatingLikeTheBackground(received: unknown[]) {
    fakeBrowser.runtime.onMessage.addListener((message: any, _sender: unknown, sendResponse: (reply: unknown) => void) => {
      received.push(message);
      void (async () => {
        const db = await openVitrineDb();
        const rated = await rateSession(db, message.sessionId, message.rating, Date.now());
        db.close();
        sendResponse(rated ? { ok: true, result: rated } : { ok: false, reason: 'no-such-session', retryable: false });
      })();
      return true;
    });
  }

  it('shows the stored score, the friction met and the markers of the journey', async () => {
    const session = await seedSearchJourney();
    openPopupAt('?site=net-a-porter');

    expect((await screen.findByTestId('score-value')).textContent).toBe(String(Math.round(session.score!.score!)));
    expect(screen.getByTestId('score-grade').textContent).toBe(session.score!.grade);
    expect(screen.getByTestId('pillar-buy').textContent).toContain('not measured');
    const signals = screen.getAllByTestId('friction-item').map((item) => item.getAttribute('data-signal'));
    expect(signals).toEqual(['zero_results', 'rage_click']);
    expect(screen.getAllByTestId('deduction').map((d) => d.textContent)).toContain('FindA search found nothing (−' + Math.round(session.score!.deductions.find((d) => d.metric === 'zeroResultSearches')!.points) + ')');
    const markers = screen.getAllByTestId('timeline-marker').map((m) => m.textContent);
    expect(markers).toEqual(['+0:42Friction: search "black tote" — no results', '+0:50Friction: rage click (4 clicks)']);
    expect(screen.getAllByTestId('timeline-item')).toHaveLength(2);
  });

  it('saves the rating through the background and keeps showing it as the journey refreshes', async () => {
    const session = await seedSearchJourney();
    const received: unknown[] = [];
    answerRatingLikeTheBackground(received);
    openPopupAt('?site=net-a-porter');

    fireEvent.click(await screen.findByTestId('ces-option-4'));
    fireEvent.input(screen.getByTestId('ces-note'), { target: { value: 'The first search was empty.' } });
    fireEvent.click(screen.getByTestId('save-rating'));

    await screen.findByTestId('saved-rating');
    expect(received).toEqual([{ kind: 'rate-session', sessionId: session.id, rating: { ces: 4, note: 'The first search was empty.' } }]);
    const db = await openVitrineDb();
    expect((await sessionById(db, session.id))?.rating).toMatchObject({ ces: 4, note: 'The first search was empty.' });
    db.close();
    // A refresh re-reads the session from the store: the rating stays, and so does the measured score.
    await new Promise((resolve) => setTimeout(resolve, 1700));
    expect(screen.getByTestId('saved-rating').textContent).toContain('4of 7Neither agree nor disagree');
    expect(screen.getByTestId('score-value').textContent).toBe(String(Math.round(session.score!.score!)));
  });
});
