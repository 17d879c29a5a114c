// What a journey must have left in Vitrine's database, checked against the
// journey's plan: the events in order with their page types and details, the
// checkout steps with their field counts, the time of each event against the
// shopper's action, and the session's milestones and counts. Failures print the
// recorded journey as a table, so a broken run says what Vitrine saw.
import { expect } from 'vitest';
import type { StoredSession, VitrineDump } from '../db';
import { MACHINE_DEPENDENT_SIGNALS, TIME_TOLERANCE_MS, journeyEvents, plannedEvents, siteEvents, type ExpectedEvent, type Journey, type PlannedEvent, type StepRun } from './model';
import { alignEvents, detail, kind, recordedTable } from './recorded-journey';

export function expectEventSequence(dump: VitrineDump, journey: Journey): void {
  const actual = journeyEvents(dump, journey.siteId);
  const expected = plannedEvents(journey).map((p) => kind(p.expected, p.pageType));
  expect(actual.map((e) => kind(e, e.pageType)), `recorded journey:\n${recordedTable(actual)}\n`).toEqual(expected);
}

/** What a stored event must hold for the planned one (field names of DESIGN §3). */
function expectedFields(p: PlannedEvent, origin: string): Record<string, unknown> {
  if (p.expected.type === 'page_view') {
    const { path, ...fields } = p.expected;
    return { ...fields, url: origin + path };
  }
  const fields: ExpectedEvent = p.expected;
  return { ...fields, pageType: p.pageType };
}

export function expectEventDetails(dump: VitrineDump, journey: Journey, types?: readonly string[]): void {
  const actual = journeyEvents(dump, journey.siteId);
  const pairs = alignEvents(plannedEvents(journey), actual).filter((p) => !types || types.includes(p.planned.expected.type));
  const table = `recorded journey:\n${recordedTable(actual)}\n`;
  for (const { planned, actual: event } of pairs) {
    const step = journey.steps[planned.stepIndex].name;
    expect(event, `no ${planned.expected.type} recorded for step "${step}"; ${table}`).toBeDefined();
    expect(event, `${planned.expected.type} of step "${step}"; ${table}`).toMatchObject(expectedFields(planned, journey.origin));
  }
}

/** Checkout steps in the order recorded, each with its visible field count. */
export function expectCheckoutSteps(dump: VitrineDump, journey: Journey): void {
  const actual = journeyEvents(dump, journey.siteId);
  const steps = actual.filter((e) => e.type === 'checkout_step').map((e) => ({ step: e.step, fieldCount: e.fieldCount }));
  const planned = plannedEvents(journey)
    .map((p) => p.expected)
    .filter((e) => e.type === 'checkout_step')
    .map((e) => ({ step: e.step, fieldCount: e.fieldCount }));
  expect(steps, `recorded journey:\n${recordedTable(actual)}\n`).toEqual(planned);
}

/**
 * When a step's events must be: a page load's at that document's navigation
 * start (what Vitrine records for a load, to the millisecond); anything else
 * within TIME_TOLERANCE_MS of the action as the page saw it (its trusted
 * event), else of `at`, taken in the test right before the driver acted. The
 * two differ by the driver's latency (scrolling, actionability checks), which
 * reaches 200 ms on a busy two-core machine.
 */
export function referenceTime(run: StepRun): { t: number; tolerance: number; what: string } {
  if (run.navigationStart !== null) return { t: run.navigationStart, tolerance: 1, what: "the document's navigation start" };
  if (run.actedAt !== null) return { t: run.actedAt, tolerance: TIME_TOLERANCE_MS, what: `the shopper's action (page-side; +${run.actedAt - run.at} ms after the test's)` };
  return { t: run.at, tolerance: TIME_TOLERANCE_MS, what: "the shopper's action" };
}

/** A load the step's action started, not some other one: its navigation began after the action, and soon. */
const LOAD_START_MAX_MS = 2_000;

export function expectEventTimes(dump: VitrineDump, journey: Journey, runs: StepRun[]): void {
  const actual = journeyEvents(dump, journey.siteId);
  const off: string[] = [];
  for (const run of runs) {
    if (run.navigationStart === null) continue;
    const lag = run.navigationStart - run.at;
    if (lag < -1 || lag > LOAD_START_MAX_MS) off.push(`step ${run.index + 1} "${run.step.name}": its document's navigation started ${lag} ms after the action`);
  }
  for (const { planned, actual: event } of alignEvents(plannedEvents(journey), actual)) {
    const run = runs[planned.stepIndex];
    if (!event || !run) continue;
    const ref = referenceTime(run);
    const delta = event.t - ref.t;
    if (Math.abs(delta) > ref.tolerance) {
      off.push(`step ${planned.stepIndex + 1} "${run.step.name}": ${kind(event, event.pageType)} ${detail(event)} is ${delta >= 0 ? '+' : ''}${delta} ms from ${ref.what}`);
    }
  }
  expect(off, `events off their time (${TIME_TOLERANCE_MS} ms from an action, 1 ms from a load's navigation start):\n${off.join('\n')}\n` +
    `recorded journey:\n${recordedTable(actual)}\n`).toEqual([]);
}

/** Page views start visits; everything else belongs to the visit of the page it happened on. */
export function expectVisits(dump: VitrineDump, journey: Journey): void {
  const actual = journeyEvents(dump, journey.siteId);
  const views = actual.filter((e) => e.type === 'page_view');
  expect(new Set(views.map((e) => e.visitId)).size, 'one visitId per page view').toBe(views.length);
  let visitId: string | undefined;
  for (const event of actual) {
    if (event.type === 'page_view') visitId = event.visitId;
    else expect(event.visitId, `${kind(event, event.pageType)} ${detail(event)} belongs to the visit of the page before it`).toBe(visitId);
  }
  const all = siteEvents(dump, journey.siteId);
  expect(new Set(all.map((e) => e.tabId)).size, 'one tab did the whole journey').toBe(1);
  expect(new Set(all.map((e) => e.id)).size, 'event ids are unique').toBe(all.length);
}

function firstRun(journey: Journey, runs: StepRun[], type: string): StepRun | null {
  const p = plannedEvents(journey).find((e) => e.expected.type === type);
  return p ? runs[p.stepIndex] : null;
}

export function expectSession(dump: VitrineDump, journey: Journey, runs: StepRun[]): StoredSession {
  const sessions = dump.sessions.filter((s) => s.siteId === journey.siteId);
  expect(sessions, 'exactly one session for the site').toHaveLength(1);
  const [session] = sessions;
  const actual = journeyEvents(dump, journey.siteId);
  for (const event of actual) expect(event.sessionId).toBe(session.id);

  const planned = plannedEvents(journey).map((p) => p.expected);
  const count = (type: string) => planned.filter((e) => e.type === type).length;
  const friction: Record<string, number> = {};
  for (const e of planned) if (e.type === 'friction') friction[e.signal] = (friction[e.signal] ?? 0) + 1;
  const recordedFriction = Object.fromEntries(
    Object.entries((session.counts?.friction ?? {}) as Record<string, number>).filter(([signal]) => !MACHINE_DEPENDENT_SIGNALS.has(signal)),
  );
  expect(recordedFriction, 'friction counts (machine-dependent signals aside)').toEqual(friction);
  expect(session).toMatchObject({
    siteId: journey.siteId,
    siteName: journey.siteName,
    status: 'active',
    counts: {
      // Every stored event counts, vitals and friction included.
      events: siteEvents(dump, journey.siteId).length,
      pages: count('page_view'),
      searches: count('search'),
      zeroResultSearches: planned.filter((e) => e.type === 'search' && e.zeroResults).length,
      products: count('product_view'),
      bagAdds: count('bag_add'),
      checkoutSteps: count('checkout_step'),
    },
  });

  // Each milestone is the time of its first event, which is the time of the shopper's action.
  const milestones: Array<[string, string]> = [
    ['startedAt', 'page_view'],
    ['firstSearchAt', 'search'],
    ['firstProductAt', 'product_view'],
    ['firstBagAddAt', 'bag_add'],
    ['checkoutStartAt', 'checkout_step'],
    ['orderAt', 'order_complete'],
  ];
  const off: string[] = [];
  for (const [field, type] of milestones) {
    const value = session[field] as number | null | undefined;
    const first = actual.find((e) => e.type === type);
    const run = firstRun(journey, runs, type);
    if (typeof value !== 'number' || !first || !run) {
      off.push(`${field} = ${String(value)} (first ${type}: ${first ? first.t : 'none'})`);
      continue;
    }
    if (value !== first.t) off.push(`${field} = ${value}, but the first ${type} is at ${first.t}`);
    const ref = referenceTime(run);
    if (Math.abs(value - ref.t) > ref.tolerance) off.push(`${field} is ${value - ref.t} ms from ${ref.what}`);
  }
  expect(off, `session milestones:\n${off.join('\n')}\n`).toEqual([]);
  expect(session.lastEventAt).toBe(Math.max(...siteEvents(dump, journey.siteId).map((e) => e.t)));
  return session;
}
