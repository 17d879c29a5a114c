// Which site the popup is about. `?site=<siteId>` wins (the dashboard and the
// end-to-end tests open the popup that way); otherwise the active tab's URL,
// which the browser only reveals for hosts Vitrine may access — tracked sites.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { siteForUrl, siteName } from '@/lib/sites/lookup';

export interface SiteRef {
  id: string;
  name: string;
}

/** The site named by a `?site=` query string, or null when there is none. */
export function siteFromQuery(search: string): SiteRef | null {
  const id = new URLSearchParams(search).get('site')?.trim();
  return id ? { id, name: siteName(id) } : null;
}

export async function siteOfActiveTab(): Promise<SiteRef | null> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.url ? siteForUrl(tab.url) : null;
  } catch {
    return null;
  }
}

/** undefined while still asking the browser, then the site or null (not on a tracked site). */
export function useCurrentSite(search: string = location.search): SiteRef | null | undefined {
  const [site, setSite] = useState<SiteRef | null | undefined>(() => siteFromQuery(search) ?? undefined);
  useEffect(() => {
    if (site !== undefined) return;
    let current = true;
    void siteOfActiveTab().then((found) => current && setSite(found));
    return () => {
      current = false;
    };
  }, [search]);
  return site;
}
