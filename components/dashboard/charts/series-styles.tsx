// How the charts tell brands apart without relying on colour: each series has
// a fill pattern (solid, stripes, dots, cross-hatch) and a marker shape as
// well as a tint, and every mark also carries a direct label. Pattern ids are
// prefixed per chart, since several charts share one document.
import type { JSX } from 'preact';

export interface SeriesStyle {
  name: string;
  ink: string;
  paper: string;
  marker: 'circle' | 'square' | 'diamond' | 'triangle';
}

export const SERIES_STYLES: SeriesStyle[] = [
  { name: 'solid', ink: '#2f2620', paper: '#2f2620', marker: 'circle' },
  { name: 'stripes', ink: '#8c6a2f', paper: '#f1e6cf', marker: 'square' },
  { name: 'dots', ink: '#2e6a4c', paper: '#e3eee7', marker: 'diamond' },
  { name: 'cross-hatch', ink: '#8a4b32', paper: '#f4e4dc', marker: 'triangle' },
];

export const seriesFill = (prefix: string, index: number) => (index === 0 ? SERIES_STYLES[0].ink : `url(#${prefix}-series-${index})`);

export function SeriesPatterns({ prefix }: { prefix: string }) {
  const [, stripes, dots, hatch] = SERIES_STYLES;
  return (
    <defs>
      <pattern id={`${prefix}-series-1`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" fill={stripes.paper} />
        <rect width="3" height="6" fill={stripes.ink} />
      </pattern>
      <pattern id={`${prefix}-series-2`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill={dots.paper} />
        <circle cx="3" cy="3" r="1.7" fill={dots.ink} />
      </pattern>
      <pattern id={`${prefix}-series-3`} width="7" height="7" patternUnits="userSpaceOnUse">
        <rect width="7" height="7" fill={hatch.paper} />
        <path d="M0 0L7 7M7 0L0 7" stroke={hatch.ink} stroke-width="1.3" />
      </pattern>
    </defs>
  );
}

/** A series' marker shape centred on (x, y). */
export function Marker({ index, x, y, size = 6 }: { index: number; x: number; y: number; size?: number }): JSX.Element {
  const style = SERIES_STYLES[index % SERIES_STYLES.length];
  const common = { fill: style.ink, stroke: '#fff', 'stroke-width': 1.5 };
  switch (style.marker) {
    case 'square': return <rect x={x - size} y={y - size} width={size * 2} height={size * 2} {...common} />;
    case 'diamond': return <path d={`M${x} ${y - size * 1.3}L${x + size * 1.3} ${y}L${x} ${y + size * 1.3}L${x - size * 1.3} ${y}Z`} {...common} />;
    case 'triangle': return <path d={`M${x} ${y - size * 1.3}L${x + size * 1.2} ${y + size}L${x - size * 1.2} ${y + size}Z`} {...common} />;
    default: return <circle cx={x} cy={y} r={size} {...common} />;
  }
}

/** The legend: a swatch with the series' pattern (the chart's own defs) and marker, and the brand's name. */
export function SeriesLegend({ prefix, labels }: { prefix: string; labels: string[] }) {
  return (
    <ul class="chart-legend" aria-label="Brands">
      {labels.map((label, i) => (
        <li key={label} class="chart-legend__item">
          <svg width="30" height="16" aria-hidden="true" focusable="false">
            <rect x="0.5" y="2.5" width="17" height="11" rx="2" fill={seriesFill(prefix, i)} stroke={SERIES_STYLES[i].ink} />
            <Marker index={i} x={24} y={8} size={3.6} />
          </svg>
          {label}
        </li>
      ))}
    </ul>
  );
}
