// Reading the extension's IndexedDB from one of its own pages. The reader runs
// inside the browser, so it is kept as plain JavaScript source (not a function
// that the test transform could rewrite) and evaluated as an expression.

export const DB_NAME = 'vitrine';

/**
 * Browser-side: resolves to a JSON string of every record of each store asked
 * for, `{ [store]: record[] }`, or `null` when the database does not exist yet.
 * It never creates the database: an open that would (onupgradeneeded) is
 * aborted, so the extension's own first open still sees a fresh database.
 * A store the database lacks reads as [].
 */
const READ_STORES_SOURCE = String.raw`(async (dbName, storeNames) => {
  if (indexedDB.databases) {
    const dbs = await indexedDB.databases();
    if (!dbs.some((d) => d.name === dbName)) return null;
  }
  const db = await new Promise((resolve, reject) => {
    const req = indexedDB.open(dbName);
    let created = false;
    req.onupgradeneeded = () => { created = true; req.transaction.abort(); };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => (created ? resolve(null) : reject(req.error));
    req.onblocked = () => reject(new Error('indexedDB.open(' + dbName + ') blocked'));
  });
  if (!db) return null;
  // Never hold up the extension's own upgrade of the schema.
  db.onversionchange = () => db.close();
  try {
    const out = {};
    const present = storeNames.filter((s) => db.objectStoreNames.contains(s));
    for (const s of storeNames) out[s] = [];
    if (present.length) {
      const tx = db.transaction(present, 'readonly');
      await Promise.all(present.map((s) => new Promise((resolve, reject) => {
        const r = tx.objectStore(s).getAll();
        r.onsuccess = () => { out[s] = r.result; resolve(); };
        r.onerror = () => reject(r.error);
      })));
    }
    return JSON.stringify(out);
  } finally {
    db.close();
  }
})`;

/** The expression to evaluate in an extension page (Playwright or Puppeteer). */
export function readStoresExpression(storeNames: readonly string[], dbName = DB_NAME): string {
  return `${READ_STORES_SOURCE}(${JSON.stringify(dbName)}, ${JSON.stringify(storeNames)})`;
}

/** Parses what the expression resolved to. */
export function parseStores(raw: unknown): Record<string, unknown[]> | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw !== 'string') throw new Error(`Unexpected IndexedDB dump: ${String(raw)}`);
  return JSON.parse(raw) as Record<string, unknown[]>;
}

/** Records the foundation tests look at (only the fields they use are typed). */
export interface StoredEvent {
  id: string;
  sessionId: string;
  tabId?: number;
  visitId: string;
  siteId: string;
  t: number;
  type: string;
  pageType?: string;
  url: string;
  nav?: string;
  title?: string;
  loadMs?: number | null;
  [key: string]: unknown;
}

export interface StoredSession {
  id: string;
  siteId: string;
  siteName?: string;
  startedAt: number;
  lastEventAt: number;
  status: string;
  counts?: { pages?: number; [key: string]: unknown };
  [key: string]: unknown;
}

export interface VitrineDump {
  events: StoredEvent[];
  sessions: StoredSession[];
}

export function toVitrineDump(stores: Record<string, unknown[]> | null): VitrineDump {
  return {
    events: (stores?.events ?? []) as StoredEvent[],
    sessions: (stores?.sessions ?? []) as StoredSession[],
  };
}
