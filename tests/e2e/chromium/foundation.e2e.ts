// Foundation journey in Chromium: the built MV3 extension records a shopper's
// page views on the Net-a-Porter fixture and the popup shows them.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, playwrightShopTab, readPopup, type ChromiumSession } from '../support/chromium';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import {
  NAP,
  browseFoundationJourney,
  expectFoundationPopup,
  expectFoundationRecords,
  waitForJourneyRecords,
  waitForPopup,
} from '../support/journey';
import { CHROME_BUILD_DIR, requireBuild } from '../support/paths';

describe('chromium: foundation journey', () => {
  let server: FixtureServer | undefined;
  let browser: ChromiumSession | undefined;
  let journeyRecorded = false;

  beforeAll(async () => {
    requireBuild(CHROME_BUILD_DIR, 'npx wxt build');
    server = await startFixtureServer({ shops: [NAP.siteId] });
    browser = await launchChromium({ extensionDir: CHROME_BUILD_DIR, fixturePort: server.port, hosts: server.hosts });
  });

  afterEach(async (ctx) => {
    if (ctx.task.result?.state !== 'fail' || !browser) return;
    const pages = browser.context.pages();
    await Promise.all(
      pages.map((p, i) => browser!.screenshot(p, `failure-chromium-${ctx.task.name.replace(/\W+/g, '-')}-${i}.png`).catch(() => {})),
    );
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('loads the extension', () => {
    expect(browser!.extensionId).toMatch(/^[a-p]{32}$/);
  });

  it('records home → listing → product → SPA route as 4 page views in one session', async () => {
    const since = Date.now();
    const page = await browser!.newPage();
    await browseFoundationJourney(playwrightShopTab(page));
    const dump = await waitForJourneyRecords(() => browser!.readVitrine());
    expectFoundationRecords(dump, since);
    journeyRecorded = true;
  });

  it('shows the journey in the popup', async (ctx) => {
    if (!journeyRecorded) ctx.skip();
    const popup = await browser!.openPopup({ site: NAP.siteId });
    const state = await waitForPopup(() => readPopup(popup));
    await browser!.screenshot(popup, 'popup-chromium.png');
    expectFoundationPopup(state);
  });
});
