// Which pages "Track this site" may be offered on: https pages whose host the
// background can turn into a custom site. Browser pages, http, extension stores
// (where no extension may run) and odd hosts get no offer.

/** Hosts where browsers forbid extension scripts, so tracking could never record. */
const EXTENSION_STORE_HOSTS = new Set([
  'chromewebstore.google.com',
  'chrome.google.com',
  'addons.mozilla.org',
  'microsoftedge.microsoft.com',
]);

/** The same shape the background accepts for a custom site's host (lib/sites/custom-sites.ts). */
const PLAIN_HOST = /^[a-z0-9.-]+$/;

/** `https://www.maison-example.com/bags?x=1` → `www.maison-example.com`; null when it cannot be tracked. */
export function trackableHostOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const host = parsed.hostname;
  if (parsed.protocol !== 'https:' || !PLAIN_HOST.test(host)) return null;
  return EXTENSION_STORE_HOSTS.has(host) ? null : host;
}

/** The one origin "Track this site" asks for: exactly this host, any path, https only. */
export function originPatternOf(host: string): string {
  return `https://${host}/*`;
}
