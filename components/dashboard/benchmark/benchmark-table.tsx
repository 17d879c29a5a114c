// The benchmark table: one row per brand, every figure a median (or a share)
// with its 95% interval and its gap to the profile's target written out —
// "✓ on target" or "+4.2 s over" — so the table reads without colour.
import type { BenchmarkRow, Estimate, Figure, ShareEstimate } from '@/lib/benchmark';
import type { Unit } from '@/lib/score/metrics';
import { formatByUnit, formatCount, formatCountOf, formatGap, formatMedianScore, formatPercent, formatRange, showsAsOver } from '../format-figures';
import { GradeBadge } from '../grade-badge';

export const MAX_COMPARED = 4;

/** What an interval was computed from, as [one, many]: "from 1 session", "from 40 page loads". */
type Counted = readonly [singular: string, plural: string];
const SESSIONS: Counted = ['session', 'sessions'];

export function BenchmarkTable({ rows, compared, onToggleCompare, profileName }: {
  rows: BenchmarkRow[];
  compared: string[];
  onToggleCompare: (siteId: string) => void;
  profileName: string;
}) {
  return (
    <div class="table-scroll" role="region" aria-labelledby="benchmark-table-caption" tabIndex={0}>
      <table class="data-table benchmark-table" data-testid="benchmark-table">
        <caption id="benchmark-table-caption" class="visually-hidden">
          Benchmark of every brand against {profileName}: medians with 95% intervals and the gap to each target.
        </caption>
        <thead>
          <tr>
            {/* Named for screen readers only: a visible word would widen the column past the checkbox it heads. */}
            <th scope="col" class="benchmark-table__compare"><span class="visually-hidden">Compare</span></th>
            <th scope="col">Brand</th>
            <Heading label="Score" sub="median /100" />
            <Heading label="First product" sub="median time" />
            <Heading label="Search success" sub="found a product" />
            <Heading label="Zero results" sub="of searches" />
            <Heading label="Checkout" sub="median time" />
            <Heading label="Steps" sub="at checkout" />
            <Heading label="LCP" sub="p75 of loads" />
            <Heading label="Friction" sub="per session" />
            <Heading label="CES" sub="mean of 7" />
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const checked = compared.includes(row.siteId);
            return (
              <tr key={row.siteId} data-testid="benchmark-row" class={checked ? 'is-compared' : undefined}>
                <td class="benchmark-table__compare">
                  <input type="checkbox" checked={checked} disabled={!checked && compared.length >= MAX_COMPARED}
                    aria-label={`Compare ${row.siteName}`} onChange={() => onToggleCompare(row.siteId)} />
                </td>
                <th scope="row" class="benchmark-table__brand">
                  <span class="benchmark-table__name">{row.siteName}</span>
                  <span class="benchmark-table__sessions">{formatCountOf(row.sessions, 'session')}</span>
                </th>
                <td class="num fig" data-testid="cell-score">
                  {row.score ? (
                    <>
                      <span class="fig__value fig__value--score">{formatMedianScore(row.score.value)}</span>
                      <Interval text={`${formatMedianScore(row.score.low)}–${formatMedianScore(row.score.high)}`} n={row.score.n} />
                      <GradeBadge grade={row.grade} />
                    </>
                  ) : <Missing />}
                </td>
                <EstimateCell testId="cell-ttfp" figure={row.timeToFirstProduct} unit="ms" />
                <ShareCell share={row.searchSuccess} of={['searching session', 'searching sessions']} />
                <ShareCell testId="cell-zero" share={row.zeroResultRate.estimate} target={row.zeroResultRate.target} of={['search', 'searches']} />
                <EstimateCell testId="cell-checkout" figure={row.checkoutDuration} unit="ms" />
                <EstimateCell figure={row.checkoutSteps} unit="count" />
                <EstimateCell testId="cell-lcp" figure={row.lcpP75} unit="ms" of={['page load', 'page loads']} />
                <td class="num fig">
                  {row.frictionPerSession ? <span class="fig__value">{row.frictionPerSession.mean.toFixed(1)}</span> : <Missing />}
                </td>
                <td class="num fig" data-testid="cell-ces">
                  {row.ces ? (
                    <>
                      <span class="fig__value">{row.ces.mean.toFixed(1)}</span>
                      <span class="fig__ci">{formatPercent(row.ces.easyShare)} easy · n={formatCount(row.ces.n)}</span>
                    </>
                  ) : <span class="muted">not rated</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function Heading({ label, sub }: { label: string; sub: string }) {
  return (
    <th scope="col" class="num">
      {label}
      <span class="th-sub">{sub}</span>
    </th>
  );
}

function Missing() {
  return <span class="muted" aria-label="not measured">—</span>;
}

function Interval({ text, n, of = SESSIONS }: { text: string; n: number; of?: Counted }) {
  return (
    <span class="fig__ci" title={`95% interval, from ${formatCountOf(n, ...of)}`}>
      <span class="visually-hidden">95% interval </span>{text}
    </span>
  );
}

function Gap({ target, unit }: { target: NonNullable<Figure<unknown>['target']>; unit: Unit }) {
  const title = `Target ${formatByUnit(unit, target.target)} (the profile scores it 0.9)`;
  return !target.meets && showsAsOver(unit, target.gap)
    ? <span class="gap gap--misses" title={title}>{formatGap(unit, target.gap)} over</span>
    : <span class="gap gap--meets" title={title}>✓ on target</span>;
}

function EstimateCell({ figure, unit, testId, of }: { figure: Figure<Estimate>; unit: Unit; testId?: string; of?: Counted }) {
  const e = figure.estimate;
  return (
    <td class="num fig" data-testid={testId}>
      {e ? (
        <>
          <span class="fig__value">{formatByUnit(unit, e.value)}</span>
          <Interval text={formatRange(unit, e.low, e.high)} n={e.n} of={of} />
          {figure.target && <Gap target={figure.target} unit={unit} />}
        </>
      ) : <Missing />}
    </td>
  );
}

function ShareCell({ share, target, testId, of }: { share: ShareEstimate | null; target?: Figure<unknown>['target']; testId?: string; of: Counted }) {
  return (
    <td class="num fig" data-testid={testId}>
      {share ? (
        <>
          <span class="fig__value">{formatPercent(share.share)}</span>
          <Interval text={formatRange('share', share.low, share.high)} n={share.of} of={of} />
          {target && <Gap target={target} unit="share" />}
        </>
      ) : <Missing />}
    </td>
  );
}
