import { describe, expect, it } from 'vitest';
import {
  CONTENT_SCRIPT_FILE,
  CUSTOM_SCRIPT_ID,
  customSiteForUrl,
  syncCustomContentScript,
  trackGrantedOrigins,
  untrackRemovedOrigins,
  type TrackingApi,
} from '@/lib/background/custom-tracking';
import { loadCustomSites, saveCustomSites } from '@/lib/sites/custom-sites';
import { T0 } from '../helpers';

/** An in-memory `scripting` + `tabs` with the behaviour the browsers document. */
function fakeApi(openTabs: Record<string, { id: number; platform: string }[]> = {}) {
  const registered = new Map<string, { id: string; matches: string[]; js: string[] }>();
  const injected: Array<{ tabId: number; files?: string[] }> = [];
  const api: TrackingApi = {
    scripting: {
      getRegisteredContentScripts: async (filter) => [...registered.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id)),
      registerContentScripts: async (scripts) => {
        for (const script of scripts) {
          if (registered.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
          registered.set(script.id, script);
        }
      },
      unregisterContentScripts: async (filter) => {
        for (const id of filter?.ids ?? [...registered.keys()]) registered.delete(id);
      },
      executeScript: async ({ target, files, func }) => {
        const tab = Object.values(openTabs).flat().find((t) => t.id === target.tabId)!;
        if (func) return [{ result: tab.platform }];
        injected.push({ tabId: target.tabId, files });
        return [{}];
      },
    },
    tabs: {
      query: async ({ url }) => url.flatMap((pattern) => openTabs[new URL(pattern.replace('/*', '/')).hostname] ?? []),
    },
    loadCustomSites,
    saveCustomSites,
    now: () => T0,
  };
  return { api, registered, injected };
}

describe('Track this site', () => {
  it('turns a granted host into a custom site, detects its platform and records in its open tabs', async () => {
    const { api, registered, injected } = fakeApi({ 'www.maison-example.com': [{ id: 4, platform: 'shopify' }] });
    const added = await trackGrantedOrigins(api, ['https://www.maison-example.com/*']);
    expect(added).toEqual([
      { id: 'custom:www.maison-example.com', name: 'maison-example.com', hosts: ['www.maison-example.com'], platform: 'shopify', addedAt: T0 },
    ]);
    expect(await loadCustomSites()).toEqual(added);
    expect(registered.get(CUSTOM_SCRIPT_ID)).toMatchObject({ matches: ['https://www.maison-example.com/*'], js: [CONTENT_SCRIPT_FILE] });
    expect(injected).toEqual([{ tabId: 4, files: [CONTENT_SCRIPT_FILE] }]);
  });

  it('re-registers the script for the same hosts when an update renamed the recorder file', async () => {
    const { api, registered } = fakeApi();
    const site = { id: 'custom:www.maison-example.com', name: 'maison-example.com', hosts: ['www.maison-example.com'], platform: 'shopify' as const, addedAt: T0 };
    registered.set(CUSTOM_SCRIPT_ID, { id: CUSTOM_SCRIPT_ID, matches: ['https://www.maison-example.com/*'], js: ['content-scripts/content.js'] });
    await syncCustomContentScript(api, [site]);
    expect(registered.get(CUSTOM_SCRIPT_ID)).toMatchObject({ matches: ['https://www.maison-example.com/*'], js: [CONTENT_SCRIPT_FILE] });
  });

  it('ignores registry sites, broad patterns and hosts already tracked', async () => {
    const { api, registered } = fakeApi();
    await trackGrantedOrigins(api, ['https://www.maison-example.com/*']);
    const again = await trackGrantedOrigins(api, ['https://www.net-a-porter.com/*', 'https://*/*', 'http://plain.example.com/*', 'https://www.maison-example.com/*']);
    expect(again).toEqual([]);
    expect((await loadCustomSites()).map((s) => s.id)).toEqual(['custom:www.maison-example.com']);
    expect(registered.get(CUSTOM_SCRIPT_ID)?.matches).toEqual(['https://www.maison-example.com/*']);
  });

  it('keeps one registration that matches every custom host', async () => {
    const { api, registered } = fakeApi();
    await trackGrantedOrigins(api, ['https://www.maison-example.com/*']);
    await trackGrantedOrigins(api, ['https://atelier.example.org/*']);
    expect(registered.get(CUSTOM_SCRIPT_ID)?.matches).toEqual(['https://atelier.example.org/*', 'https://www.maison-example.com/*']);
  });

  it('Stop tracking removes the site and its registration', async () => {
    const { api, registered } = fakeApi();
    await trackGrantedOrigins(api, ['https://www.maison-example.com/*', 'https://atelier.example.org/*']);
    await untrackRemovedOrigins(api, ['https://www.maison-example.com/*']);
    expect((await loadCustomSites()).map((s) => s.id)).toEqual(['custom:atelier.example.org']);
    expect(registered.get(CUSTOM_SCRIPT_ID)?.matches).toEqual(['https://atelier.example.org/*']);
    await untrackRemovedOrigins(api, ['https://atelier.example.org/*']);
    expect(registered.size).toBe(0);
  });

  it('a custom site is a tracked site for the background', async () => {
    const { api } = fakeApi();
    const [site] = await trackGrantedOrigins(api, ['https://www.maison-example.com/*']);
    expect(customSiteForUrl('https://www.maison-example.com/products/bag', [site])).toEqual({ id: site.id, name: site.name });
    expect(customSiteForUrl('https://other.example.com/', [site])).toBeNull();
  });

  it('drops stored entries that fail the schema instead of trusting them', async () => {
    await saveCustomSites([]);
    const { storage } = await import('wxt/utils/storage');
    await storage.setItem('local:customSites', [{ id: 'custom:ok.example.com', name: 'ok', hosts: ['ok.example.com'], platform: 'generic', addedAt: 1 }, { id: 'evil', hosts: ['*'] }]);
    expect((await loadCustomSites()).map((s) => s.id)).toEqual(['custom:ok.example.com']);
  });
});
