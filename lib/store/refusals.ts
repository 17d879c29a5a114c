// Every message the background refuses is counted by reason, in IndexedDB so
// the tally survives the worker; the dashboard and tests read it back.
import type { VitrineDb } from './db';
import { refusalLog } from './queries';

export async function countRefusal(db: VitrineDb, reason: string, now: number): Promise<void> {
  const tx = db.transaction('meta', 'readwrite');
  const log = (await tx.store.get('refusals')) ?? { id: 'refusals' as const, total: 0, byReason: {}, last: null };
  log.total += 1;
  log.byReason[reason] = (log.byReason[reason] ?? 0) + 1;
  log.last = { reason, at: now };
  await tx.store.put(log);
  await tx.done;
}

export { refusalLog };
