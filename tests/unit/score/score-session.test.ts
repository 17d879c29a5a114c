import { describe, expect, it } from 'vitest';
import { calibrateProfile, copyProfile, gradeFor, parseProfile, REFERENCE_STANDARD, scoreMetrics, scoreSession, sessionMetrics, type Profile } from '@/lib/score';
import { applyEvent, newSession, type Session } from '@/lib/journey/session';
import type { StoredEvent } from '@/lib/events';
import { T0, uuid } from '../helpers';

const S = 1000;

function session(events: Array<Partial<StoredEvent> & { type: StoredEvent['type'] }>): Session {
  let s = newSession('s', 'net-a-porter', 'Net-a-Porter', T0);
  for (const e of events) {
    s = applyEvent(s, { id: uuid(), visitId: uuid(), sessionId: 's', tabId: 1, siteId: 'net-a-porter', url: 'https://www.net-a-porter.com/', pageType: 'home', t: T0, ...e } as StoredEvent);
  }
  return s;
}

const browseOnly = () =>
  session([
    { type: 'page_view', t: T0 },
    { type: 'search', t: T0 + 5 * S, zeroResults: false, resultCount: 20 } as never,
    { type: 'page_view', t: T0 + 10 * S },
    { type: 'product_view', t: T0 + 15 * S, inStock: true } as never,
  ]);

describe('the convenience score', () => {
  it('a smooth browse-only session scores high, with checkout unmeasured and coverage below 1', () => {
    const result = scoreSession(browseOnly(), REFERENCE_STANDARD);
    expect(result.pillars.buy).toBeNull();
    expect(result.pillars.wait).not.toBeNull(); // error-page time is measured as 0
    expect(result.score).toBeGreaterThan(90);
    expect(result.grade).toBe('Effortless');
    expect(result.coverage).toBeGreaterThan(0.4);
    expect(result.coverage).toBeLessThan(1);
  });

  it('unmeasured metrics drop out and the weights renormalise', () => {
    // Only Calm measured, all perfect → 100, not 20.
    const perfectCalm = scoreMetrics({ interstitials: 0, rageClicks: 0, deadClicks: 0, uTurnsPer10Min: 0 }, REFERENCE_STANDARD);
    expect(perfectCalm.score).toBe(100);
    expect(perfectCalm.coverage).toBeCloseTo(0.2, 3);
    // One rage click halves one of four equally weighted Calm metrics: 100 − 12.5.
    const oneRage = scoreMetrics({ interstitials: 0, rageClicks: 1, deadClicks: 0, uTurnsPer10Min: 0 }, REFERENCE_STANDARD);
    expect(oneRage.score).toBe(87.5);
    expect(oneRage.deductions).toEqual([expect.objectContaining({ metric: 'rageClicks', points: 12.5, sentence: '1 burst of repeated clicks on something that did not respond (−13)' })]);
  });

  it('deductions explain every point lost', () => {
    const result = scoreMetrics({ zeroResultSearches: 1, searchFailureRate: 1, searchesPerProduct: 2, timeToFirstProduct: 50 * S, lcpP75: 3200, errorPageTime: 0 }, REFERENCE_STANDARD);
    const lost = result.deductions.reduce((sum, d) => sum + d.points, 0);
    expect(lost).toBeCloseTo(100 - result.score!, 0);
    expect(result.deductions.map((d) => d.sentence)).toContain('A search found nothing (−8)');
    expect(result.deductions.map((d) => d.sentence)).toContain('It took 50 s to reach a first product (−6)');
  });

  it('nothing measured gives no score rather than a made-up one', () => {
    expect(scoreMetrics({}, REFERENCE_STANDARD)).toMatchObject({ score: null, grade: null, coverage: 0 });
  });

  it('more friction or more time never raises the score', () => {
    const base = { timeToFirstProduct: 30 * S, lcpP75: 2000, checkoutSteps: 4, checkoutFields: 10, rageClicks: 0, formErrors: 0 };
    const worse = [
      { timeToFirstProduct: 45 * S }, { lcpP75: 5000 }, { checkoutSteps: 6 }, { checkoutFields: 20 }, { rageClicks: 2 }, { formErrors: 1 },
    ];
    const baseScore = scoreMetrics(base, REFERENCE_STANDARD).score!;
    for (const change of worse) expect(scoreMetrics({ ...base, ...change }, REFERENCE_STANDARD).score!, JSON.stringify(change)).toBeLessThan(baseScore);
  });

  it('grades at 90, 75 and 50', () => {
    expect([90, 89.9, 75, 74.9, 50, 49.9].map(gradeFor)).toEqual(['Effortless', 'Smooth', 'Smooth', 'Ordinary', 'Ordinary', 'Laborious']);
  });

  it('reads checkout metrics off the session: distinct steps, fields, duration to the order', () => {
    const s = session([
      { type: 'page_view', t: T0 },
      { type: 'checkout_step', t: T0 + 10 * S, step: 'shipping', fieldCount: 7 } as never,
      { type: 'checkout_step', t: T0 + 40 * S, step: 'payment', fieldCount: 4 } as never,
      { type: 'checkout_step', t: T0 + 50 * S, step: 'shipping', fieldCount: 7 } as never,
      { type: 'order_complete', t: T0 + 70 * S },
    ]);
    expect(sessionMetrics(s)).toMatchObject({ checkoutSteps: 2, checkoutFields: 11, checkoutDuration: 60 * S, formErrors: 0, forcedLogin: 0 });
  });
});

describe('profiles', () => {
  it('the reference standard is a valid profile', () => {
    expect(parseProfile(REFERENCE_STANDARD)).toMatchObject({ ok: true });
  });

  it('refuses bad profiles with reasons a person can act on', () => {
    const swapped = structuredClone(REFERENCE_STANDARD) as Profile;
    swapped.targets.lcpP75 = { good: 5000, poor: 2500, weight: 1 };
    const missing = structuredClone(REFERENCE_STANDARD) as Record<string, unknown>;
    delete (missing.targets as Record<string, unknown>).checkoutSteps;
    const results = [parseProfile(swapped), parseProfile(missing), parseProfile({ ...REFERENCE_STANDARD, format: 'v0' }), parseProfile('{}')];
    for (const r of results) expect(r.ok).toBe(false);
    expect((results[0] as { errors: string[] }).errors.join()).toContain('targets.lcpP75: `good` must be below `poor`');
    expect((results[1] as { errors: string[] }).errors.join()).toContain('targets.checkoutSteps');
  });

  it('a copy is editable and no longer built in', () => {
    const copy = copyProfile(REFERENCE_STANDARD, 'my-standard', 'My standard');
    copy.targets.lcpP75.good = 2000;
    expect(copy).toMatchObject({ id: 'my-standard', builtIn: false });
    expect(REFERENCE_STANDARD.targets.lcpP75.good).toBe(2500);
  });
});

describe('calibration', () => {
  const reference = [10, 20, 30].map((seconds) =>
    session([
      { type: 'page_view', t: T0 },
      { type: 'product_view', t: T0 + seconds * S, inStock: true } as never,
      { type: 'vital', t: T0, name: 'LCP', value: seconds * 100, rating: 'good' } as never,
    ]),
  );

  it("the reference site's medians score 0.9, and poor keeps the base profile's spread", () => {
    const { profile, basis } = calibrateProfile(REFERENCE_STANDARD, reference, { id: 'nap', name: 'As convenient as Net-a-Porter', siteId: 'net-a-porter', now: T0 });
    expect(basis.timeToFirstProduct).toEqual({ sessions: 3, median: 20 * S });
    expect(profile.targets.timeToFirstProduct).toMatchObject({ good: 20 * S, poor: 60 * S });
    expect(profile.targets.lcpP75).toMatchObject({ good: 2000, poor: 3200 });
    expect(profile.calibratedFrom).toEqual({ siteId: 'net-a-porter', sessions: 3, at: T0 });
    expect(parseProfile(profile).ok).toBe(true);
    // A session exactly at the reference medians scores 0.9 on those metrics.
    const atMedian = scoreMetrics({ timeToFirstProduct: 20 * S, lcpP75: 2000 }, profile);
    expect(atMedian.metrics.timeToFirstProduct).toBeCloseTo(0.9, 3);
  });

  it('count metrics: the median scores 0.9; a zero median keeps the base target', () => {
    const rage = [1, 1, 2].map((n) => session([{ type: 'page_view', t: T0 }, ...Array.from({ length: n }, () => ({ type: 'friction', signal: 'rage_click', detail: {} }) as never)]));
    const { profile } = calibrateProfile(REFERENCE_STANDARD, rage, { id: 'x', name: 'x', siteId: 'x', now: T0 });
    expect(scoreMetrics({ rageClicks: 1 }, profile).metrics.rageClicks).toBeCloseTo(0.9, 6);
    expect(profile.targets.deadClicks).toEqual(REFERENCE_STANDARD.targets.deadClicks);
  });

  it('refuses to calibrate from no sessions', () => {
    expect(() => calibrateProfile(REFERENCE_STANDARD, [], { id: 'x', name: 'x', siteId: 'gucci', now: T0 })).toThrow(/No recorded sessions on gucci/);
  });
});
