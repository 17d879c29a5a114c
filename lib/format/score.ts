// The convenience score (DESIGN §5) as a shopper reads it: a whole number out
// of 100, what share of the model a session measured, and each pillar's name
// and plain meaning. An unmeasured score or pillar reads as such, never as 0.
import type { Pillar } from '../score/metrics';

/** "78"; "—" when nothing could be measured. */
export function formatScore(score: number | null | undefined): string {
  return typeof score === 'number' && Number.isFinite(score) ? String(Math.round(score)) : '—';
}

/** A 0–1 pillar or metric value on the score's 0–100 scale; null stays null. */
export function pillarPoints(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? Math.round(Math.min(1, Math.max(0, value)) * 100) : null;
}

/** "measured 62% of the model": how much of the score's weight the session could measure. */
export function coverageSentence(coverage: number): string {
  const percent = Math.round(Math.min(1, Math.max(0, Number.isFinite(coverage) ? coverage : 0)) * 100);
  return `measured ${percent}% of the model`;
}

export const PILLAR_WORDS: Record<Pillar, { label: string; about: string }> = {
  find: { label: 'Find', about: 'search and reaching products' },
  wait: { label: 'Wait', about: 'page speed and errors' },
  buy: { label: 'Buy', about: 'checkout length and forms' },
  calm: { label: 'Calm', about: 'pop-ups and misclicks' },
};
