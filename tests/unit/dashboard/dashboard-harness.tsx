// What a dashboard component test needs: the real database (fake IndexedDB)
// seeded with sessions, the dashboard's services around a view, and a fake
// background that answers page messages with the real router, as Vitrine's
// background does (fakeBrowser replies only through sendResponse + return true).
import { render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DashboardContext, type DashboardServices } from '@/components/dashboard/dashboard-context';
import { routeMessage } from '@/lib/background/route-message';
import { createRouterContext } from '@/lib/background/router-context';
import { loadSettings } from '@/lib/settings/storage';
import { openVitrineDb, type VitrineDb } from '@/lib/store';
import type { Session } from '@/lib/journey/session';
import type { StoredEvent } from '@/lib/events';

const EXTENSION_URL = 'chrome-extension://vitrine-test/';

export async function seed(sessions: Session[], events: StoredEvent[] = []): Promise<VitrineDb> {
  const db = await openVitrineDb();
  const tx = db.transaction(['sessions', 'events'], 'readwrite');
  for (const s of sessions) void tx.objectStore('sessions').put(s);
  for (const e of events) void tx.objectStore('events').put(e);
  await tx.done;
  return db;
}

/** Answers `runtime.sendMessage` with the real background router; returns the messages it received. */
export function answerLikeTheBackground(): unknown[] {
  const received: unknown[] = [];
  const ctx = createRouterContext({ id: 'vitrine-test', getURL: (path) => new URL(path, EXTENSION_URL).href });
  fakeBrowser.runtime.onMessage.addListener(((message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
    received.push(message);
    void routeMessage(message, { id: 'vitrine-test', url: `${EXTENSION_URL}dashboard.html` }, ctx).then(sendResponse);
    return true;
  }) as never);
  return received;
}

export async function renderInDashboard(ui: ComponentChildren, db?: VitrineDb) {
  const database = db ?? (await openVitrineDb());
  const announce = vi.fn();
  let settings = await loadSettings();
  const services = (): DashboardServices => ({
    db: database,
    announce,
    scoringProfileId: settings.scoreProfileId,
    refreshSettings: async () => {
      settings = await loadSettings();
      view.rerender(<DashboardContext.Provider value={services()}>{ui}</DashboardContext.Provider>);
    },
  });
  const view = render(<DashboardContext.Provider value={services()}>{ui}</DashboardContext.Provider>);
  return { ...view, db: database, announce };
}
