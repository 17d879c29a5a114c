// When the user picks another benchmark profile every stored score is
// recomputed from the session aggregates (never from raw events), a few
// hundred sessions per transaction so 100k sessions never hold one long lock.
import { withScore } from '../score/score-session';
import type { Profile } from '../score/profile';
import type { VitrineDb } from './db';

const SESSIONS_PER_TRANSACTION = 500;

export async function rescoreAllSessions(db: VitrineDb, profile: Profile): Promise<number> {
  let after: string | null = null;
  let total = 0;
  for (;;) {
    const tx = db.transaction('sessions', 'readwrite');
    const range: IDBKeyRange | null = after === null ? null : IDBKeyRange.lowerBound(after, true);
    let cursor = await tx.store.openCursor(range);
    let done = 0;
    while (cursor && done < SESSIONS_PER_TRANSACTION) {
      await cursor.update(withScore(cursor.value, profile));
      after = cursor.key;
      done += 1;
      cursor = await cursor.continue();
    }
    await tx.done;
    total += done;
    if (done < SESSIONS_PER_TRANSACTION) return total;
  }
}

/** Every session of a site, oldest first, read through its index. */
export async function sessionsOfSite(db: VitrineDb, siteId: string) {
  const range = IDBKeyRange.bound([siteId, -Infinity], [siteId, Infinity]);
  return db.getAllFromIndex('sessions', 'bySite', range);
}
