// Where "Open dashboard" goes: the extension's dashboard page in a new tab,
// straight at a session (`#/sessions/<id>`) when the popup shows one.
import { browser } from 'wxt/browser';

/** The dashboard's address; a plain string path, since the page is built by its own entrypoint. */
export function dashboardUrl(sessionId?: string | null): string {
  const base = (browser.runtime.getURL as (path: string) => string)('/dashboard.html');
  return sessionId ? `${base}#/sessions/${encodeURIComponent(sessionId)}` : base;
}

/** true once the browser opened the tab. */
export async function openDashboard(sessionId?: string | null): Promise<boolean> {
  try {
    await browser.tabs.create({ url: dashboardUrl(sessionId) });
    return true;
  } catch {
    return false;
  }
}
