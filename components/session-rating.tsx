// "Your rating": the shopper answers the Customer Effort Score question for the
// session, may add a note, and saves it through the background (rate-session).
// Once saved it shows the answer, which can be changed; a refused save keeps
// the form and says why. A Single Ease answer given elsewhere is kept.
import { useState } from 'preact/hooks';
import type { Rating } from '@/lib/events';
import { MAX_TEXT_LENGTH } from '@/lib/events';
import type { Session } from '@/lib/journey/session';
import { CesScale } from './ces-scale';
import { requestRating } from './rating-request';
import { SavedRating } from './saved-rating';

export interface SessionRatingProps {
  session: Session;
  /** The rated session as the background stored it, or null when it did not send it back. */
  onSaved: (rated: Session | null) => void;
}

export function SessionRating({ session, onSaved }: SessionRatingProps) {
  const [savedHere, setSavedHere] = useState<Rating | null>(null);
  const saved = savedHere ?? session.rating;
  const [editing, setEditing] = useState(false);
  const [choice, setChoice] = useState<number | null>(saved?.ces ?? null);
  const [note, setNote] = useState(saved?.note ?? '');
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [justSaved, setJustSaved] = useState(false);
  const noteId = `ces-note-${session.id}`;

  function startChanging() {
    setChoice(saved?.ces ?? null);
    setNote(saved?.note ?? '');
    setJustSaved(false);
    setEditing(true);
  }

  async function save(event: Event) {
    event.preventDefault();
    if (choice === null || saving) return;
    const trimmed = note.trim();
    const rating: Rating = {
      ces: choice,
      ...(saved?.seq !== undefined && { seq: saved.seq }),
      ...(trimmed && { note: trimmed }),
    };
    setSaving(true);
    setProblem(null);
    const outcome = await requestRating(session.id, rating);
    setSaving(false);
    if (!outcome.ok) {
      setProblem(outcome.reason);
      return;
    }
    setSavedHere(outcome.rated?.rating ?? rating);
    setEditing(false);
    setJustSaved(true);
    onSaved(outcome.rated);
  }

  return (
    <section class="session-rating" data-testid="session-rating" aria-labelledby="session-rating-title">
      <h2 class="section-title" id="session-rating-title">Your rating</h2>
      {saved && !editing ? (
        <SavedRating rating={saved} justSaved={justSaved} onChange={startChanging} />
      ) : (
        <form class="rating-form" onSubmit={save}>
          <CesScale value={choice} onChange={setChoice} name={`ces-${session.id}`} disabled={saving} />
          <label class="rating-form__label" for={noteId}>
            Anything to add? <span class="rating-form__optional">Optional</span>
          </label>
          <textarea
            id={noteId}
            class="rating-form__note"
            data-testid="ces-note"
            rows={2}
            maxLength={MAX_TEXT_LENGTH}
            value={note}
            disabled={saving}
            placeholder="What made it easy, or hard?"
            onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value.slice(0, MAX_TEXT_LENGTH))}
          />
          <div class="rating-form__foot">
            <span class="rating-form__count" aria-live="polite">
              {note.length > MAX_TEXT_LENGTH - 50 ? `${MAX_TEXT_LENGTH - note.length} characters left` : ''}
            </span>
            {saved && (
              <button type="button" class="button button--quiet" disabled={saving} onClick={() => setEditing(false)}>
                Cancel
              </button>
            )}
            <button type="submit" class="button button--secondary" data-testid="save-rating" disabled={choice === null || saving}>
              {saving ? 'Saving…' : 'Save rating'}
            </button>
          </div>
          {choice === null && <p class="rating-form__hint">Choose a number from 1 to 7 to save.</p>}
          {problem && (
            <p class="rating-form__problem" role="alert">
              Your rating was not saved ({problem}). Please try again.
            </p>
          )}
        </form>
      )}
    </section>
  );
}
