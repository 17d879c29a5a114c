// Friction a shopper meets by acting on a Mytheresa page: a dead button
// hammered, a broken "Load more", a ZIP code rejected, pop-ups on arrival, a
// checkout that insists on an account — and clicks and validation the page
// forges itself, which must store none.
import { expect } from 'vitest';
import { DEAD_CLICK_WINDOW_MS, INTERSTITIAL_MIN_COVERAGE } from '../../../../lib/friction/thresholds';
import { SLOW, pollUntil, sleep } from '../wait';
import type { FrictionScenario } from './friction-suite';
import { MT, NOTE_CLICKS, SAME_INSTANT_MS, SITE, arrive, at, clickTimes, fixtureNotes } from './mytheresa';

export const rageClickOnDeadButton: FrictionScenario = {
  name: 'three quick clicks on a dead "Add to shopping bag" are one rage click and one dead click',
  sites: [SITE],
  async run({ tab, waitForFriction }) {
    await arrive(tab, MT.puzzle, '[data-qa="add-to-bag"]');
    await tab.evaluate(NOTE_CLICKS);
    await tab.clickRepeatedly('[data-qa="add-to-bag"]', 3, 180);
    const clicks = await clickTimes(tab);
    // The dead click is judged 2.5 s after the first click.
    await waitForFriction('rage_click', 'dead_click');
    return { clicks };
  },
  expected: [
    {
      signal: 'rage_click', path: MT.puzzle, pageType: 'product',
      detail: { clicks: 3, target: 'button.add-to-shopping-bag' },
      check: (event, facts) => {
        const [first] = facts.clicks as number[];
        expect(Math.abs(event.t - first), 'rage_click t is the first click').toBeLessThanOrEqual(SAME_INSTANT_MS);
      },
    },
    {
      signal: 'dead_click', path: MT.puzzle, pageType: 'product',
      detail: { target: 'button.add-to-shopping-bag' },
      check: (event, facts) => {
        const [first] = facts.clicks as number[];
        expect(Math.abs(event.t - first), 'dead_click t is the first click').toBeLessThanOrEqual(SAME_INSTANT_MS);
      },
    },
  ],
};

export const deadLoadMore: FrictionScenario = {
  name: 'a "Load more" that loads nothing is a dead click',
  sites: [SITE],
  async run({ tab, waitForFriction }) {
    await arrive(tab, MT.bags, '[data-qa="load-more"]');
    await tab.evaluate(NOTE_CLICKS);
    await tab.click('[data-qa="load-more"]');
    const clicks = await clickTimes(tab);
    await waitForFriction('dead_click');
    return { clicks };
  },
  expected: [
    {
      signal: 'dead_click', path: MT.bags, pageType: 'listing',
      detail: { target: 'button.load-more__button' },
      check: (event, facts) => {
        const [click] = facts.clicks as number[];
        expect(Math.abs(event.t - click), 'dead_click t is the click').toBeLessThanOrEqual(SAME_INSTANT_MS);
      },
    },
  ],
};

export const invalidZipCode: FrictionScenario = {
  name: 'a checkout address rejected for its ZIP code is one form error on one field',
  sites: [SITE],
  async run({ tab, waitForFriction }) {
    await arrive(tab, MT.shipping, '[data-qa="shipping-form"]');
    await tab.fill('#firstName', 'Ada');
    await tab.fill('#lastName', 'Lovelace');
    await tab.fill('#street', '350 Fifth Avenue');
    await tab.fill('#city', 'New York');
    await tab.select('#state', 'NY');
    // A UK postcode in a US ZIP field.
    await tab.fill('#zip', 'SW1A 1AA');
    await tab.fill('#phone', '+1 212 555 0100');
    await tab.evaluate(NOTE_CLICKS);
    await tab.click('[data-qa="continue-to-payment"]');
    await tab.waitFor('#zip[aria-invalid="true"] + #zip-error');
    const clicks = await clickTimes(tab);
    await waitForFriction('form_error');
    return { clicks };
  },
  expected: [
    {
      signal: 'form_error', path: MT.shipping, pageType: 'checkout',
      // The ZIP field turned aria-invalid and got its message: two signs, one field.
      detail: { fields: 1, ariaInvalid: 1, message: 1, invalid: 0, errorClass: 0 },
      check: (event, facts) => {
        const [click] = facts.clicks as number[];
        expect(event.t - click, 'form_error t: right after the click').toBeGreaterThanOrEqual(0);
        expect(event.t - click).toBeLessThan(1_000 * SLOW);
      },
    },
  ],
};

/** An interstitial's `t` is when it was seen open, `dismissedAfterMs` until the shopper's dismissing click. */
function expectDismissTime(event: { t: number; detail?: unknown }, openedAt: number, closedAt: number, detectionLagMs: number) {
  const { dismissedAfterMs } = event.detail as { dismissedAfterMs: number };
  expect(event.t - openedAt, 'interstitial t: when it opened').toBeGreaterThanOrEqual(-SAME_INSTANT_MS);
  expect(event.t - openedAt).toBeLessThanOrEqual(detectionLagMs);
  expect(event.t + dismissedAfterMs - closedAt, 'dismissedAfterMs: until the closing click').toBeGreaterThanOrEqual(-SAME_INSTANT_MS);
  expect(event.t + dismissedAfterMs - closedAt).toBeLessThanOrEqual(SAME_INSTANT_MS);
}

export const newsletterOnArrival: FrictionScenario = {
  name: 'a newsletter modal on arrival, closed after a while, is an interstitial with its time to dismiss',
  sites: [SITE],
  async run({ tab, waitForFriction }) {
    await tab.goto(at(MT.home));
    await tab.waitFor('.newsletter-modal [data-qa="newsletter-close"]');
    await sleep(1_200);
    await tab.click('[data-qa="newsletter-close"]');
    await waitForFriction('interstitial');
    return fixtureNotes(tab);
  },
  expected: [
    {
      signal: 'interstitial', path: MT.home, pageType: 'home',
      detail: { kind: 'newsletter' },
      check: (event, facts) => {
        expect((event.detail as { coverage: number }).coverage).toBeGreaterThanOrEqual(0.95);
        // Inserted into the page: seen in the mutation batch that added it.
        expectDismissTime(event, facts.newsletterOpenedAt as number, facts.newsletterClosedAt as number, 100 * SLOW);
        expect((event.detail as { dismissedAfterMs: number }).dismissedAfterMs).toBeGreaterThanOrEqual(1_000);
      },
    },
  ],
};

export const countrySelectorOnArrival: FrictionScenario = {
  name: 'a country pop-up on the wrong store, dismissed, is a region interstitial',
  sites: [SITE],
  async run({ tab, waitForFriction }) {
    await tab.goto(at(MT.germanyHome));
    await tab.waitFor('#country-selector:not([hidden])');
    await sleep(1_000);
    await tab.click('[data-qa="stay-in-country"]');
    await waitForFriction('interstitial');
    return fixtureNotes(tab);
  },
  expected: [
    {
      signal: 'interstitial', path: MT.germanyHome, pageType: 'home',
      detail: { kind: 'region' },
      check: (event, facts) => {
        expect((event.detail as { coverage: number }).coverage).toBeGreaterThanOrEqual(INTERSTITIAL_MIN_COVERAGE);
        // Shown by un-hiding markup that was there: re-measured at most every 250 ms after its attributes change.
        expectDismissTime(event, facts.countrySelectorOpenedAt as number, facts.countrySelectorClosedAt as number, 250 + 150 * SLOW);
      },
    },
  ],
};

export const forcedLogin: FrictionScenario = {
  name: 'a checkout that asks to sign in with no guest option is a forced login',
  sites: [SITE],
  async run({ tab, waitForFriction }) {
    await arrive(tab, MT.forcedLogin, '[data-qa="login-form"]');
    // Judged once the sign-in step has settled (1.5 s).
    await waitForFriction('forced_login');
    return {};
  },
  expected: [
    {
      signal: 'forced_login', path: MT.forcedLogin, pageType: 'checkout',
      detail: { step: 'login' },
      check: (event, _facts, dump) => {
        const step = dump.events.find((e) => e.type === 'checkout_step' && e.visitId === event.visitId);
        expect(step?.step, 'the checkout step it was judged on').toBe('login');
        expect(event.t, 'forced_login t: when the sign-in step was reached').toBe(step?.t);
      },
    },
  ],
};

export const forgedByThePage: FrictionScenario = {
  name: 'clicks and validation forged by the page (dispatchEvent, element.click(), reportValidity()) store no friction',
  sites: [SITE],
  async run({ tab }) {
    await arrive(tab, MT.bags, '[data-qa="account-link"]');
    await tab.clickToLoad('[data-qa="account-link"]');
    await tab.waitFor('[data-qa="preferences-form"]');
    const tag = await pollUntil(
      () => tab.evaluate<string[]>("JSON.parse(sessionStorage.getItem('mt-experiment-tag') || '[]')"),
      (log) => log.includes('form.reportValidity()'),
      { timeoutMs: 10_000 * SLOW, what: 'the tag to have clicked and validated' },
    );
    expect(tag, 'what the tag did').toEqual([...Array(4).fill('dispatchEvent click'), ...Array(4).fill('element.click()'), 'form.reportValidity()']);
    // Long enough for the first forged click to have been judged, were it counted.
    await sleep(DEAD_CLICK_WINDOW_MS + 300);
    return { tag };
  },
  expected: [],
};
