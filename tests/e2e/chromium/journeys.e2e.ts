// Journey detection in Chromium: the built MV3 extension follows a shopper
// from the home page through a zero-result search, a refined search, a
// listing, a product, the bag and every checkout step to the order, on the
// Net-a-Porter SPA fixture, the Saint Laurent (SFCC, French) fixture and the
// Browns (Shopify) fixture — one browser, one fixture server for all three.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, readPopup, type ChromiumSession } from '../support/chromium';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { NAP_JOURNEY } from '../support/journeys/nap';
import { SAINT_LAURENT_JOURNEY } from '../support/journeys/saint-laurent';
import { BROWNS_JOURNEY } from '../support/journeys/browns';
import { describeJourney, type JourneyHarness } from '../support/journeys/suite';
import { playwrightJourneyTab } from '../support/journeys/tab';
import { CHROME_BUILD_DIR, requireBuild } from '../support/paths';

describe('chromium: journey detection', () => {
  let server: FixtureServer | undefined;
  let browser: ChromiumSession | undefined;
  const journeys = [NAP_JOURNEY, SAINT_LAURENT_JOURNEY, BROWNS_JOURNEY];
  /** Every http(s) request a shop page made, to prove the fixtures stay on their own hosts. */
  const requested: string[] = [];

  beforeAll(async () => {
    requireBuild(CHROME_BUILD_DIR, 'npx wxt build');
    server = await startFixtureServer({ shops: journeys.map((j) => j.siteId) });
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

  for (const journey of journeys) describeJourney(journey, harness);

  it('the fixture shops made no request off their own hosts', (ctx) => {
    if (requested.length === 0) ctx.skip();
    const origins = new Set(journeys.map((j) => j.origin));
    expect(requested.filter((url) => !origins.has(new URL(url).origin))).toEqual([]);
  });
});
