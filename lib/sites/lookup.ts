// The registry site for a page URL, for the background: it decides a batch's
// site from the sender's URL, never from what the content script claims.
import { SITES } from './registry';
import { siteIdForHost } from './classify';

const NAMES = new Map(SITES.map((site) => [site.id, site.name]));

export function siteForUrl(url: string): { id: string; name: string } | null {
  let host: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:') return null;
    host = parsed.hostname;
  } catch {
    return null;
  }
  const id = siteIdForHost(host);
  return id ? { id, name: NAMES.get(id) ?? id } : null;
}

export function siteName(siteId: string): string {
  return NAMES.get(siteId) ?? siteId;
}
