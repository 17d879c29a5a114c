// Shopify journey in Chromium: the built MV3 extension follows a shopper on the
// Browns fixture (registry site, platform 'shopify') from the home page through
// a zero-result search, a refined search, a collection, a product, the cart and
// every step of Shopify's classic checkout to the thank-you page.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, readPopup, type ChromiumSession } from '../support/chromium';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { BROWNS_JOURNEY } from '../support/journeys/browns';
import { describeJourney, type JourneyHarness } from '../support/journeys/suite';
import { playwrightJourneyTab } from '../support/journeys/tab';
import { CHROME_BUILD_DIR, requireBuild } from '../support/paths';

describe('chromium: Shopify journey', () => {
  let server: FixtureServer | undefined;
  let browser: ChromiumSession | undefined;
  /** Every http(s) request a shop page made, to prove the fixture stays on its own host. */
  const requested: string[] = [];

  beforeAll(async () => {
    requireBuild(CHROME_BUILD_DIR, 'npx wxt build');
    server = await startFixtureServer({ shops: [BROWNS_JOURNEY.siteId] });
    browser = await launchChromium({ extensionDir: CHROME_BUILD_DIR, fixturePort: server.port, hosts: server.hosts });
    browser.context.on('request', (request) => {
      if (/^https?:/.test(request.url())) requested.push(request.url());
    });
  });

  afterEach(async (ctx) => {
    if (ctx.task.result?.state !== 'fail' || !browser) return;
    const pages = browser.context.pages();
    await Promise.all(
      pages.map((p, i) => browser!.screenshot(p, `failure-chromium-${ctx.task.name.replace(/\W+/g, '-').slice(0, 60)}-${i}.png`).catch(() => {})),
    );
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const harness = (): JourneyHarness => ({
    browserName: 'chromium',
    newTab: async () => playwrightJourneyTab(await browser!.newPage()),
    readVitrine: () => browser!.readVitrine(),
    async openPopup(siteId) {
      const page = await browser!.openPopup({ site: siteId });
      return { read: () => readPopup(page), screenshot: (name) => browser!.screenshot(page, name) };
    },
  });

  describeJourney(BROWNS_JOURNEY, harness);

  it('the fixture shop made no request off its own host', (ctx) => {
    if (requested.length === 0) ctx.skip();
    const elsewhere = requested.filter((url) => new URL(url).origin !== BROWNS_JOURNEY.origin);
    expect(elsewhere).toEqual([]);
  });
});
