// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { BenchmarkScreen } from '@/components/dashboard/benchmark/benchmark-screen';
import { BenchmarkTable } from '@/components/dashboard/benchmark/benchmark-table';
import { benchmarkRows } from '@/lib/benchmark';
import { copyProfile, REFERENCE_STANDARD } from '@/lib/score';
import { saveProfile } from '@/lib/store';
import { syntheticSession, syntheticSessions, type SiteCharacter } from '../benchmark/synthetic-sessions';
import { renderInDashboard, seed } from './dashboard-harness';

afterEach(cleanup);

const SITES: SiteCharacter[] = [
  { siteId: 'net-a-porter', siteName: 'Net-a-Porter', findMs: 12_000, lcpMs: 1800, zeroResultChance: 0.03, checkoutSteps: 3, checkoutFields: 8, forcedLoginChance: 0, frictionRate: 0.3 },
  { siteId: 'gucci', siteName: 'Gucci', findMs: 45_000, lcpMs: 4200, zeroResultChance: 0.2, checkoutSteps: 5, checkoutFields: 13, forcedLoginChance: 0.6, frictionRate: 2.5 },
  { siteId: 'dior', siteName: 'Dior', findMs: 25_000, lcpMs: 2800, zeroResultChance: 0.1, checkoutSteps: 4, checkoutFields: 10, forcedLoginChance: 0.2, frictionRate: 1.2 },
  { siteId: 'celine', siteName: 'Celine', findMs: 30_000, lcpMs: 3000, zeroResultChance: 0.12, checkoutSteps: 4, checkoutFields: 11, forcedLoginChance: 0.3, frictionRate: 1.5 },
];
/** Sites get different session counts, so the default comparison (most sessions) is known. */
function sessions() {
  return [
    ...syntheticSessions(40, [SITES[0]], { seed: 1 }),
    ...syntheticSessions(30, [SITES[1]], { seed: 2 }).map((s) => ({ ...s, id: `g-${s.id}` })),
    ...syntheticSessions(20, [SITES[2]], { seed: 3 }).map((s) => ({ ...s, id: `d-${s.id}` })),
    ...syntheticSessions(10, [SITES[3]], { seed: 4 }).map((s) => ({ ...s, id: `c-${s.id}` })),
  ];
}

const brandsInTable = () => screen.getAllByTestId('benchmark-row').map((row) => within(row).getByRole('rowheader').querySelector('.benchmark-table__name')!.textContent);

describe('the benchmark', () => {
  it('has a row per brand, best median score first, with medians, intervals and gaps to the target', async () => {
    const all = sessions();
    await renderInDashboard(<BenchmarkScreen />, await seed(all));
    await waitFor(() => expect(screen.getAllByTestId('benchmark-row')).toHaveLength(4));
    const expected = benchmarkRows(all, REFERENCE_STANDARD);
    expect(brandsInTable()).toEqual(expected.map((r) => r.siteName));
    expect(brandsInTable()[0]).toBe('Net-a-Porter');
    expect(brandsInTable()[3]).toBe('Gucci');

    const napRow = screen.getAllByTestId('benchmark-row')[0];
    const nap = expected[0];
    expect(within(napRow).getByTestId('cell-score').textContent).toContain(nap.score!.value.toFixed(1));
    expect(within(napRow).getByTestId('cell-score').textContent).toContain(nap.grade!);
    expect(napRow.textContent).toContain('40 sessions');
    const gucciRow = screen.getAllByTestId('benchmark-row')[3];
    // Gucci's shoppers take ~45 s to find a product: over the 20 s target, said in words.
    expect(within(gucciRow).getByTestId('cell-ttfp').textContent).toMatch(/over$/);
    expect(within(gucciRow).getByTestId('cell-lcp').textContent).toMatch(/\d\.\d s.*over/);
    expect(within(screen.getAllByTestId('benchmark-row')[0]).getByTestId('cell-lcp').textContent).toContain('✓ on target');
    expect(within(napRow).getByTestId('cell-ces').textContent).toContain(`n=${nap.ces!.n}`);
  });

  it('scores against the chosen profile: the scoring profile by default, another on request', async () => {
    const all = sessions();
    const db = await seed(all);
    const strict = copyProfile(REFERENCE_STANDARD, 'strict', 'Strict house standard');
    strict.targets.timeToFirstProduct = { good: 3000, poor: 8000, weight: 1 };
    strict.targets.lcpP75 = { good: 1000, poor: 1500, weight: 1 };
    await saveProfile(db, strict);
    await renderInDashboard(<BenchmarkScreen />, db);
    await waitFor(() => expect(screen.getAllByTestId('benchmark-row')).toHaveLength(4));
    const select = screen.getByTestId('benchmark-profile') as HTMLSelectElement;
    expect(select.value).toBe('reference-standard');
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['Reference standard (built in) — scoring profile', 'Strict house standard']);

    fireEvent.change(select, { target: { value: 'strict' } });
    const expected = benchmarkRows(all, strict);
    await waitFor(() => expect(within(screen.getAllByTestId('benchmark-row')[0]).getByTestId('cell-score').textContent).toContain(expected[0].score!.value.toFixed(1)));
    expect(expected[0].score!.value).toBeLessThan(benchmarkRows(all, REFERENCE_STANDARD)[0].score!.value);
    expect(within(screen.getAllByTestId('benchmark-row')[0]).getByTestId('cell-ttfp').textContent).toMatch(/over$/);
  });

  it('compares the three brands with most sessions in charts, and follows the ticked brands', async () => {
    await renderInDashboard(<BenchmarkScreen />, await seed(sessions()));
    const charts = await screen.findByTestId('compare-charts');
    const pillars = within(charts).getByTestId('pillar-chart');
    const svg = pillars.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.querySelector('title')!.textContent).toBe('Median pillar scores: Net-a-Porter, Gucci, Dior');
    expect(svg.querySelector('desc')!.textContent).toMatch(/Find: Net-a-Porter \d+, Gucci \d+, Dior \d+/);
    expect(svg.querySelectorAll('rect[fill]').length).toBeGreaterThanOrEqual(12); // 4 pillars × 3 brands, each labelled
    expect(svg.querySelectorAll('text.chart__value').length).toBe(12);
    expect(within(pillars).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Net-a-Porter', 'Gucci', 'Dior']);
    expect(within(charts).getAllByTestId('distribution-row')).toHaveLength(3);
    expect(within(charts).getByTestId('distribution-chart').querySelector('desc')!.textContent).toMatch(/Net-a-Porter: median \d+, middle half \d+ to \d+/);
    const intervals = within(charts).getAllByTestId('interval-chart');
    expect(intervals.map((c) => c.querySelector('title')!.textContent)).toEqual(['Convenience score', 'Time to first product', 'Checkout time', 'Page load, p75 LCP']);
    expect(intervals[1].textContent).toContain('target 20 s');
    expect(within(intervals[1]).getAllByTestId('interval-row')).toHaveLength(3);

    const box = (name: string) => screen.getByRole('checkbox', { name: `Compare ${name}` }) as HTMLInputElement;
    expect([box('Net-a-Porter'), box('Gucci'), box('Dior'), box('Celine')].map((b) => b.checked)).toEqual([true, true, true, false]);
    fireEvent.click(box('Celine'));
    await waitFor(() => expect(within(screen.getByTestId('compare-charts')).getAllByTestId('distribution-row')).toHaveLength(4));
    fireEvent.click(box('Gucci'));
    fireEvent.click(box('Dior'));
    fireEvent.click(box('Celine'));
    expect(await screen.findByTestId('compare-hint')).toBeTruthy();
    expect(screen.queryByTestId('compare-charts')).toBeNull();
  });

  it('never lets more than four brands be ticked', async () => {
    const all = [...sessions(), ...syntheticSessions(5, [{ ...SITES[3], siteId: 'loewe', siteName: 'Loewe' }], { seed: 9 }).map((s) => ({ ...s, id: `l-${s.id}` }))];
    await renderInDashboard(<BenchmarkScreen />, await seed(all));
    await waitFor(() => expect(screen.getAllByTestId('benchmark-row')).toHaveLength(5));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Compare Celine' }));
    await waitFor(() => expect((screen.getByRole('checkbox', { name: 'Compare Loewe' }) as HTMLInputElement).disabled).toBe(true));
  });

  it('writes an LCP just over its target in milliseconds, a one-session brand in the singular, and a sub-millisecond miss as on target', () => {
    // The Reference standard's LCP target is 2.5 s: one page load 36 ms slower, one 0.3 ms slower.
    const rows = benchmarkRows([
      syntheticSession({ siteId: 'celine', siteName: 'Celine', startedAt: 1, lcp: [2536] }),
      syntheticSession({ siteId: 'loewe', siteName: 'Loewe', startedAt: 1, lcp: [2500.3] }),
    ], REFERENCE_STANDARD);
    render(<BenchmarkTable rows={rows} compared={[]} onToggleCompare={() => {}} profileName="Reference standard" />);
    const row = (name: string) => screen.getAllByTestId('benchmark-row').find((r) => r.textContent!.includes(name))!;
    expect(row('Celine').querySelector('.benchmark-table__sessions')!.textContent).toBe('1 session');
    expect(within(row('Celine')).getByTestId('cell-lcp').querySelector('.gap')!.textContent).toBe('+36 ms over');
    expect(within(row('Celine')).getByTestId('cell-lcp').querySelector('.fig__ci')!.getAttribute('title')).toBe('95% interval, from 1 page load');
    expect(within(row('Loewe')).getByTestId('cell-lcp').querySelector('.gap')!.textContent).toBe('✓ on target');
  });

  it('names the compare column for screen readers without a visible word', () => {
    render(<BenchmarkTable rows={benchmarkRows(sessions(), REFERENCE_STANDARD)} compared={[]} onToggleCompare={() => {}} profileName="Reference standard" />);
    const header = screen.getByRole('columnheader', { name: 'Compare' });
    expect(header.querySelector('.visually-hidden')!.textContent).toBe('Compare');
  });

  it('says when there is nothing to benchmark', async () => {
    await renderInDashboard(<BenchmarkScreen />);
    expect(await screen.findByTestId('no-benchmark')).toBeTruthy();
  });
});
