// "Track this site" in Firefox, on Maison Exemple, an SFCC shop on a host the
// registry does not know. The toolbar action runs on the shop's tab through the
// browser's own code (firefox-action.ts: activeTab on that tab), and the popup
// page, in a background tab beside the shop, is clicked with real input. With
// extensions.webextOptionalPermissionPrompts off, Firefox grants an optional
// permission request without showing its prompt (what the user's "Allow" does),
// so the whole chain runs: permissions.request, permissions.onAdded, platform
// detection, script registration, injection into the open tab, recording, and
// Stop tracking.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxSession } from '../support/firefox';
import { openPopupBesideShop, triggerToolbarAction } from '../support/firefox-action';
import { startConnectProxy, startFixtureServer, type ConnectProxy, type FixtureServer } from '../support/fixture-server';
import { puppeteerJourneyTab } from '../support/journeys/tab';
import { FIREFOX_BUILD_DIR, requireBuild } from '../support/paths';
import {
  MAISON,
  READ_TRACKING_STATE,
  browseTrackedShop,
  expectTrackedJourney,
  siteEvents,
  waitForTracking,
  waitForTrackedJourney,
  type TrackingState,
} from '../support/track-site';
import { sleep } from '../support/wait';

describe('firefox: Track this site', () => {
  let server: FixtureServer | undefined;
  let proxy: ConnectProxy | undefined;
  let browser: FirefoxSession | undefined;
  let shop: Page | undefined;
  let popup: Page | undefined;
  let trackedAt = 0;
  let tracking = false;

  let reader: Page | undefined;
  /** Storage, registered scripts and permissions, read in an extension page. */
  const readState = async (): Promise<TrackingState> => {
    if (!reader || reader.isClosed()) reader = await browser!.openExtensionPage('popup.html?e2e-reader=tracking');
    return JSON.parse((await reader.evaluate(READ_TRACKING_STATE)) as string) as TrackingState;
  };

  beforeAll(async () => {
    requireBuild(FIREFOX_BUILD_DIR, 'npx wxt build -b firefox');
    server = await startFixtureServer({ shops: [MAISON.shop] });
    proxy = await startConnectProxy({ targetPort: server.port, hosts: server.hosts });
    browser = await launchFirefox({
      extensionDir: FIREFOX_BUILD_DIR,
      proxyPort: proxy.port,
      // Optional permissions are granted without the doorhanger, as if the user clicked "Allow".
      extraPrefs: { 'extensions.webextOptionalPermissionPrompts': false },
    });
  });

  afterEach(async (ctx) => {
    if (ctx.task.result?.state !== 'fail' || !browser) return;
    const name = ctx.task.name.replace(/\W+/g, '-').slice(0, 50);
    const pages = await browser.browser.pages().catch(() => []);
    await Promise.all(pages.map((p, i) => browser!.screenshot(p, `failure-firefox-track-${name}-${i}.png`).catch(() => {})));
  });

  afterAll(async () => {
    await browser?.close();
    await proxy?.close();
    await server?.close();
  });

  it('records nothing on a shop the user has not added', async () => {
    await readState(); // the reader tab opens first, so the shop's tab is the one in front from here on
    shop = await browser!.newPage();
    await shop.goto(MAISON.home, { waitUntil: 'load' });
    await sleep(1_000);
    expect(siteEvents(await browser!.readVitrine())).toEqual([]);
    expect(await readState()).toEqual({ customSites: [], scripts: [], granted: false });
  });

  it('the popup on that shop offers to track it', async () => {
    expect(await triggerToolbarAction(browser!, shop!)).toBe(MAISON.home);
    popup = await openPopupBesideShop(browser!, '[data-testid="track-site"]');
    const offer = (await popup.$eval('[data-testid="track-site-card"]', (el) => el.textContent)) ?? '';
    expect(offer).toContain(MAISON.siteName);
    await browser!.screenshot(popup, 'popup-track-site-firefox.png');
  });

  it('"Track this site" adds the shop and starts recording its open tab', async () => {
    trackedAt = Date.now();
    await popup!.click('[data-testid="track-site"]');
    const state = await waitForTracking(readState, true);
    tracking = true;
    expect(state.customSites).toMatchObject([{ id: MAISON.siteId, name: MAISON.siteName, hosts: [MAISON.host] }]);
    expect(state.customSites[0].addedAt).toBeGreaterThanOrEqual(trackedAt);
    await popup!.waitForSelector('[data-testid="stop-tracking"]');
    await browser!.screenshot(popup!, 'popup-tracking-started-firefox.png');
    await popup!.close();
    popup = undefined;
  });

  it('saves the platform the open tab shows (Salesforce Commerce Cloud)', async (ctx) => {
    if (!tracking) ctx.skip();
    const [site] = (await readState()).customSites;
    expect(site.platform).toBe(MAISON.platform);
  });

  it('records the shopper\'s pages, product, bag and search under custom:<host>', async (ctx) => {
    if (!tracking) ctx.skip();
    await shop!.bringToFront();
    await browseTrackedShop(puppeteerJourneyTab(shop!));
    expectTrackedJourney(await waitForTrackedJourney(() => browser!.readVitrine()), trackedAt);
  });

  it('"Stop tracking" gives the host back, and the shop\'s next pages are not recorded', async (ctx) => {
    if (!tracking) ctx.skip();
    const page = await browser!.openPopup({ site: MAISON.siteId }, '[data-testid="stop-tracking"]');
    await page.click('[data-testid="stop-tracking"]');
    await page.waitForSelector('[data-testid="tracking-stopped"]');
    expect(await waitForTracking(readState, false)).toEqual({ customSites: [], scripts: [], granted: false });
    await page.close();

    const before = siteEvents(await browser!.readVitrine());
    const stoppedAt = Date.now();
    await shop!.bringToFront();
    const tab = puppeteerJourneyTab(shop!);
    await tab.clickToLoad('[data-qa="bag-link"]');
    await tab.goto(`${MAISON.origin}/en/shop/bags/`);
    await sleep(1_500);
    const after = siteEvents(await browser!.readVitrine());
    expect(after.filter((e) => e.t >= stoppedAt)).toEqual([]);
    expect(after).toHaveLength(before.length);
  });
});
