// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { IntervalChart } from '@/components/dashboard/charts/interval-chart';
import { PillarBarsChart } from '@/components/dashboard/charts/pillar-bars-chart';
import { ScoreDistributionChart } from '@/components/dashboard/charts/score-distribution-chart';
import { niceTicks, timeTicks } from '@/components/dashboard/charts/scale';

afterEach(cleanup);

describe('chart scales', () => {
  it('ticks are round numbers, and time axes step in whole seconds or minutes', () => {
    expect(niceTicks(93, 5)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceTicks(4.2, 4)).toEqual([0, 2, 4, 6]);
    expect(timeTicks(170_000, 4)).toEqual([0, 60_000, 120_000, 180_000]);
    expect(timeTicks(42_000, 4)).toEqual([0, 15_000, 30_000, 45_000]);
  });
});

describe('IntervalChart', () => {
  it('draws a labelled whisker per brand, the target line, and says “not measured” for a missing figure', () => {
    render(
      <IntervalChart id="t" title="Time to first product" unit="ms" target={20_000}
        series={[
          { label: 'Net-a-Porter', estimate: { value: 17_000, low: 15_000, high: 20_000, n: 60, method: 'bootstrap' } },
          { label: 'Gucci', estimate: null },
        ]} />,
    );
    const figure = screen.getByTestId('interval-chart');
    const svg = figure.querySelector('svg')!;
    expect(svg.getAttribute('aria-labelledby')).toBe('t-title t-desc');
    expect(svg.querySelector('desc')!.textContent).toBe('Median with 95% interval for each brand; the profile’s target is 20 s. Net-a-Porter: 17 s, 95% interval 15–20 s, from 60 sessions. Gucci: not measured.');
    const rows = within(figure).getAllByTestId('interval-row');
    expect(rows[0].textContent).toContain('17 s');
    expect(rows[0].textContent).toContain('15–20 s');
    expect(rows[1].textContent).toContain('not measured');
    expect(figure.textContent).toContain('target 20 s');
  });

  it('says what an estimate was counted from, in the singular for one', () => {
    render(
      <IntervalChart id="l" title="Page load, p75 LCP" unit="ms" countedAs={['page load', 'page loads']}
        series={[{ label: 'Celine', estimate: { value: 2100, low: 2100, high: 2100, n: 1, method: 'bootstrap' } }]} />,
    );
    expect(screen.getByTestId('interval-chart').querySelector('desc')!.textContent).toContain('Celine: 2.1 s, 95% interval 2.1–2.1 s, from 1 page load.');
  });
});

describe('PillarBarsChart', () => {
  it('labels every bar with its value and marks an unmeasured pillar n/a', () => {
    render(<PillarBarsChart id="p" title="Pillars" series={[
      { label: 'A', values: { find: 91.6, wait: 70, buy: null, calm: 88 } },
      { label: 'B', values: { find: 60, wait: 65, buy: 40, calm: 75 } },
    ]} />);
    const svg = screen.getByTestId('pillar-chart').querySelector('svg')!;
    expect([...svg.querySelectorAll('text.chart__value')].map((t) => t.textContent)).toEqual(['92', '60', '70', '65', 'n/a', '40', '88', '75']);
    expect(svg.querySelector('desc')!.textContent).toContain('Buy: A not measured, B 40');
    // Series differ by pattern, not only colour: the second brand's bars use a pattern fill.
    expect(svg.querySelector('rect[fill^="url(#p-series-1)"]')).toBeTruthy();
  });
});

describe('ScoreDistributionChart', () => {
  it('draws a histogram and a box plot per brand, with the median written', () => {
    render(<ScoreDistributionChart id="d" title="Spread" series={[
      { label: 'A', distribution: { histogram: [0, 0, 0, 0, 0, 1, 2, 5, 8, 4], min: 52, q1: 74, median: 82, q3: 88, max: 99 } },
      { label: 'B', distribution: null },
    ]} />);
    const rows = screen.getAllByTestId('distribution-row');
    expect(rows[0].textContent).toContain('median 82');
    expect(rows[0].textContent).toContain('20 sessions');
    expect(rows[0].querySelectorAll('rect[fill]')).toHaveLength(5); // five non-empty bins
    expect(rows[1].textContent).toContain('no scored sessions');
  });

  it('a brand with one scored session says “1 session”', () => {
    render(<ScoreDistributionChart id="one" title="Spread" series={[
      { label: 'Celine', distribution: { histogram: [0, 0, 0, 0, 0, 0, 0, 1, 0, 0], min: 74, q1: 74, median: 74, q3: 74, max: 74 } },
    ]} />);
    const row = screen.getByTestId('distribution-row');
    expect(row.querySelector('.chart__series-note')!.textContent).toBe('1 session');
    expect(row.querySelector('rect title')!.textContent).toBe('Celine: 1 session scored 70–79');
    expect(screen.getByTestId('distribution-chart').querySelector('desc')!.textContent).toContain('range 74 to 74, 1 session.');
  });
});

describe('score axis', () => {
  it('spans only the tens the figures need, so close brands stay apart', async () => {
    const { scoreTicks } = await import('@/components/dashboard/charts/scale');
    expect(scoreTicks(73.3, 91.6)).toEqual([70, 75, 80, 85, 90, 95, 100]);
    expect(scoreTicks(12, 95)).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
  });
});
