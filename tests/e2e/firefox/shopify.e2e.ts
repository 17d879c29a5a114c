// Shopify journey in Firefox: the built MV2 extension follows a shopper on the
// Browns fixture (registry site, platform 'shopify') from the home page through
// a zero-result search, a refined search, a collection, a product, the cart and
// every step of Shopify's classic checkout to the thank-you page.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, readPopup, type FirefoxSession } from '../support/firefox';
import { startConnectProxy, startFixtureServer, type ConnectProxy, type FixtureServer } from '../support/fixture-server';
import { BROWNS_JOURNEY } from '../support/journeys/browns';
import { describeJourney, type JourneyHarness } from '../support/journeys/suite';
import { puppeteerJourneyTab } from '../support/journeys/tab';
import { FIREFOX_BUILD_DIR, requireBuild } from '../support/paths';

describe('firefox: Shopify journey', () => {
  let server: FixtureServer | undefined;
  let proxy: ConnectProxy | undefined;
  let browser: FirefoxSession | undefined;

  beforeAll(async () => {
    requireBuild(FIREFOX_BUILD_DIR, 'npx wxt build -b firefox');
    server = await startFixtureServer({ shops: [BROWNS_JOURNEY.siteId] });
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

  describeJourney(BROWNS_JOURNEY, harness);

  it('the fixture shop was served only under its own host', () => {
    const hosts = new Set(server!.requests.map((r) => r.host));
    expect([...hosts]).toEqual(['www.brownsfashion.com']);
    expect(server!.requests.filter((r) => r.status >= 400), 'requests the fixture could not answer').toEqual([]);
  });
});
