// Which site the popup is about. `?site=<siteId>` wins (the dashboard and the
// end-to-end tests open the popup that way); otherwise the active tab's URL,
// which activeTab reveals on any page: a registry site, a site the user added,
// or an untracked https host that "Track this site" could add.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { siteForUrl, siteName } from '@/lib/sites/lookup';
import { loadCustomSites, nameForHost, type CustomSite } from '@/lib/sites/custom-sites';
import { trackableHostOf } from './trackable-host';

export interface SiteRef {
  id: string;
  name: string;
  /** Only on sites the user added ("Track this site"): the hosts whose permission "Stop tracking" gives back. */
  customHosts?: string[];
}

export interface CurrentPage {
  /** The tracked site the active tab is on, or null. */
  site: SiteRef | null;
  /** The active tab's https host when no tracked site covers it, or null (browser pages, http…). */
  trackableHost: string | null;
}

const CUSTOM_ID_PREFIX = 'custom:';

/** A user-added site as the popup shows it; its id is the one the background gives it. */
export function customSiteRef(host: string, site?: CustomSite): SiteRef {
  return site
    ? { id: site.id, name: site.name, customHosts: [...site.hosts] }
    : { id: `${CUSTOM_ID_PREFIX}${host}`, name: nameForHost(host), customHosts: [host] };
}

/** The site named by a `?site=` query string, or null when there is none. */
export function siteFromQuery(search: string): SiteRef | null {
  const id = new URLSearchParams(search).get('site')?.trim();
  if (!id) return null;
  return id.startsWith(CUSTOM_ID_PREFIX) ? customSiteRef(id.slice(CUSTOM_ID_PREFIX.length)) : { id, name: siteName(id) };
}

/** Registry sites first (as the background decides), then the user's own sites. */
export async function pageOfUrl(url: string): Promise<CurrentPage> {
  const registrySite = siteForUrl(url);
  if (registrySite) return { site: registrySite, trackableHost: null };
  const host = trackableHostOf(url);
  if (!host) return { site: null, trackableHost: null };
  const custom = (await loadCustomSites().catch(() => [])).find((site) => site.hosts.includes(host));
  return custom ? { site: customSiteRef(host, custom), trackableHost: null } : { site: null, trackableHost: host };
}

export async function pageOfActiveTab(): Promise<CurrentPage> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.url ? await pageOfUrl(tab.url) : { site: null, trackableHost: null };
  } catch {
    return { site: null, trackableHost: null };
  }
}

/** undefined while still asking the browser, then the page the popup is about. */
export function useCurrentPage(search: string = location.search): CurrentPage | undefined {
  const [page, setPage] = useState<CurrentPage | undefined>(() => {
    const site = siteFromQuery(search);
    return site ? { site, trackableHost: null } : undefined;
  });
  useEffect(() => {
    if (page !== undefined) return;
    let current = true;
    void pageOfActiveTab().then((found) => current && setPage(found));
    return () => {
      current = false;
    };
  }, [search]);
  return page;
}
