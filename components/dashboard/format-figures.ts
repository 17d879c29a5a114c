// Benchmark figures as a consultant reads them: times in seconds or minutes,
// shares in percent, counts without false precision, gaps signed ("+4.2 s"),
// intervals as ranges ("19–24 s"). Pure, so tables and charts agree.
import { countNoun } from '@/lib/format';
import { METRICS, type MetricId, type Unit } from '@/lib/score/metrics';

const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

export function formatCount(n: number): string {
  return whole.format(n);
}

/** A count with its noun: "1 session", "1,204 sessions". */
export function formatCountOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(n)} ${countNoun(n, singular, plural)}`;
}

/** A time: "0.8 s", "42 s", "2 min 30 s"; zero is "0 s". */
export function formatSeconds(ms: number): string {
  const abs = Math.abs(ms);
  if (abs === 0) return '0 s';
  if (abs < 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (abs < 60_000) return `${Math.round(ms / 1000)} s`;
  const total = Math.round(abs / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${ms < 0 ? '−' : ''}${minutes} min${seconds ? ` ${seconds} s` : ''}`;
}

export function formatPercent(share: number): string {
  const pct = share * 100;
  return `${pct !== 0 && Math.abs(pct) < 10 ? pct.toFixed(1) : Math.round(pct)}%`;
}

const roundTo = (value: number, digits: number) => Number(value.toFixed(digits)).toString();

export function formatByUnit(unit: Unit, value: number): string {
  switch (unit) {
    case 'ms': return formatSeconds(value);
    case 'share': return formatPercent(value);
    case 'count': return roundTo(value, Number.isInteger(value) ? 0 : 1);
    case 'ratio': return roundTo(value, 1);
    case 'cls': return value.toFixed(2);
  }
}

export function formatMetricValue(metric: MetricId, value: number): string {
  // Responsiveness is read in milliseconds everywhere it is published (web.dev: INP ≤ 200 ms).
  if (metric === 'inpP75') return `${Math.round(value)} ms`;
  return formatByUnit(METRICS[metric].unit, value);
}

/** Axis labels for a time axis: whole seconds below two minutes, then minutes. */
export function formatTimeTick(ms: number): string {
  if (ms === 0) return '0';
  if (ms >= 60_000 && ms % 60_000 === 0) return `${ms / 60_000} min`;
  return ms < 1000 || ms % 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms / 1000} s`;
}

/** A gap's size: time gaps under a second in milliseconds ("36 ms", not "0.0 s"). */
function gapSize(unit: Unit, size: number): string {
  if (unit === 'ms' && Math.round(size) < 1000) return `${Math.round(size)} ms`;
  return formatByUnit(unit, size);
}

/** value − target with its sign: "+4.2 s", "+36 ms", "−0.5"; a gap that rounds to nothing is "±0". */
export function formatGap(unit: Unit, gap: number): string {
  const size = gapSize(unit, Math.abs(gap));
  if (!/[1-9]/.test(size)) return '±0';
  return `${gap > 0 ? '+' : '−'}${size}`;
}

/** Whether a figure reads as over its target: a miss too small to show ("+0 ms") does not. */
export function showsAsOver(unit: Unit, gap: number): boolean {
  return gap > 0 && formatGap(unit, gap) !== '±0';
}

/** "19–24 s", "12–18%", "1 min 50 s – 2 min 40 s". */
export function formatRange(unit: Unit, low: number, high: number): string {
  const a = formatByUnit(unit, low);
  const b = formatByUnit(unit, high);
  if (a.includes('min') || b.includes('min')) return `${a} – ${b}`;
  const shared = [' s', '%'].find((suffix) => a.endsWith(suffix) && b.endsWith(suffix));
  return shared ? `${a.slice(0, -shared.length)}–${b}` : `${a}–${b}`;
}

export function formatScore(score: number): string {
  return String(Math.round(score));
}

/** A median score, where a tenth decides the grade (89.8 is Smooth, 90 Effortless). */
export function formatMedianScore(score: number): string {
  return score.toFixed(1);
}
