// "Open dashboard": the full report in a tab of its own — at the session the
// popup shows, or at the dashboard's start when it shows none.
import { useState } from 'preact/hooks';
import { openDashboard } from './dashboard-link';

export function OpenDashboardButton({ sessionId = null }: { sessionId?: string | null }) {
  const [failed, setFailed] = useState(false);
  async function open() {
    setFailed(!(await openDashboard(sessionId)));
  }
  return (
    <>
      <button type="button" class="button button--quiet open-dashboard" data-testid="open-dashboard" onClick={() => void open()}>
        Open dashboard <span aria-hidden="true">↗</span>
      </button>
      {failed && (
        <p class="popup-actions__problem" role="alert">
          The dashboard could not be opened. Please try again.
        </p>
      )}
    </>
  );
}
