// The registry site for a page URL, for the background: it decides a batch's
// site from the sender's URL, never from what the content script claims.
import { SITES } from './registry';
import { siteIdForHost } from './classify';

const NAMES = new Map(SITES.map((site) => [site.id, site.name]));

/** The host of an https URL; null for anything else (Vitrine records only on https shops). */
export function httpsHostOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed.hostname : null;
  } catch {
    return null;
  }
}

export function siteForUrl(url: string): { id: string; name: string } | null {
  const host = httpsHostOf(url);
  const id = host ? siteIdForHost(host) : null;
  return id ? { id, name: NAMES.get(id) ?? id } : null;
}

export function siteName(siteId: string): string {
  return NAMES.get(siteId) ?? siteId;
}
