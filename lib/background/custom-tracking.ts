// "Track this site": the popup asks for the host permission (it needs the
// user's click); the background reacts to the grant, so it works even when
// Firefox closes the popup for the permission prompt. A granted host becomes a
// custom site, gets the content script registered, and open tabs start recording.
import { detectPlatform } from '../sites/detect-platform';
import { httpsHostOf, siteForUrl } from '../sites/lookup';
import { hostOfPattern, newCustomSite, type CustomSite } from '../sites/custom-sites';
import type { Platform } from '../sites/types';
import { CONTENT_SCRIPT_FILE } from '../sites/match-patterns';

export const CUSTOM_SCRIPT_ID = 'vitrine-custom-sites';
export { CONTENT_SCRIPT_FILE };

export interface TrackingApi {
  scripting: {
    getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<Array<{ id: string; matches?: string[]; js?: string[] }>>;
    registerContentScripts(scripts: Array<{ id: string; matches: string[]; js: string[]; runAt: 'document_idle'; persistAcrossSessions?: boolean }>): Promise<void>;
    unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
    executeScript(injection: { target: { tabId: number }; files?: string[]; func?: () => unknown }): Promise<Array<{ result?: unknown }>>;
  };
  tabs: { query(query: { url: string[] }): Promise<Array<{ id?: number }>> };
  loadCustomSites(): Promise<CustomSite[]>;
  saveCustomSites(sites: CustomSite[]): Promise<void>;
  now(): number;
}

const patternsOf = (sites: CustomSite[]): string[] => sites.flatMap((site) => site.hosts.map((host) => `https://${host}/*`)).sort();

/** Makes the registered content script match exactly the custom sites' hosts. */
export async function syncCustomContentScript(api: TrackingApi, sites: CustomSite[]): Promise<void> {
  const wanted = patternsOf(sites);
  const [current] = await api.scripting.getRegisteredContentScripts({ ids: [CUSTOM_SCRIPT_ID] });
  // The same hosts and the same file (an update may rename the recorder's): nothing to do.
  const sameHosts = current && JSON.stringify([...(current.matches ?? [])].sort()) === JSON.stringify(wanted);
  if (sameHosts && current.js?.join() === CONTENT_SCRIPT_FILE) return;
  if (current) await api.scripting.unregisterContentScripts({ ids: [CUSTOM_SCRIPT_ID] });
  if (wanted.length === 0) return;
  await api.scripting.registerContentScripts([
    { id: CUSTOM_SCRIPT_ID, matches: wanted, js: [CONTENT_SCRIPT_FILE], runAt: 'document_idle' },
  ]);
}

async function openTabIds(api: TrackingApi, host: string): Promise<number[]> {
  const tabs = await api.tabs.query({ url: [`https://${host}/*`] });
  return tabs.flatMap((tab) => (tab.id === undefined ? [] : [tab.id]));
}

/** The platform the host's open pages show, or `generic` when none is open or readable. */
async function detectInOpenTabs(api: TrackingApi, host: string): Promise<Platform> {
  for (const tabId of await openTabIds(api, host)) {
    try {
      const [frame] = await api.scripting.executeScript({ target: { tabId }, func: detectPlatform as () => Platform });
      if (typeof frame?.result === 'string') return frame.result as Platform;
    } catch {
      // An error page or a tab still loading: try the next one.
    }
  }
  return 'generic';
}

/** Pages already open start recording now; the registered script covers every later load. */
async function startInOpenTabs(api: TrackingApi, host: string): Promise<void> {
  for (const tabId of await openTabIds(api, host)) {
    await api.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] }).catch(() => {});
  }
}

/** Host permissions were granted: each new https host becomes a tracked custom site. */
export async function trackGrantedOrigins(api: TrackingApi, origins: string[]): Promise<CustomSite[]> {
  const sites = await api.loadCustomSites();
  const added: CustomSite[] = [];
  for (const origin of origins) {
    const host = hostOfPattern(origin);
    if (!host || siteForUrl(`https://${host}/`) || sites.some((site) => site.hosts.includes(host))) continue;
    added.push(newCustomSite(host, await detectInOpenTabs(api, host), api.now()));
  }
  if (added.length === 0) return [];
  const all = [...sites, ...added];
  await api.saveCustomSites(all);
  await syncCustomContentScript(api, all);
  for (const site of added) await startInOpenTabs(api, site.hosts[0]);
  return added;
}

/** Host permissions were removed ("Stop tracking"): forget those sites' registration (their data stays until deleted). */
export async function untrackRemovedOrigins(api: TrackingApi, origins: string[]): Promise<void> {
  const removed = new Set(origins.map(hostOfPattern).filter((host): host is string => host !== null));
  const sites = await api.loadCustomSites();
  const kept = sites.filter((site) => !site.hosts.some((host) => removed.has(host)));
  if (kept.length === sites.length) return;
  await api.saveCustomSites(kept);
  await syncCustomContentScript(api, kept);
}

/** The user-added site a URL belongs to, if any. */
export function customSiteForUrl(url: string, sites: CustomSite[]): { id: string; name: string } | null {
  const host = httpsHostOf(url);
  const site = host ? sites.find((s) => s.hosts.includes(host)) : undefined;
  return site ? { id: site.id, name: site.name } : null;
}
