// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SessionSummary } from '@/components/session-summary';
import { storedSession } from './journey-fixtures';

afterEach(cleanup);

const start = Date.UTC(2025, 4, 14, 12, 0, 0);
const pages = [
  { at: start, pageType: 'home' as const, title: 'Home', path: '/' },
  { at: start + 60_000, pageType: 'listing' as const, title: 'Bags', path: '/shop/bags' },
];

describe('SessionSummary', () => {
  it('shows a live session running to now, with its site and page count', () => {
    const { session } = storedSession('net-a-porter', 'Net-a-Porter', pages);
    render(<SessionSummary session={session} now={start + 125_000} />);

    expect(screen.getByTestId('site-name').textContent).toBe('Net-a-Porter');
    expect(screen.getByTestId('page-count').textContent).toBe('2');
    expect(screen.getByTestId('duration').textContent).toBe('2:05');
    expect(screen.getByTestId('session-status').textContent).toBe('Recording');
  });

  it('stops the clock at the end of an ended session', () => {
    const { session } = storedSession('net-a-porter', 'Net-a-Porter', pages, { endedAt: start + 999_999 });
    render(<SessionSummary session={session} now={start + 5 * 3_600_000} />);

    // An idle end closes the session at its last event, one minute in.
    expect(screen.getByTestId('duration').textContent).toBe('1:00');
    expect(screen.getByTestId('session-status').textContent).toBe('Ended');
  });
});
