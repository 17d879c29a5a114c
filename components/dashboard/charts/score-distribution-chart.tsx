// How each brand's session scores spread: per brand a histogram of sessions
// per ten points with a box plot beneath (whiskers min–max, box the middle
// half, a tick and label at the median), on one shared 0–100 axis.
import type { ScoreDistribution } from '@/lib/benchmark';
import { formatCountOf } from '../format-figures';
import { linearScale } from './scale';
import { SERIES_STYLES, SeriesPatterns, seriesFill } from './series-styles';

export interface DistributionSeries {
  label: string;
  distribution: ScoreDistribution | null;
}

const WIDTH = 640;
const LABEL_WIDTH = 132;
const ROW_HEIGHT = 84;
const HIST_HEIGHT = 44;
const AXIS_HEIGHT = 30;

export function ScoreDistributionChart({ id, series, title }: { id: string; series: DistributionSeries[]; title: string }) {
  const height = series.length * ROW_HEIGHT + AXIS_HEIGHT + 8;
  const x = linearScale([0, 100], [LABEL_WIDTH, WIDTH - 16]);
  const binWidth = x(10) - x(0);
  const share = (s: DistributionSeries, bin: number) => (s.distribution ? s.distribution.histogram[bin] / total(s.distribution) : 0);
  const tallest = Math.max(0.01, ...series.flatMap((s) => s.distribution ? s.distribution.histogram.map((_, b) => share(s, b)) : []));
  const description = series
    .map((s) => s.distribution
      ? `${s.label}: median ${Math.round(s.distribution.median)}, middle half ${Math.round(s.distribution.q1)} to ${Math.round(s.distribution.q3)}, range ${Math.round(s.distribution.min)} to ${Math.round(s.distribution.max)}, ${formatCountOf(total(s.distribution), 'session')}`
      : `${s.label}: no scored sessions`)
    .join('. ');

  return (
    <figure class="chart" data-testid="distribution-chart">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} class="chart__svg">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>Histogram of session scores per ten points with a box plot. {description}.</desc>
        <SeriesPatterns prefix={id} />
        {[0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100].map((tick) => (
          <g key={tick} class="chart__grid">
            <line x1={x(tick)} x2={x(tick)} y1={6} y2={height - AXIS_HEIGHT} />
            <text x={x(tick)} y={height - AXIS_HEIGHT + 16} text-anchor="middle" class="chart__tick">{tick}</text>
          </g>
        ))}
        {series.map((s, row) => {
          const top = 8 + row * ROW_HEIGHT;
          const base = top + HIST_HEIGHT;
          const boxY = base + 16;
          const d = s.distribution;
          return (
            <g key={s.label} data-testid="distribution-row">
              <text x={0} y={top + 18} class="chart__series-label">{s.label}</text>
              <text x={0} y={top + 34} class="chart__series-note">{d ? formatCountOf(total(d), 'session') : 'no scored sessions'}</text>
              {d && d.histogram.map((count, bin) => {
                const h = (share(s, bin) / tallest) * HIST_HEIGHT;
                return count > 0 ? (
                  <rect key={bin} x={x(bin * 10) + 1} y={base - h} width={binWidth - 2} height={h} fill={seriesFill(id, row)} stroke={SERIES_STYLES[row].ink} stroke-width="0.8">
                    <title>{`${s.label}: ${formatCountOf(count, 'session')} scored ${bin * 10}–${bin === 9 ? 100 : bin * 10 + 9}`}</title>
                  </rect>
                ) : null;
              })}
              <line x1={x(0)} x2={x(100)} y1={base} y2={base} class="chart__axis" />
              {d && (
                <g class="box-plot">
                  <line x1={x(d.min)} x2={x(d.max)} y1={boxY} y2={boxY} class="box-plot__whisker" />
                  <line x1={x(d.min)} x2={x(d.min)} y1={boxY - 5} y2={boxY + 5} class="box-plot__whisker" />
                  <line x1={x(d.max)} x2={x(d.max)} y1={boxY - 5} y2={boxY + 5} class="box-plot__whisker" />
                  <rect x={x(d.q1)} y={boxY - 7} width={Math.max(1, x(d.q3) - x(d.q1))} height={14} class="box-plot__box" />
                  <line x1={x(d.median)} x2={x(d.median)} y1={boxY - 9} y2={boxY + 9} class="box-plot__median" />
                  <text x={x(d.median)} y={boxY + 21} text-anchor="middle" class="chart__value">median {Math.round(d.median)}</text>
                </g>
              )}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

function total(d: ScoreDistribution): number {
  return d.histogram.reduce((a, b) => a + b, 0);
}
