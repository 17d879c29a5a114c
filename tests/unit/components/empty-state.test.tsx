// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { EmptyState, knownSitesSentence } from '@/components/empty-state';

afterEach(cleanup);

describe('EmptyState', () => {
  it('explains what Vitrine does, where it records, and that data stays local', () => {
    render(<EmptyState />);
    const state = screen.getByTestId('empty-state');
    expect(screen.getByRole('heading', { level: 1 })).toBeTruthy();
    expect(state.textContent).toMatch(/times your journey/);
    expect(state.textContent).toMatch(/Only on known luxury sites/);
    expect(state.textContent).toContain('Net-a-Porter');
    expect(state.textContent).toMatch(/Nothing leaves this device/);
  });
});

describe('knownSitesSentence', () => {
  it('names the first four sites and counts the rest', () => {
    expect(knownSitesSentence(['A', 'B', 'C', 'D', 'E', 'F'])).toBe('A, B, C, D and 2 more');
  });

  it('joins a short list with "and"', () => {
    expect(knownSitesSentence(['A', 'B', 'C'])).toBe('A, B and C');
    expect(knownSitesSentence(['A'])).toBe('A');
  });
});
