// Two to four brands side by side: median pillar scores as grouped bars, the
// spread of session scores, and the key figures as medians with interval
// whiskers against the profile's targets.
import type { BenchmarkRow } from '@/lib/benchmark';
import { targetValue } from '@/lib/benchmark';
import type { Profile } from '@/lib/score';
import { PILLARS, type Pillar } from '@/lib/score';
import { IntervalChart } from '../charts/interval-chart';
import { PillarBarsChart } from '../charts/pillar-bars-chart';
import { ScoreDistributionChart } from '../charts/score-distribution-chart';

export function CompareCharts({ rows, profile }: { rows: BenchmarkRow[]; profile: Profile }) {
  const names = rows.map((r) => r.siteName).join(', ');
  return (
    <div class="compare" data-testid="compare-charts">
      <section class="panel chart-panel" aria-labelledby="pillars-heading">
        <h3 class="panel__title" id="pillars-heading">Where each brand gains and loses</h3>
        <p class="panel__lede">Median score of each pillar, out of 100.</p>
        <PillarBarsChart
          id="chart-pillars"
          title={`Median pillar scores: ${names}`}
          series={rows.map((r) => ({ label: r.siteName, values: Object.fromEntries(PILLARS.map((p) => [p, r.pillars[p]?.value ?? null])) as Record<Pillar, number | null> }))}
        />
      </section>
      <section class="panel chart-panel" aria-labelledby="spread-heading">
        <h3 class="panel__title" id="spread-heading">How consistent the experience is</h3>
        <p class="panel__lede">Sessions by score; the box spans the middle half of sessions, the whiskers the full range.</p>
        <ScoreDistributionChart id="chart-spread" title={`Distribution of session scores: ${names}`} series={rows.map((r) => ({ label: r.siteName, distribution: r.distribution }))} />
      </section>
      <section class="panel chart-panel chart-panel--full" aria-labelledby="intervals-heading">
        <h3 class="panel__title" id="intervals-heading">Medians with 95% intervals</h3>
        <p class="panel__lede">Overlapping whiskers mean the difference may be chance; the dashed line is the {profile.name} target.</p>
        <div class="interval-grid">
          <IntervalChart id="chart-score" title="Convenience score" unit="count" targetLabel="Effortless" target={90} scoreAxis
            series={rows.map((r) => ({ label: r.siteName, estimate: r.score }))} />
          <IntervalChart id="chart-ttfp" title="Time to first product" unit="ms" target={targetValue(profile, 'timeToFirstProduct')}
            series={rows.map((r) => ({ label: r.siteName, estimate: r.timeToFirstProduct.estimate }))} />
          <IntervalChart id="chart-checkout" title="Checkout time" unit="ms" target={targetValue(profile, 'checkoutDuration')}
            series={rows.map((r) => ({ label: r.siteName, estimate: r.checkoutDuration.estimate }))} />
          <IntervalChart id="chart-lcp" title="Page load, p75 LCP" unit="ms" target={targetValue(profile, 'lcpP75')} countedAs={['page load', 'page loads']}
            series={rows.map((r) => ({ label: r.siteName, estimate: r.lcpP75.estimate }))} />
        </div>
      </section>
    </div>
  );
}
