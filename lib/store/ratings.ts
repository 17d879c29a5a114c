// The shopper's rating of a session: stored as a `rating` event (DESIGN §3) and
// on the session record, in one transaction. The measured score is untouched.
import type { Rating, StoredEvent } from '../events';
import { applyEvent } from '../journey/session';
import type { VitrineDb } from './db';

export async function rateSession(db: VitrineDb, sessionId: string, rating: Rating, now: number, newId = () => crypto.randomUUID()) {
  const tx = db.transaction(['events', 'sessions'], 'readwrite');
  const session = await tx.objectStore('sessions').get(sessionId);
  if (!session) {
    await tx.done;
    return null;
  }
  const lastPage = session.recent?.pages.at(-1);
  const event: StoredEvent = {
    id: newId(),
    visitId: newId(),
    t: now,
    type: 'rating',
    pageType: (lastPage?.pageType as StoredEvent['pageType']) ?? 'other',
    url: lastPage?.url ?? '',
    ...rating,
    sessionId,
    tabId: -1,
    siteId: session.siteId,
  };
  const rated = applyEvent(session, event);
  tx.objectStore('events').put(event);
  tx.objectStore('sessions').put(rated);
  await tx.done;
  return rated;
}
