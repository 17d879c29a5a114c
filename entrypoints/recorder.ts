// Content script: records the shopper's journey on registry sites. It only
// wires lib/recorder to this page; matches come from the site registry.
import { browser } from 'wxt/browser';
import { hostMatchPatterns } from '@/lib/sites/match-patterns';
import { startRecorder } from '@/lib/recorder/start-recorder';
import { classifierForPage } from '@/lib/recorder/page-classifier';

export default defineContentScript({
  matches: hostMatchPatterns(),
  runAt: 'document_idle',
  main(ctx) {
    // Never in private windows (DESIGN §6); the manifest also sets incognito: not_allowed.
    if (browser.extension.inIncognitoContext) return;
    startRecorder(ctx, browser.runtime, classifierForPage(document, location.hostname));
  },
});
