// One read of everything the popup shows for a site, straight from IndexedDB
// through lib/store: the active session and its events, or — when none runs —
// the recent sessions. A session the popup was already showing is followed
// after it ends, so "End session" leaves its summary on screen.
import type { StoredEvent } from '@/lib/events';
import type { Session } from '@/lib/journey/session';
import { activeSessionForSite, recentSessions, sessionById, sessionEvents, type VitrineDb } from '@/lib/store';

export const RECENT_SESSION_COUNT = 5;

export interface SiteJourney {
  /** The site's active session, or the followed one once it has ended; null when neither. */
  session: Session | null;
  /** The session's events in time order. */
  events: StoredEvent[];
  /** The most recent sessions on any site, newest first; read only when no session is shown. */
  recent: Session[];
}

export async function readSiteJourney(db: VitrineDb, siteId: string | null, followSessionId: string | null): Promise<SiteJourney> {
  let session = siteId ? await activeSessionForSite(db, siteId) : null;
  if (!session && siteId && followSessionId) {
    const followed = await sessionById(db, followSessionId);
    session = followed?.siteId === siteId ? followed : null;
  }
  if (session) return { session, events: await sessionEvents(db, session.id), recent: [] };
  return { session: null, events: [], recent: await recentSessions(db, RECENT_SESSION_COUNT) };
}
