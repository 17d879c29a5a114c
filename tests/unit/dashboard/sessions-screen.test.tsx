// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { SessionsScreen } from '@/components/dashboard/sessions/sessions-screen';
import { INITIAL_SESSIONS_STATE } from '@/components/dashboard/sessions/sessions-state';
import type { Session } from '@/lib/journey/session';
import { syntheticSessions, type SiteCharacter } from '../benchmark/synthetic-sessions';
import { renderInDashboard, seed } from './dashboard-harness';

afterEach(cleanup);

const site = (siteId: string, siteName: string): SiteCharacter => ({
  siteId, siteName, findMs: 20_000, lcpMs: 2600, zeroResultChance: 0.1, checkoutSteps: 4, checkoutFields: 10, forcedLoginChance: 0.2, frictionRate: 1.5,
});
const FROM = new Date(2026, 0, 1).getTime();
const DAY = 86_400_000;

function sessions(): Session[] {
  const all = syntheticSessions(120, [site('net-a-porter', 'Net-a-Porter'), site('gucci', 'Gucci'), site('dior', 'Dior')], { seed: 5, from: FROM, spanMs: 30 * DAY });
  all.forEach((s, i) => {
    if (i % 10 === 0) s.study = { studyId: 'pilot', participantId: `p${i}`, taskId: null };
  });
  return all;
}

function SessionsHarness() {
  const [state, setState] = useState(INITIAL_SESSIONS_STATE);
  return <SessionsScreen state={state} onChange={setState} now={FROM + 40 * DAY} />;
}

const rowIds = () => screen.getAllByTestId('session-row').map((row) => row.querySelector('a')!.getAttribute('href')!.replace('#/sessions/', ''));
const status = () => screen.getByTestId('page-status').textContent;
const order = (list: Session[], key: (s: Session) => number | null | undefined, direction: 1 | -1) =>
  list.filter((s) => typeof key(s) === 'number').sort((a, b) => direction * (key(a)! - key(b)! || (a.id < b.id ? -1 : 1))).map((s) => s.id);

describe('the sessions table', () => {
  it('lists the newest 50 sessions first, each a link to its session, with score, grade, CES and friction', async () => {
    const all = sessions();
    await renderInDashboard(<SessionsHarness />, await seed(all));
    await waitFor(() => expect(status()).toBe('Sessions 1–50 of 120'));
    expect(rowIds()).toEqual(order(all, (s) => s.startedAt, -1).slice(0, 50));
    const started = screen.getByRole('columnheader', { name: /Started/ });
    expect(started.getAttribute('aria-sort')).toBe('descending');
    const newest = all.find((s) => s.id === rowIds()[0])!;
    const firstRow = screen.getAllByTestId('session-row')[0];
    expect(within(firstRow).getByRole('link').getAttribute('href')).toBe(`#/sessions/${newest.id}`);
    expect(firstRow.textContent).toContain(newest.siteName);
    expect(firstRow.textContent).toContain(String(Math.round(newest.score!.score!)));
    expect(firstRow.textContent).toContain(newest.score!.grade!);
    expect(firstRow.textContent).toContain(newest.rating ? `${newest.rating.ces} / 7` : '—');
  });

  it('sorts by a column through its header button, and reverses on a second click', async () => {
    const all = sessions();
    await renderInDashboard(<SessionsHarness />, await seed(all));
    await waitFor(() => expect(rowIds()).toHaveLength(50));

    fireEvent.click(screen.getByRole('button', { name: /Score/ }));
    await waitFor(() => expect(rowIds()).toEqual(order(all, (s) => s.score?.score, -1).slice(0, 50)));
    expect(screen.getByRole('columnheader', { name: /Score/ }).getAttribute('aria-sort')).toBe('descending');
    expect(screen.getByRole('columnheader', { name: /Started/ }).getAttribute('aria-sort')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: /Score/ }));
    await waitFor(() => expect(rowIds()).toEqual(order(all, (s) => s.score?.score, 1).slice(0, 50)));
    expect(screen.getByRole('columnheader', { name: /Score/ }).getAttribute('aria-sort')).toBe('ascending');

    fireEvent.click(screen.getByRole('button', { name: /CES/ }));
    const rated = all.filter((s) => s.rating).length;
    await waitFor(() => expect(status()).toBe(`Sessions 1–${Math.min(50, rated)} of ${rated}`));
    expect(rowIds()).toEqual(order(all, (s) => s.rating?.ces, -1).slice(0, 50));
    expect(screen.getByText(/only rated sessions are listed/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: /Friction/ }));
    await waitFor(() => expect(rowIds()).toEqual(order(all, (s) => s.frictionTotal, -1).slice(0, 50)));
    fireEvent.click(screen.getByRole('button', { name: /Duration/ }));
    await waitFor(() => expect(rowIds()).toEqual(order(all, (s) => s.durationMs, -1).slice(0, 50)));
  });

  it('pages forward and back, 50 at a time', async () => {
    const all = sessions();
    await renderInDashboard(<SessionsHarness />, await seed(all));
    const expected = order(all, (s) => s.startedAt, -1);
    await waitFor(() => expect(rowIds()).toEqual(expected.slice(0, 50)));
    expect((screen.getByRole('button', { name: /Previous/ }) as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: /Next/ }));
    await waitFor(() => expect(rowIds()).toEqual(expected.slice(50, 100)));
    expect(status()).toBe('Sessions 51–100 of 120');
    fireEvent.click(screen.getByRole('button', { name: /Next/ }));
    await waitFor(() => expect(rowIds()).toEqual(expected.slice(100)));
    expect(screen.getByText('Page 3 of 3')).toBeTruthy();
    expect((screen.getByRole('button', { name: /Next/ }) as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: /Previous/ }));
    await waitFor(() => expect(rowIds()).toEqual(expected.slice(50, 100)));
  });

  it('filters by brand, date range and study tag, and clears the filters', async () => {
    const all = sessions();
    await renderInDashboard(<SessionsHarness />, await seed(all));
    await waitFor(() => expect(rowIds()).toHaveLength(50));

    const brand = screen.getByRole('combobox', { name: 'Brand' });
    await waitFor(() => expect(within(brand).getByRole('option', { name: 'Gucci (40)' })).toBeTruthy());
    fireEvent.change(brand, { target: { value: 'gucci' } });
    const gucci = all.filter((s) => s.siteId === 'gucci');
    await waitFor(() => expect(rowIds()).toEqual(order(gucci, (s) => s.startedAt, -1)));
    expect(status()).toBe('Sessions 1–40 of 40');

    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-01-10' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-01-20' } });
    const from = new Date(2026, 0, 10).getTime();
    const to = new Date(2026, 0, 21).getTime() - 1;
    const inRange = gucci.filter((s) => s.startedAt >= from && s.startedAt <= to);
    await waitFor(() => expect(rowIds()).toEqual(order(inRange, (s) => s.startedAt, -1)));
    expect(inRange.length).toBeGreaterThan(0);
    expect(inRange.length).toBeLessThan(gucci.length);

    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(status()).toBe('Sessions 1–50 of 120'));

    fireEvent.change(screen.getByRole('combobox', { name: 'Study' }), { target: { value: 'pilot' } });
    await waitFor(() => expect(rowIds()).toEqual(order(all.filter((s) => s.study), (s) => s.startedAt, -1)));
    expect(screen.getAllByText('pilot', { selector: '.study-tag' })).toHaveLength(12);
  });

  it('says when nothing is recorded yet', async () => {
    await renderInDashboard(<SessionsHarness />);
    expect(await screen.findByTestId('no-sessions')).toBeTruthy();
  });
});
