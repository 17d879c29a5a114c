// Writing the journey: a validated batch of events goes into `events` (with the
// friction the journey itself shows, see derived-friction.ts) and each event's
// session aggregate into `sessions` in ONE transaction, before the background
// acknowledges it. An id already stored is skipped, so re-sends from
// a content script that never saw its acknowledgement do not duplicate.
import type { RecordedEvent, StoredEvent } from '../events';
import { applyEvent, endReasonAt, endSession, newSession, type Session } from '../journey/session';
import { deriveFriction } from '../journey/derived-friction';
import { withScore } from '../score/score-session';
import { REFERENCE_STANDARD, type Profile } from '../score/profile';
import type { IDBPObjectStore } from 'idb';
import type { VitrineDb, VitrineSchema } from './db';

export interface BatchOrigin {
  tabId: number;
  siteId: string;
  siteName: string;
}

export interface BatchResult {
  stored: number;
  duplicates: number;
  /** Vitals and friction dropped because their page's session had ended (they start none). */
  orphans: number;
  /** Every id now safely in the database (stored now or before): the content script may forget them. */
  acked: string[];
}

export async function writeBatch(
  db: VitrineDb,
  events: RecordedEvent[],
  origin: BatchOrigin,
  { profile = REFERENCE_STANDARD, newId = () => crypto.randomUUID() }: { profile?: Profile; newId?: () => string } = {},
): Promise<BatchResult> {
  const tx = db.transaction(['events', 'sessions'], 'readwrite');
  const eventStore = tx.objectStore('events');
  const sessionStore = tx.objectStore('sessions');
  const result: BatchResult = { stored: 0, duplicates: 0, orphans: 0, acked: [] };
  const sorted = [...events].sort((a, b) => a.t - b.t);

  let session = await latestSession(sessionStore, origin.siteId);
  const touched = new Map<string, Session>();
  for (const event of sorted) {
    result.acked.push(event.id);
    if (await eventStore.getKey(event.id)) {
      result.duplicates += 1;
      continue;
    }
    const reason = session ? endReasonAt(session, event.t) : 'idle';
    if (!session || reason) {
      // A measurement of a page (a web vital, page-side friction) never starts a session:
      // web-vitals reports LCP, CLS and INP when the tab is hidden or closed, after the shopper
      // pressed "End session" (or 30 idle minutes, or 2 after an order), and would otherwise
      // open a session with no page in it, scored on vitals alone.
      if (event.type === 'vital' || event.type === 'friction') {
        result.orphans += 1;
        continue;
      }
      if (session && session.status === 'active') touched.set(session.id, endSession(session, reason!, event.t));
      session = newSession(newId(), origin.siteId, origin.siteName, event.t);
    }
    const journey = { sessionId: session.id, tabId: origin.tabId, siteId: origin.siteId };
    const stored = { ...event, ...journey } as StoredEvent;
    const derived = deriveFriction(session, stored).map(
      ({ signal, detail }): StoredEvent => ({ id: newId(), visitId: event.visitId, t: event.t, type: 'friction', pageType: event.pageType, url: event.url, signal, detail, ...journey }),
    );
    for (const next of [stored, ...derived]) {
      session = applyEvent(session, next);
      eventStore.put(next);
    }
    touched.set(session.id, session);
    result.stored += 1;
  }
  for (const changed of touched.values()) sessionStore.put(withScore(changed, profile));
  await tx.done;
  return result;
}

type SessionStore = IDBPObjectStore<VitrineSchema, ('events' | 'sessions')[], 'sessions', 'readwrite'>;

/** The site's most recently started session, active or not. */
async function latestSession(store: SessionStore, siteId: string): Promise<Session | null> {
  const range = IDBKeyRange.bound([siteId, -Infinity], [siteId, Infinity]);
  const cursor = await store.index('bySite').openCursor(range, 'prev');
  return cursor?.value ?? null;
}
