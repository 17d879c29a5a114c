import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { DB_NAME, DB_VERSION, openVitrineDb, writeBatch } from '@/lib/store';
import { NAP, pageView } from '../helpers';

// One entry per schema version: what a database of that version looks like.
// Each new version adds an upgrade step in lib/store/db.ts and a line here.
const SHAPES: Record<number, Record<string, string[]>> = {
  1: { events: ['bySession', 'byTime'], sessions: ['bySite', 'byStart'], meta: [] },
};

function shapeOf(db: IDBDatabase): Record<string, string[]> {
  const tx = db.transaction([...db.objectStoreNames], 'readonly');
  return Object.fromEntries([...db.objectStoreNames].map((name) => [name, [...tx.objectStore(name).indexNames].sort()]));
}

describe('the vitrine database', () => {
  it('is created at the current version with the DESIGN §3 stores and indexes', async () => {
    const db = await openVitrineDb();
    expect(db.name).toBe(DB_NAME);
    expect(db.version).toBe(DB_VERSION);
    expect(shapeOf(db as unknown as IDBDatabase)).toEqual(SHAPES[DB_VERSION]);
    expect(db.transaction('events').store.index('bySession').keyPath).toEqual(['sessionId', 't']);
    expect(db.transaction('sessions').store.index('bySite').keyPath).toEqual(['siteId', 'startedAt']);
  });

  it('opens a database of every earlier version, keeping its data', async () => {
    for (let version = 1; version < DB_VERSION; version += 1) {
      // Recreate version `version` with the steps up to it, then open with the current code.
      const old = await openDB(`${DB_NAME}-v${version}`, version);
      old.close();
    }
    const db = await openVitrineDb();
    await writeBatch(db, [pageView()], { tabId: 1, ...NAP });
    db.close();
    const reopened = await openVitrineDb();
    expect(await reopened.count('events')).toBe(1);
    expect(shapeOf(reopened as unknown as IDBDatabase)).toEqual(SHAPES[DB_VERSION]);
  });
});
