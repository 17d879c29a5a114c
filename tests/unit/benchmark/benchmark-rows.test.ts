import { describe, expect, it } from 'vitest';
import { benchmarkRows, median } from '@/lib/benchmark';
import { copyProfile, REFERENCE_STANDARD, scoreSession, type Profile } from '@/lib/score';
import { syntheticSession } from './synthetic-sessions';

const T = Date.UTC(2026, 2, 1, 10);
const S = 1000;

/** Three Net-a-Porter sessions whose medians are known by hand, and one Gucci session. */
function handMadeSessions() {
  const nap = { siteId: 'net-a-porter', siteName: 'Net-a-Porter' };
  return [
    syntheticSession({ ...nap, id: 'a1', startedAt: T, timeToFirstProduct: 10 * S, searches: 2, zeroResultSearches: 0, checkout: { durationMs: 60 * S, steps: 3, fields: 8 }, lcp: [1000, 2000], friction: { rage_click: 1 }, ces: 6 }),
    syntheticSession({ ...nap, id: 'a2', startedAt: T + 1, timeToFirstProduct: 20 * S, searches: 1, zeroResultSearches: 1, foundAfterSearch: false, lcp: [3000], ces: 4 }),
    syntheticSession({ ...nap, id: 'a3', startedAt: T + 2, timeToFirstProduct: 40 * S, checkout: { durationMs: 120 * S, steps: 4, fields: 10 }, lcp: [4000, 5000, 6000], friction: { interstitial: 2 } }),
    syntheticSession({ siteId: 'gucci', siteName: 'Gucci', id: 'b1', startedAt: T, timeToFirstProduct: 90 * S, lcp: [7000], friction: { forced_login: 1, rage_click: 3 }, checkout: { durationMs: 400 * S, steps: 5, fields: 14 } }),
  ];
}

describe('benchmarkRows on a hand-made set', () => {
  const rows = benchmarkRows(handMadeSessions(), REFERENCE_STANDARD);
  const nap = rows.find((r) => r.siteId === 'net-a-porter')!;

  it('makes one row per site, best median score first', () => {
    expect(rows.map((r) => r.siteId)).toEqual(['net-a-porter', 'gucci']);
    expect(nap.sessions).toBe(3);
    expect(rows[1].sessions).toBe(1);
  });

  it('time to first product: median 20 s with an interval, exactly on the 20 s target', () => {
    expect(nap.timeToFirstProduct.estimate).toMatchObject({ value: 20 * S, n: 3, method: 'bootstrap' });
    expect(nap.timeToFirstProduct.estimate!.low).toBeGreaterThanOrEqual(10 * S);
    expect(nap.timeToFirstProduct.estimate!.high).toBeLessThanOrEqual(40 * S);
    expect(nap.timeToFirstProduct.target).toEqual({ target: 20 * S, gap: 0, meets: true });
  });

  it('search: one of two searching sessions found a product; one of three searches found nothing', () => {
    expect(nap.searchSuccess).toMatchObject({ share: 0.5, count: 1, of: 2 });
    expect(nap.zeroResultRate.estimate).toMatchObject({ count: 1, of: 3 });
    expect(nap.zeroResultRate.estimate!.share).toBeCloseTo(1 / 3, 10);
    // Target: the rate the Reference standard scores 0.9, 0.13 · ln 0.9 / ln 0.5 ≈ 2%.
    expect(nap.zeroResultRate.target!.target).toBeCloseTo(0.0198, 4);
    expect(nap.zeroResultRate.target!.meets).toBe(false);
  });

  it('checkout: median time 90 s (meets), median steps 3.5 (half a step over the target of 3)', () => {
    expect(nap.checkoutDuration.estimate).toMatchObject({ value: 90 * S, n: 2 });
    expect(nap.checkoutDuration.target).toMatchObject({ gap: 0, meets: true });
    expect(nap.checkoutSteps.estimate).toMatchObject({ value: 3.5, n: 2 });
    expect(nap.checkoutSteps.target).toEqual({ target: 3, gap: 0.5, meets: false });
  });

  it('p75 LCP is over every page load (6 loads → the 5th), 2.5 s over the target', () => {
    expect(nap.lcpP75.estimate).toMatchObject({ value: 5000, n: 6 });
    expect(nap.lcpP75.target).toEqual({ target: 2500, gap: 2500, meets: false });
  });

  it('friction per session and CES of the rated sessions only', () => {
    expect(nap.frictionPerSession!.mean).toBe(1);
    expect(nap.ces).toMatchObject({ mean: 5, n: 2, easyShare: 0.5 });
    expect(rows[1].ces).toBeNull();
  });

  it('median score is the median of the sessions scored against the profile, with pillars 0–100', () => {
    const scores = handMadeSessions().slice(0, 3).map((s) => scoreSession(s, REFERENCE_STANDARD).score!);
    expect(nap.score!.value).toBe(median(scores));
    expect(nap.grade).not.toBeNull();
    expect(nap.pillars.buy!.n).toBe(2); // only two sessions reached checkout
    expect(nap.pillars.find!.value).toBeGreaterThan(0);
    expect(nap.pillars.find!.value).toBeLessThanOrEqual(100);
    expect(nap.distribution!.histogram.reduce((a, b) => a + b, 0)).toBe(3);
  });

  it('scores against the chosen profile, not the score stored on the session', () => {
    const strict: Profile = copyProfile(REFERENCE_STANDARD, 'strict', 'Strict');
    strict.targets.timeToFirstProduct = { good: 2 * S, poor: 5 * S, weight: 1 };
    strict.targets.lcpP75 = { good: 500, poor: 1000, weight: 1 };
    const [strictNap] = benchmarkRows(handMadeSessions().slice(0, 3), strict);
    const expected = median(handMadeSessions().slice(0, 3).map((s) => scoreSession(s, strict).score!));
    expect(strictNap.score!.value).toBe(expected);
    expect(strictNap.score!.value).toBeLessThan(nap.score!.value);
    expect(strictNap.timeToFirstProduct.target).toMatchObject({ target: 2 * S, gap: 18 * S, meets: false });
  });

  it('a site with no measurable session still gets a row, without figures', () => {
    const bare = syntheticSession({ siteId: 'bare', startedAt: T, pages: 0 });
    const [row] = benchmarkRows([bare], REFERENCE_STANDARD);
    expect(row).toMatchObject({ siteId: 'bare', sessions: 1, score: null, grade: null, distribution: null });
    expect(row.timeToFirstProduct).toEqual({ estimate: null, target: null });
  });
});
