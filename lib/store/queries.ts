// Reads for the popup and dashboard. They open IndexedDB directly so a page
// paints at once even while the background worker sleeps, and they read only
// through indexes: no screen scans all events to draw a session list.
import type { StoredEvent } from '../events';
import type { Session } from '../journey/session';
import type { RefusalLog, VitrineDb } from './db';

/** The site's active session, or null when its newest session has ended. */
export async function activeSessionForSite(db: VitrineDb, siteId: string): Promise<Session | null> {
  const range = IDBKeyRange.bound([siteId, -Infinity], [siteId, Infinity]);
  const cursor = await db.transaction('sessions').store.index('bySite').openCursor(range, 'prev');
  const newest = cursor?.value;
  return newest && newest.status === 'active' ? newest : null;
}

/** The most recently started sessions, newest first. */
export async function recentSessions(db: VitrineDb, limit = 5): Promise<Session[]> {
  const sessions: Session[] = [];
  let cursor = await db.transaction('sessions').store.index('byStart').openCursor(null, 'prev');
  while (cursor && sessions.length < limit) {
    sessions.push(cursor.value);
    cursor = await cursor.continue();
  }
  return sessions;
}

/** A session's events in time order. */
export function sessionEvents(db: VitrineDb, sessionId: string): Promise<StoredEvent[]> {
  const range = IDBKeyRange.bound([sessionId, -Infinity], [sessionId, Infinity]);
  return db.getAllFromIndex('events', 'bySession', range);
}

export async function refusalLog(db: VitrineDb): Promise<RefusalLog> {
  return (await db.get('meta', 'refusals')) ?? { id: 'refusals', total: 0, byReason: {}, last: null };
}

export async function sessionById(db: VitrineDb, id: string): Promise<Session | null> {
  return (await db.get('sessions', id)) ?? null;
}
