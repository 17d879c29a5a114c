// Build plugin: the content script gets the browser's own promise-based API
// (`browser` in Firefox, `chrome` in Chromium MV3) instead of
// webextension-polyfill. It only sends messages and never answers one, which
// both browsers do natively with promises, and the polyfill would cost every
// page ~3 KB gzip. Background and pages keep the polyfill (DESIGN §1).
import type { Plugin } from 'vite';

const POLYFILLED = '@wxt-dev/webextension-polyfill/browser';
const NATIVE = '@wxt-dev/browser';

export function contentScriptWithoutPolyfill(): Plugin {
  let buildingContentScript = false;
  return {
    name: 'vitrine:content-script-without-polyfill',
    enforce: 'pre',
    configResolved(config) {
      const entry = config.build.lib ? config.build.lib.entry : undefined;
      const entries = typeof entry === 'string' ? [entry] : Object.values(entry ?? {});
      buildingContentScript = entries.some((entry) => /entrypoints[\\/]content(\.ts|[\\/])/.test(String(entry)));
    },
    async resolveId(id, importer, options) {
      if (!buildingContentScript || id !== POLYFILLED) return null;
      return this.resolve(NATIVE, importer, { ...options, skipSelf: true });
    },
  };
}
