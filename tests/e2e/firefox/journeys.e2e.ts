// Journey detection in Firefox: the built MV2 extension follows a shopper
// from the home page through a zero-result search, a refined search, a
// listing, a product, the bag and every checkout step to the order, on the
// Net-a-Porter SPA fixture, the Saint Laurent (SFCC, French) fixture and the
// Browns (Shopify) fixture — one browser, one fixture server for all three.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, readPopup, type FirefoxSession } from '../support/firefox';
import { startConnectProxy, startFixtureServer, type ConnectProxy, type FixtureServer } from '../support/fixture-server';
import { NAP_JOURNEY } from '../support/journeys/nap';
import { SAINT_LAURENT_JOURNEY } from '../support/journeys/saint-laurent';
import { BROWNS_JOURNEY } from '../support/journeys/browns';
import { describeJourney, type JourneyHarness } from '../support/journeys/suite';
import { puppeteerJourneyTab } from '../support/journeys/tab';
import { FIREFOX_BUILD_DIR, requireBuild } from '../support/paths';

describe('firefox: journey detection', () => {
  const journeys = [NAP_JOURNEY, SAINT_LAURENT_JOURNEY, BROWNS_JOURNEY];
  let server: FixtureServer | undefined;
  let proxy: ConnectProxy | undefined;
  let browser: FirefoxSession | undefined;

  beforeAll(async () => {
    requireBuild(FIREFOX_BUILD_DIR, 'npx wxt build -b firefox');
    server = await startFixtureServer({ shops: journeys.map((j) => j.siteId) });
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

  for (const journey of journeys) describeJourney(journey, harness);

  it('the fixture shops were served only under their own hosts', () => {
    const hosts = new Set(journeys.map((j) => new URL(j.origin).hostname));
    expect([...new Set(server!.requests.map((r) => r.host))].filter((host) => !hosts.has(host))).toEqual([]);
    const browns = server!.requests.filter((r) => r.host === 'www.brownsfashion.com');
    expect(browns.filter((r) => r.status >= 400), 'Browns requests the fixture could not answer').toEqual([]);
  });
});
