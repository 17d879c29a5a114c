// The Mytheresa fixture (registry site `mytheresa`, tests/fixtures/shops/mytheresa)
// as the friction scenarios see it: its pages, and the few page-side reads the
// scenarios compare Vitrine's records with — when each trusted click landed,
// the browser's own LCP and layout-shift entries, what the fixture's scripts noted.
import { sleep } from '../wait';
import type { FrictionTab } from './friction-tab';

export const MYTHERESA_ORIGIN = 'https://www.mytheresa.com';
export const SITE = 'mytheresa';

export const MT = {
  home: '/us/en/',
  germanyHome: '/de/en/',
  bags: '/us/en/women/bags',
  shoes: '/us/en/women/shoes',
  newArrivals: '/us/en/women/new-arrivals',
  vacationShop: '/us/en/women/vacation-shop',
  puzzle: '/us/en/women/loewe-puzzle-small-leather-shoulder-bag-tan-p00889911',
  margaux: '/us/en/women/the-row-margaux-15-leather-tote-brown-p00766301',
  andiamo: '/us/en/women/bottega-veneta-andiamo-small-intrecciato-leather-tote-black-p00812001',
  lina: '/us/en/women/khaite-lina-leather-ankle-boots-black-p00901234',
  staleProduct: '/us/en/women/gucci-horsebit-1955-mini-shoulder-bag-p00655443',
  search: '/us/en/search',
  forcedLogin: '/us/en/checkout/login',
  shipping: '/us/en/checkout/shipping',
  preferences: '/us/en/account/preferences',
} as const;

export const at = (path: string) => MYTHERESA_ORIGIN + path;

/** Time on a page before the shopper acts: enough for the recorder (document_idle) to be listening. */
export const DWELL_MS = 400;

/** Page-side: the time of every trusted click, kept in the page's own world. */
export const NOTE_CLICKS = String.raw`(() => {
  if (window.__frictionClicks) return;
  const seen = (window.__frictionClicks = []);
  window.addEventListener('click', (e) => { if (e.isTrusted) seen.push(Date.now()); }, { capture: true, passive: true });
})()`;
/** Page-side: the buffered performance entries of a type (LCP and layout shifts are only reachable through an observer). */
export const bufferedEntries = (type: string, map: string) => String.raw`new Promise((resolve) => {
  new PerformanceObserver((list, observer) => { observer.disconnect(); resolve(list.getEntries().map(${map})); })
    .observe({ type: '${type}', buffered: true });
  setTimeout(() => resolve([]), 200);
})`;
export const clickTimes = (tab: FrictionTab) => tab.evaluate<number[]>('window.__frictionClicks || []');
/** What the fixture's own scripts noted (window.mtFixture): when overlays opened and closed, what the tag did. */
export const fixtureNotes = (tab: FrictionTab) => tab.evaluate<Record<string, unknown>>('JSON.parse(JSON.stringify(window.mtFixture || {}))');

/** How far a page-side time may be from the recorder's, which reads the clock in another listener or a later task. */
export const SAME_INSTANT_MS = 60;

export async function arrive(tab: FrictionTab, path: string, ready: string) {
  await tab.goto(at(path));
  await tab.waitFor(ready);
  await sleep(DWELL_MS);
}
