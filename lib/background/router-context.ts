// Everything the message router needs from the browser, gathered in one place
// so background.ts only wires and tests can build the same context with fakes.
import type { RouterContext } from './route-message';
import { siteForUrl } from '../sites/lookup';
import { loadCustomSites } from '../sites/custom-sites';
import { customSiteForUrl } from './custom-tracking';
import { classifyUrl } from '../sites/classify';
import { classifyTrackedUrl } from '../sites/classify-tracked-url';
import { openVitrineDb, type VitrineDb } from '../store';
import { loadSettings, querySalt, updateSettings } from '../settings/storage';

/**
 * `injectKit` wraps `browser.scripting.executeScript`; a context built without
 * it (a test harness for extension pages) refuses to inject recorder kits.
 */
export function createRouterContext(
  runtime: { id: string; getURL(path: string): string },
  injectKit?: RouterContext['injectKit'],
): RouterContext {
  let opening: Promise<VitrineDb> | null = null;
  return {
    db: () => (opening ??= openVitrineDb()),
    extensionId: runtime.id,
    extensionUrl: runtime.getURL('/'),
    siteForUrl: async (url) => siteForUrl(url) ?? customSiteForUrl(url, await loadCustomSites()),
    now: Date.now,
    settings: loadSettings,
    updateSettings,
    querySalt,
    pathSearchTerm: (url) => {
      const { searchQuery } = classifyUrl(url.split('?')[0]);
      return searchQuery;
    },
    classifyTrackedUrl: async (url) => classifyTrackedUrl(url, await loadCustomSites()),
    injectKit: injectKit ?? (async () => {
      throw new Error('no scripting API in this context');
    }),
  };
}
