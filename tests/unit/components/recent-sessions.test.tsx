// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { RecentSessions } from '@/components/recent-sessions';
import { withScore } from '@/lib/score/score-session';
import { storedSession } from './journey-fixtures';

afterEach(cleanup);

const now = new Date(2025, 4, 14, 16, 0).getTime();

describe('RecentSessions', () => {
  it('lists each session with its site, day, length and pages, in the order given', () => {
    const today = new Date(2025, 4, 14, 15, 0).getTime();
    const yesterday = new Date(2025, 4, 13, 10, 0).getTime();
    const live = storedSession('net-a-porter', 'Net-a-Porter', [
      { at: today, pageType: 'home', title: 'Home', path: '/' },
      { at: today + 60_000, pageType: 'listing', title: 'Bags', path: '/shop/bags' },
    ]).session;
    const ended = storedSession('gucci', 'Gucci', [
      { at: yesterday, pageType: 'home', title: 'Gucci', path: '/' },
      { at: yesterday + 12 * 60_000, pageType: 'product', title: 'Bag', path: '/pr/1' },
      { at: yesterday + 72 * 60_000, pageType: 'bag', title: 'Bag', path: '/cart' },
    ], { endedAt: yesterday + 80 * 60_000 }).session;

    render(<RecentSessions sessions={[live, ended]} now={now} />);

    const rows = screen.getAllByTestId('recent-session');
    expect(rows).toHaveLength(2);
    expect(rows[0].textContent).toContain('Net-a-Porter');
    expect(rows[0].textContent).toContain('Today');
    expect(rows[0].textContent).toContain('Live');
    expect(rows[0].textContent).toContain('1 h'); // live: runs to now, an hour after the start
    expect(rows[0].textContent).toContain('2 pages');
    expect(rows[1].textContent).toContain('Gucci');
    expect(rows[1].textContent).toContain('Yesterday');
    expect(rows[1].textContent).toContain('1 h 12 min'); // ended: to its last event
    expect(rows[1].textContent).toContain('3 pages');
    expect(rows[1].textContent).not.toContain('Live');
  });

  it('says when there are no sessions yet', () => {
    render(<RecentSessions sessions={[]} now={now} />);
    expect(screen.getByTestId('recent-sessions').textContent).toMatch(/No sessions yet/);
    expect(screen.queryAllByTestId('recent-session')).toHaveLength(0);
  });

  it('gives each session its score and grade, or says it is not scored', () => {
    const day = new Date(2025, 4, 14, 15, 0).getTime();
    const scored = withScore(storedSession('gucci', 'Gucci', [
      { at: day, pageType: 'home', title: 'Gucci', path: '/' },
      { at: day + 30_000, pageType: 'listing', title: 'Bags', path: '/bags' },
    ], { endedAt: day + 60_000 }).session);
    const unscored = { ...storedSession('celine', 'Celine', [{ at: day, pageType: 'home', title: 'Celine', path: '/' }]).session, score: null };

    render(<RecentSessions sessions={[scored, unscored]} now={now} />);

    const [first, second] = screen.getAllByTestId('recent-session-score');
    expect(first.textContent).toBe(`${Math.round(scored.score!.score!)}${scored.score!.grade}`);
    expect(first.textContent).toMatch(/^\d+(Effortless|Smooth|Ordinary|Laborious)$/);
    expect(second.textContent).toBe('Not scored');
  });
});
