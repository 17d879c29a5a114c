// A profile's targets and weights, read-only, grouped by pillar and written
// in the units a consultant uses (seconds, percent), with where each target
// comes from: a time metric's good/poor points, a count's halving point.
import { METRIC_IDS, METRICS, PILLARS, type Profile } from '@/lib/score';
import { PILLAR_LABELS } from '../pillar-labels';
import { displayUnit, toDisplay } from './profile-draft';

export function TargetsTable({ profile }: { profile: Profile }) {
  return (
    <table class="data-table targets-table" data-testid="targets-table">
      <caption class="visually-hidden">Targets and weights of {profile.name}</caption>
      <thead>
        <tr>
          <th scope="col">Metric</th>
          <th scope="col" class="num">Good <span class="th-sub">scores 0.9</span></th>
          <th scope="col" class="num">Poor <span class="th-sub">scores 0.5</span></th>
          <th scope="col" class="num">Weight</th>
        </tr>
      </thead>
      {PILLARS.map((pillar) => (
        <tbody key={pillar}>
          <tr class="breakdown-table__pillar">
            <th scope="rowgroup" colSpan={3}>
              <span class="breakdown-table__pillar-name">{PILLAR_LABELS[pillar].name}</span>
              <span class="breakdown-table__pillar-question">{PILLAR_LABELS[pillar].question}</span>
            </th>
            <td class="num"><strong>{profile.pillars[pillar]}</strong></td>
          </tr>
          {METRIC_IDS.filter((id) => METRICS[id].pillar === pillar).map((id) => {
            const target = profile.targets[id];
            const { suffix } = displayUnit(id);
            const unit = suffix === '%' ? '%' : suffix ? ` ${suffix}` : '';
            return (
              <tr key={id}>
                <th scope="row" class="breakdown-table__metric">{METRICS[id].label}</th>
                <td class="num">{target.good === undefined ? <span class="muted" title="Counts score 0.5^(value ÷ poor)">—</span> : `${toDisplay(id, target.good)}${unit}`}</td>
                <td class="num">{toDisplay(id, target.poor)}{unit}</td>
                <td class="num">{target.weight}</td>
              </tr>
            );
          })}
        </tbody>
      ))}
    </table>
  );
}
