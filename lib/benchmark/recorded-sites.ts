// Which sites and studies have recorded sessions, for the dashboard's
// filters and benchmark. Read-only, and cheap at 100k sessions: one cursor hop
// per site over the bySite index and one per study over byStudy, plus counts.
import type { VitrineDb } from '../store/db';

export interface RecordedSite {
  siteId: string;
  siteName: string;
  sessions: number;
}

export async function listRecordedSites(db: VitrineDb): Promise<RecordedSite[]> {
  const index = db.transaction('sessions').store.index('bySite');
  const sites: RecordedSite[] = [];
  let cursor = await index.openCursor(null, 'prev'); // the newest session names the site
  while (cursor) {
    const [siteId] = cursor.key;
    const sessions = await index.count(IDBKeyRange.bound([siteId, -Infinity], [siteId, Infinity]));
    sites.push({ siteId, siteName: cursor.value.siteName, sessions });
    // Jump below this site's first key: the next record is the previous site's newest session.
    cursor = await cursor.continue([siteId, -Infinity]);
  }
  return sites.sort((a, b) => a.siteName.localeCompare(b.siteName));
}

export async function listStudyIds(db: VitrineDb): Promise<string[]> {
  const studies: string[] = [];
  let cursor = await db.transaction('sessions').store.index('byStudy').openKeyCursor(null, 'nextunique');
  while (cursor) {
    studies.push(cursor.key);
    cursor = await cursor.continue();
  }
  return studies;
}
