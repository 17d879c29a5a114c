// @vitest-environment happy-dom
// The dashboard as the browser opens it: the real App over fake IndexedDB, routed by the hash.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '@/entrypoints/dashboard/App';
import { syntheticSessions } from '../benchmark/synthetic-sessions';
import { seed } from './dashboard-harness';

afterEach(cleanup);

function openAt(hash: string) {
  window.history.replaceState({}, '', `/dashboard.html${hash}`);
  return render(<App />);
}

const NAV = () => screen.getByRole('navigation', { name: 'Dashboard' });

describe('the dashboard shell', () => {
  it('opens the view named by the hash, marks it in the navigation, and follows links', async () => {
    const sessions = syntheticSessions(6, [{ siteId: 'dior', siteName: 'Dior', findMs: 20_000, lcpMs: 2500, zeroResultChance: 0.1, checkoutSteps: 4, checkoutFields: 10, forcedLoginChance: 0.1, frictionRate: 1 }], { seed: 2 });
    (await seed(sessions)).close();
    openAt('#/benchmark');
    expect(await screen.findByRole('heading', { level: 1, name: 'Benchmark' })).toBeTruthy();
    expect(within(NAV()).getByRole('link', { name: 'Benchmark' }).getAttribute('aria-current')).toBe('page');
    expect(within(NAV()).getByRole('link', { name: 'Sessions' }).getAttribute('aria-current')).toBeNull();

    window.location.hash = '#/sessions';
    expect(await screen.findByRole('heading', { level: 1, name: 'Sessions' })).toBeTruthy();
    await waitFor(() => expect(screen.getAllByTestId('session-row')).toHaveLength(6));

    const first = screen.getAllByTestId('session-row')[0];
    const link = within(first).getByRole('link');
    window.location.hash = link.getAttribute('href')!;
    expect(await screen.findByTestId('session-site')).toHaveProperty('textContent', 'Dior');
    expect(within(NAV()).getByRole('link', { name: 'Sessions' }).getAttribute('aria-current')).toBe('page');
  });

  it('keeps the session table’s sort when coming back from a session', async () => {
    (await seed(syntheticSessions(8, [{ siteId: 'celine', siteName: 'Celine', findMs: 20_000, lcpMs: 2500, zeroResultChance: 0.1, checkoutSteps: 4, checkoutFields: 10, forcedLoginChance: 0.1, frictionRate: 1 }], { seed: 4 }))).close();
    openAt('#/sessions');
    await waitFor(() => expect(screen.getAllByTestId('session-row')).toHaveLength(8));
    fireEvent.click(screen.getByRole('button', { name: /Friction/ }));
    await waitFor(() => expect(screen.getByRole('columnheader', { name: /Friction/ }).getAttribute('aria-sort')).toBe('descending'));
    window.location.hash = '#/profiles';
    expect(await screen.findByRole('heading', { level: 1, name: 'Profiles' })).toBeTruthy();
    window.location.hash = '#/sessions';
    await waitFor(() => expect(screen.getByRole('columnheader', { name: /Friction/ }).getAttribute('aria-sort')).toBe('descending'));
  });

  it('has one polite live region for async results', async () => {
    openAt('#/sessions');
    const region = await screen.findByTestId('live-region');
    expect(region.getAttribute('role')).toBe('status');
    expect(region.getAttribute('aria-live')).toBe('polite');
  });
});
