// The convenience score as a dial: an arc filled in proportion to the score,
// with the number written in its middle, so nothing rests on colour or on
// reading the arc. The grade and coverage are written beside it (ScoreCard).
import { formatScore } from '@/lib/format';

/** The dial sweeps 270°, open at the bottom. */
const SWEEP = 0.75;
const RADIUS = 52;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;
const ARC = SWEEP * CIRCUMFERENCE;

/** `score` 0–100, or null when nothing could be measured (the dial stays empty). */
export function ScoreDial({ score }: { score: number | null }) {
  const measured = typeof score === 'number';
  const filled = measured ? (ARC * Math.min(100, Math.max(0, score))) / 100 : 0;
  const label = measured ? `Convenience score ${formatScore(score)} out of 100` : 'Convenience score not measured yet';
  return (
    <div class="score-dial" data-testid="score-dial" role="img" aria-label={label}>
      <svg class="score-dial__arc" viewBox="0 0 120 120" aria-hidden="true" focusable="false">
        <circle class="score-dial__track" cx="60" cy="60" r={RADIUS} stroke-dasharray={`${ARC} ${CIRCUMFERENCE}`} transform="rotate(135 60 60)" />
        {measured && filled > 0 && (
          <circle class="score-dial__value" cx="60" cy="60" r={RADIUS} stroke-dasharray={`${filled} ${CIRCUMFERENCE}`} transform="rotate(135 60 60)" />
        )}
      </svg>
      <div class="score-dial__reading" aria-hidden="true">
        <span class="score-dial__number" data-testid="score-value">{formatScore(score)}</span>
        <span class="score-dial__scale">{measured ? 'of 100' : 'no score'}</span>
      </div>
    </div>
  );
}
