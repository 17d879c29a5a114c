import { describe, expect, it } from 'vitest';
import { listRecordedSites, listStudyIds, readSessionPage, SESSION_SORTS, type PagePosition, type SessionQuery } from '@/lib/benchmark';
import { openVitrineDb, type VitrineDb } from '@/lib/store';
import type { Session } from '@/lib/journey/session';
import { syntheticSessions, type SiteCharacter } from './synthetic-sessions';

const site = (siteId: string, siteName: string, findMs: number): SiteCharacter => ({
  siteId, siteName, findMs, lcpMs: 2500, zeroResultChance: 0.1, checkoutSteps: 4, checkoutFields: 10, forcedLoginChance: 0.2, frictionRate: 1.2,
});
const SITES = [site('net-a-porter', 'Net-a-Porter', 15_000), site('gucci', 'Gucci', 40_000), site('dior', 'Dior', 25_000)];
const FROM = Date.UTC(2026, 0, 1);
const DAY = 24 * 3600_000;

async function seeded(count = 240): Promise<{ db: VitrineDb; sessions: Session[] }> {
  const sessions = syntheticSessions(count, SITES, { seed: 11, from: FROM, spanMs: 60 * DAY, ratedShare: 0.3 });
  sessions.forEach((s, i) => {
    if (i % 7 === 0) s.study = { studyId: 'study-a', participantId: `p${i}`, taskId: null };
    if (i % 29 === 0) s.score = null; // unscored sessions are not in the score order
  });
  const db = await openVitrineDb();
  const tx = db.transaction('sessions', 'readwrite');
  for (const s of sessions) void tx.store.put(s);
  await tx.done;
  return { db, sessions };
}

/** Every page of a query, following `next` to the end. */
async function allPages(db: VitrineDb, query: SessionQuery, options: { pageSize?: number; inMemoryLimit?: number }) {
  const pages: Session[][] = [];
  let position: PagePosition | null = null;
  let plan = '';
  do {
    const page = await readSessionPage(db, query, position, options);
    pages.push(page.sessions);
    plan = page.plan;
    position = page.next;
  } while (position && pages.length < 100);
  return { pages, plan, ids: pages.flat().map((s) => s.id) };
}

/** The expected order, worked out the slow way from all sessions. */
function expectedIds(sessions: Session[], query: SessionQuery): string[] {
  const keyOf: Record<string, (s: Session) => number | null | undefined> = {
    date: (s) => s.startedAt, score: (s) => s.score?.score, duration: (s) => s.durationMs, friction: (s) => s.frictionTotal, ces: (s) => s.rating?.ces,
  };
  const key = keyOf[query.sort];
  const sign = query.direction === 'asc' ? 1 : -1;
  return sessions
    .filter((s) => (!query.siteId || s.siteId === query.siteId) && (query.from == null || s.startedAt >= query.from) && (query.to == null || s.startedAt <= query.to) && (!query.studyId || s.study?.studyId === query.studyId))
    .filter((s) => typeof key(s) === 'number')
    .sort((a, b) => sign * (key(a)! - key(b)! || (a.id < b.id ? -1 : 1)))
    .map((s) => s.id);
}

describe('session pages', () => {
  it('pages through every sort in both directions by walking the index, matching a full sort', async () => {
    const { db, sessions } = await seeded();
    for (const sort of SESSION_SORTS) {
      for (const direction of ['asc', 'desc'] as const) {
        const query = { sort, direction };
        const { ids, pages, plan } = await allPages(db, query, { pageSize: 50 });
        expect(plan).toBe('index');
        expect(ids, `${sort} ${direction}`).toEqual(expectedIds(sessions, query));
        expect(pages[0]).toHaveLength(Math.min(50, ids.length));
      }
    }
  });

  it('leaves out sessions without the sort key (unscored, unrated) and says how many are listed', async () => {
    const { db, sessions } = await seeded();
    const byScore = await readSessionPage(db, { sort: 'score', direction: 'desc' });
    expect(byScore.total).toBe(sessions.filter((s) => s.score?.score != null).length);
    expect(byScore.total).toBeLessThan(sessions.length);
    const byCes = await readSessionPage(db, { sort: 'ces', direction: 'desc' });
    expect(byCes.total).toBe(sessions.filter((s) => s.rating).length);
    expect(byCes.sessions.every((s) => s.rating !== null)).toBe(true);
  });

  it('gives the same rows whether a filter is sorted in memory or walked through the index', async () => {
    const { db, sessions } = await seeded();
    const queries: SessionQuery[] = [
      { sort: 'score', direction: 'desc', siteId: 'gucci' },
      { sort: 'date', direction: 'desc', siteId: 'dior', from: FROM + 10 * DAY, to: FROM + 40 * DAY },
      { sort: 'duration', direction: 'asc', from: FROM + 5 * DAY, to: FROM + 20 * DAY },
      { sort: 'friction', direction: 'desc', studyId: 'study-a' },
      { sort: 'date', direction: 'asc', siteId: 'net-a-porter', studyId: 'study-a' },
      { sort: 'ces', direction: 'asc', siteId: 'gucci', from: FROM + 30 * DAY },
    ];
    for (const query of queries) {
      const memory = await allPages(db, query, { pageSize: 7 });
      const walked = await allPages(db, query, { pageSize: 7, inMemoryLimit: 0 });
      expect(memory.plan).toBe('memory');
      expect(walked.plan).toBe('index');
      expect(memory.ids, JSON.stringify(query)).toEqual(expectedIds(sessions, query));
      expect(walked.ids, JSON.stringify(query)).toEqual(memory.ids);
      expect(memory.ids.length).toBeGreaterThan(0);
    }
  });

  it('counts a site-and-date filter exactly without reading it', async () => {
    const { db, sessions } = await seeded();
    const query: SessionQuery = { sort: 'date', direction: 'desc', siteId: 'gucci', from: FROM + 10 * DAY, to: FROM + 30 * DAY };
    const page = await readSessionPage(db, query, null, { inMemoryLimit: 0 });
    expect(page.total).toBe(expectedIds(sessions, query).length);
  });

  it('the last page has no next position; an empty filter gives an empty page', async () => {
    const { db } = await seeded(60);
    const first = await readSessionPage(db, { sort: 'date', direction: 'desc' }, null, { pageSize: 50 });
    expect(first.sessions).toHaveLength(50);
    const second = await readSessionPage(db, { sort: 'date', direction: 'desc' }, first.next, { pageSize: 50 });
    expect(second.sessions).toHaveLength(10);
    expect(second.next).toBeNull();
    const none = await readSessionPage(db, { sort: 'date', direction: 'desc', siteId: 'hermes' });
    expect(none).toMatchObject({ sessions: [], next: null, total: 0 });
  });
});

describe('recorded sites and studies', () => {
  it('lists each site once with its session count and name, and each study id once', async () => {
    const { db, sessions } = await seeded(30);
    const sites = await listRecordedSites(db);
    expect(sites.map((s) => s.siteName)).toEqual(['Dior', 'Gucci', 'Net-a-Porter']);
    expect(sites.find((s) => s.siteId === 'gucci')!.sessions).toBe(sessions.filter((s) => s.siteId === 'gucci').length);
    expect(await listStudyIds(db)).toEqual(['study-a']);
  });
});
