// Foundation journey in Firefox: the built MV2 extension, installed as a
// temporary add-on, records a shopper's page views on the Net-a-Porter fixture
// (reached through the fixture proxy) and the popup shows them.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX_EXTENSION_ID, launchFirefox, puppeteerShopTab, readPopup, type FirefoxSession } from '../support/firefox';
import { startConnectProxy, startFixtureServer, type ConnectProxy, type FixtureServer } from '../support/fixture-server';
import {
  NAP,
  browseFoundationJourney,
  expectFoundationPopup,
  expectFoundationRecords,
  waitForJourneyRecords,
  waitForPopup,
} from '../support/journey';
import { FIREFOX_BUILD_DIR, requireBuild } from '../support/paths';

describe('firefox: foundation journey', () => {
  let server: FixtureServer | undefined;
  let proxy: ConnectProxy | undefined;
  let browser: FirefoxSession | undefined;
  let journeyRecorded = false;

  beforeAll(async () => {
    requireBuild(FIREFOX_BUILD_DIR, 'npx wxt build -b firefox');
    server = await startFixtureServer({ shops: [NAP.siteId] });
    proxy = await startConnectProxy({ targetPort: server.port, hosts: server.hosts });
    browser = await launchFirefox({ extensionDir: FIREFOX_BUILD_DIR, proxyPort: proxy.port });
  });

  afterEach(async (ctx) => {
    if (ctx.task.result?.state !== 'fail' || !browser) return;
    const pages = await browser.browser.pages().catch(() => []);
    await Promise.all(
      pages.map((p, i) => browser!.screenshot(p, `failure-firefox-${ctx.task.name.replace(/\W+/g, '-')}-${i}.png`).catch(() => {})),
    );
  });

  afterAll(async () => {
    await browser?.close();
    await proxy?.close();
    await server?.close();
  });

  it('installs the extension', () => {
    expect(browser!.extensionId).toBe(FIREFOX_EXTENSION_ID);
  });

  it('records home → listing → product → SPA route as 4 page views in one session', async () => {
    const since = Date.now();
    const page = await browser!.newPage();
    await browseFoundationJourney(puppeteerShopTab(page));
    const dump = await waitForJourneyRecords(() => browser!.readVitrine());
    expectFoundationRecords(dump, since);
    journeyRecorded = true;
  });

  it('shows the journey in the popup', async (ctx) => {
    if (!journeyRecorded) ctx.skip();
    const popup = await browser!.openPopup({ site: NAP.siteId }, '[data-testid="timeline"]');
    const state = await waitForPopup(() => readPopup(popup));
    await browser!.screenshot(popup, 'popup-firefox.png');
    expectFoundationPopup(state);
  });
});
