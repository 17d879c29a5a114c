// The shopper's hands for the journey suites: one browser tab driven by
// Playwright (Chromium) or Puppeteer (Firefox over BiDi), with the few gestures
// a journey needs. Every gesture is real input (trusted events), never a
// scripted element.click(), because Vitrine only counts what the shopper did.
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';

export interface JourneyTab {
  /** Navigates and waits for the load event. */
  goto(url: string): Promise<void>;
  /** Clicks; resolves once the click was dispatched (whatever it starts is waited for separately). */
  click(selector: string): Promise<void>;
  /** Clicks a link or button that loads a new document; resolves after its load event. */
  clickToLoad(selector: string): Promise<void>;
  /** Types into a field, replacing what it held. */
  fill(selector: string, value: string): Promise<void>;
  /** Chooses an option of a select by value. */
  select(selector: string, value: string): Promise<void>;
  /** Presses Enter in a field (submits its form); resolves once the key was dispatched. */
  pressEnter(selector: string): Promise<void>;
  /** Presses Enter in a field whose form loads a new document; resolves after its load event. */
  pressEnterToLoad(selector: string): Promise<void>;
  /** Waits until an element matching the selector is in the DOM. */
  waitFor(selector: string): Promise<void>;
  /** Evaluates a JavaScript expression in the page. */
  evaluate<T>(expression: string): Promise<T>;
  url(): Promise<string>;
}

export function playwrightJourneyTab(page: PlaywrightPage): JourneyTab {
  const loadAfter = async (action: () => Promise<void>) => {
    const before = page.url();
    await Promise.all([page.waitForURL((u) => u.href !== before, { waitUntil: 'load' }), action()]);
  };
  return {
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    click: (selector) => page.click(selector),
    clickToLoad: (selector) => loadAfter(() => page.click(selector)),
    fill: (selector, value) => page.fill(selector, value),
    select: async (selector, value) => {
      await page.selectOption(selector, value);
    },
    pressEnter: (selector) => page.press(selector, 'Enter'),
    pressEnterToLoad: (selector) => loadAfter(() => page.press(selector, 'Enter')),
    waitFor: async (selector) => {
      await page.waitForSelector(selector, { state: 'attached' });
    },
    evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
    url: async () => page.url(),
  };
}

export function puppeteerJourneyTab(page: PuppeteerPage): JourneyTab {
  const loadAfter = async (action: () => Promise<void>) => {
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), action()]);
  };
  return {
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    click: (selector) => page.click(selector),
    clickToLoad: (selector) => loadAfter(() => page.click(selector)),
    fill: async (selector, value) => {
      // Puppeteer's type() appends; clear the field first, as a shopper selecting all would.
      await page.$eval(selector, (el) => {
        (el as HTMLInputElement).value = '';
      });
      await page.type(selector, value);
    },
    select: async (selector, value) => {
      await page.select(selector, value);
    },
    pressEnter: async (selector) => {
      await page.focus(selector);
      await page.keyboard.press('Enter');
    },
    pressEnterToLoad: (selector) =>
      loadAfter(async () => {
        await page.focus(selector);
        await page.keyboard.press('Enter');
      }),
    waitFor: async (selector) => {
      await page.waitForSelector(selector);
    },
    evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
    // location.href rather than page.url(), which can lag behind pushState in Firefox over BiDi.
    url: async () => (await page.evaluate('location.href')) as string,
  };
}
