// @vitest-environment happy-dom
// The popup as the browser opens it: the real App over a journey written
// into (fake) IndexedDB by the real store, with the site from `?site=`.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/popup/App';
import { endSessionByUser, openVitrineDb, recentSessions, writeBatch } from '@/lib/store';
import { pageView } from './journey-fixtures';

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
