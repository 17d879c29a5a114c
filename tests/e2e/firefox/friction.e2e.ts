// Friction in Firefox: the built MV2 extension on the Mytheresa fixture
// (registry site `mytheresa`) records a zero-result search, a rage click on a
// dead button (with its dead click), and newsletter and country pop-ups as
// interstitials, exactly once each; clicks and validation the page forges
// store none. Chromium's suite covers every signal; this one checks that the
// page-side detectors and trusted-input rules hold in Gecko too.
import { afterAll, beforeAll, describe } from 'vitest';
import { launchFirefox, type FirefoxSession } from '../support/firefox';
import { startConnectProxy, startFixtureServer, type ConnectProxy, type FixtureServer } from '../support/fixture-server';
import { describeFriction, type FrictionHarness } from '../support/friction/friction-suite';
import { puppeteerFrictionTab } from '../support/friction/friction-tab';
import { countrySelectorOnArrival, forgedByThePage, newsletterOnArrival, rageClickOnDeadButton } from '../support/friction/interaction-scenarios';
import { zeroResultSearch } from '../support/friction/navigation-scenarios';
import { FIREFOX_BUILD_DIR, requireBuild } from '../support/paths';

describe('firefox: friction', () => {
  let server: FixtureServer | undefined;
  let proxy: ConnectProxy | undefined;
  let browser: FirefoxSession | undefined;

  beforeAll(async () => {
    requireBuild(FIREFOX_BUILD_DIR, 'npx wxt build -b firefox');
    server = await startFixtureServer({ shops: ['mytheresa'] });
    proxy = await startConnectProxy({ targetPort: server.port, hosts: server.hosts });
    browser = await launchFirefox({ extensionDir: FIREFOX_BUILD_DIR, proxyPort: proxy.port });
    // Open the database reader's tab now: opened mid-scenario, it would hide the shop's tab
    // (Firefox activates new tabs), and a hidden tab rightly drops the click being judged.
    await browser.readVitrine();
  });

  afterAll(async () => {
    await browser?.close();
    await proxy?.close();
    await server?.close();
  });

  const harness = (): FrictionHarness => ({
    browserName: 'firefox',
    newTab: async () => puppeteerFrictionTab(await browser!.newPage()),
    readVitrine: () => browser!.readVitrine(),
  });

  describeFriction(
    'friction on the Mytheresa fixture',
    [rageClickOnDeadButton, zeroResultSearch, newsletterOnArrival, countrySelectorOnArrival, forgedByThePage],
    harness,
  );
});
