// The one place that opens the `vitrine` database (DESIGN §3). Every schema
// change gets a numbered step in `upgrade`, so a database of any earlier
// version opens into the current one; tests open each earlier version.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { StoredEvent } from '../events';
import type { Session } from '../journey/session';

export const DB_NAME = 'vitrine';
export const DB_VERSION = 1;

/** Counts of messages the background refused, by reason; kept so they survive the worker. */
export interface RefusalLog {
  id: 'refusals';
  total: number;
  byReason: Record<string, number>;
  last: { reason: string; at: number } | null;
}

export interface VitrineSchema extends DBSchema {
  events: {
    key: string;
    value: StoredEvent;
    indexes: { bySession: [string, number]; byTime: number };
  };
  sessions: {
    key: string;
    value: Session;
    indexes: { bySite: [string, number]; byStart: number };
  };
  meta: {
    key: string;
    value: RefusalLog;
  };
}

export type VitrineDb = IDBPDatabase<VitrineSchema>;

export function openVitrineDb(name = DB_NAME): Promise<VitrineDb> {
  return openDB<VitrineSchema>(name, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        const events = db.createObjectStore('events', { keyPath: 'id' });
        events.createIndex('bySession', ['sessionId', 't']);
        events.createIndex('byTime', 't');
        const sessions = db.createObjectStore('sessions', { keyPath: 'id' });
        sessions.createIndex('bySite', ['siteId', 'startedAt']);
        sessions.createIndex('byStart', 'startedAt');
        db.createObjectStore('meta', { keyPath: 'id' });
      }
    },
  });
}
