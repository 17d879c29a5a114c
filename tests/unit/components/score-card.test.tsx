// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ScoreCard } from '@/components/score-card';
import type { SessionScore } from '@/lib/score/score-session';
import { scoreSession } from '@/lib/score/score-session';
import { REFERENCE_STANDARD } from '@/lib/score/profile';
import { storedSession } from './journey-fixtures';

afterEach(cleanup);

const browseOnly: SessionScore = {
  score: 58.2,
  grade: 'Ordinary',
  coverage: 0.62,
  pillars: { find: 0.4745, wait: 0.824, buy: null, calm: 0 },
  metrics: {},
  deductions: [],
  profileId: 'reference-standard',
};

describe('ScoreCard', () => {
  it('shows the score, its grade and how much of the model was measured, in words', () => {
    render(<ScoreCard score={browseOnly} />);
    expect(screen.getByTestId('score-value').textContent).toBe('58');
    expect(screen.getByTestId('score-grade').textContent).toBe('Ordinary');
    expect(screen.getByTestId('score-coverage').textContent).toBe('measured 62% of the model');
    // The dial is an image whose name carries the number: nothing rests on the arc's colour or length.
    expect(screen.getByRole('img', { name: 'Convenience score 58 out of 100' })).toBeTruthy();
  });

  it('draws the dial arc in proportion to the score', () => {
    const { container } = render(<ScoreCard score={browseOnly} />);
    const [track, value] = [...container.querySelectorAll('circle')].map((c) => Number(c.getAttribute('stroke-dasharray')!.split(' ')[0]));
    expect(value / track).toBeCloseTo(0.582, 3);
  });

  it('labels each pillar with its value out of 100', () => {
    render(<ScoreCard score={browseOnly} />);
    expect(screen.getByTestId('pillar-find').textContent).toMatch(/^Find47 out of 100$/);
    expect(screen.getByTestId('pillar-wait').textContent).toContain('82');
    // A measured zero is a zero: a bar with no fill, and the number 0.
    const calm = screen.getByTestId('pillar-calm');
    expect(calm.textContent).toContain('Calm0 out of 100');
    expect((calm.querySelector('.pillar-bar__fill') as HTMLElement).style.width).toBe('0%');
  });

  it('shows an unmeasured pillar as "not measured", not as zero', () => {
    render(<ScoreCard score={browseOnly} />);
    const buy = screen.getByTestId('pillar-buy');
    expect(buy.textContent).toBe('Buynot measured');
    expect(buy.textContent).not.toMatch(/\d/);
    expect(buy.querySelector('.pillar-bar__fill')).toBeNull();
  });

  it('says the session is not scored yet when nothing could be measured', () => {
    render(<ScoreCard score={null} />);
    expect(screen.getByTestId('score-value').textContent).toBe('—');
    expect(screen.getByTestId('score-grade').textContent).toBe('Not scored yet');
    expect(screen.getByRole('img', { name: /not measured yet/ })).toBeTruthy();
    const pillars = within(screen.getByRole('list', { name: 'Score by pillar' })).getAllByRole('listitem');
    expect(pillars.map((p) => p.textContent)).toEqual(['Findnot measured', 'Waitnot measured', 'Buynot measured', 'Calmnot measured']);
  });

  it('reads a score made by the real scoring rules', () => {
    const { session } = storedSession('net-a-porter', 'Net-a-Porter', [
      { at: 1_747_224_000_000, pageType: 'home', title: 'Home', path: '/' },
      { at: 1_747_224_030_000, pageType: 'listing', title: 'Bags', path: '/bags' },
    ]);
    const score = scoreSession(session, REFERENCE_STANDARD);
    render(<ScoreCard score={score} />);
    expect(screen.getByTestId('score-value').textContent).toBe(String(Math.round(score.score!)));
    expect(screen.getByTestId('pillar-buy').textContent).toContain('not measured');
  });
});
