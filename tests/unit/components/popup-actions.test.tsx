// @vitest-environment happy-dom
// "Pause recording" / "Resume" and "Open dashboard" in the real popup: the pause
// setting is read from (fake) storage.local and changed only through the
// background's update-settings reply; the dashboard opens in a new tab.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/popup/App';
import { openVitrineDb, recentSessions, writeBatch } from '@/lib/store';
import { pageView } from './journey-fixtures';

const NAP = { tabId: 7, siteId: 'net-a-porter', siteName: 'Net-a-Porter' };

async function seedActiveSession() {
  const db = await openVitrineDb();
  await writeBatch(db, [pageView({ at: Date.now() - 30_000, pageType: 'home', title: 'Home', path: '/en-gb/', nav: 'load' })], NAP);
  const [session] = await recentSessions(db, 1);
  db.close();
  return session;
}

/** Answers update-settings as the background does: the patch applied to the stored settings. */
function answerSettings(received: unknown[], refuse?: string) {
  fakeBrowser.runtime.onMessage.addListener((message: any, _sender: unknown, sendResponse: (reply: unknown) => void) => {
    received.push(message);
    void (async () => {
      if (refuse) return sendResponse({ ok: false, reason: refuse, retryable: true });
      const { settings = {} } = (await fakeBrowser.storage.local.get('settings')) as { settings?: Record<string, unknown> };
      const next = { queryCapture: 'text', paused: false, scoreProfileId: 'reference-standard', ...settings, ...message.patch };
      await fakeBrowser.storage.local.set({ settings: next });
      sendResponse({ ok: true, result: next });
    })();
    return true;
  });
}

function openPopupAt(search: string) {
  window.history.replaceState({}, '', `/popup.html${search}`);
  return render(<App />);
}

beforeEach(() => window.history.replaceState({}, '', '/popup.html'));
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('Pause recording', () => {
  it('pauses through the background, then says Paused plainly and offers Resume', async () => {
    await seedActiveSession();
    const received: unknown[] = [];
    answerSettings(received);
    openPopupAt('?site=net-a-porter');

    const button = await screen.findByTestId('pause-recording');
    await waitFor(() => expect(button.textContent).toContain('Pause recording'));
    expect(screen.getByTestId('session-status').textContent).toBe('Recording');
    expect(screen.queryByTestId('recording-paused')).toBeNull();

    fireEvent.click(button);

    await screen.findByTestId('recording-paused');
    expect(received).toEqual([{ kind: 'update-settings', patch: { paused: true } }]);
    expect(screen.getByTestId('pause-recording').textContent).toContain('Resume recording');
    expect(screen.getByTestId('session-status').textContent).toBe('Paused');
  });

  it('resumes when the stored setting says paused', async () => {
    await seedActiveSession();
    await fakeBrowser.storage.local.set({ settings: { paused: true } });
    const received: unknown[] = [];
    answerSettings(received);
    openPopupAt('?site=net-a-porter');

    expect(await screen.findByTestId('recording-paused')).toBeTruthy();
    const button = screen.getByTestId('pause-recording');
    await waitFor(() => expect(button.textContent).toContain('Resume recording'));

    fireEvent.click(button);

    await waitFor(() => expect(screen.queryByTestId('recording-paused')).toBeNull());
    expect(received).toEqual([{ kind: 'update-settings', patch: { paused: false } }]);
    expect(screen.getByTestId('pause-recording').textContent).toContain('Pause recording');
    expect(screen.getByTestId('session-status').textContent).toBe('Recording');
  });

  it('is offered off tracked sites too, where Paused shows as well', async () => {
    await fakeBrowser.storage.local.set({ settings: { paused: true } });
    openPopupAt('');
    await screen.findByTestId('empty-state');
    expect(await screen.findByTestId('recording-paused')).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('pause-recording').textContent).toContain('Resume recording'));
  });

  it('keeps the state and says why when the background refuses', async () => {
    await seedActiveSession();
    answerSettings([], 'internal: storage quota');
    openPopupAt('?site=net-a-porter');
    const button = await screen.findByTestId('pause-recording');
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));

    fireEvent.click(button);

    expect((await screen.findByRole('alert')).textContent).toContain('internal: storage quota');
    expect(screen.getByTestId('pause-recording').textContent).toContain('Pause recording');
    expect(screen.queryByTestId('recording-paused')).toBeNull();
  });
});

describe('Open dashboard', () => {
  it('opens the dashboard at the session the popup shows', async () => {
    const session = await seedActiveSession();
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    openPopupAt('?site=net-a-porter');

    fireEvent.click(await screen.findByTestId('open-dashboard'));

    await waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    expect(create).toHaveBeenCalledWith({ url: `chrome-extension://test-extension-id/dashboard.html#/sessions/${session.id}` });
  });

  it('opens the dashboard at its start when no session is shown', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    openPopupAt('');

    fireEvent.click(await screen.findByTestId('open-dashboard'));

    await waitFor(() => expect(create).toHaveBeenCalledWith({ url: 'chrome-extension://test-extension-id/dashboard.html' }));
  });

  it('says so when the browser cannot open the tab', async () => {
    vi.spyOn(fakeBrowser.tabs, 'create').mockRejectedValue(new Error('no window'));
    openPopupAt('');
    fireEvent.click(await screen.findByTestId('open-dashboard'));
    expect((await screen.findByRole('alert')).textContent).toMatch(/could not be opened/);
  });
});
