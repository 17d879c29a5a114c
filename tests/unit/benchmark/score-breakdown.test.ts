import { describe, expect, it } from 'vitest';
import { scoreBreakdown } from '@/lib/benchmark';
import { REFERENCE_STANDARD } from '@/lib/score';
import { syntheticSession } from './synthetic-sessions';

describe('scoreBreakdown', () => {
  const session = syntheticSession({
    siteId: 'gucci', startedAt: Date.UTC(2026, 1, 1), timeToFirstProduct: 45_000, searches: 2, zeroResultSearches: 1,
    lcp: [3200, 4100], inp: [180], cls: [0.02], friction: { interstitial: 1, rage_click: 1 },
  });
  const { result, pillars } = scoreBreakdown(session, REFERENCE_STANDARD);

  it('every point lost is on a metric line, small losses included, so the lines add up to the score', () => {
    const lost = pillars.reduce((sum, p) => sum + p.pointsLost, 0);
    expect(100 - lost).toBeCloseTo(result.score!, 0);
    expect(result.score).toBe(session.score!.score);
  });

  it('shows unmeasured metrics and pillars without points (checkout never reached)', () => {
    const buy = pillars.find((p) => p.pillar === 'buy')!;
    expect(buy.score).toBeNull();
    expect(buy.metrics.every((m) => m.value === null && m.pointsLost === null)).toBe(true);
    const find = pillars.find((p) => p.pillar === 'find')!;
    expect(find.metrics.find((m) => m.metric === 'timeToFirstProduct')).toMatchObject({ value: 45_000, target: 20_000 });
    expect(find.score).toBeGreaterThan(0);
    expect(find.score).toBeLessThan(100);
  });

  it('the biggest loss is where the deductions say', () => {
    const lines = pillars.flatMap((p) => p.metrics).filter((m) => m.pointsLost !== null).sort((a, b) => b.pointsLost! - a.pointsLost!);
    expect(lines[0].metric).toBe(result.deductions[0].metric);
    expect(lines[0].pointsLost).toBeCloseTo(result.deductions[0].points, 6);
  });
});
