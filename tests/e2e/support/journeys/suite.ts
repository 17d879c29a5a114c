// The journey suite both browsers run: one shopper's journey through a fixture
// shop, then one test per thing Vitrine must have got right, so a failure
// names the behaviour that broke (and the others still report). The browser
// files supply a JourneyHarness for their driver.
import { describe, expect, it } from 'vitest';
import type { VitrineDump } from '../db';
import type { PopupState } from '../journey';
import { SLOW, pollUntil } from '../wait';
import {
  expectCheckoutSteps,
  expectEventDetails,
  expectEventSequence,
  expectEventTimes,
  expectSession,
  expectVisits,
} from './expectations';
import { browseJourney, journeyEvents, readJourneyRecords, TIME_TOLERANCE_MS, type Journey, type StepRun } from './model';
import type { JourneyTab } from './tab';

export interface JourneyHarness {
  browserName: 'chromium' | 'firefox';
  newTab(): Promise<JourneyTab>;
  readVitrine(): Promise<VitrineDump>;
  /** Opens the popup on `?site=<siteId>` and returns a reader of what it shows and a screenshot taker. */
  openPopup(siteId: string): Promise<{ read(): Promise<PopupState>; screenshot(name: string): Promise<string> }>;
}

export function describeJourney(journey: Journey, harness: () => JourneyHarness): void {
  describe(`${journey.siteName} journey`, () => {
    let runs: StepRun[] | undefined;
    let dump: VitrineDump | undefined;
    const recorded = (skip: () => void) => {
      if (!runs || !dump) skip();
      return { runs: runs!, dump: dump! };
    };

    it(`a shopper browses from the home page to an order confirmation (${journey.steps.length} steps)`, async () => {
      const tab = await harness().newTab();
      runs = await browseJourney(tab, journey);
      dump = await readJourneyRecords(() => harness().readVitrine(), journey);
      expect(journeyEvents(dump, journey.siteId).length, 'events recorded for the site').toBeGreaterThan(0);
    });

    it('records the events in order, each with its page type', (ctx) => {
      const { dump } = recorded(() => ctx.skip());
      expectEventSequence(dump, journey);
    });

    it('records the zero-result search and the refined one with their queries and result counts', (ctx) => {
      const { dump } = recorded(() => ctx.skip());
      expectEventDetails(dump, journey, ['search']);
    });

    it('records each page view, the product, the bag add and the order with their details', (ctx) => {
      const { dump } = recorded(() => ctx.skip());
      expectEventDetails(dump, journey, ['page_view', 'product_view', 'bag_add', 'order_complete']);
    });

    it('records every checkout step once, in order, with its visible field count', (ctx) => {
      const { dump } = recorded(() => ctx.skip());
      expectCheckoutSteps(dump, journey);
    });

    it(`times every event at the shopper action that caused it (±${TIME_TOLERANCE_MS} ms; a page load at its navigation start)`, (ctx) => {
      const { dump, runs } = recorded(() => ctx.skip());
      expectEventTimes(dump, journey, runs);
    });

    it('gives each page view its own visit, and every other event the visit of its page', (ctx) => {
      const { dump } = recorded(() => ctx.skip());
      expectVisits(dump, journey);
    });

    it("keeps one session with the journey's milestones and counts", (ctx) => {
      const { dump, runs } = recorded(() => ctx.skip());
      expectSession(dump, journey, runs);
    });

    it('shows the journey in the popup', async (ctx) => {
      const { dump } = recorded(() => ctx.skip());
      const { browserName } = harness();
      const popup = await harness().openPopup(journey.siteId);
      const pages = journeyEvents(dump, journey.siteId).filter((e) => e.type === 'page_view').length;
      const state = await pollUntil(popup.read, (s) => s.siteName !== '' && s.items.length >= pages, {
        timeoutMs: 10_000 * SLOW,
        what: `the popup to show ${pages} timeline items`,
      });
      await popup.screenshot(`popup-journey-${journey.siteId}-${browserName}.png`);
      expect(state.siteName).toBe(journey.siteName);
      expect(state.items).toHaveLength(pages);
    });
  });
}
