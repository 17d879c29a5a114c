// The friction suite both browsers run: each scenario provokes one kind of
// friction (or, for the calm and forged ones, none) in a tab of its own, and
// its test asserts that exactly the expected friction was stored — each on the
// page it happened on, with its details. A last test checks that nothing came
// in late or outside the scenarios, and that the sessions counted the same.
import { describe, expect, it } from 'vitest';
import type { StoredEvent, VitrineDump } from '../db';
import { SLOW, pollUntil, sleep } from '../wait';
import type { FrictionTab } from './friction-tab';
import { frictionOf, includesAll, pathOf, recordsTable, signalsOf, tabsIn, type ScenarioWindow } from './friction-records';

/** What the page or the test measured during a scenario (times in epoch ms). */
export type Facts = Record<string, unknown>;

export interface ExpectedFriction {
  signal: string;
  /** Path of the page it must be recorded on, and that page's type. */
  path: string;
  pageType: string;
  /** Fields `detail` must have (toMatchObject). */
  detail?: Record<string, unknown>;
  /** Further checks against what the scenario measured. */
  check?: (event: StoredEvent, facts: Facts, dump: VitrineDump) => void;
}

export interface ScenarioContext {
  tab: FrictionTab;
  /** Waits until the scenario's tab has stored these friction signals (for detectors that judge later). */
  waitForFriction(...signals: string[]): Promise<void>;
}

export interface FrictionScenario {
  /** The behaviour, as the test's name. */
  name: string;
  /** Sites whose sessions the scenario touches. */
  sites: string[];
  run(ctx: ScenarioContext): Promise<Facts>;
  expected: ExpectedFriction[];
}

export interface FrictionHarness {
  browserName: 'chromium' | 'firefox';
  newTab(): Promise<FrictionTab>;
  readVitrine(): Promise<VitrineDump>;
}

/** After the expected friction is in, how long to wait for anything that should not come. */
const SETTLE_MS = 600;

export function describeFriction(title: string, scenarios: readonly FrictionScenario[], harness: () => FrictionHarness): void {
  describe(title, () => {
    const ran: Array<{ scenario: FrictionScenario; tabs: Set<number>; signals: string[] }> = [];

    for (const scenario of scenarios) {
      it(scenario.name, async () => {
        const { newTab, readVitrine } = harness();
        const span: ScenarioWindow = { start: Date.now(), end: Infinity };
        const tab = await newTab();
        const storedSignals = async () => {
          const dump = await readVitrine();
          return signalsOf(frictionOf(dump, tabsIn(dump, span)));
        };
        const ctx: ScenarioContext = {
          tab,
          async waitForFriction(...signals) {
            await pollUntil(storedSignals, (have) => includesAll(have, signals), {
              timeoutMs: 10_000 * SLOW,
              what: `friction ${signals.join(', ')} to be stored`,
            });
          },
        };
        let facts: Facts;
        try {
          facts = await scenario.run(ctx);
          await tab.leave();
        } finally {
          span.end = Date.now();
          await tab.close().catch(() => {});
        }
        const wanted = scenario.expected.map((e) => e.signal);
        await pollUntil(storedSignals, (have) => includesAll(have, wanted), { timeoutMs: 10_000 * SLOW, what: `friction ${wanted.join(', ') || '(none)'}` }).catch(() => {});
        await sleep(SETTLE_MS);
        const dump = await readVitrine();
        const tabs = tabsIn(dump, span);
        ran.push({ scenario, tabs, signals: signalsOf(frictionOf(dump, tabs)) });
        if (process.env.VITRINE_E2E_DEBUG === '1') console.log(`${scenario.name}\n${recordsTable(dump, tabs)}`);
        expectScenarioFriction(dump, tabs, scenario, facts);
      });
    }

    it('stores nothing more once the scenarios are over, and the sessions count what was stored', async (ctx) => {
      if (ran.length === 0) ctx.skip();
      await sleep(SETTLE_MS);
      const dump = await harness().readVitrine();
      const allTabs = new Set(ran.flatMap((r) => [...r.tabs]));
      const stray = dump.events.filter((e) => e.type === 'friction' && !(typeof e.tabId === 'number' && allTabs.has(e.tabId)));
      expect(stray, 'friction outside every scenario').toEqual([]);
      for (const { scenario, tabs, signals } of ran) {
        expect(signalsOf(frictionOf(dump, tabs)), `${scenario.name}: friction stored after its test`).toEqual(signals);
      }
      const sites = new Set(ran.flatMap((r) => r.scenario.sites));
      for (const siteId of sites) {
        const stored: Record<string, number> = {};
        for (const e of dump.events) if (e.siteId === siteId && e.type === 'friction') stored[String(e.signal)] = (stored[String(e.signal)] ?? 0) + 1;
        const counted: Record<string, number> = {};
        for (const session of dump.sessions.filter((s) => s.siteId === siteId)) {
          for (const [signal, n] of Object.entries((session.counts?.friction ?? {}) as Record<string, number>)) counted[signal] = (counted[signal] ?? 0) + n;
        }
        expect(counted, `${siteId}: sessions' friction counts`).toEqual(stored);
      }
    });
  });
}

export function expectScenarioFriction(dump: VitrineDump, tabs: ReadonlySet<number>, scenario: FrictionScenario, facts: Facts): void {
  expect(tabs.size, `the scenario's page views came from one tab\n${recordsTable(dump, tabs)}`).toBe(1);
  const friction = frictionOf(dump, tabs);
  const table = `recorded:\n${recordsTable(dump, tabs)}\n`;
  expect(signalsOf(friction), table).toEqual(scenario.expected.map((e) => e.signal).sort());
  const views = dump.events.filter((e) => e.type === 'page_view' && typeof e.tabId === 'number' && tabs.has(e.tabId));
  for (const expected of scenario.expected) {
    const event = friction.find((e) => e.signal === expected.signal && pathOf(e.url) === expected.path);
    expect(event, `${expected.signal} on ${expected.path}; ${table}`).toBeDefined();
    expect(event!.pageType, `${expected.signal}'s page type`).toBe(expected.pageType);
    // Friction belongs to the visit of the page it happened on.
    const visit = views.find((v) => v.visitId === event!.visitId);
    expect(visit && pathOf(visit.url), `${expected.signal} belongs to a visit of ${expected.path}; ${table}`).toBe(expected.path);
    if (expected.detail) expect(event!.detail, `${expected.signal} detail`).toMatchObject(expected.detail);
    expected.check?.(event!, facts, dump);
  }
}
