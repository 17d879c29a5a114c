// A careful shopper meets no friction: on Mytheresa she picks a size, changes
// her mind, flips through all six photos with the arrow, zooms into one with a
// double-click and out again, downloads the care guide, opens and closes the
// size guide, adds the boots to the bag and checks out as a guest as far as
// payment; then on Browns she puts a tote in her cart without searching. Controls clicked
// again and again on purpose, a download, a dialog she opened herself and a
// sign-in step with a guest option are none of them friction.
//
// Pages here are small (SVG images, no web fonts): their LCP is a few hundred
// milliseconds, far from 2.5 s even on a loaded two-core machine, and nothing
// moves once painted, so vitals stay under their thresholds.
import { DEAD_CLICK_WINDOW_MS } from '../../../../lib/friction/thresholds';
import { BROWNS_JOURNEY } from '../journeys/browns';
import { browseJourney } from '../journeys/model';
import { sleep } from '../wait';
import type { FrictionScenario } from './friction-suite';
import { MT, MYTHERESA_ORIGIN } from './mytheresa';

/**
 * Browns from the home page to "Add to cart", without the searches (a zero-result one is friction).
 * Not the cart and checkout: the fixture's theme.js removes the other steps' markup after the
 * page may have been painted, a real layout shift of up to 0.9 when the first paint wins the race
 * (why the journey suites leave layout_shift out of their plans).
 */
const BROWNS_TO_ADD_TO_CART = {
  ...BROWNS_JOURNEY,
  steps: BROWNS_JOURNEY.steps
    .slice(0, BROWNS_JOURNEY.steps.findIndex((step) => step.records.some((r) => r.type === 'page_view' && r.pageType === 'bag')))
    .filter((step) => !step.records.some((r) => r.type === 'search')),
};

/** Long enough for a click that changed nothing to be judged dead: the next click would otherwise drop it. */
const JUDGED_MS = DEAD_CLICK_WINDOW_MS + 300;
const PAUSE_MS = 400;

export const calmJourney: FrictionScenario = {
  name: 'a careful journey on two shops, with sizes, arrows, zoom, a download and a size guide, stores no friction',
  sites: ['mytheresa', 'browns'],
  async run({ tab }) {
    await tab.goto(`${MYTHERESA_ORIGIN}${MT.shoes}`);
    await tab.waitFor('[data-qa="product-lina"]');
    await sleep(PAUSE_MS);
    await tab.clickToLoad('[data-qa="product-lina"] a');
    await tab.waitFor('[data-qa="add-to-bag"]');
    await sleep(PAUSE_MS);

    // Sizes: IT 37, then IT 38 after all.
    await tab.click('[data-qa="size-IT-37"]');
    await sleep(PAUSE_MS);
    await tab.click('[data-qa="size-IT-38"]');
    await tab.waitFor('[data-qa="size-IT-38"][aria-pressed="true"]');
    await sleep(PAUSE_MS);

    // The next-photo arrow, five times in a row, to the sixth photo.
    await tab.clickRepeatedly('[data-qa="gallery-next"]', 5, 200);
    await tab.waitFor('.gallery__slide:last-child[aria-hidden="false"]');
    await sleep(PAUSE_MS);

    // Double-click to zoom in, and again to zoom out: four clicks on one spot within a second.
    const photo = '.gallery__slide[aria-hidden="false"] img';
    await tab.doubleClick(photo);
    await tab.waitFor(`${photo}.is-zoomed`);
    await sleep(250);
    await tab.doubleClick(photo);
    await tab.waitFor(`${photo}:not(.is-zoomed)`);
    await sleep(PAUSE_MS);

    // The care guide downloads; the page rightly stays as it was.
    await tab.click('[data-qa="care-guide"]');
    await sleep(JUDGED_MS);

    // The size guide, opened and closed by the shopper.
    await tab.click('[data-qa="size-guide"]');
    await tab.waitFor('#size-guide:not([hidden])');
    await sleep(800);
    await tab.click('[data-qa="size-guide-close"]');
    await tab.waitFor('#size-guide[hidden]');
    await sleep(PAUSE_MS);

    await tab.click('[data-qa="add-to-bag"]');
    await tab.waitFor('[data-qa="view-bag"]');
    await sleep(PAUSE_MS);
    await tab.clickToLoad('[data-qa="view-bag"]');
    await tab.waitFor('[data-bag-line]');
    await sleep(PAUSE_MS);

    // The sign-in step offers a guest checkout: judged 1.5 s after the step, and not forced.
    await tab.clickToLoad('[data-qa="proceed-to-checkout"]');
    await tab.waitFor('[data-qa="continue-as-guest"]');
    await sleep(1_800);
    await tab.clickToLoad('[data-qa="continue-as-guest"]');
    await tab.waitFor('[data-qa="shipping-form"]');
    await tab.fill('#firstName', 'Ada');
    await tab.fill('#lastName', 'Lovelace');
    await tab.fill('#street', '350 Fifth Avenue');
    await tab.fill('#city', 'New York');
    await tab.select('#state', 'NY');
    await tab.fill('#zip', '10118');
    await tab.fill('#phone', '+1 212 555 0100');
    await tab.clickToLoad('[data-qa="continue-to-payment"]');
    await tab.waitFor('#payment-form');
    await sleep(PAUSE_MS);

    await browseJourney(tab, BROWNS_TO_ADD_TO_CART);
    return {};
  },
  expected: [],
};
