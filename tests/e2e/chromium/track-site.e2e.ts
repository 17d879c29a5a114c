// "Track this site" in Chromium, on Maison Exemple, an SFCC shop on a host the
// registry does not know. The toolbar popup is the real one, opened on the
// shop's tab by CDP's Extensions.triggerAction (as a click on the toolbar button:
// activeTab on that tab), and clicked with trusted input.
//
// What headless Chromium cannot do is answer the permission dialog that
// permissions.request() opens (no switch or CDP command accepts it; see
// chromium-action.ts). So the suite checks that the click hands over to that
// dialog, then records the user's consent where Chrome also takes it — Site
// access in chrome://extensions — and clicks "Track this site" again: Chrome
// grants what the user already allowed without a dialog, and the rest
// (permissions.onAdded, platform detection, script registration, injection into
// the open tab, recording, Stop tracking) runs for real.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from '../support/chromium';
import { grantSiteAccessInExtensionsPage, triggerToolbarAction, type ActionPopup } from '../support/chromium-action';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { playwrightJourneyTab } from '../support/journeys/tab';
import { CHROME_BUILD_DIR, requireBuild } from '../support/paths';
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

describe('chromium: Track this site', () => {
  let server: FixtureServer | undefined;
  let browser: ChromiumSession | undefined;
  let shop: Page | undefined;
  let popup: ActionPopup | undefined;
  let trackedAt = 0;
  let tracking = false;

  let reader: Page | undefined;
  /** Storage, registered scripts and permissions, read in an extension page. */
  const readState = async (): Promise<TrackingState> => {
    if (!reader || reader.isClosed()) {
      reader = await browser!.newPage();
      await reader.goto(`${browser!.extensionOrigin}/popup.html?e2e-reader=tracking`, { waitUntil: 'domcontentloaded' });
    }
    return JSON.parse((await reader.evaluate(READ_TRACKING_STATE)) as string) as TrackingState;
  };

  beforeAll(async () => {
    requireBuild(CHROME_BUILD_DIR, 'npx wxt build');
    server = await startFixtureServer({ shops: [MAISON.shop] });
    browser = await launchChromium({ extensionDir: CHROME_BUILD_DIR, fixturePort: server.port, hosts: server.hosts });
  });

  afterEach(async (ctx) => {
    if (ctx.task.result?.state !== 'fail' || !browser) return;
    const name = ctx.task.name.replace(/\W+/g, '-').slice(0, 50);
    await Promise.all(browser.context.pages().map((p, i) => browser!.screenshot(p, `failure-chromium-track-${name}-${i}.png`).catch(() => {})));
  });

  afterAll(async () => {
    await popup?.close();
    await browser?.close();
    await server?.close();
  });

  it('records nothing on a shop the user has not added', async () => {
    shop = await browser!.newPage();
    await shop.goto(MAISON.home, { waitUntil: 'load' });
    await sleep(1_000);
    expect(siteEvents(await browser!.readVitrine())).toEqual([]);
    expect(await readState()).toEqual({ customSites: [], scripts: [], granted: false });
  });

  it('the toolbar popup on that shop offers to track it', async () => {
    popup = await triggerToolbarAction(browser!, shop!);
    await popup.waitFor('[data-testid="track-site"]');
    const offer = await popup.evaluate<string>(`document.querySelector('[data-testid="track-site-card"]').textContent`);
    expect(offer).toContain(MAISON.siteName);
    await popup.screenshot('popup-track-site-chromium.png');
  });

  it('"Track this site" hands over to the browser\'s permission dialog', async () => {
    await popup!.click('[data-testid="track-site"]');
    // Chromium closes the popup as its permission dialog opens. Had permissions.request()
    // failed (no user gesture, a pattern not in the manifest), the popup would stay open
    // and say so ("Your browser did not ask for permission").
    await expect.poll(() => popup!.isOpen(), { timeout: 5_000 }).toBe(false);
    await popup!.close();
    popup = undefined;
    // Nobody answered the dialog: nothing is granted or tracked.
    expect(await readState()).toEqual({ customSites: [], scripts: [], granted: false });
  });

  it('with the user\'s consent, "Track this site" adds the shop and starts recording its open tab', async () => {
    await grantSiteAccessInExtensionsPage(browser!, MAISON.pattern);
    popup = await triggerToolbarAction(browser!, shop!);
    trackedAt = Date.now();
    await popup.click('[data-testid="track-site"]');
    const state = await waitForTracking(readState, true);
    tracking = true;
    expect(state.customSites).toMatchObject([{ id: MAISON.siteId, name: MAISON.siteName, hosts: [MAISON.host] }]);
    expect(state.customSites[0].addedAt).toBeGreaterThanOrEqual(trackedAt);
    await popup.waitFor('[data-testid="stop-tracking"]');
    await popup.screenshot('popup-tracking-started-chromium.png');
    await popup.close();
    popup = undefined;
  });

  it('saves the platform the open tab shows (Salesforce Commerce Cloud)', async (ctx) => {
    if (!tracking) ctx.skip();
    const [site] = (await readState()).customSites;
    expect(site.platform).toBe(MAISON.platform);
  });

  it('records the shopper\'s pages, product, bag and search under custom:<host>', async (ctx) => {
    if (!tracking) ctx.skip();
    await browseTrackedShop(playwrightJourneyTab(shop!));
    expectTrackedJourney(await waitForTrackedJourney(() => browser!.readVitrine()), trackedAt);
  });

  it('"Stop tracking" gives the host back, and the shop\'s next pages are not recorded', async (ctx) => {
    if (!tracking) ctx.skip();
    const page = await browser!.openPopup({ site: MAISON.siteId });
    await page.click('[data-testid="stop-tracking"]');
    await page.waitForSelector('[data-testid="tracking-stopped"]');
    expect(await waitForTracking(readState, false)).toEqual({ customSites: [], scripts: [], granted: false });
    await page.close();

    const before = siteEvents(await browser!.readVitrine());
    const stoppedAt = Date.now();
    const tab = playwrightJourneyTab(shop!);
    await tab.clickToLoad('[data-qa="bag-link"]');
    await tab.goto(`${MAISON.origin}/en/shop/bags/`);
    await sleep(1_500);
    const after = siteEvents(await browser!.readVitrine());
    expect(after.filter((e) => e.t >= stoppedAt)).toEqual([]);
    expect(after).toHaveLength(before.length);
  });
});
