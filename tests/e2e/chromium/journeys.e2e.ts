// Journey detection in Chromium: the built MV3 extension follows a shopper
// from the home page through a zero-result search, a refined search, a
// listing, a product, the bag and every checkout step to the order, on the
// Net-a-Porter SPA fixture and the Saint Laurent (SFCC, French) fixture.
import { afterAll, afterEach, beforeAll, describe } from 'vitest';
import { launchChromium, readPopup, type ChromiumSession } from '../support/chromium';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { NAP_JOURNEY } from '../support/journeys/nap';
import { SAINT_LAURENT_JOURNEY } from '../support/journeys/saint-laurent';
import { describeJourney, type JourneyHarness } from '../support/journeys/suite';
import { playwrightJourneyTab } from '../support/journeys/tab';
import { CHROME_BUILD_DIR, requireBuild } from '../support/paths';

describe('chromium: journey detection', () => {
  let server: FixtureServer | undefined;
  let browser: ChromiumSession | undefined;

  beforeAll(async () => {
    requireBuild(CHROME_BUILD_DIR, 'npx wxt build');
    server = await startFixtureServer({ shops: [NAP_JOURNEY.siteId, SAINT_LAURENT_JOURNEY.siteId] });
    browser = await launchChromium({ extensionDir: CHROME_BUILD_DIR, fixturePort: server.port, hosts: server.hosts });
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

  describeJourney(NAP_JOURNEY, harness);
  describeJourney(SAINT_LAURENT_JOURNEY, harness);
});
