// The content script: records the shopper's journey on tracked sites. It only
// wires lib/recorder to this page. It is built as an unlisted script (WXT's
// content-script wrapper would add ~1 KB to every page) and listed in the
// manifest by wxt.config.ts, with the registry's hosts as matches.
import { browser } from 'wxt/browser';
import { startRecorder } from '@/lib/recorder/start-recorder';

export default defineUnlistedScript(() => {
  // Never in private windows (DESIGN §6); the manifest also sets incognito: not_allowed.
  if (browser.extension.inIncognitoContext) return;
  startRecorder(browser.runtime);
});
