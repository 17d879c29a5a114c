import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { CONTENT_SCRIPT_FILE, hostMatchPatterns } from './lib/sites/match-patterns';
import { recorderBuild } from './lib/build/recorder-build';

// One source for the manifest of every browser. Host permissions are exactly
// the site registry's hosts; Firefox builds are MV2, Chrome/Edge MV3 (DESIGN §1).
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    // The recorder's manifest entry (entrypoints/recorder.ts explains why it is written here).
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.content_scripts = [...(manifest.content_scripts ?? []), { matches: hostMatchPatterns(), js: [CONTENT_SCRIPT_FILE], run_at: 'document_idle' }];
    },
  },
  // VITRINE_SOURCEMAP=1 writes source maps: what each module costs the recorder's budget.
  vite: () => ({ plugins: [preact(), recorderBuild()], build: { sourcemap: !!process.env.VITRINE_SOURCEMAP } }),
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
