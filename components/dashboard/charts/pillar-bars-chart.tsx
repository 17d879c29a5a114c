// Median pillar scores, bars grouped by pillar with one bar per brand. Every
// bar is labelled with its value; brands differ by pattern as well as tint;
// the <desc> states every figure for screen readers.
import { PILLARS, type Pillar } from '@/lib/score';
import { PILLAR_LABELS } from '../pillar-labels';
import { linearScale } from './scale';
import { SERIES_STYLES, SeriesLegend, SeriesPatterns, seriesFill } from './series-styles';

export interface PillarSeries {
  label: string;
  values: Record<Pillar, number | null>;
}

const WIDTH = 640;
const HEIGHT = 300;
const MARGIN = { top: 28, right: 12, bottom: 40, left: 40 };

export function PillarBarsChart({ id, series, title }: { id: string; series: PillarSeries[]; title: string }) {
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotBottom = HEIGHT - MARGIN.bottom;
  const y = linearScale([0, 100], [plotBottom, MARGIN.top]);
  const groupWidth = plotWidth / PILLARS.length;
  const barWidth = Math.min(34, (groupWidth - 24) / Math.max(1, series.length));
  const description = PILLARS.map((p) => `${PILLAR_LABELS[p].name}: ${series.map((s) => `${s.label} ${s.values[p] === null ? 'not measured' : Math.round(s.values[p]!)}`).join(', ')}`).join('. ');

  return (
    <figure class="chart" data-testid="pillar-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} class="chart__svg">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>Median pillar scores out of 100. {description}.</desc>
        <SeriesPatterns prefix={id} />
        {[0, 25, 50, 75, 100].map((tick) => (
          <g key={tick} class="chart__grid">
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} />
            <text x={MARGIN.left - 8} y={y(tick)} dy="0.32em" text-anchor="end" class="chart__tick">{tick}</text>
          </g>
        ))}
        {PILLARS.map((pillar, g) => {
          const groupLeft = MARGIN.left + g * groupWidth + (groupWidth - barWidth * series.length) / 2;
          return (
            <g key={pillar}>
              {series.map((s, i) => {
                const value = s.values[pillar];
                const x = groupLeft + i * barWidth;
                if (value === null) {
                  return <text key={s.label} x={x + barWidth / 2} y={plotBottom - 6} text-anchor="middle" class="chart__value chart__value--none">n/a</text>;
                }
                return (
                  <g key={s.label}>
                    <rect x={x + 2} y={y(value)} width={barWidth - 4} height={Math.max(0, plotBottom - y(value))} fill={seriesFill(id, i)} stroke={SERIES_STYLES[i].ink} stroke-width="1">
                      <title>{`${s.label}, ${PILLAR_LABELS[pillar].name}: ${Math.round(value)}`}</title>
                    </rect>
                    <text x={x + barWidth / 2} y={y(value) - 5} text-anchor="middle" class="chart__value">{Math.round(value)}</text>
                  </g>
                );
              })}
              <text x={MARGIN.left + g * groupWidth + groupWidth / 2} y={plotBottom + 20} text-anchor="middle" class="chart__category">{PILLAR_LABELS[pillar].name}</text>
            </g>
          );
        })}
        <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={plotBottom} y2={plotBottom} class="chart__axis" />
      </svg>
      <SeriesLegend prefix={id} labels={series.map((s) => s.label)} />
    </figure>
  );
}
