// The shopper's rating once saved: the point chosen and what it means, their
// note, and a way to change it. Kept beside the measured score, never mixed in.
import type { Rating } from '@/lib/events';
import { CES_STATEMENT, cesAgreement } from '@/lib/format';

export function SavedRating({ rating, justSaved, onChange }: { rating: Rating; justSaved: boolean; onChange: () => void }) {
  return (
    <div class="saved-rating" data-testid="saved-rating">
      <p class="saved-rating__answer">
        <span class="saved-rating__point">{rating.ces}</span>
        <span class="saved-rating__of">of 7</span>
        <span class="saved-rating__agreement">{cesAgreement(rating.ces)}</span>
      </p>
      <p class="saved-rating__statement">that “{CES_STATEMENT}”.</p>
      {rating.note && <p class="saved-rating__note">{rating.note}</p>}
      <div class="saved-rating__foot">
        {justSaved ? (
          <p class="saved-rating__confirmation" role="status">
            Saved — thank you.
          </p>
        ) : (
          <span />
        )}
        <button type="button" class="button button--quiet" data-testid="change-rating" onClick={onChange}>
          Change rating
        </button>
      </div>
    </div>
  );
}
