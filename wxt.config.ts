import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { hostMatchPatterns } from './lib/sites/match-patterns';
import { contentScriptWithoutPolyfill } from './lib/build/content-without-polyfill';

// One source for the manifest of every browser. Host permissions are exactly
// the site registry's hosts; Firefox builds are MV2, Chrome/Edge MV3 (DESIGN §1).
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact(), contentScriptWithoutPolyfill()] }),
  manifest: ({ browser }) => ({
    name: 'Vitrine — luxury shopping convenience',
    short_name: 'Vitrine',
    description:
      'Times every search, page, bag and checkout step on luxury shopping sites and shows where the journey made you work. Nothing leaves your device.',
    // activeTab lets the popup see the shop it was opened on, to offer "Track this site";
    // scripting registers the recorder on the sites a user adds.
    permissions: ['storage', 'alarms', 'webNavigation', 'activeTab', 'scripting'],
    host_permissions: hostMatchPatterns(),
    // Asked at run time, one host at a time, when the user adds a shop (MV2 keeps them in optional_permissions).
    ...(browser === 'firefox' ? { optional_permissions: ['https://*/*'] } : { optional_host_permissions: ['https://*/*'] }),
    incognito: 'not_allowed',
    action: { default_title: 'Vitrine' },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'vitrine@vitrine.dev',
          strict_min_version: '140.0',
          // Vitrine keeps everything on the device: it collects and transmits nothing.
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
