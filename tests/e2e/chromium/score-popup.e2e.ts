// The score and the shopper's rating in the Chromium popup: after the
// Net-a-Porter journey (a search that finds nothing, a refined one, a product,
// the bag, four checkout steps, the order) the popup explains the stored score
// — grade, pillars, points lost, the journey's milestones — and a CES rating
// given there outlives the MV3 service worker, which Chrome may stop at any
// time: the page after the restart still joins the rated session.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../../../lib/journey/session';
import { REFERENCE_STANDARD } from '../../../lib/score/profile';
import { scoreSession } from '../../../lib/score/score-session';
import { launchChromium, type ChromiumSession } from '../support/chromium';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { browseJourney, readJourneyRecords } from '../support/journeys/model';
import { NAP_JOURNEY } from '../support/journeys/nap';
import { playwrightJourneyTab } from '../support/journeys/tab';
import { CHROME_BUILD_DIR, requireBuild } from '../support/paths';
import { readPopupScore, screenshotPopupFullHeight } from '../support/popup-score';
import { GRADES, MACHINE_DEPENDENT_MARKER, NAP_TIMELINE, RATING, keepForReadme, rateInPopup, readScoreStores, roughly, sessionsOf } from '../support/score-journeys';
import { controlExtensionWorker, extensionWorker, markWorker, workerMark } from '../support/service-worker';
import { SLOW, pollUntil } from '../support/wait';

const NAP = NAP_JOURNEY.siteId;

describe('chromium: the score and the rating in the popup', () => {
  let server: FixtureServer | undefined;
  let browser: ChromiumSession | undefined;
  let shop: Page | undefined;
  /** The journey's session as stored after it. */
  let journeySession: Session | undefined;
  let rated = false;
  const stores = () => readScoreStores(browser!);

  beforeAll(async () => {
    requireBuild(CHROME_BUILD_DIR, 'npx wxt build');
    server = await startFixtureServer({ shops: [NAP] });
    browser = await launchChromium({ extensionDir: CHROME_BUILD_DIR, fixturePort: server.port, hosts: server.hosts });
  });

  afterEach(async (ctx) => {
    if (ctx.task.result?.state !== 'fail' || !browser) return;
    const name = ctx.task.name.replace(/\W+/g, '-').slice(0, 50);
    await Promise.all(browser.context.pages().map((p, i) => browser!.screenshot(p, `failure-chromium-score-${name}-${i}.png`).catch(() => {})));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('after the journey, the popup shows the stored score: grade, pillars, points lost and the milestones in order', async () => {
    shop = await browser!.newPage();
    await browseJourney(playwrightJourneyTab(shop), NAP_JOURNEY);
    const dump = await readJourneyRecords(() => browser!.readVitrine(), NAP_JOURNEY);
    expect(dump.sessions.find((s) => s.siteId === NAP)?.orderAt, 'the journey reached its order').toBeTypeOf('number');

    const popup = await browser!.openPopup({ site: NAP });
    // The popup reads IndexedDB every 1.5 s, and a late web vital may still rescore the session:
    // wait until what it shows and what is stored agree, then check each part.
    const { popup: state, stored } = await pollUntil(
      async () => ({ popup: await readPopupScore(popup), stored: sessionsOf((await stores()).sessions, NAP)[0] }),
      ({ popup: p, stored: s }) =>
        p.timeline.filter((e) => e.kind === 'page').length === s.counts.pages &&
        p.value === String(Math.round(s.score!.score!)) &&
        p.coverage === `measured ${Math.round(s.score!.coverage * 100)}% of the model` &&
        JSON.stringify(p.deductions.map((d) => d.sentence)) === JSON.stringify(s.score!.deductions.map((d) => d.sentence)),
      { timeoutMs: 10_000 * SLOW, what: 'the popup to show the stored session and its score' },
    );
    journeySession = stored;
    const score = stored.score!;

    // Stored: the background's score is the Reference standard's score of the session.
    expect(score.profileId).toBe(REFERENCE_STANDARD.id);
    expect(roughly(score)).toEqual(roughly(scoreSession(stored, REFERENCE_STANDARD)));
    expect(GRADES).toContain(score.grade);

    // Shown: the dial, the grade, the coverage and the pillars are the stored ones.
    expect(state.sessionShown).toBe(true);
    expect(state.value).toBe(String(Math.round(score.score!)));
    expect(state.grade).toBe(score.grade);
    expect(state.coverage).toBe(`measured ${Math.round(score.coverage * 100)}% of the model`);
    for (const pillar of ['find', 'wait', 'buy', 'calm'] as const) {
      const value = score.pillars[pillar];
      expect(state.pillars[pillar], `pillar ${pillar}`).toBe(value === null ? 'not measured' : String(Math.round(value * 100)));
    }
    // The checkout was measured, so Buy was; so were Find and Calm.
    expect(score.pillars.buy).toBeTypeOf('number');
    expect(score.pillars.find).toBeTypeOf('number');
    expect(score.pillars.calm).toBeTypeOf('number');

    // Points lost: every stored deduction, biggest first — the search that found nothing among them.
    expect(state.deductions.map((d) => d.sentence)).toEqual(score.deductions.map((d) => d.sentence));
    const sentences = state.deductions.map((d) => `${d.pillar}: ${d.sentence}`);
    expect(sentences).toContainEqual(expect.stringMatching(/^Find: A search found nothing \(−\d+\)$/));
    expect(sentences).toContainEqual(expect.stringMatching(/^Find: 50% of your searches found nothing \(−\d+\)$/));
    // The refined search: two searches for the one product found.
    expect(sentences).toContainEqual(expect.stringMatching(/^Find: 2\.0 searches for each product you found \(−\d+\)$/));
    // 9 + 4 + 5 + 1 fields, against Baymard's average of 11.3.
    expect(sentences).toContainEqual(expect.stringMatching(/^Buy: Checkout asked for 19 form fields \(−\d+\)$/));
    expect(state.friction.slice(0, 2)).toEqual(['zero_results', 'search_refinement']);

    // The journey: pages and milestones in the order they happened; only the empty search is friction.
    const timeline = state.timeline.filter((e) => !(e.kind === 'marker' && MACHINE_DEPENDENT_MARKER.test(e.text)));
    expect(timeline.map((e) => [e.kind, e.text])).toEqual(NAP_TIMELINE);
    const markers = timeline.filter((e) => e.kind === 'marker');
    expect(markers.map((e) => e.tone)).toEqual(['friction', ...Array(markers.length - 1).fill('milestone')]);

    await browser!.screenshot(popup, 'score-popup-net-a-porter-380x600.png');
    await screenshotPopupFullHeight(popup, 'score-popup-net-a-porter-full.png');
    await popup.close();
  });

  it('a CES rating given in the popup is stored on the session, with a rating event, beside the score', async (ctx) => {
    if (!journeySession) ctx.skip();
    const popup = await browser!.openPopup({ site: NAP });
    await rateInPopup(popup);
    expect((await readPopupScore(popup)).rating).toEqual({ point: String(RATING.ces), note: RATING.note });
    await browser!.screenshot(popup, 'score-popup-rated-380x600.png');
    keepForReadme(await screenshotPopupFullHeight(popup, 'score-popup-rated-full.png'), 'popup-score.png');
    await popup.close();

    const { sessions, events } = await stores();
    const session = sessions.find((s) => s.id === journeySession!.id)!;
    expect(session.rating).toEqual({ ...RATING, at: expect.any(Number) });
    const ratings = events.filter((e) => e.type === 'rating');
    expect(ratings).toHaveLength(1);
    expect(ratings[0]).toMatchObject({ sessionId: session.id, siteId: NAP, ...RATING, t: session.rating!.at });
    // Kept beside the measured score: no journey event, and the score is still the session's own.
    expect(session.counts.events).toBe(events.filter((e) => e.sessionId === session.id && e.type !== 'rating').length);
    expect(roughly(session.score)).toEqual(roughly(scoreSession(session, REFERENCE_STANDARD)));
    rated = true;
  });

  it('the rating outlives a service-worker restart, and the next page joins the same session', async (ctx) => {
    if (!rated) ctx.skip();
    const home = `${NAP_JOURNEY.origin}/en-gb/`;
    const worker = await controlExtensionWorker(browser!.context, browser!.extensionId!);
    try {
      expect(worker.status(), 'the extension worker runs (the rating woke it)').toBe('running');
      const scope = extensionWorker(browser!.context, browser!.extensionId!)!;
      await markWorker(scope, 'before-restart');
      await worker.stop();
      expect(worker.status()).toBe('stopped');

      // The shopper goes back to the home page: the content script's events wake the worker.
      await shop!.goto(home, { waitUntil: 'load' });
      await worker.waitUntilRunning();
      expect(worker.starts(), 'the worker started once more').toBe(1);
      expect(await workerMark(scope), 'a fresh worker: the old one\u2019s global is gone').toBeNull();
    } finally {
      await worker.close();
    }

    const isNewHome = (e: { type: string; url: string; t: number }) => e.type === 'page_view' && e.url === home && e.t > journeySession!.lastEventAt;
    const { sessions, events } = await pollUntil(stores, (s) => s.events.some(isNewHome), {
      timeoutMs: 10_000 * SLOW,
      what: 'the page view after the restart',
    });
    expect(events.find(isNewHome)!.sessionId, 'the page after the restart joins the rated session').toBe(journeySession!.id);
    const napSessions = sessionsOf(sessions, NAP);
    expect(napSessions).toHaveLength(1);
    expect(napSessions[0]).toMatchObject({ id: journeySession!.id, status: 'active', rating: RATING });
    expect(napSessions[0].counts.pages).toBe(journeySession!.counts.pages + 1);

    const popup = await browser!.openPopup({ site: NAP });
    const state = await pollUntil(() => readPopupScore(popup), (s) => s.rating !== null && s.timeline.filter((e) => e.kind === 'page').length === napSessions[0].counts.pages, {
      timeoutMs: 10_000 * SLOW,
      what: 'the reopened popup to show the saved rating and the new page',
    });
    expect(state.rating).toEqual({ point: String(RATING.ces), note: RATING.note });
    await popup.close();
  });
});
