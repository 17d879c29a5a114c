// Journey detection in Firefox: the built MV2 extension follows a shopper
// from the home page through a zero-result search, a refined search, a
// listing, a product, the bag and every checkout step to the order, on the
// Net-a-Porter SPA fixture and the Saint Laurent (SFCC, French) fixture.
import { afterAll, afterEach, beforeAll, describe } from 'vitest';
import { launchFirefox, readPopup, type FirefoxSession } from '../support/firefox';
import { startConnectProxy, startFixtureServer, type ConnectProxy, type FixtureServer } from '../support/fixture-server';
import { NAP_JOURNEY } from '../support/journeys/nap';
import { SAINT_LAURENT_JOURNEY } from '../support/journeys/saint-laurent';
import { describeJourney, type JourneyHarness } from '../support/journeys/suite';
import { puppeteerJourneyTab } from '../support/journeys/tab';
import { FIREFOX_BUILD_DIR, requireBuild } from '../support/paths';

describe('firefox: journey detection', () => {
  let server: FixtureServer | undefined;
  let proxy: ConnectProxy | undefined;
  let browser: FirefoxSession | undefined;

  beforeAll(async () => {
    requireBuild(FIREFOX_BUILD_DIR, 'npx wxt build -b firefox');
    server = await startFixtureServer({ shops: [NAP_JOURNEY.siteId, SAINT_LAURENT_JOURNEY.siteId] });
    proxy = await startConnectProxy({ targetPort: server.port, hosts: server.hosts });
    browser = await launchFirefox({ extensionDir: FIREFOX_BUILD_DIR, proxyPort: proxy.port });
  });

  afterEach(async (ctx) => {
    if (ctx.task.result?.state !== 'fail' || !browser) return;
    const pages = await browser.browser.pages().catch(() => []);
    await Promise.all(
      pages.map((p, i) => browser!.screenshot(p, `failure-firefox-${ctx.task.name.replace(/\W+/g, '-').slice(0, 60)}-${i}.png`).catch(() => {})),
    );
  });

  afterAll(async () => {
    await browser?.close();
    await proxy?.close();
    await server?.close();
  });

  const harness = (): JourneyHarness => ({
    browserName: 'firefox',
    newTab: async () => puppeteerJourneyTab(await browser!.newPage()),
    readVitrine: () => browser!.readVitrine(),
    async openPopup(siteId) {
      const page = await browser!.openPopup({ site: siteId }, '[data-testid="timeline"]');
      return { read: () => readPopup(page), screenshot: (name) => browser!.screenshot(page, name) };
    },
  });

  describeJourney(NAP_JOURNEY, harness);
  describeJourney(SAINT_LAURENT_JOURNEY, harness);
});
