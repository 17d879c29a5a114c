// The dashboard in Chromium, on sessions recorded for real in one profile: the
// rated Net-a-Porter journey, a browse-only Net-a-Porter visit and the Browns
// journey. The session view explains the rated session; the benchmark compares
// both brands in its table and charts; a profile calibrated from Net-a-Porter
// scores the benchmark, then every stored session. Expected figures come from
// lib/ run here on the stored sessions: the page must show what was stored.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../../../lib/journey/session';
import { calibrateProfile } from '../../../lib/score/calibrate';
import { REFERENCE_STANDARD } from '../../../lib/score/profile';
import { scoreSession } from '../../../lib/score/score-session';
import { benchmarkSettled, expectBenchmarkRowsShown, expectedBenchmarkRows } from '../support/benchmark-expectations';
import { launchChromium, type ChromiumSession } from '../support/chromium';
import { readBenchmark, readSessionView } from '../support/dashboard';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { BROWNS_JOURNEY } from '../support/journeys/browns';
import { browseJourney, readJourneyRecords } from '../support/journeys/model';
import { NAP_JOURNEY } from '../support/journeys/nap';
import { playwrightJourneyTab } from '../support/journeys/tab';
import { CHROME_BUILD_DIR, artifactPath, requireBuild } from '../support/paths';
import { NAP_BROWSE, RATING, keepForReadme, rateInPopup, readScoreStores, roughly, sessionsOf } from '../support/score-journeys';
import { SLOW, pollUntil, sleep } from '../support/wait';

const NAP = NAP_JOURNEY.siteId;
const BROWNS = BROWNS_JOURNEY.siteId;
const BRANDS = ['Net-a-Porter', 'Browns'];
const CALIBRATED_NAME = 'As convenient as Net-a-Porter';

describe('chromium: the dashboard', () => {
  let server: FixtureServer | undefined;
  let browser: ChromiumSession | undefined;
  /** The rated Net-a-Porter session, as stored once it ended. */
  let ratedSession: Session | undefined;
  let calibratedScoring = false;
  const stores = () => readScoreStores(browser!);
  const dashboard = async (hash: string) => {
    const page = await browser!.newPage();
    await page.goto(`${browser!.extensionOrigin}/dashboard.html${hash}`, { waitUntil: 'load' });
    return page;
  };
  const endSessionInPopup = async (siteId: string) => {
    const popup = await browser!.openPopup({ site: siteId });
    await popup.click('[data-testid="end-session"]');
    await popup.waitForSelector('[data-testid="session-ended"]');
    await popup.close();
  };

  beforeAll(async () => {
    requireBuild(CHROME_BUILD_DIR, 'npx wxt build');
    server = await startFixtureServer({ shops: [NAP, BROWNS] });
    browser = await launchChromium({ extensionDir: CHROME_BUILD_DIR, fixturePort: server.port, hosts: server.hosts });
  });

  afterEach(async (ctx) => {
    if (ctx.task.result?.state !== 'fail' || !browser) return;
    const name = ctx.task.name.replace(/\W+/g, '-').slice(0, 50);
    await Promise.all(browser.context.pages().map((p, i) => browser!.screenshot(p, `failure-chromium-dashboard-${name}-${i}.png`).catch(() => {})));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('records three sessions: the rated Net-a-Porter journey, a browse-only visit, the Browns journey', async () => {
    const napTab = await browser!.newPage();
    await browseJourney(playwrightJourneyTab(napTab), NAP_JOURNEY);
    await readJourneyRecords(() => browser!.readVitrine(), NAP_JOURNEY);
    const popup = await browser!.openPopup({ site: NAP });
    await rateInPopup(popup);
    await popup.close();
    // Close the tab before ending, so what it sends as it goes (web vitals) lands in this session.
    await napTab.close();
    await sleep(500);
    await endSessionInPopup(NAP);

    const browseTab = await browser!.newPage();
    await browseJourney(playwrightJourneyTab(browseTab), NAP_BROWSE);
    // Keep the tab until its bag add is stored: closing it could drop a batch still to be sent.
    await pollUntil(stores, ({ sessions }) => sessionsOf(sessions, NAP)[1]?.counts.bagAdds === 1, {
      timeoutMs: 10_000 * SLOW,
      what: 'the browse-only visit, up to its bag add',
    });
    await browseTab.close();
    const brownsTab = await browser!.newPage();
    await browseJourney(playwrightJourneyTab(brownsTab), BROWNS_JOURNEY);
    await readJourneyRecords(() => browser!.readVitrine(), BROWNS_JOURNEY);
    await brownsTab.close();

    const { sessions } = await pollUntil(stores, (s) => sessionsOf(s.sessions, NAP).length === 2 && sessionsOf(s.sessions, BROWNS).length === 1, {
      timeoutMs: 10_000 * SLOW,
      what: 'two Net-a-Porter sessions and one Browns session',
    });
    const [journey, browse] = sessionsOf(sessions, NAP);
    expect(journey).toMatchObject({ status: 'ended', endReason: 'user', rating: RATING });
    // No checkout: Buy is not measured, and the score says it measured less of the model.
    expect(browse.checkoutStartAt).toBeNull();
    expect(browse.score!.pillars.buy).toBeNull();
    expect(browse.score!.coverage).toBeLessThan(journey.score!.coverage);
    expect(sessionsOf(sessions, BROWNS)[0].orderAt).toBeTypeOf('number');
    ratedSession = journey;
  });

  it('the session view shows the rated session: its score, where it lost points, and the rating', async (ctx) => {
    if (!ratedSession) ctx.skip();
    const session = (await stores()).sessions.find((s) => s.id === ratedSession!.id)!;
    const page = await dashboard(`#/sessions/${encodeURIComponent(session.id)}`);
    await page.waitForSelector('[data-testid="score-breakdown"]');
    const shown = await readSessionView(page);
    const score = scoreSession(session, REFERENCE_STANDARD);
    expect(shown.site).toBe('Net-a-Porter');
    expect(shown.score).toBe(String(Math.round(score.score!)));
    expect(shown.grade).toBe(score.grade);
    expect(shown.note).toBe(`Against Reference standard · measured ${Math.round(score.coverage * 100)}% of the model`);
    expect(shown.deductions).toEqual(score.deductions.slice(0, 4).map((d) => d.sentence));
    expect(shown.rating).toEqual({ value: String(RATING.ces), note: RATING.note });
    keepForReadme(await browser!.screenshot(page, 'dashboard-session.png'), 'dashboard-session.png');
    await page.screenshot({ path: artifactPath('dashboard-session-full.png'), fullPage: true });
    await page.close();
  });

  it('the benchmark compares Net-a-Porter and Browns: sessions, median scores, the rating, and charts of both', async (ctx) => {
    if (!ratedSession) ctx.skip();
    const expected = expectedBenchmarkRows((await stores()).sessions, [NAP, BROWNS], REFERENCE_STANDARD);
    const page = await dashboard('#/benchmark');
    let shown = await pollUntil(() => readBenchmark(page), benchmarkSettled(expected, REFERENCE_STANDARD.name), {
      timeoutMs: 10_000 * SLOW,
      what: 'the benchmark rows',
    });
    expect(shown.summary).toBe('2 brands · 3 sessions · against Reference standard');
    expectBenchmarkRowsShown(shown, expected);
    // The rating given in the popup is the brand's CES; Browns was not rated.
    expect(shown.rows.find((r) => r.name === 'Net-a-Porter')!.ces).toBe('6.0 100% easy · n=1');
    expect(shown.rows.find((r) => r.name === 'Browns')!.ces).toBe('not rated');

    // Untick both brands, then tick them again, one by one.
    for (const name of BRANDS) await page.getByRole('checkbox', { name: `Compare ${name}` }).uncheck();
    shown = await readBenchmark(page);
    expect(shown.hint).toBe(true);
    expect(shown.charts).toEqual([]);
    for (const name of BRANDS) await page.getByRole('checkbox', { name: `Compare ${name}` }).check();
    await page.waitForSelector('[data-testid="compare-charts"] [data-testid="pillar-chart"] svg');
    shown = await readBenchmark(page);
    expect(shown.rows.every((r) => r.compared)).toBe(true);
    expect(shown.compareTitle).toBe('Net-a-Porter · Browns');
    // Pillars, spread, and four interval charts: each draws both brands, by name.
    expect(shown.charts.map((c) => c.title)).toEqual([
      'Median pillar scores: Net-a-Porter, Browns',
      'Distribution of session scores: Net-a-Porter, Browns',
      'Convenience score',
      'Time to first product',
      'Checkout time',
      'Page load, p75 LCP',
    ]);
    for (const chart of shown.charts) {
      expect(chart.labels, chart.title).toEqual(BRANDS);
      expect(chart.marks, chart.title).toBeGreaterThan(0);
    }
    const bars = await page.locator('[data-testid="pillar-chart"] rect title').allTextContents();
    const [napRow, brownsRow] = expected;
    expect(bars).toContain(`Net-a-Porter, Buy: ${Math.round(napRow.pillars.buy!.value)}`);
    expect(bars).toContain(`Browns, Find: ${Math.round(brownsRow.pillars.find!.value)}`);

    await browser!.screenshot(page, 'dashboard-benchmark.png');
    // The table at the top of the window, the first charts beneath it.
    await page.evaluate(`window.scrollTo(0, document.querySelector('.table-card').getBoundingClientRect().top + window.scrollY - 24)`);
    keepForReadme(await browser!.screenshot(page, 'dashboard-benchmark-table.png'), 'dashboard-benchmark.png');
    await page.screenshot({ path: artifactPath('dashboard-benchmark-full.png'), fullPage: true });
    await page.close();
  });

  it('a profile calibrated from Net-a-Porter scores the benchmark, then every stored session', async (ctx) => {
    if (!ratedSession) ctx.skip();
    const page = await dashboard('#/profiles');
    await page.getByRole('button', { name: 'Calibrate from a brand…' }).click();
    const form = page.locator('[data-testid="calibrate-form"]');
    await form.getByLabel('Reference brand').selectOption(NAP);
    await form.getByLabel('Base profile').selectOption(REFERENCE_STANDARD.id);
    await form.getByLabel('Name').fill(CALIBRATED_NAME);
    await form.getByRole('button', { name: 'Calibrate profile' }).click();
    const basis = page.locator('[data-testid="calibration-basis"]');
    await basis.waitFor();
    expect(await basis.locator('.eyebrow').textContent()).toBe('Calibrated from 2 sessions on Net-a-Porter');

    // Stored: Net-a-Porter's medians as the targets, exactly as lib/score calibrates them.
    const { sessions, profiles } = await stores();
    expect(profiles).toHaveLength(1);
    const [calibrated] = profiles;
    const meta = { id: calibrated.id, name: CALIBRATED_NAME, siteId: NAP, now: calibrated.calibratedFrom!.at };
    expect(roughly(calibrated)).toEqual(roughly(calibrateProfile(REFERENCE_STANDARD, sessionsOf(sessions, NAP), meta).profile));
    await basis.getByRole('button', { name: 'View profile' }).click();
    await expect.poll(() => page.locator('[data-testid="profile-detail"] #profile-title').textContent(), { timeout: 10_000 * SLOW }).toBe(CALIBRATED_NAME);

    // The benchmark scores both brands against it on request.
    await page.goto(`${browser!.extensionOrigin}/dashboard.html#/benchmark`, { waitUntil: 'load' });
    await page.waitForSelector('[data-testid="benchmark-row"]');
    await page.locator('[data-testid="benchmark-profile"]').selectOption(calibrated.id);
    const expected = expectedBenchmarkRows(sessions, [NAP, BROWNS], calibrated);
    const shown = await pollUntil(() => readBenchmark(page), benchmarkSettled(expected, CALIBRATED_NAME), {
      timeoutMs: 10_000 * SLOW,
      what: 'the benchmark against the calibrated profile',
    });
    expect(shown.profileId).toBe(calibrated.id);
    expectBenchmarkRowsShown(shown, expected);
    const reference = expectedBenchmarkRows(sessions, [NAP, BROWNS], REFERENCE_STANDARD);
    expect(expected.map((r) => r.score!.value), 'rescored, not the Reference standard figures').not.toEqual(reference.map((r) => r.score!.value));
    await browser!.screenshot(page, 'dashboard-benchmark-calibrated.png');

    // "Use for scoring": every stored session is rescored against it.
    await page.goto(`${browser!.extensionOrigin}/dashboard.html#/profiles/${calibrated.id}`, { waitUntil: 'load' });
    await page.getByRole('button', { name: 'Use for scoring' }).click();
    await expect.poll(() => page.locator('[data-testid="profiles-notice"]').textContent(), { timeout: 10_000 * SLOW })
      .toBe(`Now scoring with “${CALIBRATED_NAME}”: 3 sessions rescored.`);
    for (const session of (await stores()).sessions) {
      expect(session.score!.profileId, session.siteName).toBe(calibrated.id);
      expect(roughly(session.score), session.siteName).toEqual(roughly(scoreSession(session, calibrated)));
    }
    calibratedScoring = true;
    await page.close();
  });

  it('"End session" keeps the score against the scoring profile (not the Reference standard)', async (ctx) => {
    const browns = sessionsOf((await stores()).sessions, BROWNS)[0];
    // The Browns session is still recording if its order was under 2 minutes ago.
    if (!calibratedScoring || browns?.status !== 'active') ctx.skip();
    await endSessionInPopup(BROWNS);
    const { sessions, profiles } = await stores();
    const ended = sessionsOf(sessions, BROWNS)[0];
    expect(ended.status).toBe('ended');
    expect(ended.score!.profileId).toBe(profiles[0].id);
  });

  it('web vitals a page sends after "End session" open no new session', async (ctx) => {
    if (!calibratedScoring) ctx.skip();
    // The browse-only session is still recording: one more page joins it.
    const tab = await browser!.newPage();
    await tab.goto(`${NAP_JOURNEY.origin}/en-gb/`, { waitUntil: 'load' });
    const pages = NAP_BROWSE.steps.flatMap((step) => step.records).filter((r) => r.type === 'page_view').length + 1;
    await pollUntil(stores, ({ sessions }) => sessionsOf(sessions, NAP)[1]?.counts.pages === pages, {
      timeoutMs: 10_000 * SLOW,
      what: 'the extra page in the browse-only session',
    });
    await endSessionInPopup(NAP);
    // Closing the tab makes web-vitals report LCP and CLS (visibilitychange → hidden).
    await tab.close();
    await sleep(1_500 * SLOW);
    const napSessions = sessionsOf((await stores()).sessions, NAP);
    expect(napSessions.map((s) => `${s.status}, ${s.counts.pages} pages`)).toEqual([
      `ended, ${ratedSession!.counts.pages} pages`,
      `ended, ${pages} pages`,
    ]);
  });
});
