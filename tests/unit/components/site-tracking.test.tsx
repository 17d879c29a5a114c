// @vitest-environment happy-dom
// "Track this site" and "Stop tracking" in the real popup: the active tab comes
// from the fake browser, the permission prompt is a mock that grants or refuses,
// and the user's own sites are read from (fake) storage.local.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/popup/App';
import { newCustomSite, saveCustomSites } from '@/lib/sites/custom-sites';
import { openVitrineDb, writeBatch } from '@/lib/store';
import { pageView } from './journey-fixtures';

const SHOP_HOST = 'www.maison-example.com';
const SHOP_PATTERN = 'https://www.maison-example.com/*';

/** The fake browser starts with no focused window; the popup asks for the current window's active tab. */
async function openActiveTab(url: string) {
  const browserWindow = await fakeBrowser.windows.create({ focused: true });
  await fakeBrowser.tabs.create({ windowId: browserWindow!.id, url, active: true });
}

/** fakeBrowser.permissions only throws "not implemented"; these stand in for the browser's prompt. */
function permissionPrompt(answer: () => Promise<boolean>) {
  return vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(answer as typeof fakeBrowser.permissions.request);
}
function permissionRemoval({ succeeds }: { succeeds: boolean }) {
  const remove = async () => succeeds;
  return vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(remove as typeof fakeBrowser.permissions.remove);
}
const grants = async () => true;
const refuses = async () => false;

async function userAddedShop() {
  await saveCustomSites([newCustomSite(SHOP_HOST, 'shopify', Date.now() - 86_400_000)]);
}

async function recordShopPage(siteId = `custom:${SHOP_HOST}`) {
  const db = await openVitrineDb();
  await writeBatch(db, [pageView({ at: Date.now() - 5_000, pageType: 'product', title: 'Le Sac Bambino', path: '/products/bambino', nav: 'load' }, `https://${SHOP_HOST}`)], {
    tabId: 4,
    siteId,
    siteName: 'maison-example.com',
  });
  db.close();
}

beforeEach(() => window.history.replaceState({}, '', '/popup.html'));
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('Track this site is offered', () => {
  it('on an untracked https shop, naming its host', async () => {
    await openActiveTab(`https://${SHOP_HOST}/en/bags?colour=noir`);
    render(<App />);

    const card = await screen.findByTestId('track-site-card');
    expect(card.textContent).toContain('Record your journey on maison-example.com?');
    expect(card.textContent).toContain('Only this site, after your browser asks. Stop any time.');
    expect(screen.getByTestId('track-site').textContent).toBe('Track this site');
    expect(screen.getByTestId('empty-state')).toBeTruthy();
    expect(screen.queryByTestId('stop-tracking')).toBeNull();
  });

  it('not on a known luxury site, which shows its journey instead', async () => {
    await openActiveTab('https://www.net-a-porter.com/en-gb/shop/bags');
    render(<App />);

    expect((await screen.findByTestId('site-name')).textContent).toBe('Net-a-Porter');
    expect(screen.queryByTestId('track-site')).toBeNull();
  });

  it.each([
    ['a plain http page', `http://${SHOP_HOST}/en/bags`],
    ['a browser page', 'chrome://extensions/'],
    ['a blank tab', 'about:blank'],
    ['an extension page', 'chrome-extension://abcdefghijklmnop/dashboard.html'],
    ['an extension store, where no extension may run', 'https://chromewebstore.google.com/detail/vitrine/abc'],
  ])('not on %s', async (_what, url) => {
    await openActiveTab(url);
    render(<App />);

    expect(await screen.findByTestId('empty-state')).toBeTruthy();
    expect(screen.queryByTestId('track-site')).toBeNull();
  });
});

describe('clicking Track this site', () => {
  it('asks the browser for exactly this host, during the click itself', async () => {
    const request = permissionPrompt(grants);
    await openActiveTab(`https://${SHOP_HOST}/en/bags`);
    render(<App />);

    fireEvent.click(await screen.findByTestId('track-site'));

    // Synchronously: an await before the request would lose the user gesture and the browser would refuse.
    expect(request).toHaveBeenCalledTimes(1);
    expect(request).toHaveBeenCalledWith({ origins: [SHOP_PATTERN] });
    await screen.findByTestId('tracking-started');
  });

  it('once granted, confirms and then shows the shop as a tracked site', async () => {
    permissionPrompt(grants);
    await openActiveTab(`https://${SHOP_HOST}/en/bags`);
    render(<App />);

    fireEvent.click(await screen.findByTestId('track-site'));

    expect((await screen.findByTestId('tracking-started')).textContent).toBe(
      'Now recording on maison-example.com — your next page there starts a session. Nothing leaves this device.',
    );
    expect(screen.getByTestId('awaiting-session')).toBeTruthy();
    expect(screen.getByTestId('site-name').textContent).toBe('maison-example.com');
    expect(screen.queryByTestId('empty-state')).toBeNull();
    expect(screen.queryByTestId('track-site')).toBeNull();
    expect(screen.getByTestId('stop-tracking')).toBeTruthy();

    // The background injects the recorder into the open tab: its first page starts a session the popup follows.
    await recordShopPage();
    await waitFor(() => expect(screen.getAllByTestId('timeline-item')).toHaveLength(1), { timeout: 4000 });
    expect(screen.getByTestId('session-status').textContent).toBe('Recording');
    expect(screen.getByTestId('tracking-started').textContent).toBe('Now recording on maison-example.com.');
  });

  it('says so gently when the browser refuses, and lets the user ask again', async () => {
    const request = permissionPrompt(refuses);
    await openActiveTab(`https://${SHOP_HOST}/en/bags`);
    render(<App />);

    fireEvent.click(await screen.findByTestId('track-site'));

    expect((await screen.findByTestId('tracking-refused')).textContent).toMatch(/Vitrine stays silent on maison-example\.com/);
    expect(screen.queryByTestId('tracking-started')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    const button = screen.getByTestId('track-site') as HTMLButtonElement;
    expect(button.disabled).toBe(false);
    fireEvent.click(button);
    expect(request).toHaveBeenCalledTimes(2);
  });

  it('waits for the browser without offering a second prompt', async () => {
    permissionPrompt(() => new Promise(() => {}));
    await openActiveTab(`https://${SHOP_HOST}/en/bags`);
    render(<App />);

    fireEvent.click(await screen.findByTestId('track-site'));

    await waitFor(() => expect((screen.getByTestId('track-site') as HTMLButtonElement).disabled).toBe(true));
    expect(screen.getByTestId('track-site').textContent).toBe('Waiting for your browser…');
  });

  it('reports a prompt the browser would not show as nothing changed', async () => {
    permissionPrompt(async () => {
      throw new Error('This function must be called during a user gesture');
    });
    await openActiveTab(`https://${SHOP_HOST}/en/bags`);
    render(<App />);

    fireEvent.click(await screen.findByTestId('track-site'));

    expect((await screen.findByTestId('tracking-refused')).textContent).toMatch(/nothing changed/);
    expect(screen.getByTestId('track-site')).toBeTruthy();
  });
});

describe('a site the user added', () => {
  it('is recognised from the active tab, by name, with Stop tracking', async () => {
    await userAddedShop();
    await openActiveTab(`https://${SHOP_HOST}/en/bags`);
    render(<App />);

    expect((await screen.findByTestId('site-name')).textContent).toBe('maison-example.com');
    expect(screen.getByTestId('awaiting-session')).toBeTruthy();
    expect(screen.queryByTestId('track-site')).toBeNull();
    expect(screen.getByTestId('stop-tracking').textContent).toBe('Stop tracking');
  });

  it('keeps Stop tracking beside End session while it records', async () => {
    await userAddedShop();
    await recordShopPage();
    await openActiveTab(`https://${SHOP_HOST}/en/bags`);
    render(<App />);

    await screen.findByTestId('end-session');
    expect(screen.getByTestId('stop-tracking')).toBeTruthy();
  });

  it('Stop tracking gives the host permission back and returns to the untracked offer', async () => {
    const remove = permissionRemoval({ succeeds: true });
    await userAddedShop();
    await openActiveTab(`https://${SHOP_HOST}/en/bags`);
    render(<App />);

    fireEvent.click(await screen.findByTestId('stop-tracking'));

    expect((await screen.findByTestId('tracking-stopped')).textContent).toMatch(/no longer records on maison-example\.com/);
    expect(remove).toHaveBeenCalledTimes(1);
    expect(remove).toHaveBeenCalledWith({ origins: [SHOP_PATTERN] });
    expect(screen.getByTestId('empty-state')).toBeTruthy();
    expect(screen.getByTestId('track-site')).toBeTruthy();
    expect(screen.queryByTestId('stop-tracking')).toBeNull();
    expect(screen.queryByTestId('site-name')).toBeNull();
  });

  it('stays tracked, and says so, when the browser keeps the permission', async () => {
    permissionRemoval({ succeeds: false });
    await userAddedShop();
    await openActiveTab(`https://${SHOP_HOST}/en/bags`);
    render(<App />);

    fireEvent.click(await screen.findByTestId('stop-tracking'));

    expect((await screen.findByRole('alert')).textContent).toMatch(/could not stop tracking maison-example\.com/);
    expect(screen.getByTestId('site-name').textContent).toBe('maison-example.com');
    expect(screen.getByTestId('stop-tracking')).toBeTruthy();
  });

  it('can be stopped right after it was added', async () => {
    permissionPrompt(grants);
    const remove = permissionRemoval({ succeeds: true });
    await openActiveTab(`https://${SHOP_HOST}/en/bags`);
    render(<App />);

    fireEvent.click(await screen.findByTestId('track-site'));
    fireEvent.click(await screen.findByTestId('stop-tracking'));

    await screen.findByTestId('tracking-stopped');
    expect(remove).toHaveBeenCalledWith({ origins: [SHOP_PATTERN] });
    expect(screen.getByTestId('track-site')).toBeTruthy();
  });

  it('is named from its id when the popup is opened with ?site=', async () => {
    window.history.replaceState({}, '', `/popup.html?site=custom:${SHOP_HOST}`);
    render(<App />);

    expect((await screen.findByTestId('site-name')).textContent).toBe('maison-example.com');
    expect(screen.getByTestId('stop-tracking')).toBeTruthy();
  });
});

describe('Stop tracking never appears on a known luxury site', () => {
  it('neither while waiting for a session nor while one records', async () => {
    await openActiveTab('https://www.net-a-porter.com/en-gb/shop/bags');
    const { unmount } = render(<App />);
    await screen.findByTestId('awaiting-session');
    expect(screen.queryByTestId('stop-tracking')).toBeNull();
    unmount();

    await recordShopPage('net-a-porter');
    render(<App />);
    await screen.findByTestId('end-session');
    expect(screen.queryByTestId('stop-tracking')).toBeNull();
  });
});
