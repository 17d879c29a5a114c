// Why the score is not 100: each deduction's ready-made sentence from lib/score
// ("A search found nothing (−6)"), biggest first, tagged with its pillar.
import type { Deduction } from '@/lib/score/score-session';
import { PILLAR_WORDS } from '@/lib/format';

export function ScoreDeductions({ deductions }: { deductions: readonly Deduction[] }) {
  if (deductions.length === 0) return null;
  return (
    <div class="score-deductions">
      <h3 class="subsection-title" id="score-deductions-title">Points lost</h3>
      <ul class="score-deductions__list" data-testid="deductions" aria-labelledby="score-deductions-title">
        {deductions.map((deduction) => (
          <li key={deduction.metric} class="deduction" data-testid="deduction">
            <span class="deduction__pillar">{PILLAR_WORDS[deduction.pillar].label}</span>
            <span class="deduction__sentence">{deduction.sentence}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
