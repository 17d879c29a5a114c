// How long a session has lasted: to now while it records, to its end once
// ended. One rule, so the popup's live timer and every list agree.
import type { Session } from '@/lib/journey/session';

export function sessionDurationMs(session: Session, now: number): number {
  const end = session.status === 'active' ? Math.max(now, session.lastEventAt) : (session.endedAt ?? session.lastEventAt);
  return Math.max(0, end - session.startedAt);
}
