import { describe, expect, it } from 'vitest';
import { createUTurnDetector } from '@/lib/recorder/friction/u-turns';
import type { FoundFriction } from '@/lib/recorder/friction/friction-sink';

const T0 = 1_800_000_000_000;
const PRODUCT = 'https://www.mytheresa.com/gb/en/women/margaux-15-leather-tote-p00512345';

function setup() {
  const found: FoundFriction[] = [];
  const detector = createUTurnDetector({ emit: (f) => found.push(f) });
  detector.visitStarted(T0, PRODUCT);
  return { found, detector };
}

describe('u-turns', () => {
  it("the shopper's Back to the previous page within 7 s of arriving is a u-turn, on the page left", () => {
    const { found, detector } = setup();
    detector.traversing({ t: T0 + 1200, userInitiated: true, toPrevious: true });
    expect(found).toEqual([{ signal: 'u_turn', t: T0 + 1200, detail: { from: '/gb/en/women/margaux-15-leather-tote-p00512345', dwellMs: 1200 } }]);
  });

  it("a page's own history.back() is not the shopper's u-turn", () => {
    const { found, detector } = setup();
    detector.traversing({ t: T0 + 1200, userInitiated: false, toPrevious: true });
    expect(found).toEqual([]);
  });

  it('going back after a real look, or forward, or two pages back, is no u-turn', () => {
    for (const traversal of [
      { t: T0 + 7001, userInitiated: true, toPrevious: true },
      { t: T0 + 1000, userInitiated: true, toPrevious: false },
    ]) {
      const { found, detector } = setup();
      detector.traversing(traversal);
      expect(found, JSON.stringify(traversal)).toEqual([]);
    }
  });

  it('counts one u-turn per arrival', () => {
    const { found, detector } = setup();
    detector.traversing({ t: T0 + 1000, userInitiated: true, toPrevious: true });
    detector.traversing({ t: T0 + 1500, userInitiated: true, toPrevious: true });
    expect(found).toHaveLength(1);
  });
});
