// Ending sessions outside of recording: the idle check (an alarm, since the
// worker may sleep through any timer), the user's "End session", and browser
// start, which closes whatever the last run left open.
import { endReasonAt, endSession, type EndReason, type Session } from '../journey/session';
import { withScore } from '../score/score-session';
import { REFERENCE_STANDARD, type Profile } from '../score/profile';
import type { VitrineDb } from './db';

async function endWhere(db: VitrineDb, shouldEnd: (s: Session) => EndReason | null, now: number, profile: Profile): Promise<Session[]> {
  const tx = db.transaction('sessions', 'readwrite');
  const ended: Session[] = [];
  // Active sessions are few and recent: walk newest first and stop at ones that cannot be active.
  let cursor = await tx.store.index('byStart').openCursor(null, 'prev');
  while (cursor) {
    const session = cursor.value;
    if (session.status === 'active') {
      const reason = shouldEnd(session);
      if (reason) {
        const closed = withScore(endSession(session, reason, now), profile);
        await cursor.update(closed);
        ended.push(closed);
      }
    }
    cursor = await cursor.continue();
  }
  await tx.done;
  return ended;
}

/** Ends every active session idle for more than 30 minutes (or past its order window). */
export function endIdleSessions(db: VitrineDb, now: number, profile: Profile = REFERENCE_STANDARD): Promise<Session[]> {
  return endWhere(db, (s) => endReasonAt(s, now), now, profile);
}

/** Ends every active session, e.g. with reason `restart` at browser start. */
export function endActiveSessions(db: VitrineDb, reason: EndReason, now: number, profile: Profile = REFERENCE_STANDARD): Promise<Session[]> {
  return endWhere(db, () => reason, now, profile);
}

/** The user's "End session". Returns the ended session, or null if there was no such active session. */
export async function endSessionByUser(db: VitrineDb, sessionId: string, now: number, profile: Profile = REFERENCE_STANDARD): Promise<Session | null> {
  const tx = db.transaction('sessions', 'readwrite');
  const session = await tx.store.get(sessionId);
  if (!session || session.status !== 'active') {
    await tx.done;
    return null;
  }
  const closed = withScore(endSession(session, 'user', now), profile);
  await tx.store.put(closed);
  await tx.done;
  return closed;
}
