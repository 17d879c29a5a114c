// One figure across brands as medians with 95% interval whiskers, against the
// profile's target (a dashed line). Rows are labelled with the brand, and the
// median and its interval are written beside each whisker.
import type { Estimate } from '@/lib/benchmark';
import type { Unit } from '@/lib/score/metrics';
import { formatByUnit, formatCountOf, formatRange, formatTimeTick } from '../format-figures';
import { linearScale, niceTicks, scoreTicks, timeTicks } from './scale';
import { Marker, SERIES_STYLES } from './series-styles';

export interface IntervalSeries {
  label: string;
  estimate: Estimate | null;
}

const WIDTH = 520;
const LABEL_WIDTH = 112;
const VALUE_WIDTH = 104;
const ROW_HEIGHT = 38;
const TOP = 26;
const AXIS_HEIGHT = 24;

export function IntervalChart({ id, title, unit, series, target, targetLabel = 'target', scoreAxis = false, countedAs = ['session', 'sessions'] }: {
  id: string;
  title: string;
  unit: Unit;
  series: IntervalSeries[];
  /** The value scoring 0.9 under the profile, if the figure has one. */
  target?: number | null;
  targetLabel?: string;
  /** A 0–100 score: the axis spans only the tens the whiskers and target need, so close brands stay apart. */
  scoreAxis?: boolean;
  /** What each estimate's n counts, as [one, many]: sessions unless said otherwise (LCP counts page loads). */
  countedAs?: readonly [singular: string, plural: string];
}) {
  const height = TOP + series.length * ROW_HEIGHT + AXIS_HEIGHT;
  const highest = Math.max(target ?? 0, ...series.map((s) => s.estimate?.high ?? 0));
  const lowest = Math.min(target ?? 100, ...series.map((s) => s.estimate?.low ?? 100));
  const ticks = scoreAxis ? scoreTicks(lowest, highest) : unit === 'ms' ? timeTicks(highest * 1.05, 4) : niceTicks(highest * 1.05, 4);
  const tickLabel = unit === 'ms' ? formatTimeTick : (v: number) => formatByUnit(unit, v);
  const x = linearScale([ticks[0], ticks.at(-1)!], [LABEL_WIDTH, WIDTH - VALUE_WIDTH]);
  const format = (v: number) => formatByUnit(unit, v);
  const description = series
    .map((s) => (s.estimate ? `${s.label}: ${format(s.estimate.value)}, 95% interval ${formatRange(unit, s.estimate.low, s.estimate.high)}, from ${formatCountOf(s.estimate.n, ...countedAs)}` : `${s.label}: not measured`))
    .join('. ');

  return (
    <figure class="chart chart--interval" data-testid="interval-chart">
      <figcaption class="chart__caption" aria-hidden="true">{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} class="chart__svg">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>Median with 95% interval for each brand{target != null ? `; the profile’s ${targetLabel} is ${format(target)}` : ''}. {description}.</desc>
        {ticks.map((tick) => (
          <g key={tick} class="chart__grid">
            <line x1={x(tick)} x2={x(tick)} y1={TOP - 6} y2={height - AXIS_HEIGHT} />
            <text x={x(tick)} y={height - AXIS_HEIGHT + 15} text-anchor="middle" class="chart__tick">{tickLabel(tick)}</text>
          </g>
        ))}
        {target != null && (
          <g class="chart__target">
            <line x1={x(target)} x2={x(target)} y1={TOP - 8} y2={height - AXIS_HEIGHT} />
            <text x={x(target)} y={TOP - 12} text-anchor="middle">{targetLabel} {format(target)}</text>
          </g>
        )}
        {series.map((s, row) => {
          const cy = TOP + row * ROW_HEIGHT + ROW_HEIGHT / 2;
          const e = s.estimate;
          return (
            <g key={s.label} data-testid="interval-row">
              <text x={0} y={cy} dy="0.32em" class="chart__series-label chart__series-label--small">{s.label}</text>
              {e ? (
                <>
                  <line x1={x(e.low)} x2={x(e.high)} y1={cy} y2={cy} class="whisker" stroke={SERIES_STYLES[row].ink} />
                  <line x1={x(e.low)} x2={x(e.low)} y1={cy - 6} y2={cy + 6} class="whisker" stroke={SERIES_STYLES[row].ink} />
                  <line x1={x(e.high)} x2={x(e.high)} y1={cy - 6} y2={cy + 6} class="whisker" stroke={SERIES_STYLES[row].ink} />
                  <Marker index={row} x={x(e.value)} y={cy} />
                  <text x={WIDTH - VALUE_WIDTH + 10} y={cy - 3} class="chart__value chart__value--strong">{format(e.value)}</text>
                  <text x={WIDTH - VALUE_WIDTH + 10} y={cy + 11} class="chart__series-note">{formatRange(unit, e.low, e.high)}</text>
                </>
              ) : (
                <text x={LABEL_WIDTH} y={cy} dy="0.32em" class="chart__series-note">not measured</text>
              )}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
