// The one place that opens the `vitrine` database (DESIGN §3). Every schema
// change is a numbered step in UPGRADES, so a database of any earlier version
// opens into the current one; tests build each earlier version with its own
// steps and open it with the current code.
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { StoredEvent } from '../events';
import type { Session } from '../journey/session';
import type { Profile } from '../score/profile';

export const DB_NAME = 'vitrine';

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
    indexes: {
      bySite: [string, number];
      byStart: number;
      byScore: number;
      byDuration: number;
      byFriction: number;
      byCes: number;
      byStudy: string;
    };
  };
  meta: {
    key: string;
    value: RefusalLog;
  };
  profiles: {
    key: string;
    value: Profile;
  };
}

export type VitrineDb = IDBPDatabase<VitrineSchema>;
type UpgradeTx = IDBPTransaction<VitrineSchema, StoreNames<VitrineSchema>[], 'versionchange'>;

/** UPGRADES[n - 1] takes a database from version n - 1 to n. Never edit a released step; add one. */
export const UPGRADES: ReadonlyArray<(db: VitrineDb, tx: UpgradeTx) => void | Promise<void>> = [
  // 1: the journey (DESIGN §3).
  (db) => {
    const events = db.createObjectStore('events', { keyPath: 'id' });
    events.createIndex('bySession', ['sessionId', 't']);
    events.createIndex('byTime', 't');
    const sessions = db.createObjectStore('sessions', { keyPath: 'id' });
    sessions.createIndex('bySite', ['siteId', 'startedAt']);
    sessions.createIndex('byStart', 'startedAt');
    db.createObjectStore('meta', { keyPath: 'id' });
  },
  // 2: benchmark profiles, and indexes so the dashboard sorts 100k sessions without loading them.
  async (db, tx) => {
    db.createObjectStore('profiles', { keyPath: 'id' });
    const sessions = tx.objectStore('sessions');
    sessions.createIndex('byScore', 'score.score');
    sessions.createIndex('byDuration', 'durationMs');
    sessions.createIndex('byFriction', 'frictionTotal');
    sessions.createIndex('byCes', 'rating.ces');
    sessions.createIndex('byStudy', 'study.studyId');
    // Version-1 sessions lack the indexed fields: derive them from what they have.
    let cursor = await sessions.openCursor();
    while (cursor) {
      const old = cursor.value as Session & Partial<Pick<Session, 'durationMs' | 'frictionTotal'>>;
      const end = old.endedAt ?? old.lastEventAt;
      const friction = Object.values(old.counts?.friction ?? {}).reduce((sum, n) => sum + (n ?? 0), 0);
      await cursor.update({ ...old, durationMs: old.durationMs ?? end - old.startedAt, frictionTotal: old.frictionTotal ?? friction });
      cursor = await cursor.continue();
    }
  },
];

export const DB_VERSION = UPGRADES.length;

/** Opens (and upgrades) the database; `version` is for tests that build an older one. */
export function openVitrineDb(name = DB_NAME, version = DB_VERSION): Promise<VitrineDb> {
  return openDB<VitrineSchema>(name, version, {
    async upgrade(db, oldVersion, newVersion, tx) {
      for (let step = oldVersion; step < (newVersion ?? version); step += 1) await UPGRADES[step](db, tx);
    },
    // Another context (a newer worker after an update) needs to upgrade: step aside.
    blocking(_current, _blocked, event) {
      (event.target as IDBDatabase).close();
    },
  });
}
