// The friction met in a session, one line per kind with how often, and what it
// means for a shopper ("Something looked clickable, but nothing happened…").
// Read from the session's counts, so no events are needed to draw it.
import { FRICTION_SIGNALS } from '@/lib/events';
import type { SessionCounts } from '@/lib/journey/session';
import { frictionExplanation, frictionLabel } from '@/lib/format';

export function FrictionList({ friction }: { friction: SessionCounts['friction'] }) {
  const present = FRICTION_SIGNALS.filter((signal) => (friction[signal] ?? 0) > 0);
  if (present.length === 0) return null;
  return (
    <ul class="friction-list" data-testid="friction-list">
      {present.map((signal) => (
        <li key={signal} class="friction-item" data-testid="friction-item" data-signal={signal}>
          <p class="friction-item__head">
            <span class="friction-item__label">{frictionLabel(signal)}</span>
            <span class="friction-item__count">×{friction[signal]}</span>
          </p>
          <p class="friction-item__explanation">{frictionExplanation(signal)}</p>
        </li>
      ))}
    </ul>
  );
}
