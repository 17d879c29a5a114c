// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { FrictionReport } from '@/components/friction-report';
import type { Session } from '@/lib/journey/session';
import type { Deduction } from '@/lib/score/score-session';
import { storedSession } from './journey-fixtures';

afterEach(cleanup);

const deductions: Deduction[] = [
  { metric: 'zeroResultSearches', pillar: 'find', value: 1, target: 1, points: 6.2, sentence: 'A search found nothing (−6)' },
  { metric: 'interstitials', pillar: 'calm', value: 1, target: 2, points: 4, sentence: '1 pop-up got in your way (−4)' },
];

function sessionWith(friction: Session['counts']['friction'], withDeductions: Deduction[] = []): Session {
  const { session } = storedSession('net-a-porter', 'Net-a-Porter', [{ at: 1_747_224_000_000, pageType: 'home', title: 'Home', path: '/' }]);
  return {
    ...session,
    counts: { ...session.counts, friction },
    frictionTotal: Object.values(friction).reduce((sum, n) => sum + (n ?? 0), 0),
    score: { score: 80, grade: 'Smooth', coverage: 0.5, pillars: { find: 1, wait: 1, buy: null, calm: 1 }, metrics: {}, deductions: withDeductions, profileId: 'reference-standard' },
  };
}

describe('FrictionReport', () => {
  it('lists one line per signal met, with its count and a shopper’s explanation', () => {
    render(<FrictionReport session={sessionWith({ rage_click: 2, interstitial: 1, zero_results: 0 })} />);
    const items = within(screen.getByTestId('friction-list')).getAllByTestId('friction-item');
    expect(items.map((item) => item.getAttribute('data-signal'))).toEqual(['rage_click', 'interstitial']);
    expect(items[0].textContent).toContain('Rage clicks');
    expect(items[0].textContent).toContain('×2');
    expect(items[0].textContent).toContain('You clicked the same spot again and again');
    expect(items[1].textContent).toContain('Pop-ups in the way');
    expect(items[1].textContent).toContain('×1');
  });

  it('gives the score’s deductions in their own words, biggest first as given', () => {
    render(<FrictionReport session={sessionWith({ zero_results: 1, interstitial: 1 }, deductions)} />);
    const lines = within(screen.getByTestId('deductions')).getAllByTestId('deduction');
    expect(lines.map((line) => line.textContent)).toEqual(['FindA search found nothing (−6)', 'Calm1 pop-up got in your way (−4)']);
  });

  it('shows deductions even when no friction event was met (e.g. a slow checkout)', () => {
    render(<FrictionReport session={sessionWith({}, [deductions[0]])} />);
    expect(screen.queryByTestId('friction-list')).toBeNull();
    expect(screen.getAllByTestId('deduction')).toHaveLength(1);
  });

  it('says plainly when nothing got in the way', () => {
    render(<FrictionReport session={sessionWith({})} />);
    expect(screen.getByTestId('friction-report').textContent).toMatch(/Nothing so far/);
    expect(screen.queryByTestId('friction-item')).toBeNull();
    expect(screen.queryByTestId('deduction')).toBeNull();
  });
});
