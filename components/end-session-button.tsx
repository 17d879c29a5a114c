// The shopper's "I'm done": ends the session through the background and says
// so. Disabled while the request is in flight; a failure is announced, not hidden.
import { useState } from 'preact/hooks';
import type { Session } from '@/lib/journey/session';
import { requestEndSession } from './end-session-request';

export function EndSessionButton({ sessionId, onEnded }: { sessionId: string; onEnded: (ended: Session | null) => void }) {
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function endSession() {
    setPending(true);
    setProblem(null);
    const outcome = await requestEndSession(sessionId);
    setPending(false);
    if (outcome.ok) onEnded(outcome.ended);
    else if (outcome.alreadyEnded) onEnded(null);
    else setProblem('Vitrine could not end the session. Please try again.');
  }

  return (
    <div class="end-session">
      <button type="button" class="button button--primary" data-testid="end-session" disabled={pending} onClick={endSession}>
        {pending ? 'Ending…' : 'End session'}
      </button>
      {problem && (
        <p class="end-session__problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
