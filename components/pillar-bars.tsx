// The four pillars of the score (Find, Wait, Buy, Calm) as labelled bars with
// their value written beside them. A pillar the session could not measure
// (no checkout yet: no Buy) says "not measured" and draws no bar: it is not a zero.
import type { Pillar } from '@/lib/score/metrics';
import { PILLARS } from '@/lib/score/metrics';
import { PILLAR_WORDS, pillarPoints } from '@/lib/format';

export function PillarBars({ pillars }: { pillars: Record<Pillar, number | null> }) {
  return (
    <ul class="pillar-bars" aria-label="Score by pillar">
      {PILLARS.map((pillar) => (
        <PillarBar key={pillar} pillar={pillar} points={pillarPoints(pillars[pillar])} />
      ))}
    </ul>
  );
}

function PillarBar({ pillar, points }: { pillar: Pillar; points: number | null }) {
  const { label, about } = PILLAR_WORDS[pillar];
  const measured = points !== null;
  return (
    <li class={`pillar-bar${measured ? '' : ' pillar-bar--unmeasured'}`} data-testid={`pillar-${pillar}`} title={about}>
      <span class="pillar-bar__label">{label}</span>
      <span class="pillar-bar__track" aria-hidden="true">
        {measured && <span class="pillar-bar__fill" style={{ width: `${points}%` }} />}
      </span>
      {measured ? (
        <span class="pillar-bar__value">
          {points}
          <span class="visually-hidden"> out of 100</span>
        </span>
      ) : (
        <span class="pillar-bar__value pillar-bar__value--none">not measured</span>
      )}
    </li>
  );
}
