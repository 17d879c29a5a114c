// Build plugin for the scripts that run in web pages — the recorder
// (entrypoints/recorder.ts) and its kits (entrypoints/*-kit.ts) — whose size
// every page pays (issue 4's budget: 8 KB gzip for the recorder):
// - they get the browser's own promise-based API (`browser` in Firefox,
//   `chrome` in Chromium MV3) instead of webextension-polyfill: they only send
//   messages and never answer one, which both browsers do natively, and the
//   polyfill would cost every page ~3 KB gzip. Background and pages keep it (DESIGN §1);
// - they are minified by terser with three compress passes, ~3.5% smaller
//   gzipped than Vite's default minifier on the recorder.
import type { Plugin, UserConfig } from 'vite';

const POLYFILLED = '@wxt-dev/webextension-polyfill/browser';
const NATIVE = '@wxt-dev/browser';
const IN_PAGE_ENTRY = /entrypoints[\\/](?:recorder|[a-z-]+-kit)\.ts$/;

function buildsInPageScript(config: Pick<UserConfig, 'build'>): boolean {
  const entry = config.build?.lib ? config.build.lib.entry : undefined;
  const entries = typeof entry === 'string' ? [entry] : Object.values(entry ?? {});
  return entries.some((entry) => IN_PAGE_ENTRY.test(String(entry)));
}

export function recorderBuild(): Plugin {
  let inPage = false;
  return {
    name: 'vitrine:recorder-build',
    enforce: 'pre',
    config(config) {
      if (!buildsInPageScript(config)) return;
      return { build: { minify: 'terser', terserOptions: { ecma: 2020, compress: { passes: 3 } } } };
    },
    configResolved(config) {
      inPage = buildsInPageScript(config);
    },
    async resolveId(id, importer, options) {
      if (!inPage || id !== POLYFILLED) return null;
      return this.resolve(NATIVE, importer, { ...options, skipSelf: true });
    },
  };
}
