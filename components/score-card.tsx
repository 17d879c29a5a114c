// How convenient the session has been so far, as Vitrine measured it: the dial,
// the grade in words, how much of the model the session could measure, and the
// four pillars. A session with no score yet says so instead of showing zeros.
import type { SessionScore } from '@/lib/score/score-session';
import { coverageSentence } from '@/lib/format';
import { PillarBars } from './pillar-bars';
import { ScoreDial } from './score-dial';

const NO_PILLARS = { find: null, wait: null, buy: null, calm: null };

export function ScoreCard({ score }: { score: SessionScore | null }) {
  const measured = typeof score?.score === 'number';
  return (
    <section class="score-card" data-testid="score-card" aria-labelledby="score-card-title">
      <h2 class="section-title" id="score-card-title">Convenience</h2>
      <div class="score-card__panel">
        <div class="score-card__body">
          <ScoreDial score={score?.score ?? null} />
          <div class="score-card__verdict">
            <p class="score-card__grade" data-testid="score-grade">{measured ? score!.grade : 'Not scored yet'}</p>
            <p class="score-card__coverage" data-testid="score-coverage">
              {measured ? coverageSentence(score!.coverage) : 'Keep browsing: the score appears once a page has been measured.'}
            </p>
          </div>
        </div>
        <PillarBars pillars={score?.pillars ?? NO_PILLARS} />
      </div>
    </section>
  );
}
