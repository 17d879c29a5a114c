import { describe, expect, it } from 'vitest';
import { DB_NAME, DB_VERSION, openVitrineDb, UPGRADES, writeBatch } from '@/lib/store';
import { NAP, pageView, T0 } from '../helpers';

// What a database of each version looks like. Each new version adds a step to
// UPGRADES in lib/store/db.ts and a line here.
const SHAPES: Record<number, Record<string, string[]>> = {
  1: { events: ['bySession', 'byTime'], sessions: ['bySite', 'byStart'], meta: [] },
  2: {
    events: ['bySession', 'byTime'],
    sessions: ['byCes', 'byDuration', 'byFriction', 'byScore', 'bySite', 'byStart', 'byStudy'],
    meta: [],
    profiles: [],
  },
};

function shapeOf(db: { objectStoreNames: DOMStringList; transaction: IDBDatabase['transaction'] }): Record<string, string[]> {
  const names = [...db.objectStoreNames];
  const tx = db.transaction(names, 'readonly');
  return Object.fromEntries(names.map((name) => [name, [...tx.objectStore(name).indexNames].sort()]));
}

describe('the vitrine database', () => {
  it('has a shape on record for every version', () => {
    expect(Object.keys(SHAPES).map(Number)).toEqual(UPGRADES.map((_, i) => i + 1));
  });

  it('is created at the current version with the DESIGN §3 stores and indexes', async () => {
    const db = await openVitrineDb();
    expect(db.name).toBe(DB_NAME);
    expect(db.version).toBe(DB_VERSION);
    expect(shapeOf(db as never)).toEqual(SHAPES[DB_VERSION]);
    expect(db.transaction('events').store.index('bySession').keyPath).toEqual(['sessionId', 't']);
    expect(db.transaction('sessions').store.index('bySite').keyPath).toEqual(['siteId', 'startedAt']);
  });

  for (let version = 1; version < DB_VERSION; version += 1) {
    it(`opens a version-${version} database with its data, into version ${DB_VERSION}`, async () => {
      const old = await openVitrineDb(DB_NAME, version);
      expect(shapeOf(old as never)).toEqual(SHAPES[version]);
      await writeBatch(old, [pageView({ t: T0 }), pageView({ t: T0 + 5000 })], { tabId: 1, ...NAP });
      // A session as version 1 stored it: no indexed duration or friction total.
      const tx = old.transaction('sessions', 'readwrite');
      const [session] = await tx.store.getAll();
      const { durationMs, frictionTotal, ...asStored } = session;
      await tx.store.put({ ...asStored, counts: { ...session.counts, friction: { rage_click: 2 } } } as never);
      await tx.done;
      old.close();

      const db = await openVitrineDb();
      expect(db.version).toBe(DB_VERSION);
      expect(shapeOf(db as never)).toEqual(SHAPES[DB_VERSION]);
      expect(await db.count('events')).toBe(2);
      const [upgraded] = await db.getAll('sessions');
      expect(upgraded).toMatchObject({ durationMs: 5000, frictionTotal: 2 });
      expect(await db.countFromIndex('sessions', 'byDuration')).toBe(1);
      void durationMs;
      void frictionTotal;
    });
  }
});
