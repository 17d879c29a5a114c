// A session's score in a list: the number and its grade in words ("78 Smooth"),
// or "Not scored" when nothing could be measured — never a bare zero.
import type { SessionScore } from '@/lib/score/score-session';
import { formatScore } from '@/lib/format';

export function ScoreBadge({ score }: { score: SessionScore | null }) {
  const measured = typeof score?.score === 'number';
  return (
    <span class={`score-badge${measured ? '' : ' score-badge--none'}`} data-testid="recent-session-score">
      {measured ? (
        <>
          <span class="score-badge__number">{formatScore(score!.score)}</span>
          <span class="score-badge__grade">{score!.grade}</span>
        </>
      ) : (
        <span class="score-badge__grade">Not scored</span>
      )}
    </span>
  );
}
