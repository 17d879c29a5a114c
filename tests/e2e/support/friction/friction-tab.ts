// The shopper's hands for the friction suites: the journey tab's gestures plus
// the ones friction needs — hammering a button, double-clicking an image, the
// browser's Back button, and leaving the page (so it is hidden and unloads,
// which is when web vitals and still-open overlays are reported). Every
// gesture is real input (trusted events), never a scripted element.click().
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { sleep } from '../wait';
import { playwrightJourneyTab, puppeteerJourneyTab, type JourneyTab } from '../journeys/tab';

export interface FrictionTab extends JourneyTab {
  /** Clicks the element's centre `times` times, `gapMs` apart, without moving the mouse. */
  clickRepeatedly(selector: string, times: number, gapMs: number): Promise<void>;
  /** Double-clicks the element's centre. */
  doubleClick(selector: string): Promise<void>;
  /** The browser's Back button; resolves once the page before has loaded (or was restored). */
  goBack(): Promise<void>;
  /** Goes to about:blank: the page is hidden and unloads. */
  leave(): Promise<void>;
  close(): Promise<void>;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function centreOf(box: Box | null, selector: string): { x: number; y: number } {
  if (!box) throw new Error(`${selector} has no box to click`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

export function playwrightFrictionTab(page: PlaywrightPage): FrictionTab {
  return {
    ...playwrightJourneyTab(page),
    async clickRepeatedly(selector, times, gapMs) {
      const locator = page.locator(selector);
      await locator.scrollIntoViewIfNeeded();
      const { x, y } = centreOf(await locator.boundingBox(), selector);
      await page.mouse.move(x, y);
      for (let i = 0; i < times; i += 1) {
        if (i > 0) await sleep(gapMs);
        await page.mouse.click(x, y);
      }
    },
    doubleClick: (selector) => page.dblclick(selector),
    async goBack() {
      await page.goBack({ waitUntil: 'load' });
    },
    async leave() {
      await page.goto('about:blank');
    },
    close: () => page.close(),
  };
}

export function puppeteerFrictionTab(page: PuppeteerPage): FrictionTab {
  return {
    ...puppeteerJourneyTab(page),
    async clickRepeatedly(selector, times, gapMs) {
      const handle = await page.waitForSelector(selector);
      if (!handle) throw new Error(`${selector} not found`);
      // ElementHandle.scrollIntoView() centres even a visible element: a scroll the page would see as an answer.
      if (!(await handle.isIntersectingViewport({ threshold: 1 }))) {
        await handle.scrollIntoView();
        await sleep(100);
      }
      const { x, y } = centreOf(await handle.boundingBox(), selector);
      await page.mouse.move(x, y);
      for (let i = 0; i < times; i += 1) {
        if (i > 0) await sleep(gapMs);
        await page.mouse.click(x, y);
      }
    },
    doubleClick: (selector) => page.click(selector, { count: 2 }),
    async goBack() {
      await page.goBack({ waitUntil: 'load' });
    },
    async leave() {
      await page.goto('about:blank');
    },
    close: () => page.close(),
  };
}
