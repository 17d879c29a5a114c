// The score taken apart: each pillar, then each of its metrics with the value
// measured, the profile's target, the metric's own score and the points it
// cost. Unmeasured metrics are listed too, marked, so nothing is hidden.
import type { ScoreBreakdown } from '@/lib/benchmark';
import { METRICS } from '@/lib/score';
import { formatMetricValue, formatScore } from '../format-figures';
import { PILLAR_LABELS } from '../pillar-labels';

const points = (lost: number) => (lost < 0.05 ? '0' : `−${lost.toFixed(1)}`);

export function ScoreBreakdownTable({ breakdown }: { breakdown: ScoreBreakdown }) {
  return (
    <table class="data-table breakdown-table" data-testid="score-breakdown">
      <caption class="visually-hidden">Score by pillar and metric, with the points each cost</caption>
      <thead>
        <tr>
          <th scope="col">Metric</th>
          <th scope="col" class="num">Measured</th>
          <th scope="col" class="num">Target</th>
          <th scope="col">Metric score</th>
          <th scope="col" class="num">Points</th>
        </tr>
      </thead>
      {breakdown.pillars.map((pillar) => (
        <tbody key={pillar.pillar} data-testid={`pillar-${pillar.pillar}`}>
          <tr class="breakdown-table__pillar">
            <th scope="rowgroup" colSpan={3}>
              <span class="breakdown-table__pillar-name">{PILLAR_LABELS[pillar.pillar].name}</span>
              <span class="breakdown-table__pillar-question">{PILLAR_LABELS[pillar.pillar].question} · weight {pillar.weight}</span>
            </th>
            <td>{pillar.score === null ? <span class="muted">Not measured</span> : <Meter value={pillar.score} label={`${PILLAR_LABELS[pillar.pillar].name} pillar`} />}</td>
            <td class="num breakdown-table__points">{pillar.score === null ? '—' : points(pillar.pointsLost)}</td>
          </tr>
          {pillar.metrics.map((line) => (
            <tr key={line.metric} class={line.value === null ? 'is-unmeasured' : undefined}>
              <th scope="row" class="breakdown-table__metric">{METRICS[line.metric].label}</th>
              <td class="num">{line.value === null ? <span class="muted">not measured</span> : formatMetricValue(line.metric, line.value)}</td>
              <td class="num muted">≤ {formatMetricValue(line.metric, line.target)}</td>
              <td>{line.score === null ? null : <Meter value={100 * line.score} label={METRICS[line.metric].label} />}</td>
              <td class={`num${(line.pointsLost ?? 0) >= 0.5 ? ' is-loss' : ''}`}>{line.pointsLost === null ? '—' : points(line.pointsLost)}</td>
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}

/** A 0–100 bar with its number beside it; the number carries the meaning. */
export function Meter({ value, label }: { value: number; label: string }) {
  const rounded = Math.round(value);
  return (
    <span class="meter">
      <span class="meter__track" role="meter" aria-valuemin={0} aria-valuemax={100} aria-valuenow={rounded} aria-label={`${label} score`}>
        <span class={`meter__fill${value < 50 ? ' is-low' : value < 75 ? ' is-mid' : ''}`} style={{ width: `${Math.max(0, Math.min(100, value))}%` }} />
      </span>
      <span class="meter__value">{formatScore(value)}</span>
    </span>
  );
}
