// One page of the dashboard's session table, sorted and filtered, read so that
// 100k sessions stay fast: a sort walks its IndexedDB index from a bookmark
// (keyset paging, never an offset into the whole store), and a filter that
// leaves few sessions reads just those through its own index and sorts them in
// memory. Both plans give the same rows in the same order. Read-only.
import type { Session } from '../journey/session';
import type { VitrineDb } from '../store/db';

export const SESSION_SORTS = ['date', 'score', 'duration', 'friction', 'ces'] as const;
export type SessionSort = (typeof SESSION_SORTS)[number];
type SortIndex = 'byStart' | 'byScore' | 'byDuration' | 'byFriction' | 'byCes';

/** Each sort's index and the key it holds. Sessions with no key (unscored, unrated) are not in the index, so not in the order. */
export const SORT_KEYS: Record<SessionSort, { index: SortIndex; keyOf: (s: Session) => number | null | undefined }> = {
  date: { index: 'byStart', keyOf: (s) => s.startedAt },
  score: { index: 'byScore', keyOf: (s) => s.score?.score },
  duration: { index: 'byDuration', keyOf: (s) => s.durationMs },
  friction: { index: 'byFriction', keyOf: (s) => s.frictionTotal },
  ces: { index: 'byCes', keyOf: (s) => s.rating?.ces },
};

export interface SessionQuery {
  sort: SessionSort;
  direction: 'asc' | 'desc';
  siteId?: string | null;
  /** Inclusive bounds on `startedAt`, epoch ms. */
  from?: number | null;
  to?: number | null;
  studyId?: string | null;
}

/** Where a page starts: after a row of an index walk, or an offset into an in-memory sort. */
export type PagePosition = { after: { key: IDBValidKey; primaryKey: string } } | { offset: number };

export interface SessionPage {
  sessions: Session[];
  next: PagePosition | null;
  /** Sessions the query lists in all, when that is known without reading them. */
  total: number | null;
  plan: 'index' | 'memory';
}

export interface PageOptions {
  pageSize?: number;
  /** A filter leaving at most this many sessions is read whole and sorted in memory. */
  inMemoryLimit?: number;
}

export const PAGE_SIZE = 50;
const IN_MEMORY_LIMIT = 5000;

const hasKey = (key: unknown): key is number => typeof key === 'number' && !Number.isNaN(key);

export function sessionMatches(query: SessionQuery): (s: Session) => boolean {
  return (s) =>
    (!query.siteId || s.siteId === query.siteId) &&
    (query.from == null || s.startedAt >= query.from) &&
    (query.to == null || s.startedAt <= query.to) &&
    (!query.studyId || s.study?.studyId === query.studyId);
}

type Source = { index: 'bySite' | 'byStudy' | 'byStart'; range: IDBKeyRange };

function siteRange(query: SessionQuery): IDBKeyRange {
  return IDBKeyRange.bound([query.siteId!, query.from ?? -Infinity], [query.siteId!, query.to ?? Infinity]);
}
function dateRange(query: SessionQuery): IDBKeyRange {
  return IDBKeyRange.bound(query.from ?? -Infinity, query.to ?? Infinity);
}
const hasDates = (q: SessionQuery) => q.from != null || q.to != null;

/** The filter's indexes, each with how many sessions it leaves; the smallest decides the plan. */
async function filterSources(db: VitrineDb, query: SessionQuery): Promise<Array<Source & { count: number }>> {
  const sources: Source[] = [];
  if (query.siteId) sources.push({ index: 'bySite', range: siteRange(query) });
  else if (hasDates(query)) sources.push({ index: 'byStart', range: dateRange(query) });
  if (query.studyId) sources.push({ index: 'byStudy', range: IDBKeyRange.only(query.studyId) });
  const store = db.transaction('sessions').store;
  const counts = await Promise.all(sources.map((s) => store.index(s.index).count(s.range)));
  return sources.map((s, i) => ({ ...s, count: counts[i] })).sort((a, b) => a.count - b.count);
}

export async function readSessionPage(db: VitrineDb, query: SessionQuery, position: PagePosition | null = null, options: PageOptions = {}): Promise<SessionPage> {
  const pageSize = options.pageSize ?? PAGE_SIZE;
  const [smallest] = await filterSources(db, query);
  if (smallest && smallest.count <= (options.inMemoryLimit ?? IN_MEMORY_LIMIT)) {
    return sortInMemory(db, smallest, query, position && 'offset' in position ? position.offset : 0, pageSize);
  }
  return walkIndex(db, query, position && 'after' in position ? position.after : null, pageSize);
}

async function sortInMemory(db: VitrineDb, source: Source, query: SessionQuery, offset: number, pageSize: number): Promise<SessionPage> {
  const { keyOf } = SORT_KEYS[query.sort];
  const matches = sessionMatches(query);
  const sign = query.direction === 'asc' ? 1 : -1;
  const listed = (await db.getAllFromIndex('sessions', source.index, source.range))
    .filter((s) => matches(s) && hasKey(keyOf(s)))
    // The order an index walk gives: by key, then by primary key, both reversed when descending.
    .sort((a, b) => sign * ((keyOf(a)! - keyOf(b)!) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
  const end = offset + pageSize;
  return { sessions: listed.slice(offset, end), next: end < listed.length ? { offset: end } : null, total: listed.length, plan: 'memory' };
}

async function walkIndex(db: VitrineDb, query: SessionQuery, after: { key: IDBValidKey; primaryKey: string } | null, pageSize: number): Promise<SessionPage> {
  const direction = query.direction === 'asc' ? 'next' : 'prev';
  const sign = direction === 'next' ? 1 : -1;
  // Sorting by date within a site or a date range walks the filter's own index: the range does the filtering.
  const walk: { index: SortIndex | 'bySite'; range: IDBKeyRange | null; exact: boolean } =
    query.sort === 'date' && query.siteId
      ? { index: 'bySite', range: siteRange(query), exact: !query.studyId }
      : query.sort === 'date' && hasDates(query)
        ? { index: 'byStart', range: dateRange(query), exact: !query.studyId }
        : { index: SORT_KEYS[query.sort].index, range: null, exact: !query.siteId && !hasDates(query) && !query.studyId };
  const matches = sessionMatches(query);
  const index = db.transaction('sessions').store.index(walk.index);
  const totalRequest = walk.exact ? index.count(walk.range ?? undefined) : null;

  let cursor = await index.openCursor(walk.range, direction);
  if (cursor && after) {
    const position = () => sign * (indexedDB.cmp(cursor!.key, after.key) || indexedDB.cmp(cursor!.primaryKey, after.primaryKey));
    if (position() < 0) cursor = await cursor.continuePrimaryKey(after.key as never, after.primaryKey);
    if (cursor && position() === 0) cursor = await cursor.continue();
  }
  const sessions: Session[] = [];
  let last: { key: IDBValidKey; primaryKey: string } | null = null;
  let more = false;
  while (cursor) {
    if (matches(cursor.value)) {
      if (sessions.length === pageSize) {
        more = true;
        break;
      }
      sessions.push(cursor.value);
      last = { key: cursor.key, primaryKey: cursor.primaryKey };
    }
    cursor = await cursor.continue();
  }
  return { sessions, next: more && last ? { after: last } : null, total: totalRequest ? await totalRequest : null, plan: 'index' };
}
