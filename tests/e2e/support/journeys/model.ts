// A shopper's journey as data: the steps taken on a fixture shop and, for each,
// the events Vitrine must record for it. The runner performs the steps in a
// JourneyTab and notes when each action happened (`at`, taken right before the
// click or key press, the way the recorder times what the shopper did).
import type { StoredEvent, VitrineDump } from '../db';
import { SLOW, sleep } from '../wait';
import type { JourneyTab } from './tab';

export type PageType = 'home' | 'listing' | 'search' | 'product' | 'bag' | 'checkout' | 'confirmation' | 'account' | 'content' | 'error' | 'other';
export type CheckoutStep = 'login' | 'shipping' | 'delivery' | 'payment' | 'review';

export type ExpectedEvent =
  | { type: 'page_view'; nav: 'load' | 'spa'; pageType: PageType; path: string; title: string }
  | { type: 'search'; query: string; resultCount: number | null; zeroResults: boolean }
  | {
      type: 'product_view';
      productId: string;
      name: string;
      brand: string;
      price: number;
      currency: string;
      inStock: boolean;
    }
  | { type: 'bag_add'; productId: string | null }
  | { type: 'checkout_step'; step: CheckoutStep; fieldCount: number }
  | { type: 'order_complete' }
  /** Friction the journey shows (DESIGN §5), e.g. `zero_results` on a search that found nothing. */
  | { type: 'friction'; signal: string };

export interface JourneyStep {
  /** What the shopper does, e.g. `searches "glitter tote"`. */
  name: string;
  /** What comes before the action and must not be timed: typing, filling a form. */
  prepare?: (tab: JourneyTab) => Promise<void>;
  /** The one action that causes the step's events; `at` is taken right before it. */
  act: (tab: JourneyTab) => Promise<void>;
  /** Waits until the page shows what the action did. */
  settle: (tab: JourneyTab) => Promise<void>;
  /** True when the action loads a new document: its page_view `t` must be the navigation start. */
  load?: boolean;
  /** The events this step must record, in order. */
  records: ExpectedEvent[];
}

export interface Journey {
  siteId: string;
  siteName: string;
  /** `https://<canonical host>` */
  origin: string;
  steps: JourneyStep[];
}

/** What happened when a step was performed. */
export interface StepRun {
  step: JourneyStep;
  index: number;
  /** Epoch ms, right before the step's action. */
  at: number;
  /**
   * When the page saw the action: the first trusted click or Enter at or after
   * `at`, read in the page (null when the action unloaded it). `at` also
   * carries the driver's latency (scrolling, actionability checks).
   */
  actedAt: number | null;
  /** performance.timeOrigin of the document the step loaded (load steps only). */
  navigationStart: number | null;
}

/** An expected event with the step that causes it. */
export interface PlannedEvent {
  expected: ExpectedEvent;
  stepIndex: number;
  /** The page type the event must carry: its own for a page_view, else the page it happened on. */
  pageType: PageType;
}

/** Time on each page before the next action, as a shopper would take (and the recorder's 300 ms title settle needs). */
export const DWELL_MS = 450;
/** How far an event's `t` may be from the action that caused it. */
export const TIME_TOLERANCE_MS = 100;

/** Page-side: notes the time of every trusted click, submit and Enter, once per document. */
const WATCH_ACTIONS = String.raw`(() => {
  if (window.__journeyActions) return;
  const seen = (window.__journeyActions = []);
  const note = (e) => { if (e.isTrusted && (e.type !== 'keydown' || e.key === 'Enter')) seen.push(Date.now()); };
  for (const type of ['click', 'submit', 'keydown']) window.addEventListener(type, note, { capture: true, passive: true });
})()`;
const FIRST_ACTION_SINCE = String.raw`((since) => (window.__journeyActions || []).find((t) => t >= since) ?? null)`;

export async function browseJourney(tab: JourneyTab, journey: Journey): Promise<StepRun[]> {
  const runs: StepRun[] = [];
  for (const [index, step] of journey.steps.entries()) {
    try {
      await step.prepare?.(tab);
      await tab.evaluate(WATCH_ACTIONS);
      const at = Date.now();
      await step.act(tab);
      await step.settle(tab);
      const navigationStart = step.load ? await tab.evaluate<number>('performance.timeOrigin') : null;
      const actedAt = step.load ? null : await tab.evaluate<number | null>(`${FIRST_ACTION_SINCE}(${at})`);
      runs.push({ step, index, at, actedAt, navigationStart });
    } catch (error) {
      throw new Error(`Step ${index + 1} "${step.name}" failed at ${await tab.url().catch(() => '?')}: ${String(error)}`);
    }
    await sleep(DWELL_MS);
  }
  return runs;
}

export function plannedEvents(journey: Journey): PlannedEvent[] {
  const planned: PlannedEvent[] = [];
  let pageType: PageType = 'other';
  journey.steps.forEach((step, stepIndex) => {
    for (const expected of step.records) {
      if (expected.type === 'page_view') pageType = expected.pageType;
      planned.push({ expected, stepIndex, pageType });
    }
  });
  return planned;
}

/** At one instant: the page view first, then what happened on it, then the friction that showed. */
const TYPE_RANK: Record<string, number> = { page_view: 0, friction: 2 };

/**
 * Signals that depend on how fast the machine is (web vitals against their
 * thresholds): a journey plan cannot expect them, so they are left out of it.
 */
export const MACHINE_DEPENDENT_SIGNALS: ReadonlySet<string> = new Set(['slow_page', 'slow_interaction', 'layout_shift']);

/** Events a journey plan speaks about: all but vitals, ratings and machine-dependent friction. */
export function isJourneyEvent(e: StoredEvent): boolean {
  if (e.type === 'vital' || e.type === 'rating') return false;
  return !(e.type === 'friction' && MACHINE_DEPENDENT_SIGNALS.has(String(e.signal)));
}

/** Every event the site stored, in journey order: by time, a page view before what happened on it at the same instant. */
export function siteEvents(dump: VitrineDump, siteId: string): StoredEvent[] {
  return dump.events
    .filter((e) => e.siteId === siteId)
    .sort((a, b) => a.t - b.t || (TYPE_RANK[a.type] ?? 1) - (TYPE_RANK[b.type] ?? 1));
}

/** The site's events that the journey plan speaks about, in journey order. */
export function journeyEvents(dump: VitrineDump, siteId: string): StoredEvent[] {
  return siteEvents(dump, siteId).filter(isJourneyEvent);
}

/**
 * Polls the database until the journey looks complete (as many events as
 * planned and an order in the session), then waits a little more so late
 * duplicates would show, and returns the final dump. It never throws on a short
 * journey: the assertions say what is missing.
 */
export async function readJourneyRecords(read: () => Promise<VitrineDump>, journey: Journey): Promise<VitrineDump> {
  const planned = plannedEvents(journey).length;
  const deadline = Date.now() + 10_000 * SLOW;
  for (;;) {
    const dump = await read().catch(() => null);
    const session = dump?.sessions.find((s) => s.siteId === journey.siteId);
    const complete = dump && journeyEvents(dump, journey.siteId).length >= planned && session?.orderAt;
    if (complete || Date.now() > deadline) break;
    await sleep(250);
  }
  await sleep(1_000);
  const dump = await read();
  if (process.env.VITRINE_E2E_DEBUG === '1') console.log(JSON.stringify(journeyEvents(dump, journey.siteId), null, 1));
  return dump;
}

/** Waits for the SPA fixture to have rendered `path` (`<html data-rendered-route>`). */
export const renderedRoute = (path: string) => (tab: JourneyTab) => tab.waitFor(`html[data-rendered-route="${path}"]`);
export const visible = (selector: string) => (tab: JourneyTab) => tab.waitFor(selector);
