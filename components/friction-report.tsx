// "What got in the way": the friction the shopper met and the points the score
// lost for it, together, so the number can be explained. Says so plainly when
// nothing did.
import type { Session } from '@/lib/journey/session';
import { FrictionList } from './friction-list';
import { ScoreDeductions } from './score-deductions';

export function FrictionReport({ session }: { session: Session }) {
  const deductions = session.score?.deductions ?? [];
  const anyFriction = Object.values(session.counts.friction).some((count) => (count ?? 0) > 0);
  return (
    <section class="friction-report" data-testid="friction-report" aria-labelledby="friction-report-title">
      <h2 class="section-title" id="friction-report-title">What got in the way</h2>
      {anyFriction || deductions.length > 0 ? (
        <>
          <FrictionList friction={session.counts.friction} />
          <ScoreDeductions deductions={deductions} />
        </>
      ) : (
        <p class="friction-report__none">Nothing so far — no friction recorded and no points lost.</p>
      )}
    </section>
  );
}
