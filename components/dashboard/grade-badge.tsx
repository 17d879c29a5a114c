// A score with its grade in words: the number for the consultant, the word for
// the client, and a tint that is never the only carrier of the meaning.
import type { Grade } from '@/lib/score';
import { formatScore } from './format-figures';

export function GradeBadge({ grade }: { grade: Grade | null }) {
  if (!grade) return <span class="grade grade--none">Not scored</span>;
  return <span class={`grade grade--${grade.toLowerCase()}`}>{grade}</span>;
}

export function ScoreValue({ score }: { score: number | null | undefined }) {
  return score == null ? <span class="muted" aria-label="No score">—</span> : <span class="score-value">{formatScore(score)}</span>;
}
