// A tracked page's URL read with the right rules: a registry site's own, or —
// on a site the user added — those of the platform stored with it. Untracked
// URLs get null, so nothing is classified for a site Vitrine does not record.
import { classifyUrl, classifyUrlOnPlatform } from './classify';
import { httpsHostOf, siteForUrl } from './lookup';
import type { CustomSite } from './custom-sites';
import type { UrlClassification } from './types';

export function classifyTrackedUrl(url: string, customSites: readonly CustomSite[]): UrlClassification | null {
  if (siteForUrl(url)) return classifyUrl(url);
  const host = httpsHostOf(url);
  const custom = host ? customSites.find((site) => site.hosts.includes(host)) : undefined;
  return custom ? classifyUrlOnPlatform(url, custom.platform) : null;
}
