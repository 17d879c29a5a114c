// Friction in Chromium: the built MV3 extension on the Mytheresa fixture
// (registry site `mytheresa`) records each kind of friction a shopper can meet
// there — rage and dead clicks, a u-turn, a form error, newsletter and country
// pop-ups, a forced login, a slow page, a layout shift, an error page, a
// zero-result search, a sold-out product — exactly once, and none for a calm
// journey (Mytheresa and Browns) or for clicks, validation and a Back that the
// page forges itself.
import { afterAll, beforeAll, describe } from 'vitest';
import { launchChromium, type ChromiumSession } from '../support/chromium';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { calmJourney } from '../support/friction/calm-journey';
import { describeFriction, type FrictionHarness } from '../support/friction/friction-suite';
import { playwrightFrictionTab } from '../support/friction/friction-tab';
import {
  countrySelectorOnArrival,
  deadLoadMore,
  forcedLogin,
  forgedByThePage,
  invalidZipCode,
  newsletterOnArrival,
  rageClickOnDeadButton,
} from '../support/friction/interaction-scenarios';
import {
  lateBanner,
  quickBack,
  scriptedBack,
  slowHeroImage,
  soldOutProduct,
  staleLink,
  zeroResultSearch,
} from '../support/friction/navigation-scenarios';
import { CHROME_BUILD_DIR, requireBuild } from '../support/paths';

describe('chromium: friction', () => {
  let server: FixtureServer | undefined;
  let browser: ChromiumSession | undefined;

  beforeAll(async () => {
    requireBuild(CHROME_BUILD_DIR, 'npx wxt build');
    server = await startFixtureServer({ shops: ['mytheresa', 'browns'] });
    browser = await launchChromium({ extensionDir: CHROME_BUILD_DIR, fixturePort: server.port, hosts: server.hosts });
    // Open the database reader's tab now: opened mid-scenario, it would hide the shop's tab
    // (Firefox activates new tabs), and a hidden tab rightly drops the click being judged.
    await browser.readVitrine();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const harness = (): FrictionHarness => ({
    browserName: 'chromium',
    newTab: async () => playwrightFrictionTab(await browser!.newPage()),
    readVitrine: () => browser!.readVitrine(),
  });

  // One search only, so that no search is a refinement of another; the calm journey last.
  describeFriction(
    'friction on the Mytheresa fixture',
    [
      rageClickOnDeadButton,
      deadLoadMore,
      quickBack,
      invalidZipCode,
      newsletterOnArrival,
      countrySelectorOnArrival,
      forcedLogin,
      slowHeroImage,
      lateBanner,
      staleLink,
      zeroResultSearch,
      soldOutProduct,
      forgedByThePage,
      scriptedBack,
      calmJourney,
    ],
    harness,
  );
});
